## Gruppen, Forenthemen und Kanäle. Hier wird nie etwas Persönliches gepostet: Die Prüfung findet privat statt.

group-intro = Guten Tag zusammen! Ich prüfe, ob jemand in China arbeiten oder sich dort niederlassen kann – Arbeitserlaubnis der Kategorien A, B und C, die Visa Z, R und K sowie der Daueraufenthalt –, Kriterium für Kriterium, mit der Regel und der Quelle hinter jeder Antwort.
    Persönliche Angaben erfrage ich ausschließlich im privaten Chat mit mir, nie hier.
    /check – Ihre eigene private Prüfung starten
    /routes – die Wege zu Arbeit und Niederlassung in China
    /threshold Stadt – die Gehaltsschwellen einer Stadt
    /settings – für Gruppenadmins
group-check-prompt = { $name }, tippen Sie auf die Schaltfläche, um Ihre Prüfung im privaten Chat zu starten. Ihre Antworten bleiben unter uns.
group-check-button = 🔒 Private Prüfung starten
group-help = Hier beantworte ich allgemeine Fragen; persönliche Prüfungen führe ich privat durch.
    /check – Ihre eigene private Prüfung starten
    /routes – die Wege zu Arbeit und Niederlassung in China
    /threshold Stadt – die Gehaltsschwellen einer Stadt, zum Beispiel /threshold Shanghai
    /settings – Gruppeneinstellungen (nur für Admins)
group-button-not-yours = Diese Schaltfläche ist für jemand anderen. Senden Sie /check, um Ihre eigene zu erhalten.
group-came-from = Sie kommen von { $group }. Alles, was Sie hier antworten, bleibt privat; die Gruppe sieht nichts davon.

routes-text = Wege zu Arbeit und Niederlassung in China:
    • Arbeitserlaubnis A (外国高端人才): Talentprogramme, bedeutende Auszeichnungen, leitende Positionen, ein Gehalt vom 6-Fachen des örtlichen Durchschnitts oder mindestens 85 Punkte.
    • Arbeitserlaubnis B (外国专业人才): Hochschulabschluss und 2 Jahre Berufserfahrung, ein guter chinesischer oder ein erstklassiger ausländischer Master, das 4-Fache des örtlichen Gehalts oder mindestens 60 Punkte; bis 60 Jahre.
    • Arbeitserlaubnis C (外国普通人员): nur kontingentierte Tätigkeiten (befristet, saisonal, zwischenstaatlich).
    • Visa: Z nach der Arbeitserlaubnis; R für Talente der Kategorie A; K für junge Talente aus Wissenschaft und Technik (seit Oktober 2025).
    • Daueraufenthalt (永久居留): 4 Jahre mit dem 6-Fachen des örtlichen Gehalts und 20 % Steuer; chinesische Abstammung mit Promotion; Empfehlung einer Behörde; leitende Positionen; Investition; Familie.
    Senden Sie /check für Ihre persönliche Antwort – privat.

threshold-usage = Nennen Sie eine Stadt, zum Beispiel: /threshold Beijing
threshold-title = Gehaltsschwellen in { $city }, Stand { $date }
threshold-line-a = Arbeitserlaubnis A (6×): { $amount } Yuan pro Jahr
threshold-line-b = Arbeitserlaubnis B (4×): { $amount } Yuan pro Jahr
threshold-line-pr = Daueraufenthalt (6×, in jedem der 4 Jahre): { $amount } Yuan pro Jahr, bei einer Einkommensteuer von mindestens { $tax } Yuan
threshold-base = Grundlage: Durchschnittslohn von { $wage } Yuan pro Jahr für { $year }, gültig ab { $date }. Quelle: { $source }.
threshold-unknown-city = Für „{ $city }“ habe ich keine Zahlen. Städte, die ich kenne: { $cities }.
threshold-no-figure = Für { $city } habe ich keinen aktuellen Wert. Fragen Sie das örtliche Amt für Wissenschaft und Technologie, welchen Durchschnittslohn („社会平均工资“) es zugrunde legt.

settings-title = Gruppeneinstellungen
settings-language = Sprache: { $language }
settings-public = Öffentliche Befehle (/routes, /threshold): { $state ->
        [on] an
       *[off] aus
    }
settings-quiet = Ruhemodus (keine Begrüßungen, Antworten nur auf Befehle): { $state ->
        [on] an
       *[off] aus
    }
settings-toggle-public = Öffentliche Befehle an/aus
settings-toggle-quiet = Ruhemodus an/aus
settings-choose-language = Sprache der Gruppe wählen
settings-saved = Gespeichert.
settings-admins-only = Nur die Administratoren der Gruppe können diese Einstellungen ändern.

channel-post-text = Könnten Sie in China arbeiten oder sich dort niederlassen? Prüfen Sie im privaten Chat, welche Wege zu Ihnen passen: Arbeitserlaubnisse, Visa und Daueraufenthalt – mit der Regel und der Quelle hinter jedem Kriterium.
channel-post-button = Meine Chancen prüfen
channel-publish-usage = Um in Ihrem Kanal einen Beitrag „Prüfen Sie Ihre Chancen“ zu veröffentlichen, senden Sie: /publish @kanalname
channel-not-admin = Ich kann dort nur posten, wenn Sie Administrator dieses Kanals sind und ich ebenfalls – mit dem Recht, Nachrichten zu veröffentlichen.
channel-not-found = Ich kann diesen Kanal nicht finden. Fügen Sie mich dort zuerst als Administrator hinzu.
channel-published = Veröffentlicht in { $channel }.

stats-title = Anonyme Zahlen
stats-started = Begonnene Sitzungen: { $count }
stats-completed = Abgeschlossene Sitzungen: { $count }
stats-by-source = Nach Herkunft (begonnen / abgeschlossen):
stats-by-language = Nach Sprache (begonnen / abgeschlossen):
stats-by-outcome = Abgeschlossen, nach bestem Ergebnis:
stats-line = { $name }: { $started } / { $completed }
stats-outcome-line = { $outcome }: { $count }
stats-source-private = Private Chats
stats-admins-only = Dieser Befehl ist den Administratoren des Bots vorbehalten.
