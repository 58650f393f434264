## 机器人本身：问候、命令、按钮、隐私。

bot-description = 我会一步步为您核对能否办理中国的工作许可、签证或永久居留，并列出每个结论背后的规定、数值和出处。仅供参考，不构成法律意见。
bot-short-description = 能否在中国工作或定居？逐项核对资格条件，并注明出处。
start-greeting = { $name ->
        [none] 您好
       *[other] { $name }，您好
    }！我会问您几个简短的问题（通常不超过15个），然后告诉您哪些在华工作和定居的途径适合您：A、B、C类外国人来华工作许可，Z字、R字和K字签证，以及外国人永久居留。每一项条件都会注明规定、数值和出处。
start-resume = 欢迎回来！您的回答都已保存，我们从上次中断的地方继续。
start-privacy-line = 您的回答严格保密：我绝不会在群组中公开，也不会写入日志。/privacy 说明详情，/forget 可将其删除。
help-text = 我会逐个问题地核对您在中国工作和定居的资格。
    命令：
    /start — 开始或继续问答
    /back — 返回上一题
    /answers — 查看并修改某个回答
    /verdict — 查看结果
    /date — 按其他日期核对
    /reminders — 您的提醒和规则变更通知
    /language — 切换语言
    /restart — 从头开始
    /mydata — 下载我保存的关于您的全部数据
    /forget — 删除我保存的关于您的全部数据
    /privacy — 了解您的数据如何处理
privacy-text = 我保存的内容：您对问题的回答、您选择的语言、您从哪里来（群组或频道的名称标签，绝不记录您在那里的身份），以及您要求的提醒和规则变更通知。目的：方便您随时暂停、稍后继续，之后修改回答，并在您指定的那一天收到我的消息。存放位置：本机器人自己的数据库，加密保存，自您最后一条消息起保存{ $days }天，之后自动删除；如果有提醒尚未发出，或规则变更通知处于开启状态，您的回答会一直保留，直到提醒发出或您将其取消（/reminders），因为我要重新核对的正是这些回答。我绝不会在群组或频道中公开您的回答，也不会把它们写入日志。/mydata 可获取一份副本；/forget 可立即删除全部数据，包括提醒和通知。

command-start = 开始或继续资格核对
command-help = 使用说明
command-language = 切换语言
command-back = 返回上一题
command-restart = 从头开始
command-answers = 查看并修改回答
command-verdict = 查看结果
command-mydata = 下载我的数据
command-forget = 删除我的数据
command-privacy = 数据如何处理

button-back = ◀ 返回
button-skip = 跳过
button-dont-know = 不清楚
button-done = ✔ 完成
button-change-answer = ✏️ 修改之前的回答
choice-yes = 是
choice-no = 否

question-progress = 第{ $number }题
question-why = 为什么问这个：{ $why }
answers-title = 您的回答（点击任一项即可修改）：
answers-empty = 您还没有回答任何问题。发送 /start 开始。
answer-unknown = 不清楚
answer-skipped = 已跳过
answer-none-selected = 无

language-prompt = 请选择语言：
language-changed = 语言已切换为简体中文。

forget-confirm = 确定要删除您的全部回答和设置吗？此操作无法撤销。
forget-yes = 是，全部删除
forget-no = 不，保留
forget-done = 已完成：我保存的关于您的所有数据均已删除。
forget-cancelled = 没有删除任何内容。
mydata-caption = 我保存的关于您的全部数据（JSON 文件）。
restart-done = 您的回答已清空，我们重新开始。
language-native-name = 简体中文
command-check = 开始私密资格核对
command-routes = 在华工作和定居的途径
command-threshold = 查询某城市的薪资门槛
command-settings = 群组设置（管理员）
command-publish = 在您的频道发布核对帖
command-stats = 匿名统计（机器人管理员）
