"""Portuguese phrase pools (Brazil and Portugal). Casey is addressed as a woman."""

GREET_BR = ["Olá Casey,", "Oi Casey, tudo bem?", "Oi, Casey!", "Prezada Casey,", "Bom dia, Casey!", "Boa tarde, Casey,", "Olá, Casey! Tudo bom?"]
GREET_PT = ["Olá Casey,", "Cara Casey,", "Bom dia Casey,", "Exma. Sra. Casey Marlowe,", "Olá Casey, espero que esteja bem."]
CLOSE_BR = ["Abraços,", "Um abraço,", "Atenciosamente,", "Abs,", "Até mais,", "Fico à disposição,"]
CLOSE_PT = ["Cumprimentos,", "Com os melhores cumprimentos,", "Atenciosamente,", "Um abraço,", "Votos de bom trabalho,"]

OUT = [
    "Estou entrando em contato porque abrimos uma vaga de {role} na {company} e o seu perfil chamou muito a nossa atenção.",
    "Sou {sender_first}, do time de Talent Acquisition da {company}. Temos uma posição de {role} e adoraria conversar com você.",
    "Vi o seu perfil no LinkedIn e achei que combina muito com uma oportunidade de {role} aqui na {company}. Topa um papo rápido?",
    "Escrevo-lhe a propósito de uma oportunidade de {role} na {company}, em Lisboa, com modelo híbrido.",
    "A {company} está à procura de um(a) {role} e o seu percurso em {cur} encaixa muito bem no que procuramos.",
    "Estou apoiando {client_desc} na busca por um(a) {role}. Ainda não posso divulgar o nome do cliente, mas posso contar mais numa ligação.",
    "O {hm}, {hm_title} da {company}, pediu para eu te procurar sobre a vaga de {role}. Tem interesse em conversar?",
    "Será que podemos falar esta semana? Temos uma vaga de {role} na {company} que acho que tem tudo a ver consigo.",
]
NUDGE = ["Só passando para reforçar a mensagem abaixo, caso tenha se perdido na caixa de entrada.",
         "Volto a escrever sobre a vaga de {role}. Ainda tem interesse em conversar?",
         "Oi de novo! Conseguiu ver a minha mensagem?",
         "Último contacto da minha parte - se não for o momento, sem problema."]
ASK = ["Você teria 20 minutos esta semana?", "Se tiver interesse, me responde aqui que eu mando alguns horários.",
       "Qual seria o melhor horário para falarmos?", "Pode escolher um horário aqui: {book}"]

INV_FIXED = [
    "Você consegue {when}? Segue o link do Meet: {link}",
    "Confirmo a sua entrevista com {hm} ({hm_title}) {when}. Link: {link}",
    "Agendamos a sua conversa com {hm_first} para {when}. O convite chega no seu calendário.",
    "Podemos fazer {when}? Seria um papo de 45 minutos com o {hm_first}. Link: {link}",
    "Fica então marcada a entrevista para {when}, por Teams: {link}",
    "Desculpe a mudança em cima da hora: {hm_first} teve um imprevisto. Podemos passar para {when}?",
    "Combinado! Nos falamos {when}. Link: {link}",
]
INV_SLOTS = ["Poderia me passar a sua disponibilidade para a próxima semana? A conversa seria com {hm}, {panel_short}.",
             "Gostaríamos de avançar para uma entrevista com a equipa. Que dias lhe dão mais jeito?",
             "Pode agendar diretamente na agenda do {hm_first}: {book}",
             "Tem disponibilidade na terça ou quinta à tarde (horário de Lisboa)?"]
PANEL = ["Seguem os detalhes da entrevista final {when}. Você vai conversar com:",
         "Na próxima etapa, {when}, o painel será composto por:"]

ASSESS = [
    "Como próximo passo, enviamos um case para você desenvolver. O prazo de entrega é {deadline}.",
    "Segue em anexo o exercício que comentei. Não deve levar mais do que três horas. Prazo: {deadline}.",
    "A {company} convidou você para realizar um teste online para a vaga de {role}. O link expira em {deadline}.",
    "A próxima fase é uma avaliação online (raciocínio lógico e perfil comportamental). Segue o acesso.",
    "Antes do painel final, pedimos que prepare um pequeno caso prático. Enunciado em anexo.",
    "oi! segue o desafio técnico, qualquer dúvida me chama. se possível até {deadline}",
    "Para avançarmos, gostaríamos que resolvesse o exercício prático em anexo. Conte com cerca de duas horas; entrega até {deadline}.",
    "Envio o enunciado da prova para a posição de {role}. Depois conversamos sobre ele com {hm_first} na entrevista final.",
]
REPLY = [
    "Obrigada pelo contato! Ainda estamos aguardando o retorno do {hm_first}; assim que tiver novidades, te aviso.",
    "O processo continua: falta uma última entrevista e depois tomamos a decisão. Dou retorno {rb_phrase}.",
    "Desculpe a demora. A vaga continua aberta e a sua candidatura segue em análise.",
    "Poderia me enviar o seu CV atualizado e a sua pretensão salarial? Assim compartilho com a liderança.",
    "Precisamos de duas referências profissionais para avançar. Pode enviar nomes e contactos?",
    "A vaga foi congelada até o próximo trimestre por questões de orçamento. Aviso assim que for reaberta.",
    "O feedback da entrevista foi muito positivo! Estamos organizando a próxima etapa e volto a falar em breve.",
    "Ainda sem novidades, desculpe. O time está no fechamento do trimestre.",
    "Daremos uma resposta {rb_phrase}, seja ela qual for.",
]
REJ = [
    "Agradecemos muito a sua participação no processo. Depois de avaliar com o time, decidimos seguir com outra pessoa candidata.",
    "Escrevo para informar que não vamos seguir com a sua candidatura para {role}. Não foi uma decisão fácil.",
    "Infelizmente a vaga de {role} foi cancelada após uma reestruturação interna.",
    "A vaga acabou por ser preenchida internamente, por isso encerramos o processo. Obrigada pelo interesse.",
    "Optámos por avançar com outro perfil, mais alinhado com o que a equipa precisa neste momento.",
    "Oi Casey, rapidinho: o cliente escolheu outra pessoa. Uma pena, você chegou muito perto.",
    "Agradecemos o seu interesse na {company}. Neste momento, o seu perfil não seguirá para as próximas etapas.",
    "Informamos que a vaga de {role} já foi preenchida.",
]
OFFER = [
    "Boas notícias! Queremos fazer uma proposta para a vaga de {role}. Você tem um tempinho {when} para eu te explicar os detalhes?",
    "Temos o prazer de enviar a carta-proposta para a posição de {role} na {company}. Segue em anexo.",
    "Segue a proposta formal: remuneração anual de {salary_one}, com início em {start_date}.",
    "Estamos muito felizes em oferecer-lhe a posição de {role}. Podemos falar amanhã para rever a proposta?",
    "O cliente confirmou que quer avançar com uma proposta! Posso te ligar hoje à tarde?",
    "Enviamos a proposta revista com as alterações que conversámos. Aguardamos o seu retorno.",
]
ACK = [
    "Recebemos a sua candidatura para a vaga de {role}. A nossa equipa vai analisá-la e entraremos em contacto caso o seu perfil avance.",
    "Obrigado por se candidatar à vaga de {role} na {company}! A sua inscrição foi registrada com sucesso.",
    "Confirmamos o recebimento do seu currículo para a vaga de {role}.",
    "Olá! Sua candidatura para {role} foi enviada. Acompanhe as próximas etapas pela plataforma.",
    "Agradecemos o seu interesse na {company}. Recebemos a sua candidatura para {role}.",
    "Sua inscrição foi concluída. Em breve você receberá novidades sobre o processo seletivo.",
]
TY = [
    "Muito obrigada pelo seu tempo {day_ref} e pela conversa sobre {topic1}. Fiquei ainda mais animada com a vaga.",
    "Queria agradecer pela entrevista {day_ref}. Adorei saber mais sobre {topic1}.",
    "Obrigada mais uma vez pela conversa. Foi muito útil perceber como estão a pensar {topic1}.",
    "Escrevo para agradecer a entrevista para {role}. Gostei muito da conversa.",
    "Mil obrigadas pelo tempo {day_ref}; a conversa sobre {topic1} foi muito interessante.",
    "Obrigada por me receberem {day_ref}. Saí ainda mais entusiasmada com a posição.",
]
FU = [
    "Espero que esteja tudo bem. Queria saber se há novidades sobre o processo de {role}.",
    "Escrevo para dar seguimento à entrevista da semana passada. Continuo muito interessada na posição.",
    "Há alguma atualização sobre o processo? Se precisarem de algo mais da minha parte, é só dizer.",
    "Só queria retomar este e-mail: vocês já têm previsão de uma decisão?",
    "oi! alguma novidade sobre a vaga de {role}? obrigada!",
    "Queria saber se já há data para a próxima etapa.",
    "Desculpe insistir: sabe se o painel já se reuniu?",
    "Volto a escrever caso haja novidades. Tenho outro processo em andamento e ajudaria saber os prazos.",
    "Continuo muito interessada na {company}. Posso enviar mais alguma coisa?",
]
