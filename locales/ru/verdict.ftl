## Результат: пути, критерии, что изменило бы невыполненный критерий, оговорки, баллы.

verdict-title = Результат проверки на { $date }
verdict-no-routes = Пока ни один из проверяемых путей не подходит по вашим ответам. Ниже показано, чего не хватает.
verdict-details-prompt = Нажмите на путь, чтобы увидеть подробности: все критерии, правила и их источники.
verdict-status-eligible = ✅ Подходит
verdict-status-eligible-if-confirmed = 🟡 Подходит при подтверждении
verdict-status-not-eligible = ❌ Пока не подходит
verdict-status-not-applicable = К вам не относится
verdict-unknown-explained = «Подходит при подтверждении» означает: всё, что вам известно, в порядке, а остальное зависит от вопросов, на которые вы ответили «Не знаю».
verdict-family-work-permit = Разрешение на работу (外国人来华工作许可)
verdict-family-visa = Визы
verdict-family-permanent-residence = Постоянное проживание (外国人永久居留)
verdict-all-of = Все условия:
verdict-any-of = Любое из условий:
verdict-criterion-met = ✅
verdict-criterion-not-met = ❌
verdict-criterion-unknown = ❔
verdict-your-value = У вас: { $value }
verdict-threshold = Требуется: { $threshold }
verdict-shortfall = Не хватает: { $quantity }
verdict-reached-on = Дата выполнения: { $date }
verdict-your-answer = Ваш ответ: { $answer }
verdict-parameter-used = Расчёт по показателю «{ $parameter }»: { $value }, действует с { $date }
verdict-parameter-reference-year = (данные за { $year } г.)
verdict-rule-source = Правило: { $source }, действует с { $date } · { $confidence }
verdict-confidence-confirmed = подтверждено официальным текстом
verdict-confidence-secondary = по вторичным источникам
verdict-confidence-unconfirmed = пока не подтверждено, относитесь с осторожностью
verdict-points-title = Баллы: { $total } из 120
verdict-points-range = Баллы: от { $low } до { $high } из 120 (часть ответов неизвестна)
verdict-points-line = { $factor }: { $points } из { $maximum }
verdict-points-line-unknown = { $factor }: неизвестно (до { $maximum })
verdict-points-improve = Как набрать больше баллов:
verdict-next-steps = Дальнейшие шаги
verdict-documents = Какие документы подготовить
verdict-document-valid = { $document } (не старше { $months } { $months ->
        [one] месяца
        [few] месяцев
        [many] месяцев
       *[other] месяца
    })
verdict-sources = Источники
verdict-source-line = { $title } — { $issuer }, { $date }
verdict-disclaimer = Это справочная информация, а не юридическое решение. Правила и цифры меняются: перед подачей заявления уточните их в местном управлении науки и технологий (разрешения на работу) или в управлении въезда и выезда бюро общественной безопасности (проживание).
verdict-draft-note = Проект положения о постоянном проживании 2020 года был опубликован только для обсуждения; он не является законом, и эта проверка его не учитывает.
verdict-why-button = Почему? { $route }
verdict-back-to-summary = ◀ К сводке
verdict-change-answers = ✏️ Изменить ответ
verdict-restart = 🔄 Начать заново

unit-cny-per-year = { $amount } { $amount ->
        [one] юань
        [few] юаня
        [many] юаней
       *[other] юаня
    } в год
unit-cny = { $amount } { $amount ->
        [one] юань
        [few] юаня
        [many] юаней
       *[other] юаня
    }
unit-usd = { $amount } { $amount ->
        [one] доллар
        [few] доллара
        [many] долларов
       *[other] доллара
    } США
unit-years = { $amount ->
        [one] { $amount } год
        [few] { $amount } года
        [many] { $amount } лет
       *[other] { $amount } года
    }
unit-age = { $amount ->
        [one] { $amount } год
        [few] { $amount } года
        [many] { $amount } лет
       *[other] { $amount } года
    }
unit-points = { $amount ->
        [one] { $amount } балл
        [few] { $amount } балла
        [many] { $amount } баллов
       *[other] { $amount } балла
    }
unit-multiplier = { $amount }×
unit-ratio = { NUMBER($amount, style: "percent") }

parameter-local-average-wage = средняя зарплата по городу
parameter-wp-a-salary-multiple = коэффициент для категории A
parameter-wp-b-salary-multiple = коэффициент для категории B
parameter-pr-salary-multiple = коэффициент для ПМЖ
parameter-pr-tax-ratio = доля налога
parameter-wp-min-age = минимальный возраст
parameter-wp-b-max-age = предельный возраст для категории B
parameter-k-visa-max-age = предельный возраст для визы K (по сообщениям)
parameter-pr-spouse-min-years = требуемое число лет
parameter-pr-elderly-min-age = минимальный возраст
parameter-pr-investment-minimum = минимальная сумма инвестиций

route-wp-a = Разрешение на работу, категория A — специалисты высшего уровня (外国高端人才)
route-wp-a-short = Разрешение A
route-wp-a-summary = Без квот, ускоренное оформление, без ограничений по возрасту и опыту; открывает визу R для талантов.
route-wp-b = Разрешение на работу, категория B — профессиональные специалисты (外国专业人才)
route-wp-b-short = Разрешение B
route-wp-b-summary = Обычное разрешение для выпускников с опытом работы; до 60 лет; число ограничено потребностями рынка.
route-wp-c = Разрешение на работу, категория C — квотируемые работы (外国普通人员)
route-wp-c-short = Разрешение C
route-wp-c-summary = Только временные, сезонные, межправительственные и другие квотируемые работы.
route-z-visa = Виза Z (рабочая виза)
route-z-visa-short = Виза Z
route-z-visa-summary = Виза для въезда в Китай на работу — после того, как работодатель получит уведомление о разрешении на работу.
route-r-visa = Виза R (виза для талантов)
route-r-visa-short = Виза R
route-r-visa-summary = Для специалистов категории A: от 5 до 10 лет, многократный въезд, пребывание до 180 дней, без сборов.
route-k-visa = Виза K (молодые специалисты в науке и технологиях)
route-k-visa-short = Виза K
route-k-visa-summary = Введена с 1 октября 2025 г.; приглашение работодателя не нужно. Сама по себе не даёт права на работу по найму.
route-pr-salary-tax = ПМЖ: через зарплату и налоги
route-pr-salary-tax-short = ПМЖ: зарплата и налоги
route-pr-salary-tax-summary = 4 года работы в Китае с зарплатой не ниже шестикратной средней по городу и налогом не менее 20% от этого порога.
route-pr-chinese-origin-phd = ПМЖ: иностранцы китайского происхождения со степенью PhD / кандидата наук
route-pr-chinese-origin-phd-short = ПМЖ: китайцы с PhD
route-pr-chinese-origin-phd-summary = Доступно по всей стране для лиц китайского происхождения со степенью PhD / кандидата наук или выше, работающих в Китае.
route-pr-recommended = ПМЖ: рекомендованные специалисты
route-pr-recommended-short = ПМЖ: по рекомендации
route-pr-recommended-summary = Для тех, кого рекомендует министерство, правительство провинции или ключевая зона развития.
route-pr-post-holder = ПМЖ: руководящие должности
route-pr-post-holder-short = ПМЖ: руководители
route-pr-post-holder-summary = Заместитель генерального директора или доцент и выше, 4 года в должности у работодателя из установленного перечня.
route-pr-investment = ПМЖ: инвесторы
route-pr-investment-short = ПМЖ: инвесторы
route-pr-investment-summary = Стабильные прямые инвестиции в Китае в течение 3 лет.
route-pr-spouse = ПМЖ: супруги граждан Китая или обладателей ПМЖ
route-pr-spouse-short = ПМЖ: супруги
route-pr-spouse-summary = 5 лет в браке и 5 лет проживания в Китае.
route-pr-child = ПМЖ: дети, переезжающие к родителю
route-pr-child-short = ПМЖ: дети
route-pr-child-summary = Не состоящие в браке дети до 18 лет, переезжающие к родителю в Китай.
route-pr-elderly = ПМЖ: родственники в возрасте от 60 лет
route-pr-elderly-short = ПМЖ: родные от 60 лет
route-pr-elderly-summary = Для лиц от 60 лет, переезжающих к прямым родственникам в Китае, если за рубежом прямых родственников у них не осталось.

crit-adult = Возраст от 18 лет
crit-b-age-limit = Не старше 60 лет (категория B)
crit-job-offer = Предложение о работе от работодателя, зарегистрированного в Китае
crit-clean-record = Отсутствие судимости
crit-medical = Прохождение медицинского обследования
crit-talent-programme = Участие в признанной программе привлечения талантов
crit-international-award = Международно признанные достижения (крупная награда, членство в академии)
crit-encouraged-post = Руководящая должность у поощряемого работодателя или учёное звание доцента и выше
crit-salary-6x = Зарплата не ниже шестикратной средней зарплаты по городу
crit-salary-4x = Зарплата не ниже четырёхкратной средней зарплаты по городу
crit-innovation-founder = Специалист в сфере инноваций и предпринимательства
crit-young-postdoc = Младше 40 лет и постдок в известном университете
crit-points-a = Не менее 85 баллов
crit-points-b = Не менее 60 баллов
crit-degree-and-experience = Степень бакалавра или выше и не менее 2 лет опыта по специальности
crit-graduate = Магистратура или выше в китайском вузе или ведущем зарубежном университете
crit-language-teacher = Преподаватель родного языка с дипломом и 2 годами опыта или педагогической квалификацией
crit-quota-job = Работа относится к квотируемым работам категории C
crit-z-work-permit = Есть право на разрешение на работу (категория A, B или C)
crit-r-category-a = Соответствие категории A (специалист высшего уровня)
crit-k-young = Возраст в пределах заявленного ограничения
crit-k-stem-degree = Бакалавр или выше в области естественных наук, технологий, инженерии или математики
crit-k-known-university = Выпускник или сотрудник известного университета или научного учреждения
crit-pr-four-years = 4 года работы в Китае подряд
crit-pr-days-each-year = Не менее 183 дней в Китае в каждом из этих лет
crit-pr-salary-6x = Зарплата не ниже шестикратной средней по городу в каждом году
crit-pr-tax = Подоходный налог за каждый год не менее 20% от порога зарплаты
crit-pr-employer-recommendation = Рекомендательное письмо работодателя
crit-pr-chinese-origin = Китайское происхождение
crit-pr-doctorate = Степень PhD / кандидата наук или выше
crit-pr-working-in-china = Работа в Китае
crit-pr-government-recommendation = Рекомендация министерства, правительства провинции или ключевой зоны развития
crit-pr-post-four-years = Руководящая должность 4 года подряд
crit-pr-post-residence = Не менее 3 лет проживания в Китае в пределах этих 4 лет
crit-pr-investment-amount = Инвестиции не ниже минимума для региона или отрасли
crit-pr-investment-stable = Инвестиции стабильны 3 года, налоговая история хорошая
crit-pr-married-years = В браке не менее 5 лет
crit-pr-residence-years = Не менее 5 лет непрерывного проживания в Китае
crit-pr-nine-months = Не менее 9 месяцев в Китае каждый год
crit-pr-livelihood = Стабильные средства к существованию и жильё
crit-pr-minor = Младше 18 лет
crit-pr-parent = Переезд к родителю — гражданину Китая или обладателю ПМЖ
crit-pr-sixty = Возраст от 60 лет
crit-pr-relatives = Переезд к прямым родственникам в Китае
crit-pr-none-abroad = Нет прямых родственников за рубежом

hint-job-offer = Сначала найдите работодателя в Китае: разрешение за вас запрашивает именно он.
hint-clean-record = Отсутствие судимости обязательно для любого пути; о справке узнайте в компетентном органе своей страны.
hint-medical = Требуется медицинская справка из уполномоченной больницы.
hint-salary-short = Ваша зарплата на { $shortfall } { $shortfall ->
        [one] юань
        [few] юаня
        [many] юаней
       *[other] юаня
    } в год ниже порога в { $threshold } { $threshold ->
        [one] юань
        [few] юаня
        [many] юаней
       *[other] юаня
    } в год. Ситуацию изменит более высокое предложение или выполнение другого критерия.
hint-points = Не хватает { $shortfall } { $shortfall ->
        [one] балла
        [few] баллов
        [many] баллов
       *[other] балла
    }.
hint-b-age-limit = После 60 лет остаётся только категория A (Пекин и Шэньчжэнь применяют это правило строго).
hint-degree-and-experience = Это условие будет выполнено, если после получения диплома у вас будет два года опыта по специальности.
hint-quota-job = Категория C охватывает только эти виды работ. Менее 60 баллов само по себе не даёт права ни на одно разрешение.
hint-z-work-permit = Виза Z оформляется после разрешения на работу: как только работодатель получит уведомление, можно подавать заявление.
hint-r-category-a = Виза R предназначена для категории A; её откроет выполнение любого критерия категории A.
hint-pr-four-years = 4 года исполнится { $date }, если вы продолжите работать в Китае.
hint-pr-four-years-not-started = После начала работы в Китае потребуется 4 года непрерывной работы.
hint-pr-days-each-year = В каждом году нужно фактически провести в Китае не менее 183 дней.
hint-pr-tax-short = Ваш подоходный налог на { $shortfall } { $shortfall ->
        [one] юань
        [few] юаня
        [many] юаней
       *[other] юаня
    } в год ниже требуемых { $threshold } { $threshold ->
        [one] юань
        [few] юаня
        [many] юаней
       *[other] юаня
    } в год.
hint-pr-employer-recommendation = Попросите отдел кадров работодателя подготовить рекомендательное письмо — оно обязательно.
hint-pr-working-in-china = Для этого пути нужно работать в Китае.
hint-pr-post-residence = Нужно три года проживания в пределах этих 4 лет.
hint-pr-investment-amount = Инвестиции на { $shortfall } { $shortfall ->
        [one] доллар
        [few] доллара
        [many] долларов
       *[other] доллара
    } США меньше минимума в { $threshold } { $threshold ->
        [one] доллар
        [few] доллара
        [many] долларов
       *[other] доллара
    } США.
hint-pr-investment-stable = Инвестиции должны оставаться стабильными в течение 3 лет.

note-a-record-commitment = Заявители категории A могут заменить часть процедур подтверждения подлинности документов письменным обязательством.
note-salary-enforcement-2026 = С февраля 2026 г. Пекин и Шанхай не принимают заявления по зарплатному критерию ниже этого порога.
note-unconfirmed-wording = Точная официальная формулировка этого критерия не подтверждена; уточните в управлении.
note-b-age-enforcement = В некоторых источниках для женщин указан возраст 55 лет; в классификационном стандарте — 60.
note-b-salary-2026 = С 2026 г. некоторые города, возможно, проверяют для этого пути и порог в 4 средние зарплаты; источники расходятся.
note-b-4x-conditions = Источники расходятся в том, нужен ли для этого пути также сертификат квалификации или 2 года опыта.
note-k-age-unconfirmed = Возрастной предел 45 лет упоминается в сообщениях, но не подтверждён официальным текстом; уточните в консульстве.
note-k-no-employment = Виза K сама по себе не даёт права работать по найму: для трудоустройства по-прежнему нужно разрешение на работу.
note-pr-salary-each-year = Мы сравниваем ваш год с самой низкой зарплатой с текущим порогом; управление проверяет каждый год по порогу того же года, а в прежние годы он был ниже.
note-pr-tax-reading = В официальном тексте — 20% от порога годовой зарплаты (工资性年收入标准). В некоторых статьях это толкуют как 20% от вашего собственного дохода; уточните в управлении.
note-pr-post-employers = Подходящие работодатели: ведомства Госсовета, ключевые университеты, высокотехнологичные предприятия, поощряемые предприятия с иностранными инвестициями и т. п.

points-work-permit = Баллы для разрешения на работу (积分)
points-salary = Годовая зарплата
points-education = Образование
points-experience = Опыт работы
points-time-in-china = Месяцев в году в Китае
points-chinese = Китайский язык
points-location = Место работы
points-age = Возраст
points-bonus = Вуз, Fortune 500, патенты или 5 лет в Китае
points-local-bonus = Местная надбавка, устанавливаемая провинцией
improve-salary = Более высокая зарплата: 20 баллов — от 450 000 юаней.
improve-experience = Каждый следующий год опыта добавляет балл.
improve-time-in-china = Работа в Китае 9 месяцев в году и больше даёт 15 баллов.
improve-chinese = HSK 4 даёт 4 балла, HSK 5 — 5 баллов.
improve-location = Работа в западном регионе или на северо-востоке даёт 10 баллов.
improve-local-bonus = Провинции могут добавить до 10 баллов за специальности, дефицитные на местном рынке; уточните в местном управлении.
