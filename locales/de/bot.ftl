## Der Bot selbst: Begrüßungen, Befehle, Schaltflächen, Datenschutz.

bot-description = Ich prüfe Schritt für Schritt, ob Sie eine chinesische Arbeitserlaubnis, ein Visum oder den Daueraufenthalt erhalten können, und nenne zu jeder Antwort die Regel, den Wert und die Quelle. Eine Orientierungshilfe, keine Rechtsberatung.
bot-short-description = Können Sie in China arbeiten oder sich dort niederlassen? Prüfung Kriterium für Kriterium, mit Quellen.
start-greeting = Guten Tag{ $name ->
        [none] {""}
       *[other] , { $name }
    }! Ich stelle Ihnen ein paar kurze Fragen – meist weniger als 15 – und sage Ihnen, welche Wege zum Arbeiten und Niederlassen in China zu Ihnen passen: Arbeitserlaubnis A, B oder C, die Visa Z, R und K sowie der Daueraufenthalt. Zu jedem Kriterium sehen Sie die Regel, den Wert und die Quelle.
start-resume = Willkommen zurück! Ihre Antworten sind gespeichert; machen wir dort weiter, wo Sie aufgehört haben.
start-privacy-line = Ihre Antworten bleiben vertraulich: Ich veröffentliche sie nie in Gruppen und schreibe sie nie in Protokolle. /privacy erklärt die Einzelheiten, /forget löscht sie.
help-text = Ich prüfe Frage für Frage, ob Sie in China arbeiten und sich dort niederlassen können.
    Befehle:
    /start – Befragung starten oder fortsetzen
    /back – eine Frage zurück
    /answers – Antworten ansehen und eine davon ändern
    /verdict – Ergebnis ansehen
    /date – zu einem anderen Datum prüfen
    /reminders – Ihre Erinnerungen und Hinweise auf Regeländerungen
    /language – Sprache ändern
    /restart – ganz von vorn beginnen
    /mydata – alle über Sie gespeicherten Daten herunterladen
    /forget – alle über Sie gespeicherten Daten löschen
    /privacy – wie Ihre Daten verarbeitet werden
privacy-text = Was ich speichere: Ihre Antworten auf meine Fragen, Ihre Sprache, woher Sie gekommen sind (eine Kennung der Gruppe oder des Kanals, nie, wer Sie dort sind), und die Erinnerungen und Hinweise auf Regeländerungen, die Sie anfordern. Warum: damit Sie unterbrechen und später weitermachen, eine Antwort nachträglich ändern und an dem gewünschten Tag von mir hören können. Wo: in der eigenen Datenbank dieses Bots, verschlüsselt, für { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } nach Ihrer letzten Nachricht; danach werden die Daten automatisch gelöscht. Solange eine Erinnerung aussteht oder Hinweise eingeschaltet sind, bleiben Ihre Antworten gespeichert, bis sie verschickt ist oder Sie sie löschen (/reminders), denn genau diese Antworten prüfe ich erneut. Ich veröffentliche Ihre Antworten nie in Gruppen oder Kanälen und schreibe sie nie in Protokolle. Mit /mydata erhalten Sie eine Kopie; /forget löscht sofort alles, auch Erinnerungen und Hinweise.

command-start = Prüfung starten oder fortsetzen
command-help = So funktioniert es
command-language = Sprache ändern
command-back = Eine Frage zurück
command-restart = Von vorn beginnen
command-answers = Antworten ansehen und ändern
command-verdict = Ergebnis ansehen
command-mydata = Ihre Daten herunterladen
command-forget = Ihre Daten löschen
command-privacy = Umgang mit Ihren Daten

button-back = ◀ Zurück
button-skip = Überspringen
button-dont-know = Weiß ich nicht
button-done = ✔ Fertig
button-change-answer = ✏️ Frühere Antwort ändern
choice-yes = Ja
choice-no = Nein

question-progress = Frage { $number }
question-why = Warum wir fragen: { $why }
answers-title = Ihre Antworten (tippen Sie auf eine, um sie zu ändern):
answers-empty = Sie haben noch nichts beantwortet. Senden Sie /start, um zu beginnen.
answer-unknown = Weiß ich nicht
answer-skipped = übersprungen
answer-none-selected = keine Auswahl

language-prompt = Wählen Sie Ihre Sprache:
language-changed = Sprache auf Deutsch umgestellt.

forget-confirm = Alle Ihre Antworten und Einstellungen löschen? Das lässt sich nicht rückgängig machen.
forget-yes = Ja, alles löschen
forget-no = Nein, behalten
forget-done = Erledigt: Alles, was ich über Sie gespeichert hatte, ist gelöscht.
forget-cancelled = Es wurde nichts gelöscht.
mydata-caption = Alles, was ich über Sie speichere, als JSON-Datei.
restart-done = Ihre Antworten wurden gelöscht. Fangen wir von vorn an.
language-native-name = Deutsch
command-check = Ihre private Prüfung starten
command-routes = Wege zu Arbeit und Niederlassung in China
command-threshold = Gehaltsschwellen einer Stadt
command-settings = Gruppeneinstellungen (Admins)
command-publish = Prüf-Beitrag in Ihrem Kanal veröffentlichen
command-stats = Anonyme Zahlen (Bot-Admins)
