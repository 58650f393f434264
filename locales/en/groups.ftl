## Groups, forum topics and channels. Nothing personal is ever posted here: the check happens in private.

group-intro = Hello, everyone! I check whether a person can work or settle in China — work permit categories A, B and C, the Z, R and K visas, and permanent residence — criterion by criterion, with the rule and source behind each answer.
    Personal answers are only ever collected in a private chat with me, never here.
    /check — start your own private check
    /routes — the ways to work and settle in China
    /threshold city — the salary thresholds for a city
    /settings — for group admins
group-check-prompt = { $name }, tap the button to start your check in a private chat. Your answers stay between you and me.
group-check-button = 🔒 Start my private check
group-help = I answer general questions here and run personal checks in private.
    /check — start your own private check
    /routes — the ways to work and settle in China
    /threshold city — the salary thresholds for a city, for example /threshold Shanghai
    /settings — group settings (admins only)
group-button-not-yours = This button is for someone else. Send /check to get your own.
group-came-from = You came from { $group }. Everything you answer here stays private; the group sees nothing.

routes-text = Ways to work and settle in China:
    • Work permit A (外国高端人才): talent programmes, major awards, senior posts, a salary of 6× the local average, or at least 85 points.
    • Work permit B (外国专业人才): a degree and 2 years' experience, a good Chinese or top foreign master's, 4× the local salary, or at least 60 points; up to age 60.
    • Work permit C (外国普通人员): quota jobs only (temporary, seasonal, intergovernmental).
    • Visas: Z after a work permit; R for category A talent; K for young science and technology talent (since October 2025).
    • Permanent residence (永久居留): 4 years with 6× the local salary and 20% tax; Chinese origin with a doctorate; government recommendation; senior posts; investment; family.
    Send /check for your own answer, in private.

threshold-usage = Tell me a city, for example: /threshold Beijing
threshold-title = Salary thresholds in { $city }, as of { $date }
threshold-line-a = Work permit A (6×): { $amount } yuan a year
threshold-line-b = Work permit B (4×): { $amount } yuan a year
threshold-line-pr = Permanent residence (6×, in each of 4 years): { $amount } yuan a year, with income tax of at least { $tax } yuan
threshold-base = Based on the average wage of { $wage } yuan a year for { $year }, in force from { $date }. Source: { $source }.
threshold-unknown-city = I have no figures for “{ $city }”. Cities I know: { $cities }.
threshold-no-figure = I have no current figure for { $city }. Ask the local science and technology bureau for the “社会平均工资” it uses.

settings-title = Group settings
settings-language = Language: { $language }
settings-public = Public commands (/routes, /threshold): { $state ->
        [on] on
       *[off] off
    }
settings-quiet = Quiet mode (no greetings, replies only to commands): { $state ->
        [on] on
       *[off] off
    }
settings-toggle-public = Switch public commands
settings-toggle-quiet = Switch quiet mode
settings-choose-language = Choose the group's language
settings-saved = Saved.
settings-admins-only = Only the group's administrators can change these settings.

channel-post-text = Could you work or settle in China? Check, in a private chat, which routes fit you: work permits, visas and permanent residence, with the rule and source behind every criterion.
channel-post-button = Check my eligibility
channel-publish-usage = To publish a “Check your eligibility” post in your channel, send: /publish @channelname
channel-not-admin = I can only post there if you are an administrator of that channel and I am one too, with the right to post messages.
channel-not-found = I can't find that channel. Add me to it as an administrator first.
channel-published = Published in { $channel }.

stats-title = Anonymous counts
stats-started = Sessions started: { $count }
stats-completed = Sessions completed: { $count }
stats-by-source = By source (started / completed):
stats-by-language = By language (started / completed):
stats-by-outcome = Completed, by best outcome:
stats-line = { $name }: { $started } / { $completed }
stats-outcome-line = { $outcome }: { $count }
stats-source-private = private chats
stats-admins-only = This command is for the bot's administrators.
