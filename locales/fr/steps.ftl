## Prochaines étapes et documents.

step-wp-employer-applies = Votre employeur dépose la demande en ligne dans le système des permis de travail des étrangers (外国人来华工作管理服务系统). Chaque étape d'examen prend jusqu'à { $a_days } jours ouvrés pour la catégorie A et { $other_days } pour les autres ; vous recevez ensuite la notification de permis de travail (外国人工作许可通知).
step-wp-a-green-channel = La catégorie A bénéficie du « canal vert » : les demandes peuvent être acceptées même s'il manque encore des pièces (容缺受理).
step-wp-c-quota = La catégorie C est soumise à quota : demandez à votre employeur si un quota est disponible pour ce poste.
step-z-visa-apply = Muni de la notification de permis de travail, demandez un visa Z auprès d'une ambassade ou d'un consulat de Chine.
step-r-visa-apply = Muni de la lettre de confirmation de talent étranger de haut niveau (外国高端人才确认函), demandez un visa R : valable de { $min_years } à { $max_years } ans, entrées multiples, séjours jusqu'à { $stay_days } jours, frais de visa supprimés pour vous et votre famille.
step-work-permit-card = Dans les { $days } jours suivant votre entrée en Chine, demandez en ligne votre carte de permis de travail (外国人工作许可证).
step-residence-permit = Dans les { $days } jours suivant votre entrée en Chine, demandez au service local des entrées et sorties un permis de séjour pour travail (工作类居留许可). La décision est rendue sous { $decision_days } jours au plus ; le permis est valable de 90 jours à 5 ans. Frais : { $fee_under_1y } yuans pour moins d'un an, { $fee_1_3y } yuans pour 1 à 3 ans, { $fee_3_5y } yuans pour 3 à 5 ans.
step-k-visa-apply = Demandez le visa K auprès d'une ambassade ou d'un consulat de Chine ; aucun employeur invitant n'est nécessaire. Consultez la page du consulat pour la limite d'âge et les pièces à fournir.
step-pr-apply = Déposez votre demande auprès du service des entrées et sorties du bureau de la sécurité publique de votre ville (公安局出入境管理部门). La décision est rendue sous { $months } mois au plus. Frais : { $application_fee } yuans par personne, plus { $card_fee } yuans pour la carte.
step-pr-salary-documents = Pour la voie salariale, préparez, sur { $years } années consécutives, les justificatifs de salaire, les attestations d'impôt sur le revenu, les permis de travail et les permis de séjour, ainsi que la lettre de recommandation de votre employeur.
step-pr-family-alongside = Votre conjoint étranger et vos enfants célibataires de moins de 18 ans peuvent déposer leur demande en même temps que vous.
step-pr-after-grant = Une fois la résidence accordée, séjournez au moins { $months_a_year } mois par an en Chine. La carte est valable { $adult_years } ans pour les adultes et { $minor_years } ans pour les moins de 18 ans.
step-pr-spouse-documents = Pour la voie du conjoint, ajoutez votre acte de mariage et des justificatifs de ressources et de logement.
step-pr-investment-documents = Pour la voie de l'investissement, ajoutez la preuve de l'investissement libéré et les documents fiscaux de la société.

doc-passport = Passeport en cours de validité
doc-work-permit-application = Formulaire de demande de permis de travail (外国人来华工作许可申请表)
doc-employment-contract = Contrat de travail ou lettre de nomination
doc-degree-certificate = Diplôme le plus élevé, authentifié
doc-experience-proof = Justificatifs d'expérience professionnelle (lettres de référence)
doc-no-criminal-record = Extrait de casier judiciaire, apostillé ou légalisé (无犯罪记录证明)
doc-medical-certificate = Certificat médical (体检证明)
doc-health-certificate = Certificat de santé délivré par un organisme de santé agréé
doc-photo = Photo d'identité récente
doc-work-permit-notice = Notification de permis de travail (外国人工作许可通知)
doc-talent-confirmation-letter = Lettre de confirmation de talent étranger de haut niveau (外国高端人才确认函)
doc-pr-application-form = Formulaire de demande de résidence permanente (外国人在中国永久居留申请表)
doc-salary-proofs = Justificatifs de salaire de votre employeur pour chaque année
doc-tax-certificates = Attestations d'impôt sur le revenu pour chaque année (完税证明)
doc-work-and-residence-permits = Permis de travail et permis de séjour pour travail couvrant la période
doc-employer-recommendation-letter = Lettre de recommandation de l'employeur
doc-employer-registration = Licence commerciale ou justificatif d'immatriculation de l'employeur
doc-marriage-certificate = Acte de mariage
doc-livelihood-and-housing = Justificatifs de revenus stables et de logement
doc-investment-proof = Preuve de l'investissement libéré (验资报告)
doc-tax-records = Documents fiscaux de la société bénéficiaire de l'investissement
