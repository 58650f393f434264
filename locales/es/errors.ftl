## Respuestas que no pudimos aceptar. La pregunta sigue igual; no se guarda nada.

error-empty = Escriba una respuesta, por favor.
error-not-a-number = No puedo interpretar eso como un número. { hint-whole-number }
error-number-not-whole = Escriba un número entero, sin decimales.
error-text-too-long = Es demasiado largo para una respuesta. Escriba solo el número o la fecha.
error-date-invalid = Esa fecha no existe. { hint-month-year }
error-date-format = No puedo interpretar eso como una fecha. { hint-month-year }
error-date-in-future = Esa fecha está en el futuro. Escriba el mes y el año en que empezó.
error-date-too-early = Indique una fecha a partir de { $year }.
error-money-negative = Una cantidad no puede ser negativa. Escriba la cantidad en yuanes.
error-money-absurd = Eso supera { $max }. Verifique la cantidad.
error-money-too-small = Eso es menos de { $min }. Verifique la cantidad.
error-number-below-min = Escriba un número igual o superior a { $min }.
error-number-above-max = Escriba un número igual o inferior a { $max }.
error-use-buttons = Elija uno de los botones que aparecen debajo de la pregunta.
error-stale-button = Ese botón pertenece a una pregunta anterior. Esta es la pregunta actual.
error-verdict-not-ready = El resultado estará listo cuando haya respondido las preguntas. Esta es la siguiente.
error-unknown-language = Ese idioma no está disponible.
error-nothing-to-go-back-to = Esta es la primera pregunta; no hay ninguna anterior a la que volver.
error-interview-complete = Ya ha respondido todas las preguntas. Envíe /verdict para ver el resultado o /restart para empezar de nuevo.
error-unsupported-message = Aquí solo puedo leer texto y pulsaciones de botones.
error-edited-message = Veo que ha editado un mensaje. Las ediciones no cambian sus respuestas: para cambiar una, use /answers.
error-generic = Lo sentimos, se produjo un error de nuestra parte. Sus respuestas están a salvo; inténtelo de nuevo.
error-too-many-messages = Está enviando mensajes más rápido de lo que puedo responder. Responderé a los que ya recibí; espere mi respuesta antes de enviar más, por favor.
