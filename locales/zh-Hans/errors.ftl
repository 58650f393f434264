## 无法接受的回答。问题保持不变，不会保存任何内容。

error-empty = 请输入您的回答。
error-not-a-number = 无法识别为数字。{ hint-whole-number }
error-number-not-whole = 请输入整数，不要带小数。
error-text-too-long = 这个回答太长了。请只输入数字或日期。
error-date-invalid = 这个日期不存在。{ hint-month-year }
error-date-format = 无法识别为日期。{ hint-month-year }
error-date-in-future = 这个日期在未来。请输入您开始工作的年份和月份。
error-date-too-early = 请输入{ $year }年及以后的日期。
error-money-negative = 金额不能为负数。请输入以元为单位的金额。
error-money-absurd = 该金额超过了{ $max }。请核对金额。
error-money-too-small = 该金额低于{ $min }。请核对金额。
error-number-below-min = 请输入不小于{ $min }的数字。
error-number-above-max = 请输入不大于{ $max }的数字。
error-use-buttons = 请点击问题下方的按钮作答。
error-stale-button = 这个按钮属于之前的问题。下面是当前的问题。
error-verdict-not-ready = 回答完问题后即可查看结果。下面是下一题。
error-unknown-language = 暂不支持该语言。
error-nothing-to-go-back-to = 这是第一题，无法再返回。
error-interview-complete = 您已回答了所有问题。发送 /verdict 查看结果，或发送 /restart 重新开始。
error-unsupported-message = 在这里我只能识别文字消息和按钮操作。
error-edited-message = 我注意到您编辑了一条消息。编辑不会改变您的回答；如需修改，请使用 /answers。
error-generic = 抱歉，我们这边出了点问题。您的回答已妥善保存，请重试。
error-too-many-messages = 您发送消息的速度超过了我的回复速度。我会先回复已收到的消息，请等我回复后再继续发送。
