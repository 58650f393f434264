## Rappels et alertes de changement de règles : proposés avec le résultat, listés par /reminders, envoyés plus tard.

verdict-reminder-offer = ⏰ Avec les mêmes réponses, le { $date }, vous rempliriez les conditions de : { $routes }. Je peux vous le rappeler ce jour-là.
button-remind-me = ⏰ Me le rappeler ce jour-là
button-rule-alerts = 🔔 M'alerter des changements
button-stop-alerts = 🔕 Arrêter les alertes
button-cancel-reminder = ✖ Annuler le rappel { $number }

reminder-toast-set = Rappel enregistré
reminder-set = ⏰ C'est fait : le { $date }, je vérifierai de nouveau vos réponses enregistrées et vous dirai où vous en êtes pour { $routes }. /reminders liste vos rappels et permet de les annuler.
reminder-already-set = Vous avez déjà un rappel pour ce jour-là.
reminder-out-of-date = Vos réponses ont changé depuis ce résultat, cette date n'est donc peut-être plus la bonne : /verdict affiche le résultat actuel et son rappel.
reminder-cancelled = Rappel annulé
reminder-already-cancelled = Ce rappel était déjà annulé
rule-alerts-toast-on = Alertes activées
rule-alerts-on = 🔔 C'est fait : si une règle ou un chiffre publié change d'une manière qui modifie votre résultat, je vous dirai ce qui a changé. /reminders l'affiche et vous permet de l'arrêter.
rule-alerts-already = Les alertes de changement de règles sont déjà activées.
rule-alerts-off = Alertes de changement de règles arrêtées
rule-alerts-already-off = Les alertes de changement de règles étaient déjà désactivées

reminders-title = Vos rappels et alertes :
reminders-line = { $number }. ⏰ { $date } : { $routes }
reminders-alerts-line = 🔔 Alertes de changement de règles : activées (la comparaison porte sur votre résultat au { $date })
reminders-empty = Vous n'avez aucun rappel ni aucune alerte. Après votre résultat, je peux vous proposer un rappel le jour où vos réponses rempliront les conditions d'une voie, et vous prévenir quand un changement de règles vous concerne.
reminders-kept = Ils sont conservés avec vos réponses jusqu'à leur envoi ou jusqu'à ce que vous les annuliez ; /forget supprime tout.
reminders-route-gone = une voie qui n'existe plus

reminder-due-title = ⏰ Votre rappel du { $date }
reminder-due-met = ✅ Au { $date }, vos réponses remplissent les conditions de : { $route }.
reminder-due-if-confirmed = 🟡 Au { $date } : { $route }, « Éligible sous réserve de confirmation » : vos réponses remplissent les conditions si les points en suspens sont confirmés.
reminder-due-not-met = ❌ Au { $date }, vos réponses ne remplissent toujours pas les conditions de : { $route }.
reminder-due-not-applicable = Au { $date }, { $route } ne s'applique pas à vos réponses.
reminder-due-check = Cela ne vaut que si vos réponses sont toujours exactes. Vérifiez-les (salaire, impôt, jours passés en Chine, dates) avec le bouton ci-dessous, et touchez « Pourquoi ? » pour voir chaque critère et les prochaines étapes.

rule-change-title = 🔔 Un changement de règles modifie votre résultat
rule-change-route = { $route } : { $before } → { $after }
rule-change-figure = { $parameter } : { $old } → { $new }, en vigueur à compter du { $date } (source : { $source })
rule-change-figure-stale = ⚠️ ce chiffre a dépassé la date à laquelle il devait être renouvelé
rule-change-none = aucun
rule-change-rules = Les règles de cette voie ont changé dans les données de règles du bot.
rule-change-footer = Cette comparaison applique à vos réponses enregistrées, au { $date }, les règles d'avant et d'après le changement. Vérifiez que vos réponses sont toujours exactes.

command-reminders = Vos rappels et alertes
follow-up-more-questions = De nouvelles questions vous concernent désormais (par exemple, une fois quatre années de travail atteintes, le salaire et l'impôt de ces années) : envoyez /start pour y répondre et voir votre résultat complet.
