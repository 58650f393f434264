## Próximos passos e documentos.

step-wp-employer-applies = Seu empregador faz o pedido on-line no sistema de autorização de trabalho para estrangeiros (外国人来华工作管理服务系统). Cada etapa de análise leva até { $a_days } dias úteis na categoria A e { $other_days } nas demais; depois, você recebe a Notificação de Autorização de Trabalho (外国人工作许可通知).
step-wp-a-green-channel = A categoria A usa o canal verde: os pedidos podem ser aceitos mesmo com documentos pendentes (容缺受理).
step-wp-c-quota = A categoria C está sujeita a cotas: pergunte ao seu empregador se há cota disponível para esta vaga.
step-z-visa-apply = Com a Notificação de Autorização de Trabalho, solicite o visto Z em uma embaixada ou consulado da China.
step-r-visa-apply = Com a Carta de Confirmação de Talento Estrangeiro de Alto Nível (外国高端人才确认函), solicite o visto R: validade de { $min_years } a { $max_years } anos, múltiplas entradas, estadias de até { $stay_days } dias e isenção das taxas de visto para você e sua família.
step-work-permit-card = Em até { $days } dias após entrar na China, solicite on-line o seu cartão de autorização de trabalho (外国人工作许可证).
step-residence-permit = Em até { $days } dias após entrar na China, solicite à administração local de entrada e saída uma autorização de residência para trabalho (工作类居留许可). A decisão leva até { $decision_days } dias; a autorização vale de 90 dias a 5 anos. Taxas: { $fee_under_1y } yuans para menos de um ano, { $fee_1_3y } yuans de 1 a 3 anos e { $fee_3_5y } yuans de 3 a 5 anos.
step-k-visa-apply = Solicite o visto K em uma embaixada ou consulado da China; não é preciso ter um empregador que convide você. Consulte a página do consulado para saber o limite de idade e os documentos.
step-pr-apply = Faça o pedido na administração de entrada e saída do departamento de segurança pública da sua cidade (公安局出入境管理部门). A decisão leva até { $months } meses. Taxas: { $application_fee } yuans por pessoa, mais { $card_fee } yuans pelo cartão.
step-pr-salary-documents = Para o caminho salarial, reúna { $years } anos seguidos de comprovantes de salário, comprovantes de imposto de renda, autorizações de trabalho e de residência, além da carta de recomendação do seu empregador.
step-pr-family-alongside = Seu cônjuge estrangeiro e seus filhos solteiros menores de 18 anos podem fazer o pedido ao mesmo tempo.
step-pr-after-grant = Depois da concessão, passe pelo menos { $months_a_year } meses por ano na China. O cartão vale { $adult_years } anos para adultos e { $minor_years } anos para menores de 18.
step-pr-spouse-documents = Para o caminho do cônjuge, inclua a certidão de casamento e comprovantes de renda e moradia.
step-pr-investment-documents = Para o caminho do investimento, inclua o comprovante do capital integralizado e o histórico fiscal da empresa.

doc-passport = Passaporte válido
doc-work-permit-application = Formulário de pedido de autorização de trabalho (外国人来华工作许可申请表)
doc-employment-contract = Contrato de trabalho ou carta de nomeação
doc-degree-certificate = Diploma de maior nível, autenticado
doc-experience-proof = Comprovante de experiência profissional (cartas de referência)
doc-no-criminal-record = Certidão de antecedentes criminais, apostilada ou legalizada (无犯罪记录证明)
doc-medical-certificate = Atestado médico (体检证明)
doc-health-certificate = Atestado de saúde emitido por um órgão de saúde designado
doc-photo = Foto recente no padrão de passaporte
doc-work-permit-notice = Notificação de Autorização de Trabalho (外国人工作许可通知)
doc-talent-confirmation-letter = Carta de Confirmação de Talento Estrangeiro de Alto Nível (外国高端人才确认函)
doc-pr-application-form = Formulário de pedido de residência permanente (外国人在中国永久居留申请表)
doc-salary-proofs = Comprovantes de salário emitidos pelo empregador para cada ano
doc-tax-certificates = Comprovantes de pagamento do imposto de renda de cada ano (完税证明)
doc-work-and-residence-permits = Autorizações de trabalho e autorizações de residência para trabalho que cubram o período
doc-employer-recommendation-letter = Carta de recomendação do empregador
doc-employer-registration = Licença comercial ou registro do empregador
doc-marriage-certificate = Certidão de casamento
doc-livelihood-and-housing = Comprovantes de renda estável e de moradia
doc-investment-proof = Comprovante do capital integralizado (验资报告)
doc-tax-records = Histórico fiscal da empresa que recebeu o investimento
