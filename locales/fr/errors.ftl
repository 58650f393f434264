## Réponses que nous n'avons pas pu accepter. La question reste la même ; rien n'est enregistré.

error-empty = Veuillez saisir une réponse.
error-not-a-number = Je n'ai pas pu lire ce nombre. { hint-whole-number }
error-number-not-whole = Veuillez saisir un nombre entier, sans décimales.
error-text-too-long = C'est trop long pour une réponse. Veuillez saisir uniquement le nombre ou la date.
error-date-invalid = Cette date n'existe pas. { hint-month-year }
error-date-format = Je n'ai pas pu lire cette date. { hint-month-year }
error-date-in-future = Cette date est dans le futur. Veuillez saisir le mois et l'année où vous avez commencé.
error-date-too-early = Veuillez indiquer une date à partir de { $year }.
error-money-negative = Un montant ne peut pas être négatif. Veuillez saisir le montant en yuans.
error-money-absurd = C'est plus de { $max }. Veuillez vérifier le montant.
error-money-too-small = C'est moins de { $min }. Veuillez vérifier le montant.
error-number-below-min = Veuillez saisir un nombre supérieur ou égal à { $min }.
error-number-above-max = Veuillez saisir un nombre inférieur ou égal à { $max }.
error-use-buttons = Veuillez choisir l'un des boutons sous la question.
error-stale-button = Ce bouton correspond à une question précédente. Voici la question en cours.
error-verdict-not-ready = Le résultat sera prêt une fois que vous aurez répondu aux questions. Voici la suivante.
error-unknown-language = Cette langue n'est pas disponible.
error-nothing-to-go-back-to = C'est la première question : impossible de revenir en arrière.
error-interview-complete = Vous avez répondu à toutes les questions. Envoyez /verdict pour voir le résultat ou /restart pour recommencer.
error-unsupported-message = Ici, je ne sais lire que du texte et des appuis sur les boutons.
error-edited-message = Vous avez modifié un message. Les modifications ne changent pas vos réponses : pour en changer une, utilisez /answers.
error-generic = Désolé, un problème est survenu de notre côté. Vos réponses sont en sécurité ; veuillez réessayer.
error-too-many-messages = Vous envoyez des messages plus vite que je ne peux répondre. Je vais répondre à ceux déjà reçus ; merci d’attendre ma réponse avant d’en envoyer d’autres.
