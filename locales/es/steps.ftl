## Próximos pasos y documentos.

step-wp-employer-applies = Su empleador presenta la solicitud en línea en el sistema de permisos de trabajo para extranjeros (外国人来华工作管理服务系统). Cada fase de revisión tarda hasta { $a_days } días hábiles en la categoría A y { $other_days } en las demás; después usted recibe la Notificación de Permiso de Trabajo (外国人工作许可通知).
step-wp-a-green-channel = La categoría A utiliza la vía verde: las solicitudes pueden admitirse aunque todavía falten documentos (容缺受理).
step-wp-c-quota = La categoría C está sujeta a cupos: pregunte a su empleador si hay cupo disponible para este puesto.
step-z-visa-apply = Con la Notificación de Permiso de Trabajo, solicite la visa Z en una embajada o consulado de China.
step-r-visa-apply = Con la Carta de Confirmación de Talento Extranjero de Alto Nivel (外国高端人才确认函), solicite la visa R: validez de { $min_years } a { $max_years } años, entradas múltiples, estancias de hasta { $stay_days } días y exención de tasas de visa para usted y su familia.
step-work-permit-card = En los { $days } días siguientes a su entrada en China, solicite en línea su tarjeta de permiso de trabajo (外国人工作许可证).
step-residence-permit = En los { $days } días siguientes a su entrada en China, solicite a la administración local de entrada y salida un permiso de residencia por trabajo (工作类居留许可). La resolución tarda hasta { $decision_days } días; el permiso tiene una validez de 90 días a 5 años. Tasas: { $fee_under_1y } yuanes por menos de un año, { $fee_1_3y } yuanes de 1 a 3 años y { $fee_3_5y } yuanes de 3 a 5 años.
step-k-visa-apply = Solicite la visa K en una embajada o consulado de China; no hace falta un empleador que le invite. Consulte en la página del consulado el límite de edad y los documentos necesarios.
step-pr-apply = Presente la solicitud ante la administración de entrada y salida de la Oficina de Seguridad Pública de su ciudad (公安局出入境管理部门). La resolución tarda hasta { $months } meses. Tasas: { $application_fee } yuanes por persona, más { $card_fee } yuanes por la tarjeta.
step-pr-salary-documents = Para la vía salarial, prepare { $years } años consecutivos de justificantes de salario, certificados del impuesto sobre la renta, permisos de trabajo y de residencia, y la carta de recomendación de su empleador.
step-pr-family-alongside = Su cónyuge extranjero y sus hijos solteros menores de 18 años pueden presentar la solicitud al mismo tiempo.
step-pr-after-grant = Una vez concedida, permanezca en China al menos { $months_a_year } meses al año. La tarjeta tiene una validez de { $adult_years } años para adultos y de { $minor_years } años para menores de 18.
step-pr-spouse-documents = Para la vía del cónyuge, añada su certificado o acta de matrimonio y pruebas de medios de vida y vivienda.
step-pr-investment-documents = Para la vía de inversión, añada la acreditación del capital desembolsado y el historial fiscal de la empresa.

doc-passport = Pasaporte vigente
doc-work-permit-application = Formulario de solicitud del permiso de trabajo (外国人来华工作许可申请表)
doc-employment-contract = Contrato de trabajo o carta de nombramiento
doc-degree-certificate = Título de mayor nivel, autenticado
doc-experience-proof = Acreditación de la experiencia laboral (cartas de referencia)
doc-no-criminal-record = Certificado de antecedentes penales, apostillado o legalizado (无犯罪记录证明)
doc-medical-certificate = Certificado médico (体检证明)
doc-health-certificate = Certificado de salud expedido por un organismo sanitario designado
doc-photo = Fotografía reciente tamaño pasaporte
doc-work-permit-notice = Notificación de Permiso de Trabajo (外国人工作许可通知)
doc-talent-confirmation-letter = Carta de Confirmación de Talento Extranjero de Alto Nivel (外国高端人才确认函)
doc-pr-application-form = Formulario de solicitud de residencia permanente (外国人在中国永久居留申请表)
doc-salary-proofs = Justificantes de salario de su empleador para cada año
doc-tax-certificates = Certificados de pago del impuesto sobre la renta de cada año (完税证明)
doc-work-and-residence-permits = Permisos de trabajo y permisos de residencia por trabajo que cubran todo el período
doc-employer-recommendation-letter = Carta de recomendación del empleador
doc-employer-registration = Licencia comercial o registro mercantil del empleador
doc-marriage-certificate = Certificado o acta de matrimonio
doc-livelihood-and-housing = Pruebas de ingresos estables y de vivienda
doc-investment-proof = Acreditación del capital desembolsado (验资报告)
doc-tax-records = Historial fiscal de la empresa en la que invirtió
