## Wörter, die Menschen tippen, statt auf eine Schaltfläche zu tippen. Alternativen werden durch | getrennt; beim Vergleich
## zählen Groß- und Kleinschreibung, Akzente und Satzzeichen nicht. Sie werden nie angezeigt: So lesen wir, was jemand tippt.

input-yes = ja | j | jawohl | jep | jo | klar | sicher | natürlich | genau | richtig | stimmt
input-no = nein | n | nö | ne | eher nicht | nie | niemals
input-dont-know = weiß ich nicht | weiss ich nicht | weiß nicht | weiss nicht | ich weiß es nicht | keine ahnung | nicht sicher | unsicher | k. a.
