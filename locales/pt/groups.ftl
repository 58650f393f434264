## Grupos, tópicos de fórum e canais. Nada pessoal é publicado aqui: a verificação acontece no privado.

group-intro = Olá, pessoal! Verifico se uma pessoa pode trabalhar ou morar na China (categorias A, B e C da autorização de trabalho, vistos Z, R e K e residência permanente), critério por critério, com a regra e a fonte por trás de cada resposta.
    As respostas pessoais só são coletadas em um chat privado comigo, nunca aqui.
    /check — iniciar sua própria verificação privada
    /routes — as formas de trabalhar e morar na China
    /threshold cidade — os patamares salariais de uma cidade
    /settings — para os administradores do grupo
group-check-prompt = { $name }, toque no botão para iniciar sua verificação em um chat privado. Suas respostas ficam só entre nós.
group-check-button = 🔒 Verificar no privado
group-help = Aqui respondo a perguntas gerais; as verificações pessoais são feitas no privado.
    /check — iniciar sua própria verificação privada
    /routes — as formas de trabalhar e morar na China
    /threshold cidade — os patamares salariais de uma cidade, por exemplo /threshold Xangai
    /settings — configurações do grupo (só administradores)
group-button-not-yours = Este botão é de outra pessoa. Envie /check para ter o seu.
group-came-from = Você veio de { $group }. Tudo o que você responder aqui é privado; o grupo não vê nada.

routes-text = Formas de trabalhar e morar na China:
    • Autorização de trabalho A (外国高端人才): programas de talentos, prêmios importantes, cargos de alto nível, salário de 6 vezes a média local ou 85 pontos ou mais.
    • Autorização de trabalho B (外国专业人才): graduação e 2 anos de experiência, um bom mestrado chinês ou de uma universidade estrangeira de ponta, 4 vezes o salário médio local ou 60 pontos ou mais; até 60 anos.
    • Autorização de trabalho C (外国普通人员): apenas vagas sujeitas a cota (temporárias, sazonais, intergovernamentais).
    • Vistos: Z, depois da autorização de trabalho; R, para talentos da categoria A; K, para jovens talentos em ciência e tecnologia (desde outubro de 2025).
    • Residência permanente (永久居留): 4 anos com 6 vezes o salário médio local e 20% de imposto; origem chinesa com doutorado; recomendação do governo; cargos de alto nível; investimento; família.
    Envie /check para ter sua própria resposta, no privado.

threshold-usage = Informe uma cidade, por exemplo: /threshold Pequim
threshold-title = Patamares salariais em { $city }, vigentes em { $date }
threshold-line-a = Autorização de trabalho A (6×): { $amount } yuans por ano
threshold-line-b = Autorização de trabalho B (4×): { $amount } yuans por ano
threshold-line-pr = Residência permanente (6×, em cada um dos 4 anos): { $amount } yuans por ano, com imposto de renda de pelo menos { $tax } yuans
threshold-base = Com base no salário médio de { $wage } yuans por ano referente a { $year }, em vigor desde { $date }. Fonte: { $source }.
threshold-unknown-city = Não tenho dados para “{ $city }”. Cidades disponíveis: { $cities }.
threshold-no-figure = Não tenho um valor atualizado para { $city }. Pergunte ao departamento local de ciência e tecnologia qual “社会平均工资” (salário médio social) ele usa.

settings-title = Configurações do grupo
settings-language = Idioma: { $language }
settings-public = Comandos públicos (/routes, /threshold): { $state ->
        [on] ativados
       *[off] desativados
    }
settings-quiet = Modo silencioso (sem saudações, responde só a comandos): { $state ->
        [on] ativado
       *[off] desativado
    }
settings-toggle-public = Alternar comandos públicos
settings-toggle-quiet = Alternar modo silencioso
settings-choose-language = Escolher o idioma do grupo
settings-saved = Salvo.
settings-admins-only = Só os administradores do grupo podem alterar essas configurações.

channel-post-text = Você poderia trabalhar ou morar na China? Verifique, em um chat privado, quais caminhos combinam com você: autorizações de trabalho, vistos e residência permanente, com a regra e a fonte de cada critério.
channel-post-button = Verificar se me qualifico
channel-publish-usage = Para publicar no seu canal um convite “Verifique se você se qualifica”, envie: /publish @nomedocanal
channel-not-admin = Só posso publicar lá se você for administrador desse canal e eu também for, com permissão para publicar mensagens.
channel-not-found = Não encontrei esse canal. Primeiro, adicione-me a ele como administrador.
channel-published = Publicado em { $channel }.

stats-title = Contagens anônimas
stats-started = Sessões iniciadas: { $count }
stats-completed = Sessões concluídas: { $count }
stats-by-source = Por origem (iniciadas / concluídas):
stats-by-language = Por idioma (iniciadas / concluídas):
stats-by-outcome = Concluídas, por melhor resultado:
stats-line = { $name }: { $started } / { $completed }
stats-outcome-line = { $outcome }: { $count }
stats-source-private = chats privados
stats-admins-only = Este comando é para os administradores do bot.
