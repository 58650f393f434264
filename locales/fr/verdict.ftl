## Le résultat : voies, critères, ce qui changerait un critère non rempli, réserves, points.
verdict-title = Votre éligibilité au { $date }
verdict-no-routes = Aucune des voies examinées ne correspond encore à vos réponses. Le détail ci-dessous montre ce qui manque.
verdict-details-prompt = Touchez une voie pour en voir le détail : chaque critère, la règle et sa source.
verdict-status-eligible = ✅ Éligible
verdict-status-eligible-if-confirmed = 🟡 Éligible sous réserve de confirmation
verdict-status-not-eligible = ❌ Pas encore éligible
verdict-status-not-applicable = Ne vous concerne pas
verdict-unknown-explained = « Éligible sous réserve de confirmation » signifie que tout ce que vous savez est favorable et que le reste dépend des questions auxquelles vous avez répondu « Je ne sais pas ».
verdict-family-work-permit = Permis de travail (外国人来华工作许可)
verdict-family-visa = Les visas
verdict-family-permanent-residence = Résidence permanente (外国人永久居留)
verdict-all-of = Toutes ces conditions :
verdict-any-of = L'une de ces conditions :
verdict-criterion-met = ✅
verdict-criterion-not-met = ❌
verdict-criterion-unknown = ❔
verdict-your-value = Votre situation : { $value }
verdict-threshold = Requis : { $threshold }
verdict-shortfall = Il manque { $quantity }
verdict-reached-on = Atteint le { $date }
verdict-your-answer = Votre réponse : { $answer }
verdict-parameter-used = Référence — { $parameter } : { $value }, en vigueur à compter du { $date }
verdict-parameter-reference-year = (chiffre de { $year })
verdict-parameter-series = Série : { $series } · dernière vérification le { $date }
verdict-parameter-stale = ⚠️ Ce chiffre devait être remplacé après le { $date } et nous n'en avons pas de plus récent : vérifiez le chiffre actuel (publié chaque année par le bureau des ressources humaines et de la sécurité sociale ou le bureau des statistiques de la ville). D'ici là, ce résultat reste à confirmer.
verdict-parameter-reference-only = ⚠️ Il s'agit du salaire moyen publié par le bureau des statistiques. La base qu'utilise l'administration compétente dans cette ville n'a pas été trouvée et peut relever d'une autre série : ce résultat est à confirmer auprès d'elle.
verdict-figure-you-gave = D'après le chiffre que vous avez donné : { $value } (aucun chiffre publié n'est enregistré pour cette date ; vérifiez-le auprès du bureau local)
wage-series-all-urban-units = ensemble des salariés des unités urbaines (全口径城镇单位就业人员)
wage-series-urban-non-private = salariés des unités urbaines non privées (城镇非私营单位就业人员)
wage-series-urban-non-private-in-post = personnel en poste des unités urbaines non privées (城镇非私营单位在岗职工)
wage-series-unstated = non précisée par la source
verdict-rule-source = Règle : { $source }, en vigueur à compter du { $date } · { $confidence }
verdict-confidence-confirmed = confirmé par un texte officiel
verdict-confidence-secondary = d'après des sources secondaires
verdict-confidence-unconfirmed = pas encore confirmé, à prendre avec prudence
verdict-points-title = Points : { $total } sur 120
verdict-points-range = Points : entre { $low } et { $high } sur 120 (certaines réponses sont inconnues)
verdict-points-line = { $factor } : { $points } sur { $maximum }
verdict-points-line-unknown = { $factor } : inconnu (jusqu'à { $maximum })
verdict-points-improve = Comment gagner des points :
verdict-next-steps = Prochaines étapes
verdict-documents = Documents à préparer
verdict-document-valid = { $document } (datant de moins de { $months } mois)
verdict-sources = Sources citées
verdict-source-line = { $title } — { $issuer }, { $date }
verdict-disclaimer = Ceci est une information indicative, ni un conseil juridique ni une décision juridique. Les règles et les chiffres évoluent : faites-les confirmer par le bureau local des sciences et technologies (permis de travail) ou par le service des entrées et sorties du bureau de la sécurité publique (séjour) avant de déposer votre demande.
verdict-draft-note = Un projet de règlement de 2020 sur la résidence permanente n'a été publié que pour consultation ; il n'a pas force de loi et cette vérification ne l'utilise pas.
verdict-why-button = Pourquoi ? { $route }
verdict-back-to-summary = ◀ Synthèse
verdict-change-answers = ✏️ Modifier une réponse
verdict-restart = 🔄 Recommencer
unit-cny-per-year = { $amount } { $amount ->
        [one] yuan
        [many] de yuans
       *[other] yuans
    } par an
unit-cny = { $amount } { $amount ->
        [one] yuan
        [many] de yuans
       *[other] yuans
    }
unit-usd = { $amount } { $amount ->
        [one] dollar US
        [many] de dollars US
       *[other] dollars US
    }
unit-years = { $amount ->
        [one] { $amount } an
       *[other] { $amount } ans
    }
unit-age = { $amount ->
        [one] { $amount } an
       *[other] { $amount } ans
    }
unit-points = { $amount ->
        [one] { $amount } point
        [many] { $amount } de points
       *[other] { $amount } points
    }
unit-multiplier = { $amount }×
unit-ratio = { NUMBER($amount, style: "percent") }
parameter-local-average-wage = salaire moyen local
parameter-wp-a-salary-multiple = multiple de la catégorie A
parameter-wp-b-salary-multiple = multiple de la catégorie B
parameter-pr-salary-multiple = multiple pour la résidence permanente
parameter-pr-tax-ratio = part d'impôt
parameter-wp-min-age = âge minimum
parameter-wp-b-max-age = limite d'âge de la catégorie B
parameter-wp-max-age-by-city = limite d'âge de la ville
parameter-k-visa-max-age = limite d'âge signalée pour le visa K
parameter-pr-spouse-min-years = nombre d'années requis
parameter-pr-elderly-min-age = âge minimum
parameter-pr-investment-minimum = investissement minimum
route-chinese-citizen = Citoyens chinois : aucun permis de travail nécessaire
route-chinese-citizen-short = Citoyens chinois
route-chinese-citizen-summary = Permis de travail, visas de talent et résidence permanente sont réservés aux étrangers. En tant que citoyen chinois, vous travaillez et vivez en Chine continentale sans eux.
route-wp-a = Permis de travail, catégorie A — talents de haut niveau (外国高端人才)
route-wp-a-short = Permis de travail A
route-wp-a-summary = Sans quota, procédure accélérée, sans limite d'âge ni d'expérience ; ouvre l'accès au visa talent R.
route-wp-b = Permis de travail, catégorie B — professionnels qualifiés (外国专业人才)
route-wp-b-short = Permis de travail B
route-wp-b-summary = Le permis habituel des diplômés expérimentés ; jusqu'à 60 ans ; limité selon les besoins du marché.
route-wp-c = Permis de travail, catégorie C — emplois sous quota (外国普通人员)
route-wp-c-short = Permis de travail C
route-wp-c-summary = Uniquement les emplois temporaires, saisonniers, intergouvernementaux et autres emplois sous quota.
route-z-visa = Visa Z (visa de travail)
route-z-visa-short = Visa Z
route-z-visa-summary = Le visa pour entrer en Chine afin d'y travailler, une fois que votre employeur a obtenu la notification de permis de travail.
route-r-visa = Visa R (visa talent)
route-r-visa-short = Visa R
route-r-visa-summary = Pour les talents de catégorie A : 5 à 10 ans, entrées multiples, séjours jusqu'à 180 jours, sans frais.
route-k-visa = Visa K (jeunes talents en sciences et technologies)
route-k-visa-short = Visa K
route-k-visa-summary = Nouveau depuis le 1er octobre 2025 ; aucune invitation d'employeur n'est nécessaire. Il ne permet pas, à lui seul, d'occuper un emploi.
route-pr-salary-tax = Résidence permanente : voie salaire et impôt
route-pr-salary-tax-short = Salaire et impôt
route-pr-salary-tax-summary = 4 ans de travail en Chine avec un salaire d'au moins 6 fois la moyenne locale et un impôt d'au moins 20 % de ce seuil.
route-pr-chinese-origin-phd = Résidence permanente : étrangers d'origine chinoise titulaires d'un doctorat
route-pr-chinese-origin-phd-short = Origine chinoise
route-pr-chinese-origin-phd-summary = Ouverte dans tout le pays aux personnes d'origine chinoise titulaires d'un doctorat qui travaillent en Chine.
route-pr-recommended = Résidence permanente : talents recommandés
route-pr-recommended-short = Talents recommandés
route-pr-recommended-summary = Pour les personnes recommandées par un ministère, un gouvernement provincial ou une zone de développement clé.
route-pr-post-holder = Résidence permanente : titulaires de postes de direction
route-pr-post-holder-short = Postes de direction
route-pr-post-holder-summary = Directeur général adjoint ou professeur associé et au-delà, 4 ans en poste chez un employeur éligible.
route-pr-investment = Résidence permanente : investisseurs
route-pr-investment-short = Investisseurs
route-pr-investment-summary = Un investissement direct stable en Chine pendant 3 ans.
route-pr-spouse = Résidence permanente : conjoints de ressortissants chinois ou de résidents permanents
route-pr-spouse-short = Conjoints
route-pr-spouse-summary = 5 ans de mariage et 5 ans de résidence en Chine.
route-pr-child = Résidence permanente : enfants rejoignant un parent
route-pr-child-short = Enfants mineurs
route-pr-child-summary = Enfants célibataires de moins de 18 ans rejoignant un parent citoyen chinois ou résident permanent.
route-pr-elderly = Résidence permanente : proches âgés de 60 ans et plus
route-pr-elderly-short = 60 ans ou plus
route-pr-elderly-summary = Pour les personnes de 60 ans ou plus qui rejoignent en Chine des parents directs citoyens chinois ou résidents permanents, sans aucun à l'étranger.
crit-adult = Avoir 18 ans ou plus
crit-chinese-citizen = Citoyen chinois (résidents de Hong Kong, Macao et Taïwan compris)
crit-b-age-limit = Ne pas avoir plus de 60 ans (catégorie B)
crit-job-offer = Offre d'emploi d'un employeur enregistré en Chine
crit-clean-record = Casier judiciaire vierge
crit-medical = Réussite de l'examen médical
crit-talent-programme = Sélection dans un programme de talents reconnu
crit-international-award = Réalisation reconnue au niveau international (prix majeur, appartenance à une académie)
crit-encouraged-post = Poste de direction chez un employeur encouragé ou rang universitaire de professeur associé et au-delà
crit-salary-6x = Salaire d'au moins 6 fois le salaire moyen local
crit-salary-4x = Salaire d'au moins 4 fois le salaire moyen local
crit-innovation-founder = Talent en innovation et entrepreneuriat
crit-young-postdoc = Moins de 40 ans et postdoctorat dans une université renommée
crit-points-a = Au moins 85 points
crit-points-b = Au moins 60 points
crit-degree-and-experience = Diplôme de premier cycle universitaire (licence, bachelor) ou plus et au moins 2 ans d'expérience dans le domaine
crit-graduate = Master ou plus d'une université chinoise ou d'une grande université étrangère, diplôme de moins d'un an, moyenne d'au moins 80
crit-c-age-limit = 60 ans au plus (catégorie C)
hint-graduate = Cette voie n'est ouverte que dans l'année suivant le diplôme, avec une moyenne d'au moins 80 ; sinon la catégorie B demande 2 ans d'expérience ou une autre voie.
crit-language-teacher = Enseignant de sa langue maternelle, avec un diplôme et 2 ans d'expérience ou une qualification d'enseignant
crit-quota-job = L'emploi est un emploi sous quota de catégorie C
crit-z-work-permit = Remplit les conditions d'un permis de travail (catégorie A, B ou C)
crit-r-category-a = Remplit les conditions de talent de haut niveau de catégorie A
crit-k-young = Dans la limite d'âge signalée
crit-k-stem-degree = Diplôme de premier cycle (licence, bachelor) ou plus en sciences, technologies, ingénierie ou mathématiques
crit-k-known-university = Issu d'une université ou d'un institut de recherche renommé
crit-pr-four-years = 4 années consécutives de travail en Chine
crit-pr-days-each-year = Au moins 183 jours en Chine chacune de ces années
crit-pr-salary-6x = Salaire annuel le plus bas d'au moins 6× la moyenne locale actuelle (chaque année atteint alors le sien)
crit-pr-tax = Impôt annuel le plus bas d'au moins 20 % du salaire de référence actuel (chaque année atteint alors le sien)
crit-pr-continuous = Les 4 années de travail ont été continues
hint-pr-continuous = Une interruption remet le compteur à zéro : les 4 années consécutives se comptent depuis la fin de la dernière.
crit-pr-salary-year-1 = Ou année par année — il y a 4 ans : salaire d'au moins 6× la moyenne locale de l'année précédente
crit-pr-tax-year-1 = Ou année par année — il y a 4 ans : impôt d'au moins 20 % du salaire de référence de cette année
crit-pr-salary-year-2 = Ou année par année — il y a 3 ans : salaire d'au moins 6× la moyenne locale de l'année précédente
crit-pr-tax-year-2 = Ou année par année — il y a 3 ans : impôt d'au moins 20 % du salaire de référence de cette année
crit-pr-salary-year-3 = Ou année par année — il y a 2 ans : salaire d'au moins 6× la moyenne locale de l'année précédente
crit-pr-tax-year-3 = Ou année par année — il y a 2 ans : impôt d'au moins 20 % du salaire de référence de cette année
crit-pr-salary-year-4 = Ou année par année — l'an dernier : salaire d'au moins 6× la moyenne locale de l'année précédente
crit-pr-tax-year-4 = Ou année par année — l'an dernier : impôt d'au moins 20 % du salaire de référence de cette année
crit-pr-employer-recommendation = Lettre de recommandation de l'employeur
crit-pr-chinese-origin = Origine chinoise
crit-pr-doctorate = Titulaire d'un doctorat
crit-pr-working-in-china = Travaille en Chine
crit-pr-government-recommendation = Recommandation d'un ministère, d'un gouvernement provincial ou d'une zone de développement clé
crit-pr-post-four-years = Poste de direction occupé 4 années consécutives
crit-pr-post-residence = Au moins 3 ans de résidence en Chine sur ces 4 années
crit-pr-investment-amount = Investissement au moins égal au minimum fixé pour sa région ou son secteur
crit-pr-investment-stable = Investissement stable pendant 3 ans, avec un bon historique fiscal
crit-pr-married-years = Marié depuis au moins 5 ans
crit-pr-residence-years = Au moins 5 années consécutives de résidence en Chine
crit-pr-nine-months = Au moins 9 mois en Chine chaque année
crit-pr-livelihood = Moyens de subsistance et logement stables
crit-pr-minor = Moins de 18 ans
crit-pr-parent = Rejoint un parent de nationalité chinoise ou résident permanent
crit-pr-sixty = 60 ans ou plus
crit-pr-relatives = Rejoindre en Chine des parents directs citoyens chinois ou résidents permanents
crit-pr-none-abroad = Aucun parent direct à l'étranger
hint-job-offer = Trouvez d'abord un employeur en Chine : c'est lui qui demande le permis pour vous.
hint-clean-record = Toutes les voies exigent un casier judiciaire vierge ; renseignez-vous sur l'extrait auprès de l'autorité compétente de votre pays.
hint-medical = Un certificat de santé délivré par un hôpital agréé est exigé.
hint-salary-short = Votre salaire est inférieur de { $shortfall } yuans par an au seuil de { $threshold } yuans par an. Une offre plus élevée, ou un autre critère, changerait la donne.
hint-points = { $shortfall ->
        [one] Il vous manque { $shortfall } point.
       *[other] Il vous manque { $shortfall } points.
    }
hint-b-age-limit = Au-delà de 60 ans, seule la catégorie A reste ouverte (Pékin et Shenzhen refusent dès 60 ans depuis 2026).
hint-degree-and-experience = Deux ans d'expérience dans le domaine après votre diplôme suffiraient à remplir cette condition.
hint-quota-job = La catégorie C ne couvre que ces emplois. Un score inférieur à 60 points ne donne droit, à lui seul, à aucun permis.
hint-z-work-permit = Le visa Z suit le permis de travail : dès que votre employeur reçoit la notification, vous pouvez en faire la demande.
hint-r-category-a = Le visa R est réservé à la catégorie A ; remplir n'importe quel critère de la catégorie A y donnerait accès.
hint-pr-four-years = Vous atteindrez 4 ans le { $date }, si vous continuez à travailler en Chine.
hint-pr-four-years-not-started = Une fois que vous travaillerez en Chine, il vous faudra 4 années consécutives.
hint-pr-days-each-year = Chaque année doit compter au moins 183 jours effectivement passés en Chine.
hint-pr-tax-short = Votre impôt sur le revenu est inférieur de { $shortfall } yuans par an aux { $threshold } yuans par an exigés.
hint-pr-employer-recommendation = Demandez la lettre de recommandation au service RH de votre employeur ; elle est obligatoire.
hint-pr-working-in-china = Cette voie exige que vous travailliez en Chine.
hint-pr-post-residence = Il faut trois ans de résidence sur ces 4 années.
hint-pr-investment-amount = L'investissement est inférieur de { $shortfall } dollars US au minimum de { $threshold } dollars US.
hint-pr-investment-stable = L'investissement doit être resté stable pendant 3 ans.
note-a-record-commitment = Les candidats de catégorie A peuvent remplacer certaines authentifications par un engagement écrit.
note-salary-enforcement-2026 = Depuis février 2026, Pékin et Shanghai bloquent les demandes par la voie salariale en dessous de ce seuil.
note-unconfirmed-wording = La formulation officielle exacte de ce critère n'a pas été confirmée ; renseignez-vous auprès du bureau.
note-b-age-enforcement = Certaines sources évoquent 55 ans pour les femmes ; la norme de classification indique 60 ans.
note-b-salary-2026 = Depuis 2026, certaines villes vérifieraient aussi le seuil de 4 fois le salaire pour cette voie ; les sources divergent.
note-b-4x-conditions = Les sources divergent sur la question de savoir si cette voie exige aussi un certificat de compétences ou 2 ans d'expérience.
note-k-age-unconfirmed = La limite d'âge de 45 ans est rapportée, mais aucun texte officiel ne la confirme ; vérifiez auprès du consulat.
note-k-no-employment = Le visa K ne permet pas, à lui seul, d'occuper un emploi : un permis de travail reste nécessaire.
note-pr-salary-each-year = Le seuil de chaque année est 6× la moyenne locale de l'année précédente. La règle vise la moyenne du personnel urbain en poste (城镇在岗职工平均工资) ; les chiffres utilisés ici sont la base publiée par la ville : vérifiez-la auprès de l'administration des entrées et sorties.
note-pr-tax-reading = Le texte officiel parle de 20 % du salaire de référence (工资性年收入标准), pas de 20 % de vos propres revenus. Les indemnités exonérées des étrangers (logement, scolarité des enfants, cours de langue ; prolongées jusqu'à fin 2027) réduisent l'impôt payé et peuvent le faire passer sous ce seuil.
note-pr-post-employers = Employeurs éligibles : services du Conseil des affaires de l'État, universités clés, entreprises de haute technologie, entreprises à capitaux étrangers encouragées, etc.
points-work-permit = Points du permis de travail (积分)
points-salary = Salaire annuel
points-education = Formation
points-experience = Expérience professionnelle
points-time-in-china = Mois par an en Chine
points-chinese = Langue chinoise
points-location = Lieu de travail
points-age = Âge
points-bonus = Université, Fortune 500, brevets ou 5 ans en Chine
points-local-bonus = Bonus local fixé par la province
improve-salary = Un salaire plus élevé : 20 points à partir de 450 000 yuans.
improve-experience = Chaque année d'expérience supplémentaire ajoute un point.
improve-time-in-china = Travailler 9 mois ou plus par an en Chine rapporte 15 points.
improve-chinese = Réussir le HSK 4 rapporte 4 points, le HSK 5 en rapporte 5.
improve-location = Un emploi dans la région de l'Ouest ou dans le Nord-Est rapporte 10 points.
improve-local-bonus = Les provinces peuvent ajouter jusqu'à 10 points pour les profils en pénurie localement ; renseignez-vous auprès du bureau local.
