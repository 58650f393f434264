## Évaluation des règles à une autre date (pour anticiper, ou pour vérifier comment un cas passé a été tranché).

command-date = Vérifier à une autre date
date-usage = Pour voir le résultat à une autre date, envoyez par exemple /date 2027-06-30. Envoyez /date today pour revenir à la date du jour.
date-set = Désormais, votre résultat est évalué au { $date }.
date-reset = Votre résultat est de nouveau évalué à la date du jour.
