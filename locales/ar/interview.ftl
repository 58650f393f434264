## المقابلة: الأسئلة، وسبب طرح كل منها، والخيارات، وتلميحات الإدخال.
## تظهر الأسماء الصينية الرسمية بجوار الترجمة ليتمكن الناس من مطابقتها مع الاستمارات.

q-goal = ما هدفك في الصين؟
q-goal-why = نسأل فقط عن المسارات التي تخدم خطتك.
choice-goal-work = العمل هناك
choice-goal-settle = الاستقرار (إقامة دائمة)
choice-goal-both = العمل ثم الاستقرار
choice-goal-unsure = لم أقرر بعد: اعرض الكل

q-age = كم عمرك؟
q-age-why = لتصاريح العمل حدود عمرية (من 18 إلى 60 عامًا للفئة B)، كما أن العمر يمنح نقاطًا.

q-work-city = ما مدينة عملك (الحالي أو المرتقب) في البر الرئيسي الصيني؟
q-work-city-why = الحدود الدنيا للرواتب هي مضاعفات لمتوسط الأجر المحلي، وهو يختلف من مدينة إلى أخرى.
choice-city-beijing = بكين 北京
choice-city-shanghai = شنغهاي 上海
choice-city-guangzhou = قوانغتشو 广州
choice-city-shenzhen = شنتشن 深圳
choice-city-changzhou = تشانغتشو 常州
choice-city-other = مدينة أخرى

q-other-city-region = أين تقع هذه المدينة؟
q-other-city-region-why = الوظائف في المنطقة الغربية أو الشمال الشرقي أو المناطق الخاصة المحددة تمنح 10 نقاط إضافية.
choice-region-west = الغرب (مثل تشنغدو)
choice-region-northeast = قاعدة صناعية في الشمال الشرقي
choice-region-special-area = منطقة خاصة أو فقيرة
choice-region-elsewhere = مكان آخر (مثل هانغتشو)
choice-dont-know = لا أعرف

q-other-city-average-wage = ما متوسط الأجر السنوي في مدينتك، باليوان؟
q-other-city-average-wage-why = لا يتوفر لدينا رقم حالي لمدينتك، وقواعد الرواتب هي مضاعفات لهذا المتوسط. ينشره مكتب العلوم والتكنولوجيا المحلي (社会平均工资).

q-job-offer = هل لديك عرض عمل من صاحب عمل مسجّل في البر الرئيسي الصيني؟
q-job-offer-why = صاحب العمل الصيني هو من يتقدم بطلب أي تصريح عمل؛ ومن دونه لا يوجد تصريح.

q-annual-salary = ما الراتب السنوي الإجمالي الذي يدفعه لك (أو سيدفعه) صاحب عملك في الصين، باليوان؟
q-annual-salary-why = يمنح الراتب ما يصل إلى 20 نقطة، والراتب الذي يعادل 6 أو 4 أضعاف متوسط الأجر المحلي يؤهلك وحده للفئة A أو B.

q-highest-degree = ما أعلى مؤهل دراسي لديك؟
q-highest-degree-why = يمنح التعليم ما يصل إلى 20 نقطة، والشهادات تفتح عدة مسارات. وتُعامَل أعلى شهادة مهنية دولية معاملة الدكتوراه.
choice-degree-doctorate = دكتوراه أو أعلى شهادة مهنية
choice-degree-master = ماجستير
choice-degree-bachelor = بكالوريوس
choice-degree-below-bachelor = أقل من البكالوريوس

q-experience-years = كم سنة من الخبرة العملية ذات الصلة بالوظيفة لديك بعد التخرج؟
q-experience-years-why = تتطلب الفئة B عادةً خبرة سنتين، وتمنح الخبرة ما يصل إلى 20 نقطة.

q-months-in-china = كم شهرًا في السنة سيكون عملك في الصين؟
q-months-in-china-why = تمنح مدة العمل في الصين ما يصل إلى 15 نقطة.
choice-months-nine-plus = 9 أشهر أو أكثر
choice-months-six-to-nine = من 6 إلى 9 أشهر
choice-months-three-to-six = من 3 إلى 6 أشهر
choice-months-under-three = أقل من 3 أشهر

q-chinese-level = ما مستواك في اللغة الصينية؟ يُرجى اختيار أعلى مستوى ينطبق عليك.
q-chinese-level-why = تمنح اللغة الصينية ما يصل إلى 5 نقاط.
choice-chinese-hsk5-plus = HSK 5 أو أعلى
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = شهادة جامعية دُرِّست بالصينية
choice-chinese-former-citizen = كنت أحمل الجنسية الصينية
choice-chinese-none = لا شيء مما سبق

q-achievements = هل ينطبق عليك أي مما يلي؟ يُرجى الضغط على كل ما ينطبق، ثم على «تم».
q-achievements-details = • برنامج مواهب صيني: الاختيار في برنامج وطني أو على مستوى المقاطعة
    • منصب رفيع: لدى صاحب عمل كبير، أو أستاذ مشارك فما فوق
    • باحث ما بعد الدكتوراه: في جامعة مرموقة
    • مؤسس: لديه براءات اختراع واستثمار كبير ومستقر
q-achievements-why = كل واحد منها يؤهلك وحده للفئة A (外国高端人才).
choice-achievement-talent-programme = برنامج مواهب صيني
choice-achievement-international-award = جائزة كبرى أو أكاديمية
choice-achievement-senior-post = منصب رفيع أو أستاذ مشارك
choice-achievement-postdoc = باحث ما بعد الدكتوراه
choice-achievement-founder-investor = مؤسس ببراءات واستثمار
choice-none-of-these = لا شيء مما سبق

q-background = أيٌّ مما يلي ينطبق عليك؟ يُرجى الضغط على كل ما ينطبق، ثم على «تم».
q-background-details = • شهادة علمية أو تقنية: في العلوم أو التكنولوجيا أو الهندسة أو الرياضيات
    • رخصة تدريس: شهادة أو رخصة تدريس، أو TEFL مدتها 120 ساعة
q-background-why = تمنح نقاطًا إضافية وتفتح مسارات الفئة B وتأشيرة K.
choice-background-top-university = جامعة من الأفضل عالميًا
choice-background-studied-in-china = شهادة من جامعة صينية
choice-background-stem-degree = شهادة علمية أو تقنية
choice-background-fortune500 = شركة Fortune Global 500
choice-background-patents = براءات أو ملكية فكرية
choice-background-five-years-in-china = 5 سنوات فأكثر في الصين
choice-background-skill-certificate = شهادة مهنية دولية
choice-background-language-teacher = سأدرّس لغتي الأم
choice-background-teaching-qualification = رخصة تدريس أو TEFL

q-clean-record = هل يمكنك الحصول على شهادة خلو من السوابق الجنائية من البلد الذي تقيم فيه؟
q-clean-record-why = جميع التصاريح والإقامة الدائمة تشترط خلو السجل من السوابق الجنائية.

q-medical-check = هل تتوقع اجتياز فحص طبي اعتيادي؟
q-medical-check-why = الشهادة الصحية مطلوبة لتصريح العمل وللإقامة الدائمة.

q-job-kind = هل الوظيفة من أحد الأنواع التالية؟
q-job-kind-why = الفئة C (外国普通人员) مخصصة لوظائف الحصص هذه فقط (تشمل الاتفاقيات الحكومية الدولية التدريبَ، ومن الوظائف الأخرى العاملون المنزليون لدى مواهب الفئة A)؛ والنقاط المنخفضة وحدها لا تؤهل لأي شيء.
choice-job-short-term = عمل مؤقت حتى 90 يومًا
choice-job-seasonal = عمل موسمي
choice-job-intergovernmental = اتفاقية حكومية دولية
choice-job-other-quota = وظيفة أخرى ضمن الحصص
choice-job-none = لا شيء مما سبق

q-china-work-start = متى بدأت العمل في الصين بتصريح عمل؟ يُرجى كتابة الشهر والسنة.
q-china-work-start-why = يتطلب مسار الراتب إلى الإقامة الدائمة 4 سنوات متتالية من العمل في الصين.
choice-not-yet = ليس بعد

q-days-in-china-each-year = هل قضيت 183 يومًا على الأقل في الصين في كل سنة من السنوات الأربع الأخيرة؟
q-days-in-china-each-year-why = يشترط مسار الراتب أن تكون قد أقمت فعليًا في الصين نصف كل سنة على الأقل.

q-pr-lowest-salary = خلال السنوات الأربع الأخيرة، ما أدنى راتب سنوي إجمالي تقاضيته في الصين، باليوان؟
q-pr-lowest-salary-why = يجب أن يبلغ الراتب 6 أضعاف متوسط الأجر المحلي في كل سنة من السنوات الأربع.

q-pr-lowest-tax = خلال السنوات الأربع نفسها، ما أقل مبلغ من ضريبة الدخل الشخصي دفعته في سنة واحدة، باليوان؟
q-pr-lowest-tax-why = يجب أن تبلغ الضريبة المدفوعة كل سنة 20% من معيار الراتب. وتبيّن ذلك شهادات سداد الضريبة الصادرة عن مصلحة الضرائب (完税证明).

q-employer-recommendation = هل سيكتب صاحب عملك الحالي خطاب توصية لطلبك؟
q-employer-recommendation-why = يتطلب مسار الراتب توصية من صاحب عملك.

q-china-ties = هل ينطبق عليك أي مما يلي؟ يُرجى الضغط على كل ما ينطبق، ثم على «تم».
q-china-ties-details = • توصية حكومية: من وزارة أو حكومة مقاطعة
    • منصب رفيع: في الصين 4 سنوات متتالية أو أكثر
    • زوج أو زوجة: لمواطن صيني أو لمقيم دائم في الصين
    • أقاربي: أقارب مباشرون (الوالدان أو الزوج أو الأبناء) في الصين
q-china-ties-why = كلٌّ منها يفتح مسارًا مختلفًا إلى الإقامة الدائمة (外国人永久居留).
choice-tie-chinese-origin = من أصل صيني (外籍华人)
choice-tie-government-recommendation = توصية حكومية
choice-tie-senior-post = منصب رفيع 4 سنوات
choice-tie-investor = استثمار مباشر في الصين
choice-tie-spouse = زوج لمواطن صيني أو مقيم
choice-tie-parent = دون 18، ألتحق بأحد والديّ
choice-tie-relatives = 60 فأكثر، ألتحق بأقاربي

q-post-residence = خلال تلك السنوات الأربع، هل أقمت في الصين 3 سنوات على الأقل في المجموع؟
q-post-residence-why = يتطلب مسار شاغلي المناصب الرفيعة 3 سنوات من الإقامة خلال السنوات الأربع.

q-investment-usd = كم استثمرت مباشرةً في الصين (رأس المال المدفوع)، بالدولار الأمريكي؟
q-investment-usd-why = يعتمد الحد الأدنى على مكان الاستثمار وقطاعه.

q-investment-region = أين استثمرت، أو في أي مجال؟
q-investment-region-why = الحد الأدنى 500 ألف دولار أمريكي في القطاعات المشجَّعة (دليل الاستثمار الأجنبي) أو في الغرب، ومليون دولار في المنطقة الوسطى، ومليونا دولار في المناطق الأخرى.
choice-investment-encouraged-sector = قطاع مشجَّع
choice-investment-west = الغرب أو محافظة فقيرة
choice-investment-central = المنطقة الوسطى
choice-investment-elsewhere = مكان آخر في الصين

q-investment-stable = هل ظل الاستثمار مستقرًا لمدة 3 سنوات متتالية، مع سجل ضريبي جيد؟
q-investment-stable-why = يتطلب مسار الاستثمار 3 سنوات من الاستقرار وسجلًا ضريبيًا جيدًا.

q-marriage-years = كم سنة مضت على زواجك؟
q-marriage-years-why = يتطلب مسار الزوج أو الزوجة 5 سنوات من الزواج.

q-residence-years-in-china = كم سنة متتالية أقمت في الصين؟
q-residence-years-in-china-why = تتطلب المسارات العائلية 5 سنوات متتالية من الإقامة في الصين.

q-nine-months-each-year = هل أقمت في الصين 9 أشهر على الأقل في كل سنة من تلك السنوات؟
q-nine-months-each-year-why = تتطلب المسارات العائلية 9 أشهر على الأقل في الصين كل عام.

q-stable-livelihood = هل لديك دخل ثابت ومسكن في الصين؟
q-stable-livelihood-why = تتطلب المسارات العائلية مصدر عيش ثابتًا ومسكنًا.

q-no-relatives-abroad = هل يقيم جميع أقاربك المباشرين (الوالدان والزوج أو الزوجة والأبناء) في الصين، دون أن يبقى أيٌّ منهم في الخارج؟
q-no-relatives-abroad-why = يشترط ذلك مسار الأقارب الذين بلغوا 60 عامًا فأكثر.

hint-whole-number = يُرجى كتابة عدد صحيح، مثل 34.
hint-money = يُرجى كتابة المبلغ باليوان، مثل 565,548 أو 56.5万 أو 565 ألف.
hint-money-usd = يُرجى كتابة المبلغ بالدولار الأمريكي، مثل 500,000 أو 0.5 مليون.
hint-month-year = مثل 2021-03 أو مارس 2021.
