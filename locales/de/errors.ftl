## Antworten, die wir nicht annehmen konnten. Die Frage bleibt unverändert; nichts wird gespeichert.

error-empty = Bitte geben Sie eine Antwort ein.
error-not-a-number = Das konnte ich nicht als Zahl lesen. { hint-whole-number }
error-number-not-whole = Bitte geben Sie eine ganze Zahl ohne Nachkommastellen ein.
error-text-too-long = Das ist für eine Antwort zu lang. Bitte geben Sie nur die Zahl oder das Datum ein.
error-date-invalid = Dieses Datum gibt es nicht. { hint-month-year }
error-date-format = Das konnte ich nicht als Datum lesen. { hint-month-year }
error-date-in-future = Dieses Datum liegt in der Zukunft. Bitte geben Sie Monat und Jahr Ihres Arbeitsbeginns ein.
error-date-too-early = Bitte geben Sie ein Datum ab { $year } an.
error-money-negative = Ein Betrag kann nicht negativ sein. Bitte geben Sie den Betrag in Yuan ein.
error-money-absurd = Das ist mehr als { $max }. Bitte prüfen Sie den Betrag.
error-money-too-small = Das ist weniger als { $min }. Bitte prüfen Sie den Betrag.
error-number-below-min = Bitte geben Sie eine Zahl von mindestens { $min } ein.
error-number-above-max = Bitte geben Sie eine Zahl von höchstens { $max } ein.
error-use-buttons = Bitte wählen Sie eine der Schaltflächen unter der Frage.
error-stale-button = Diese Schaltfläche gehört zu einer früheren Frage. Hier ist die aktuelle.
error-verdict-not-ready = Das Ergebnis liegt vor, sobald Sie die Fragen beantwortet haben. Hier ist die nächste.
error-unknown-language = Diese Sprache ist nicht verfügbar.
error-nothing-to-go-back-to = Das ist die erste Frage; weiter zurück geht es nicht.
error-interview-complete = Sie haben alle Fragen beantwortet. Senden Sie /verdict für das Ergebnis oder /restart, um von vorn zu beginnen.
error-unsupported-message = Hier kann ich nur Text und Tippen auf Schaltflächen verarbeiten.
error-edited-message = Sie haben eine Nachricht bearbeitet. Bearbeitungen ändern Ihre Antworten nicht: Um eine Antwort zu ändern, verwenden Sie /answers.
error-generic = Entschuldigung, bei uns ist etwas schiefgelaufen. Ihre Antworten sind sicher; bitte versuchen Sie es erneut.
error-too-many-messages = Sie senden Nachrichten schneller, als ich antworten kann. Ich beantworte die bereits erhaltenen; bitte warten Sie auf meine Antwort, bevor Sie weitere senden.
