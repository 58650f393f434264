## Palavras que as pessoas digitam em vez de tocar em um botão. As alternativas são separadas por |; a comparação
## ignora maiúsculas, acentos e pontuação. Nunca são exibidas: servem para entender o que a pessoa digita.

input-yes = sim | s | claro | com certeza | certo | correto | isso | isso mesmo | aham | uhum
input-no = não | nao | n | nunca | de jeito nenhum | nem pensar | negativo
input-dont-know = não sei | nao sei | sei lá | sei la | não tenho certeza | nem ideia | não faço ideia | ns
