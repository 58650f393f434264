## Die Befragung: Fragen, warum jede gestellt wird, Antwortmöglichkeiten und Eingabehinweise.
## Die amtlichen chinesischen Bezeichnungen stehen neben der Übersetzung, damit man sie den Formularen zuordnen kann.

q-goal = Was möchten Sie in China tun?
q-goal-why = Wir fragen nur nach den Wegen, die zu Ihrem Vorhaben passen.
choice-goal-work = Dort arbeiten
choice-goal-settle = Niederlassen (Daueraufenthalt)
choice-goal-both = Erst arbeiten, dann bleiben
choice-goal-unsure = Noch unsicher – alles zeigen

q-age = Wie alt sind Sie?
q-age-why = Für Arbeitserlaubnisse gelten Altersgrenzen (18 bis 60 Jahre für Kategorie B), und das Alter bringt Punkte.

q-work-city = In welcher Stadt auf dem chinesischen Festland werden Sie arbeiten (oder arbeiten Sie bereits)?
q-work-city-why = Die Gehaltsschwellen sind Vielfache des örtlichen Durchschnittslohns, und der unterscheidet sich von Stadt zu Stadt.
choice-city-beijing = Peking (北京)
choice-city-shanghai = Shanghai (上海)
choice-city-guangzhou = Guangzhou (广州)
choice-city-shenzhen = Shenzhen (深圳)
choice-city-changzhou = Changzhou (常州)
choice-city-other = Andere Stadt

q-other-city-region = Wo liegt diese Stadt?
q-other-city-region-why = Stellen in der Westregion, im Nordosten oder in ausgewiesenen Sondergebieten bringen 10 zusätzliche Punkte.
choice-region-west = Westregion (z. B. Chengdu)
choice-region-northeast = Alte Industriebasis Nordost
choice-region-special-area = Sonder- oder Armutsgebiet
choice-region-elsewhere = Anderswo (z. B. Hangzhou)
choice-dont-know = Weiß ich nicht

q-other-city-average-wage = Wie hoch ist der durchschnittliche Jahreslohn in Ihrer Stadt, in Yuan?
q-other-city-average-wage-why = Für Ihre Stadt liegt uns kein aktueller Wert vor, und die Gehaltsregeln sind Vielfache davon. Das örtliche Amt für Wissenschaft und Technologie veröffentlicht ihn (社会平均工资).

q-job-offer = Haben Sie ein Stellenangebot von einem Arbeitgeber, der auf dem chinesischen Festland registriert ist?
q-job-offer-why = Jede Arbeitserlaubnis wird von einem chinesischen Arbeitgeber beantragt; ohne Arbeitgeber keine Erlaubnis.

q-annual-salary = Welches Bruttojahresgehalt zahlt Ihnen Ihr Arbeitgeber in China (bzw. wird er Ihnen zahlen), in Yuan?
q-annual-salary-why = Das Gehalt bringt bis zu 20 Punkte, und das 6- bzw. 4-Fache des örtlichen Durchschnittslohns reicht allein schon für Kategorie A bzw. B.

q-highest-degree = Was ist Ihr höchster Abschluss?
q-highest-degree-why = Bildung bringt bis zu 20 Punkte, und Hochschulabschlüsse eröffnen mehrere Wege. Ein hochrangiges internationales Berufszertifikat zählt wie eine Promotion.
choice-degree-doctorate = Promotion o. Top-Zertifikat
choice-degree-master = Masterabschluss
choice-degree-bachelor = Bachelorabschluss
choice-degree-below-bachelor = Unterhalb des Bachelors

q-experience-years = Wie viele Jahre einschlägige Berufserfahrung haben Sie nach Ihrem Abschluss gesammelt?
q-experience-years-why = Für Kategorie B sind meist 2 Jahre nötig, und Berufserfahrung bringt bis zu 20 Punkte.

q-months-in-china = Wie viele Monate im Jahr werden Sie in China arbeiten?
q-months-in-china-why = Die in China verbrachte Arbeitszeit bringt bis zu 15 Punkte.
choice-months-nine-plus = 9 Monate oder mehr
choice-months-six-to-nine = 6 bis 9 Monate
choice-months-three-to-six = 3 bis 6 Monate
choice-months-under-three = Weniger als 3 Monate

q-chinese-level = Wie gut sprechen Sie Chinesisch? Wählen Sie die höchste zutreffende Stufe.
q-chinese-level-why = Chinesischkenntnisse bringen bis zu 5 Punkte.
choice-chinese-hsk5-plus = HSK 5 oder höher
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = Studium auf Chinesisch
choice-chinese-former-citizen = Ich war Chinese/Chinesin
choice-chinese-none = Nichts davon

q-achievements = Trifft etwas davon auf Sie zu? Tippen Sie alles Zutreffende an, dann auf „Fertig“.
q-achievements-details = • Chinesisches Talentprogramm: Aufnahme in ein nationales oder Provinzprogramm
    • Führungskraft/Professur: bei einem großen Arbeitgeber, oder außerordentliche Professur und höher
    • Gründer: mit Patenten und einer großen, stabilen Investition
q-achievements-why = Jeder Punkt qualifiziert Sie allein schon für Kategorie A (外国高端人才).
choice-achievement-talent-programme = Chinesisches Talentprogramm
choice-achievement-international-award = Top-Preis/Akademiemitglied
choice-achievement-senior-post = Führungskraft/Professur
choice-achievement-postdoc = Postdoc an Top-Universität
choice-achievement-founder-investor = Gründer: Patente, Kapital
choice-none-of-these = Nichts davon

q-background = Was davon trifft auf Sie zu? Tippen Sie alles Zutreffende an, dann auf „Fertig“.
q-background-details = • MINT: Mathematik, Informatik, Naturwissenschaften oder Technik
    • Intern. Berufszertifikat: ein internationales Berufsqualifikationszertifikat
    • Lehramt: Lehramtsstudium, Lehrbefähigung oder TEFL mit 120 Stunden
q-background-why = Das bringt Bonuspunkte und eröffnet Wege zur Kategorie B und zum K-Visum.
choice-background-top-university = Top-Universität
choice-background-studied-in-china = Abschluss in China
choice-background-stem-degree = MINT-Abschluss
choice-background-fortune500 = Fortune-Global-500-Firma
choice-background-patents = Patente/geistiges Eigentum
choice-background-five-years-in-china = 5 Jahre oder mehr in China
choice-background-skill-certificate = Intern. Berufszertifikat
choice-background-language-teacher = Muttersprachliche Lehrkraft
choice-background-teaching-qualification = Lehramt oder TEFL

q-clean-record = Können Sie in Ihrem Wohnsitzland ein Führungszeugnis ohne Eintragungen erhalten?
q-clean-record-why = Jede Arbeitserlaubnis und der Daueraufenthalt setzen voraus, dass keine Vorstrafen vorliegen.

q-medical-check = Gehen Sie davon aus, eine übliche ärztliche Untersuchung zu bestehen?
q-medical-check-why = Für die Arbeitserlaubnis und für den Daueraufenthalt ist ein Gesundheitszeugnis erforderlich.

q-job-kind = Gehört die Stelle zu einer dieser Arten?
q-job-kind-why = Kategorie C (外国普通人员) gilt nur für diese kontingentierten Tätigkeiten (zwischenstaatliche schließen Praktika ein, andere z. B. Haushaltshilfen von Fachkräften der Kategorie A); eine niedrige Punktzahl allein berechtigt zu nichts.
choice-job-short-term = Befristete Arbeit bis 90 Tage
choice-job-seasonal = Saisonarbeit
choice-job-intergovernmental = Zwischenstaatl. Abkommen
choice-job-other-quota = Andere Kontingentstelle
choice-job-none = Nichts davon

q-china-work-start = Wann haben Sie begonnen, mit einer Arbeitserlaubnis in China zu arbeiten? Geben Sie Monat und Jahr ein.
q-china-work-start-why = Der Gehaltsweg zum Daueraufenthalt erfordert 4 Jahre ununterbrochene Arbeit in China.
choice-not-yet = Noch nicht

q-days-in-china-each-year = Waren Sie in jedem der letzten 4 Jahre mindestens 183 Tage in China?
q-days-in-china-each-year-why = Beim Gehaltsweg müssen Sie tatsächlich mindestens die Hälfte jedes Jahres in China gelebt haben.

q-pr-lowest-salary = Wie hoch war in den letzten 4 Jahren Ihr niedrigstes Bruttojahresgehalt in China, in Yuan?
q-pr-lowest-salary-why = Das Gehalt muss in jedem der 4 Jahre das 6-Fache des örtlichen Durchschnittslohns erreichen.

q-pr-lowest-tax = Wie viel Einkommensteuer haben Sie in diesen 4 Jahren in dem Jahr mit der niedrigsten Steuer gezahlt, in Yuan?
q-pr-lowest-tax-why = Die jährlich gezahlte Steuer muss 20 % des Gehaltsstandards erreichen. Das geht aus Ihren Steuerbescheinigungen der Steuerbehörde (完税证明) hervor.

q-employer-recommendation = Wird Ihr jetziger Arbeitgeber ein Empfehlungsschreiben für Ihren Antrag verfassen?
q-employer-recommendation-why = Der Gehaltsweg erfordert eine Empfehlung Ihres Arbeitgebers.

q-china-ties = Trifft etwas davon auf Sie zu? Tippen Sie alles Zutreffende an, dann auf „Fertig“.
q-china-ties-details = • Empfehlung der Regierung: durch ein Ministerium oder eine Provinzregierung
    • Leitende Position: in China, 4 Jahre oder länger am Stück
    • Ehe: mit einem chinesischen Staatsbürger oder einer Person mit Daueraufenthalt in China
    • Zur Familie: zu direkten Angehörigen (Eltern, Ehepartner, Kinder) in China
q-china-ties-why = Jeder Punkt eröffnet einen eigenen Weg zum Daueraufenthalt (外国人永久居留).
choice-tie-chinese-origin = Chin. Abstammung (外籍华人)
choice-tie-government-recommendation = Empfehlung der Regierung
choice-tie-senior-post = Leitende Position, 4 Jahre
choice-tie-investor = Direktinvestition in China
choice-tie-spouse = Ehe mit Chinese/Chinesin
choice-tie-parent = Unter 18, zu Elternteil
choice-tie-relatives = Ab 60, zur Familie

q-post-residence = Haben Sie in diesen 4 Jahren insgesamt mindestens 3 Jahre in China gelebt?
q-post-residence-why = Der Weg für Inhaber leitender Positionen erfordert 3 Jahre Aufenthalt innerhalb der 4 Jahre.

q-investment-usd = Wie viel haben Sie direkt in China investiert (eingezahltes Kapital), in US-Dollar?
q-investment-usd-why = Der Mindestbetrag hängt davon ab, wo und in welcher Branche Sie investiert haben.

q-investment-region = Wo bzw. in welchen Bereich haben Sie investiert?
q-investment-region-why = Der Mindestbetrag liegt bei 500.000 US-Dollar in geförderten Branchen (Katalog für ausländische Investitionen) oder im Westen, bei 1 Mio. US-Dollar in der Zentralregion und bei 2 Mio. US-Dollar anderswo.
choice-investment-encouraged-sector = Geförderte Branche
choice-investment-west = Westregion oder armer Kreis
choice-investment-central = Zentralregion
choice-investment-elsewhere = Anderswo in China

q-investment-stable = War die Investition 3 Jahre in Folge stabil, bei einwandfreier Steuerhistorie?
q-investment-stable-why = Der Investitionsweg erfordert 3 stabile Jahre und eine einwandfreie Steuerhistorie.

q-marriage-years = Seit wie vielen Jahren sind Sie verheiratet?
q-marriage-years-why = Der Ehegattenweg erfordert 5 Ehejahre.

q-residence-years-in-china = Seit wie vielen Jahren leben Sie ununterbrochen in China?
q-residence-years-in-china-why = Die Familienwege erfordern 5 Jahre ununterbrochenen Aufenthalt in China.

q-nine-months-each-year = Haben Sie in jedem dieser Jahre mindestens 9 Monate in China gelebt?
q-nine-months-each-year-why = Die Familienwege erfordern jedes Jahr mindestens 9 Monate in China.

q-stable-livelihood = Haben Sie ein gesichertes Einkommen und eine Wohnung in China?
q-stable-livelihood-why = Die Familienwege erfordern einen gesicherten Lebensunterhalt und Wohnraum.

q-no-relatives-abroad = Leben alle Ihre direkten Angehörigen (Eltern, Ehepartner, Kinder) in China, sodass keiner mehr im Ausland lebt?
q-no-relatives-abroad-why = Der Weg für Angehörige ab 60 Jahren setzt das voraus.

hint-whole-number = Geben Sie eine ganze Zahl ein, zum Beispiel 34.
hint-money = Geben Sie einen Betrag in Yuan ein, zum Beispiel 565.548, 56,5万 oder 565 Tsd.
hint-money-usd = Geben Sie einen Betrag in US-Dollar ein, zum Beispiel 500.000 oder 0,5 Mio.
hint-month-year = Zum Beispiel 03.2021 oder März 2021.
