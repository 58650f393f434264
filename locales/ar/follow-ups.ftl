## التذكيرات وتنبيهات تغيّر القواعد: تُعرض مع النتيجة، ويسردها الأمر /reminders، وتُرسَل لاحقًا.

verdict-reminder-offer = ⏰ بالإجابات نفسها، ستستوفي في { $date } شروط: { $routes }. يمكنني تذكيرك في ذلك اليوم.
button-remind-me = ⏰ ذكّرني في ذلك اليوم
button-rule-alerts = 🔔 نبّهني إلى تغيّر القواعد
button-stop-alerts = 🔕 إيقاف التنبيهات
button-cancel-reminder = ✖ إلغاء التذكير { $number }

reminder-toast-set = تم ضبط التذكير
reminder-set = ⏰ تم: في { $date } سأفحص إجاباتك المحفوظة من جديد وأخبرك بوضعها بالنسبة إلى { $routes }. الأمر /reminders يعرض تذكيراتك ويتيح إلغاءها.
reminder-already-set = لديك تذكير لهذا اليوم بالفعل.
reminder-out-of-date = تغيّرت إجاباتك منذ هذه النتيجة، لذا قد لا يكون ذلك التاريخ صحيحًا بعد الآن: الأمر /verdict يعرض النتيجة الحالية والتذكير الخاص بها.
reminder-cancelled = أُلغي التذكير
reminder-already-cancelled = كان هذا التذكير ملغى من قبل
rule-alerts-toast-on = التنبيهات مفعّلة
rule-alerts-on = 🔔 تم: إذا تغيّرت قاعدة أو رقم منشور بما يغيّر نتيجتك، فسأخبرك بما تغيّر. الأمر /reminders يعرض ذلك ويتيح لك إيقافه.
rule-alerts-already = تنبيهات تغيّر القواعد مفعّلة بالفعل.
rule-alerts-off = أُوقفت تنبيهات تغيّر القواعد
rule-alerts-already-off = كانت تنبيهات تغيّر القواعد متوقفة من قبل

reminders-title = تذكيراتك وتنبيهاتك:
reminders-line = { $number }. ⏰ { $date }: { $routes }
reminders-alerts-line = 🔔 تنبيهات تغيّر القواعد: مفعّلة (المقارنة تتم مع نتيجتك بتاريخ { $date })
reminders-empty = ليست لديك أي تذكيرات أو تنبيهات. بعد ظهور نتيجتك، يمكنني أن أعرض عليك تذكيرًا في اليوم الذي تستوفي فيه إجاباتك شروط أحد المسارات، وأن أنبّهك عندما يمسّك تغيير في القواعد.
reminders-kept = تُحفَظ هذه مع إجاباتك إلى أن تُرسَل أو تلغيها؛ والأمر /forget يحذف كل شيء.
reminders-route-gone = مسار لم يعد موجودًا

reminder-due-title = ⏰ تذكيرك بتاريخ { $date }
reminder-due-met = ✅ بتاريخ { $date } تستوفي إجاباتك شروط: { $route }.
reminder-due-if-confirmed = 🟡 بتاريخ { $date }: { $route } — «مستوفاة بشرط التأكيد»: تُستوفى الشروط إذا تأكدت النقاط المعلّقة.
reminder-due-not-met = ❌ بتاريخ { $date } لا تزال إجاباتك لا تستوفي شروط: { $route }.
reminder-due-not-applicable = بتاريخ { $date }، لا ينطبق { $route } على إجاباتك.
reminder-due-check = يصحّ هذا فقط إذا كانت إجاباتك لا تزال صحيحة. راجعها (الراتب، والضريبة، والأيام التي قضيتها في الصين، والتواريخ) بالزر أدناه، واضغط «لماذا؟» لعرض كل معيار والخطوات التالية.

rule-change-title = 🔔 تغيير في القواعد يمسّ نتيجتك
rule-change-route = { $route }: { $before } ← { $after }
rule-change-figure = { $parameter }: { $old } ← { $new }، ساري المفعول منذ { $date } (المصدر: { $source })
rule-change-figure-stale = ⚠️ تجاوز هذا الرقم الآن موعد تحديثه
rule-change-none = لا شيء
rule-change-rules = تغيّرت قواعد هذا المسار في بيانات القواعد الخاصة بالبوت.
rule-change-footer = تقارن هذه الرسالة إجاباتك المحفوظة، بتاريخ { $date }، وفق القواعد قبل التغيير وبعده. تحقّق من أن إجاباتك لا تزال صحيحة.

command-reminders = تذكيراتك وتنبيهاتك
follow-up-more-questions = تنطبق عليك الآن أسئلة أخرى (مثلًا عند بلوغ أربع سنوات من العمل، الراتب والضريبة عن تلك السنوات): أرسل /start للإجابة عنها ومعرفة نتيجتك كاملة.
