## 群组、论坛话题和频道。这里绝不发布任何个人信息：核对在私聊中进行。

group-intro = 大家好！我可以逐项核对一个人能否在中国工作或定居——包括A、B、C类工作许可，Z字、R字和K字签证，以及永久居留，并给出每个结论所依据的规定和出处。
    个人回答只在与我的私聊中收集，绝不会在这里。
    /check — 开始您自己的私密核对
    /routes — 在华工作和定居的途径
    /threshold 城市 — 某城市的薪资门槛
    /settings — 供群管理员使用
group-check-prompt = { $name }，点击下方按钮，即可在私聊中开始核对。您的回答只有您和我知道。
group-check-button = 🔒 开始我的私密核对
group-help = 我在群里回答一般性问题，个人核对则在私聊中进行。
    /check — 开始您自己的私密核对
    /routes — 在华工作和定居的途径
    /threshold 城市 — 某城市的薪资门槛，例如 /threshold 上海
    /settings — 群组设置（仅限管理员）
group-button-not-yours = 这个按钮是给其他人的。发送 /check 开始您自己的核对。
group-came-from = 您是从 { $group } 过来的。您在这里的所有回答都是保密的，群组看不到任何内容。

routes-text = 在华工作和定居的途径：
    • A类工作许可——外国高端人才：入选人才计划、获得重大奖项、担任高级职务、薪酬达到当地平均工资的6倍，或积分85分以上。
    • B类工作许可——外国专业人才：学士学位加2年工作经历、国内优秀硕士或境外名校硕士、薪酬达到当地平均工资的4倍，或积分60分以上；年龄不超过60岁。
    • C类工作许可——外国普通人员：仅限配额管理岗位（临时性、季节性、政府间协议）。
    • 签证：取得工作许可后办理Z字签证；A类人才可办理R字签证；青年科技人才可办理K字签证（2025年10月起）。
    • 外国人永久居留：在华工作4年，工资达到当地平均工资的6倍，且缴纳个人所得税达到标准的20%；具有博士学位的外籍华人；政府推荐；高级任职；投资；家庭团聚。
    发送 /check，即可私下获得针对您本人的结果。

threshold-usage = 请告诉我城市名称，例如：/threshold 北京
threshold-title = { $city }的薪资门槛（截至{ $date }）
threshold-line-a = A类工作许可（6倍）：每年{ $amount }元
threshold-line-b = B类工作许可（4倍）：每年{ $amount }元
threshold-line-pr = 永久居留（连续4年每年均达6倍）：每年{ $amount }元，且个人所得税不低于{ $tax }元
threshold-base = 依据{ $year }年平均工资每年{ $wage }元，自{ $date }起执行。来源：{ $source }。
threshold-unknown-city = 我没有“{ $city }”的数据。已收录的城市：{ $cities }。
threshold-no-figure = 我没有{ $city }的最新数据。请向当地科学技术局询问其采用的社会平均工资。

settings-title = 群组设置
settings-language = 语言：{ $language }
settings-public = 公开命令（/routes、/threshold）：{ $state ->
        [on] 开启
       *[off] 关闭
    }
settings-quiet = 安静模式（不发欢迎语，只回复命令）：{ $state ->
        [on] 开启
       *[off] 关闭
    }
settings-toggle-public = 开关公开命令
settings-toggle-quiet = 开关安静模式
settings-choose-language = 选择群组语言
settings-saved = 已保存。
settings-admins-only = 只有群管理员才能修改这些设置。

channel-post-text = 您能在中国工作或定居吗？在私聊中核对哪些途径适合您：工作许可、签证和永久居留，每项条件都附有规定和出处。
channel-post-button = 核对我的资格
channel-publish-usage = 要在您的频道发布“核对您的资格”帖子，请发送：/publish @频道用户名
channel-not-admin = 只有您和我都是该频道的管理员，且我拥有发布消息的权限，我才能在那里发帖。
channel-not-found = 找不到该频道。请先把我添加为该频道的管理员。
channel-published = 已在 { $channel } 发布。

stats-title = 匿名统计
stats-started = 已开始的会话：{ $count }
stats-completed = 已完成的会话：{ $count }
stats-by-source = 按来源（开始 / 完成）：
stats-by-language = 按语言（开始 / 完成）：
stats-by-outcome = 已完成，按最佳结果：
stats-line = { $name }：{ $started } / { $completed }
stats-outcome-line = { $outcome }：{ $count }
stats-source-private = 私聊
stats-admins-only = 此命令仅供机器人管理员使用。
