## Groupes, sujets de forum et canaux. Rien de personnel n'est jamais publié ici : la vérification se fait en privé.

group-intro = Bonjour à tous ! Je vérifie si une personne peut travailler ou s'installer en Chine — permis de travail des catégories A, B et C, visas Z, R et K, et résidence permanente —, critère par critère, avec la règle et la source de chaque réponse.
    Les réponses personnelles sont recueillies uniquement dans une conversation privée avec moi, jamais ici.
    /check — lancer votre propre vérification privée
    /routes — les voies pour travailler et s'installer en Chine
    /threshold ville — les seuils de salaire d'une ville
    /settings — pour les administrateurs du groupe
group-check-prompt = { $name }, touchez le bouton pour lancer votre vérification dans une conversation privée. Vos réponses restent entre nous.
group-check-button = 🔒 Ma vérification privée
group-help = Ici, je réponds aux questions générales ; les vérifications personnelles se font en privé.
    /check — lancer votre propre vérification privée
    /routes — les voies pour travailler et s'installer en Chine
    /threshold ville — les seuils de salaire d'une ville, par exemple /threshold Shanghai
    /settings — paramètres du groupe (administrateurs uniquement)
group-button-not-yours = Ce bouton est destiné à quelqu'un d'autre. Envoyez /check pour obtenir le vôtre.
group-came-from = Vous venez de « { $group } ». Tout ce que vous répondez ici reste privé ; le groupe ne voit rien.

routes-text = Voies pour travailler et s'installer en Chine :
    • Permis de travail A (外国高端人才) : programmes de talents, distinctions majeures, postes de direction, salaire de 6 fois la moyenne locale, ou 85 points et plus.
    • Permis de travail B (外国专业人才) : un diplôme et 2 ans d'expérience, un bon master chinois ou d'une grande université étrangère, 4 fois le salaire local, ou 60 points et plus ; jusqu'à 60 ans.
    • Permis de travail C (外国普通人员) : emplois sous quota uniquement (temporaires, saisonniers, intergouvernementaux).
    • Visas : Z après le permis de travail ; R pour les talents de catégorie A ; K pour les jeunes talents en sciences et technologies (depuis octobre 2025).
    • Résidence permanente (永久居留) : 4 ans avec 6 fois le salaire local et 20 % d'impôt ; origine chinoise avec un doctorat ; recommandation des autorités ; postes de direction ; investissement ; famille.
    Envoyez /check pour obtenir votre propre réponse, en privé.

threshold-usage = Indiquez une ville, par exemple : /threshold Beijing
threshold-title = Seuils de salaire à { $city }, au { $date }
threshold-line-a = Permis de travail A (6×) : { $amount } yuans par an
threshold-line-b = Permis de travail B (4×) : { $amount } yuans par an
threshold-line-pr = Résidence permanente (6×, chacune des 4 années) : { $amount } yuans par an, avec un impôt sur le revenu d'au moins { $tax } yuans
threshold-base = Calculé sur le salaire moyen de { $wage } yuans par an pour { $year }, en vigueur à compter du { $date }. Source : { $source }.
threshold-unknown-city = Je n'ai pas de chiffres pour « { $city } ». Villes que je connais : { $cities }.
threshold-no-figure = Je n'ai pas de chiffre actuel pour { $city }. Demandez au bureau local des sciences et technologies quel salaire moyen (« 社会平均工资 ») il applique.

settings-title = Paramètres du groupe
settings-language = Langue : { $language }
settings-public = Commandes publiques (/routes, /threshold) : { $state ->
        [on] activées
       *[off] désactivées
    }
settings-quiet = Mode silencieux (pas de message d'accueil, réponses aux seules commandes) : { $state ->
        [on] activé
       *[off] désactivé
    }
settings-toggle-public = Basculer commandes publiques
settings-toggle-quiet = Basculer mode silencieux
settings-choose-language = Choisir la langue du groupe
settings-saved = Enregistré.
settings-admins-only = Seuls les administrateurs du groupe peuvent modifier ces paramètres.

channel-post-text = Pourriez-vous travailler ou vous installer en Chine ? Vérifiez, dans une conversation privée, quelles voies vous correspondent : permis de travail, visas et résidence permanente, avec la règle et la source de chaque critère.
channel-post-button = Vérifier mon éligibilité
channel-publish-usage = Pour publier une annonce « Vérifiez votre éligibilité » sur votre canal, envoyez : /publish @nomducanal
channel-not-admin = Je ne peux publier sur ce canal que si vous en êtes administrateur et que je le suis aussi, avec le droit de publier des messages.
channel-not-found = Je ne trouve pas ce canal. Ajoutez-moi d'abord comme administrateur.
channel-published = Publié sur { $channel }.

stats-title = Statistiques anonymes
stats-started = Sessions commencées : { $count }
stats-completed = Sessions terminées : { $count }
stats-by-source = Par provenance (commencées / terminées) :
stats-by-language = Par langue (commencées / terminées) :
stats-by-outcome = Terminées, par meilleur résultat :
stats-line = { $name } : { $started } / { $completed }
stats-outcome-line = { $outcome } : { $count }
stats-source-private = conversations privées
stats-admins-only = Cette commande est réservée aux administrateurs du bot.
