## 下一步和所需材料。

step-wp-employer-applies = 用人单位通过外国人来华工作管理服务系统在线提交申请。每个审查环节，A类最长{ $a_days }个工作日，其他类别最长{ $other_days }个工作日；审批通过后，您将获得外国人工作许可通知。
step-wp-a-green-channel = A类适用绿色通道：材料暂缺时也可容缺受理。
step-wp-c-quota = C类实行配额管理：请向用人单位确认该岗位是否还有配额。
step-z-visa-apply = 凭外国人工作许可通知，向中国驻外使领馆申请Z字签证。
step-r-visa-apply = 凭外国高端人才确认函申请R字签证：有效期{ $min_years }至{ $max_years }年，可多次入境，每次停留最长{ $stay_days }天，您本人及家属免缴签证费。
step-work-permit-card = 入境后{ $days }日内，在线申领外国人工作许可证。
step-residence-permit = 入境后{ $days }日内，向当地公安机关出入境管理部门申请工作类居留许可。审批时限最长{ $decision_days }日；居留许可有效期为90日至5年。收费：1年以下{ $fee_under_1y }元，1至3年{ $fee_1_3y }元，3至5年{ $fee_3_5y }元。
step-k-visa-apply = 向中国驻外使领馆申请K字签证，无需境内用人单位邀请。年龄限制和所需材料请查看使领馆网页。
step-pr-apply = 向所在城市公安局出入境管理部门提交申请。审批时限最长{ $months }个月。收费：每人申请费{ $application_fee }元，另收证件工本费{ $card_fee }元。
step-pr-salary-documents = 工资和纳税途径需准备连续{ $years }年的工资证明、个人所得税完税证明、工作许可和居留许可，以及用人单位推荐信。
step-pr-family-alongside = 您的外籍配偶及未满18周岁的未婚子女可以同时申请。
step-pr-after-grant = 获批后，每年须在中国居住至少{ $months_a_year }个月。外国人永久居留身份证有效期：成年人{ $adult_years }年，未满18周岁者{ $minor_years }年。
step-pr-spouse-documents = 配偶途径还需提交结婚证以及生活保障和住房证明。
step-pr-investment-documents = 投资途径还需提交实缴投资证明及公司的纳税记录。

doc-passport = 有效护照
doc-work-permit-application = 外国人来华工作许可申请表
doc-employment-contract = 劳动合同或聘用函
doc-degree-certificate = 经认证的最高学位证书
doc-experience-proof = 工作经历证明（推荐信）
doc-no-criminal-record = 经海牙认证或领事认证的无犯罪记录证明
doc-medical-certificate = 体检证明
doc-health-certificate = 指定卫生检疫机构出具的健康证明
doc-photo = 近期证件照
doc-work-permit-notice = 外国人工作许可通知
doc-talent-confirmation-letter = 外国高端人才确认函
doc-pr-application-form = 外国人在中国永久居留申请表
doc-salary-proofs = 用人单位出具的各年度工资证明
doc-tax-certificates = 各年度个人所得税完税证明
doc-work-and-residence-permits = 覆盖相应期间的工作许可和工作类居留许可
doc-employer-recommendation-letter = 用人单位推荐信
doc-employer-registration = 用人单位营业执照或登记证明
doc-marriage-certificate = 结婚证
doc-livelihood-and-housing = 稳定收入及住房证明
doc-investment-proof = 实缴投资的验资报告
doc-tax-records = 被投资企业的纳税记录
