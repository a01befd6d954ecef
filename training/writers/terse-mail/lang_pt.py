"""Portuguese (Portugal and Brazil): short mail written by people; formal and informal."""
from lang_en import F

CODE = "pt"
P_FORMAL = 0.5
WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
WDS = ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"]
WDA = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
       "dezembro"]
MONA = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]


def _h(t, rng):
    if t.minute == 0:
        return rng.choice([f"às {t.hour}h", f"às {t.hour}h00", f"às {t.hour}:00"])
    return rng.choice([f"às {t.hour}h{t.minute:02d}", f"às {t.hour}:{t.minute:02d}"])


def _z(zone, rng):
    if zone == "America/Sao_Paulo":
        return " (horário de Brasília)"
    return rng.choice([" (hora de Lisboa)", ""])


def when(t, rng, reg, zone):
    i, d, mon = t.weekday(), t.day, MON[t.month - 1]
    return rng.choice([f"na {WD[i]}, {d} de {mon}, {_h(t, rng)}", f"na {WDS[i]} ({d:02d}/{t.month:02d}) {_h(t, rng)}",
                       f"no dia {d:02d}/{t.month:02d} ({WD[i]}) {_h(t, rng)}"]) + _z(zone, rng)


def tomorrow(t, rng, reg, zone):
    return rng.choice([f"amanhã {_h(t, rng)}", f"amanhã ({WDS[t.weekday()]}) {_h(t, rng)}"]) + _z(zone, rng)


def quote_hdr(t, name, addr, rng, reg):
    if reg == "br" or rng.random() < 0.4:
        return f"Em {WDA[t.weekday()]}, {t.day} de {MONA[t.month - 1]} de {t.year} às {t.hour:02d}:{t.minute:02d}, {name} <{addr}> escreveu:"
    return f"A {WDA[t.weekday()]}, {t.day:02d}/{t.month:02d}/{t.year}, {t.hour:02d}:{t.minute:02d}, {name} <{addr}> escreveu:"


def city(reg, co):
    return "São Paulo" if co[3] == "America/Sao_Paulo" else ("Porto" if "azulejo" in co[1] else "Lisboa")


RE = ["Re: ", "RE: ", "Re: "]
PHONE = ["Enviado do meu iPhone", "Enviado do meu celular", "Enviado do meu telemóvel"]
GREET_ME = {"f": ["Cara Mira,", "Prezada Mira,", "Bom dia, Mira,", "Olá Mira,", "Boa tarde, Mira,"],
            "i": ["Olá Mira,", "Oi Mira,", "Oi, Mira!", "Olá, Mira!", "Mira,", "Olá!"]}
GREET_TO = {"f": {"f": ["Cara {tf},", "Prezada {tf},", "Bom dia, {tf},", "Olá {tf},"],
                  "m": ["Caro {tf},", "Prezado {tf},", "Bom dia, {tf},", "Olá {tf},"]},
            "i": {"f": ["Olá {tf},", "Oi {tf},", "Oi, {tf}!"], "m": ["Olá {tf},", "Oi {tf},", "Oi, {tf}!"]}}
CLOSE = {"f": ["Com os melhores cumprimentos,", "Atenciosamente,", "Cumprimentos,", "Obrigado,", "Saudações,"],
         "i": ["Abraço,", "Beijinhos,", "Abs,", "Obrigada!", "Até logo,", "Um abraço,"]}
TITLES = [("Recrutador", "Recrutadora"), ("Talent Acquisition",) * 2, ("Gestor de RH", "Gestora de RH"),
          ("Analista de Recrutamento",) * 2, ("Diretor de Operações", "Diretora de Operações"), ("Fundador", "Fundadora")]
IV_TITLES = [("o nosso CTO", "a nossa CTO"), ("gestor de Dados", "gestora de Dados"), ("diretor de Operações", "diretora de Operações"),
             ("líder de Supply Chain",) * 2]
ATS_NAMES = ["Recrutamento {co}", "{co} Carreiras", "Equipa de Recrutamento {co}", "Time de Talentos {co}"]
SIG_TEAM = ["Equipa de Recrutamento {co}", "Time de Gente & Gestão {co}"]
CLIENT_HIDDEN = ["o meu cliente", "o nosso cliente"]
CLIENT_DESC = ["uma empresa de logística em crescimento em {city}", "uma seguradora sólida em {city}",
               "uma fintech de {city}", "um grupo de retalho com sede em {city}"]
ROLES = ["Analista de Dados", "Data Analyst", "Analista de Negócios", "Analista de Supply Chain", "Analista de BI",
         "Analista de Operações"]
VAGUE = ["Uma pergunta", "Próximos passos", "Novidades", "Olá", "Ponto de situação", "", "Info", "Contacto", "Oi"]

SUBJ = {
    "application_ack": ["A sua candidatura", "Candidatura recebida", "Candidatura {role}", "Obrigada por se candidatar à {co}",
                        "Re: {role}", "Recebemos sua candidatura"],
    "recruiter_outreach": ["Oportunidade: {role}", "Vaga de {role} na {co}", "Podemos conversar?", "Oportunidade na {co}"],
    "interview_invite": ["Entrevista - {role}", "Convite para entrevista", "Entrevista na {co}", "Proposta de horário",
                         "Conversa esta semana?", "Próxima etapa"],
    "assessment": ["Próxima etapa: case", "Teste online - {role}", "Desafio técnico", "Caso prático"],
    "recruiter_reply": ["Novidades", "Atualização", "Re: {role}", "Ponto de situação - {role}", "Algumas perguntas"],
    "rejection": ["A sua candidatura", "Sua candidatura", "Candidatura {role}", "Processo seletivo - {role}", "Retorno do processo"],
    "offer": ["Proposta - {role}", "Boas notícias!", "Proposta da {co}", "Podemos falar hoje?", "Oferta {role}"],
    "thank_you": ["Obrigada", "Obrigada pela conversa", "Obrigada - entrevista {role}", "Obrigada!", "Entrevista na {co}"],
    "follow_up": ["Acompanhamento da candidatura", "Seguimento", "{role} - novidades?", "Candidatura {role} na {co}",
                  "Alguma novidade?"],
}

K = {
    "application_ack": [
        F("person", "f", ["Agradecemos a sua candidatura para a função de {role}. Já a recebemos e vamos analisá-la nos próximos dias.",
                          "Obrigada pelo interesse na {co}; recebemos o seu CV.", "Confirmo a receção da sua candidatura."]),
        F("person", "i", ["Obrigada por se candidatar! Vou olhar seu currículo esta semana.", "Recebido, obrigado! Vou passar para o time."],
          short=True, geo=["br"]),
        F("person", "i", ["Obrigada pela candidatura! Vou ver o teu CV esta semana.", "Recebido, obrigado! Vou passar à equipa."],
          short=True, geo=["pt"]),
        F("ats", "*", ["Obrigado pela sua candidatura para {role} na {co}. Ela foi recebida com sucesso.",
                       "Recebemos a sua candidatura para {role}. Se o seu perfil for compatível, entraremos em contacto."], who="ats"),
    ],
    "recruiter_outreach": [
        F("direct", "f", ["Vi o seu perfil e acho que poderia encaixar muito bem na nossa vaga de {role} na {co}. Teria disponibilidade para uma conversa rápida?",
                          "Estamos à procura de um(a) {role} e a sua experiência chamou-me a atenção. Estaria aberta a conversar?"]),
        F("direct", "i", ["Vi seu perfil no LinkedIn - estamos buscando {role} aqui na {co}. Topa um papo rápido?",
                          "Você está aberta a novas oportunidades? Temos uma vaga de {role} com a sua cara."], geo=["br"], short=True),
        F("direct", "i", ["Vi o teu perfil - estamos à procura de {role} na {co}. Podemos falar?"], geo=["pt"], short=True),
        F("agency", "f", ["Estou a recrutar {role} para {client}. Teria uns minutos esta semana para falarmos?",
                          "Tenho uma vaga de {role} para {desc}. Estaria aberta a ouvir a proposta?"], who="agency"),
        F("nudge", "*", ["Volto a escrever caso não tenha visto a minha mensagem.", "Passando para lembrar da vaga abaixo - ainda está aberta!"],
          nudge=True, nodetail=True, short=True),
        F("nudge", "*", ["Retomo o contacto sobre a vaga abaixo. Teve oportunidade de pensar?"], who="agency", nudge=True,
          nodetail=True, short=True),
    ],
    "interview_invite": [
        F("time", "f", ["Gostaríamos de a convidar para uma entrevista {when}. Este horário é conveniente?",
                        "No seguimento da sua candidatura para {role}, propomos uma entrevista por videochamada {when}."],
          time=True, meet=True),
        F("time", "i", ["Você consegue fazer uma entrevista {when}?", "Queremos te conhecer! Pode ser {when}?"], time=True,
          meet=True, short=True, geo=["br"]),
        F("time", "i", ["Consegues fazer uma entrevista {when}?", "Queremos conhecer-te! Pode ser {when}?"], time=True,
          meet=True, short=True, geo=["pt"]),
        F("time_self", "f", ["Gostaria de falar consigo por telefone {when}. Ligo-lhe para o número do CV.",
                             "Teria disponibilidade para uma chamada comigo {when}?"], time=True, self=True, geo=["pt"]),
        F("time_self", "f", ["Gostaria de conversar com você por telefone {when}. Eu ligo no número do seu currículo.",
                             "Você teria disponibilidade para uma conversa comigo {when}?"], time=True, self=True, geo=["br"]),
        F("time_self", "i", ["Vamos conversar {when}? Eu te ligo.", "Bora uma call comigo {when}? Te mando o link do Meet."],
          time=True, self=True, short=True, geo=["br"]),
        F("ask", "f", ["Gostaríamos de a convidar para uma primeira entrevista. Pode indicar-me a sua disponibilidade na próxima semana?",
                       "O seu perfil interessa-nos para a função de {role}. Quando teria disponibilidade para uma entrevista?"], meet=True, geo=["pt"]),
        F("ask", "f", ["Gostaríamos de convidá-la para uma primeira entrevista. Poderia me informar sua disponibilidade na próxima semana?",
                       "Seu perfil nos interessa para a vaga de {role}. Quando você teria disponibilidade para uma entrevista?"],
          meet=True, geo=["br"]),
        F("ask", "i", ["O time quer te conhecer! Quais dias funcionam para você semana que vem?",
                       "Próxima etapa é uma entrevista com a gestora da área. Me passa uns horários?"], meet=True, short=True, geo=["br"]),
        F("ask_self", "*", ["f:Gostaria de fazer uma primeira conversa consigo. Quando lhe dá jeito esta semana?",
                            "i:Você teria 20 minutos esta semana para uma call comigo?"], self=True),
        F("ag_time", "f", ["Boas notícias: {client} quer entrevistá-la {when}. Pode ser?"], who="agency", time=True),
        F("ag_ask", "f", ["Boas notícias: {client} quer conhecê-la. Qual é a sua disponibilidade?"], who="agency"),
    ],
    "assessment": [
        F("case", "f", ["Como próxima etapa, pedimos que realize um breve caso prático. O enunciado está aqui: {tlink}",
                        "A fase seguinte é um desafio técnico; terá cinco dias para o entregar."]),
        F("case", "i", ["Próxima etapa: um case rápido, umas 2-3 horas. Link aqui: {tlink}", "Topa fazer um teste de SQL? {tlink}"],
          short=True),
        F("test", "f", ["Pedimos que complete o nosso teste online neste link: {tlink} (cerca de 40 minutos)."]),
        F("ats", "*", ["A {co} convida-a a realizar um teste online para a função de {role}: {tlink}"], who="ats"),
    ],
    "recruiter_reply": [
        F("wait", "f", ["Obrigada pela paciência. O processo ainda está a decorrer e darei notícias assim que possível.",
                        "Obrigado pela mensagem. A gestora ainda não tomou uma decisão."]),
        F("wait", "i", ["Ainda sem novidades, desculpa - a gestora está de férias esta semana.", "Ainda aguardando o feedback do time, vou cobrar."],
          short=True),
        F("hold", "*", ["Atualização rápida: a vaga de {role} está congelada por enquanto, por questões de orçamento. Aviso quando reabrir."]),
        F("docs", "*", ["f:Pode enviar-me a sua pretensão salarial e o seu período de pré-aviso?", "i:Me manda duas referências?"], short=True),
        F("pos", "f", ["A equipa gostou muito da entrevista e quer avançar consigo. Dou notícias sobre os próximos passos em breve."]),
        F("ag", "f", ["Enviei o seu perfil para {client}; estão a analisar esta semana."], who="agency"),
    ],
    "rejection": [
        F("std", "f", ["Agradecemos o seu interesse. Infelizmente, decidimos avançar com outras candidaturas.",
                       "Após análise do seu perfil, optámos por outra pessoa para a função de {role}.",
                       "Obrigado pela entrevista. Infelizmente não vamos avançar com a sua candidatura."]),
        F("short", "i", ["Infelizmente desta vez não deu - seguimos com outro perfil.", "Obrigada por escrever. Infelizmente a resposta é negativa.",
                         "A vaga já foi preenchida, sinto muito."], short=True),
        F("filled", "f", ["A vaga de {role} foi preenchida internamente, pelo que não podemos dar seguimento à sua candidatura."]),
        F("ats", "*", ["Obrigado pela sua candidatura na {co}. Infelizmente, não seguirá para a próxima fase do processo."], who="ats"),
        F("ag", "*", ["Tive retorno de {client}: infelizmente escolheram outro candidato."], who="agency", short=True),
    ],
    "offer": [
        F("offer", "f", ["Tenho o prazer de lhe oferecer a função de {role} na {co}. Amanhã enviamos a proposta por escrito.",
                         "Após as entrevistas, temos o prazer de lhe fazer uma proposta."]),
        F("offer", "i", ["Boas notícias: queremos te contratar! Te mando a proposta hoje.", "Queremos você no time! Detalhes da proposta a seguir."],
          short=True, geo=["br"]),
        F("offer", "i", ["Boas notícias: queremos contratar-te! Envio-te a proposta hoje."], short=True, geo=["pt"]),
        F("call", "f", ["Tem uns minutos hoje? Gostaria de lhe ligar: queremos fazer-lhe uma proposta."], short=True, nodetail=True),
    ],
    "thank_you": [
        F("ty", "f", ["Muito obrigada pela entrevista desta manhã. A função de {role} na {co} interessa-me muito.",
                      "Queria agradecer o seu tempo ontem e a apresentação da equipa."]),
        F("ty", "i", ["Obrigada de novo pela conversa hoje, gostei muito!", "Obrigada pelo seu tempo ontem, foi ótimo."]),
    ],
    "follow_up": [
        F("fu", "f", ["Escrevo para saber o ponto de situação da minha candidatura para {role}.",
                      "Há alguma novidade sobre a minha candidatura na {co}?"]),
        F("fu", "i", ["Passando para saber se há novidades do processo.", "Alguma novidade sobre a vaga de {role}?"]),
    ],
    "other_out": [
        F("apply", "f", ["Gostaria de me candidatar à vaga de {role} publicada no vosso site. O meu CV está aqui: https://cv.example/mira-lindgren"],
          noreply=True),
        F("interest", "*", ["Obrigada pelo contacto - teria todo o gosto em conversar.", "Parece interessante! Estou livre na maioria das tardes."],
          parent="recruiter_outreach"),
        F("avail", "*", ["Obrigada! Consigo {when}, ou na quarta de manhã."], time=True, parent="interview_invite",
          parent_fam=["ask", "ask_self"]),
        F("avail_open", "*", ["Obrigada pelo retorno. Na próxima semana tenho bastante flexibilidade."], parent="recruiter_outreach"),
        F("accept", "*", ["Obrigada, o horário está ótimo. Até lá!", "Perfeito, combinado.", "Ótimo, confirmado."], reply=True,
          parent="interview_invite", parent_fam=["time", "time_self"], reuse_when=True),
        F("question", "*", ["Uma pergunta antes da conversa: a vaga é híbrida ou 100% remota?",
                            "Pode dizer-me a faixa salarial da vaga de {role}?"]),
        F("decline", "*", ["Obrigada por pensar em mim, mas neste momento não estou à procura."], reply=True, parent="recruiter_outreach"),
        F("acc_offer", "*", ["Aceito a proposta com muito gosto! Estou ansiosa por começar."], reply=True, parent="offer"),
        F("withdraw", "f", ["Gostaria de retirar a minha candidatura, pois aceitei outra proposta. Obrigada pelo vosso tempo."]),
        F("personal", "i", ["Está de pé sábado? Levo a sobremesa.", "Tive a entrevista hoje, acho que correu bem! Depois conto."], who="friend"),
        F("nonjob", "*", ["Tenho interesse no apartamento da Rua da Graça. Quando seria possível visitá-lo?"], who="friend"),
    ],
    "other_in": [
        F("friend_iv", "i", ["E aí, como foi a entrevista?? Me liga!", "Hoje tive a segunda entrevista no banco, torce por mim!"],
          who="friend", lookalike=True, s=["e aí??", "entrevista", "hoje"], why="a friend writing about interviews"),
        F("friend_offer", "i", ["Consegui o emprego!!! Fizeram-me a proposta hoje de manhã. Festejamos sábado?"], who="friend",
          lookalike=True, s=["novidade!!", "adivinha"], why="a friend's own job news"),
        F("flat", "f", ["Recebemos a sua candidatura para o apartamento na {place}. A visita será {when}.",
                        "Obrigado pela candidatura ao arrendamento na {place}; entraremos em contacto após as visitas."], who="org",
          hosts=["imobiliaria-graca.example"], lookalike=True, time=True,
          v={"place": ["Rua da Graça 14", "Rua do Almada 88", "Avenida de Roma 5"]},
          s=["Candidatura ao arrendamento", "Visita {place}"], sig=["{mef}\nImobiliária Graça"], why="a flat rental application"),
        F("talk", "*", ["Queremos convidá-la para dar uma palestra no nosso meetup de dados {when}. Topa?"], who="org",
          hosts=["dadosmeetup.example"], lookalike=True, time=True, s=["Convite para palestrante", "Palestra no meetup"],
          why="a meetup talk invitation"),
        F("ooo", "f", ["Estou fora do escritório até segunda-feira. Para assuntos urgentes, contacte rh@azulejo.example."], who="org",
          hosts=["azulejo.example"], lookalike=True, s=["Resposta automática: Seguimento", "Ausência"], sig=["{mef}"],
          why="a recruiter's out-of-office auto-reply"),
        F("receipt", "f", ["Obrigado pela sua encomenda n.º {num}. Será entregue na quinta-feira."], who="org", hosts=["loja.example"],
          disp=["Encomendas"], addr="no-reply", v={"num": ["40912", "77120"]}, s=["Encomenda {num}"], why="a receipt"),
        F("family", "i", ["Filha, não te esqueças de ligar à avó no domingo, é o aniversário dela!", "Chegámos bem, beijinhos."],
          who="family", s=["domingo", "chegámos"], why="family mail (her mother)"),
    ],
}

MEET = {"f": ["Irá conversar com {iv}, {ivt}.", "A entrevista será com {iv} ({ivt})."],
        "i": ["Você vai conversar com {iv}, {ivt}.", "Vai estar também a {ivf}, da equipa de dados."]}

DETAIL = {
    "application_ack": [("*", "Daremos uma resposta no prazo de duas semanas.", "d14"),
                        ("f", "Teremos uma resposta até ao final da próxima semana.", "eonw"),
                        ("i", "Te dou um retorno até sexta-feira.", "fri"),
                        ("*", "Estamos a receber muitas candidaturas, por isso pode demorar um pouco.", None)],
    "recruiter_outreach": [("*", "A vaga é híbrida, dois dias no escritório.", None)],
    "interview_invite": [("*", "Serão cerca de 45 minutos por videochamada.", None), ("*", "Link: {link}", None),
                         ("f", "Agradeço que me confirme a sua presença.", None)],
    "assessment": [("*", "Qualquer dúvida, estou à disposição.", None)],
    "recruiter_reply": [("f", "Dou-lhe uma resposta até sexta-feira.", "fri"), ("*", "Esperamos ter uma decisão em até duas semanas.", "d14"),
                        ("*", "Teremos novidades até ao final da próxima semana.", "eonw"), ("*", "Obrigada pela paciência.", None)],
    "rejection": [("f", "Desejamos-lhe muito sucesso.", None), ("i", "Boa sorte!", None)],
    "offer": [("*", "O salário é o que conversámos.", None), ("*", "Tire uns dias para pensar.", None)],
    "thank_you": [("*", "Fico a aguardar notícias.", None)],
    "follow_up": [("*", "Continuo muito interessada na vaga.", None)],
}
