## 다음 단계와 준비 서류.

step-wp-employer-applies = 고용주가 외국인 취업허가 시스템(外国人来华工作管理服务系统)에서 온라인으로 신청합니다. 심사 단계마다 A급은 최대 { $a_days }영업일, 그 외는 최대 { $other_days }영업일이 걸리며, 그 후 취업허가 통지서(外国人工作许可通知)를 받게 됩니다.
step-wp-a-green-channel = A급은 그린 채널이 적용되어, 서류가 일부 미비해도 신청이 접수될 수 있습니다(容缺受理).
step-wp-c-quota = C급은 쿼터로 관리됩니다. 해당 직무에 쿼터가 남아 있는지 고용주에게 확인하세요.
step-z-visa-apply = 취업허가 통지서를 가지고 중국 대사관 또는 총영사관에서 Z 비자를 신청하세요.
step-r-visa-apply = 외국 고급인재 확인서(外国高端人才确认函)를 가지고 R 비자를 신청하세요. 유효기간 { $min_years }~{ $max_years }년의 복수 비자로 1회 최대 { $stay_days }일 체류할 수 있으며, 본인과 가족의 비자 수수료가 면제됩니다.
step-work-permit-card = 중국 입국 후 { $days }일 이내에 취업허가증(外国人工作许可证)을 온라인으로 신청하세요.
step-residence-permit = 중국 입국 후 { $days }일 이내에 현지 출입경관리부서에 취업 거류허가(工作类居留许可)를 신청하세요. 결정까지 최대 { $decision_days }일이 걸리며, 허가 유효기간은 90일~5년입니다. 수수료: 1년 미만 { $fee_under_1y }위안, 1~3년 { $fee_1_3y }위안, 3~5년 { $fee_3_5y }위안.
step-k-visa-apply = 중국 대사관 또는 총영사관에서 K 비자를 신청하세요. 초청하는 고용주가 없어도 됩니다. 나이 상한과 필요 서류는 총영사관 홈페이지에서 확인하세요.
step-pr-apply = 거주 도시의 공안국 출입경관리부서(公安局出入境管理部门)에 신청하세요. 결정까지 최대 { $months }개월이 걸립니다. 수수료: 1인당 { $application_fee }위안, 영주증 발급비 { $card_fee }위안 별도.
step-pr-salary-documents = 급여 경로는 { $years }년 연속 급여 증명, 개인소득세 납세증명서, 취업허가와 거류허가, 고용주 추천서를 준비하세요.
step-pr-family-alongside = 외국 국적 배우자와 18세 미만 미혼 자녀도 함께 신청할 수 있습니다.
step-pr-after-grant = 영주권을 받은 뒤에는 매년 최소 { $months_a_year }개월 이상 중국에 체류하세요. 영주증 유효기간은 성인 { $adult_years }년, 18세 미만 { $minor_years }년입니다.
step-pr-spouse-documents = 배우자 경로는 혼인증명서와 생계·주거 증명을 추가하세요.
step-pr-investment-documents = 투자 경로는 납입 투자금 증명과 투자 회사의 납세 기록을 추가하세요.

doc-passport = 유효한 여권
doc-work-permit-application = 취업허가 신청서(外国人来华工作许可申请表)
doc-employment-contract = 근로계약서 또는 임용 통지서
doc-degree-certificate = 최종 학위증명서(인증 완료)
doc-experience-proof = 경력 증명(추천서)
doc-no-criminal-record = 아포스티유 또는 영사 확인을 받은 범죄경력증명서(无犯罪记录证明)
doc-medical-certificate = 건강검진 증명서(体检证明)
doc-health-certificate = 지정 보건기관이 발급한 건강증명서
doc-photo = 최근 여권용 사진
doc-work-permit-notice = 취업허가 통지서(外国人工作许可通知)
doc-talent-confirmation-letter = 외국 고급인재 확인서(外国高端人才确认函)
doc-pr-application-form = 영주권 신청서(外国人在中国永久居留申请表)
doc-salary-proofs = 고용주가 발급한 연도별 급여 증명
doc-tax-certificates = 연도별 개인소득세 납세증명서(完税证明)
doc-work-and-residence-permits = 해당 기간의 취업허가 및 취업 거류허가
doc-employer-recommendation-letter = 고용주 추천서
doc-employer-registration = 고용주의 영업허가증(사업자등록) 또는 등록 증명
doc-marriage-certificate = 혼인증명서
doc-livelihood-and-housing = 안정적인 소득 및 주거 증명
doc-investment-proof = 납입 투자금 증명(验资报告)
doc-tax-records = 투자 회사의 납세 기록
