## The interview: questions, why each is asked, choices and input hints.
## Official Chinese names appear beside the translation so people can match them to forms.

q-goal = آپ چین میں کیا کرنا چاہتے ہیں؟
q-goal-why = ہم صرف ان راستوں کے بارے میں پوچھتے ہیں جو آپ کے منصوبے کے کام آئیں۔
choice-goal-work = وہاں کام کرنا
choice-goal-settle = بسنا (مستقل رہائش)
choice-goal-both = کام، پھر بسنا
choice-goal-unsure = ابھی طے نہیں — سب دکھائیں
q-age = آپ کی عمر کیا ہے؟
q-age-why = ورک پرمٹ کی عمر کی حدیں ہیں (زمرہ B کے لیے 18 سے 60)، اور عمر سے پوائنٹس بھی ملتے ہیں۔
q-work-city = آپ مین لینڈ چین کے کس شہر میں کام کریں گے (یا کرتے ہیں)؟
q-work-city-why = تنخواہ کی حدیں مقامی اوسط تنخواہ کے گنا ہوتی ہیں، جو ہر شہر میں مختلف ہے۔
choice-city-beijing = بیجنگ 北京
choice-city-shanghai = شنگھائی 上海
choice-city-guangzhou = گوانگژو 广州
choice-city-shenzhen = شینزین 深圳
choice-city-changzhou = چانگژو 常州
choice-city-other = کوئی اور شہر
q-other-city-region = وہ شہر کہاں ہے؟
q-other-city-region-why = مغربی خطے، شمال مشرق یا مخصوص خصوصی علاقوں کی ملازمتوں پر 10 اضافی پوائنٹس ملتے ہیں۔
choice-region-west = مغربی خطہ (مثلاً چھنگدو)
choice-region-northeast = شمال مشرق کا پرانا صنعتی مرکز
choice-region-special-area = خصوصی یا غربت زدہ علاقہ
choice-region-elsewhere = کہیں اور (مثلاً ہانگژو)
choice-dont-know = مجھے نہیں معلوم
q-other-city-average-wage = آپ کے شہر میں سالانہ اوسط تنخواہ کتنے یوآن ہے؟
q-other-city-average-wage-why = ہمارے پاس آپ کے شہر کا موجودہ عدد نہیں ہے، اور تنخواہ کے اصول اسی کے گنا ہیں۔ مقامی سائنس و ٹیکنالوجی بیورو اسے شائع کرتا ہے (社会平均工资)۔
q-job-offer = کیا آپ کے پاس مین لینڈ چین میں رجسٹرڈ کسی آجر کی ملازمت کی پیشکش ہے؟
q-job-offer-why = ہر ورک پرمٹ کی درخواست چینی آجر دیتا ہے؛ آجر کے بغیر پرمٹ نہیں۔
q-annual-salary = چین میں آپ کا آجر آپ کو کتنی مجموعی سالانہ تنخواہ دیتا ہے (یا دے گا)، یوآن میں؟
q-annual-salary-why = تنخواہ سے 20 تک پوائنٹس ملتے ہیں، اور مقامی اوسط تنخواہ کی 6 یا 4 گنا بذاتِ خود زمرہ A یا B کا اہل بناتی ہے۔
q-highest-degree = آپ کی سب سے اعلیٰ تعلیمی قابلیت کیا ہے؟
q-highest-degree-why = تعلیم سے 20 تک پوائنٹس ملتے ہیں، اور ڈگریاں کئی راستے کھولتی ہیں۔ اعلیٰ ترین بین الاقوامی پیشہ ورانہ سند ڈاکٹریٹ کے برابر شمار ہوتی ہے۔
choice-degree-doctorate = ڈاکٹریٹ یا اس کے برابر
choice-degree-master = ماسٹرز ڈگری
choice-degree-bachelor = بیچلر ڈگری
choice-degree-below-bachelor = بیچلر سے کم
q-experience-years = گریجویشن کے بعد، اس ملازمت سے متعلق آپ کے پاس کتنے سال کا کام کا تجربہ ہے؟
q-experience-years-why = زمرہ B کے لیے عموماً 2 سال درکار ہیں، اور تجربے سے 20 تک پوائنٹس ملتے ہیں۔
q-months-in-china = آپ سال میں کتنے مہینے چین میں کام کریں گے؟
q-months-in-china-why = چین میں کام کا وقت 15 تک پوائنٹس دیتا ہے۔
choice-months-nine-plus = 9 مہینے یا زیادہ
choice-months-six-to-nine = 6 سے 9 مہینے
choice-months-three-to-six = 3 سے 6 مہینے
choice-months-under-three = 3 مہینے سے کم
q-chinese-level = آپ کی چینی زبان کی سطح کیا ہے؟ جو سب سے اعلیٰ لاگو ہو، وہ منتخب کریں۔
q-chinese-level-why = چینی زبان سے 5 تک پوائنٹس ملتے ہیں۔
choice-chinese-hsk5-plus = HSK 5 یا اس سے اوپر
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = چینی زبان میں پڑھی گئی ڈگری
choice-chinese-former-citizen = میں چینی شہری رہ چکا/چکی ہوں
choice-chinese-none = ان میں سے کوئی نہیں
q-achievements =
    کیا ان میں سے کوئی آپ پر لاگو ہوتا ہے؟ جو بھی لاگو ہوں سب پر ٹیپ کریں، پھر “ہو گیا” دبائیں۔
    • چینی ٹیلنٹ پروگرام: قومی یا صوبائی پروگرام میں انتخاب
    • اعلیٰ عہدہ یا پروفیسر: کسی بڑے آجر کے ہاں اعلیٰ عہدہ، یا ایسوسی ایٹ پروفیسر اور اوپر
    • بانی: پیٹنٹس اور بڑی، مستحکم سرمایہ کاری کے ساتھ
q-achievements-why = ان میں سے ہر ایک بذاتِ خود زمرہ A (外国高端人才) کا اہل بناتا ہے۔
choice-achievement-talent-programme = چینی ٹیلنٹ پروگرام
choice-achievement-international-award = بڑا اعزاز یا اکیڈمی رکنیت
choice-achievement-senior-post = اعلیٰ عہدہ یا پروفیسر
choice-achievement-postdoc = نامور جامعہ میں پوسٹ ڈاک
choice-achievement-founder-investor = پیٹنٹس والا بانی
choice-none-of-these = ان میں سے کوئی نہیں
q-background =
    ان میں سے کون سے آپ پر لاگو ہوتے ہیں؟ جو بھی لاگو ہوں سب پر ٹیپ کریں، پھر “ہو گیا” دبائیں۔
    • سائنس/ٹیکنالوجی ڈگری: سائنس، ٹیکنالوجی، انجینئرنگ یا ریاضی
    • بین الاقوامی ہنر سند: بین الاقوامی پیشہ ورانہ ہنر کی سند
    • تدریسی اہلیت: تعلیم کی ڈگری، تدریسی لائسنس یا 120 گھنٹے کا TEFL
q-background-why = ان سے بونس پوائنٹس ملتے ہیں اور زمرہ B اور K ویزا کے راستے کھلتے ہیں۔
choice-background-top-university = صفِ اول کی یونیورسٹی سے
choice-background-studied-in-china = چینی یونیورسٹی کی ڈگری
choice-background-stem-degree = سائنس/ٹیکنالوجی ڈگری
choice-background-fortune500 = Fortune Global 500 میں کام
choice-background-patents = پیٹنٹس یا دانشورانہ ملکیت
choice-background-five-years-in-china = چین میں 5 سال یا زیادہ
choice-background-skill-certificate = بین الاقوامی ہنر سند
choice-background-language-teacher = اپنی مادری زبان پڑھاؤں گا
choice-background-teaching-qualification = تدریسی اہلیت یا TEFL
q-clean-record = کیا آپ جس ملک میں رہتے ہیں وہاں سے کوئی مجرمانہ ریکارڈ نہ ہونے کا سرٹیفکیٹ لے سکتے ہیں؟
q-clean-record-why = ہر پرمٹ اور مستقل رہائش کے لیے کوئی مجرمانہ ریکارڈ نہ ہونا ضروری ہے۔
q-medical-check = کیا آپ کو توقع ہے کہ آپ معمول کا طبی معائنہ پاس کر لیں گے؟
q-medical-check-why = ورک پرمٹ اور مستقل رہائش کے لیے صحت کا سرٹیفکیٹ ضروری ہے۔
q-job-kind = کیا ملازمت ان میں سے کسی قسم کی ہے؟
q-job-kind-why = زمرہ C (外国普通人员) صرف ان کوٹے والی ملازمتوں کے لیے ہے (بین الحکومتی میں انٹرن شپ بھی شامل ہے؛ دیگر میں مثلاً زمرہ A کے باصلاحیت افراد کے گھریلو ملازم)؛ صرف کم پوائنٹس سے کوئی اہلیت نہیں بنتی۔
choice-job-short-term = عارضی کام، 90 دن تک
choice-job-seasonal = موسمی کام
choice-job-intergovernmental = بین الحکومتی معاہدہ
choice-job-other-quota = کوٹے والی کوئی اور ملازمت
choice-job-none = ان میں سے کوئی نہیں
q-china-work-start = آپ نے ورک پرمٹ پر چین میں کام کب شروع کیا؟ مہینہ اور سال ٹائپ کریں۔
q-china-work-start-why = مستقل رہائش کے تنخواہ اور ٹیکس والے راستے کے لیے چین میں مسلسل 4 سال کام ضروری ہے۔
choice-not-yet = ابھی نہیں
q-days-in-china-each-year = پچھلے 4 سالوں میں سے ہر سال، کیا آپ کم از کم 183 دن چین میں رہے؟
q-days-in-china-each-year-why = تنخواہ اور ٹیکس والے راستے کے لیے ضروری ہے کہ آپ ہر سال کم از کم آدھا سال واقعی چین میں رہے ہوں۔
q-pr-lowest-salary = پچھلے 4 سالوں میں چین میں آپ کی سب سے کم مجموعی سالانہ تنخواہ کتنے یوآن تھی؟
q-pr-lowest-salary-why = 4 میں سے ہر سال تنخواہ مقامی اوسط تنخواہ کی 6 گنا ہونی چاہیے۔
q-pr-lowest-tax = انہی 4 سالوں میں، کسی ایک سال میں آپ نے سب سے کم کتنا ذاتی انکم ٹیکس ادا کیا، یوآن میں؟
q-pr-lowest-tax-why = ہر سال ادا کیا گیا ٹیکس تنخواہ کے معیار کے 20% تک پہنچنا چاہیے۔ ٹیکس بیورو کے سرٹیفکیٹ (完税证明) یہ دکھاتے ہیں۔
q-employer-recommendation = کیا آپ کا موجودہ آجر آپ کی درخواست کے لیے سفارشی خط لکھے گا؟
q-employer-recommendation-why = تنخواہ اور ٹیکس والے راستے کے لیے آپ کے آجر کی سفارش ضروری ہے۔
q-china-ties =
    کیا ان میں سے کوئی آپ پر لاگو ہوتا ہے؟ جو بھی لاگو ہوں سب پر ٹیپ کریں، پھر “ہو گیا” دبائیں۔
    • حکومتی سفارش: کسی وزارت یا صوبائی حکومت کی طرف سے
    • اعلیٰ عہدہ: چین میں، مسلسل 4 سال یا زیادہ
    • شریکِ حیات: چینی شہری یا چین کا مستقل رہائشی
    • خاندان کے پاس: چین میں آپ کے براہِ راست رشتہ دار (والدین، شریکِ حیات، اولاد)
q-china-ties-why = ہر ایک مستقل رہائش (外国人永久居留) کا الگ راستہ کھولتا ہے۔
choice-tie-chinese-origin = چینی نژاد (外籍华人)
choice-tie-government-recommendation = حکومتی سفارش
choice-tie-senior-post = 4 سال سے اعلیٰ عہدہ
choice-tie-investor = براہِ راست سرمایہ کاری
choice-tie-spouse = شریکِ حیات چینی یا PR
choice-tie-parent = 18 سے کم، والدین کے پاس
choice-tie-relatives = 60 یا زیادہ، خاندان کے پاس
q-post-residence = ان 4 سالوں میں، کیا آپ مجموعی طور پر کم از کم 3 سال چین میں رہے؟
q-post-residence-why = اعلیٰ عہدیداروں والے راستے کے لیے ان 4 سالوں میں 3 سال کی رہائش ضروری ہے۔
q-investment-usd = آپ نے چین میں براہِ راست کتنی سرمایہ کاری کی ہے (ادا شدہ سرمایہ)، امریکی ڈالر میں؟
q-investment-usd-why = کم از کم رقم اس پر منحصر ہے کہ آپ نے کہاں اور کس شعبے میں سرمایہ کاری کی۔
q-investment-region = آپ نے کہاں یا کس چیز میں سرمایہ کاری کی؟
q-investment-region-why = حوصلہ افزائی والی صنعتوں (غیر ملکی سرمایہ کاری کی فہرست) یا مغرب میں کم از کم 5,00,000 امریکی ڈالر، وسطی خطے میں 10 لاکھ امریکی ڈالر، اور دیگر جگہوں پر 20 لاکھ امریکی ڈالر ہے۔
choice-investment-encouraged-sector = حوصلہ افزائی والی صنعت
choice-investment-west = مغرب یا غریب کاؤنٹی
choice-investment-central = وسطی خطہ
choice-investment-elsewhere = چین میں کہیں اور
q-investment-stable = کیا سرمایہ کاری مسلسل 3 سال مستحکم رہی ہے، اچھے ٹیکس ریکارڈ کے ساتھ؟
q-investment-stable-why = سرمایہ کاری والے راستے کے لیے 3 مستحکم سال اور اچھا ٹیکس ریکارڈ ضروری ہے۔
q-marriage-years = آپ کی شادی کو کتنے سال ہوئے ہیں؟
q-marriage-years-why = شریکِ حیات والے راستے کے لیے 5 سال کی شادی ضروری ہے۔
q-residence-years-in-china = آپ مسلسل کتنے سال سے چین میں رہ رہے ہیں؟
q-residence-years-in-china-why = خاندانی راستوں کے لیے چین میں مسلسل 5 سال کی رہائش ضروری ہے۔
q-nine-months-each-year = کیا آپ ان سالوں میں سے ہر سال کم از کم 9 مہینے چین میں رہے؟
q-nine-months-each-year-why = خاندانی راستوں کے لیے ہر سال کم از کم 9 مہینے چین میں رہنا ضروری ہے۔
q-stable-livelihood = کیا چین میں آپ کی مستحکم آمدنی اور رہنے کی جگہ ہے؟
q-stable-livelihood-why = خاندانی راستوں کے لیے مستحکم روزگار اور رہائش ضروری ہے۔
q-no-relatives-abroad = کیا آپ کے تمام براہِ راست رشتہ دار (والدین، شریکِ حیات، اولاد) چین میں رہتے ہیں، اور کوئی بیرونِ ملک نہیں رہا؟
q-no-relatives-abroad-why = 60 سال اور اس سے زیادہ عمر کے رشتہ داروں والے راستے کے لیے یہ ضروری ہے۔
hint-whole-number = پورا عدد ٹائپ کریں، مثلاً 34۔
hint-money = رقم یوآن میں ٹائپ کریں، مثلاً 5,65,548 یا 565,548 یا 5.6 لاکھ۔
hint-money-usd = رقم امریکی ڈالر میں ٹائپ کریں، مثلاً 5,00,000 یا 5 لاکھ۔
hint-month-year = مثلاً 2021-03 یا مارچ 2021۔
