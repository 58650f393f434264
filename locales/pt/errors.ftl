## Respostas que não pudemos aceitar. A pergunta continua a mesma; nada é salvo.

error-empty = Digite uma resposta, por favor.
error-not-a-number = Não consegui entender isso como um número. { hint-whole-number }
error-number-not-whole = Digite um número inteiro, sem casas decimais.
error-text-too-long = Isso é longo demais para uma resposta. Digite só o número ou a data.
error-date-invalid = Essa data não existe. { hint-month-year }
error-date-format = Não consegui entender isso como uma data. { hint-month-year }
error-date-in-future = Essa data está no futuro. Digite o mês e o ano em que você começou.
error-date-too-early = Informe uma data a partir de { $year }.
error-money-negative = Um valor não pode ser negativo. Digite o valor em yuans.
error-money-absurd = Isso é mais que { $max }. Confira o valor.
error-money-too-small = Isso é menos que { $min }. Confira o valor.
error-number-below-min = Digite um número igual ou maior que { $min }.
error-number-above-max = Digite um número igual ou menor que { $max }.
error-use-buttons = Escolha um dos botões abaixo da pergunta.
error-stale-button = Esse botão é de uma pergunta anterior. Aqui está a pergunta atual.
error-verdict-not-ready = O resultado fica pronto quando você terminar de responder às perguntas. Aqui está a próxima.
error-unknown-language = Esse idioma não está disponível.
error-nothing-to-go-back-to = Esta é a primeira pergunta; não há para onde voltar.
error-interview-complete = Você já respondeu a todas as perguntas. Envie /verdict para ver o resultado ou /restart para recomeçar.
error-unsupported-message = Aqui só consigo ler texto e toques nos botões.
error-edited-message = Vi que você editou uma mensagem. Edições não alteram suas respostas: para alterar uma, use /answers.
error-generic = Desculpe, algo deu errado do nosso lado. Suas respostas estão seguras; tente novamente.
error-too-many-messages = Você está enviando mensagens mais rápido do que consigo responder. Vou responder às que já recebi; aguarde minha resposta antes de enviar mais, por favor.
