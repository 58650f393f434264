## El resultado: vías, criterios, qué cambiaría un criterio no cumplido, advertencias, puntos.
verdict-title = Resultado de su evaluación ({ $date })
verdict-no-routes = Ninguna de las vías que evaluamos se ajusta todavía a sus respuestas. Los detalles de abajo muestran lo que falta.
verdict-details-prompt = Toque una vía para ver los detalles: cada criterio, la norma y su fuente.
verdict-status-eligible = ✅ Cumple los requisitos
verdict-status-eligible-if-confirmed = 🟡 Cumple si se confirma
verdict-status-not-eligible = ❌ Aún no cumple
verdict-status-not-applicable = No se aplica a su caso
verdict-unknown-explained = «Cumple si se confirma» significa que todo lo que usted sabe es favorable y que el resto depende de las respuestas que marcó como «No lo sé».
verdict-family-work-permit = Permiso de trabajo (外国人来华工作许可)
verdict-family-visa = Tipos de visa
verdict-family-permanent-residence = Residencia permanente (外国人永久居留)
verdict-all-of = Todos estos:
verdict-any-of = Cualquiera de estos:
verdict-criterion-met = ✅
verdict-criterion-not-met = ❌
verdict-criterion-unknown = ❔
verdict-your-value = Usted: { $value }
verdict-threshold = Requisito: { $threshold }
verdict-shortfall = { $amount ->
        [one] Falta { $quantity }
       *[other] Faltan { $quantity }
    }
verdict-reached-on = Se alcanza el { $date }
verdict-your-answer = Su respuesta: { $answer }
verdict-parameter-used = Según { $parameter }: { $value }, vigente desde el { $date }
verdict-parameter-reference-year = (cifra de { $year })
verdict-parameter-series = Serie: { $series } · última comprobación: { $date }
verdict-parameter-stale = ⚠️ Esta cifra debía sustituirse después del { $date } y no tenemos una más reciente: compruebe la cifra actual (la publica cada año la oficina de recursos humanos y seguridad social o la oficina de estadística de la ciudad). Hasta entonces, este resultado queda por confirmar.
verdict-parameter-reference-only = ⚠️ Es el salario medio publicado por la oficina de estadística. No se encontró la base que usa la oficina que decide en esta ciudad, que puede ser otra serie, así que este resultado debe confirmarse con esa oficina.
verdict-figure-you-gave = Según la cifra que usted indicó: { $value } (no tenemos una cifra publicada para esta fecha; compruébela con la oficina local)
wage-series-all-urban-units = todos los empleados de unidades urbanas (全口径城镇单位就业人员)
wage-series-urban-non-private = empleados de unidades urbanas no privadas (城镇非私营单位就业人员)
wage-series-urban-non-private-in-post = personal en plantilla de unidades urbanas no privadas (城镇非私营单位在岗职工)
wage-series-unstated = la fuente no lo indica
verdict-rule-source = Norma: { $source }, vigente desde el { $date } · { $confidence }
verdict-confidence-confirmed = confirmado en un texto oficial
verdict-confidence-secondary = según fuentes secundarias
verdict-confidence-unconfirmed = aún sin confirmar, tómelo con cautela
verdict-points-title = Puntos: { $total } de 120
verdict-points-range = Puntos: entre { $low } y { $high } de 120 (algunas respuestas se desconocen)
verdict-points-line = { $factor }: { $points } de { $maximum }
verdict-points-line-unknown = { $factor }: se desconoce (hasta { $maximum })
verdict-points-improve = Cómo sumar puntos:
verdict-next-steps = Próximos pasos
verdict-documents = Documentos que debe preparar
verdict-document-valid = { $document } (con una antigüedad máxima de { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    })
verdict-sources = Fuentes
verdict-source-line = { $title } — { $issuer }, { $date }
verdict-disclaimer = Esto es una orientación, no asesoramiento jurídico ni una resolución jurídica. Las normas y las cifras cambian: antes de presentar la solicitud, confírmelas con la oficina local de ciencia y tecnología (permisos de trabajo) o con la administración de entrada y salida de la Oficina de Seguridad Pública (residencia).
verdict-draft-note = En 2020 se publicó un proyecto de reglamento sobre la residencia permanente, solo para consulta pública; no es ley y esta evaluación no lo utiliza.
verdict-why-button = ¿Por qué? { $route }
verdict-back-to-summary = ◀ Resumen
verdict-change-answers = ✏️ Cambiar una respuesta
verdict-restart = 🔄 Empezar de nuevo
unit-cny-per-year = { $amount ->
        [one] { $amount } yuan al año
       *[other] { $amount } yuanes al año
    }
unit-cny = { $amount ->
        [one] { $amount } yuan
       *[other] { $amount } yuanes
    }
unit-usd = US$ { $amount }
unit-years = { $amount ->
        [one] { $amount } año
       *[other] { $amount } años
    }
unit-age = { $amount ->
        [one] { $amount } año
       *[other] { $amount } años
    }
unit-points = { $amount ->
        [one] { $amount } punto
       *[other] { $amount } puntos
    }
unit-multiplier = { $amount }×
unit-ratio = { NUMBER($amount, style: "percent") }
parameter-local-average-wage = el salario medio local
parameter-wp-a-salary-multiple = el múltiplo de la categoría A
parameter-wp-b-salary-multiple = el múltiplo de la categoría B
parameter-pr-salary-multiple = el múltiplo de la residencia permanente
parameter-pr-tax-ratio = la proporción de impuestos
parameter-wp-min-age = la edad mínima
parameter-wp-b-max-age = el límite de edad de la categoría B
parameter-wp-max-age-by-city = el límite de edad de la ciudad
parameter-k-visa-max-age = el límite de edad publicado para la visa K
parameter-pr-spouse-min-years = los años exigidos
parameter-pr-elderly-min-age = la edad mínima
parameter-pr-investment-minimum = la inversión mínima
route-chinese-citizen = Ciudadanos chinos: no necesitan permiso de trabajo
route-chinese-citizen-short = Ciudadanos chinos
route-chinese-citizen-summary = Los permisos de trabajo, los visados de talento y la residencia permanente son para extranjeros. Como ciudadano chino, usted trabaja y vive en la China continental sin ellos.
route-wp-a = Permiso de trabajo, categoría A — talento de alto nivel (外国高端人才)
route-wp-a-short = Permiso de trabajo A
route-wp-a-summary = Sin cupo, vía rápida, sin límites de edad ni de experiencia; da acceso a la visa R de talento.
route-wp-b = Permiso de trabajo, categoría B — profesional (外国专业人才)
route-wp-b-short = Permiso de trabajo B
route-wp-b-summary = El permiso habitual para titulados con experiencia; hasta los 60 años; limitado según la demanda del mercado.
route-wp-c = Permiso de trabajo, categoría C — empleos con cupo (外国普通人员)
route-wp-c-short = Permiso de trabajo C
route-wp-c-summary = Solo empleos temporales, de temporada, intergubernamentales y otros sujetos a cupo.
route-z-visa = Visa Z (visa de trabajo)
route-z-visa-short = Visa Z
route-z-visa-summary = La visa para entrar en China a trabajar, una vez que su empleador tiene la notificación del permiso de trabajo.
route-r-visa = Visa R (visa de talento)
route-r-visa-short = Visa R
route-r-visa-summary = Para talento de categoría A: de 5 a 10 años, entradas múltiples, estancias de hasta 180 días, sin tasas.
route-k-visa = Visa K (jóvenes talentos de ciencia y tecnología)
route-k-visa-short = Visa K
route-k-visa-summary = Nueva desde el 1 de octubre de 2025; no requiere invitación de un empleador. Por sí sola no autoriza a trabajar.
route-pr-salary-tax = Residencia permanente: vía de salario e impuestos
route-pr-salary-tax-short = Salario e impuestos
route-pr-salary-tax-summary = 4 años trabajando en China con un salario de al menos 6 veces la media local e impuestos de al menos el 20 % de ese umbral.
route-pr-chinese-origin-phd = Residencia permanente: extranjeros de origen chino con doctorado
route-pr-chinese-origin-phd-short = Origen chino
route-pr-chinese-origin-phd-summary = Abierta en todo el país a personas de origen chino con doctorado que trabajan en China.
route-pr-recommended = Residencia permanente: talento recomendado
route-pr-recommended-short = Talento recomendado
route-pr-recommended-summary = Para personas recomendadas por un ministerio, un gobierno provincial o una zona de desarrollo clave.
route-pr-post-holder = Residencia permanente: altos cargos
route-pr-post-holder-short = Altos cargos
route-pr-post-holder-summary = Subdirector general, profesor asociado o cargo superior, con 4 años en el puesto en un empleador que reúna los requisitos.
route-pr-investment = Residencia permanente: inversores
route-pr-investment-short = Inversores
route-pr-investment-summary = Una inversión directa estable en China durante 3 años.
route-pr-spouse = Residencia permanente: cónyuge de ciudadano chino o residente permanente
route-pr-spouse-short = Cónyuges
route-pr-spouse-summary = 5 años de matrimonio y 5 años viviendo en China.
route-pr-child = Residencia permanente: hijos que se reúnen con su padre o madre
route-pr-child-short = Hijos menores
route-pr-child-summary = Hijos solteros menores de 18 años que se reúnen con un progenitor ciudadano chino o residente permanente.
route-pr-elderly = Residencia permanente: familiares de 60 años o más
route-pr-elderly-short = 60 años o más
route-pr-elderly-summary = Para personas de 60 años o más que se reúnen con familiares directos en China que son ciudadanos chinos o residentes permanentes, sin ninguno en el extranjero.
crit-adult = 18 años o más
crit-chinese-citizen = Ciudadano chino (incluidos los residentes de Hong Kong, Macao y Taiwán)
crit-b-age-limit = 60 años como máximo (categoría B)
crit-job-offer = Oferta de trabajo de un empleador registrado en China
crit-clean-record = Sin antecedentes penales
crit-medical = Supera el examen médico
crit-talent-programme = Seleccionado en un programa de talento reconocido
crit-international-award = Logro reconocido internacionalmente (gran premio, pertenencia a una academia)
crit-encouraged-post = Alto cargo en un empleador de sector fomentado, o rango académico de profesor asociado o superior
crit-salary-6x = Salario de al menos 6 veces el salario medio local
crit-salary-4x = Salario de al menos 4 veces el salario medio local
crit-innovation-founder = Talento de innovación y emprendimiento
crit-young-postdoc = Menor de 40 años e investigador posdoctoral en una universidad reconocida
crit-points-a = Al menos 85 puntos
crit-points-b = Al menos 60 puntos
crit-degree-and-experience = Licenciatura o grado, o superior, y al menos 2 años de experiencia relacionada
crit-graduate = Máster o superior por una universidad china o una universidad extranjera de primer nivel, graduado hace menos de un año con nota media de 80 o más
crit-c-age-limit = No más de 60 años (categoría C)
hint-graduate = Esta vía solo está abierta durante el año siguiente a la graduación y con nota media de 80 o más; si no, la categoría B exige 2 años de experiencia u otra vía.
crit-language-teacher = Profesor de su lengua materna con título y 2 años de experiencia o una titulación docente
crit-quota-job = El puesto es un empleo con cupo de la categoría C
crit-z-work-permit = Cumple los requisitos para un permiso de trabajo (categoría A, B o C)
crit-r-category-a = Cumple los requisitos de talento de alto nivel de la categoría A
crit-k-young = Dentro del límite de edad publicado
crit-k-stem-degree = Licenciatura o grado, o superior, en ciencias, tecnología, ingeniería o matemáticas
crit-k-known-university = Procede de una universidad o institución de investigación reconocida
crit-pr-four-years = 4 años consecutivos trabajando en China
crit-pr-days-each-year = Al menos 183 días en China en cada uno de esos años
crit-pr-salary-6x = Salario anual más bajo de al menos 6× la media local actual (así cada año cumple el suyo)
crit-pr-tax = Impuesto anual más bajo de al menos el 20% del estándar salarial actual (así cada año cumple el suyo)
crit-pr-continuous = Los 4 años de trabajo fueron continuos
hint-pr-continuous = Una interrupción reinicia la cuenta: los 4 años consecutivos se cuentan desde el final de la última.
crit-pr-salary-year-1 = O año por año — hace 4 años: salario de al menos 6× la media local del año anterior
crit-pr-tax-year-1 = O año por año — hace 4 años: impuesto de al menos el 20% del estándar salarial de ese año
crit-pr-salary-year-2 = O año por año — hace 3 años: salario de al menos 6× la media local del año anterior
crit-pr-tax-year-2 = O año por año — hace 3 años: impuesto de al menos el 20% del estándar salarial de ese año
crit-pr-salary-year-3 = O año por año — hace 2 años: salario de al menos 6× la media local del año anterior
crit-pr-tax-year-3 = O año por año — hace 2 años: impuesto de al menos el 20% del estándar salarial de ese año
crit-pr-salary-year-4 = O año por año — el año pasado: salario de al menos 6× la media local del año anterior
crit-pr-tax-year-4 = O año por año — el año pasado: impuesto de al menos el 20% del estándar salarial de ese año
crit-pr-employer-recommendation = Carta de recomendación del empleador
crit-pr-chinese-origin = De origen chino
crit-pr-doctorate = Tiene un doctorado
crit-pr-working-in-china = Trabaja en China
crit-pr-government-recommendation = Recomendación de un ministerio, un gobierno provincial o una zona de desarrollo clave
crit-pr-post-four-years = Alto cargo desempeñado durante 4 años consecutivos
crit-pr-post-residence = Al menos 3 años de residencia en China dentro de esos 4 años
crit-pr-investment-amount = Inversión igual o superior al mínimo de su región o sector
crit-pr-investment-stable = Inversión estable durante 3 años, con buen historial fiscal
crit-pr-married-years = Al menos 5 años de matrimonio
crit-pr-residence-years = Al menos 5 años consecutivos viviendo en China
crit-pr-nine-months = Al menos 9 meses en China cada año
crit-pr-livelihood = Medios de vida y vivienda estables
crit-pr-minor = Menor de 18 años
crit-pr-parent = Se reúne con su padre o madre, ciudadano chino o residente permanente
crit-pr-sixty = 60 años o más
crit-pr-relatives = Reunirse con familiares directos en China que sean ciudadanos chinos o residentes permanentes
crit-pr-none-abroad = Sin familiares directos en el extranjero
hint-job-offer = Primero encuentre un empleador en China: es el empleador quien solicita el permiso en su nombre.
hint-clean-record = Todas las vías exigen carecer de antecedentes penales; consulte a la autoridad de su país cómo obtener el certificado.
hint-medical = Se exige un certificado de salud de un hospital designado.
hint-salary-short = Su salario está { $shortfall } { $shortfall ->
        [one] yuan
       *[other] yuanes
    } al año por debajo del umbral de { $threshold } yuanes al año. Una oferta más alta, u otro criterio, cambiaría este resultado.
hint-points = { $shortfall ->
        [one] Le falta { $shortfall } punto.
       *[other] Le faltan { $shortfall } puntos.
    }
hint-b-age-limit = Con más de 60 años solo queda abierta la categoría A (Pekín y Shenzhen rechazan desde 2026 a partir de los 60).
hint-degree-and-experience = Dos años de experiencia relacionada después de su titulación cumplirían este requisito.
hint-quota-job = La categoría C solo abarca estos empleos. Tener menos de 60 puntos, por sí solo, no da acceso a ningún permiso.
hint-z-work-permit = La visa Z se obtiene después del permiso de trabajo: cuando su empleador reciba la notificación, usted podrá solicitarla.
hint-r-category-a = La visa R es para la categoría A; cumplir cualquier criterio de la categoría A le daría acceso a ella.
hint-pr-four-years = Cumplirá 4 años el { $date }, si sigue trabajando en China.
hint-pr-four-years-not-started = Cuando empiece a trabajar en China, necesitará 4 años consecutivos.
hint-pr-days-each-year = Cada año exige al menos 183 días de estancia efectiva en China.
hint-pr-tax-short = Su impuesto sobre la renta está { $shortfall } { $shortfall ->
        [one] yuan
       *[other] yuanes
    } al año por debajo de los { $threshold } yuanes al año exigidos.
hint-pr-employer-recommendation = Pida la carta de recomendación al departamento de recursos humanos de su empleador; es obligatoria.
hint-pr-working-in-china = Esta vía exige que usted trabaje en China.
hint-pr-post-residence = Se necesitan tres años de residencia dentro de esos 4 años.
hint-pr-investment-amount = La inversión está US$ { $shortfall } por debajo del mínimo de US$ { $threshold }.
hint-pr-investment-stable = La inversión debe haberse mantenido estable durante 3 años.
note-a-record-commitment = Los solicitantes de la categoría A pueden sustituir parte de la autenticación de documentos por un compromiso por escrito.
note-salary-enforcement-2026 = Desde febrero de 2026, Pekín y Shanghái bloquean las solicitudes por la vía salarial que no alcanzan este umbral.
note-unconfirmed-wording = No se ha confirmado la redacción oficial exacta de este criterio; consúltelo con la oficina.
note-b-age-enforcement = Algunas informaciones mencionan 55 años para las mujeres; la norma de clasificación dice 60.
note-b-salary-2026 = Desde 2026, algunas ciudades podrían comprobar también el umbral de 4 veces el salario medio para esta vía; las fuentes no coinciden.
note-b-4x-conditions = Las fuentes difieren sobre si esta vía exige además un certificado de competencia profesional o 2 años de experiencia.
note-k-age-unconfirmed = El límite de edad de 45 años aparece en informaciones publicadas, pero ningún texto oficial lo confirma; consúltelo con el consulado.
note-k-no-employment = La visa K no permite, por sí sola, aceptar un empleo: para trabajar sigue siendo necesario un permiso de trabajo.
note-pr-salary-each-year = El estándar de cada año es 6× la media local del año anterior. La norma cita la media del personal urbano en plantilla (城镇在岗职工平均工资); aquí se usa la base publicada por la ciudad, así que confirme la cifra con la administración de entrada y salida.
note-pr-tax-reading = El texto oficial habla del 20 % del salario de referencia (工资性年收入标准), no del 20 % de sus propios ingresos. Las asignaciones exentas para extranjeros (vivienda, educación de los hijos, formación en idiomas; prorrogadas hasta finales de 2027) reducen el impuesto que paga y pueden dejarlo por debajo de este umbral.
note-pr-post-employers = Empleadores que reúnen los requisitos: departamentos del Consejo de Estado, universidades clave, empresas de alta tecnología y empresas de inversión extranjera de sectores fomentados, entre otros.
points-work-permit = Puntos del permiso de trabajo (积分)
points-salary = Salario anual
points-education = Formación
points-experience = Experiencia laboral
points-time-in-china = Meses al año en China
points-chinese = Idioma chino
points-location = Lugar de trabajo
points-age = Edad
points-bonus = Universidad, Fortune 500, patentes o 5 años en China
points-local-bonus = Bonificación local fijada por la provincia
improve-salary = Un salario más alto: 20 puntos a partir de 450.000 yuanes.
improve-experience = Cada año adicional de experiencia suma un punto.
improve-time-in-china = Trabajar 9 meses o más al año en China da 15 puntos.
improve-chinese = Aprobar el HSK 4 da 4 puntos; el HSK 5, 5 puntos.
improve-location = Los empleos en la región occidental o en el noreste dan 10 puntos.
improve-local-bonus = Las provincias pueden añadir hasta 10 puntos por talento escaso a nivel local; consulte a la oficina local.
