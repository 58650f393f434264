## 次のステップと必要書類。

step-wp-employer-applies = 雇用主が外国人就労許可システム（外国人来华工作管理服务系统）でオンライン申請します。各審査段階の所要期間は、A類で最長{ $a_days }営業日、その他は最長{ $other_days }営業日です。その後、就労許可通知（外国人工作许可通知）が発行されます。
step-wp-a-green-channel = A類にはグリーンチャネルがあり、書類が一部そろっていなくても申請を受理してもらえます（容缺受理）。
step-wp-c-quota = C類は枠（クォータ）で管理されています。この職種に枠があるかどうか、雇用主に確認してください。
step-z-visa-apply = 就労許可通知を持って、中国大使館または総領事館でZビザを申請します。
step-r-visa-apply = 外国ハイレベル人材確認書（外国高端人才确认函）を持ってRビザを申請します。有効期間{ $min_years }〜{ $max_years }年の数次ビザで、1回の滞在は最長{ $stay_days }日、本人と家族のビザ手数料は免除されます。
step-work-permit-card = 中国入国後{ $days }日以内に、就労許可証（外国人工作许可证）をオンラインで申請します。
step-residence-permit = 中国入国後{ $days }日以内に、現地の出入境管理部門で就労用の居留許可（工作类居留许可）を申請します。審査は最長{ $decision_days }日で、許可の有効期間は90日〜5年です。手数料：1年未満{ $fee_under_1y }元、1〜3年{ $fee_1_3y }元、3〜5年{ $fee_3_5y }元。
step-k-visa-apply = 中国大使館または総領事館でKビザを申請します。雇用主からの招へいは不要です。年齢上限と必要書類は総領事館のページで確認してください。
step-pr-apply = お住まいの都市の公安局出入境管理部門（公安局出入境管理部门）に申請します。審査は最長{ $months }か月です。手数料：1人あたり{ $application_fee }元、これに加えて永住証の発行に{ $card_fee }元。
step-pr-salary-documents = 給与ルートでは、連続{ $years }年分の給与証明、個人所得税の納税証明、就労許可と居留許可、そして雇用主の推薦状を準備してください。
step-pr-family-alongside = 外国籍の配偶者と18歳未満の未婚の子どもも、同時に申請できます。
step-pr-after-grant = 許可後は、毎年少なくとも{ $months_a_year }か月は中国に滞在してください。永住証の有効期間は、成人は{ $adult_years }年、18歳未満は{ $minor_years }年です。
step-pr-spouse-documents = 配偶者ルートでは、婚姻証明書と、生計・住居の証明を追加してください。
step-pr-investment-documents = 投資ルートでは、払込済みの投資の証明と、投資先企業の納税記録を追加してください。

doc-passport = 有効なパスポート
doc-work-permit-application = 就労許可申請書（外国人来华工作许可申请表）
doc-employment-contract = 雇用契約書または採用通知書
doc-degree-certificate = 最終学位の証明書（認証済み）
doc-experience-proof = 職務経験の証明（推薦状）
doc-no-criminal-record = 犯罪経歴証明書、アポスティーユまたは領事認証済み（无犯罪记录证明）
doc-medical-certificate = 健康診断書（体检证明）
doc-health-certificate = 指定の保健機関が発行した健康証明書
doc-photo = 最近撮影したパスポート用写真
doc-work-permit-notice = 就労許可通知（外国人工作许可通知）
doc-talent-confirmation-letter = 外国ハイレベル人材確認書（外国高端人才确认函）
doc-pr-application-form = 永住申請書（外国人在中国永久居留申请表）
doc-salary-proofs = 雇用主が発行する各年の給与証明
doc-tax-certificates = 各年の個人所得税納税証明（完税证明）
doc-work-and-residence-permits = 対象期間をカバーする就労許可と就労用居留許可
doc-employer-recommendation-letter = 雇用主の推薦状
doc-employer-registration = 雇用主の営業許可証または登記証明
doc-marriage-certificate = 婚姻証明書
doc-livelihood-and-housing = 安定した収入と住居の証明
doc-investment-proof = 払込済みの投資の証明（验资报告）
doc-tax-records = 投資先企業の納税記録
