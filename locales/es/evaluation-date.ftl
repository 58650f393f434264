## Evaluar las normas en otra fecha (para planificar con antelación o comprobar cómo se resolvió un caso pasado).

command-date = Ver el resultado en otra fecha
date-usage = Para ver el resultado en otra fecha, envíe por ejemplo /date 2027-06-30. Envíe /date today para volver a la fecha de hoy.
date-set = A partir de ahora, su resultado se evalúa con fecha { $date }.
date-reset = Su resultado vuelve a evaluarse con la fecha de hoy.
