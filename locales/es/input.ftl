## Palabras que la gente escribe en lugar de pulsar un botón. Las alternativas se separan con |; la comparación
## no distingue mayúsculas, tildes ni signos de puntuación. Nunca se muestran: sirven para leer lo que se escribe.

input-yes = sí | si | s | claro | claro que sí | por supuesto | correcto | exacto | vale | de acuerdo
input-no = no | n | para nada | nunca | en absoluto | de ninguna manera
input-dont-know = no lo sé | no sé | no se | ni idea | no estoy seguro | no estoy segura | quién sabe
