## 質問：質問文、質問の理由、選択肢、入力のヒント。
## 公式の中国語名を併記し、書類と照らし合わせられるようにしています。

q-goal = 中国で何をしたいですか？
q-goal-why = あなたの計画に関係するルートについてのみ質問します。
choice-goal-work = 働く
choice-goal-settle = 定住する（永住権）
choice-goal-both = 働いてから定住する
choice-goal-unsure = まだ未定 — すべて見る

q-age = 現在の年齢を教えてください。
q-age-why = 就労許可には年齢制限があり（B類は18〜60歳）、年齢はポイントにも影響します。

q-work-city = 中国本土のどの都市で働く予定ですか（または働いていますか）？
q-work-city-why = 給与基準は現地の平均賃金の倍数で決まり、平均賃金は都市によって異なります。
choice-city-beijing = 北京
choice-city-shanghai = 上海
choice-city-guangzhou = 広州
choice-city-shenzhen = 深圳
choice-city-changzhou = 常州
choice-city-other = その他の都市

q-other-city-region = その都市はどの地域にありますか？
q-other-city-region-why = 西部地域、東北地域、または指定された特別地域での仕事には10点が加算されます。
choice-region-west = 西部地域（例：成都）
choice-region-northeast = 東北の旧工業基地
choice-region-special-area = 特別地域・貧困対策地域
choice-region-elsewhere = その他（例：杭州）
choice-dont-know = わからない

q-other-city-average-wage = その都市の年間平均賃金は何元ですか？
q-other-city-average-wage-why = この都市の最新データがなく、給与の基準はその倍数で決まります。現地の科学技術局が公表しています（社会平均工资）。

q-job-offer = 中国本土で登記された雇用主から内定を得ていますか？
q-job-offer-why = 就労許可はすべて中国の雇用主が申請します。雇用主がいなければ許可は得られません。

q-annual-salary = 中国の雇用主から支払われる（予定の）税引前の年収は何元ですか？
q-annual-salary-why = 給与は最大20点で、現地平均賃金の6倍または4倍あれば、それだけでA類またはB類の要件を満たします。

q-highest-degree = 最終学歴を教えてください。
q-highest-degree-why = 学歴は最大20点で、学位によって複数のルートが開けます。国際的な最上位の職業資格は博士と同等に扱われます。
choice-degree-doctorate = 博士・国際最上位の職業資格
choice-degree-master = 修士
choice-degree-bachelor = 学士
choice-degree-below-bachelor = 学士未満

q-experience-years = 卒業後、その仕事に関連する職務経験は何年ありますか？
q-experience-years-why = B類には通常2年の経験が必要で、職務経験は最大20点です。

q-months-in-china = 1年のうち何か月、中国で働きますか？
q-months-in-china-why = 中国での就労期間は最大15点です。
choice-months-nine-plus = 9か月以上
choice-months-six-to-nine = 6〜9か月
choice-months-three-to-six = 3〜6か月
choice-months-under-three = 3か月未満

q-chinese-level = 中国語のレベルはどのくらいですか？当てはまるもののうち最も高いものを選んでください。
q-chinese-level-why = 中国語は最大5点です。
choice-chinese-hsk5-plus = HSK 5級以上
choice-chinese-hsk4 = HSK 4級
choice-chinese-hsk3 = HSK 3級
choice-chinese-hsk2 = HSK 2級
choice-chinese-hsk1 = HSK 1級
choice-chinese-taught-in-chinese = 中国語で学んだ学位
choice-chinese-former-citizen = 以前、中国国籍だった
choice-chinese-none = いずれも該当しない

q-achievements = 次のうち当てはまるものはありますか？該当するものをすべてタップし、「完了」を押してください。
q-achievements-details = • 人材計画：中国の国家・省レベルの人材プログラムに選出
    • 上級職：大手雇用主での上級職、または准教授以上
    • 創業者：特許と大規模で安定した投資を持つ
q-achievements-why = いずれか1つで、それだけでA類（外国高端人才）の要件を満たします。
choice-achievement-talent-programme = 中国の人材計画に選出
choice-achievement-international-award = 国際的な大賞・院士
choice-achievement-senior-post = 上級職・准教授以上
choice-achievement-postdoc = 有名大学のポスドク
choice-achievement-founder-investor = 特許と投資のある創業者
choice-none-of-these = いずれも該当しない

q-background = 次のうち当てはまるものはありますか？該当するものをすべてタップし、「完了」を押してください。
q-background-details = • 理系：科学・技術・工学・数学
    • 教員免許：教育学の学位、教員免許、または120時間のTEFL
q-background-why = 加点の対象となり、B類やKビザへのルートが開けます。
choice-background-top-university = 世界トップ大学を卒業
choice-background-studied-in-china = 中国の大学で学位取得
choice-background-stem-degree = 理系の学位
choice-background-fortune500 = 世界500強企業で勤務
choice-background-patents = 特許・知的財産を保有
choice-background-five-years-in-china = 中国で連続5年以上勤務
choice-background-skill-certificate = 国際職業技能資格
choice-background-language-teacher = 母語を教える予定
choice-background-teaching-qualification = 教員免許・TEFL

q-clean-record = お住まいの国で犯罪経歴証明書（無犯罪証明）を取得できますか？
q-clean-record-why = 就労許可にも永住権にも、犯罪歴がないことが求められます。

q-medical-check = 一般的な健康診断に合格する見込みですか？
q-medical-check-why = 就労許可と永住権の申請には健康証明書が必要です。

q-job-kind = その仕事は次のいずれかに当たりますか？
q-job-kind-why = C類（外国普通人员）はこうした枠内の職種に限られます（政府間協定にはインターンを含み、その他の例はA類人材の家事使用人など）。点数が低いというだけでは、どの許可の要件も満たしません。
choice-job-short-term = 90日以内の臨時の仕事
choice-job-seasonal = 季節労働
choice-job-intergovernmental = 政府間協定（研修含む）
choice-job-other-quota = その他の枠内職種
choice-job-none = いずれも該当しない

q-china-work-start = 就労許可を得て中国で働き始めたのはいつですか？年と月を入力してください。
q-china-work-start-why = 給与ルートで永住権を得るには、中国で4年連続して働いている必要があります。
choice-not-yet = まだ働いていない

q-days-in-china-each-year = 直近4年間の各年に、中国に183日以上滞在しましたか？
q-days-in-china-each-year-why = 給与ルートでは、毎年少なくとも半年は実際に中国で生活している必要があります。

q-pr-lowest-salary = 直近4年間で、中国での税引前年収が最も低かった年は何元でしたか？
q-pr-lowest-salary-why = 4年間のどの年も、給与が現地平均賃金の6倍に達している必要があります。

q-pr-lowest-tax = 同じ4年間で、1年間に納めた個人所得税が最も少なかった年は何元でしたか？
q-pr-lowest-tax-why = 毎年の納税額が給与基準の20%に達している必要があります。税務当局の納税証明書（完税证明）で確認できます。

q-employer-recommendation = 現在の雇用主は、申請のための推薦状を書いてくれますか？
q-employer-recommendation-why = 給与ルートには雇用主の推薦が必要です。

q-china-ties = 次のうち当てはまるものはありますか？該当するものをすべてタップし、「完了」を押してください。
q-china-ties-details = • 政府の推薦：中央省庁または省政府による
    • 上級職：中国で4年以上連続して在職
    • 配偶者：中国国民または中国の永住者
    • 直系親族：中国にいる親・配偶者・子
q-china-ties-why = それぞれ、永住権（外国人永久居留）への異なるルートにつながります。
choice-tie-chinese-origin = 中国系（外籍华人）
choice-tie-government-recommendation = 政府の推薦を受けられる
choice-tie-senior-post = 中国で上級職を4年以上
choice-tie-investor = 中国に直接投資している
choice-tie-spouse = 配偶者が中国国民か永住者
choice-tie-parent = 18歳未満、親のもとへ
choice-tie-relatives = 60歳以上、直系親族のもとへ

q-post-residence = その4年間のうち、中国に通算3年以上住んでいましたか？
q-post-residence-why = 役職者ルートでは、4年間のうち3年の居住が必要です。

q-investment-usd = 中国への直接投資額（払込資本）は何米ドルですか？
q-investment-usd-why = 最低額は投資先の地域と業種によって異なります。

q-investment-region = 投資先の地域・分野はどれですか？
q-investment-region-why = 最低額は、奨励業種（外商投資産業指導目録）または西部地域で50万米ドル、中部地域で100万米ドル、その他の地域で200万米ドルです。
choice-investment-encouraged-sector = 奨励類産業
choice-investment-west = 西部地域・貧困対策重点県
choice-investment-central = 中部地域
choice-investment-elsewhere = 中国のその他の地域

q-investment-stable = その投資は3年間連続して安定しており、納税記録も良好ですか？
q-investment-stable-why = 投資ルートには、3年間安定した投資と良好な納税記録が必要です。

q-marriage-years = 結婚して何年になりますか？
q-marriage-years-why = 配偶者ルートには5年の婚姻期間が必要です。

q-residence-years-in-china = 中国に連続して何年住んでいますか？
q-residence-years-in-china-why = 家族ルートには、中国での5年連続の居住が必要です。

q-nine-months-each-year = その各年に、中国に9か月以上住んでいましたか？
q-nine-months-each-year-why = 家族ルートでは、毎年9か月以上中国にいる必要があります。

q-stable-livelihood = 中国で安定した収入と住居がありますか？
q-stable-livelihood-why = 家族ルートには、安定した生計と住居が必要です。

q-no-relatives-abroad = 直系親族（父母・配偶者・子）は全員、中国国内で暮らしていますか？
q-no-relatives-abroad-why = 60歳以上の親族向けルートでは、国外に直系親族がいないことが条件です。

hint-whole-number = 整数で入力してください（例：34）。
hint-money = 人民元の金額を入力してください（例：565,548、56.5万、565k）。
hint-money-usd = 米ドルの金額を入力してください（例：500,000、50万）。
hint-month-year = 例：2021-03、2021年3月
