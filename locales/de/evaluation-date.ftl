## Auswertung der Regeln zu einem anderen Datum (um vorauszuplanen oder nachzuvollziehen, wie ein früherer Fall entschieden wurde).

command-date = Zu einem anderen Datum prüfen
date-usage = Um das Ergebnis zu einem anderen Datum zu sehen, senden Sie zum Beispiel /date 2027-06-30. Mit /date today kehren Sie zum heutigen Datum zurück.
date-set = Ihr Ergebnis wird ab jetzt zum Stichtag { $date } ermittelt.
date-reset = Ihr Ergebnis wird wieder zum heutigen Datum ermittelt.
