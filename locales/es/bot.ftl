## El propio bot: saludos, comandos, botones, privacidad.

bot-description = Compruebo paso a paso si puede obtener un permiso de trabajo, una visa o la residencia permanente en China, y le muestro la norma, la cifra y la fuente de cada respuesta. Es orientación, no asesoramiento jurídico.
bot-short-description = ¿Puede trabajar o establecerse en China? Evaluación criterio por criterio, con fuentes.
start-greeting = ¡Hola{ $name ->
        [none] {""}
       *[other] , { $name }
    }! Le haré unas preguntas breves (normalmente menos de 15) y le diré qué vías para trabajar y establecerse en China se ajustan a su caso: permiso de trabajo A, B o C, visas Z, R y K, y residencia permanente. Para cada criterio verá la norma, la cifra y su fuente.
start-resume = Hola de nuevo. Sus respuestas están guardadas; continuemos donde lo dejó.
start-privacy-line = Sus respuestas son privadas: nunca las publico en grupos ni las guardo en registros. /privacy lo explica y /forget las borra.
help-text = Compruebo, pregunta a pregunta, si puede trabajar y establecerse en China.
    Comandos:
    /start — iniciar o continuar la entrevista
    /back — volver a la pregunta anterior
    /answers — ver sus respuestas y cambiar alguna
    /verdict — ver el resultado
    /date — ver el resultado en otra fecha
    /reminders — sus recordatorios y avisos de cambios de normas
    /language — cambiar el idioma
    /restart — empezar de nuevo desde el principio
    /mydata — descargar todo lo que guardo sobre usted
    /forget — borrar todo lo que guardo sobre usted
    /privacy — cómo se tratan sus datos
privacy-text = Qué guardo: sus respuestas a mis preguntas, su idioma, su procedencia (la etiqueta de un grupo o canal, nunca quién es usted allí) y los recordatorios y avisos de cambios de normas que solicite. Para qué: para que pueda interrumpir y continuar, cambiar una respuesta más adelante y recibir mi mensaje el día que pidió. Dónde: en la base de datos propia de este bot, cifrados, durante { $days ->
        [one] { $days } día
       *[other] { $days } días
    } después de su último mensaje; luego se borran automáticamente. Mientras haya un recordatorio pendiente o los avisos estén activados, sus respuestas se conservan hasta que se envíe o usted lo cancele (/reminders), porque son lo que vuelvo a comprobar. Nunca publico sus respuestas en grupos ni canales ni las escribo en registros. /mydata le da una copia; /forget lo borra todo ahora mismo, incluidos recordatorios y avisos.

command-start = Iniciar o continuar la evaluación
command-help = Cómo funciona
command-language = Cambiar el idioma
command-back = Volver a la pregunta anterior
command-restart = Empezar de nuevo
command-answers = Ver y cambiar sus respuestas
command-verdict = Ver su resultado
command-mydata = Descargar sus datos
command-forget = Borrar sus datos
command-privacy = Cómo se tratan sus datos

button-back = ◀ Atrás
button-skip = Omitir
button-dont-know = No lo sé
button-done = ✔ Listo
button-change-answer = ✏️ Cambiar una respuesta
choice-yes = Sí
choice-no = No

question-progress = Pregunta { $number }
question-why = Por qué lo preguntamos: { $why }
answers-title = Sus respuestas (toque una para cambiarla):
answers-empty = Todavía no ha respondido ninguna pregunta. Envíe /start para empezar.
answer-unknown = No lo sé
answer-skipped = omitida
answer-none-selected = ninguna

language-prompt = Elija su idioma:
language-changed = Idioma cambiado a español.

forget-confirm = ¿Borrar todas sus respuestas y ajustes? Esta acción no se puede deshacer.
forget-yes = Sí, borrar todo
forget-no = No, conservarlas
forget-done = Hecho: he borrado todo lo que guardaba sobre usted.
forget-cancelled = No se ha borrado nada.
mydata-caption = Todo lo que guardo sobre usted, en un archivo JSON.
restart-done = Sus respuestas se han borrado. Empecemos de nuevo.
language-native-name = Español
command-check = Iniciar su evaluación privada de requisitos
command-routes = Vías para trabajar y establecerse en China
command-threshold = Umbrales salariales de una ciudad
command-settings = Ajustes del grupo (administradores)
command-publish = Publicar una invitación a la evaluación en su canal
command-stats = Recuentos anónimos (administradores del bot)
