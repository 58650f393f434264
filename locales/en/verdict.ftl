## The verdict: routes, criteria, what would change a failed criterion, caveats, points.

verdict-title = Your eligibility, as of { $date }
verdict-no-routes = None of the routes we check fits your answers yet. The details below show what is missing.
verdict-details-prompt = Tap a route for the details: every criterion, the rule and its source.
verdict-status-eligible = ✅ Eligible
verdict-status-eligible-if-confirmed = 🟡 Eligible if confirmed
verdict-status-not-eligible = ❌ Not eligible yet
verdict-status-not-applicable = Not relevant to you
verdict-unknown-explained = “Eligible if confirmed” means everything you know is fine and the rest depends on answers you marked “I don't know”.
verdict-family-work-permit = Work permit (外国人来华工作许可)
verdict-family-visa = Visas
verdict-family-permanent-residence = Permanent residence (外国人永久居留)
verdict-all-of = All of these:
verdict-any-of = Any one of these:
verdict-criterion-met = ✅
verdict-criterion-not-met = ❌
verdict-criterion-unknown = ❔
verdict-your-value = You: { $value }
verdict-threshold = Needed: { $threshold }
# $amount (a number): the shortfall, for a verb's agreement; $quantity: the shortfall with its unit
verdict-shortfall = Short by { $quantity }
verdict-reached-on = Reached on { $date }
verdict-your-answer = Your answer: { $answer }
verdict-parameter-used = Based on { $parameter }: { $value }, in force from { $date }
verdict-parameter-reference-year = (figure for { $year })
verdict-rule-source = Rule: { $source }, in force from { $date } · { $confidence }
verdict-confidence-confirmed = confirmed in an official text
verdict-confidence-secondary = from secondary sources
verdict-confidence-unconfirmed = not yet confirmed, treat with care
verdict-points-title = Points: { $total } of 120
verdict-points-range = Points: between { $low } and { $high } of 120 (some answers unknown)
verdict-points-line = { $factor }: { $points } of { $maximum }
verdict-points-line-unknown = { $factor }: unknown (up to { $maximum })
verdict-points-improve = Ways to gain points:
verdict-next-steps = Next steps
verdict-documents = Documents to prepare
verdict-document-valid = { $document } (issued within { $months ->
        [one] { $months } month
       *[other] { $months } months
    })
verdict-sources = Sources
verdict-source-line = { $title } — { $issuer }, { $date }
verdict-disclaimer = This is guidance, not a legal decision. Rules and figures change: confirm them with the local science and technology bureau (work permits) or the exit-entry administration of the public security bureau (residence) before you apply.
verdict-draft-note = A 2020 draft regulation on permanent residence was published for comment only; it is not law, and this check does not use it.
verdict-why-button = Why? { $route }
verdict-back-to-summary = ◀ Summary
verdict-change-answers = ✏️ Change an answer
verdict-restart = 🔄 Start again

unit-cny-per-year = { $amount } yuan a year
unit-cny = { $amount } yuan
unit-usd = US${ $amount }
unit-years = { $amount ->
        [one] { $amount } year
       *[other] { $amount } years
    }
unit-age = { $amount ->
        [one] { $amount } year old
       *[other] { $amount } years old
    }
unit-points = { $amount ->
        [one] { $amount } point
       *[other] { $amount } points
    }
unit-multiplier = { $amount }×
unit-ratio = { NUMBER($amount, style: "percent") }

parameter-local-average-wage = the local average wage
parameter-wp-a-salary-multiple = the category A multiple
parameter-wp-b-salary-multiple = the category B multiple
parameter-pr-salary-multiple = the permanent-residence multiple
parameter-pr-tax-ratio = the tax share
parameter-wp-min-age = the minimum age
parameter-wp-b-max-age = the category B age limit
parameter-k-visa-max-age = the reported K visa age limit
parameter-pr-spouse-min-years = the years required
parameter-pr-elderly-min-age = the minimum age
parameter-pr-investment-minimum = the minimum investment

route-wp-a = Work permit, category A — high-end talent (外国高端人才)
route-wp-a-short = Work permit A
route-wp-a-summary = No quota, fast track, no age or experience limits; leads to the R talent visa.
route-wp-b = Work permit, category B — professional (外国专业人才)
route-wp-b-short = Work permit B
route-wp-b-summary = The usual permit for graduates with experience; up to age 60; limited by market demand.
route-wp-c = Work permit, category C — quota jobs (外国普通人员)
route-wp-c-short = Work permit C
route-wp-c-summary = Only temporary, seasonal, intergovernmental and other quota jobs.
route-z-visa = Z visa (work visa)
route-z-visa-short = Z visa
route-z-visa-summary = The visa to enter China for work, once your employer has the work permit notice.
route-r-visa = R visa (talent visa)
route-r-visa-short = R visa
route-r-visa-summary = For category A talent: 5 to 10 years, multiple entry, stays up to 180 days, no fees.
route-k-visa = K visa (young science and technology talent)
route-k-visa-short = K visa
route-k-visa-summary = New from 1 October 2025; no employer invitation needed. It does not by itself allow employment.
route-pr-salary-tax = Permanent residence: salary and tax route
route-pr-salary-tax-short = PR: salary and tax
route-pr-salary-tax-summary = 4 years working in China with a salary of at least 6× the local average and tax of at least 20% of that standard.
route-pr-chinese-origin-phd = Permanent residence: foreign nationals of Chinese origin with a doctorate
route-pr-chinese-origin-phd-short = PR: Chinese-origin PhD
route-pr-chinese-origin-phd-summary = Open nationwide to people of Chinese origin with a doctorate who work in China.
route-pr-recommended = Permanent residence: recommended talent
route-pr-recommended-short = PR: recommended talent
route-pr-recommended-summary = For people a ministry, a provincial government or a key development zone recommends.
route-pr-post-holder = Permanent residence: senior post-holders
route-pr-post-holder-short = PR: senior post
route-pr-post-holder-summary = Deputy general manager or associate professor and above, 4 years in post at a qualifying employer.
route-pr-investment = Permanent residence: investors
route-pr-investment-short = PR: investor
route-pr-investment-summary = A stable direct investment in China for 3 years.
route-pr-spouse = Permanent residence: spouse of a Chinese citizen or permanent resident
route-pr-spouse-short = PR: spouse
route-pr-spouse-summary = 5 years of marriage and 5 years living in China.
route-pr-child = Permanent residence: children joining a parent
route-pr-child-short = PR: child
route-pr-child-summary = Unmarried children under 18 joining a parent in China.
route-pr-elderly = Permanent residence: relatives aged 60 and over
route-pr-elderly-short = PR: elderly relative
route-pr-elderly-summary = For people aged 60 or over joining direct relatives in China, with none abroad.

crit-adult = Aged 18 or over
crit-b-age-limit = Not over 60 (category B)
crit-job-offer = A job offer from an employer registered in China
crit-clean-record = No criminal record
crit-medical = Passes the medical examination
crit-talent-programme = Selected for a recognised talent programme
crit-international-award = Internationally recognised achievement (major award, academy membership)
crit-encouraged-post = Senior post in an encouraged employer or academic rank of associate professor and above
crit-salary-6x = Salary at least 6× the local average wage
crit-salary-4x = Salary at least 4× the local average wage
crit-innovation-founder = Innovation and entrepreneurship talent
crit-young-postdoc = Under 40 and a postdoctoral researcher at a well-known university
crit-points-a = At least 85 points
crit-points-b = At least 60 points
crit-degree-and-experience = Bachelor's degree or higher and at least 2 years of related experience
crit-graduate = Master's or higher from a Chinese university or a top-ranked university abroad
crit-language-teacher = Native-language teacher with a degree and 2 years' experience or a teaching qualification
crit-quota-job = The job is a category C quota job
crit-z-work-permit = Qualifies for a work permit (category A, B or C)
crit-r-category-a = Qualifies as category A high-end talent
crit-k-young = Within the reported age limit
crit-k-stem-degree = Bachelor's or higher in a science, technology, engineering or maths field
crit-k-known-university = From a well-known university or research institution
crit-pr-four-years = Worked in China for 4 consecutive years
crit-pr-days-each-year = At least 183 days in China in each of those years
crit-pr-salary-6x = Salary at least 6× the local average wage in each year
crit-pr-tax = Income tax each year at least 20% of the salary standard
crit-pr-employer-recommendation = Recommendation letter from the employer
crit-pr-chinese-origin = Of Chinese origin
crit-pr-doctorate = Holds a doctorate
crit-pr-working-in-china = Works in China
crit-pr-government-recommendation = Recommended by a ministry, a provincial government or a key development zone
crit-pr-post-four-years = Senior post held for 4 consecutive years
crit-pr-post-residence = At least 3 years of residence in China within those 4 years
crit-pr-investment-amount = Investment at or above the minimum for its region or sector
crit-pr-investment-stable = Investment stable for 3 years, with a good tax record
crit-pr-married-years = Married for at least 5 years
crit-pr-residence-years = At least 5 consecutive years living in China
crit-pr-nine-months = At least 9 months in China every year
crit-pr-livelihood = Stable livelihood and housing
crit-pr-minor = Under 18
crit-pr-parent = Joining a parent who is a Chinese citizen or permanent resident
crit-pr-sixty = Aged 60 or over
crit-pr-relatives = Joining direct relatives in China
crit-pr-none-abroad = No direct relatives abroad

hint-job-offer = Find an employer in China first: the employer applies for the permit on your behalf.
hint-clean-record = Every route requires a clean record; ask the authority in your country about the certificate.
hint-medical = A health certificate from a designated hospital is required.
hint-salary-short = Your salary is { $shortfall } yuan a year below the bar of { $threshold } yuan a year. A higher offer, or another criterion, would change this.
hint-points = You need { $shortfall ->
        [one] { $shortfall } more point
       *[other] { $shortfall } more points
    }.
hint-b-age-limit = Over 60, only category A remains open (Beijing and Shenzhen enforce this strictly).
hint-degree-and-experience = Two years of related experience after your degree would meet this.
hint-quota-job = Category C covers only these jobs. Scoring under 60 points alone does not qualify for any permit.
hint-z-work-permit = The Z visa follows a work permit: once your employer receives the notice, you can apply.
hint-r-category-a = The R visa is for category A; meeting any category A criterion would open it.
hint-pr-four-years = You will reach 4 years on { $date }, if you keep working in China.
hint-pr-four-years-not-started = Once you start working in China, you will need 4 consecutive years.
hint-pr-days-each-year = Each year needs at least 183 days actually spent in China.
hint-pr-tax-short = Your income tax is { $shortfall } yuan a year below the { $threshold } yuan a year required.
hint-pr-employer-recommendation = Ask your employer's HR for the recommendation letter; it is required.
hint-pr-working-in-china = This route needs you to be working in China.
hint-pr-post-residence = Three years of residence within the 4 years are needed.
hint-pr-investment-amount = The investment is US${ $shortfall } below the minimum of US${ $threshold }.
hint-pr-investment-stable = The investment must have been stable for 3 years.

note-a-record-commitment = Category A applicants may replace some authentication with a written commitment.
note-salary-enforcement-2026 = Since February 2026 Beijing and Shanghai block salary-route applications below this bar.
note-unconfirmed-wording = The exact official wording of this criterion has not been confirmed; ask the bureau.
note-b-age-enforcement = Some reports mention 55 for women; the classification standard says 60.
note-b-salary-2026 = Since 2026 some cities may also check the 4× salary bar for this route; sources disagree.
note-b-4x-conditions = Sources differ on whether this route also needs a skill certificate or 2 years' experience.
note-k-age-unconfirmed = The age limit of 45 is reported but not confirmed by an official text; check with the consulate.
note-k-no-employment = The K visa does not by itself allow you to take a job: employment still needs a work permit.
note-pr-salary-each-year = We compare your lowest year with the current standard; the bureau checks each year against that year's figure, which was lower in earlier years.
note-pr-tax-reading = The official text says 20% of the salary standard (工资性年收入标准). Some articles read it as 20% of your own income; confirm with the bureau.
note-pr-post-employers = Qualifying employers: State Council departments, key universities, high-tech and encouraged foreign-invested enterprises, and similar.

points-work-permit = Work permit points (积分)
points-salary = Annual salary
points-education = Education
points-experience = Work experience
points-time-in-china = Months a year in China
points-chinese = Chinese language
points-location = Work location
points-age = Age
points-bonus = University, Fortune 500, patents or 5 years in China
points-local-bonus = Local bonus set by the province
improve-salary = A higher salary: 20 points from 450,000 yuan.
improve-experience = Each further year of experience adds a point.
improve-time-in-china = Working 9 months or more a year in China gives 15 points.
improve-chinese = Passing HSK 4 gives 4 points, HSK 5 gives 5.
improve-location = Jobs in the western region or the north-east give 10 points.
improve-local-bonus = Provinces may add up to 10 points for local shortage talent; ask the local bureau.
