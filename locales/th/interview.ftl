## The interview: questions, why each is asked, choices and input hints.
## Official Chinese names appear beside the translation so people can match them to forms.

q-goal = คุณอยากทำอะไรในจีน?
q-goal-why = เราจะถามเฉพาะเส้นทางที่ตรงกับแผนของคุณ
choice-goal-work = ทำงานที่นั่น
choice-goal-settle = ตั้งถิ่นฐาน (พำนักถาวร)
choice-goal-both = ทำงาน แล้วตั้งถิ่นฐาน
choice-goal-unsure = ยังไม่แน่ใจ — ดูทั้งหมด
q-age = คุณอายุเท่าไร?
q-age-why = ใบอนุญาตทำงานมีเกณฑ์อายุ (18 ถึง 60 ปีสำหรับประเภท B) และอายุยังมีผลต่อคะแนน
q-work-city = คุณจะทำงาน (หรือทำงานอยู่) ที่เมืองใดในจีนแผ่นดินใหญ่?
q-work-city-why = เกณฑ์เงินเดือนเป็นจำนวนเท่าของค่าจ้างเฉลี่ยท้องถิ่น ซึ่งต่างกันในแต่ละเมือง
choice-city-beijing = ปักกิ่ง 北京
choice-city-shanghai = เซี่ยงไฮ้ 上海
choice-city-guangzhou = กวางโจว 广州
choice-city-shenzhen = เซินเจิ้น 深圳
choice-city-changzhou = ฉางโจว 常州
choice-city-other = เมืองอื่น
q-other-city-region = เมืองนั้นอยู่ที่ไหน?
q-other-city-region-why = งานในภาคตะวันตก ภาคตะวันออกเฉียงเหนือ หรือพื้นที่พิเศษที่กำหนด ได้คะแนนเพิ่ม 10 คะแนน
choice-region-west = ภาคตะวันตก (เช่น เฉิงตู)
choice-region-northeast = ฐานอุตฯ เก่าภาคตะวันออกเฉียงเหนือ
choice-region-special-area = พื้นที่พิเศษหรือพื้นที่ยากจน
choice-region-elsewhere = ที่อื่น (เช่น หางโจว)
choice-dont-know = ไม่ทราบ
q-other-city-average-wage = ค่าจ้างเฉลี่ยต่อปีในเมืองของคุณคือกี่หยวน?
q-other-city-average-wage-why = เรายังไม่มีตัวเลขปัจจุบันของเมืองคุณ และกฎเรื่องเงินเดือนเป็นจำนวนเท่าของตัวเลขนี้ สำนักงานวิทยาศาสตร์และเทคโนโลยีท้องถิ่นเป็นผู้ประกาศ (社会平均工资)
q-job-offer = คุณได้รับข้อเสนองานจากนายจ้างที่จดทะเบียนในจีนแผ่นดินใหญ่หรือไม่?
q-job-offer-why = ใบอนุญาตทำงานทุกประเภทต้องยื่นโดยนายจ้างในจีน หากไม่มีนายจ้างก็ไม่มีใบอนุญาต
q-annual-salary = นายจ้างในจีนจ่าย (หรือจะจ่าย) เงินเดือนรวมต่อปีให้คุณกี่หยวน?
q-annual-salary-why = เงินเดือนได้สูงสุด 20 คะแนน และเงินเดือน 6 เท่าหรือ 4 เท่าของค่าจ้างเฉลี่ยท้องถิ่นก็เพียงพอสำหรับประเภท A หรือ B ได้ในตัวเอง
q-highest-degree = วุฒิการศึกษาสูงสุดของคุณคืออะไร?
q-highest-degree-why = การศึกษาได้สูงสุด 20 คะแนน และปริญญาเปิดได้หลายเส้นทาง ใบรับรองวิชาชีพระดับสูงสุดระดับสากลนับเท่ากับปริญญาเอก
choice-degree-doctorate = ปริญญาเอกหรือเทียบเท่า
choice-degree-master = ปริญญาโท
choice-degree-bachelor = ปริญญาตรี
choice-degree-below-bachelor = ต่ำกว่าปริญญาตรี
q-experience-years = หลังจบการศึกษา คุณมีประสบการณ์ทำงานที่เกี่ยวข้องกับงานนี้กี่ปี?
q-experience-years-why = ประเภท B มักต้องมีประสบการณ์ 2 ปี และประสบการณ์ได้สูงสุด 20 คะแนน
q-months-in-china = คุณจะทำงานในจีนปีละกี่เดือน?
q-months-in-china-why = ระยะเวลาทำงานในจีนได้สูงสุด 15 คะแนน
choice-months-nine-plus = 9 เดือนขึ้นไป
choice-months-six-to-nine = 6 ถึง 9 เดือน
choice-months-three-to-six = 3 ถึง 6 เดือน
choice-months-under-three = น้อยกว่า 3 เดือน
q-chinese-level = ภาษาจีนของคุณอยู่ระดับใด? เลือกระดับสูงสุดที่ตรงกับคุณ
q-chinese-level-why = ภาษาจีนได้สูงสุด 5 คะแนน
choice-chinese-hsk5-plus = HSK 5 ขึ้นไป
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = ปริญญาที่เรียนเป็นภาษาจีน
choice-chinese-former-citizen = เคยเป็นพลเมืองจีน
choice-chinese-none = ไม่มีข้อใดเลย
q-achievements =
    ข้อใดตรงกับคุณบ้าง? แตะทุกข้อที่ตรง แล้วกด เสร็จ
    • โครงการบุคลากรจีน: ได้รับคัดเลือกในโครงการระดับชาติหรือระดับมณฑล
    • ตำแหน่งระดับสูง: ในองค์กรขนาดใหญ่ หรือรองศาสตราจารย์ขึ้นไป
    • ผู้ก่อตั้ง: มีสิทธิบัตรและเงินลงทุนจำนวนมากที่มั่นคง
q-achievements-why = แต่ละข้อทำให้คุณเข้าเกณฑ์ประเภท A (外国高端人才) ได้ในตัวเอง
choice-achievement-talent-programme = โครงการบุคลากรจีน
choice-achievement-international-award = รางวัลใหญ่หรือสมาชิกสถาบันวิชาการ
choice-achievement-senior-post = ตำแหน่งสูงหรือรองศาสตราจารย์
choice-achievement-postdoc = หลังปริญญาเอกในมหาวิทยาลัยดัง
choice-achievement-founder-investor = ผู้ก่อตั้งที่มีสิทธิบัตร
choice-none-of-these = ไม่มีข้อใดเลย
q-background =
    ข้อใดตรงกับคุณบ้าง? แตะทุกข้อที่ตรง แล้วกด เสร็จ
    • ปริญญาสายวิทย์: วิทยาศาสตร์ เทคโนโลยี วิศวกรรม หรือคณิตศาสตร์
    • ใบอนุญาตสอน: ปริญญาครุศาสตร์ ใบอนุญาตประกอบวิชาชีพครู หรือ TEFL 120 ชั่วโมง
q-background-why = ได้คะแนนพิเศษ และเปิดเส้นทางประเภท B และวีซ่า K
choice-background-top-university = จบจากมหาวิทยาลัยชั้นนำ
choice-background-studied-in-china = ปริญญาจากมหาวิทยาลัยในจีน
choice-background-stem-degree = ปริญญาสายวิทย์
choice-background-fortune500 = เคยทำงานบริษัท Fortune 500
choice-background-patents = มีสิทธิบัตรหรือทรัพย์สินทางปัญญา
choice-background-five-years-in-china = ทำงานในจีน 5 ปีขึ้นไป
choice-background-skill-certificate = ใบรับรองทักษะวิชาชีพสากล
choice-background-language-teacher = จะสอนภาษาแม่ของฉัน
choice-background-teaching-qualification = ใบอนุญาตสอนหรือ TEFL
q-clean-record = คุณขอหนังสือรับรองว่าไม่มีประวัติอาชญากรรมจากประเทศที่คุณอาศัยอยู่ได้หรือไม่?
q-clean-record-why = ใบอนุญาตทุกประเภทและสิทธิพำนักถาวรต้องไม่มีประวัติอาชญากรรม
q-medical-check = คุณคาดว่าจะผ่านการตรวจสุขภาพมาตรฐานหรือไม่?
q-medical-check-why = ต้องมีใบรับรองแพทย์สำหรับใบอนุญาตทำงานและสิทธิพำนักถาวร
q-job-kind = งานนี้เป็นหนึ่งในประเภทต่อไปนี้หรือไม่?
q-job-kind-why = ประเภท C (外国普通人员) ใช้ได้เฉพาะงานตามโควตาเหล่านี้ (งานตามความตกลงระหว่างรัฐบาลรวมถึงการฝึกงาน งานอื่น เช่น ผู้ช่วยงานบ้านของบุคลากรประเภท A) คะแนนต่ำเพียงอย่างเดียวไม่ทำให้เข้าเกณฑ์ใดเลย
choice-job-short-term = งานชั่วคราวไม่เกิน 90 วัน
choice-job-seasonal = งานตามฤดูกาล
choice-job-intergovernmental = ความตกลงระหว่างรัฐบาล
choice-job-other-quota = งานตามโควตาอื่น
choice-job-none = ไม่มีข้อใดเลย
q-china-work-start = คุณเริ่มทำงานในจีนด้วยใบอนุญาตทำงานเมื่อใด? พิมพ์เดือนและปี
q-china-work-start-why = เส้นทางเงินเดือนและภาษีสู่สิทธิพำนักถาวรต้องทำงานในจีนต่อเนื่อง 4 ปี
choice-not-yet = ยังไม่เริ่ม
q-days-in-china-each-year = ในแต่ละปีของ 4 ปีที่ผ่านมา คุณอยู่ในจีนอย่างน้อย 183 วันหรือไม่?
q-days-in-china-each-year-why = เส้นทางเงินเดือนและภาษีกำหนดให้คุณอาศัยอยู่ในจีนจริงอย่างน้อยครึ่งปีในทุกปี
q-pr-lowest-salary = ในช่วง 4 ปีที่ผ่านมา เงินเดือนรวมต่อปีที่ต่ำที่สุดของคุณในจีนคือกี่หยวน?
q-pr-lowest-salary-why = เงินเดือนต้องถึง 6 เท่าของค่าจ้างเฉลี่ยท้องถิ่นในทุกปีของ 4 ปี
q-pr-lowest-tax = ในช่วง 4 ปีเดียวกัน ภาษีเงินได้บุคคลธรรมดาที่คุณจ่ายน้อยที่สุดในหนึ่งปีคือกี่หยวน?
q-pr-lowest-tax-why = ภาษีที่จ่ายแต่ละปีต้องถึง 20% ของเกณฑ์เงินเดือน ใบรับรองการเสียภาษี (完税证明) แสดงตัวเลขนี้
q-employer-recommendation = นายจ้างปัจจุบันของคุณจะเขียนหนังสือรับรองสำหรับการยื่นขอหรือไม่?
q-employer-recommendation-why = เส้นทางเงินเดือนและภาษีต้องมีหนังสือรับรองจากนายจ้าง
q-china-ties =
    ข้อใดตรงกับคุณบ้าง? แตะทุกข้อที่ตรง แล้วกด เสร็จ
    • การเสนอชื่อจากรัฐบาล: โดยกระทรวงหรือรัฐบาลมณฑล
    • ตำแหน่งระดับสูง: ในจีน ต่อเนื่อง 4 ปีขึ้นไป
    • คู่สมรส: เป็นพลเมืองจีนหรือผู้มีสิทธิพำนักถาวรในจีน
    • ญาติสายตรง: บิดามารดา คู่สมรส หรือบุตรที่อยู่ในจีน
q-china-ties-why = แต่ละข้อเปิดเส้นทางสู่สิทธิพำนักถาวร (外国人永久居留) ที่ต่างกัน
choice-tie-chinese-origin = มีเชื้อสายจีน (外籍华人)
choice-tie-government-recommendation = รัฐบาลเสนอชื่อ
choice-tie-senior-post = ตำแหน่งระดับสูง 4 ปี
choice-tie-investor = ลงทุนโดยตรงในจีน
choice-tie-spouse = คู่สมรสเป็นคนจีนหรือมี PR
choice-tie-parent = อายุไม่ถึง 18 ไปอยู่กับพ่อแม่
choice-tie-relatives = อายุ 60 ขึ้นไป ไปอยู่กับญาติสายตรง
q-post-residence = ใน 4 ปีนั้น คุณอาศัยอยู่ในจีนรวมอย่างน้อย 3 ปีหรือไม่?
q-post-residence-why = เส้นทางผู้ดำรงตำแหน่งระดับสูงต้องพำนัก 3 ปีภายใน 4 ปีนั้น
q-investment-usd = คุณลงทุนโดยตรงในจีน (ทุนที่ชำระแล้ว) เป็นเงินกี่ดอลลาร์สหรัฐ?
q-investment-usd-why = ขั้นต่ำขึ้นอยู่กับพื้นที่และภาคธุรกิจที่คุณลงทุน
q-investment-region = คุณลงทุนที่ไหนหรือในด้านใด?
q-investment-region-why = ขั้นต่ำคือ 500,000 ดอลลาร์สหรัฐในอุตสาหกรรมที่ส่งเสริม (บัญชีการลงทุนจากต่างประเทศ) หรือภาคตะวันตก 1 ล้านดอลลาร์สหรัฐในภาคกลาง และ 2 ล้านดอลลาร์สหรัฐในที่อื่น
choice-investment-encouraged-sector = อุตสาหกรรมที่ส่งเสริม
choice-investment-west = ภาคตะวันตกหรืออำเภอยากจน
choice-investment-central = ภาคกลาง
choice-investment-elsewhere = ที่อื่นในจีน
q-investment-stable = การลงทุนมั่นคงต่อเนื่อง 3 ปี และมีประวัติภาษีดีหรือไม่?
q-investment-stable-why = เส้นทางการลงทุนต้องมั่นคง 3 ปีและมีประวัติภาษีดี
q-marriage-years = คุณแต่งงานมาแล้วกี่ปี?
q-marriage-years-why = เส้นทางคู่สมรสต้องสมรสมาแล้ว 5 ปี
q-residence-years-in-china = คุณอาศัยอยู่ในจีนต่อเนื่องมากี่ปี?
q-residence-years-in-china-why = เส้นทางครอบครัวต้องพำนักในจีนต่อเนื่อง 5 ปี
q-nine-months-each-year = คุณอาศัยอยู่ในจีนอย่างน้อย 9 เดือนในทุกปีเหล่านั้นหรือไม่?
q-nine-months-each-year-why = เส้นทางครอบครัวต้องอยู่ในจีนอย่างน้อย 9 เดือนทุกปี
q-stable-livelihood = คุณมีรายได้มั่นคงและที่พักอาศัยในจีนหรือไม่?
q-stable-livelihood-why = เส้นทางครอบครัวต้องมีรายได้และที่พักอาศัยที่มั่นคง
q-no-relatives-abroad = ญาติสายตรงทั้งหมดของคุณ (บิดามารดา คู่สมรส บุตร) อาศัยอยู่ในจีน โดยไม่มีใครอยู่ต่างประเทศหรือไม่?
q-no-relatives-abroad-why = เส้นทางสำหรับญาติอายุ 60 ปีขึ้นไปกำหนดเช่นนั้น
hint-whole-number = พิมพ์จำนวนเต็ม เช่น 34
hint-money = พิมพ์จำนวนเงินเป็นหยวน เช่น 565,548 หรือ 56.5万 หรือ 5.65 แสน
hint-money-usd = พิมพ์จำนวนเงินเป็นดอลลาร์สหรัฐ เช่น 500,000 หรือ 0.5 ล้าน
hint-month-year = เช่น 2021-03 หรือ มีนาคม 2021 (หรือ มีนาคม 2564)
