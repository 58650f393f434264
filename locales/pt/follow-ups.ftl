## Lembretes e alertas de mudança de regras: oferecidos com o resultado, listados em /reminders, enviados depois.

verdict-reminder-offer = ⏰ Com as mesmas respostas, em { $date } você atenderia aos requisitos de: { $routes }. Posso lembrar você nesse dia.
button-remind-me = ⏰ Me lembre nesse dia
button-rule-alerts = 🔔 Avisar se as regras mudarem
button-stop-alerts = 🔕 Parar alertas
button-cancel-reminder = ✖ Cancelar lembrete { $number }

reminder-toast-set = Lembrete criado
reminder-set = ⏰ Pronto: em { $date } vou verificar de novo suas respostas salvas e dizer como elas ficam para { $routes }. /reminders lista seus lembretes e permite cancelá-los.
reminder-already-set = Você já tem um lembrete para esse dia.
reminder-out-of-date = Suas respostas mudaram desde este resultado, então essa data pode não estar mais certa: /verdict mostra o resultado atual e o lembrete dele.
reminder-cancelled = Lembrete cancelado
reminder-already-cancelled = Esse lembrete já tinha sido cancelado
rule-alerts-toast-on = Alertas ativados
rule-alerts-on = 🔔 Pronto: se uma regra ou um valor publicado mudar de um jeito que altere seu resultado, vou dizer o que mudou. /reminders mostra isso e permite desativar.
rule-alerts-already = Os alertas de mudança de regras já estão ativados.
rule-alerts-off = Alertas de mudança de regras desativados
rule-alerts-already-off = Os alertas de mudança de regras já estavam desativados

reminders-title = Seus lembretes e alertas:
reminders-line = { $number }. ⏰ { $date }: { $routes }
reminders-alerts-line = 🔔 Alertas de mudança de regras: ativados (a comparação usa seu resultado em { $date })
reminders-empty = Você não tem lembretes nem alertas. Depois do seu resultado, posso oferecer um lembrete para o dia em que suas respostas atenderiam aos requisitos de um caminho, e avisar quando uma mudança de regras afetar você.
reminders-kept = Eles ficam guardados com suas respostas até serem enviados ou até você cancelá-los; /forget apaga tudo.
reminders-route-gone = um caminho que não existe mais

reminder-due-title = ⏰ Seu lembrete para { $date }
reminder-due-met = ✅ Em { $date }, suas respostas atendem aos requisitos de: { $route }.
reminder-due-if-confirmed = 🟡 Em { $date }: { $route }, “Elegível se confirmado”: suas respostas atendem aos requisitos se os pontos pendentes forem confirmados.
reminder-due-not-met = ❌ Em { $date }, suas respostas ainda não atendem aos requisitos de: { $route }.
reminder-due-not-applicable = Em { $date }, { $route } não se aplica às suas respostas.
reminder-due-check = Isso só vale se suas respostas continuarem corretas. Confira-as (salário, imposto, dias passados na China, datas) com o botão abaixo e toque em “Por quê?” para ver cada critério e os próximos passos.

rule-change-title = 🔔 Uma mudança de regras afeta seu resultado
rule-change-route = { $route }: { $before } → { $after }
rule-change-figure = { $parameter }: { $old } → { $new }, em vigor desde { $date } (fonte: { $source })
rule-change-figure-stale = ⚠️ este valor já passou da data em que deveria ser renovado
rule-change-none = nenhum
rule-change-rules = As regras deste caminho mudaram nos dados de regras do bot.
rule-change-footer = Esta comparação usa suas respostas salvas, em { $date }, com as regras de antes e de depois. Confira se suas respostas continuam valendo.

command-reminders = Seus lembretes e alertas
follow-up-more-questions = Agora mais perguntas se aplicam a você (por exemplo, ao completar quatro anos de trabalho, o salário e o imposto desses anos): envie /start para respondê-las e ver seu resultado completo.
