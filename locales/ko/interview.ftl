## 진단 질문: 질문, 질문 이유, 선택지, 입력 도움말.
## 공식 중국어 명칭을 함께 적어 서류와 대조할 수 있게 했습니다.

q-goal = 중국에서 무엇을 하고 싶으신가요?
q-goal-why = 계획에 맞는 경로에 대해서만 질문합니다.
choice-goal-work = 취업
choice-goal-settle = 정착(영주권)
choice-goal-both = 취업 후 정착
choice-goal-unsure = 아직 미정 — 모두 보기

q-age = 나이가 어떻게 되십니까?(만 나이)
q-age-why = 취업허가에는 나이 제한(B급은 18~60세)이 있으며, 나이에 따라 점수도 달라집니다.

q-work-city = 중국 본토의 어느 도시에서 근무할 예정이십니까(또는 근무 중이십니까)?
q-work-city-why = 급여 기준은 현지 평균임금의 배수로 정해지며, 평균임금은 도시마다 다릅니다.
choice-city-beijing = 베이징 北京
choice-city-shanghai = 상하이 上海
choice-city-guangzhou = 광저우 广州
choice-city-shenzhen = 선전 深圳
choice-city-changzhou = 창저우 常州
choice-city-other = 다른 도시

q-other-city-region = 그 도시는 어느 지역에 있습니까?
q-other-city-region-why = 서부 지역, 동북 지역 또는 지정된 특별 지역에서 근무하면 10점이 추가됩니다.
choice-region-west = 서부 지역(예: 청두)
choice-region-northeast = 동북 노후 공업기지
choice-region-special-area = 특별 지역·빈곤 구제 지역
choice-region-elsewhere = 기타 지역(예: 항저우)
choice-dont-know = 잘 모르겠어요

q-other-city-average-wage = 근무 도시의 연평균 임금은 몇 위안입니까?
q-other-city-average-wage-why = 해당 도시의 최신 수치가 없는데, 급여 기준은 이 금액의 배수로 정해집니다. 현지 과학기술국에서 이 수치(社会平均工资)를 공표합니다.

q-job-offer = 중국 본토에 등록된 고용주로부터 채용 제안을 받으셨습니까?
q-job-offer-why = 모든 취업허가는 중국의 고용주가 신청합니다. 고용주가 없으면 허가도 받을 수 없습니다.

q-annual-salary = 중국의 고용주가 지급하는(또는 지급할) 세전 연봉은 몇 위안입니까?
q-annual-salary-why = 급여로 최대 20점을 받을 수 있으며, 현지 평균임금의 6배 또는 4배이면 그것만으로 A급 또는 B급 요건을 충족합니다.

q-highest-degree = 최종 학력은 무엇입니까?
q-highest-degree-why = 학력으로 최대 20점을 받을 수 있고, 학위에 따라 여러 경로가 열립니다. 국제 최상위 직업 자격은 박사와 같이 인정됩니다.
choice-degree-doctorate = 박사 또는 최상위 직업 자격
choice-degree-master = 석사
choice-degree-bachelor = 학사
choice-degree-below-bachelor = 학사 미만

q-experience-years = 졸업 후 해당 직무와 관련된 경력은 몇 년입니까?
q-experience-years-why = B급은 보통 2년 경력이 필요하며, 경력으로 최대 20점을 받을 수 있습니다.

q-months-in-china = 1년 중 몇 개월을 중국에서 근무하십니까?
q-months-in-china-why = 중국 내 근무 기간으로 최대 15점을 받을 수 있습니다.
choice-months-nine-plus = 9개월 이상
choice-months-six-to-nine = 6~9개월
choice-months-three-to-six = 3~6개월
choice-months-under-three = 3개월 미만

q-chinese-level = 중국어 수준은 어느 정도입니까? 해당하는 것 중 가장 높은 항목을 선택하세요.
q-chinese-level-why = 중국어로 최대 5점을 받을 수 있습니다.
choice-chinese-hsk5-plus = HSK 5급 이상
choice-chinese-hsk4 = HSK 4급
choice-chinese-hsk3 = HSK 3급
choice-chinese-hsk2 = HSK 2급
choice-chinese-hsk1 = HSK 1급
choice-chinese-taught-in-chinese = 중국어로 수업하는 과정의 학위
choice-chinese-former-citizen = 과거 중국 국적 보유
choice-chinese-none = 해당 없음

q-achievements = 다음 중 해당하는 것이 있습니까? 해당 항목을 모두 누른 뒤 ‘완료’를 누르세요.
q-achievements-details = • 인재 프로그램: 중국 국가급·성급 인재 프로그램에 선정
    • 고위직: 대형 고용주의 고위직, 또는 부교수 이상
    • 창업자: 특허와 대규모의 안정적 투자 보유
q-achievements-why = 하나만 해당해도 그것만으로 A급(外国高端人才) 요건을 충족합니다.
choice-achievement-talent-programme = 중국 인재 프로그램 선정
choice-achievement-international-award = 국제 대상·학술원 회원
choice-achievement-senior-post = 고위직 또는 부교수 이상
choice-achievement-postdoc = 유명 대학 박사후 연구원
choice-achievement-founder-investor = 특허·투자 보유 창업자
choice-none-of-these = 해당 없음

q-background = 다음 중 해당하는 것은 무엇입니까? 해당 항목을 모두 누른 뒤 ‘완료’를 누르세요.
q-background-details = • 이공계: 과학·기술·공학·수학
    • 교원 자격: 교육학 학위, 교원 자격 또는 120시간 TEFL
q-background-why = 가산점을 받을 수 있고, B급 및 K 비자 경로가 열립니다.
choice-background-top-university = 세계 상위권 대학 졸업
choice-background-studied-in-china = 중국 대학 학위
choice-background-stem-degree = 이공계 학위
choice-background-fortune500 = 글로벌 500대 기업 근무
choice-background-patents = 특허·지식재산권 보유
choice-background-five-years-in-china = 중국 5년 이상 연속 근무
choice-background-skill-certificate = 국제 직업기능 자격증
choice-background-language-teacher = 모국어를 가르칠 예정
choice-background-teaching-qualification = 교원 자격 또는 TEFL

q-clean-record = 현재 거주하는 국가에서 범죄경력증명서(무범죄 증명)를 발급받을 수 있습니까?
q-clean-record-why = 모든 취업허가와 영주권은 범죄 경력이 없을 것을 요구합니다.

q-medical-check = 일반 건강검진을 통과할 수 있을 것으로 예상하십니까?
q-medical-check-why = 취업허가와 영주권 모두 건강증명서가 필요합니다.

q-job-kind = 해당 일자리가 다음 중 하나에 해당합니까?
q-job-kind-why = C급(外国普通人员)은 이러한 쿼터 직종에만 해당합니다(정부 간 협정에는 인턴십 포함, 기타 쿼터 직종의 예: A급 인재의 가사도우미). 점수가 낮다는 것만으로는 어떤 허가도 받을 수 없습니다.
choice-job-short-term = 90일 이하 임시 근무
choice-job-seasonal = 계절 근무
choice-job-intergovernmental = 정부 간 협정(인턴십 포함)
choice-job-other-quota = 기타 쿼터 직종
choice-job-none = 해당 없음

q-china-work-start = 취업허가를 받고 중국에서 근무를 시작한 것은 언제입니까? 연도와 월을 입력하세요.
q-china-work-start-why = 급여 경로로 영주권을 받으려면 중국에서 4년 연속 근무해야 합니다.
choice-not-yet = 아직 아님

q-days-in-china-each-year = 최근 4년 동안 매년 중국에서 183일 이상 체류하셨습니까?
q-days-in-china-each-year-why = 급여 경로는 매년 최소 절반 이상을 실제로 중국에서 생활했을 것을 요구합니다.

q-pr-lowest-salary = 최근 4년 중 중국에서 받은 세전 연봉이 가장 낮았던 해의 금액은 몇 위안입니까?
q-pr-lowest-salary-why = 4년 모두 매년 급여가 현지 평균임금의 6배에 이르러야 합니다.

q-pr-lowest-tax = 같은 4년 중 개인소득세를 가장 적게 낸 해의 납부액은 몇 위안입니까?
q-pr-lowest-tax-why = 매년 낸 세금이 급여 기준의 20%에 이르러야 합니다. 세무 당국의 납세증명서(完税证明)에서 확인할 수 있습니다.

q-employer-recommendation = 현재 고용주가 신청에 필요한 추천서를 써 줄 예정입니까?
q-employer-recommendation-why = 급여 경로에는 고용주의 추천이 필요합니다.

q-china-ties = 다음 중 해당하는 것은 무엇입니까? 해당 항목을 모두 누른 뒤 ‘완료’를 누르세요.
q-china-ties-details = • 정부 추천: 중앙 부처 또는 성 정부의 추천
    • 고위직: 중국에서 4년 이상 연속 재직
    • 결혼: 중국 국민 또는 중국 영주권자와
    • 직계 친족: 중국에 있는 부모·배우자·자녀
q-china-ties-why = 항목마다 서로 다른 영주권(外国人永久居留) 경로가 열립니다.
choice-tie-chinese-origin = 중국계 외국인(外籍华人)
choice-tie-government-recommendation = 정부 추천 예정
choice-tie-senior-post = 중국 고위직 4년 이상
choice-tie-investor = 중국에 직접투자
choice-tie-spouse = 중국 국민·영주권자와 결혼
choice-tie-parent = 18세 미만, 부모와 합류
choice-tie-relatives = 60세 이상, 직계 친족 합류

q-post-residence = 그 4년 동안 중국에서 모두 합쳐 3년 이상 거주하셨습니까?
q-post-residence-why = 고위직 재직자 경로는 4년 중 3년 이상 거주를 요구합니다.

q-investment-usd = 중국에 직접투자한 금액(납입 자본금)은 몇 달러입니까?
q-investment-usd-why = 최저 금액은 투자 지역과 업종에 따라 다릅니다.

q-investment-region = 어느 지역 또는 분야에 투자하셨습니까?
q-investment-region-why = 최저 금액은 장려 업종(외국인투자 산업지도목록)이나 서부 지역은 50만 달러, 중부 지역은 100만 달러, 그 밖의 지역은 200만 달러입니다.
choice-investment-encouraged-sector = 장려 산업
choice-investment-west = 서부 지역·빈곤 중점 현
choice-investment-central = 중부 지역
choice-investment-elsewhere = 중국 내 기타 지역

q-investment-stable = 투자가 3년 연속 안정적으로 유지되었고 납세 기록도 양호합니까?
q-investment-stable-why = 투자 경로는 3년간의 안정적인 투자와 양호한 납세 기록을 요구합니다.

q-marriage-years = 결혼한 지 몇 년 되셨습니까?
q-marriage-years-why = 배우자 경로는 혼인 기간 5년을 요구합니다.

q-residence-years-in-china = 중국에서 연속으로 몇 년 거주하셨습니까?
q-residence-years-in-china-why = 가족 경로는 중국에서 5년 연속 거주를 요구합니다.

q-nine-months-each-year = 그 기간 동안 매년 9개월 이상 중국에서 거주하셨습니까?
q-nine-months-each-year-why = 가족 경로는 매년 9개월 이상 중국 체류를 요구합니다.

q-stable-livelihood = 중국에 안정적인 소득과 거처가 있습니까?
q-stable-livelihood-why = 가족 경로는 안정적인 생계와 주거를 요구합니다.

q-no-relatives-abroad = 직계 친족(부모, 배우자, 자녀)이 모두 중국 안에서 생활하고 있습니까?
q-no-relatives-abroad-why = 60세 이상 친족 경로는 해외에 직계 친족이 없을 것을 요구합니다.

hint-whole-number = 정수로 입력하세요. 예: 34
hint-money = 위안화 금액을 입력하세요. 예: 565,548 또는 56.5만 또는 565k
hint-money-usd = 달러 금액을 입력하세요. 예: 500,000 또는 50만
hint-month-year = 예: 2021-03 또는 2021년 3월
