## A entrevista: perguntas, por que cada uma é feita, opções e dicas de preenchimento.
## Os nomes oficiais em chinês aparecem ao lado da tradução para que as pessoas possam encontrá-los nos formulários.

q-goal = O que você gostaria de fazer na China?
q-goal-why = Só perguntamos sobre os caminhos que atendem ao seu plano.
choice-goal-work = Trabalhar lá
choice-goal-settle = Residência permanente
choice-goal-both = Trabalhar e depois morar
choice-goal-unsure = Não sei ainda: ver tudo
choice-goal-chinese-citizen = Sou cidadão chinês (incluindo residentes de Hong Kong, Macau e Taiwan)

q-age = Quantos anos você tem?
q-age-why = As autorizações de trabalho têm limites de idade (de 18 a 60 anos na categoria B), e a idade conta pontos.

q-work-city = Em qual cidade da China continental você vai trabalhar (ou trabalha)?
q-work-city-why = Os patamares salariais são múltiplos do salário médio local, que varia de cidade para cidade.
choice-city-beijing = Pequim 北京
choice-city-shanghai = Xangai 上海
choice-city-guangzhou = Guangzhou (Cantão) 广州
choice-city-shenzhen = Shenzhen 深圳
choice-city-changzhou = Changzhou 常州
choice-city-hangzhou = Hangzhou 杭州
choice-city-suzhou = Suzhou 苏州
choice-city-nanjing = Nanquim 南京
choice-city-tianjin = Tianjin 天津
choice-city-wuhan = Wuhan 武汉
choice-city-chengdu = Chengdu 成都
choice-city-chongqing = Chongqing 重庆
choice-city-xian = Xi'an 西安
choice-city-qingdao = Qingdao 青岛
choice-city-other = Outra cidade

q-other-city-region = Onde fica essa cidade?
q-other-city-region-why = Empregos na região oeste, no nordeste ou em áreas especiais designadas valem 10 pontos extras.
choice-region-west = Região oeste (ex.: Chengdu, Chongqing, Xi'an)
choice-region-northeast = Antiga base industrial do nordeste
choice-region-special-area = Área especial designada ou de combate à pobreza
choice-region-elsewhere = Outro lugar (ex.: Hangzhou, Nanquim)
choice-dont-know = Não sei

q-other-city-average-wage = Qual é o salário médio anual na sua cidade, em yuans?
q-other-city-average-wage-why = Não temos um valor atualizado para a sua cidade, e as regras salariais são múltiplos dele. O departamento local de ciência e tecnologia publica esse valor (社会平均工资).

q-job-offer = Você tem uma oferta de emprego de um empregador registrado na China continental?
q-job-offer-why = Toda autorização de trabalho é solicitada por um empregador chinês; sem empregador, não há autorização.

q-annual-salary = Qual salário bruto anual seu empregador na China paga (ou vai pagar) a você, em yuans?
q-annual-salary-why = O salário vale até 20 pontos, e 6 ou 4 vezes o salário médio local já garante, por si só, a categoria A ou B.

q-highest-degree = Qual é a sua formação mais alta?
q-highest-degree-why = A formação vale até 20 pontos, e os diplomas abrem vários caminhos.
choice-degree-doctorate = Doutorado (ou certificado profissional internacional de nível máximo)
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
q-achievements-why = Cada um deles, sozinho, já garante a categoria A (外国高端人才).
choice-achievement-talent-programme = Selecionado para um programa de talentos nacional ou provincial da China
choice-achievement-international-award = Grande prêmio internacional ou membro de academia
choice-achievement-senior-post = Cargo sênior em grande empregador, ou professor associado ou acima
choice-achievement-postdoc = Pós-doutorado em uma universidade renomada
choice-achievement-founder-investor = Fundador com patentes e um investimento grande e estável
choice-none-of-these = Nenhum destes

q-background = Quais destes itens se aplicam a você? Toque em todos os que se aplicam e depois em Pronto.
q-background-why = Eles valem pontos extras e abrem caminhos na categoria B e no visto K.
choice-background-top-university = Formado(a) em uma universidade de ponta fora da China
choice-background-studied-in-china = Diploma de uma universidade na China
choice-background-stem-degree = Diploma em ciências, tecnologia, engenharia ou matemática
choice-background-fortune500 = Trabalhei em empresa da Fortune Global 500
choice-background-patents = Tenho patentes ou outra propriedade intelectual
choice-background-five-years-in-china = 5 anos ou mais seguidos de trabalho na China
choice-background-skill-certificate = Certificado internacional de qualificação profissional do nível mais alto
choice-background-language-teacher = Vou ensinar minha língua materna
choice-background-teaching-qualification = Licenciatura, habilitação docente ou TEFL de 120 horas
q-recent-graduate-grades = Você se formou nos últimos 12 meses, com média de pelo menos 80 em 100 (ou equivalente)?
q-recent-graduate-grades-why = A categoria B aceita recém-formados de mestrado e doutorado sem experiência apenas no prazo de um ano após a formatura e com média de 80 ou mais.

q-clean-record = Você consegue obter uma certidão negativa de antecedentes criminais no país onde mora?
q-clean-record-why = Todas as autorizações e a residência permanente exigem ausência de antecedentes criminais.

q-medical-check = Você acredita que passará em um exame médico padrão?
q-medical-check-why = O atestado de saúde é exigido para a autorização de trabalho e para a residência permanente.

q-job-kind = A vaga se enquadra em algum destes casos?
q-job-kind-why = A categoria C (外国普通人员) é só para estas vagas sujeitas a cota; uma pontuação baixa, por si só, não dá direito a nada.
choice-job-short-term = Trabalho temporário de até 90 dias
choice-job-seasonal = Trabalho sazonal
choice-job-intergovernmental = Por acordo intergovernamental (inclui estágios)
choice-job-other-quota = Outra vaga com cota (ex.: empregado doméstico de talento A)
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
q-pr-salary-year-why = Seu ano mais baixo fica abaixo do padrão atual, então cada ano é comparado com o seu: 6× a média local do ano anterior.
q-pr-tax-year-why = Seu menor imposto fica abaixo de 20% do padrão atual, então o de cada ano é comparado com 20% do padrão daquele ano.
q-pr-years-continuous = Esses 4 anos de trabalho na China foram contínuos, sem intervalo entre empregos nem período trabalhando no exterior?
q-pr-years-continuous-why = A regra exige 4 anos consecutivos (连续4年) de trabalho na China.
q-pr-salary-year-1 = Seu salário bruto na China no ano civil de há 4 anos, em yuans?
q-pr-tax-year-1 = O imposto de renda que você pagou na China no ano civil de há 4 anos, em yuans?
q-pr-salary-year-2 = Seu salário bruto na China no ano civil de há 3 anos, em yuans?
q-pr-tax-year-2 = O imposto de renda que você pagou na China no ano civil de há 3 anos, em yuans?
q-pr-salary-year-3 = Seu salário bruto na China no ano civil retrasado (há 2 anos), em yuans?
q-pr-tax-year-3 = O imposto de renda que você pagou na China no ano civil retrasado (há 2 anos), em yuans?
q-pr-salary-year-4 = Seu salário bruto na China no ano civil passado, em yuans?
q-pr-tax-year-4 = O imposto de renda que você pagou na China no ano civil passado, em yuans?

q-employer-recommendation = Seu empregador atual vai escrever uma carta de recomendação para o seu pedido?
q-employer-recommendation-why = O caminho salarial exige uma recomendação do seu empregador.

q-china-ties = Algum destes itens se aplica a você? Toque em todos os que se aplicam e depois em Pronto.
q-china-ties-why = Cada um abre um caminho diferente para a residência permanente (外国人永久居留).
choice-tie-chinese-origin = Tenho origem chinesa (外籍华人)
choice-tie-government-recommendation = Um ministério ou governo provincial vai me recomendar
choice-tie-senior-post = Cargo sênior na China por 4 anos ou mais seguidos
choice-tie-investor = Fiz um investimento direto na China
choice-tie-spouse = Cônjuge de cidadão chinês ou residente permanente
choice-tie-parent = Tenho menos de 18 anos, sou solteiro(a) e vou morar com pai ou mãe que é cidadão chinês ou residente permanente
choice-tie-relatives = Tenho 60 anos ou mais e vou morar com parentes diretos que são cidadãos chineses ou residentes permanentes

q-post-residence = Nesses 4 anos, você morou na China por pelo menos 3 anos no total?
q-post-residence-why = O caminho para ocupantes de cargos seniores exige 3 anos de residência dentro desses 4 anos.

q-investment-usd = Quanto você investiu diretamente na China (capital integralizado), em dólares americanos?
q-investment-usd-why = O mínimo depende de onde e em qual setor você investiu.

q-investment-region = Onde ou em que você investiu?
q-investment-region-why = O mínimo é de US$ 500 mil em setores incentivados ou no oeste, US$ 1 milhão na região central e US$ 2 milhões no restante do país.
choice-investment-encouraged-sector = Um setor incentivado (Catálogo de Investimento Estrangeiro)
choice-investment-west = Região oeste ou condado de combate à pobreza
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
