## Grupos, temas de foro y canales. Aquí nunca se publica nada personal: la evaluación se hace en privado.

group-intro = ¡Hola a todos! Compruebo si una persona puede trabajar o establecerse en China —categorías A, B y C del permiso de trabajo, visas Z, R y K, y residencia permanente— criterio por criterio, con la norma y la fuente de cada respuesta.
    Las respuestas personales solo se recogen en un chat privado conmigo, nunca aquí.
    /check — iniciar su propia evaluación privada
    /routes — las vías para trabajar y establecerse en China
    /threshold ciudad — los umbrales salariales de una ciudad
    /settings — para los administradores del grupo
group-check-prompt = { $name }, toque el botón para iniciar su evaluación en un chat privado. Sus respuestas quedan entre usted y yo.
group-check-button = 🔒 Mi evaluación privada
group-help = Aquí respondo preguntas generales; las evaluaciones personales las hago en privado.
    /check — iniciar su propia evaluación privada
    /routes — las vías para trabajar y establecerse en China
    /threshold ciudad — los umbrales salariales de una ciudad, por ejemplo /threshold Shanghái
    /settings — ajustes del grupo (solo administradores)
group-button-not-yours = Este botón es para otra persona. Envíe /check para obtener el suyo.
group-came-from = Viene de { $group }. Todo lo que responda aquí es privado; el grupo no ve nada.

routes-text = Vías para trabajar y establecerse en China:
    • Permiso de trabajo A (外国高端人才): programas de talento, premios importantes, altos cargos, un salario de 6 veces la media local u 85 puntos o más.
    • Permiso de trabajo B (外国专业人才): título universitario y 2 años de experiencia, un buen máster chino o de una universidad extranjera de primer nivel, 4 veces el salario medio local o 60 puntos o más; hasta los 60 años.
    • Permiso de trabajo C (外国普通人员): solo empleos sujetos a cupo (temporales, de temporada, intergubernamentales).
    • Visas: la Z, tras obtener el permiso de trabajo; la R, para el talento de categoría A; la K, para jóvenes talentos de ciencia y tecnología (desde octubre de 2025).
    • Residencia permanente (永久居留): 4 años con 6 veces el salario medio local y un 20 % de impuestos; origen chino con doctorado; recomendación gubernamental; altos cargos; inversión; familia.
    Envíe /check para obtener su propia respuesta, en privado.

threshold-usage = Indique una ciudad, por ejemplo: /threshold Pekín
threshold-title = Umbrales salariales en { $city }, vigentes al { $date }
threshold-line-a = Permiso de trabajo A (6×): { $amount } yuanes al año
threshold-line-b = Permiso de trabajo B (4×): { $amount } yuanes al año
threshold-line-pr = Residencia permanente (6×, en cada uno de los 4 años): { $amount } yuanes al año, con un impuesto sobre la renta de al menos { $tax } yuanes
threshold-base = Calculado a partir del salario medio de { $wage } yuanes al año correspondiente a { $year }, vigente desde el { $date }. Fuente: { $source }.
threshold-unknown-city = No tengo cifras para «{ $city }». Ciudades disponibles: { $cities }.
threshold-no-figure = No tengo una cifra actualizada para { $city }. Pregunte en la oficina local de ciencia y tecnología qué «社会平均工资» (salario medio social) utiliza.

settings-title = Ajustes del grupo
settings-language = Idioma: { $language }
settings-public = Comandos públicos (/routes, /threshold): { $state ->
        [on] activados
       *[off] desactivados
    }
settings-quiet = Modo silencioso (sin saludos, solo responde a comandos): { $state ->
        [on] activado
       *[off] desactivado
    }
settings-toggle-public = Cambiar comandos públicos
settings-toggle-quiet = Cambiar modo silencioso
settings-choose-language = Elegir el idioma del grupo
settings-saved = Guardado.
settings-admins-only = Solo los administradores del grupo pueden cambiar estos ajustes.

channel-post-text = ¿Podría trabajar o establecerse en China? Compruebe en un chat privado qué vías se ajustan a su caso: permisos de trabajo, visas y residencia permanente, con la norma y la fuente de cada criterio.
channel-post-button = Comprobar mis requisitos
channel-publish-usage = Para publicar en su canal una invitación «Compruebe si cumple los requisitos», envíe: /publish @nombredelcanal
channel-not-admin = Solo puedo publicar allí si usted es administrador de ese canal y yo también lo soy, con permiso para publicar mensajes.
channel-not-found = No encuentro ese canal. Primero añádame como administrador.
channel-published = Publicado en { $channel }.

stats-title = Recuentos anónimos
stats-started = Sesiones iniciadas: { $count }
stats-completed = Sesiones completadas: { $count }
stats-by-source = Por procedencia (iniciadas / completadas):
stats-by-language = Por idioma (iniciadas / completadas):
stats-by-outcome = Completadas, por mejor resultado:
stats-line = { $name }: { $started } / { $completed }
stats-outcome-line = { $outcome }: { $count }
stats-source-private = chats privados
stats-admins-only = Este comando es solo para los administradores del bot.
