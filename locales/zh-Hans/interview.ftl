## 问答：问题、提问原因、选项和输入提示。
## 简体中文直接使用官方中文名称。

q-goal = 您打算在中国做什么？
q-goal-why = 我们只询问与您的计划相关的途径。
choice-goal-work = 在中国工作
choice-goal-settle = 定居（永久居留）
choice-goal-both = 先工作，再定居
choice-goal-unsure = 还不确定——全部看看

q-age = 您今年多少岁？
q-age-why = 工作许可有年龄限制（B类为18至60周岁），年龄也计入积分。

q-work-city = 您将在（或正在）中国大陆的哪个城市工作？
q-work-city-why = 薪资门槛是当地平均工资的倍数，而各城市的平均工资不同。
choice-city-beijing = 北京
choice-city-shanghai = 上海
choice-city-guangzhou = 广州
choice-city-shenzhen = 深圳
choice-city-changzhou = 常州
choice-city-other = 其他城市

q-other-city-region = 这个城市位于哪里？
q-other-city-region-why = 在西部地区、东北地区或国家指定的特殊地区工作，可额外获得10分。
choice-region-west = 西部地区（如成都）
choice-region-northeast = 东北老工业基地
choice-region-special-area = 特殊地区或扶贫地区
choice-region-elsewhere = 其他地区（如杭州）
choice-dont-know = 不清楚

q-other-city-average-wage = 您所在城市的年平均工资是多少元？
q-other-city-average-wage-why = 我们没有您所在城市的最新数据，而薪资标准都是它的倍数。当地科学技术局会公布这一社会平均工资。

q-job-offer = 您是否已获得在中国大陆注册的用人单位的录用？
q-job-offer-why = 工作许可一律由中国境内的用人单位申请；没有用人单位，就无法办理许可。

q-annual-salary = 您在中国的用人单位支付（或将支付）给您的税前年薪是多少元？
q-annual-salary-why = 薪资最多可得20分；达到当地平均工资的6倍或4倍，本身即可满足A类或B类条件。

q-highest-degree = 您的最高学历是什么？
q-highest-degree-why = 学历最多可得20分，学位还能开启多条途径。国际顶级职业资格证书按博士计。
choice-degree-doctorate = 博士或国际顶级职业证书
choice-degree-master = 硕士
choice-degree-bachelor = 学士
choice-degree-below-bachelor = 学士以下

q-experience-years = 毕业后，您有多少年与该岗位相关的工作经历？
q-experience-years-why = B类通常要求2年工作经历，工作经历最多可得20分。

q-months-in-china = 您每年在中国工作几个月？
q-months-in-china-why = 在华工作时间最多可得15分。
choice-months-nine-plus = 9个月及以上
choice-months-six-to-nine = 6至9个月
choice-months-three-to-six = 3至6个月
choice-months-under-three = 不足3个月

q-chinese-level = 您的汉语水平如何？请选择符合的最高一项。
q-chinese-level-why = 汉语水平最多可得5分。
choice-chinese-hsk5-plus = HSK 5级及以上
choice-chinese-hsk4 = HSK 4级
choice-chinese-hsk3 = HSK 3级
choice-chinese-hsk2 = HSK 2级
choice-chinese-hsk1 = HSK 1级
choice-chinese-taught-in-chinese = 以汉语授课的学位
choice-chinese-former-citizen = 我曾是中国公民
choice-chinese-none = 以上都没有

q-achievements = 以下哪些符合您的情况？可多选，选好后点“完成”。
q-achievements-details = • 中国人才计划：入选国家级或省级人才计划
    • 高级职务：在大型用人单位任高级职务，或副教授及以上职称
    • 创业者：拥有专利和大额稳定投资
q-achievements-why = 任意一项即可单独认定为外国高端人才（A类）。
choice-achievement-talent-programme = 入选中国人才计划
choice-achievement-international-award = 国际大奖或院士
choice-achievement-senior-post = 高级职务或副教授以上
choice-achievement-postdoc = 知名高校博士后
choice-achievement-founder-investor = 有专利和投资的创业者
choice-none-of-these = 以上都没有

q-background = 以下哪些适用于您？可多选，选好后点“完成”。
q-background-details = • 理工科：科学、技术、工程或数学
    • 教师资格：教育类学位、教师资格证或120学时TEFL证书
q-background-why = 这些可以加分，并可开启B类工作许可和K字签证的途径。
choice-background-top-university = 世界名校毕业
choice-background-studied-in-china = 在中国获得学位
choice-background-stem-degree = 理工科学位
choice-background-fortune500 = 曾在世界500强工作
choice-background-patents = 拥有专利或知识产权
choice-background-five-years-in-china = 在华连续工作5年以上
choice-background-skill-certificate = 国际职业技能证书
choice-background-language-teacher = 将教授我的母语
choice-background-teaching-qualification = 教师资格或TEFL证书

q-clean-record = 您能从目前居住的国家开具无犯罪记录证明吗？
q-clean-record-why = 所有工作许可和永久居留都要求无犯罪记录。

q-medical-check = 您预计能通过常规体检吗？
q-medical-check-why = 办理工作许可和永久居留都需要健康证明。

q-job-kind = 这份工作属于以下哪一类？
q-job-kind-why = 外国普通人员（C类）仅限以下配额管理岗位（政府间协议含实习；其他配额岗位如A类人才的家政服务人员）；仅凭积分低，不能取得任何类别的许可。
choice-job-short-term = 90日以内的临时工作
choice-job-seasonal = 季节性工作
choice-job-intergovernmental = 政府间协议（含实习）
choice-job-other-quota = 其他配额岗位
choice-job-none = 以上都不是

q-china-work-start = 您从何时开始持工作许可在中国工作？请输入年份和月份。
q-china-work-start-why = 通过工资和纳税途径申请永久居留，需要在中国连续工作满4年。
choice-not-yet = 尚未开始

q-days-in-china-each-year = 过去4年中，您每年在中国的时间是否都不少于183天？
q-days-in-china-each-year-why = 工资和纳税途径要求您每年实际在华居住至少半年。

q-pr-lowest-salary = 过去4年中，您在中国税前年薪最低的一年是多少元？
q-pr-lowest-salary-why = 4年中每一年的工资都必须达到当地平均工资的6倍。

q-pr-lowest-tax = 同样这4年中，您缴纳个人所得税最少的一年缴了多少元？
q-pr-lowest-tax-why = 每年缴纳的个人所得税须不低于工资性年收入标准的20%。税务机关开具的完税证明上可以查到。

q-employer-recommendation = 您现在的用人单位会为您的申请出具推荐信吗？
q-employer-recommendation-why = 工资和纳税途径需要用人单位推荐。

q-china-ties = 以下哪些适用于您？可多选，选好后点“完成”。
q-china-ties-details = • 推荐：由国家部委或省级政府推荐
    • 高级职务：在华连续担任4年以上
    • 配偶：中国公民或在华永久居留者
    • 投靠直系亲属：父母、配偶或子女在中国
q-china-ties-why = 每一项都对应一条不同的外国人永久居留途径。
choice-tie-chinese-origin = 我是外籍华人
choice-tie-government-recommendation = 部委或省级政府推荐
choice-tie-senior-post = 在华任高级职务满4年
choice-tie-investor = 我在中国有直接投资
choice-tie-spouse = 配偶是中国公民或永居者
choice-tie-parent = 未满18岁，投靠父母
choice-tie-relatives = 年满60岁，投靠直系亲属

q-post-residence = 在这4年中，您累计在中国居住是否满3年？
q-post-residence-why = 任职途径要求4年内累计在华居住满3年。

q-investment-usd = 您在中国的直接投资（实缴资本）有多少美元？
q-investment-usd-why = 最低投资额取决于投资的地区和行业。

q-investment-region = 您的投资在哪个地区或哪个领域？
q-investment-region-why = 最低投资额：鼓励类产业（外商投资产业指导目录）或西部地区为50万美元，中部地区为100万美元，其他地区为200万美元。
choice-investment-encouraged-sector = 鼓励类产业
choice-investment-west = 西部地区或扶贫重点县
choice-investment-central = 中部地区
choice-investment-elsewhere = 中国其他地区

q-investment-stable = 该投资是否已连续3年保持稳定，且纳税记录良好？
q-investment-stable-why = 投资途径要求投资连续3年稳定，且纳税记录良好。

q-marriage-years = 您已结婚多少年？
q-marriage-years-why = 配偶途径要求婚姻关系满5年。

q-residence-years-in-china = 您已在中国连续居住多少年？
q-residence-years-in-china-why = 家庭类途径要求在华连续居住满5年。

q-nine-months-each-year = 这些年中，您每年在中国居住是否都不少于9个月？
q-nine-months-each-year-why = 家庭类途径要求每年在华居住不少于9个月。

q-stable-livelihood = 您在中国是否有稳定的生活来源和住所？
q-stable-livelihood-why = 家庭类途径要求有稳定的生活保障和住所。

q-no-relatives-abroad = 您的直系亲属（父母、配偶、子女）是否都在中国境内生活、在境外已没有直系亲属？
q-no-relatives-abroad-why = 60周岁以上亲属投靠途径要求境外没有直系亲属。

hint-whole-number = 请输入整数，例如 34。
hint-money = 请输入以元为单位的金额，例如 565,548、56.5万 或 565k。
hint-money-usd = 请输入以美元为单位的金额，例如 500,000 或 50万。
hint-month-year = 例如 2021-03 或 2021年3月。
