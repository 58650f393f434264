## Mots que les gens tapent au lieu d'appuyer sur un bouton. Les variantes sont séparées par | ; la comparaison ignore
## la casse, les accents et la ponctuation. Ils ne sont jamais affichés : ils servent à lire ce que la personne tape.

input-yes = oui | o | ouais | ouaip | bien sûr | d'accord | exact | tout à fait | absolument
input-no = non | n | nan | pas vraiment | jamais | absolument pas
input-dont-know = je ne sais pas | je sais pas | sais pas | chais pas | aucune idée | pas sûr | pas sûre | jsp
