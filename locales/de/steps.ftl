## Nächste Schritte und Unterlagen.

step-wp-employer-applies = Ihr Arbeitgeber stellt den Antrag online im Arbeitserlaubnissystem für Ausländer (外国人来华工作管理服务系统). Jede Prüfstufe dauert bei Kategorie A höchstens { $a_days } Arbeitstage, bei den übrigen höchstens { $other_days }; anschließend erhalten Sie den Bescheid über die Arbeitserlaubnis (外国人工作许可通知).
step-wp-a-green-channel = Für Kategorie A gilt der „grüne Kanal“: Anträge können auch angenommen werden, wenn noch Unterlagen fehlen (容缺受理).
step-wp-c-quota = Kategorie C unterliegt einem Kontingent: Fragen Sie Ihren Arbeitgeber, ob für diese Stelle noch ein Kontingent frei ist.
step-z-visa-apply = Beantragen Sie mit dem Bescheid über die Arbeitserlaubnis ein Z-Visum bei einer chinesischen Botschaft oder einem chinesischen Konsulat.
step-r-visa-apply = Beantragen Sie mit dem Bestätigungsschreiben für ausländische Spitzenkräfte (外国高端人才确认函) ein R-Visum: gültig { $min_years } bis { $max_years } Jahre, mehrfache Einreise, Aufenthalte von bis zu { $stay_days } Tagen, keine Visumgebühren für Sie und Ihre Familie.
step-work-permit-card = Beantragen Sie innerhalb von { $days } Tagen nach der Einreise online Ihre Arbeitserlaubniskarte (外国人工作许可证).
step-residence-permit = Beantragen Sie innerhalb von { $days } Tagen nach der Einreise bei der örtlichen Ein- und Ausreisebehörde eine Aufenthaltserlaubnis zu Erwerbszwecken (工作类居留许可). Die Entscheidung dauert höchstens { $decision_days } Tage; die Erlaubnis gilt zwischen 90 Tagen und 5 Jahren. Gebühren: { $fee_under_1y } Yuan für unter einem Jahr, { $fee_1_3y } Yuan für 1–3 Jahre, { $fee_3_5y } Yuan für 3–5 Jahre.
step-k-visa-apply = Beantragen Sie das K-Visum bei einer chinesischen Botschaft oder einem chinesischen Konsulat; ein einladender Arbeitgeber ist nicht nötig. Altersgrenze und Unterlagen finden Sie auf der Website des Konsulats.
step-pr-apply = Stellen Sie den Antrag bei der Ein- und Ausreisebehörde des Amts für öffentliche Sicherheit Ihrer Stadt (公安局出入境管理部门). Die Entscheidung dauert bis zu { $months } Monate. Gebühren: { $application_fee } Yuan pro Person zuzüglich { $card_fee } Yuan für die Karte.
step-pr-salary-documents = Für den Gehaltsweg benötigen Sie für { $years } aufeinanderfolgende Jahre Gehaltsnachweise, Einkommensteuerbescheinigungen, Arbeitserlaubnisse und Aufenthaltserlaubnisse sowie das Empfehlungsschreiben Ihres Arbeitgebers.
step-pr-family-alongside = Ihr ausländischer Ehepartner und Ihre unverheirateten Kinder unter 18 können gleichzeitig einen Antrag stellen.
step-pr-after-grant = Nach der Erteilung müssen Sie sich mindestens { $months_a_year } Monate im Jahr in China aufhalten. Die Karte gilt für Erwachsene { $adult_years } Jahre, für Personen unter 18 { $minor_years } Jahre.
step-pr-spouse-documents = Für den Ehegattenweg legen Sie zusätzlich Ihre Heiratsurkunde sowie Nachweise über Lebensunterhalt und Wohnraum vor.
step-pr-investment-documents = Für den Investitionsweg legen Sie zusätzlich den Nachweis der eingezahlten Investition und die Steuerunterlagen des Unternehmens vor.

doc-passport = Gültiger Reisepass
doc-work-permit-application = Antragsformular für die Arbeitserlaubnis (外国人来华工作许可申请表)
doc-employment-contract = Arbeitsvertrag oder Ernennungsschreiben
doc-degree-certificate = Zeugnis des höchsten Abschlusses, beglaubigt
doc-experience-proof = Nachweis der Berufserfahrung (Arbeitszeugnisse oder Referenzschreiben)
doc-no-criminal-record = Führungszeugnis, mit Apostille oder legalisiert (无犯罪记录证明)
doc-medical-certificate = Ärztliches Attest (体检证明)
doc-health-certificate = Gesundheitszeugnis einer zugelassenen Gesundheitsstelle
doc-photo = Aktuelles Passfoto
doc-work-permit-notice = Bescheid über die Arbeitserlaubnis (外国人工作许可通知)
doc-talent-confirmation-letter = Bestätigungsschreiben für ausländische Spitzenkräfte (外国高端人才确认函)
doc-pr-application-form = Antragsformular für den Daueraufenthalt (外国人在中国永久居留申请表)
doc-salary-proofs = Gehaltsnachweise Ihres Arbeitgebers für jedes Jahr
doc-tax-certificates = Einkommensteuerbescheinigungen für jedes Jahr (完税证明)
doc-work-and-residence-permits = Arbeitserlaubnisse und Aufenthaltserlaubnisse zu Erwerbszwecken für den gesamten Zeitraum
doc-employer-recommendation-letter = Empfehlungsschreiben des Arbeitgebers
doc-employer-registration = Gewerbelizenz oder Registrierungsnachweis des Arbeitgebers
doc-marriage-certificate = Heiratsurkunde
doc-livelihood-and-housing = Nachweis über gesichertes Einkommen und Wohnraum
doc-investment-proof = Nachweis der eingezahlten Investition (验资报告)
doc-tax-records = Steuerunterlagen des Unternehmens, in das investiert wurde
