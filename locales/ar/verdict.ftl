## النتيجة: المسارات، والمعايير، وما قد يغيّر معيارًا غير مستوفى، والتنبيهات، والنقاط.
verdict-title = أهليتك بتاريخ { $date }
verdict-no-routes = لا يتوافق أي من المسارات التي نفحصها مع إجاباتك حتى الآن. توضّح التفاصيل أدناه ما ينقصك.
verdict-details-prompt = اضغط على أي مسار لعرض تفاصيله: كل معيار، والقاعدة، ومصدرها.
verdict-status-eligible = ✅ الشروط مستوفاة
verdict-status-eligible-if-confirmed = 🟡 مستوفاة بشرط التأكيد
verdict-status-not-eligible = ❌ غير مستوفاة بعد
verdict-status-not-applicable = لا ينطبق عليك
verdict-unknown-explained = «مستوفاة بشرط التأكيد» تعني أن كل ما تعرفه يستوفي الشروط، وأن الباقي يتوقف على الإجابات التي اخترت فيها «لا أعرف».
verdict-family-work-permit = تصريح العمل (外国人来华工作许可)
verdict-family-visa = التأشيرات
verdict-family-permanent-residence = الإقامة الدائمة (外国人永久居留)
verdict-all-of = جميع ما يلي:
verdict-any-of = أيٌّ مما يلي:
verdict-criterion-met = ✅
verdict-criterion-not-met = ❌
verdict-criterion-unknown = ❔
verdict-your-value = وضعك الحالي: { $value }
verdict-threshold = المطلوب: { $threshold }
verdict-shortfall = النقص: { $quantity }
verdict-reached-on = يتحقق في { $date }
verdict-your-answer = إجابتك: { $answer }
verdict-parameter-used = استنادًا إلى { $parameter }: { $value }، ساري المفعول منذ { $date }
verdict-parameter-reference-year = (رقم عام { $year })
verdict-parameter-series = السلسلة: { $series } · آخر تحقق في { $date }
verdict-parameter-stale = ⚠️ كان ينبغي استبدال هذا الرقم بعد { $date } ولا يتوفر لدينا رقم أحدث: تحقق من الرقم الحالي (يصدره سنويًا مكتب الموارد البشرية والضمان الاجتماعي أو مكتب الإحصاء في المدينة). وإلى ذلك الحين تبقى هذه النتيجة بحاجة إلى تأكيد.
verdict-parameter-reference-only = ⚠️ هذا هو متوسط الأجر الذي ينشره مكتب الإحصاء. لم نعثر على الأساس الذي تعتمده الجهة المختصة بالقرار في هذه المدينة، وقد يكون سلسلة أخرى، لذا يجب تأكيد هذه النتيجة لدى تلك الجهة.
verdict-figure-you-gave = استنادًا إلى الرقم الذي قدّمته: { $value } (لا يوجد لدينا رقم منشور لهذا التاريخ؛ تحقق منه لدى المكتب المحلي)
wage-series-all-urban-units = جميع العاملين في الوحدات الحضرية (全口径城镇单位就业人员)
wage-series-urban-non-private = العاملون في الوحدات الحضرية غير الخاصة (城镇非私营单位就业人员)
wage-series-urban-non-private-in-post = الموظفون الدائمون في الوحدات الحضرية غير الخاصة (城镇非私营单位在岗职工)
wage-series-unstated = لم يحددها المصدر
verdict-rule-source = القاعدة: { $source }، سارية منذ { $date } · { $confidence }
verdict-confidence-confirmed = مؤكدة في نص رسمي
verdict-confidence-secondary = من مصادر ثانوية
verdict-confidence-unconfirmed = غير مؤكدة بعد، يُرجى التعامل معها بحذر
verdict-points-title = النقاط: { $total } من 120
verdict-points-range = النقاط: بين { $low } و{ $high } من 120 (بعض الإجابات غير معروفة)
verdict-points-line = { $factor }: { $points } من { $maximum }
verdict-points-line-unknown = { $factor }: غير معروف (حتى { $maximum })
verdict-points-improve = طرق لكسب مزيد من النقاط:
verdict-next-steps = الخطوات التالية
verdict-documents = المستندات المطلوب تجهيزها
verdict-document-valid = { $document } (تاريخ الإصدار خلال آخر { $months ->
        [one] شهر
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    })
verdict-sources = المصادر
verdict-source-line = { $title } — { $issuer }، { $date }
verdict-disclaimer = هذه إرشادات، وليست استشارة قانونية ولا قرارًا قانونيًا. القواعد والأرقام تتغير: يُرجى التأكد منها قبل التقديم لدى مكتب العلوم والتكنولوجيا المحلي (لتصاريح العمل) أو لدى إدارة الدخول والخروج التابعة لمكتب الأمن العام (للإقامة).
verdict-draft-note = نُشر عام 2020 مشروع لائحة بشأن الإقامة الدائمة لاستطلاع الآراء فقط؛ وهو ليس قانونًا نافذًا، ولا يعتمد عليه هذا الفحص.
verdict-why-button = لماذا؟ { $route }
verdict-back-to-summary = ▶ الملخص
verdict-change-answers = ✏️ تعديل إجابة
verdict-restart = 🔄 البدء من جديد
unit-cny-per-year = { $amount } يوان سنويًا
unit-cny = { $amount } يوان
unit-usd = { $amount } دولار أمريكي
unit-years = { $amount ->
        [one] سنة واحدة
        [two] سنتان
        [few] { $amount } سنوات
        [many] { $amount } سنة
       *[other] { $amount } سنة
    }
unit-age = { $amount ->
        [one] عام واحد
        [two] عامان
        [few] { $amount } أعوام
        [many] { $amount } عامًا
       *[other] { $amount } عام
    }
unit-points = { $amount ->
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $amount } نقاط
        [many] { $amount } نقطة
       *[other] { $amount } نقطة
    }
unit-multiplier = { $amount ->
        [one] ضعف واحد
        [two] ضعفان
        [few] { $amount } أضعاف
       *[other] { $amount } ضعفًا
    }
unit-ratio = { NUMBER($amount, style: "percent") }
parameter-local-average-wage = متوسط الأجر المحلي
parameter-wp-a-salary-multiple = مضاعِف الفئة A
parameter-wp-b-salary-multiple = مضاعِف الفئة B
parameter-pr-salary-multiple = مضاعِف الإقامة الدائمة
parameter-pr-tax-ratio = نسبة الضريبة
parameter-wp-min-age = الحد الأدنى للسن
parameter-wp-b-max-age = الحد الأقصى للسن في الفئة B
parameter-wp-max-age-by-city = الحد الأقصى للسن في المدينة
parameter-k-visa-max-age = الحد العمري المتداول لتأشيرة K
parameter-pr-spouse-min-years = عدد السنوات المطلوب
parameter-pr-elderly-min-age = الحد الأدنى للسن
parameter-pr-investment-minimum = الحد الأدنى للاستثمار
route-chinese-citizen = المواطنون الصينيون: لا حاجة إلى تصريح عمل
route-chinese-citizen-short = المواطنون الصينيون
route-chinese-citizen-summary = تصاريح العمل وتأشيرات المواهب والإقامة الدائمة مخصصة للأجانب. وبصفتك مواطنًا صينيًا تعمل وتعيش في البر الرئيسي من دونها.
route-wp-a = تصريح العمل من الفئة A — المواهب رفيعة المستوى (外国高端人才)
route-wp-a-short = تصريح العمل A
route-wp-a-summary = بلا حصص، وبإجراءات سريعة، ودون قيود على السن أو الخبرة؛ ويفتح الطريق إلى تأشيرة المواهب R.
route-wp-b = تصريح العمل من الفئة B — المهنيون (外国专业人才)
route-wp-b-short = تصريح العمل B
route-wp-b-summary = التصريح المعتاد لحملة الشهادات ذوي الخبرة؛ حتى سن 60 عامًا؛ ويخضع لحاجة السوق.
route-wp-c = تصريح العمل من الفئة C — وظائف الحصص (外国普通人员)
route-wp-c-short = تصريح العمل C
route-wp-c-summary = يقتصر على الوظائف المؤقتة والموسمية والوظائف بموجب اتفاقيات حكومية دولية وغيرها من وظائف الحصص.
route-z-visa = تأشيرة Z (تأشيرة العمل)
route-z-visa-short = تأشيرة Z
route-z-visa-summary = تأشيرة دخول الصين للعمل، بعد حصول صاحب العمل على إشعار تصريح العمل.
route-r-visa = تأشيرة R (تأشيرة المواهب)
route-r-visa-short = تأشيرة R
route-r-visa-summary = لمواهب الفئة A: صالحة من 5 إلى 10 سنوات، ومتعددة الدخول، والإقامة حتى 180 يومًا في كل مرة، دون رسوم.
route-k-visa = تأشيرة K (المواهب الشابة في العلوم والتكنولوجيا)
route-k-visa-short = تأشيرة K
route-k-visa-summary = جديدة منذ 1 أكتوبر 2025، ولا تتطلب دعوة من صاحب عمل. ولا تجيز العمل بمفردها.
route-pr-salary-tax = الإقامة الدائمة: مسار الراتب والضريبة
route-pr-salary-tax-short = إقامة دائمة: الراتب
route-pr-salary-tax-summary = 4 سنوات من العمل في الصين براتب لا يقل عن 6 أضعاف المتوسط المحلي، وضريبة لا تقل عن 20% من هذا المعيار.
route-pr-chinese-origin-phd = الإقامة الدائمة: الأجانب من أصل صيني الحاصلون على الدكتوراه
route-pr-chinese-origin-phd-short = إقامة دائمة: أصل صيني
route-pr-chinese-origin-phd-summary = متاح في جميع أنحاء البلاد للأشخاص من أصل صيني الحاصلين على الدكتوراه والعاملين في الصين.
route-pr-recommended = الإقامة الدائمة: المواهب الموصى بها
route-pr-recommended-short = إقامة دائمة: توصية
route-pr-recommended-summary = للأشخاص الذين توصي بهم وزارة أو حكومة مقاطعة أو منطقة تنمية رئيسية.
route-pr-post-holder = الإقامة الدائمة: شاغلو المناصب الرفيعة
route-pr-post-holder-short = إقامة دائمة: منصب رفيع
route-pr-post-holder-summary = نائب مدير عام أو أستاذ مشارك فما فوق، أمضى 4 سنوات في المنصب لدى صاحب عمل مؤهَّل.
route-pr-investment = الإقامة الدائمة: المستثمرون
route-pr-investment-short = إقامة دائمة: استثمار
route-pr-investment-summary = استثمار مباشر مستقر في الصين لمدة 3 سنوات.
route-pr-spouse = الإقامة الدائمة: زوج أو زوجة مواطن صيني أو مقيم دائم
route-pr-spouse-short = إقامة دائمة: الزوج
route-pr-spouse-summary = 5 سنوات من الزواج و5 سنوات من الإقامة في الصين.
route-pr-child = الإقامة الدائمة: الأبناء الملتحقون بأحد الوالدين
route-pr-child-short = إقامة دائمة: الأبناء
route-pr-child-summary = الأبناء غير المتزوجين دون 18 عامًا الملتحقون بأحد والديهم من المواطنين الصينيين أو المقيمين الدائمين.
route-pr-elderly = الإقامة الدائمة: الأقارب في سن 60 فأكثر
route-pr-elderly-short = إقامة دائمة: 60 فأكثر
route-pr-elderly-summary = لمن بلغوا 60 عامًا فأكثر ويلتحقون بأقارب مباشرين في الصين من المواطنين الصينيين أو المقيمين الدائمين، وليس لهم أقارب مباشرون في الخارج.
crit-adult = السن 18 عامًا فأكثر
crit-chinese-citizen = مواطن صيني (بمن في ذلك سكان هونغ كونغ وماكاو وتايوان)
crit-b-age-limit = السن لا تتجاوز 60 عامًا (الفئة B)
crit-job-offer = عرض عمل من صاحب عمل مسجّل في الصين
crit-clean-record = لا سوابق جنائية
crit-medical = اجتياز الفحص الطبي
crit-talent-programme = الاختيار ضمن برنامج مواهب معترف به
crit-international-award = إنجاز معترف به دوليًا (جائزة كبرى، عضوية أكاديمية)
crit-encouraged-post = منصب رفيع لدى صاحب عمل مشجَّع، أو رتبة أكاديمية بدرجة أستاذ مشارك فما فوق
crit-salary-6x = راتب لا يقل عن 6 أضعاف متوسط الأجر المحلي
crit-salary-4x = راتب لا يقل عن 4 أضعاف متوسط الأجر المحلي
crit-innovation-founder = موهبة في الابتكار وريادة الأعمال
crit-young-postdoc = دون 40 عامًا وباحث ما بعد الدكتوراه في جامعة مرموقة
crit-points-a = 85 نقطة على الأقل
crit-points-b = 60 نقطة على الأقل
crit-degree-and-experience = بكالوريوس أو أعلى وخبرة ذات صلة لا تقل عن سنتين
crit-graduate = ماجستير أو أعلى من جامعة صينية أو جامعة أجنبية مرموقة، مع التخرج خلال عام وبمعدل 80 فأكثر
crit-c-age-limit = لا يزيد العمر على 60 عامًا (الفئة C)
hint-graduate = هذا المسار متاح فقط خلال عام من التخرج وبمعدل 80 فأكثر؛ وإلا فالفئة B تتطلب خبرة سنتين أو مسارًا آخر.
crit-language-teacher = معلّم للغته الأم يحمل شهادة جامعية مع خبرة سنتين أو مؤهل تربوي
crit-quota-job = الوظيفة من وظائف الحصص في الفئة C
crit-z-work-permit = استيفاء شروط تصريح عمل (الفئة A أو B أو C)
crit-r-category-a = استيفاء شروط المواهب رفيعة المستوى من الفئة A
crit-k-young = ضمن الحد العمري المتداول
crit-k-stem-degree = بكالوريوس أو أعلى في مجال العلوم أو التكنولوجيا أو الهندسة أو الرياضيات
crit-k-known-university = من جامعة أو مؤسسة بحثية مرموقة
crit-pr-four-years = العمل في الصين 4 سنوات متتالية
crit-pr-days-each-year = 183 يومًا على الأقل في الصين في كل سنة من تلك السنوات
crit-pr-salary-6x = أدنى راتب سنوي لا يقل عن 6 أضعاف المتوسط المحلي الحالي (فتبلغ كل سنة معيارها)
crit-pr-tax = أدنى ضريبة سنوية لا تقل عن 20% من معيار الراتب الحالي (فتبلغ كل سنة معيارها)
crit-pr-continuous = كانت سنوات العمل الأربع متصلة
hint-pr-continuous = الانقطاع يعيد العدّ من جديد: تُحسب السنوات الأربع المتتالية من نهاية آخر انقطاع.
crit-pr-salary-year-1 = أو سنة بسنة — قبل 4 سنوات: راتب لا يقل عن 6 أضعاف المتوسط المحلي للسنة السابقة
crit-pr-tax-year-1 = أو سنة بسنة — قبل 4 سنوات: ضريبة لا تقل عن 20% من معيار الراتب لتلك السنة
crit-pr-salary-year-2 = أو سنة بسنة — قبل 3 سنوات: راتب لا يقل عن 6 أضعاف المتوسط المحلي للسنة السابقة
crit-pr-tax-year-2 = أو سنة بسنة — قبل 3 سنوات: ضريبة لا تقل عن 20% من معيار الراتب لتلك السنة
crit-pr-salary-year-3 = أو سنة بسنة — قبل سنتين: راتب لا يقل عن 6 أضعاف المتوسط المحلي للسنة السابقة
crit-pr-tax-year-3 = أو سنة بسنة — قبل سنتين: ضريبة لا تقل عن 20% من معيار الراتب لتلك السنة
crit-pr-salary-year-4 = أو سنة بسنة — العام الماضي: راتب لا يقل عن 6 أضعاف المتوسط المحلي للسنة السابقة
crit-pr-tax-year-4 = أو سنة بسنة — العام الماضي: ضريبة لا تقل عن 20% من معيار الراتب لتلك السنة
crit-pr-employer-recommendation = خطاب توصية من صاحب العمل
crit-pr-chinese-origin = من أصل صيني
crit-pr-doctorate = حيازة درجة الدكتوراه
crit-pr-working-in-china = العمل في الصين
crit-pr-government-recommendation = توصية من وزارة أو حكومة مقاطعة أو منطقة تنمية رئيسية
crit-pr-post-four-years = شغل منصب رفيع لمدة 4 سنوات متتالية
crit-pr-post-residence = إقامة لا تقل عن 3 سنوات في الصين خلال تلك السنوات الأربع
crit-pr-investment-amount = استثمار يساوي الحد الأدنى المقرر لمنطقته أو قطاعه أو يزيد عليه
crit-pr-investment-stable = استثمار مستقر لمدة 3 سنوات مع سجل ضريبي جيد
crit-pr-married-years = زواج مضى عليه 5 سنوات على الأقل
crit-pr-residence-years = الإقامة في الصين 5 سنوات متتالية على الأقل
crit-pr-nine-months = 9 أشهر على الأقل في الصين كل عام
crit-pr-livelihood = مصدر عيش ثابت ومسكن مستقر
crit-pr-minor = دون 18 عامًا
crit-pr-parent = الالتحاق بأحد الوالدين من المواطنين الصينيين أو المقيمين الدائمين
crit-pr-sixty = السن 60 عامًا فأكثر
crit-pr-relatives = الالتحاق بأقارب مباشرين في الصين من المواطنين الصينيين أو المقيمين الدائمين
crit-pr-none-abroad = لا أقارب مباشرين في الخارج
hint-job-offer = الخطوة الأولى هي إيجاد صاحب عمل في الصين: فهو من يتقدم بطلب التصريح نيابةً عنك.
hint-clean-record = تشترط جميع المسارات خلو السجل من السوابق الجنائية؛ يُرجى الاستفسار لدى الجهة المختصة في بلدك عن الشهادة.
hint-medical = يلزم تقديم شهادة صحية من مستشفى معتمد.
hint-salary-short = راتبك أقل من الحد البالغ { $threshold } يوان سنويًا بمقدار { $shortfall } يوان سنويًا. قد يغيّر ذلك عرضٌ أعلى أو معيار آخر.
hint-points = { $shortfall ->
        [one] تنقصك نقطة واحدة.
        [two] تنقصك نقطتان.
        [few] تنقصك { $shortfall } نقاط.
       *[other] تنقصك { $shortfall } نقطة.
    }
hint-b-age-limit = بعد سن 60، لا تبقى متاحة إلا الفئة A (وترفض بكين وشنتشن منذ 2026 الطلبات من سن 60 فما فوق).
hint-degree-and-experience = خبرة ذات صلة لمدة سنتين بعد الحصول على الشهادة تستوفي هذا المعيار.
hint-quota-job = لا تشمل الفئة C إلا هذه الوظائف. والحصول على أقل من 60 نقطة وحده لا يؤهل لأي تصريح.
hint-z-work-permit = تأتي تأشيرة Z بعد تصريح العمل: بمجرد أن يتسلم صاحب عملك الإشعار، يمكنك التقدم بطلبها.
hint-r-category-a = تأشيرة R مخصصة للفئة A؛ واستيفاء أي معيار من معايير الفئة A يفتحها لك.
hint-pr-four-years = ستكمل 4 سنوات في { $date }، إذا واصلت العمل في الصين.
hint-pr-four-years-not-started = بعد أن تبدأ العمل في الصين، ستحتاج إلى 4 سنوات متتالية.
hint-pr-days-each-year = تتطلب كل سنة 183 يومًا على الأقل من الإقامة الفعلية في الصين.
hint-pr-tax-short = ضريبة دخلك أقل من { $threshold } يوان سنويًا المطلوبة بمقدار { $shortfall } يوان سنويًا.
hint-pr-employer-recommendation = يُرجى طلب خطاب التوصية من قسم الموارد البشرية لدى صاحب عملك؛ فهو إلزامي.
hint-pr-working-in-china = العمل في الصين شرط لهذا المسار.
hint-pr-post-residence = يلزم 3 سنوات من الإقامة خلال السنوات الأربع.
hint-pr-investment-amount = الاستثمار أقل من الحد الأدنى البالغ { $threshold } دولار أمريكي بمقدار { $shortfall } دولار أمريكي.
hint-pr-investment-stable = يجب أن يكون الاستثمار قد ظل مستقرًا لمدة 3 سنوات.
note-a-record-commitment = يجوز لمتقدمي الفئة A الاستعاضة عن بعض إجراءات التصديق بتعهد كتابي.
note-salary-enforcement-2026 = منذ فبراير 2026، ترفض بكين وشنغهاي طلبات مسار الراتب التي تقل عن هذا الحد.
note-unconfirmed-wording = لم تتأكد الصياغة الرسمية الدقيقة لهذا المعيار؛ يُرجى الاستفسار من المكتب المختص.
note-b-age-enforcement = تذكر بعض التقارير سن 55 للنساء؛ أما معيار التصنيف فينص على 60.
note-b-salary-2026 = منذ عام 2026، قد تتحقق بعض المدن أيضًا من حد الأربعة أضعاف في هذا المسار؛ والمصادر متضاربة.
note-b-4x-conditions = تختلف المصادر حول ما إذا كان هذا المسار يتطلب أيضًا شهادة مهارات مهنية أو خبرة سنتين.
note-k-age-unconfirmed = الحد العمري البالغ 45 عامًا متداول في التقارير، لكنه غير مؤكد بنص رسمي؛ يُرجى التحقق لدى القنصلية.
note-k-no-employment = لا تجيز تأشيرة K بمفردها شغل وظيفة: فالعمل لا يزال يتطلب تصريح عمل.
note-pr-salary-each-year = معيار كل سنة هو 6 أضعاف المتوسط المحلي للسنة السابقة لها. تذكر القاعدة متوسط أجور الموظفين الحضريين الدائمين (城镇在岗职工平均工资)؛ والأرقام المستخدمة هنا هي الأساس الذي تنشره المدينة، لذا تحقّق من الرقم لدى إدارة الدخول والخروج.
note-pr-tax-reading = ينص النص الرسمي على 20% من معيار الراتب (工资性年收入标准)، لا 20% من دخلك أنت. والبدلات المعفاة من الضريبة للأجانب (السكن وتعليم الأبناء ودورات اللغة؛ ممددة حتى نهاية 2027) تخفض الضريبة المدفوعة وقد تنزل بها دون هذا الحد.
note-pr-post-employers = أصحاب العمل المؤهَّلون: إدارات مجلس الدولة، والجامعات الرئيسية، ومؤسسات التكنولوجيا الفائقة، والمؤسسات المشجَّعة ذات الاستثمار الأجنبي، وما شابهها.
points-work-permit = نقاط تصريح العمل (积分)
points-salary = الراتب السنوي
points-education = التعليم
points-experience = الخبرة العملية
points-time-in-china = الأشهر سنويًا في الصين
points-chinese = اللغة الصينية
points-location = مكان العمل
points-age = السن
points-bonus = الجامعة أو Fortune 500 أو براءات الاختراع أو 5 سنوات في الصين
points-local-bonus = نقاط محلية إضافية تحددها المقاطعة
improve-salary = راتب أعلى: 20 نقطة ابتداءً من 450 ألف يوان.
improve-experience = كل سنة خبرة إضافية تضيف نقطة واحدة.
improve-time-in-china = العمل 9 أشهر أو أكثر سنويًا في الصين يمنح 15 نقطة.
improve-chinese = اجتياز HSK 4 يمنح 4 نقاط، وHSK 5 يمنح 5 نقاط.
improve-location = الوظائف في المنطقة الغربية أو الشمال الشرقي تمنح 10 نقاط.
improve-local-bonus = يجوز للمقاطعات إضافة ما يصل إلى 10 نقاط للمواهب التي تعاني نقصًا محليًا؛ يُرجى الاستفسار من المكتب المحلي.
