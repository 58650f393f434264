## La entrevista: preguntas, por qué se hace cada una, opciones y ayudas para responder.
## Los nombres oficiales en chino aparecen junto a la traducción para que se puedan cotejar con los formularios.

q-goal = ¿Qué le gustaría hacer en China?
q-goal-why = Solo le preguntamos por las vías que corresponden a su plan.
choice-goal-work = Trabajar allí
choice-goal-settle = Residencia permanente
choice-goal-both = Trabajar y luego residir
choice-goal-unsure = Aún no lo sé: verlo todo

q-age = ¿Cuántos años tiene?
q-age-why = Los permisos de trabajo tienen límites de edad (de 18 a 60 años para la categoría B), y la edad suma puntos.

q-work-city = ¿En qué ciudad de China continental trabajará (o trabaja)?
q-work-city-why = Los umbrales salariales son múltiplos del salario medio local, que varía según la ciudad.
choice-city-beijing = Pekín 北京
choice-city-shanghai = Shanghái 上海
choice-city-guangzhou = Cantón (Guangzhou) 广州
choice-city-shenzhen = Shenzhen 深圳
choice-city-changzhou = Changzhou 常州
choice-city-other = Otra ciudad

q-other-city-region = ¿Dónde está esa ciudad?
q-other-city-region-why = Los empleos en la región occidental, el noreste o zonas especiales designadas suman 10 puntos adicionales.
choice-region-west = Oeste (p. ej., Chengdu)
choice-region-northeast = Antigua base industrial NE
choice-region-special-area = Zona especial o de pobreza
choice-region-elsewhere = Otro lugar (p. ej., Hangzhou)
choice-dont-know = No lo sé

q-other-city-average-wage = ¿Cuál es el salario medio anual en su ciudad, en yuanes?
q-other-city-average-wage-why = No tenemos una cifra actualizada para su ciudad, y las reglas salariales son múltiplos de ella. La publica la oficina local de ciencia y tecnología (社会平均工资).

q-job-offer = ¿Tiene una oferta de trabajo de un empleador registrado en China continental?
q-job-offer-why = Todo permiso de trabajo lo solicita un empleador chino; sin empleador no hay permiso.

q-annual-salary = ¿Qué salario bruto anual le paga (o le pagará) su empleador en China, en yuanes?
q-annual-salary-why = El salario suma hasta 20 puntos, y un salario de 6 o 4 veces el salario medio local basta por sí solo para la categoría A o B.

q-highest-degree = ¿Cuál es su titulación más alta?
q-highest-degree-why = La formación suma hasta 20 puntos, y los títulos abren varias vías. Un certificado profesional internacional del máximo nivel cuenta como doctorado.
choice-degree-doctorate = Doctorado o certificado top
choice-degree-master = Máster o maestría
choice-degree-bachelor = Licenciatura o grado
choice-degree-below-bachelor = Sin licenciatura ni grado

q-experience-years = ¿Cuántos años de experiencia laboral relacionada con el puesto tiene desde que se graduó?
q-experience-years-why = La categoría B suele exigir 2 años, y la experiencia suma hasta 20 puntos.

q-months-in-china = ¿Cuántos meses al año trabajará en China?
q-months-in-china-why = El tiempo trabajado en China suma hasta 15 puntos.
choice-months-nine-plus = 9 meses o más
choice-months-six-to-nine = De 6 a 9 meses
choice-months-three-to-six = De 3 a 6 meses
choice-months-under-three = Menos de 3 meses

q-chinese-level = ¿Cuál es su nivel de chino? Elija el más alto que corresponda.
q-chinese-level-why = El chino suma hasta 5 puntos.
choice-chinese-hsk5-plus = HSK 5 o superior
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = Un título cursado en chino
choice-chinese-former-citizen = Tuve la nacionalidad china
choice-chinese-none = Ninguna de estas

q-achievements = ¿Le describe alguna de estas situaciones? Toque todas las que correspondan y luego «Listo».
q-achievements-details = • Programa chino de talento: seleccionado en uno nacional o provincial
    • Alto cargo: en un gran empleador, o profesor asociado o de rango superior
    • Fundador: con patentes y una inversión grande y estable
q-achievements-why = Cada una basta por sí sola para la categoría A (外国高端人才).
choice-achievement-talent-programme = Programa chino de talento
choice-achievement-international-award = Gran premio o académico
choice-achievement-senior-post = Alto cargo o catedrático
choice-achievement-postdoc = Posdoc en universidad top
choice-achievement-founder-investor = Fundador con patentes
choice-none-of-these = Ninguna de estas

q-background = ¿Cuáles de estas situaciones se aplican a usted? Toque todas las que correspondan y luego «Listo».
q-background-details = • Ciencia o técnica: ciencias, tecnología, ingeniería o matemáticas
    • Certificado profesional: un certificado internacional de competencia profesional
    • Título docente: título o licencia docente, o TEFL de 120 horas
q-background-why = Suman puntos adicionales y abren vías de la categoría B y de la visa K.
choice-background-top-university = Universidad de primer nivel
choice-background-studied-in-china = Título obtenido en China
choice-background-stem-degree = Título en ciencia o técnica
choice-background-fortune500 = Empresa Fortune Global 500
choice-background-patents = Patentes u otra PI
choice-background-five-years-in-china = 5 años o más en China
choice-background-skill-certificate = Certificado profesional
choice-background-language-teacher = Enseñaré mi lengua materna
choice-background-teaching-qualification = Título docente o TEFL

q-clean-record = ¿Puede obtener, en el país donde reside, un certificado que acredite que no tiene antecedentes penales?
q-clean-record-why = Todos los permisos y la residencia permanente exigen carecer de antecedentes penales.

q-medical-check = ¿Cree que superará un examen médico estándar?
q-medical-check-why = Se exige un certificado médico para el permiso de trabajo y para la residencia permanente.

q-job-kind = ¿El puesto corresponde a alguno de estos casos?
q-job-kind-why = La categoría C (外国普通人员) es solo para estos empleos sujetos a cupo (los intergubernamentales incluyen prácticas o pasantías; otros, p. ej., el servicio doméstico de un talento de categoría A); una puntuación baja, por sí sola, no da derecho a nada.
choice-job-short-term = Temporal, 90 días o menos
choice-job-seasonal = Trabajo de temporada
choice-job-intergovernmental = Acuerdo intergubernamental
choice-job-other-quota = Otro empleo con cupo
choice-job-none = Ninguno de estos

q-china-work-start = ¿Cuándo empezó a trabajar en China con permiso de trabajo? Escriba el mes y el año.
q-china-work-start-why = La vía salarial a la residencia permanente exige 4 años consecutivos de trabajo en China.
choice-not-yet = Todavía no

q-days-in-china-each-year = En cada uno de los últimos 4 años, ¿pasó al menos 183 días en China?
q-days-in-china-each-year-why = La vía salarial exige haber vivido realmente en China al menos la mitad de cada año.

q-pr-lowest-salary = En los últimos 4 años, ¿cuál fue su salario bruto anual más bajo en China, en yuanes?
q-pr-lowest-salary-why = El salario debe alcanzar 6 veces el salario medio local en cada uno de los 4 años.

q-pr-lowest-tax = En esos mismos 4 años, ¿cuál es el menor impuesto sobre la renta que pagó en un año, en yuanes?
q-pr-lowest-tax-why = El impuesto pagado cada año debe alcanzar el 20 % del salario de referencia. Lo indican los certificados de pago de impuestos de la oficina tributaria (完税证明).

q-employer-recommendation = ¿Su empleador actual escribirá una carta de recomendación para su solicitud?
q-employer-recommendation-why = La vía salarial exige una recomendación de su empleador.

q-china-ties = ¿Se aplica a usted alguna de estas situaciones? Toque todas las que correspondan y luego «Listo».
q-china-ties-details = • Recomendación oficial: de un ministerio o de un gobierno provincial
    • Alto cargo: en China, durante 4 años seguidos o más
    • Cónyuge: de un ciudadano chino o de un residente permanente en China
    • Con familia: me reúno con familiares directos (padres, cónyuge, hijos) en China
    • Menor de 18: me reúno con mi padre o mi madre en China
q-china-ties-why = Cada una abre una vía distinta a la residencia permanente (外国人永久居留).
choice-tie-chinese-origin = Origen chino (外籍华人)
choice-tie-government-recommendation = Recomendación oficial
choice-tie-senior-post = Alto cargo durante 4 años
choice-tie-investor = Inversión directa en China
choice-tie-spouse = Cónyuge chino o residente
choice-tie-parent = Menor de 18, con mi familia
choice-tie-relatives = 60 años o más, con familia

q-post-residence = En esos 4 años, ¿vivió en China al menos 3 años en total?
q-post-residence-why = La vía de altos cargos exige 3 años de residencia dentro de esos 4 años.

q-investment-usd = ¿Cuánto ha invertido directamente en China (capital desembolsado), en dólares estadounidenses?
q-investment-usd-why = El mínimo depende de dónde y en qué sector invirtió.

q-investment-region = ¿Dónde o en qué invirtió?
q-investment-region-why = El mínimo es de US$ 500.000 en sectores fomentados (Catálogo de Inversión Extranjera) o en el oeste, US$ 1 millón en la región central y US$ 2 millones en el resto del país.
choice-investment-encouraged-sector = Un sector fomentado
choice-investment-west = Oeste o condado pobre
choice-investment-central = La región central
choice-investment-elsewhere = Otro lugar de China

q-investment-stable = ¿La inversión se ha mantenido estable durante 3 años consecutivos, con un buen historial fiscal?
q-investment-stable-why = La vía de inversión exige 3 años de estabilidad y un buen historial fiscal.

q-marriage-years = ¿Cuántos años de matrimonio tiene?
q-marriage-years-why = La vía del cónyuge exige 5 años de matrimonio.

q-residence-years-in-china = ¿Cuántos años consecutivos ha vivido en China?
q-residence-years-in-china-why = Las vías familiares exigen 5 años consecutivos de residencia en China.

q-nine-months-each-year = ¿Ha vivido en China al menos 9 meses en cada uno de esos años?
q-nine-months-each-year-why = Las vías familiares exigen al menos 9 meses en China cada año.

q-stable-livelihood = ¿Tiene ingresos estables y vivienda en China?
q-stable-livelihood-why = Las vías familiares exigen medios de vida estables y vivienda.

q-no-relatives-abroad = ¿Viven en China todos sus familiares directos (padres, cónyuge, hijos), sin ninguno en el extranjero?
q-no-relatives-abroad-why = La vía para familiares de 60 años o más lo exige.

hint-whole-number = Escriba un número entero, por ejemplo 34.
hint-money = Escriba una cantidad en yuanes, por ejemplo 565.548, 56,5万 o 565 mil.
hint-money-usd = Escriba una cantidad en dólares estadounidenses, por ejemplo 500.000 o 0,5 millones.
hint-month-year = Por ejemplo, 2021-03 o marzo de 2021.
