## Le questionnaire : questions, raison de chacune, choix proposés et aides à la saisie.
## Les noms chinois officiels figurent à côté de la traduction pour qu'on puisse les retrouver sur les formulaires.

q-goal = Que souhaitez-vous faire en Chine ?
q-goal-why = Nous ne vous interrogeons que sur les voies utiles à votre projet.
choice-goal-work = Y travailler
choice-goal-settle = Résidence permanente
choice-goal-both = Travailler, puis m'installer
choice-goal-unsure = Je ne sais pas : tout voir

q-age = Quel âge avez-vous ?
q-age-why = Les permis de travail sont soumis à des limites d'âge (de 18 à 60 ans pour la catégorie B), et l'âge rapporte des points.

q-work-city = Dans quelle ville de Chine continentale allez-vous travailler (ou travaillez-vous déjà) ?
q-work-city-why = Les seuils de salaire sont des multiples du salaire moyen local, qui varie d'une ville à l'autre.
choice-city-beijing = Pékin (北京)
choice-city-shanghai = Shanghai (上海)
choice-city-guangzhou = Canton (广州)
choice-city-shenzhen = Shenzhen (深圳)
choice-city-changzhou = Changzhou (常州)
choice-city-other = Une autre ville

q-other-city-region = Où se trouve cette ville ?
q-other-city-region-why = Un emploi dans la région de l'Ouest, dans le Nord-Est ou dans une zone spéciale désignée rapporte 10 points supplémentaires.
choice-region-west = Ouest (ex. Chengdu)
choice-region-northeast = Vieux bassin industriel NE
choice-region-special-area = Zone spéciale ou pauvre
choice-region-elsewhere = Ailleurs (ex. Hangzhou)
choice-dont-know = Je ne sais pas

q-other-city-average-wage = Quel est le salaire annuel moyen dans votre ville, en yuans ?
q-other-city-average-wage-why = Nous n'avons pas de chiffre actuel pour votre ville, et les règles de salaire en sont des multiples. Le bureau local des sciences et technologies le publie (社会平均工资).

q-job-offer = Avez-vous une offre d'emploi d'un employeur enregistré en Chine continentale ?
q-job-offer-why = Tout permis de travail est demandé par un employeur chinois ; sans employeur, pas de permis.

q-annual-salary = Quel salaire annuel brut votre employeur en Chine vous verse-t-il (ou vous versera-t-il), en yuans ?
q-annual-salary-why = Le salaire rapporte jusqu'à 20 points, et 6 fois ou 4 fois le salaire moyen local suffisent à eux seuls pour la catégorie A ou B.

q-highest-degree = Quel est votre diplôme le plus élevé ?
q-highest-degree-why = La formation rapporte jusqu'à 20 points, et les diplômes ouvrent plusieurs voies. Un certificat professionnel international de plus haut niveau compte comme un doctorat.
choice-degree-doctorate = Doctorat ou certificat élite
choice-degree-master = Master ou maîtrise
choice-degree-bachelor = Licence ou bachelor
choice-degree-below-bachelor = Sans diplôme de 1er cycle

q-experience-years = Combien d'années d'expérience professionnelle en rapport avec le poste avez-vous acquises depuis votre diplôme ?
q-experience-years-why = La catégorie B exige en général 2 ans, et l'expérience rapporte jusqu'à 20 points.

q-months-in-china = Combien de mois par an allez-vous travailler en Chine ?
q-months-in-china-why = Le temps de travail passé en Chine rapporte jusqu'à 15 points.
choice-months-nine-plus = 9 mois ou plus
choice-months-six-to-nine = De 6 à 9 mois
choice-months-three-to-six = De 3 à 6 mois
choice-months-under-three = Moins de 3 mois

q-chinese-level = Quel est votre niveau de chinois ? Choisissez le plus élevé qui s'applique.
q-chinese-level-why = Le chinois rapporte jusqu'à 5 points.
choice-chinese-hsk5-plus = HSK 5 ou plus
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = Diplôme d'un cursus en chinois
choice-chinese-former-citizen = Ex-ressortissant chinois
choice-chinese-none = Aucun de ces cas

q-achievements = L'un de ces cas vous correspond-il ? Touchez tous ceux qui s'appliquent, puis « Terminé ».
q-achievements-details = • Plan chinois de talents : sélection dans un programme national ou provincial
    • Cadre dirigeant ou prof. : chez un grand employeur, ou professeur associé et au-delà
    • Fondateur : avec des brevets et un investissement important et stable
q-achievements-why = Chacun d'eux vous qualifie à lui seul pour la catégorie A (外国高端人才).
choice-achievement-talent-programme = Plan chinois de talents
choice-achievement-international-award = Grand prix ou académicien
choice-achievement-senior-post = Cadre dirigeant ou prof.
choice-achievement-postdoc = Postdoc, grande université
choice-achievement-founder-investor = Fondateur avec brevets
choice-none-of-these = Aucun de ces cas

q-background = Lesquels de ces cas s'appliquent à vous ? Touchez tous ceux qui s'appliquent, puis « Terminé ».
q-background-details = • Diplôme scientifique : sciences, technologies, ingénierie ou mathématiques
    • Certificat professionnel : un certificat international de compétences professionnelles
    • Habilitation : diplôme ou habilitation d'enseignant, ou TEFL de 120 heures
q-background-why = Ils rapportent des points bonus et ouvrent des voies vers la catégorie B et le visa K.
choice-background-top-university = Université de premier rang
choice-background-studied-in-china = Diplôme obtenu en Chine
choice-background-stem-degree = Diplôme scientifique
choice-background-fortune500 = Société Fortune Global 500
choice-background-patents = Brevets ou autre PI
choice-background-five-years-in-china = 5 ans ou plus en Chine
choice-background-skill-certificate = Certificat professionnel
choice-background-language-teacher = Prof de langue maternelle
choice-background-teaching-qualification = Habilitation ou TEFL

q-clean-record = Pouvez-vous obtenir un extrait de casier judiciaire vierge dans votre pays de résidence ?
q-clean-record-why = Tout permis de travail et la résidence permanente exigent un casier judiciaire vierge.

q-medical-check = Pensez-vous réussir un examen médical standard ?
q-medical-check-why = Un certificat médical est exigé pour le permis de travail et pour la résidence permanente.

q-job-kind = L'emploi fait-il partie de ceux-ci ?
q-job-kind-why = La catégorie C (外国普通人员) est réservée à ces emplois sous quota (les emplois intergouvernementaux incluent les stages ; les autres, par exemple le personnel de maison d'un talent de catégorie A) ; un score faible, à lui seul, ne donne droit à rien.
choice-job-short-term = Temporaire, 90 jours max.
choice-job-seasonal = Travail saisonnier
choice-job-intergovernmental = Accord intergouvernemental
choice-job-other-quota = Autre emploi sous quota
choice-job-none = Aucun de ces cas

q-china-work-start = Quand avez-vous commencé à travailler en Chine avec un permis de travail ? Indiquez le mois et l'année.
q-china-work-start-why = La voie salariale vers la résidence permanente exige 4 années consécutives de travail en Chine.
choice-not-yet = Pas encore

q-days-in-china-each-year = Au cours de chacune des 4 dernières années, avez-vous passé au moins 183 jours en Chine ?
q-days-in-china-each-year-why = La voie salariale exige d'avoir effectivement vécu en Chine au moins la moitié de chaque année.

q-pr-lowest-salary = Sur les 4 dernières années, quel a été votre salaire annuel brut le plus bas en Chine, en yuans ?
q-pr-lowest-salary-why = Le salaire doit atteindre 6 fois le salaire moyen local chacune des 4 années.

q-pr-lowest-tax = Sur ces mêmes 4 années, quel est le plus faible montant d'impôt sur le revenu que vous avez payé sur une année, en yuans ?
q-pr-lowest-tax-why = L'impôt payé chaque année doit atteindre 20 % du salaire de référence. Vos attestations de paiement de l'impôt (完税证明) l'indiquent.

q-employer-recommendation = Votre employeur actuel rédigera-t-il une lettre de recommandation pour votre demande ?
q-employer-recommendation-why = La voie salariale exige une recommandation de votre employeur.

q-china-ties = L'un de ces cas s'applique-t-il à vous ? Touchez tous ceux qui s'appliquent, puis « Terminé ».
q-china-ties-details = • Recommandation officielle : d'un ministère ou d'un gouvernement provincial
    • Poste de direction : en Chine, depuis au moins 4 ans consécutifs
    • Conjoint : d'un ressortissant chinois ou d'un résident permanent en Chine
    • En famille : vous rejoignez des parents directs (parents, conjoint, enfants) en Chine
q-china-ties-why = Chacun ouvre une voie différente vers la résidence permanente (外国人永久居留).
choice-tie-chinese-origin = Origine chinoise (外籍华人)
choice-tie-government-recommendation = Recommandation officielle
choice-tie-senior-post = Poste de direction, 4 ans
choice-tie-investor = Investissement direct
choice-tie-spouse = Conjoint chinois/résident
choice-tie-parent = Moins de 18 ans, un parent
choice-tie-relatives = 60 ans ou plus, en famille

q-post-residence = Au cours de ces 4 années, avez-vous vécu en Chine au moins 3 ans au total ?
q-post-residence-why = La voie des postes de direction exige 3 ans de résidence sur ces 4 années.

q-investment-usd = Combien avez-vous investi directement en Chine (capital libéré), en dollars US ?
q-investment-usd-why = Le minimum dépend du lieu et du secteur de l'investissement.

q-investment-region = Où, ou dans quoi, avez-vous investi ?
q-investment-region-why = Le minimum est de 500 000 dollars US dans les secteurs encouragés (catalogue des investissements étrangers) ou dans l'Ouest, de 1 million de dollars US dans la région du Centre et de 2 millions de dollars US ailleurs.
choice-investment-encouraged-sector = Un secteur encouragé
choice-investment-west = Ouest ou district pauvre
choice-investment-central = Région du Centre
choice-investment-elsewhere = Ailleurs en Chine

q-investment-stable = L'investissement est-il resté stable 3 années consécutives, avec un bon historique fiscal ?
q-investment-stable-why = La voie de l'investissement exige 3 années stables et un bon historique fiscal.

q-marriage-years = Depuis combien d'années êtes-vous marié ou mariée ?
q-marriage-years-why = La voie du conjoint exige 5 ans de mariage.

q-residence-years-in-china = Depuis combien d'années consécutives vivez-vous en Chine ?
q-residence-years-in-china-why = Les voies familiales exigent 5 années consécutives de résidence en Chine.

q-nine-months-each-year = Avez-vous vécu en Chine au moins 9 mois chacune de ces années ?
q-nine-months-each-year-why = Les voies familiales exigent au moins 9 mois de présence en Chine chaque année.

q-stable-livelihood = Disposez-vous d'un revenu stable et d'un logement en Chine ?
q-stable-livelihood-why = Les voies familiales exigent des moyens de subsistance stables et un logement.

q-no-relatives-abroad = Tous vos proches directs (parents, conjoint, enfants) vivent-ils en Chine, sans qu'aucun ne soit resté à l'étranger ?
q-no-relatives-abroad-why = La voie des proches âgés de 60 ans et plus l'exige.

hint-whole-number = Saisissez un nombre entier, par exemple 34.
hint-money = Saisissez un montant en yuans, par exemple 565 548, 56,5万 ou 565 k.
hint-money-usd = Saisissez un montant en dollars US, par exemple 500 000 ou 0,5 million.
hint-month-year = Par exemple 03/2021 ou mars 2021.
