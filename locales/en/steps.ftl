## Next steps and documents.

step-wp-employer-applies = Your employer applies online in the Foreigner's Work Permit system (外国人来华工作管理服务系统). Each review step takes up to { $a_days } working days for category A and { $other_days } for others; you then receive the Notice of Work Permit (外国人工作许可通知).
step-wp-a-green-channel = Category A uses the green channel: applications can be accepted with documents still missing (容缺受理).
step-wp-c-quota = Category C is under quota management: ask your employer whether a quota is available for this job.
step-z-visa-apply = With the Notice of Work Permit, apply for a Z visa at a Chinese embassy or consulate.
step-r-visa-apply = With the Confirmation Letter of Foreign High-end Talent (外国高端人才确认函), apply for an R visa: valid { $min_years } to { $max_years } years, multiple entries, stays of up to { $stay_days } days, visa fees waived for you and your family.
step-work-permit-card = Within { $days } days of entering China, apply online for your work permit card (外国人工作许可证).
step-residence-permit = Within { $days } days of entering China, apply to the local exit-entry administration for a work-type residence permit (工作类居留许可). The decision takes up to { $decision_days } days; the permit is valid from 90 days to 5 years. Fees: { $fee_under_1y } yuan for under a year, { $fee_1_3y } yuan for 1–3 years, { $fee_3_5y } yuan for 3–5 years.
step-k-visa-apply = Apply for the K visa at a Chinese embassy or consulate; no inviting employer is needed. Check the consulate's page for the age limit and documents.
step-pr-apply = Apply at the exit-entry administration of the public security bureau in your city (公安局出入境管理部门). The decision takes up to { $months } months. Fees: { $application_fee } yuan per person, plus { $card_fee } yuan for the card.
step-pr-salary-documents = For the salary route, prepare { $years } consecutive years of salary proofs, income-tax certificates, work permits and residence permits, and your employer's recommendation letter.
step-pr-family-alongside = Your foreign spouse and unmarried children under 18 may apply at the same time.
step-pr-after-grant = Once granted, spend at least { $months_a_year } months a year in China. The card is valid { $adult_years } years for adults and { $minor_years } years for those under 18.
step-pr-spouse-documents = For the spouse route, add your marriage certificate and proof of livelihood and housing.
step-pr-investment-documents = For the investment route, add proof of the paid-in investment and the company's tax records.

doc-passport = Valid passport
doc-work-permit-application = Work permit application form (外国人来华工作许可申请表)
doc-employment-contract = Employment contract or letter of appointment
doc-degree-certificate = Highest degree certificate, authenticated
doc-experience-proof = Proof of work experience (reference letters)
doc-no-criminal-record = Certificate of no criminal record, apostilled or legalised (无犯罪记录证明)
doc-medical-certificate = Medical certificate (体检证明)
doc-health-certificate = Health certificate from a designated health body
doc-photo = Recent passport photo
doc-work-permit-notice = Notice of Work Permit (外国人工作许可通知)
doc-talent-confirmation-letter = Confirmation Letter of Foreign High-end Talent (外国高端人才确认函)
doc-pr-application-form = Application form for permanent residence (外国人在中国永久居留申请表)
doc-salary-proofs = Salary proofs from your employer for each year
doc-tax-certificates = Individual income tax certificates for each year (完税证明)
doc-work-and-residence-permits = Work permits and work-type residence permits covering the period
doc-employer-recommendation-letter = Employer's recommendation letter
doc-employer-registration = Employer's business licence or registration
doc-marriage-certificate = Marriage certificate
doc-livelihood-and-housing = Proof of stable income and housing
doc-investment-proof = Proof of the paid-in investment (验资报告)
doc-tax-records = Tax records of the invested company
