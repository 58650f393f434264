## Recordatorios y avisos de cambios de normas: se ofrecen con el resultado, se listan con /reminders y se envían más adelante.

verdict-reminder-offer = ⏰ Con las mismas respuestas, el { $date } cumpliría los requisitos de: { $routes }. Puedo recordárselo ese día.
button-remind-me = ⏰ Recordármelo ese día
button-rule-alerts = 🔔 Avisar de cambios de normas
button-stop-alerts = 🔕 Desactivar avisos
button-cancel-reminder = ✖ Cancelar recordatorio { $number }

reminder-toast-set = Recordatorio creado
reminder-set = ⏰ Hecho: el { $date } volveré a revisar sus respuestas guardadas y le diré cómo quedan para { $routes }. /reminders muestra sus recordatorios y permite cancelarlos.
reminder-already-set = Ya tiene un recordatorio para ese día.
reminder-out-of-date = Sus respuestas han cambiado desde este resultado, así que esa fecha puede no ser ya correcta: /verdict muestra el resultado actual y su recordatorio.
reminder-cancelled = Recordatorio cancelado
reminder-already-cancelled = Ese recordatorio ya estaba cancelado
rule-alerts-toast-on = Avisos activados
rule-alerts-on = 🔔 Hecho: si una norma o una cifra publicada cambia de forma que cambie su resultado, le diré qué ha cambiado. /reminders lo muestra y le permite desactivarlo.
rule-alerts-already = Los avisos de cambios de normas ya están activados.
rule-alerts-off = Avisos de cambios de normas desactivados
rule-alerts-already-off = Los avisos de cambios de normas ya estaban desactivados

reminders-title = Sus recordatorios y avisos:
reminders-line = { $number }. ⏰ { $date }: { $routes }
reminders-alerts-line = 🔔 Avisos de cambios de normas: activados (se compara su resultado a fecha { $date })
reminders-empty = No tiene recordatorios ni avisos. Después de su resultado, puedo ofrecerle un recordatorio para el día en que sus respuestas cumplan los requisitos de una vía, y avisarle cuando un cambio de normas le afecte.
reminders-kept = Se guardan junto con sus respuestas hasta que se envían o usted los cancela; /forget lo borra todo.
reminders-route-gone = una vía que ya no existe

reminder-due-title = ⏰ Su recordatorio para el { $date }
reminder-due-met = ✅ A fecha { $date }, sus respuestas cumplen los requisitos de: { $route }.
reminder-due-if-confirmed = 🟡 A fecha { $date }: { $route }, «Cumple si se confirma»: sus respuestas cumplen los requisitos si se confirman los puntos pendientes.
reminder-due-not-met = ❌ A fecha { $date }, sus respuestas todavía no cumplen los requisitos de: { $route }.
reminder-due-not-applicable = A fecha { $date }, { $route } no se aplica a su caso.
reminder-due-check = Esto solo vale si sus respuestas siguen siendo correctas. Revíselas (salario, impuestos, días pasados en China, fechas) con el botón de abajo y toque «¿Por qué?» para ver cada criterio y los pasos siguientes.

rule-change-title = 🔔 Un cambio de normas afecta a su resultado
rule-change-route = { $route }: { $before } → { $after }
rule-change-figure = { $parameter }: { $old } → { $new }, vigente desde el { $date } (fuente: { $source })
rule-change-figure-stale = ⚠️ esta cifra ya debería haberse renovado
rule-change-none = ninguno
rule-change-rules = Las normas de esta vía han cambiado en los datos de normas del bot.
rule-change-footer = Esta comparación usa sus respuestas guardadas, a fecha { $date }, con las normas de antes y de después. Compruebe que sus respuestas siguen siendo válidas.

command-reminders = Sus recordatorios y avisos
follow-up-more-questions = Ahora le corresponden más preguntas (por ejemplo, al cumplir cuatro años de trabajo, el salario y los impuestos de esos años): envíe /start para responderlas y ver su resultado completo.
