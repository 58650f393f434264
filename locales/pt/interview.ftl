## A entrevista: perguntas, por que cada uma é feita, opções e dicas de preenchimento.
## Os nomes oficiais em chinês aparecem ao lado da tradução para que as pessoas possam encontrá-los nos formulários.

q-goal = O que você gostaria de fazer na China?
q-goal-why = Só perguntamos sobre os caminhos que atendem ao seu plano.
choice-goal-work = Trabalhar lá
choice-goal-settle = Residência permanente
choice-goal-both = Trabalhar e depois morar
choice-goal-unsure = Não sei ainda: ver tudo

q-age = Quantos anos você tem?
q-age-why = As autorizações de trabalho têm limites de idade (de 18 a 60 anos na categoria B), e a idade conta pontos.

q-work-city = Em qual cidade da China continental você vai trabalhar (ou trabalha)?
q-work-city-why = Os patamares salariais são múltiplos do salário médio local, que varia de cidade para cidade.
choice-city-beijing = Pequim 北京
choice-city-shanghai = Xangai 上海
choice-city-guangzhou = Guangzhou (Cantão) 广州
choice-city-shenzhen = Shenzhen 深圳
choice-city-changzhou = Changzhou 常州
choice-city-other = Outra cidade

q-other-city-region = Onde fica essa cidade?
q-other-city-region-why = Empregos na região oeste, no nordeste ou em áreas especiais designadas valem 10 pontos extras.
choice-region-west = Oeste (ex.: Chengdu)
choice-region-northeast = Antiga base industrial NE
choice-region-special-area = Área especial ou de pobreza
choice-region-elsewhere = Outro lugar (ex.: Hangzhou)
choice-dont-know = Não sei

q-other-city-average-wage = Qual é o salário médio anual na sua cidade, em yuans?
q-other-city-average-wage-why = Não temos um valor atualizado para a sua cidade, e as regras salariais são múltiplos dele. O departamento local de ciência e tecnologia publica esse valor (社会平均工资).

q-job-offer = Você tem uma oferta de emprego de um empregador registrado na China continental?
q-job-offer-why = Toda autorização de trabalho é solicitada por um empregador chinês; sem empregador, não há autorização.

q-annual-salary = Qual salário bruto anual seu empregador na China paga (ou vai pagar) a você, em yuans?
q-annual-salary-why = O salário vale até 20 pontos, e 6 ou 4 vezes o salário médio local já garante, por si só, a categoria A ou B.

q-highest-degree = Qual é a sua formação mais alta?
q-highest-degree-why = A formação vale até 20 pontos, e os diplomas abrem vários caminhos. Um certificado profissional internacional de nível máximo conta como doutorado.
choice-degree-doctorate = Doutorado ou certificado top
choice-degree-master = Mestrado
choice-degree-bachelor = Graduação
choice-degree-below-bachelor = Sem graduação completa

q-experience-years = Quantos anos de experiência profissional na área da vaga você tem desde que se formou?
q-experience-years-why = A categoria B normalmente exige 2 anos, e a experiência vale até 20 pontos.

q-months-in-china = Quantos meses por ano você vai trabalhar na China?
q-months-in-china-why = O tempo de trabalho na China vale até 15 pontos.
choice-months-nine-plus = 9 meses ou mais
choice-months-six-to-nine = De 6 a 9 meses
choice-months-three-to-six = De 3 a 6 meses
choice-months-under-three = Menos de 3 meses

q-chinese-level = Qual é o seu nível de chinês? Escolha o mais alto que se aplica.
q-chinese-level-why = O chinês vale até 5 pontos.
choice-chinese-hsk5-plus = HSK 5 ou superior
choice-chinese-hsk4 = HSK 4
choice-chinese-hsk3 = HSK 3
choice-chinese-hsk2 = HSK 2
choice-chinese-hsk1 = HSK 1
choice-chinese-taught-in-chinese = Graduação cursada em chinês
choice-chinese-former-citizen = Já tive a cidadania chinesa
choice-chinese-none = Nenhuma dessas

q-achievements = Algum destes itens descreve você? Toque em todos os que se aplicam e depois em Pronto.
q-achievements-details = • Programa chinês de talentos: selecionado para um nacional ou provincial
    • Cargo sênior: em um grande empregador, ou professor associado ou acima
    • Fundador: com patentes e um investimento grande e estável
q-achievements-why = Cada um deles, sozinho, já garante a categoria A (外国高端人才).
choice-achievement-talent-programme = Programa chinês de talentos
choice-achievement-international-award = Grande prêmio ou academia
choice-achievement-senior-post = Cargo sênior ou professor
choice-achievement-postdoc = Pós-doc em universidade top
choice-achievement-founder-investor = Fundador com patentes
choice-none-of-these = Nenhum destes

q-background = Quais destes itens se aplicam a você? Toque em todos os que se aplicam e depois em Pronto.
q-background-details = • Ciência ou tecnologia: ciências, tecnologia, engenharia ou matemática
    • Certificado profissional: um certificado internacional de qualificação profissional
    • Habilitação docente: licenciatura, habilitação docente ou TEFL de 120 horas
q-background-why = Eles valem pontos extras e abrem caminhos na categoria B e no visto K.
choice-background-top-university = Universidade de ponta
choice-background-studied-in-china = Diploma obtido na China
choice-background-stem-degree = Diploma em ciência ou tec.
choice-background-fortune500 = Empresa Fortune Global 500
choice-background-patents = Patentes ou outra PI
choice-background-five-years-in-china = 5 anos ou mais na China
choice-background-skill-certificate = Certificado profissional
choice-background-language-teacher = Professor da língua materna
choice-background-teaching-qualification = Habilitação docente ou TEFL

q-clean-record = Você consegue obter uma certidão negativa de antecedentes criminais no país onde mora?
q-clean-record-why = Todas as autorizações e a residência permanente exigem ausência de antecedentes criminais.

q-medical-check = Você acredita que passará em um exame médico padrão?
q-medical-check-why = O atestado de saúde é exigido para a autorização de trabalho e para a residência permanente.

q-job-kind = A vaga se enquadra em algum destes casos?
q-job-kind-why = A categoria C (外国普通人员) é só para estas vagas sujeitas a cota (as intergovernamentais incluem estágios; outras, p. ex., empregados domésticos de talentos da categoria A); uma pontuação baixa, por si só, não dá direito a nada.
choice-job-short-term = Temporário, até 90 dias
choice-job-seasonal = Trabalho sazonal
choice-job-intergovernmental = Acordo intergovernamental
choice-job-other-quota = Outra vaga com cota
choice-job-none = Nenhum destes

q-china-work-start = Quando você começou a trabalhar na China com autorização de trabalho? Digite o mês e o ano.
q-china-work-start-why = O caminho salarial para a residência permanente exige 4 anos seguidos de trabalho na China.
choice-not-yet = Ainda não

q-days-in-china-each-year = Em cada um dos últimos 4 anos, você passou pelo menos 183 dias na China?
q-days-in-china-each-year-why = O caminho salarial exige que você tenha morado de fato na China pelo menos metade de cada ano.

q-pr-lowest-salary = Nos últimos 4 anos, qual foi o seu menor salário bruto anual na China, em yuans?
q-pr-lowest-salary-why = O salário precisa atingir 6 vezes o salário médio local em cada um dos 4 anos.

q-pr-lowest-tax = Nesses mesmos 4 anos, qual foi o menor valor de imposto de renda que você pagou em um ano, em yuans?
q-pr-lowest-tax-why = O imposto pago em cada ano precisa atingir 20% do patamar salarial de referência. Os comprovantes de pagamento emitidos pela receita (完税证明) mostram esse valor.

q-employer-recommendation = Seu empregador atual vai escrever uma carta de recomendação para o seu pedido?
q-employer-recommendation-why = O caminho salarial exige uma recomendação do seu empregador.

q-china-ties = Algum destes itens se aplica a você? Toque em todos os que se aplicam e depois em Pronto.
q-china-ties-details = • Recomendação do governo: de um ministério ou de um governo provincial
    • Cargo sênior: na China, por 4 anos seguidos ou mais
    • Cônjuge: de um cidadão chinês ou de um residente permanente na China
    • Com família: vou morar com parentes diretos (pais, cônjuge, filhos) na China
q-china-ties-why = Cada um abre um caminho diferente para a residência permanente (外国人永久居留).
choice-tie-chinese-origin = Origem chinesa (外籍华人)
choice-tie-government-recommendation = Recomendação do governo
choice-tie-senior-post = Cargo sênior por 4 anos
choice-tie-investor = Investimento direto
choice-tie-spouse = Cônjuge chinês ou residente
choice-tie-parent = Menor de 18, com pai ou mãe
choice-tie-relatives = 60 anos ou mais, família

q-post-residence = Nesses 4 anos, você morou na China por pelo menos 3 anos no total?
q-post-residence-why = O caminho para ocupantes de cargos seniores exige 3 anos de residência dentro desses 4 anos.

q-investment-usd = Quanto você investiu diretamente na China (capital integralizado), em dólares americanos?
q-investment-usd-why = O mínimo depende de onde e em qual setor você investiu.

q-investment-region = Onde ou em que você investiu?
q-investment-region-why = O mínimo é de US$ 500 mil em setores incentivados (Catálogo de Investimento Estrangeiro) ou no oeste, US$ 1 milhão na região central e US$ 2 milhões no restante do país.
choice-investment-encouraged-sector = Um setor incentivado
choice-investment-west = Oeste ou condado pobre
choice-investment-central = Região central
choice-investment-elsewhere = Outro lugar da China

q-investment-stable = O investimento se manteve estável por 3 anos seguidos, com bom histórico fiscal?
q-investment-stable-why = O caminho do investimento exige 3 anos de estabilidade e bom histórico fiscal.

q-marriage-years = Há quantos anos dura o seu casamento?
q-marriage-years-why = O caminho do cônjuge exige 5 anos de casamento.

q-residence-years-in-china = Há quantos anos seguidos você mora na China?
q-residence-years-in-china-why = Os caminhos familiares exigem 5 anos seguidos de residência na China.

q-nine-months-each-year = Você morou na China pelo menos 9 meses em cada um desses anos?
q-nine-months-each-year-why = Os caminhos familiares exigem pelo menos 9 meses na China a cada ano.

q-stable-livelihood = Você tem renda estável e moradia na China?
q-stable-livelihood-why = Os caminhos familiares exigem meios de subsistência estáveis e moradia.

q-no-relatives-abroad = Todos os seus parentes diretos (pais, cônjuge, filhos) moram na China, sem nenhum no exterior?
q-no-relatives-abroad-why = O caminho para parentes com 60 anos ou mais exige isso.

hint-whole-number = Digite um número inteiro, por exemplo 34.
hint-money = Digite um valor em yuans, por exemplo 565.548, 56,5万 ou 565 mil.
hint-money-usd = Digite um valor em dólares americanos, por exemplo 500.000 ou 0,5 milhão.
hint-month-year = Por exemplo, 2021-03 ou março de 2021.
