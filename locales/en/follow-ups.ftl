## Reminders and rule-change alerts: offered on the verdict, listed by /reminders, sent later.

verdict-reminder-offer = ⏰ With the same answers, on { $date } you would meet: { $routes }. I can remind you that day.
button-remind-me = ⏰ Remind me that day
button-rule-alerts = 🔔 Alert me to rule changes
button-stop-alerts = 🔕 Stop rule alerts
button-cancel-reminder = ✖ Cancel reminder { $number }

reminder-toast-set = Reminder set
reminder-set = ⏰ Done: on { $date } I'll check your saved answers again and tell you how they fare for { $routes }. /reminders lists your reminders and cancels them.
reminder-already-set = You already have a reminder for that day.
reminder-out-of-date = Your answers have changed since this result, so that date may no longer be right: /verdict shows the current result and its reminder.
reminder-cancelled = Reminder cancelled
reminder-already-cancelled = That reminder was already cancelled
rule-alerts-toast-on = Rule alerts on
rule-alerts-on = 🔔 Done: if a rule or a published figure changes in a way that changes your result, I'll tell you what changed. /reminders shows this and lets you stop it.
rule-alerts-already = Rule-change alerts are already on.
rule-alerts-off = Rule-change alerts stopped
rule-alerts-already-off = Rule-change alerts were already off

reminders-title = Your reminders and alerts:
reminders-line = { $number }. ⏰ { $date }: { $routes }
reminders-alerts-line = 🔔 Rule-change alerts: on (your result as of { $date } is the one compared)
reminders-empty = You have no reminders or alerts. After your result, I can offer to remind you on the day your answers would meet a route, and to tell you when a rule change affects you.
reminders-kept = These are kept with your answers until they are sent or you cancel them; /forget deletes everything.
reminders-route-gone = a route that no longer exists

reminder-due-title = ⏰ Your reminder for { $date }
reminder-due-met = ✅ As of { $date } your answers meet: { $route }.
reminder-due-if-confirmed = 🟡 As of { $date }: { $route } — “Eligible if confirmed”: you meet its requirements if the open points are confirmed.
reminder-due-not-met = ❌ As of { $date } your answers still do not meet: { $route }.
reminder-due-not-applicable = As of { $date }, { $route } does not apply to your answers.
reminder-due-check = This holds only if your answers are still right. Check them (salary, tax, days spent in China, dates) with the button below, and tap “Why?” for each criterion and the next steps.

rule-change-title = 🔔 A rule change affects your result
rule-change-route = { $route }: { $before } → { $after }
rule-change-figure = { $parameter }: { $old } → { $new }, in force from { $date } (source: { $source })
rule-change-figure-stale = ⚠️ this figure is now past its due date for renewal
rule-change-none = none
rule-change-rules = The rules of this route changed in the bot's rules data.
rule-change-footer = This compares your saved answers, as of { $date }, under the rules before and after. Check that your answers still hold.

command-reminders = Your reminders and alerts
follow-up-more-questions = More questions apply to you now (for example, once four years of work are reached, the salary and tax of those years): send /start to answer them and see your full result.
