## O resultado: caminhos, critérios, o que mudaria um critério não atendido, ressalvas, pontos.
verdict-title = Sua elegibilidade em { $date }
verdict-no-routes = Nenhum dos caminhos que verificamos se encaixa nas suas respostas por enquanto. Os detalhes abaixo mostram o que falta.
verdict-details-prompt = Toque em um caminho para ver os detalhes: cada critério, a regra e a fonte.
verdict-status-eligible = ✅ Elegível
verdict-status-eligible-if-confirmed = 🟡 Elegível se confirmado
verdict-status-not-eligible = ❌ Ainda não elegível
verdict-status-not-applicable = Não se aplica a você
verdict-unknown-explained = “Elegível se confirmado” significa que tudo o que você sabe está a seu favor e o restante depende das respostas que você marcou como “Não sei”.
verdict-family-work-permit = Autorização de trabalho (外国人来华工作许可)
verdict-family-visa = Vistos
verdict-family-permanent-residence = Residência permanente (外国人永久居留)
verdict-all-of = Todos estes:
verdict-any-of = Qualquer um destes:
verdict-criterion-met = ✅
verdict-criterion-not-met = ❌
verdict-criterion-unknown = ❔
verdict-your-value = Você: { $value }
verdict-threshold = Exigido: { $threshold }
verdict-shortfall = { $amount ->
        [one] Falta { $quantity }
       *[other] Faltam { $quantity }
    }
verdict-reached-on = Atingido em { $date }
verdict-your-answer = Sua resposta: { $answer }
verdict-parameter-used = Valor usado para { $parameter }: { $value }, em vigor desde { $date }
verdict-parameter-reference-year = (dado de { $year })
verdict-parameter-series = Série: { $series } · última verificação em { $date }
verdict-parameter-stale = ⚠️ Este valor deveria ter sido substituído depois de { $date } e não temos um mais recente: confira o valor atual (publicado todos os anos pelo departamento de recursos humanos e previdência social ou pelo departamento de estatística da cidade). Até lá, este resultado fica a confirmar.
verdict-parameter-reference-only = ⚠️ Este é o salário médio publicado pelo departamento de estatística. A base usada pelo órgão que decide nesta cidade não foi encontrada e pode ser outra série, então este resultado deve ser confirmado com esse órgão.
verdict-figure-you-gave = Com base no valor que você informou: { $value } (não há valor publicado registrado para esta data; confira com o órgão local)
wage-series-all-urban-units = todos os empregados de unidades urbanas (全口径城镇单位就业人员)
wage-series-urban-non-private = empregados de unidades urbanas não privadas (城镇非私营单位就业人员)
wage-series-urban-non-private-in-post = funcionários efetivos de unidades urbanas não privadas (城镇非私营单位在岗职工)
wage-series-unstated = não informada pela fonte
verdict-rule-source = Regra: { $source }, em vigor desde { $date } · { $confidence }
verdict-confidence-confirmed = confirmado em texto oficial
verdict-confidence-secondary = de fontes secundárias
verdict-confidence-unconfirmed = ainda não confirmado, use com cautela
verdict-points-title = Pontos: { $total } de 120
verdict-points-range = Pontos: entre { $low } e { $high } de 120 (algumas respostas desconhecidas)
verdict-points-line = { $factor }: { $points } de { $maximum }
verdict-points-line-unknown = { $factor }: desconhecido (até { $maximum })
verdict-points-improve = Como ganhar pontos:
verdict-next-steps = Próximos passos
verdict-documents = Documentos a preparar
verdict-document-valid = { $document } (com no máximo { $months ->
        [one] { $months } mês
       *[other] { $months } meses
    } de emissão)
verdict-sources = Fontes
verdict-source-line = { $title } — { $issuer }, { $date }
verdict-disclaimer = Esta é uma orientação, não uma consultoria jurídica nem uma decisão jurídica. Regras e valores mudam: antes de fazer o pedido, confirme-os com o departamento local de ciência e tecnologia (autorizações de trabalho) ou com a administração de entrada e saída do departamento de segurança pública (residência).
verdict-draft-note = Uma minuta de regulamento sobre residência permanente foi publicada em 2020 apenas para consulta pública; não é lei, e esta verificação não a utiliza.
verdict-why-button = Por quê? { $route }
verdict-back-to-summary = ◀ Resumo
verdict-change-answers = ✏️ Alterar uma resposta
verdict-restart = 🔄 Recomeçar
unit-cny-per-year = { $amount ->
        [one] { $amount } yuan por ano
       *[other] { $amount } yuans por ano
    }
unit-cny = { $amount ->
        [one] { $amount } yuan
       *[other] { $amount } yuans
    }
unit-usd = US$ { $amount }
unit-years = { $amount ->
        [0] { $amount } anos
        [one] { $amount } ano
       *[other] { $amount } anos
    }
unit-age = { $amount ->
        [0] { $amount } anos
        [one] { $amount } ano
       *[other] { $amount } anos
    }
unit-points = { $amount ->
        [0] { $amount } pontos
        [one] { $amount } ponto
       *[other] { $amount } pontos
    }
unit-multiplier = { $amount }×
unit-ratio = { NUMBER($amount, style: "percent") }
parameter-local-average-wage = o salário médio local
parameter-wp-a-salary-multiple = o múltiplo da categoria A
parameter-wp-b-salary-multiple = o múltiplo da categoria B
parameter-pr-salary-multiple = o múltiplo da residência permanente
parameter-pr-tax-ratio = a proporção do imposto
parameter-wp-min-age = a idade mínima
parameter-wp-b-max-age = o limite de idade da categoria B
parameter-wp-max-age-by-city = o limite de idade da cidade
parameter-k-visa-max-age = o limite de idade divulgado para o visto K
parameter-pr-spouse-min-years = os anos exigidos
parameter-pr-elderly-min-age = a idade mínima
parameter-pr-investment-minimum = o investimento mínimo
route-chinese-citizen = Cidadãos chineses: não precisam de autorização de trabalho
route-chinese-citizen-short = Cidadãos chineses
route-chinese-citizen-summary = Autorizações de trabalho, vistos de talento e residência permanente são para estrangeiros. Como cidadão chinês, você trabalha e vive na China continental sem eles.
route-wp-a = Autorização de trabalho, categoria A — talento de alto nível (外国高端人才)
route-wp-a-short = Autorização A
route-wp-a-summary = Sem cota, trâmite rápido, sem limites de idade ou de experiência; dá acesso ao visto R de talento.
route-wp-b = Autorização de trabalho, categoria B — profissional (外国专业人才)
route-wp-b-short = Autorização B
route-wp-b-summary = A autorização mais comum para graduados com experiência; até 60 anos; limitada pela demanda do mercado.
route-wp-c = Autorização de trabalho, categoria C — vagas com cota (外国普通人员)
route-wp-c-short = Autorização C
route-wp-c-summary = Apenas vagas temporárias, sazonais, intergovernamentais e outras sujeitas a cota.
route-z-visa = Visto Z (visto de trabalho)
route-z-visa-short = Visto Z
route-z-visa-summary = O visto para entrar na China a trabalho, depois que seu empregador recebe a notificação de autorização de trabalho.
route-r-visa = Visto R (visto de talento)
route-r-visa-short = Visto R
route-r-visa-summary = Para talentos da categoria A: 5 a 10 anos, múltiplas entradas, estadias de até 180 dias, sem taxas.
route-k-visa = Visto K (jovens talentos em ciência e tecnologia)
route-k-visa-short = Visto K
route-k-visa-summary = Novo desde 1º de outubro de 2025; não exige convite de empregador. Sozinho, não permite trabalhar.
route-pr-salary-tax = Residência permanente: caminho de salário e imposto
route-pr-salary-tax-short = Salário e imposto
route-pr-salary-tax-summary = 4 anos trabalhando na China com salário de pelo menos 6 vezes a média local e imposto de pelo menos 20% desse patamar.
route-pr-chinese-origin-phd = Residência permanente: estrangeiros de origem chinesa com doutorado
route-pr-chinese-origin-phd-short = Origem chinesa
route-pr-chinese-origin-phd-summary = Aberto em todo o país a pessoas de origem chinesa com doutorado que trabalham na China.
route-pr-recommended = Residência permanente: talentos recomendados
route-pr-recommended-short = Talento recomendado
route-pr-recommended-summary = Para pessoas recomendadas por um ministério, um governo provincial ou uma zona de desenvolvimento prioritária.
route-pr-post-holder = Residência permanente: ocupantes de cargos seniores
route-pr-post-holder-short = Cargos seniores
route-pr-post-holder-summary = Diretor-geral adjunto ou professor associado e acima, com 4 anos no cargo em um empregador qualificado.
route-pr-investment = Residência permanente: investidores
route-pr-investment-short = Investidores
route-pr-investment-summary = Um investimento direto estável na China por 3 anos.
route-pr-spouse = Residência permanente: cônjuge de cidadão chinês ou residente permanente
route-pr-spouse-short = Cônjuges
route-pr-spouse-summary = 5 anos de casamento e 5 anos morando na China.
route-pr-child = Residência permanente: filhos que vão morar com o pai ou a mãe
route-pr-child-short = Filhos menores
route-pr-child-summary = Filhos solteiros menores de 18 anos que vão morar com pai ou mãe cidadão chinês ou residente permanente.
route-pr-elderly = Residência permanente: parentes com 60 anos ou mais
route-pr-elderly-short = 60 anos ou mais
route-pr-elderly-summary = Para pessoas com 60 anos ou mais que vão morar com parentes diretos na China, cidadãos chineses ou residentes permanentes, sem nenhum no exterior.
crit-adult = 18 anos ou mais
crit-chinese-citizen = Cidadão chinês (incluindo residentes de Hong Kong, Macau e Taiwan)
crit-b-age-limit = No máximo 60 anos (categoria B)
crit-job-offer = Oferta de emprego de um empregador registrado na China
crit-clean-record = Sem antecedentes criminais
crit-medical = Aprovação no exame médico
crit-talent-programme = Selecionado para um programa de talentos reconhecido
crit-international-award = Conquista reconhecida internacionalmente (grande prêmio, membro de academia)
crit-encouraged-post = Cargo sênior em empregador incentivado, ou título acadêmico de professor associado ou acima
crit-salary-6x = Salário de pelo menos 6 vezes o salário médio local
crit-salary-4x = Salário de pelo menos 4 vezes o salário médio local
crit-innovation-founder = Talento em inovação e empreendedorismo
crit-young-postdoc = Menos de 40 anos e pós-doutorado em uma universidade renomada
crit-points-a = Pelo menos 85 pontos
crit-points-b = Pelo menos 60 pontos
crit-degree-and-experience = Graduação ou superior e pelo menos 2 anos de experiência na área
crit-graduate = Mestrado ou superior por universidade chinesa ou universidade estrangeira de ponta, formado há no máximo um ano com média de 80 ou mais
crit-c-age-limit = No máximo 60 anos (categoria C)
hint-graduate = Esta via só vale no prazo de um ano após a formatura e com média de 80 ou mais; caso contrário, a categoria B exige 2 anos de experiência ou outra via.
crit-language-teacher = Professor da língua materna com diploma e 2 anos de experiência ou formação docente
crit-quota-job = A vaga é uma vaga com cota da categoria C
crit-z-work-permit = Atende aos requisitos de uma autorização de trabalho (categoria A, B ou C)
crit-r-category-a = Atende aos requisitos de talento de alto nível da categoria A
crit-k-young = Dentro do limite de idade divulgado
crit-k-stem-degree = Graduação ou superior em ciências, tecnologia, engenharia ou matemática
crit-k-known-university = Formação em universidade ou instituição de pesquisa renomada
crit-pr-four-years = 4 anos seguidos de trabalho na China
crit-pr-days-each-year = Pelo menos 183 dias na China em cada um desses anos
crit-pr-salary-6x = Menor salário anual de pelo menos 6× a média local atual (assim cada ano atinge o seu)
crit-pr-tax = Menor imposto anual de pelo menos 20% do padrão salarial atual (assim cada ano atinge o seu)
crit-pr-continuous = Os 4 anos de trabalho foram contínuos
hint-pr-continuous = Uma interrupção zera a contagem: os 4 anos consecutivos contam a partir do fim da última.
crit-pr-salary-year-1 = Ou ano a ano — há 4 anos: salário de pelo menos 6× a média local do ano anterior
crit-pr-tax-year-1 = Ou ano a ano — há 4 anos: imposto de pelo menos 20% do padrão salarial daquele ano
crit-pr-salary-year-2 = Ou ano a ano — há 3 anos: salário de pelo menos 6× a média local do ano anterior
crit-pr-tax-year-2 = Ou ano a ano — há 3 anos: imposto de pelo menos 20% do padrão salarial daquele ano
crit-pr-salary-year-3 = Ou ano a ano — retrasado (há 2 anos): salário de pelo menos 6× a média local do ano anterior
crit-pr-tax-year-3 = Ou ano a ano — retrasado (há 2 anos): imposto de pelo menos 20% do padrão salarial daquele ano
crit-pr-salary-year-4 = Ou ano a ano — no ano passado: salário de pelo menos 6× a média local do ano anterior
crit-pr-tax-year-4 = Ou ano a ano — no ano passado: imposto de pelo menos 20% do padrão salarial daquele ano
crit-pr-employer-recommendation = Carta de recomendação do empregador
crit-pr-chinese-origin = De origem chinesa
crit-pr-doctorate = Tem doutorado
crit-pr-working-in-china = Trabalha na China
crit-pr-government-recommendation = Recomendação de um ministério, de um governo provincial ou de uma zona de desenvolvimento prioritária
crit-pr-post-four-years = Cargo sênior ocupado por 4 anos seguidos
crit-pr-post-residence = Pelo menos 3 anos de residência na China dentro desses 4 anos
crit-pr-investment-amount = Investimento igual ou superior ao mínimo da sua região ou setor
crit-pr-investment-stable = Investimento estável por 3 anos, com bom histórico fiscal
crit-pr-married-years = Casamento de pelo menos 5 anos
crit-pr-residence-years = Pelo menos 5 anos seguidos morando na China
crit-pr-nine-months = Pelo menos 9 meses na China a cada ano
crit-pr-livelihood = Meios de subsistência e moradia estáveis
crit-pr-minor = Menor de 18 anos
crit-pr-parent = Vai morar com o pai ou a mãe, cidadão chinês ou residente permanente
crit-pr-sixty = 60 anos ou mais
crit-pr-relatives = Morar com parentes diretos na China que sejam cidadãos chineses ou residentes permanentes
crit-pr-none-abroad = Nenhum parente direto no exterior
hint-job-offer = Primeiro, encontre um empregador na China: é o empregador quem pede a autorização em seu nome.
hint-clean-record = Todos os caminhos exigem ausência de antecedentes criminais; consulte a autoridade do seu país sobre a certidão.
hint-medical = É exigido um atestado de saúde de um hospital designado.
hint-salary-short = Seu salário está { $shortfall } { $shortfall ->
        [one] yuan
       *[other] yuans
    } por ano abaixo do patamar de { $threshold } yuans por ano. Uma oferta maior, ou outro critério, mudaria isso.
hint-points = { $shortfall ->
        [one] Falta { $shortfall } ponto.
       *[other] Faltam { $shortfall } pontos.
    }
hint-b-age-limit = Acima de 60 anos, só a categoria A continua aberta (Pequim e Shenzhen recusam a partir dos 60 desde 2026).
hint-degree-and-experience = Dois anos de experiência na área depois da graduação atenderiam a este critério.
hint-quota-job = A categoria C abrange apenas essas vagas. Ter menos de 60 pontos, por si só, não dá direito a nenhuma autorização.
hint-z-work-permit = O visto Z vem depois da autorização de trabalho: assim que seu empregador receber a notificação, você poderá solicitá-lo.
hint-r-category-a = O visto R é para a categoria A; atender a qualquer critério da categoria A daria acesso a ele.
hint-pr-four-years = Você completará 4 anos em { $date }, se continuar trabalhando na China.
hint-pr-four-years-not-started = Quando você começar a trabalhar na China, precisará de 4 anos consecutivos.
hint-pr-days-each-year = Cada ano exige pelo menos 183 dias efetivamente passados na China.
hint-pr-tax-short = Seu imposto de renda está { $shortfall } { $shortfall ->
        [one] yuan
       *[other] yuans
    } por ano abaixo dos { $threshold } yuans por ano exigidos.
hint-pr-employer-recommendation = Peça a carta de recomendação ao RH do seu empregador; ela é obrigatória.
hint-pr-working-in-china = Este caminho exige que você esteja trabalhando na China.
hint-pr-post-residence = São necessários três anos de residência dentro desses 4 anos.
hint-pr-investment-amount = O investimento está US$ { $shortfall } abaixo do mínimo de US$ { $threshold }.
hint-pr-investment-stable = O investimento precisa ter se mantido estável por 3 anos.
note-a-record-commitment = Candidatos da categoria A podem substituir parte das autenticações por um termo de compromisso por escrito.
note-salary-enforcement-2026 = Desde fevereiro de 2026, Pequim e Xangai bloqueiam pedidos pelo critério salarial abaixo deste patamar.
note-unconfirmed-wording = A redação oficial exata deste critério não foi confirmada; consulte o órgão responsável.
note-b-age-enforcement = Algumas fontes citam 55 anos para mulheres; o padrão de classificação diz 60.
note-b-salary-2026 = Desde 2026, algumas cidades podem verificar também o patamar de 4 vezes o salário médio neste caminho; as fontes divergem.
note-b-4x-conditions = As fontes divergem sobre se este caminho também exige certificado de qualificação profissional ou 2 anos de experiência.
note-k-age-unconfirmed = O limite de idade de 45 anos foi divulgado, mas não foi confirmado por texto oficial; verifique com o consulado.
note-k-no-employment = O visto K, sozinho, não permite aceitar um emprego: para trabalhar, ainda é preciso uma autorização de trabalho.
note-pr-salary-each-year = O padrão de cada ano é 6× a média local do ano anterior. A regra cita a média dos funcionários urbanos efetivos (城镇在岗职工平均工资); aqui se usa a base publicada pela cidade, então confirme o valor com a administração de entrada e saída.
note-pr-tax-reading = O texto oficial fala em 20% do patamar salarial de referência (工资性年收入标准), não de 20% da sua própria renda. Os auxílios isentos para estrangeiros (moradia, educação dos filhos, cursos de idioma; prorrogados até o fim de 2027) reduzem o imposto pago e podem deixá-lo abaixo deste patamar.
note-pr-post-employers = Empregadores qualificados: departamentos do Conselho de Estado, universidades de referência, empresas de alta tecnologia e empresas de capital estrangeiro de setores incentivados, entre outros.
points-work-permit = Pontos da autorização de trabalho (积分)
points-salary = Salário anual
points-education = Formação
points-experience = Experiência profissional
points-time-in-china = Meses por ano na China
points-chinese = Língua chinesa
points-location = Local de trabalho
points-age = Idade
points-bonus = Universidade, Fortune 500, patentes ou 5 anos na China
points-local-bonus = Bônus local definido pela província
improve-salary = Um salário maior: 20 pontos a partir de 450 mil yuans.
improve-experience = Cada ano a mais de experiência soma um ponto.
improve-time-in-china = Trabalhar 9 meses ou mais por ano na China vale 15 pontos.
improve-chinese = Passar no HSK 4 vale 4 pontos; no HSK 5, 5 pontos.
improve-location = Empregos na região oeste ou no nordeste valem 10 pontos.
improve-local-bonus = As províncias podem somar até 10 pontos para talentos em falta na região; consulte o órgão local.
