## Le bot lui-même : accueil, commandes, boutons, confidentialité.

bot-description = Je vérifie, étape par étape, si vous pouvez obtenir un permis de travail, un visa ou la résidence permanente en Chine, et j'indique pour chaque réponse la règle, le chiffre et la source. Information indicative, et non conseil juridique.
bot-short-description = Pouvez-vous travailler ou vous installer en Chine ? Vérification critère par critère, avec sources.
start-greeting = Bonjour{ $name ->
        [none] {""}
       *[other] , { $name }
    } ! Je vais vous poser quelques questions courtes — en général moins de 15 — et vous dire quelles voies pour travailler et vous installer en Chine vous correspondent : permis de travail A, B ou C, visas Z, R et K, et résidence permanente. Pour chaque critère, vous verrez la règle, le chiffre et sa source.
start-resume = Bon retour parmi nous ! Vos réponses sont enregistrées ; reprenons là où nous en étions.
start-privacy-line = Vos réponses restent privées : je ne les publie jamais dans des groupes et ne les consigne jamais dans des journaux. /privacy vous explique tout, /forget les supprime.
help-text = Je vérifie, question par question, si vous pouvez travailler et vous installer en Chine.
    Commandes :
    /start — commencer ou reprendre le questionnaire
    /back — revenir à la question précédente
    /answers — voir vos réponses et en modifier une
    /verdict — voir le résultat
    /date — vérifier à une autre date
    /reminders — vos rappels et alertes de changement de règles
    /language — changer de langue
    /restart — tout recommencer depuis le début
    /mydata — télécharger tout ce que je conserve sur vous
    /forget — supprimer tout ce que je conserve sur vous
    /privacy — comment vos données sont traitées
privacy-text = Ce que je conserve : vos réponses à mes questions, votre langue, votre provenance (l'étiquette d'un groupe ou d'un canal, jamais votre identité dans ce groupe), ainsi que les rappels et alertes de changement de règles que vous demandez. Pourquoi : pour que vous puissiez vous interrompre et reprendre plus tard, modifier une réponse et recevoir mon message le jour que vous avez choisi. Où : dans la base de données propre à ce bot, chiffrées, pendant { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } après votre dernier message ; elles sont ensuite supprimées automatiquement. Tant qu'un rappel est en attente ou que les alertes sont activées, vos réponses sont conservées jusqu'à son envoi ou jusqu'à ce que vous l'annuliez (/reminders), car ce sont elles que je vérifie de nouveau. Je ne publie jamais vos réponses dans des groupes ou des canaux et ne les écris jamais dans des journaux. /mydata vous en fournit une copie ; /forget supprime tout immédiatement, rappels et alertes compris.

command-start = Commencer ou reprendre la vérification
command-help = Comment ça marche
command-language = Changer de langue
command-back = Revenir à la question précédente
command-restart = Tout recommencer
command-answers = Voir et modifier vos réponses
command-verdict = Voir votre résultat
command-mydata = Télécharger vos données
command-forget = Supprimer vos données
command-privacy = Traitement de vos données

button-back = ◀ Retour
button-skip = Passer
button-dont-know = Je ne sais pas
button-done = ✔ Terminé
button-change-answer = ✏️ Modifier une réponse
choice-yes = Oui
choice-no = Non

question-progress = Question n° { $number }
question-why = Pourquoi cette question : { $why }
answers-title = Vos réponses (touchez-en une pour la modifier) :
answers-empty = Vous n'avez encore répondu à aucune question. Envoyez /start pour commencer.
answer-unknown = Je ne sais pas
answer-skipped = sans réponse
answer-none-selected = aucune

language-prompt = Choisissez votre langue :
language-changed = Langue réglée sur le français.

forget-confirm = Supprimer toutes vos réponses et tous vos paramètres ? Cette action est irréversible.
forget-yes = Oui, tout supprimer
forget-no = Non, les garder
forget-done = C'est fait : tout ce que je conservais sur vous a été supprimé.
forget-cancelled = Rien n'a été supprimé.
mydata-caption = Tout ce que je conserve sur vous, dans un fichier JSON.
restart-done = Vos réponses ont été effacées. Recommençons.
language-native-name = Français
command-check = Lancer votre vérification privée
command-routes = Voies pour travailler et s'installer en Chine
command-threshold = Seuils de salaire d'une ville
command-settings = Paramètres du groupe (admins)
command-publish = Publier une annonce de vérification sur votre canal
command-stats = Statistiques anonymes (admins du bot)
