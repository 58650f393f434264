## O próprio bot: saudações, comandos, botões, privacidade.

bot-description = Verifico, passo a passo, se você pode obter uma autorização de trabalho, um visto ou a residência permanente na China, e mostro a regra, o valor e a fonte por trás de cada resposta. É uma orientação, não uma assessoria jurídica.
bot-short-description = Você pode trabalhar ou morar na China? Verificação critério por critério, com fontes.
start-greeting = Olá{ $name ->
        [none] {""}
       *[other] , { $name }
    }! Vou fazer algumas perguntas rápidas (geralmente menos de 15) e dizer quais caminhos para trabalhar e morar na China combinam com você: autorização de trabalho A, B ou C, os vistos Z, R e K e a residência permanente. Para cada critério, você verá a regra, o valor e a fonte.
start-resume = Que bom ter você de volta! Suas respostas estão salvas; vamos continuar de onde você parou.
start-privacy-line = Suas respostas são privadas: nunca as publico em grupos nem as gravo em registros. /privacy explica tudo e /forget apaga as respostas.
help-text = Verifico, pergunta por pergunta, se você pode trabalhar e morar na China.
    Comandos:
    /start — iniciar ou continuar a entrevista
    /back — voltar uma pergunta
    /answers — ver suas respostas e alterar alguma
    /verdict — ver o resultado
    /date — verificar em outra data
    /reminders — seus lembretes e alertas de mudança de regras
    /language — mudar o idioma
    /restart — recomeçar do início
    /mydata — baixar tudo o que guardo sobre você
    /forget — apagar tudo o que guardo sobre você
    /privacy — como seus dados são tratados
privacy-text = O que guardo: suas respostas às minhas perguntas, seu idioma, de onde você veio (a identificação de um grupo ou canal, nunca quem você é lá) e os lembretes e alertas de mudança de regras que você pedir. Por quê: para que você possa parar e continuar depois, alterar uma resposta mais tarde e receber minha mensagem no dia que pediu. Onde: no banco de dados do próprio bot, criptografado, por { $days ->
        [0] { $days } dias
        [one] { $days } dia
       *[other] { $days } dias
    } após sua última mensagem; depois, tudo é apagado automaticamente. Enquanto um lembrete estiver pendente ou os alertas estiverem ativados, suas respostas ficam guardadas até o lembrete ser enviado ou você cancelá-lo (/reminders), porque são elas que eu verifico de novo. Nunca publico suas respostas em grupos ou canais e nunca as gravo em registros do sistema. /mydata envia uma cópia; /forget apaga tudo agora mesmo, inclusive lembretes e alertas.

command-start = Iniciar ou continuar a verificação
command-help = Como funciona
command-language = Mudar o idioma
command-back = Voltar uma pergunta
command-restart = Recomeçar
command-answers = Ver e alterar suas respostas
command-verdict = Ver seu resultado
command-mydata = Baixar seus dados
command-forget = Apagar seus dados
command-privacy = Como seus dados são tratados

button-back = ◀ Voltar
button-skip = Pular
button-dont-know = Não sei
button-done = ✔ Pronto
button-change-answer = ✏️ Alterar uma resposta
choice-yes = Sim
choice-no = Não

question-progress = Pergunta { $number }
question-why = Por que perguntamos: { $why }
answers-title = Suas respostas (toque em uma para alterá-la):
answers-empty = Você ainda não respondeu a nenhuma pergunta. Envie /start para começar.
answer-unknown = Não sei
answer-skipped = pulada
answer-none-selected = nenhuma

language-prompt = Escolha seu idioma:
language-changed = Idioma alterado para português.

forget-confirm = Apagar todas as suas respostas e configurações? Isso não pode ser desfeito.
forget-yes = Sim, apagar tudo
forget-no = Não, manter
forget-done = Pronto: tudo o que eu guardava sobre você foi apagado.
forget-cancelled = Nada foi apagado.
mydata-caption = Tudo o que guardo sobre você, em um arquivo JSON.
restart-done = Suas respostas foram apagadas. Vamos recomeçar.
language-native-name = Português (Brasil)
command-check = Iniciar sua verificação privada
command-routes = Formas de trabalhar e morar na China
command-threshold = Patamares salariais de uma cidade
command-settings = Configurações do grupo (administradores)
command-publish = Publicar um convite para a verificação no seu canal
command-stats = Contagens anônimas (administradores do bot)
