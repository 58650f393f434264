## The bot itself: greetings, commands, buttons, privacy.

bot-description = I check, step by step, whether you can get a Chinese work permit, visa or permanent residence, and show the rule, the figure and the source behind every answer. Guidance, not legal advice.
bot-short-description = Can you work or settle in China? Criterion-by-criterion check, with sources.
start-greeting = Hello{ $name ->
        [none] {""}
       *[other] , { $name }
    }! I'll ask a few short questions — usually fewer than 15 — and tell you which routes to work and settle in China fit you: work permit A, B or C, the Z, R and K visas, and permanent residence. For every criterion you'll see the rule, the figure and its source.
start-resume = Welcome back! Your answers are saved; let's continue where you left off.
start-privacy-line = Your answers stay private: I never post them in groups and never log them. /privacy explains, /forget deletes them.
help-text = I check your eligibility to work and settle in China, question by question.
    Commands:
    /start — start or continue the interview
    /back — go back one question
    /answers — see your answers and change one
    /verdict — see the result
    /date — check as of another date
    /reminders — your reminders and rule-change alerts
    /language — change the language
    /restart — start again from the beginning
    /mydata — download everything I store about you
    /forget — delete everything I store about you
    /privacy — how your data is handled
privacy-text = What I store: your answers to my questions, your language, where you came from (a group or channel name tag, never who you are there), and the reminders and rule-change alerts you ask for. Why: so you can stop and continue, change an answer later, and hear from me on the day you asked. Where: in this bot's own database, encrypted, for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after your last message, then deleted automatically; while a reminder is waiting or alerts are on, your answers are kept until it is sent or you cancel it (/reminders), because they are what I check again. I never post your answers in groups or channels and never write them to logs. /mydata gives you a copy; /forget deletes everything now, reminders and alerts included.

command-start = Start or continue the check
command-help = How this works
command-language = Change the language
command-back = Go back one question
command-restart = Start again
command-answers = See and change your answers
command-verdict = See your result
command-mydata = Download your data
command-forget = Delete your data
command-privacy = How your data is handled

button-back = ◀ Back
button-skip = Skip
button-dont-know = I don't know
button-done = ✔ Done
button-change-answer = ✏️ Change an earlier answer
choice-yes = Yes
choice-no = No

question-progress = Question { $number }
question-why = Why we ask: { $why }
answers-title = Your answers (tap one to change it):
answers-empty = You haven't answered anything yet. Send /start to begin.
answer-unknown = I don't know
answer-skipped = skipped
answer-none-selected = none

language-prompt = Choose your language:
language-changed = Language set to English.

forget-confirm = Delete all your answers and settings? This cannot be undone.
forget-yes = Yes, delete everything
forget-no = No, keep them
forget-done = Done: everything I stored about you is deleted.
forget-cancelled = Nothing was deleted.
mydata-caption = Everything I store about you, as a JSON file.
restart-done = Your answers are cleared. Let's start again.
language-native-name = English
command-check = Start your private eligibility check
command-routes = Ways to work and settle in China
command-threshold = Salary thresholds for a city
command-settings = Group settings (admins)
command-publish = Publish a check post in your channel
command-stats = Anonymous counts (bot admins)
