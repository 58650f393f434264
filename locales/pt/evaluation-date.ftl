## Avaliar as regras em outra data (para se planejar ou conferir como um caso passado foi decidido).

command-date = Verificar em outra data
date-usage = Para ver o resultado em outra data, envie, por exemplo, /date 2027-06-30. Envie /date today para voltar à data de hoje.
date-set = A partir de agora, seu resultado é avaliado com a data de { $date }.
date-reset = Seu resultado voltou a ser avaliado com a data de hoje.
