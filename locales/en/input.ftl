## Words people type instead of pressing a button. Alternatives are separated by |; matching ignores
## case, accents and punctuation. These are never shown: they are how we read what a person types.

input-yes = yes | y | yeah | yep | sure | of course | correct
input-no = no | n | nope | not really | never
input-dont-know = I don't know | don't know | dont know | dunno | not sure | no idea | idk
