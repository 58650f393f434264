## 提醒和规则变更通知：在结果页提供，用 /reminders 查看，日后发送。

verdict-reminder-offer = ⏰ 如果回答不变，到{ $date }您将符合以下途径的条件：{ $routes }。我可以在当天提醒您。
button-remind-me = ⏰ 到那天提醒我
button-rule-alerts = 🔔 规则变更时通知我
button-stop-alerts = 🔕 停止规则变更通知
button-cancel-reminder = ✖ 取消提醒 { $number }

reminder-toast-set = 提醒已设置
reminder-set = ⏰ 已设置：{ $date }当天，我会重新核对您保存的回答，并告诉您{ $routes }的核对结果。/reminders 可查看和取消您的提醒。
reminder-already-set = 您已经设置过这一天的提醒。
reminder-out-of-date = 得出这个结果后，您的回答有了改动，这个日期可能已不准确：/verdict 会显示当前结果及相应的提醒。
reminder-cancelled = 提醒已取消
reminder-already-cancelled = 该提醒此前已取消
rule-alerts-toast-on = 规则变更通知已开启
rule-alerts-on = 🔔 已开启：如果某项规定或公布的数据发生变化并改变您的结果，我会告诉您具体有哪些变化。/reminders 可查看此项设置并随时停止。
rule-alerts-already = 规则变更通知已处于开启状态。
rule-alerts-off = 规则变更通知已停止
rule-alerts-already-off = 规则变更通知此前已关闭

reminders-title = 您的提醒和通知：
reminders-line = { $number }. ⏰ { $date }：{ $routes }
reminders-alerts-line = 🔔 规则变更通知：已开启（比较的是您截至{ $date }的结果）
reminders-empty = 您目前没有任何提醒或通知。得出结果后，我可以在您的回答将符合某条途径的那一天提醒您，也可以在规则变更影响到您时通知您。
reminders-kept = 这些提醒和通知会与您的回答一起保存，直到发出或被您取消；/forget 会删除全部数据。
reminders-route-gone = 一条已不存在的途径

reminder-due-title = ⏰ 您设置的{ $date }提醒
reminder-due-met = ✅ 截至{ $date }，您的回答符合以下途径的条件：{ $route }。
reminder-due-if-confirmed = 🟡 截至{ $date }，{ $route }为“待确认后符合”：其中尚待确认的各项一经确认，您的回答即符合条件。
reminder-due-not-met = ❌ 截至{ $date }，您的回答仍不符合以下途径的条件：{ $route }。
reminder-due-not-applicable = 截至{ $date }，{ $route }不适用于您的情况。
reminder-due-check = 以上结果仅在您的回答仍然准确时成立。请用下面的按钮核对您的回答（工资、纳税、在华天数、各项日期），并点击“详情”查看每项条件和下一步。

rule-change-title = 🔔 有规则变更影响到您的结果
rule-change-route = { $route }：{ $before } → { $after }
rule-change-figure = { $parameter }：{ $old } → { $new }，自{ $date }起执行（来源：{ $source }）
rule-change-figure-stale = ⚠️ 该数据现已超过应更新的日期
rule-change-none = 无
rule-change-rules = 本机器人的规则数据中，这条途径的规定有所变更。
rule-change-footer = 以上对比基于您保存的回答（截至{ $date }），分别按变更前和变更后的规则评估。请核实您的回答是否依然准确。

command-reminders = 您的提醒和通知
follow-up-more-questions = 现在有更多问题适用于您（例如工作满四年后，需要了解这几年的工资和纳税情况）：发送 /start 回答这些问题，查看完整结果。
