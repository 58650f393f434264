## إجابات لم نتمكن من قبولها. يبقى السؤال كما هو، ولا يُحفظ شيء.

error-empty = يُرجى كتابة إجابة.
error-not-a-number = تعذّرت عليّ قراءة ذلك كرقم. { hint-whole-number }
error-number-not-whole = يُرجى كتابة عدد صحيح، دون كسور عشرية.
error-text-too-long = هذا أطول من أن يكون إجابة. يُرجى كتابة الرقم أو التاريخ فقط.
error-date-invalid = هذا التاريخ غير موجود. { hint-month-year }
error-date-format = تعذّرت عليّ قراءة ذلك كتاريخ. { hint-month-year }
error-date-in-future = هذا التاريخ في المستقبل. يُرجى كتابة الشهر والسنة اللذين بدأت فيهما.
error-date-too-early = يُرجى إدخال تاريخ من عام { $year } فصاعدًا.
error-money-negative = لا يمكن أن يكون المبلغ سالبًا. يُرجى كتابة المبلغ باليوان.
error-money-absurd = هذا أكثر من { $max }. يُرجى التحقق من المبلغ.
error-money-too-small = هذا أقل من { $min }. يُرجى التحقق من المبلغ.
error-number-below-min = يُرجى كتابة رقم لا يقل عن { $min }.
error-number-above-max = يُرجى كتابة رقم لا يزيد على { $max }.
error-use-buttons = يُرجى اختيار أحد الأزرار الموجودة أسفل السؤال.
error-stale-button = هذا الزر يخص سؤالًا سابقًا. إليك السؤال الحالي.
error-verdict-not-ready = تصبح النتيجة جاهزة بعد الإجابة عن الأسئلة. إليك السؤال التالي.
error-unknown-language = هذه اللغة غير متاحة.
error-nothing-to-go-back-to = هذا هو السؤال الأول؛ لا يوجد سؤال سابق للرجوع إليه.
error-interview-complete = تمت الإجابة عن جميع الأسئلة. يُرجى إرسال /verdict لعرض النتيجة أو /restart للبدء من جديد.
error-unsupported-message = لا يمكنني هنا قراءة سوى النصوص والضغطات على الأزرار.
error-edited-message = لاحظتُ أنك عدّلت رسالة. التعديلات لا تغيّر إجاباتك: لتغيير إجابة، يُرجى استخدام /answers.
error-generic = عذرًا، حدث خطأ من جهتنا. إجاباتك محفوظة بأمان؛ يُرجى المحاولة مرة أخرى.
error-too-many-messages = أنت ترسل الرسائل أسرع مما أستطيع الرد عليها. سأرد على الرسائل التي وصلتني؛ يُرجى انتظار ردي قبل إرسال المزيد.
