## The interview: questions, why each is asked, choices and input hints.
## Official Chinese names appear beside the translation so people can match them to forms.

q-goal = What would you like to do in China?
q-goal-why = We only ask about the routes that serve your plan.
choice-goal-work = Work there
choice-goal-settle = Settle (permanent residence)
choice-goal-both = Work, then settle
choice-goal-unsure = Not sure — show everything

q-age = How old are you?
q-age-why = Work permits have age limits (18 to 60 for category B), and age earns points.

q-work-city = In which city will you work (or do you work) in mainland China?
q-work-city-why = Salary thresholds are multiples of the local average wage, which differs by city.
choice-city-beijing = Beijing 北京
choice-city-shanghai = Shanghai 上海
choice-city-guangzhou = Guangzhou 广州
choice-city-shenzhen = Shenzhen 深圳
choice-city-changzhou = Changzhou 常州
choice-city-other = Another city

q-other-city-region = Where is that city?
q-other-city-region-why = Jobs in the western region, the north-east or designated special areas earn 10 extra points.
choice-region-west = Western region (e.g. Chengdu)
choice-region-northeast = North-east old industrial base
choice-region-special-area = Special or poverty-relief area
choice-region-elsewhere = Elsewhere (e.g. Hangzhou)
choice-dont-know = I don't know

q-other-city-average-wage = What is the average annual wage in your city, in yuan?
q-other-city-average-wage-why = We have no current figure for your city, and the salary rules are multiples of it. The local science and technology bureau publishes it (社会平均工资).

q-job-offer = Do you have a job offer from an employer registered in mainland China?
q-job-offer-why = Every work permit is applied for by a Chinese employer; without one there is no permit.

q-annual-salary = What gross annual salary does (or will) your employer in China pay you, in yuan?
q-annual-salary-why = Salary earns up to 20 points, and 6× or 4× the local average wage qualifies you for category A or B on its own.

q-highest-degree = What is your highest qualification?
q-highest-degree-why = Education earns up to 20 points, and degrees open several routes. A top international vocational certificate counts as a doctorate.
choice-degree-doctorate = Doctorate or top skill cert.
choice-degree-master = Master's degree
choice-degree-bachelor = Bachelor's degree
choice-degree-below-bachelor = Below a bachelor's degree

q-experience-years = How many years of work experience related to the job do you have, after graduating?
q-experience-years-why = Category B usually needs 2 years, and experience earns up to 20 points.

q-months-in-china = How many months a year will you work in China?
q-months-in-china-why = Time spent working in China earns up to 15 points.
choice-months-nine-plus = 9 months or more
choice-months-six-to-nine = 6 to 9 months
choice-months-three-to-six = 3 to 6 months
choice-months-under-three = Less than 3 months

q-chinese-level = What is your level of Chinese? Choose the highest that applies.
q-chinese-level-why = Chinese earns up to 5 points.
choice-chinese-hsk5-plus = HSK 5 or higher
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = A degree taught in Chinese
choice-chinese-former-citizen = I was a Chinese citizen
choice-chinese-none = None of these

q-achievements = Do any of these describe you? Tap all that apply, then Done.
q-achievements-details = • Chinese talent programme: selected for a national or provincial one
    • Senior role: at a major employer, or associate professor and above
    • Funded founder: patents and a large, stable investment
q-achievements-why = Each one qualifies you for category A (外国高端人才) on its own.
choice-achievement-talent-programme = Chinese talent programme
choice-achievement-international-award = Top award or academy member
choice-achievement-senior-post = Senior role or assoc. prof.
choice-achievement-postdoc = Postdoc at a top university
choice-achievement-founder-investor = Funded founder with patents
choice-none-of-these = None of these

q-background = Which of these apply to you? Tap all that apply, then Done.
q-background-details = • Science or tech: science, technology, engineering or maths
    • Intl. skill certificate: an international vocational skill certificate
    • Teaching licence: a teaching degree, licence or 120-hour TEFL
q-background-why = They earn bonus points and open category B and K visa routes.
choice-background-top-university = Top-ranked university
choice-background-studied-in-china = Degree earned in China
choice-background-stem-degree = Science or tech degree
choice-background-fortune500 = Fortune Global 500 employer
choice-background-patents = Patents or other IP
choice-background-five-years-in-china = 5 or more years in China
choice-background-skill-certificate = Intl. skill certificate
choice-background-language-teacher = Native-language teacher
choice-background-teaching-qualification = Teaching licence or TEFL

q-clean-record = Can you get a certificate of no criminal record from the country where you live?
q-clean-record-why = Every permit and permanent residence requires no criminal record.

q-medical-check = Do you expect to pass a standard medical examination?
q-medical-check-why = A health certificate is required for the work permit and for permanent residence.

q-job-kind = Is the job one of these?
q-job-kind-why = Category C (外国普通人员) is only for these quota jobs (intergovernmental ones include internships; other quota jobs include domestic helpers of category A talent); a low score alone qualifies for nothing.
choice-job-short-term = Temporary work, 90 days max
choice-job-seasonal = Seasonal work
choice-job-intergovernmental = Intergovernmental agreement
choice-job-other-quota = Another quota job
choice-job-none = None of these

q-china-work-start = When did you start working in China on a work permit? Type the month and year.
q-china-work-start-why = The salary route to permanent residence needs 4 consecutive years of work in China.
choice-not-yet = Not yet

q-days-in-china-each-year = In each of the last 4 years, did you spend at least 183 days in China?
q-days-in-china-each-year-why = The salary route needs you to have actually lived in China at least half of each year.

q-pr-lowest-salary = Over the last 4 years, what was your lowest gross annual salary in China, in yuan?
q-pr-lowest-salary-why = The salary must reach 6× the local average wage in every one of the 4 years.

q-pr-lowest-tax = Over the same 4 years, what is the least individual income tax you paid in one year, in yuan?
q-pr-lowest-tax-why = Tax paid each year must reach 20% of the salary standard. Your tax bureau certificates (完税证明) show it.

q-employer-recommendation = Will your current employer write a recommendation letter for your application?
q-employer-recommendation-why = The salary route needs a recommendation from your employer.

q-china-ties = Do any of these apply to you? Tap all that apply, then Done.
q-china-ties-details = • Government recommendation: by a ministry or a provincial government
    • Senior post: held in China for 4 consecutive years or more
    • Spouse: a Chinese citizen or a permanent resident of China
    • Joining family: your direct relatives (parents, spouse, children) in China
q-china-ties-why = Each opens a different route to permanent residence (外国人永久居留).
choice-tie-chinese-origin = Chinese origin (外籍华人)
choice-tie-government-recommendation = Government recommendation
choice-tie-senior-post = Senior post for 4 years
choice-tie-investor = Direct investment in China
choice-tie-spouse = Spouse is Chinese or has PR
choice-tie-parent = Under 18, joining a parent
choice-tie-relatives = 60 or over, joining family

q-post-residence = In those 4 years, did you live in China for at least 3 years in total?
q-post-residence-why = The post-holder route needs 3 years of residence within the 4 years.

q-investment-usd = How much have you invested directly in China (paid-in capital), in US dollars?
q-investment-usd-why = The minimum depends on where and in which sector you invested.

q-investment-region = Where or in what did you invest?
q-investment-region-why = The minimum is US$500,000 in encouraged industries (Foreign Investment Catalogue) or the west, US$1 million in the central region, US$2 million elsewhere.
choice-investment-encouraged-sector = An encouraged industry
choice-investment-west = Western region or poor county
choice-investment-central = The central region
choice-investment-elsewhere = Elsewhere in China

q-investment-stable = Has the investment been stable for 3 consecutive years, with a good tax record?
q-investment-stable-why = The investment route needs 3 stable years and a good tax record.

q-marriage-years = How many years have you been married?
q-marriage-years-why = The spouse route needs 5 years of marriage.

q-residence-years-in-china = How many consecutive years have you lived in China?
q-residence-years-in-china-why = Family routes need 5 consecutive years of residence in China.

q-nine-months-each-year = Have you lived in China at least 9 months in each of those years?
q-nine-months-each-year-why = Family routes need at least 9 months in China every year.

q-stable-livelihood = Do you have a stable income and a place to live in China?
q-stable-livelihood-why = Family routes need a stable livelihood and housing.

q-no-relatives-abroad = Are all your direct relatives (parents, spouse, children) living in China, with none left abroad?
q-no-relatives-abroad-why = The route for relatives aged 60 and over requires it.

hint-whole-number = Type a whole number, for example 34.
hint-money = Type an amount in yuan, for example 565,548 or 56.5万 or 565k.
hint-money-usd = Type an amount in US dollars, for example 500,000 or 0.5m.
hint-month-year = For example 2021-03 or March 2021.
