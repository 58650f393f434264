## Erinnerungen und Hinweise auf Regeländerungen: beim Ergebnis angeboten, mit /reminders aufgelistet, später verschickt.

verdict-reminder-offer = ⏰ Mit denselben Antworten würden Sie am { $date } die Voraussetzungen erfüllen für: { $routes }. Ich kann Sie an dem Tag daran erinnern.
button-remind-me = ⏰ An dem Tag erinnern
button-rule-alerts = 🔔 Bei Regeländerung melden
button-stop-alerts = 🔕 Hinweise abbestellen
button-cancel-reminder = ✖ Erinnerung { $number } löschen

reminder-toast-set = Erinnerung gespeichert
reminder-set = ⏰ Erledigt: Am { $date } prüfe ich Ihre gespeicherten Antworten erneut und sage Ihnen, wie es damit für { $routes } aussieht. /reminders listet Ihre Erinnerungen auf und löscht sie.
reminder-already-set = Für diesen Tag haben Sie bereits eine Erinnerung.
reminder-out-of-date = Ihre Antworten haben sich seit diesem Ergebnis geändert, das Datum stimmt daher vielleicht nicht mehr: /verdict zeigt das aktuelle Ergebnis und die passende Erinnerung.
reminder-cancelled = Erinnerung gelöscht
reminder-already-cancelled = Diese Erinnerung war bereits gelöscht
rule-alerts-toast-on = Hinweise eingeschaltet
rule-alerts-on = 🔔 Erledigt: Ändert sich eine Regel oder ein veröffentlichter Wert so, dass sich Ihr Ergebnis ändert, teile ich Ihnen mit, was sich geändert hat. /reminders zeigt das an, dort können Sie es auch abbestellen.
rule-alerts-already = Hinweise auf Regeländerungen sind bereits eingeschaltet.
rule-alerts-off = Hinweise auf Regeländerungen abbestellt
rule-alerts-already-off = Hinweise auf Regeländerungen waren bereits ausgeschaltet

reminders-title = Ihre Erinnerungen und Hinweise:
reminders-line = { $number }. ⏰ { $date }: { $routes }
reminders-alerts-line = 🔔 Hinweise auf Regeländerungen: eingeschaltet (verglichen wird Ihr Ergebnis, Stand { $date })
reminders-empty = Sie haben keine Erinnerungen oder Hinweise. Nach Ihrem Ergebnis kann ich anbieten, Sie an dem Tag zu erinnern, an dem Ihre Antworten die Voraussetzungen eines Wegs erfüllen würden, und Ihnen Bescheid zu geben, wenn eine Regeländerung Sie betrifft.
reminders-kept = Sie werden mit Ihren Antworten gespeichert, bis sie verschickt sind oder Sie sie löschen; /forget löscht alles.
reminders-route-gone = ein Weg, den es nicht mehr gibt

reminder-due-title = ⏰ Ihre Erinnerung zum { $date }
reminder-due-met = ✅ Zum { $date } erfüllen Sie nach Ihren Antworten die Voraussetzungen für: { $route }.
reminder-due-if-confirmed = 🟡 Zum { $date }: { $route } – „Erfüllt, falls bestätigt“: Nach Ihren Antworten erfüllen Sie die Voraussetzungen, wenn sich die offenen Punkte bestätigen.
reminder-due-not-met = ❌ Zum { $date } erfüllen Sie nach Ihren Antworten weiterhin nicht die Voraussetzungen für: { $route }.
reminder-due-not-applicable = Zum { $date } trifft { $route } auf Ihre Antworten nicht zu.
reminder-due-check = Das gilt nur, wenn Ihre Antworten noch stimmen. Prüfen Sie sie (Gehalt, Steuer, in China verbrachte Tage, Daten) mit der Schaltfläche unten, und tippen Sie auf „Warum?“, um jedes Kriterium und die nächsten Schritte zu sehen.

rule-change-title = 🔔 Eine Regeländerung betrifft Ihr Ergebnis
rule-change-route = { $route }: { $before } → { $after }
rule-change-figure = { $parameter }: { $old } → { $new }, gültig ab { $date } (Quelle: { $source })
rule-change-figure-stale = ⚠️ dieser Wert hätte inzwischen erneuert werden müssen
rule-change-none = keine
rule-change-rules = Die Regeln dieses Wegs haben sich in den Regeldaten des Bots geändert.
rule-change-footer = Verglichen werden Ihre gespeicherten Antworten, Stand { $date }, nach den Regeln vor und nach der Änderung. Prüfen Sie, ob Ihre Antworten noch zutreffen.

command-reminders = Ihre Erinnerungen und Hinweise
follow-up-more-questions = Für Sie gelten jetzt weitere Fragen (zum Beispiel, sobald vier Jahre Arbeit erreicht sind, Gehalt und Steuer dieser Jahre): Senden Sie /start, um sie zu beantworten und Ihr vollständiges Ergebnis zu sehen.
