## Das Ergebnis: Wege, Kriterien, was ein nicht erfülltes Kriterium ändern würde, Vorbehalte, Punkte.

verdict-title = Ihre Voraussetzungen, Stand { $date }
verdict-no-routes = Noch passt keiner der geprüften Wege zu Ihren Antworten. Unten sehen Sie, was fehlt.
verdict-details-prompt = Tippen Sie auf einen Weg, um die Einzelheiten zu sehen: jedes Kriterium, die Regel und ihre Quelle.
verdict-status-eligible = ✅ Voraussetzungen erfüllt
verdict-status-eligible-if-confirmed = 🟡 Erfüllt, falls bestätigt
verdict-status-not-eligible = ❌ Noch nicht erfüllt
verdict-status-not-applicable = Für Sie nicht relevant
verdict-unknown-explained = „Erfüllt, falls bestätigt“ bedeutet: Alles, was Sie wissen, passt; der Rest hängt von Fragen ab, bei denen Sie „Weiß ich nicht“ gewählt haben.
verdict-family-work-permit = Arbeitserlaubnis (外国人来华工作许可)
verdict-family-visa = Visa
verdict-family-permanent-residence = Daueraufenthalt (外国人永久居留)
verdict-all-of = Alle diese Bedingungen:
verdict-any-of = Eine dieser Bedingungen:
verdict-criterion-met = ✅
verdict-criterion-not-met = ❌
verdict-criterion-unknown = ❔
verdict-your-value = Ihr Wert: { $value }
verdict-threshold = Erforderlich: { $threshold }
verdict-shortfall = { $amount ->
        [one] Es fehlt { $quantity }
       *[other] Es fehlen { $quantity }
    }
verdict-reached-on = Erreicht am { $date }
verdict-your-answer = Ihre Antwort: { $answer }
verdict-parameter-used = Grundlage – { $parameter }: { $value }, gültig ab { $date }
verdict-parameter-reference-year = (Wert für { $year })
verdict-rule-source = Regel: { $source }, gültig ab { $date } · { $confidence }
verdict-confidence-confirmed = in einem amtlichen Text bestätigt
verdict-confidence-secondary = aus Sekundärquellen
verdict-confidence-unconfirmed = noch nicht bestätigt, mit Vorsicht zu behandeln
verdict-points-title = Punkte: { $total } von 120
verdict-points-range = Punkte: zwischen { $low } und { $high } von 120 (einige Antworten unbekannt)
verdict-points-line = { $factor }: { $points } von { $maximum }
verdict-points-line-unknown = { $factor }: unbekannt (bis zu { $maximum })
verdict-points-improve = So können Sie Punkte hinzugewinnen:
verdict-next-steps = Nächste Schritte
verdict-documents = Vorzubereitende Unterlagen
verdict-document-valid = { $document } (nicht älter als { $months ->
        [one] { $months } Monat
       *[other] { $months } Monate
    })
verdict-sources = Quellen
verdict-source-line = { $title } – { $issuer }, { $date }
verdict-disclaimer = Dies ist eine Orientierungshilfe, keine rechtsverbindliche Entscheidung. Regeln und Zahlen ändern sich: Lassen Sie sie sich vor der Antragstellung vom örtlichen Amt für Wissenschaft und Technologie (Arbeitserlaubnis) bzw. von der Ein- und Ausreisebehörde des Amts für öffentliche Sicherheit (Aufenthalt) bestätigen.
verdict-draft-note = Ein Verordnungsentwurf zum Daueraufenthalt aus dem Jahr 2020 wurde nur zur Stellungnahme veröffentlicht; er ist kein geltendes Recht, und diese Prüfung berücksichtigt ihn nicht.
verdict-why-button = Warum? { $route }
verdict-back-to-summary = ◀ Übersicht
verdict-change-answers = ✏️ Antwort ändern
verdict-restart = 🔄 Neu beginnen

unit-cny-per-year = { $amount } Yuan pro Jahr
unit-cny = { $amount } Yuan
unit-usd = { $amount } US-Dollar
unit-years = { $amount ->
        [one] { $amount } Jahr
       *[other] { $amount } Jahre
    }
unit-age = { $amount ->
        [one] { $amount } Jahr alt
       *[other] { $amount } Jahre alt
    }
unit-points = { $amount ->
        [one] { $amount } Punkt
       *[other] { $amount } Punkte
    }
unit-multiplier = { $amount }×
unit-ratio = { NUMBER($amount, style: "percent") }

parameter-local-average-wage = örtlicher Durchschnittslohn
parameter-wp-a-salary-multiple = Faktor für Kategorie A
parameter-wp-b-salary-multiple = Faktor für Kategorie B
parameter-pr-salary-multiple = Faktor für den Daueraufenthalt
parameter-pr-tax-ratio = Steueranteil
parameter-wp-min-age = Mindestalter
parameter-wp-b-max-age = Altersgrenze für Kategorie B
parameter-k-visa-max-age = berichtete Altersgrenze des K-Visums
parameter-pr-spouse-min-years = erforderliche Jahre
parameter-pr-elderly-min-age = Mindestalter
parameter-pr-investment-minimum = Mindestinvestition

route-wp-a = Arbeitserlaubnis, Kategorie A — Spitzenkräfte (外国高端人才)
route-wp-a-short = Arbeitserlaubnis A
route-wp-a-summary = Kein Kontingent, beschleunigtes Verfahren, keine Alters- oder Erfahrungsgrenzen; führt zum R-Visum für Talente.
route-wp-b = Arbeitserlaubnis, Kategorie B — Fachkräfte (外国专业人才)
route-wp-b-short = Arbeitserlaubnis B
route-wp-b-summary = Die übliche Erlaubnis für Hochschulabsolventen mit Berufserfahrung; bis 60 Jahre; begrenzt nach Bedarf des Arbeitsmarkts.
route-wp-c = Arbeitserlaubnis, Kategorie C — Kontingentstellen (外国普通人员)
route-wp-c-short = Arbeitserlaubnis C
route-wp-c-summary = Nur befristete, saisonale, zwischenstaatliche und andere kontingentierte Tätigkeiten.
route-z-visa = Z-Visum (Arbeitsvisum)
route-z-visa-short = Z-Visum
route-z-visa-summary = Das Visum für die Einreise nach China zur Arbeitsaufnahme, sobald Ihr Arbeitgeber den Bescheid über die Arbeitserlaubnis hat.
route-r-visa = R-Visum (Talentvisum)
route-r-visa-short = R-Visum
route-r-visa-summary = Für Talente der Kategorie A: 5 bis 10 Jahre, mehrfache Einreise, Aufenthalte bis 180 Tage, gebührenfrei.
route-k-visa = K-Visum (junge Talente aus Wissenschaft und Technik)
route-k-visa-short = K-Visum
route-k-visa-summary = Neu seit dem 1. Oktober 2025; keine Einladung eines Arbeitgebers nötig. Berechtigt für sich genommen nicht zur Erwerbstätigkeit.
route-pr-salary-tax = Daueraufenthalt: Gehalts- und Steuerweg
route-pr-salary-tax-short = Gehalt und Steuer
route-pr-salary-tax-summary = 4 Jahre Arbeit in China mit einem Gehalt von mindestens dem 6-Fachen des örtlichen Durchschnitts und einer Steuer von mindestens 20 % dieses Standards.
route-pr-chinese-origin-phd = Daueraufenthalt: Ausländer chinesischer Abstammung mit Promotion
route-pr-chinese-origin-phd-short = Chinesische Herkunft
route-pr-chinese-origin-phd-summary = Landesweit offen für Menschen chinesischer Abstammung mit Promotion, die in China arbeiten.
route-pr-recommended = Daueraufenthalt: empfohlene Talente
route-pr-recommended-short = Empfohlene Talente
route-pr-recommended-summary = Für Personen, die von einem Ministerium, einer Provinzregierung oder einer wichtigen Entwicklungszone empfohlen werden.
route-pr-post-holder = Daueraufenthalt: Inhaber leitender Positionen
route-pr-post-holder-short = Leitende Position
route-pr-post-holder-summary = Stellvertretende Geschäftsführung oder außerordentliche Professur und höher, 4 Jahre in der Position bei einem anerkannten Arbeitgeber.
route-pr-investment = Daueraufenthalt: Investoren
route-pr-investment-short = Investoren
route-pr-investment-summary = Eine stabile Direktinvestition in China über 3 Jahre.
route-pr-spouse = Daueraufenthalt: Ehepartner chinesischer Staatsbürger oder Daueraufenthaltsberechtigter
route-pr-spouse-short = Ehepartner
route-pr-spouse-summary = 5 Jahre Ehe und 5 Jahre Wohnsitz in China.
route-pr-child = Daueraufenthalt: Kinder, die zu einem Elternteil ziehen
route-pr-child-short = Kinder
route-pr-child-summary = Unverheiratete Kinder unter 18, die zu einem Elternteil nach China ziehen.
route-pr-elderly = Daueraufenthalt: Angehörige ab 60 Jahren
route-pr-elderly-short = Angehörige ab 60
route-pr-elderly-summary = Für Personen ab 60, die zu direkten Angehörigen nach China ziehen und im Ausland keine mehr haben.

crit-adult = Mindestens 18 Jahre alt
crit-b-age-limit = Nicht älter als 60 (Kategorie B)
crit-job-offer = Stellenangebot eines in China registrierten Arbeitgebers
crit-clean-record = Keine Vorstrafen
crit-medical = Ärztliche Untersuchung bestanden
crit-talent-programme = Aufnahme in ein anerkanntes Talentprogramm
crit-international-award = International anerkannte Leistung (bedeutender Preis, Akademiemitgliedschaft)
crit-encouraged-post = Leitende Position bei einem geförderten Arbeitgeber oder akademischer Rang ab außerordentlicher Professur
crit-salary-6x = Gehalt mindestens das 6-Fache des örtlichen Durchschnittslohns
crit-salary-4x = Gehalt mindestens das 4-Fache des örtlichen Durchschnittslohns
crit-innovation-founder = Talent in Innovation und Unternehmensgründung
crit-young-postdoc = Unter 40 und Postdoc an einer renommierten Universität
crit-points-a = Mindestens 85 Punkte
crit-points-b = Mindestens 60 Punkte
crit-degree-and-experience = Bachelor oder höher und mindestens 2 Jahre einschlägige Berufserfahrung
crit-graduate = Master oder höher von einer chinesischen Hochschule oder einer ausländischen Spitzenuniversität
crit-language-teacher = Lehrkraft für die eigene Muttersprache mit Abschluss und 2 Jahren Erfahrung oder einer Lehrbefähigung
crit-quota-job = Die Stelle ist eine kontingentierte Tätigkeit der Kategorie C
crit-z-work-permit = Erfüllt die Voraussetzungen für eine Arbeitserlaubnis (Kategorie A, B oder C)
crit-r-category-a = Erfüllt die Voraussetzungen als Spitzenkraft der Kategorie A
crit-k-young = Innerhalb der berichteten Altersgrenze
crit-k-stem-degree = Bachelor oder höher in einem MINT-Fach
crit-k-known-university = Von einer renommierten Universität oder Forschungseinrichtung
crit-pr-four-years = 4 Jahre ununterbrochen in China gearbeitet
crit-pr-days-each-year = Mindestens 183 Tage in China in jedem dieser Jahre
crit-pr-salary-6x = Gehalt in jedem Jahr mindestens das 6-Fache des örtlichen Durchschnittslohns
crit-pr-tax = Einkommensteuer jedes Jahr mindestens 20 % des Gehaltsstandards
crit-pr-employer-recommendation = Empfehlungsschreiben des Arbeitgebers
crit-pr-chinese-origin = Chinesischer Abstammung
crit-pr-doctorate = Promoviert
crit-pr-working-in-china = Arbeitet in China
crit-pr-government-recommendation = Empfehlung eines Ministeriums, einer Provinzregierung oder einer wichtigen Entwicklungszone
crit-pr-post-four-years = Leitende Position seit 4 Jahren ununterbrochen inne
crit-pr-post-residence = Mindestens 3 Jahre Aufenthalt in China innerhalb dieser 4 Jahre
crit-pr-investment-amount = Investition mindestens in Höhe des Mindestbetrags für Region oder Branche
crit-pr-investment-stable = Investition 3 Jahre stabil, bei einwandfreier Steuerhistorie
crit-pr-married-years = Seit mindestens 5 Jahren verheiratet
crit-pr-residence-years = Mindestens 5 Jahre ununterbrochen in China wohnhaft
crit-pr-nine-months = Jedes Jahr mindestens 9 Monate in China
crit-pr-livelihood = Gesicherter Lebensunterhalt und Wohnraum
crit-pr-minor = Unter 18
crit-pr-parent = Zuzug zu einem Elternteil mit chinesischer Staatsangehörigkeit oder Daueraufenthalt
crit-pr-sixty = 60 Jahre oder älter
crit-pr-relatives = Zuzug zu direkten Angehörigen in China
crit-pr-none-abroad = Keine direkten Angehörigen im Ausland

hint-job-offer = Suchen Sie zuerst einen Arbeitgeber in China: Er beantragt die Erlaubnis für Sie.
hint-clean-record = Jeder Weg setzt voraus, dass keine Vorstrafen vorliegen; erkundigen Sie sich bei der zuständigen Behörde Ihres Landes nach dem Führungszeugnis.
hint-medical = Ein Gesundheitszeugnis eines dafür zugelassenen Krankenhauses ist erforderlich.
hint-salary-short = Ihr Gehalt liegt { $shortfall } Yuan pro Jahr unter der Schwelle von { $threshold } Yuan pro Jahr. Ein höheres Angebot oder ein anderes Kriterium würde das ändern.
hint-points = { $shortfall ->
        [one] Es fehlt { $shortfall } Punkt.
       *[other] Es fehlen { $shortfall } Punkte.
    }
hint-b-age-limit = Über 60 bleibt nur Kategorie A offen (Peking und Shenzhen setzen das streng durch).
hint-degree-and-experience = Zwei Jahre einschlägige Berufserfahrung nach dem Abschluss würden diese Bedingung erfüllen.
hint-quota-job = Kategorie C umfasst nur diese Tätigkeiten. Weniger als 60 Punkte allein berechtigen zu keiner Erlaubnis.
hint-z-work-permit = Das Z-Visum folgt auf die Arbeitserlaubnis: Sobald Ihr Arbeitgeber den Bescheid erhält, können Sie es beantragen.
hint-r-category-a = Das R-Visum ist für Kategorie A bestimmt; jedes erfüllte Kriterium der Kategorie A würde es eröffnen.
hint-pr-four-years = Die 4 Jahre erreichen Sie am { $date }, wenn Sie weiter in China arbeiten.
hint-pr-four-years-not-started = Sobald Sie in China arbeiten, sind 4 aufeinanderfolgende Jahre nötig.
hint-pr-days-each-year = In jedem Jahr müssen Sie tatsächlich mindestens 183 Tage in China verbracht haben.
hint-pr-tax-short = Ihre Einkommensteuer liegt { $shortfall } Yuan pro Jahr unter den geforderten { $threshold } Yuan pro Jahr.
hint-pr-employer-recommendation = Bitten Sie die Personalabteilung Ihres Arbeitgebers um das Empfehlungsschreiben; es ist zwingend erforderlich.
hint-pr-working-in-china = Für diesen Weg müssen Sie in China arbeiten.
hint-pr-post-residence = Erforderlich sind drei Jahre Aufenthalt innerhalb der 4 Jahre.
hint-pr-investment-amount = Die Investition liegt { $shortfall } US-Dollar unter dem Mindestbetrag von { $threshold } US-Dollar.
hint-pr-investment-stable = Die Investition muss 3 Jahre lang stabil gewesen sein.

note-a-record-commitment = Antragsteller der Kategorie A können einen Teil der Beglaubigungen durch eine schriftliche Verpflichtungserklärung ersetzen.
note-salary-enforcement-2026 = Seit Februar 2026 lehnen Peking und Shanghai Anträge über den Gehaltsweg unterhalb dieser Schwelle ab.
note-unconfirmed-wording = Der genaue amtliche Wortlaut dieses Kriteriums ist nicht bestätigt; fragen Sie bei der Behörde nach.
note-b-age-enforcement = Einige Berichte nennen 55 Jahre für Frauen; der Klassifizierungsstandard nennt 60.
note-b-salary-2026 = Seit 2026 prüfen einige Städte bei diesem Weg möglicherweise auch die Schwelle vom 4-Fachen des Gehalts; die Quellen sind uneins.
note-b-4x-conditions = Die Quellen sind uneins, ob dieser Weg zusätzlich ein Qualifikationszertifikat oder 2 Jahre Berufserfahrung erfordert.
note-k-age-unconfirmed = Die Altersgrenze von 45 Jahren wird berichtet, ist aber durch keinen amtlichen Text bestätigt; erkundigen Sie sich beim Konsulat.
note-k-no-employment = Das K-Visum berechtigt für sich genommen nicht zur Aufnahme einer Beschäftigung: Dafür ist weiterhin eine Arbeitserlaubnis nötig.
note-pr-salary-each-year = Wir vergleichen Ihr niedrigstes Jahr mit dem aktuellen Standard; die Behörde prüft jedes Jahr anhand des Werts für dieses Jahr, der in früheren Jahren niedriger war.
note-pr-tax-reading = Der amtliche Text spricht von 20 % des Gehaltsstandards (工资性年收入标准). Manche Artikel lesen das als 20 % Ihres eigenen Einkommens; lassen Sie es sich von der Behörde bestätigen.
note-pr-post-employers = Anerkannte Arbeitgeber: Behörden des Staatsrats, Schwerpunktuniversitäten, Hightech-Unternehmen, geförderte Unternehmen mit ausländischer Kapitalbeteiligung und Ähnliche.

points-work-permit = Punkte für die Arbeitserlaubnis (积分)
points-salary = Jahresgehalt
points-education = Bildung
points-experience = Berufserfahrung
points-time-in-china = Monate pro Jahr in China
points-chinese = Chinesischkenntnisse
points-location = Arbeitsort
points-age = Alter
points-bonus = Universität, Fortune 500, Patente oder 5 Jahre in China
points-local-bonus = Regionaler Bonus der Provinz
improve-salary = Ein höheres Gehalt: 20 Punkte ab 450.000 Yuan.
improve-experience = Jedes weitere Jahr Berufserfahrung bringt einen Punkt.
improve-time-in-china = Wer 9 Monate oder mehr im Jahr in China arbeitet, erhält 15 Punkte.
improve-chinese = Eine bestandene HSK-4-Prüfung bringt 4 Punkte, HSK 5 bringt 5.
improve-location = Stellen in der Westregion oder im Nordosten bringen 10 Punkte.
improve-local-bonus = Provinzen können für regional gesuchte Fachkräfte bis zu 10 Punkte vergeben; fragen Sie beim örtlichen Amt nach.
