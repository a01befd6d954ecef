"""European Portuguese (mainland Portugal, Madeira, Azores)."""
CODE = "pt_pt"
NAME = "Portuguese (Portugal)"
HTML_LANG = "pt-PT"
CONTENT_LANGUAGE = "pt-PT"
PRIVACY_PATH = "politica-de-privacidade"
INFORMAL_P = 0.3
DISPLAY_STYLES = ["plain"]

WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
WDS = ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"]
WDA = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MONA = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
NUM = {1: "uma", 2: "duas", 3: "três", 4: "quatro", 5: "cinco", 7: "sete", 10: "dez", 15: "quinze"}


def hm(d):
    return f"{d.hour}h{d.minute:02d}" if d.minute else f"{d.hour}h00"


def zone_note(d):
    k = d.tzinfo.key
    if k == "Atlantic/Azores":
        return " (hora dos Açores)"
    if k == "Atlantic/Madeira":
        return " (hora da Madeira)"
    return ""


def when(d, i):
    i %= 6
    if i == 0:
        return f"{WD[d.weekday()]}, {d.day} de {MON[d.month - 1]}, às {hm(d)}{zone_note(d)}"
    if i == 1:
        return f"no dia {d.day:02d}/{d.month:02d} às {d.hour:02d}:{d.minute:02d}"
    if i == 2:
        return f"no dia {d.day} de {MON[d.month - 1]} de {d.year}, pelas {hm(d)}{zone_note(d)}"
    if i == 3:
        return f"na próxima {WDS[d.weekday()]} ({d.day:02d}/{d.month:02d}), às {d.hour:02d}:{d.minute:02d}"
    if i == 4:
        return f"{WDS[d.weekday()]}-feira, dia {d.day}, às {hm(d)}" if d.weekday() < 5 else f"{WD[d.weekday()]}, dia {d.day}, às {hm(d)}"
    return f"a {d.day} de {MON[d.month - 1]} ({WD[d.weekday()]}) às {d.hour:02d}:{d.minute:02d}"


N_WHEN = 6


def day(d, i):
    i %= 4
    if i == 0:
        return f"{d.day} de {MON[d.month - 1]} de {d.year}"
    if i == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if i == 2:
        return f"{WD[d.weekday()]}, {d.day} de {MON[d.month - 1]}"
    return f"{d.day:02d}/{d.month:02d}"


N_DAY = 4


def lisbon_note(dl):
    return f"({hm(dl)} em Lisboa)"


def dur(n):
    return {60: "uma hora", 90: "hora e meia", 30: "meia hora"}.get(n, f"{n} minutos")


def join(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " e " + xs[-1]


def money(n, cur="EUR"):
    return f"{n:,}".replace(",", ".") + " € brutos anuais (14 meses)"


PROMISE_KINDS = [("fri", None), ("end_next_week", None), ("n_weeks", [1, 2, 2, 3]), ("n_workdays", [3, 5, 10]),
                 ("date", [5, 7, 9, 12]), ("n_days", [10, 15]), ("end_week", None), ("tomorrow", None), ("mon", None), ("end_month", None)]


def promise(kind, n, target, sent, rng):
    if kind == "fri":
        return rng.choice(["até sexta-feira", "até à próxima sexta", "o mais tardar na sexta-feira"])
    if kind == "mon":
        return rng.choice(["até segunda-feira", "na segunda-feira, o mais tardar"])
    if kind == "end_week":
        return rng.choice(["até ao final desta semana", "ainda esta semana"])
    if kind == "end_next_week":
        return rng.choice(["até ao final da próxima semana", "até ao fim da semana que vem"])
    if kind == "n_weeks":
        return rng.choice([f"no prazo de {NUM.get(n, n)} semana{'s' if n > 1 else ''}", f"nas próximas {NUM.get(n, n)} semanas" if n > 1 else "no prazo de uma semana"])
    if kind == "n_workdays":
        return f"no prazo de {NUM.get(n, n)} dias úteis"
    if kind == "n_days":
        return f"no prazo de {NUM.get(n, n)} dias"
    if kind == "date":
        return rng.choice([f"até ao dia {target.day} de {MON[target.month - 1]}", f"até {target.day:02d}/{target.month:02d}"])
    if kind == "tomorrow":
        return "amanhã"
    if kind == "end_month":
        return rng.choice(["até ao final do mês", f"até ao fim de {MON[target.month - 1]}"])
    raise ValueError(kind)


VAGUE = ["brevemente", "logo que possível", "nas próximas semanas", "assim que tivermos novidades", "com a maior brevidade", "em breve"]


def greet(p, reg, rng):
    if reg == "f":
        if p.gender == "f":
            return rng.choice([f"Cara Dra. {p.last},", f"Exma. Senhora {p.first} {p.last},", f"Bom dia, {p.first},", f"Cara {p.first},"])
        return rng.choice([f"Caro Dr. {p.last},", f"Exmo. Senhor {p.first} {p.last},", f"Bom dia, {p.first},", f"Caro {p.first},"])
    return rng.choice([f"Olá {p.first},", f"Olá, {p.first}!", f"Oi {p.first},", f"Boa tarde {p.first},"])


def greet_many(ps, reg, rng):
    return ("Caros " if reg == "f" else "Olá ") + join([p.first for p in ps]) + ","


def attrib_gmail(d, name, addr):
    return f"{name} <{addr}> escreveu ({WDA[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} à(s) {d.hour:02d}:{d.minute:02d}):"


def attrib_iphone(d, name, addr):
    return f"A {d.day:02d}/{d.month:02d}/{d.year}, às {d.hour:02d}:{d.minute:02d}, {name} <{addr}> escreveu:"


def attrib_tb(d, name, addr):
    return f"Em {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}, {name} escreveu:"


def outlook_block(d, frm, to, subj, cc):
    L = [f"De: {frm[0]} <{frm[1]}>", f"Enviado: {WD[d.weekday()]}, {d.day} de {MON[d.month - 1]} de {d.year} {d.hour:02d}:{d.minute:02d}",
         "Para: " + "; ".join(f"{n} <{a}>" if n else a for n, a in to)]
    if cc:
        L.append("Cc: " + "; ".join(f"{n} <{a}>" for n, a in cc))
    L.append(f"Assunto: {subj}")
    return L


OUTLOOK_SEP = "________________________________"
RE = {"outlook": "RE:", "gmail": "Re:", "iphone": "Re:", "thunder": "Re:", "plain": "Re:"}
RE_ALL = ["Re:", "RE:", "RES:", "ENC:", "FW:", "AW:"]
AUTOREPLY_PREFIX = "Resposta automática:"
CANCELLED = "Cancelado"
CAL_PREFIX_GOOGLE = "Convite: "
MOBILE = ["Enviado do meu iPhone", "Enviado do meu telemóvel", "Enviado do Outlook para iOS", "Enviado a partir do meu smartphone Samsung Galaxy."]
SIG = {"tel": "Tel.:", "mail": "Email:"}


def gcal_subject(summary, start):
    return f"Convite: {summary} @ {WDA[start.weekday()]}, {start.day} de {MONA[start.month - 1]} de {start.year} {start.hour:02d}:{start.minute:02d} (WE{'S' if start.utcoffset().total_seconds() else ''}T) (ines.hofmann@example.net)"


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Reunião do Microsoft Teams\nParticipe agora na reunião\n{link}\nID da reunião: {id}\nCódigo de acesso: {pw}\n"
               "________________________________________________________________________________")
GCAL_BLOCK = ("Participar com o Google Meet\n{link}\n\nQuando: {when}\nOrganizador: {org}\n\n"
              "Convite do Google Calendar\nEstá a receber este email porque é convidado deste evento.")


def cal_desc(c, tool, link):
    return f"{tool}: {link}\n{c['when']}"


UI = dict(portal="Aceder à área de candidato", job="Oferta", employer="Empresa", location="Local", date="Candidatura enviada em",
          view_apps="Ver as minhas candidaturas", similar="Ver ofertas semelhantes", confirm="Confirmar presença", book="Escolher horário",
          what="Evento", when="Quando", who="Com", where="Onde", resched="Reagendar ou cancelar", join="Entrar na reunião",
          start_test="Iniciar o teste", status="Estado", reply="Responder", position="Função", salary="Remuneração",
          start="Data de início", sign="Rever e assinar", reception="na receção", jobs_box="Recrutamento {company}")
AUTO_NOTE = ["Esta mensagem foi gerada automaticamente. Por favor, não responda a este email.",
             "Este endereço não é monitorizado. Para questões, utilize a sua área de candidato.", "Por favor não responda diretamente a esta mensagem."]
GDPR = ["Nos termos do Regulamento Geral sobre a Proteção de Dados (RGPD), os seus dados pessoais serão tratados apenas para efeitos de recrutamento. Saiba mais em {privacy}",
        "{legal} é a entidade responsável pelo tratamento dos seus dados. Pode exercer os seus direitos de acesso, retificação e eliminação através de {privacy}",
        "Os seus dados serão conservados durante o processo de recrutamento e eliminados 12 meses após a sua conclusão."]
POWERED = ["Enviado com {vendor}", "Com tecnologia {vendor}", "Software de recrutamento: {vendor}"]
CONF = ["Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, por favor informe o remetente e elimine-a.",
        "Antes de imprimir este email, pense no ambiente.", "AVISO DE CONFIDENCIALIDADE: o conteúdo desta mensagem é confidencial."]
BOARD_FOOT = ["Recebe este email porque tem uma conta {board}. Gerir notificações · Cancelar subscrição · Privacidade",
              "© {board} – Mensagem automática.", "{board} · Ajuda · Preferências de email"]
GDPR14 = ["Informação (art. 14.º RGPD): obtivemos os seus contactos numa rede profissional pública. Se não pretender ser contactada, basta responder e eliminaremos os seus dados.",
          "{agency_legal} trata os seus dados com base no interesse legítimo. Pode opor-se a qualquer momento respondendo a este email."]
STATUS_LABELS = ["Em análise", "Em avaliação pela equipa", "Pré-selecionada", "Em curso"]
AGENDA = ["{t}–{t2}: entrevista com {who}", "{t}–{t2}: conversa técnica com {who}", "{t}–{t2}: visita às instalações com {who}"]
AGENDA_END = "{t}: almoço com a equipa e encerramento"
DOCS = ["o certificado de habilitações", "duas referências", "a sua expectativa salarial", "a sua disponibilidade para início",
        "o comprovativo do NIF", "o registo criminal", "o seu período de aviso prévio"]
CASE_FILES = ["Caso_pratico_{company}.pdf", "Desafio_tecnico.pdf", "Enunciado_caso.pdf"]
OFFER_FILES = ["Proposta_{last}.pdf", "Carta_proposta_{company}.pdf", "Contrato_{last}.pdf"]
OFFER_DOCS = ["Proposta de contratação – {role}", "Contrato de trabalho – {last}", "Carta proposta {company}"]
ASSESS = ["TestGorilla", "SHL", "Codility", "AssessFirst"]
ESIGN = ["DocuSign", "DocuSign", "Yousign"]
SOCIAL = ["LinkedIn"]

FIRST_F = ["Ana", "Joana", "Mariana", "Catarina", "Inês", "Sofia", "Beatriz", "Rita", "Marta", "Filipa", "Leonor", "Teresa", "Margarida", "Patrícia", "Sónia"]
FIRST_M = ["João", "Pedro", "Tiago", "Rui", "Miguel", "Nuno", "Ricardo", "Gonçalo", "André", "Bruno", "Duarte", "Luís", "Vasco", "Hugo", "Sérgio"]
LAST = ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Gonçalves", "Sousa", "Carvalho", "Lopes", "Marques",
        "Almeida", "Ribeiro", "Pinto", "Teixeira", "Moreira", "Correia", "Monteiro", "Azevedo", "Fonseca"]
REGIONS = [
    dict(country="PT", tz="Europe/Lisbon", w=8, cc="+351", cities=[("Lisboa", "1", "21"), ("Porto", "4", "22"), ("Braga", "47", "253"), ("Aveiro", "38", "234"),
                                                                    ("Coimbra", "30", "239"), ("Faro", "80", "289"), ("Leiria", "24", "244")],
         forms=["Lda.", "S.A.", "Lda.", "Unipessoal Lda."], currency="EUR"),
    dict(country="PT-MA", tz="Atlantic/Madeira", w=1, cc="+351", cities=[("Funchal", "90", "291")], forms=["Lda.", "S.A."], currency="EUR"),
    dict(country="PT-AC", tz="Atlantic/Azores", w=1, cc="+351", cities=[("Ponta Delgada", "95", "296")], forms=["Lda.", "S.A."], currency="EUR"),
]
STREETS = ["Avenida da Liberdade", "Rua Augusta", "Avenida dos Aliados", "Rua de Santa Catarina", "Avenida da República", "Rua do Carmo",
           "Avenida Central", "Rua Direita", "Largo do Rato", "Avenida Dom João II", "Rua da Boavista", "Avenida Arriaga"]
CO_ROOTS = ["Atlântico", "Lusitânia", "Tejo", "Douro", "Mondego", "Alfama", "Sagres", "Ribeira", "Estrela", "Montado", "Azulejo", "Caravela",
            "Mirante", "Sobreiro", "Salina", "Farol", "Maré", "Brisa Norte", "Oliveira Alta", "Vinha"]
CO_WORDS = {"eng": ["Engenharia", "Indústria", "Sistemas", "Automação"], "mkt": ["Comunicação", "Estúdio", "Media", "Marcas"],
            "log": ["Logística", "Transportes", "Supply", "Distribuição"], "res": ["Labs", "Investigação", "Biotech", "Materiais"],
            "hosp": ["Hotéis", "Hotelaria", "Resorts", "Turismo"]}
ROLES = {
    "eng": [("Engenheiro(a) de Processo (M/F)", "Engenheiro(a) de Processo"), ("Engenheira de Qualidade", "Engenheira de Qualidade"),
            ("Técnico(a) de Manutenção Industrial (m/f)", "Técnico(a) de Manutenção Industrial"), ("Gestor(a) de Projeto Industrial", "Gestor(a) de Projeto Industrial")],
    "mkt": [("Marketing Manager (M/F)", "Marketing Manager"), ("Técnica de Marketing Digital", "Técnica de Marketing Digital"),
            ("Gestor(a) de Produto", "Gestor(a) de Produto"), ("Brand Manager Ibéria (m/f)", "Brand Manager Ibéria")],
    "log": [("Gestor(a) de Operações Logísticas (M/F)", "Gestor(a) de Operações Logísticas"), ("Supply Chain Planner", "Supply Chain Planner"),
            ("Responsável de Armazém (m/f)", "Responsável de Armazém"), ("Analista de Planeamento", "Analista de Planeamento")],
    "res": [("Bolseiro(a) de Investigação (M/F)", "Bolseiro(a) de Investigação"), ("Investigadora Auxiliar", "Investigadora Auxiliar"),
            ("Técnico(a) Superior de Laboratório", "Técnico(a) Superior de Laboratório"), ("Investigador(a) Pós-Doc em Materiais", "Investigador(a) Pós-Doc em Materiais")],
    "hosp": [("Front Office Manager (M/F)", "Front Office Manager"), ("Rececionista Chefe", "Rececionista Chefe"),
             ("Diretor(a) Adjunto(a) de Hotel", "Diretor(a) Adjunto(a) de Hotel"), ("Revenue Manager (m/f)", "Revenue Manager")],
}
REC_TITLES = ["Técnico de Recrutamento|Técnica de Recrutamento", "Talent Acquisition Specialist", "HR Business Partner", "Recrutador|Recrutadora",
              "Responsável de Recursos Humanos", "People Partner"]
HR_TITLES = ["Técnico de RH|Técnica de RH", "Gestão Administrativa de Pessoal", "Diretor de RH|Diretora de RH"]
HM_TITLES = {"eng": ["Diretor Industrial|Diretora Industrial", "Responsável de Engenharia", "Diretor Fabril|Diretora Fabril"],
             "mkt": ["Diretor de Marketing|Diretora de Marketing", "Head of Brand", "Responsável de Comunicação"],
             "log": ["Diretor de Operações|Diretora de Operações", "Responsável de Supply Chain", "Diretor Logístico|Diretora Logística"],
             "res": ["Investigador Principal|Investigadora Principal", "Coordenador do Laboratório|Coordenadora do Laboratório", "Diretor de I&D|Diretora de I&D"],
             "hosp": ["Diretor do Hotel|Diretora do Hotel", "Diretor de Alojamento|Diretora de Alojamento", "Diretor-Geral|Diretora-Geral"]}
PANEL_TITLES = {"eng": ["Engenheiro Sénior|Engenheira Sénior", "Responsável de Qualidade"], "mkt": ["Brand Manager Sénior", "Content Lead"],
                "log": ["Responsável de Transportes", "Chefe de Turno"], "res": ["Investigador Sénior|Investigadora Sénior", "Técnico de Laboratório|Técnica de Laboratório"],
                "hosp": ["Chefe de Receção", "Revenue Director"]}
AGENT_TITLES = ["Consultor Sénior|Consultora Sénior", "Headhunter", "Associate Partner", "Consultor de Recrutamento|Consultora de Recrutamento"]
AGENCIES = [("Talento Atlântico", "Lda."), ("Quinas Executive Search", "Lda."), ("Ponte Recrutamento", "Lda."), ("Norte Talent", "Lda.")]
CLIENT_DESC = {"eng": ["um grupo industrial de referência no Norte", "uma empresa de engenharia com projetos internacionais"], "mkt": ["uma marca portuguesa de calçado em expansão", "uma startup de turismo"],
               "log": ["um operador logístico líder em Portugal", "um e-commerce com armazém próprio"], "res": ["uma biotech nascida numa universidade", "um centro tecnológico privado"],
               "hosp": ["um grupo hoteleiro de cinco estrelas", "um resort no Algarve"]}
SALARY = {"eng": (28000, 42000), "mkt": (24000, 36000), "log": (24000, 38000), "res": (20000, 32000), "hosp": (20000, 32000)}
FIELD_DESC = {"eng": "o seu percurso em engenharia e gestão industrial", "mkt": "a sua experiência em marketing internacional",
              "log": "a sua experiência em cadeia de abastecimento", "res": "o seu percurso de investigação", "hosp": "a sua experiência em hotelaria de luxo"}
SKILLS = {"eng": ["Lean", "melhoria contínua", "industrialização"], "mkt": ["marketing digital", "lançamento de produtos", "estudos de mercado"],
          "log": ["gestão de armazém", "SAP EWM", "planeamento de transportes"], "res": ["caracterização de materiais", "candidaturas a projetos FCT", "análise de dados"],
          "hosp": ["revenue management", "atendimento ao hóspede", "gestão de equipas"]}
TOPICS = {"eng": ["a automatização da nova linha", "o vosso programa de melhoria contínua"], "mkt": ["o lançamento em Espanha", "o rebranding da marca"],
          "log": ["a implementação do novo WMS", "a abertura do segundo armazém"], "res": ["o projeto de reciclagem de cátodos", "as parcerias com a indústria"],
          "hosp": ["a reabertura do hotel na primavera", "o programa de satisfação dos hóspedes"]}
CASES = {"eng": ["uma análise de tempos de ciclo", "uma proposta para reduzir desperdício"], "mkt": ["um plano de lançamento de produto", "uma análise das nossas redes sociais"],
         "log": ["um caso de otimização de localizações", "uma análise de rede para dois armazéns"], "res": ["uma proposta de projeto de duas páginas", "a análise de um conjunto de dados"],
         "hosp": ["um plano para melhorar o check-in", "uma estratégia de preços para um fim de semana de congresso"]}
TESTS = {"eng": ["Raciocínio mecânico", "Raciocínio numérico"], "mkt": ["Teste de marketing", "Questionário de personalidade"],
         "log": ["Raciocínio numérico", "Teste de Excel"], "res": ["Raciocínio lógico", "Teste de inglês"], "hosp": ["Julgamento situacional", "Questionário de personalidade"]}
ATS = ["Teamtailor", "Recruitee", "Personio", "Workday", "SuccessFactors"]
BOARDS = ["EmpregoNet", "LinkedIn", "Indeed", "EmpregoNet"]


def ref(rng):
    return rng.choice([f"Ref.ª {rng.choice('ABCDEF')}{rng.randint(100, 999)}", f"Oferta n.º {rng.randint(1000, 9999)}", f"REF-{rng.randint(2025, 2027)}-{rng.randint(10, 99)}"])


def company_name(root, word, rng):
    return rng.choice([f"{root} {word}", f"{word} {root}", f"{root} {word}"])


def address(rng, city, region, plz):
    st = rng.choice(STREETS)
    return f"{st}, {rng.randint(1, 250)}", f"{plz}{rng.randint(0, 9) if len(plz) == 1 else ''}{rng.randint(10, 99)}-{rng.randint(100, 999)} {city}"


def register_line(rng, co, region):
    return (f"NIPC {rng.randint(500, 519)} {rng.randint(100, 999)} {rng.randint(100, 999)} · Capital social: {rng.choice(['5.000', '50.000', '250.000'])} € · "
            f"Matriculada na Conservatória do Registo Comercial de {co['city']}")


def phone(rng, region, area):
    return f"+351 {area} {rng.randint(100, 999)} {rng.randint(100, 999)}"

B = {
    "greet": ["f|Cara Inês Hofmann,", "f|Exma. Senhora Inês Hofmann,", "f|Cara Inês,", "f|Estimada Inês,", "f|Bom dia, Inês,", "f|Exma. Sra. Dra. Inês Duarte Hofmann,",
              "i|Olá Inês,", "i|Olá, Inês!", "i|Olá Inês!", "i|Boa tarde Inês,", "i|Oi Inês,", "i|Viva Inês,"],
    "greetb": ["Olá {first},", "Olá {full},", "Cara {first},", "Olá,"],
    "close": ["f|Com os melhores cumprimentos,", "f|Cumprimentos,", "f|Atenciosamente,", "f|Melhores cumprimentos,", "f|Com os nossos cumprimentos,",
              "i|Um abraço,", "i|Até breve,", "i|Obrigado e bom dia!", "i|Bom resto de semana,", "i|Abraço,", "i|Boa semana,"],
    "oclose": ["f|Com os melhores cumprimentos,", "f|Cumprimentos,", "f|Atenciosamente,", "i|Um abraço,", "i|Obrigada e até breve,", "i|Até já,"],
    "team": ["f|Equipa de Recrutamento\n{legal}", "f|Departamento de Recursos Humanos – {company}", "f|A Equipa de Talent Acquisition da {company}",
             "f|Direção de Pessoas | {legal}", "i|A equipa {company}", "i|Equipa de Pessoas da {company}", "i|Toda a equipa {company}"],
    "ack.s": ["f|A sua candidatura – {role}", "f|Confirmação de receção da sua candidatura", "f|Candidatura recebida: {role} ({ref})", "f|{company}: recebemos a sua candidatura",
              "i|Obrigado pela tua candidatura, {first}!", "i|A tua candidatura na {company}", "i|Recebemos a tua candidatura 🙌"],
    "ack.c": ["f|Agradecemos o seu interesse na {company}. Confirmamos a receção da sua candidatura à função de {role}.",
              "f|Vimos por este meio confirmar que a sua candidatura ({ref}) foi recebida com sucesso.",
              "f|A sua candidatura para {role} foi registada na nossa plataforma. Obrigado pela confiança.",
              "f|Obrigado por se ter candidatado à {company}! O seu CV foi encaminhado para a equipa de recrutamento.",
              "f|Recebemos a sua candidatura para a oferta de {role} em {city} e agradecemos o tempo dedicado.",
              "f|Informamos que a sua candidatura foi recebida e será analisada pela equipa responsável.",
              "i|Obrigado pela tua candidatura para {role}! Já a recebemos.",
              "i|A tua candidatura chegou bem. Obrigado por pensares na {company}!",
              "i|Confirmamos que recebemos o teu CV para a função de {role}.",
              "i|Boa! A tua candidatura para {role} já está connosco.",
              "i|Candidatura recebida ✔ Obrigado por quereres fazer parte da {company}."],
    "ack.n": ["f|Iremos analisar a sua candidatura com atenção e entraremos em contacto {promise}.",
              "f|Receberá uma resposta nossa {promise}.",
              "f|Comprometemo-nos a dar-lhe uma resposta {promise}, qualquer que seja o resultado.",
              "f|Entraremos em contacto consigo {vague}.",
              "f|Devido ao elevado número de candidaturas, a análise pode demorar algum tempo. Contactá-la-emos {vague}.",
              "f|Caso o seu perfil corresponda ao pretendido, será contactada no prazo de duas semanas.",
              "f|Se não receber notícias nossas no prazo de 30 dias, considere que a sua candidatura não foi selecionada.",
              "i|Vamos ver tudo com calma e dizemos-te algo {promise}.",
              "i|Vais ter notícias nossas {promise}, prometido!",
              "i|Entramos em contacto {vague}.",
              "i|Se fizer match, falamos contigo dentro de umas duas semanas."],
    "ack.x": ["f|Pode acompanhar o estado da sua candidatura a qualquer momento na área de candidato.",
              "f|Recomendamos que verifique a pasta de spam para não perder as nossas mensagens.",
              "f|Caso os seus contactos mudem, atualize-os diretamente na plataforma.",
              "i|Entretanto, espreita o nosso blog para conheceres a equipa.", "i|Dúvidas? Escreve-nos pela área de candidato."],
    "ackb.s": ["A sua candidatura foi enviada para {company}", "Candidatura enviada: {role}", "Candidatou-se a {role} na {company}", "{board}: candidatura a {company}"],
    "ackb.c": ["A sua candidatura para {role} foi enviada com sucesso para {company}.", "Boas notícias: a sua candidatura está a caminho. {company} recebeu-a através do {board}.",
               "Acabou de se candidatar à {company} com o seu perfil {board}.", "Encaminhámos a sua candidatura para a empresa. Eis o resumo:"],
    "ackb.x": ["Dica: as empresas respondem mais depressa quando o perfil está completo.", "Encontre todas as suas candidaturas em «As minhas candidaturas».",
               "A empresa decide os próximos passos e contactá-lo-á diretamente."],
    "acke.c": ["f|Obrigado pelo seu email. Esta é uma confirmação automática de que a sua mensagem chegou à equipa de recrutamento.",
               "f|Recebemos a sua candidatura por email. Pedimos que não envie pedidos de ponto de situação; entraremos em contacto.",
               "i|Obrigado pelo teu email! Resposta automática: a tua candidatura chegou e vai ser vista pela equipa de Pessoas."],
    "apply.s": ["Candidatura a {role}", "Candidatura – {role} – Inês Hofmann", "Candidatura à oferta {role} ({ref})", "Oferta {role}"],
    "rej.s": ["f|A sua candidatura na {company}", "f|A sua candidatura para {role}", "f|Resposta à sua candidatura", "f|Processo de recrutamento {role}",
              "f|{company} – candidatura", "f|Obrigado pelo seu interesse na {company}", "i|Novidades sobre a tua candidatura", "i|A tua candidatura na {company}"],
    "rej.thanks": ["f|Agradecemos o seu interesse na {company} e o tempo dedicado à sua candidatura.", "f|Obrigado, mais uma vez, pela sua candidatura à função de {role}.",
                   "f|Agradecemos a confiança que depositou em nós.", "i|Obrigado mais uma vez por te candidatares.", "i|Obrigado pela tua candidatura e pelo interesse na {company}."],
    "rej.pre": ["f|Após uma análise cuidada, lamentamos informar que a sua candidatura não irá avançar no processo de seleção.",
                "f|Decidimos avançar com outros candidatos cujo perfil se ajusta mais aos requisitos da função.",
                "f|Infelizmente, desta vez a sua candidatura não foi selecionada.",
                "f|Informamos que o processo irá prosseguir com outros candidatos.",
                "f|O seu perfil é interessante, mas procuramos uma experiência mais consolidada no setor.",
                "f|Dado o elevado número de candidaturas, não nos é possível convidá-la para entrevista nesta fase.",
                "f|Lamentamos, mas não podemos considerar a sua candidatura para a função de {role}.",
                "i|Vimos o teu perfil com atenção e decidimos seguir com outras candidaturas.",
                "i|Desta vez não vai ser possível: avançamos com perfis mais próximos do que precisamos.",
                "i|Não vamos avançar com a tua candidatura, mas gostámos muito do teu percurso.",
                "i|Foi uma decisão difícil, mas escolhemos alguém que já conhece bem o nosso setor."],
    "rej.post": ["f|Obrigado pela entrevista com {iv1}. Após ponderação, decidimos avançar com outra candidata cujo perfil se ajusta melhor às nossas necessidades atuais.",
                 "f|Após as entrevistas, decidimos selecionar outro candidato.",
                 "f|Gostámos muito das nossas conversas, mas não iremos prosseguir o processo consigo.",
                 "f|Esteve entre as finalistas e a decisão não foi fácil: optámos por um perfil com experiência direta no setor.",
                 "f|Na sequência das entrevistas, lamentamos informar que não daremos seguimento à sua candidatura.",
                 "i|Obrigado pela entrevista com {iv1_first}! Já tomámos uma decisão e seguimos com outra pessoa.",
                 "i|Queria dizer-te pessoalmente que optámos por outro perfil. Sei que não é a notícia que esperavas.",
                 "i|Foi muito renhido, mas oferecemos a função a outra pessoa."],
    "rej.cancel": ["f|A vaga de {role} foi congelada por razões orçamentais, pelo que encerramos o processo de recrutamento.",
                   "f|A vaga foi preenchida internamente, pelo que damos por concluído o processo.",
                   "f|Na sequência de uma reorganização, o recrutamento para a função de {role} foi cancelado.",
                   "f|A posição já se encontra preenchida e encerramos todas as candidaturas pendentes.",
                   "i|Uma informação: depois de uma reestruturação, a função de {role} deixou de existir, por isso fechamos o processo.",
                   "i|Acabámos por preencher a vaga internamente, por isso não vamos avançar."],
    "rej.one": ["i|Olá {first}, só para te dizer que seguimos com outro perfil. Obrigado e boa sorte!",
                "i|{first}, ficámos com outra pessoa. Obrigado pelo teu tempo!",
                "i|Olá {first}, desta vez não deu, a vaga está preenchida. Muito sucesso!",
                "i|Viva {first}, confirmo que não seguimos contigo neste processo. Um abraço!",
                "f|Cara Inês, informo que a vaga de {role} já foi preenchida. Cumprimentos.",
                "f|Cara Inês, não iremos avançar com a sua candidatura. Obrigado e boa sorte."],
    "rej.soft": ["f|Desejamos-lhe os maiores sucessos profissionais.", "f|Esta decisão não constitui uma avaliação negativa do seu percurso.",
                 "f|Teremos todo o gosto em receber a sua candidatura para futuras oportunidades.", "i|Desejamos-te o melhor na tua procura!", "i|Fica atenta às nossas ofertas."],
    "rej.fb": ["f|Se desejar, posso dar-lhe um feedback mais detalhado numa breve chamada.", "f|Fico ao dispor para falarmos sobre o processo.", "i|Se quiseres feedback, diz-me."],
    "rej.pool": ["f|Com o seu consentimento, manteremos o seu CV na nossa base de dados durante 12 meses para futuras oportunidades.",
                 "f|De acordo com a nossa política de privacidade, os seus dados serão eliminados dentro de seis meses.", "i|Se quiseres, guardamos o teu CV para futuras vagas; é só dizeres."],
    "rejb.s": ["Novidades na sua candidatura à {company}", "Processo encerrado: {role}", "{company} atualizou a sua candidatura"],
    "rejb.c": ["{company} atualizou o estado da sua candidatura no {board}. Mensagem da empresa:",
               "Há novidades sobre a sua candidatura a {role}. {company} enviou-lhe esta mensagem:", "A empresa encerrou o processo de recrutamento de {role}:"],
    "inv.s": ["f|Convite para entrevista – {role}", "f|A sua candidatura: entrevista", "f|Entrevista {role} na {company}", "f|Próximos passos – {company}",
              "f|Reunião com a {company}", "i|Vamos conversar? ({role})", "i|Próximo passo com a {company}", "i|Conversa rápida?", "i|Conversa com a equipa"],
    "inv.fixed": ["f|O seu perfil despertou o nosso interesse e gostaríamos de a conhecer. Propomos uma entrevista {when} com {iv}.",
                  "f|Temos o prazer de a convidar para uma entrevista {when}. Da parte da {company}: {iv}.",
                  "f|Gostaríamos de dar continuidade ao processo e propomos um encontro {when}, com {iv}.",
                  "f|No âmbito da sua candidatura a {role}, confirmo a entrevista {when}, com uma duração aproximada de {dur}.",
                  "f|Reservei um horário {when}. Estará também presente {iv1}, da equipa.",
                  "f|Conforme falámos por telefone, confirmo a entrevista {when} com {iv}.",
                  "i|Adorávamos conhecer-te! Dá-te jeito {when}? Vais falar com {iv}.",
                  "i|Boa, já ficou marcado {when}. Junta-se também {iv1}.",
                  "i|Falamos {when}? Vais conhecer {iv}.", "i|Confirmo a nossa conversa {when}. Conta com cerca de {dur}."],
    "inv.screen": ["f|Gostaria de conhecer melhor o seu percurso numa breve chamada. Estaria disponível {when}? Serão cerca de {dur}.",
                   "f|Como primeiro passo, proponho uma conversa telefónica {when}.", "f|Ligo-lhe {when} para lhe apresentar a função de {role}.",
                   "i|Que tal uma primeira chamada comigo? Estou livre {when}, cerca de {dur}.", "i|Ligo-te {when} e conto-te mais sobre a equipa, pode ser?",
                   "i|Fazemos uma videochamada rápida {when}? Coisa simples, sem formalidades."],
    "inv.slots": ["f|Gostaríamos de a convidar para uma entrevista com {iv}. Estas são as opções disponíveis:", "f|Teremos todo o gosto em conhecê-la. Por favor, escolha um dos seguintes horários:",
                  "f|Para uma primeira conversa, propomos estes horários:", "i|Queremos conhecer-te! Algum destes horários te dá jeito?", "i|Eu e {iv1} temos disponibilidade nestes horários:"],
    "inv.slots2": ["f|Indique-me, por favor, a opção mais conveniente. Se nenhuma for possível, encontraremos uma alternativa.", "f|Fico a aguardar a sua confirmação.",
                   "i|Diz-me qual te dá mais jeito.", "i|Se nenhum der, propõe outras horas."],
    "inv.link": ["f|Gostaríamos de a convidar para uma entrevista com {iv}. Por favor, reserve diretamente um horário neste link: {link}",
                 "f|Pode escolher o horário da entrevista na nossa ferramenta de agendamento ({tool}): {link}", "f|Para a próxima fase, reserve um horário de {dur} aqui: {link}",
                 "i|Marca o horário que te der mais jeito na minha agenda: {link}", "i|Aqui tens o link para marcares uma conversa com {iv1}: {link}"],
    "inv.avail": ["f|Gostaríamos de a convidar para uma entrevista com {iv}. Poderia indicar-me a sua disponibilidade para as próximas duas semanas?",
                  "f|Para organizar a entrevista com {iv1}, poderia indicar-me dois ou três horários convenientes?",
                  "f|Para uma entrevista de cerca de {dur}, qual seria a sua disponibilidade na próxima semana?",
                  "i|Quando terias um tempinho na próxima semana para falar com {iv}? Manda-me algumas opções.",
                  "i|Diz-me a tua disponibilidade dos próximos dias e eu combino com a equipa."],
    "inv.cal": ["f|Segue em anexo o convite para a nossa entrevista. Cumprimentos.", "f|Conforme combinado, envio o convite.", "f|Este é o convite oficial para a sua entrevista {when}.",
                "i|Aqui vai o convite, até já!", "i|Está marcado, segue o convite para a tua agenda."],
    "cal.sum": ["Entrevista {company} – Inês Hofmann", "Entrevista: {role}", "{company} <> Inês Hofmann", "Reunião Inês Hofmann / {company}", "Conversa {role} | {company}"],
    "inv.remind.s": ["Lembrete: a sua reunião com a {company}", "Amanhã: a sua entrevista na {company}", "Lembrete do seu agendamento", "Em breve: a sua conversa com a {company}"],
    "inv.remind": ["Lembramos a sua reunião com a {company} {when}.", "A sua reunião com {iv} está a chegar: {when}.", "Lembrete: a sua entrevista por vídeo ({role}) é {when}.",
                   "O seu agendamento com a {company} está próximo."],
    "inv.resched": ["f|Lamento ter de alterar a nossa reunião {old_when}, uma vez que {iv1} teve um imprevisto. Seria possível {when}?",
                    "f|Por motivos de agenda, temos de alterar a entrevista. Nova data: {when} (em vez de {old_when}).",
                    "f|Uma pequena alteração: a entrevista passa para {when}. Espero que continue a ser conveniente.",
                    "i|Desculpa a mudança: podemos passar de {old_when} para {when}? {iv1} teve um imprevisto.", "i|Temos de reorganizar: nova hora {when}. Dá-te jeito?"],
    "inv.onsite": ["f|Temos o prazer de a convidar para a fase final nas nossas instalações. O dia começa {when}; eis o programa:",
                   "f|Conforme falámos, convidamo-la a passar uma manhã connosco em {city}. Início: {when}. Programa:",
                   "i|Convidamos-te a vir ao escritório para a última fase: começamos {when}. O plano é este:", "i|Para o último passo queremos conhecer-te pessoalmente, {when}. A agenda:"],
    "inv.confirm.s": ["Confirmado: {event}", "Novo evento: {event} com {host}", "O seu agendamento com a {company} está confirmado"],
    "inv.confirm": ["A sua reunião foi agendada. Em anexo segue o convite de calendário.", "Tem uma reunião marcada com {host} ({company}).", "Obrigado pelo agendamento, eis os detalhes:"],
    "inv.prep": ["f|Reserve cerca de {dur}, por favor.", "f|Traga o Cartão de Cidadão e apresente-se na receção alguns minutos antes.",
                 "f|Não é necessária preparação específica; uma breve apresentação do seu percurso (cinco minutos) será bem-vinda.",
                 "i|Traz as perguntas que quiseres.", "i|Dress code: à vontade, como te sentires bem.", "i|Conta com cerca de {dur}."],
    "inv.ask": ["f|Agradeço que me confirme a sua presença.", "f|Pode confirmar-me se este horário lhe convém?", "f|Se não for possível, não hesite em propor outra opção.",
                "i|Confirmas?", "i|Se não der, diz-me."],
    "mode.video": ["f|A entrevista será realizada via {tool}: {link}", "Link de acesso ({tool}): {link}", "i|Encontramo-nos no {tool}: {link}", "Link: {link}"],
    "mode.site": ["f|Morada: {place}. Por favor, apresente-se {reception}.", "f|O nosso escritório fica na {place}.", "i|Estamos na {place}; pergunta por mim {reception}."],
    "mode.phone": ["f|Ligaremos para o número {phone}.", "f|Ligo-lhe para o {phone}; este continua a ser o seu número?", "i|Ligo-te para o {phone}.", "i|Se houver algum imprevisto, o meu número é {rphone}."],
    "as.s": ["O seu teste para a {company}", "Convite para um teste online – {role}", "A {company} convida-a para uma avaliação", "Próximo passo: teste online ({role})"],
    "as.vendor": ["f|A {company} convida-a a realizar uma avaliação online na plataforma {vendor}, no âmbito da candidatura a {role}. O teste dura cerca de {mins} minutos e deve ser concluído até {deadline}.",
                  "f|Como próximo passo, pedimos que conclua o teste «{test}» até {deadline}.",
                  "f|Foi convidada para uma avaliação para a função de {role} na {company}. O link é válido até {deadline}.",
                  "i|A {company} quer conhecer-te melhor e enviou-te um teste curto ({test}, cerca de {mins} minutos). Tens até {deadline}."],
    "as.tips": ["Dica: utilize um computador e uma ligação estável.", "O teste não pode ser interrompido: reserve {mins} minutos seguidos.", "Em caso de problemas técnicos, contacte o suporte {vendor}."],
    "as.remind.s": ["Lembrete: o seu teste para a {company} expira em breve", "Pendente: {test}", "Falta pouco tempo para a sua avaliação"],
    "as.remind": ["O seu teste para a {company} ainda não foi concluído. O link expira a {deadline}.", "Ainda não iniciou o teste «{test}» da {company}. Conclua-o até {deadline}."],
    "as.case.s": ["f|Caso prático para a próxima fase", "f|Desafio técnico – {role}", "i|Um pequeno desafio para ti"],
    "as.case": ["f|Como próximo passo, pedimos que prepare {case}. Segue em anexo o enunciado; envie-nos a sua proposta até {deadline}.",
                "f|Em anexo encontra um caso prático: {case}. Conte com cerca de {hours} horas de trabalho. Entrega até {deadline}.",
                "i|Antes de nos voltarmos a ver, temos um pequeno desafio para ti: {case}. Está tudo no PDF; envia até {deadline}.",
                "i|Como combinado, aqui vai o caso ({case}). Não lhe dediques mais de {hours} horas."],
    "as.case2": ["f|Apresentará a sua proposta na próxima entrevista (cerca de 20 minutos).", "f|Fico ao dispor para qualquer dúvida sobre o enunciado.",
                 "i|Qualquer dúvida, escreve-me!", "i|Vais apresentá-lo na próxima reunião."],
    "as.video.s": ["A sua entrevista em vídeo diferida – {company}", "Entrevista em vídeo gravada – {role}"],
    "as.video": ["f|Como próximo passo, convidamo-la para uma entrevista em vídeo diferida na HireVue: responderá a {n} perguntas gravadas quando lhe for conveniente, até {deadline}.",
                 "f|Para a função de {role} utilizamos uma entrevista em vídeo gravada ({n} perguntas, três minutos por resposta). Conclua-a até {deadline}.",
                 "i|Próximo passo: uma pequena entrevista em vídeo gravada ({n} perguntas). Só precisas de câmara e microfone, até {deadline}."],
    "rep.s": ["f|A sua candidatura para {role}", "f|Ponto de situação – {role}", "f|Questão sobre a sua candidatura", "f|A sua candidatura na {company}", "i|Novidades da tua candidatura", "i|Uma pergunta rápida"],
    "rep.review": ["f|Escrevo para informar que a sua candidatura continua em análise. Daremos uma resposta {promise}.",
                   "f|Ainda não terminámos a análise das candidaturas. Terá notícias nossas {promise}.",
                   "f|A responsável da área ainda está a analisar os perfis; espero dar-lhe uma resposta {promise}.",
                   "f|A sua candidatura continua em curso. Devido às férias, a resposta está a demorar; contactá-la-emos {vague}.",
                   "i|Só um sinal de vida: continuamos a tratar disto e dizemos-te algo {promise}.", "i|Continuas no processo! Precisamos de mais algum tempo: vais ter notícias {promise}."],
    "rep.docs": ["f|Para dar seguimento à sua candidatura, precisamos de {docs}. Poderia enviar-nos?", "f|Antes de a convidar para entrevista, peço-lhe que me envie {docs}.",
                 "f|Falta-nos {docs} para completar o seu processo. Pode responder diretamente a este email.", "i|Podes mandar-me {docs}? Assim passo tudo à equipa."],
    "rep.hold": ["f|Obrigado pelo seu contacto. O processo para a função de {role} está de momento em pausa devido a uma reorganização interna. Informá-la-emos assim que for retomado.",
                 "f|A vaga encontra-se congelada, a aguardar aprovação do orçamento. A sua candidatura continua ativa.",
                 "f|Tivemos de suspender temporariamente o processo. Prevejo que seja retomado {vague}.",
                 "i|Obrigado por escreveres! A vaga está parada por mudanças na equipa. Aviso-te assim que houver novidades."],
    "rep.timeline": ["f|Obrigado mais uma vez pela entrevista. Esta semana ainda vamos falar com outros candidatos e daremos uma resposta {promise}.",
                     "f|A equipa está a avaliar os próximos passos. Terá notícias minhas {promise}.",
                     "f|Um ponto de situação: as últimas entrevistas são na próxima semana e a decisão será tomada {vague}.",
                     "f|Ainda estamos a alinhar com {iv1} e responderemos {promise}.",
                     "i|Obrigado pelo teu tempo! Esta semana falamos com mais duas pessoas e dizemos-te algo {promise}.",
                     "i|{iv1_first} gostou imenso da conversa. Dá-nos mais algum tempo: terás notícias {promise}."],
    "rep.answer": ["f|Obrigado pela sua mensagem. Ainda não há uma decisão, uma vez que {iv1} está de férias esta semana. Darei notícias {promise}.",
                   "f|Obrigado pela sua paciência. Ainda não fechámos, mas contamos dar-lhe uma resposta {promise}.",
                   "f|Aguardamos ainda a aprovação da administração. Logo que saiba algo, escrevo-lhe.",
                   "i|Obrigado por escreveres! Ainda não fechámos, mas digo-te algo {promise}.", "i|Desculpa a demora, ainda não há decisão. Vou-te dando notícias."],
    "rep.q": ["f|Antes de organizarmos o próximo passo: qual é a sua expectativa salarial e qual o seu período de aviso prévio?",
              "f|Poderia indicar-me a sua disponibilidade para início e se pondera mudar-se para {city}?",
              "f|Uma pergunta rápida: necessita de autorização de trabalho ou tem nacionalidade da UE?",
              "i|Uma pergunta antes de mais: qual é a tua expectativa salarial e quando poderias começar?", "i|Mudarias para {city} ou procuras algo 100% remoto?"],
    "rep.cv": ["f|Obrigado pela rápida resposta! Para apresentar o seu perfil à responsável, poderia enviar-me o seu CV atualizado?",
               "f|Fico contente com o seu interesse. Vou partilhar o seu perfil com {iv1} e dou-lhe notícias {promise}.",
               "i|Boa, fico contente! Manda-me o teu CV atualizado e apresento-te à equipa.", "i|Perfeito! Passo o teu perfil a {iv1_first} e digo-te algo {vague}."],
    "rep.post": ["f|Seja bem-vinda! Para preparar o seu contrato, precisamos de {docs}, bem como do NISS e do IBAN.",
                 "f|Obrigado por aceitar a nossa proposta. Como próximo passo, pedimos uma cópia do Cartão de Cidadão e {docs}.",
                 "f|Que bom receber a sua resposta! Segue em anexo a documentação de integração para nos devolver preenchida.",
                 "i|Que bom teres aceitado! Para o contrato, falta-me {docs} e o teu IBAN."],
    "rep.ivcancel": ["f|Lamento, mas temos de cancelar a reunião {old_when} devido a uma alteração da nossa parte. Proponho novas datas {promise}.",
                     "f|Pedimos desculpa: a entrevista {old_when} não se poderá realizar. Enviarei novas opções {vague}.",
                     "i|Desculpa, temos de cancelar a reunião {old_when}; mando-te novas opções {promise}."],
    "rep.status.s": ["O estado da sua candidatura foi atualizado", "Atualização: a sua candidatura para {role}", "Novidades na sua candidatura na {company}"],
    "rep.status": ["f|O estado da sua candidatura foi atualizado: o seu perfil está a ser analisado pela equipa.",
                   "f|A sua candidatura passou para a fase seguinte. Informaremos logo que haja novidades.", "i|A tua candidatura avançou: a equipa está a analisar o teu perfil."],
    "out.s": ["f|O seu perfil – {role} na {company}", "f|Oportunidade: {role} em {city}", "f|Uma função que pode interessar-lhe", "f|A {company} está a recrutar",
              "i|Vens para a {company}?", "i|Uma pergunta sobre o teu perfil"],
    "out.s.agency": ["{role} – {company}, {city}", "Oportunidade na {company}", "Função de {role} para o nosso cliente {company}"],
    "out.s.conf": ["Confidencial: {role} ({city})", "Abordagem discreta – {role}", "Um novo desafio como {role}?"],
    "out.direct": ["f|Ao procurar talento para a nossa equipa, encontrei o seu perfil: {field_desc} encaixa muito bem na nossa vaga de {role}.",
                   "f|Chamo-me {rname} e sou {rtitle} na {company}. Procuramos um perfil de {role} e a sua experiência em {skill} chamou-me a atenção.",
                   "f|Contacto-a porque temos uma vaga de {role} em {city} e creio que o seu percurso encaixa na perfeição.",
                   "i|Sou {rfirst}, da equipa de talento da {company}. O teu perfil chamou-me a atenção, sobretudo a tua experiência em {skill}. Procuramos {role}; gostavas de saber mais?",
                   "i|Espero que não te importes que te escreva assim: estamos a reforçar a equipa da {company} com uma função de {role} e acho que encaixavas muito bem."],
    "out.hm": ["f|Lidero a equipa da {company} onde procuramos um perfil de {role}. A sua experiência, sobretudo em {skill}, despertou o meu interesse.",
               "i|Sou {rfirst}, {rtitle} na {company}. Procuro alguém para a função de {role} na minha equipa e o teu perfil encantou-me."],
    "out.agency": ["f|Sou {rtitle} na {agency} e estou a apoiar o nosso cliente {company} na procura de um perfil de {role} em {city}. A sua experiência em {skill} encaixa muito bem.",
                   "f|Em nome da {legal}, procuro um perfil de {role}. O seu percurso convenceu-me e gostaria de lhe apresentar a posição.",
                   "i|Trabalho na {agency} e estou à procura de {role} para a {company} em {city}. Interessa-te?"],
    "out.conf": ["f|Sou {rtitle} na {agency}. Para {client_desc}, procuro em exclusivo um perfil de {role} com experiência em {skill}. Posso revelar o nome da empresa numa chamada.",
                 "f|O meu cliente, {client_desc}, pretende preencher uma função de {role} de forma confidencial. O seu perfil encaixa na perfeição.",
                 "i|Procuro para um cliente ({client_desc}) um perfil de {role}. Por email não posso dizer mais; fazemos uma chamada rápida?"],
    "out.cta": ["f|Teria alguns minutos nos próximos dias para uma breve chamada?", "f|Agradeço uma resposta, ainda que breve.", "f|Se preferir, envio antes a descrição da função.",
                "i|Diz-me se te apetece uma chamada rápida.", "i|Conto-te mais se quiseres; responde a este email."],
    "out.nudge": ["f|Volto a escrever-lhe porque não recebi resposta. A posição de {role} na {company} continua em aberto.",
                  "f|Permita-me recordar a minha mensagem anterior. Teria todo o gosto em apresentar-lhe a função.", "i|Volto a escrever caso a minha mensagem se tenha perdido: a vaga continua aberta!",
                  "i|Um pequeno lembrete: queres falar sobre a função de {role}?"],
    "out.nudge.conf": ["f|Escrevo novamente: a posição confidencial de {role} continua aberta e o meu cliente gostaria de a conhecer.",
                       "i|Só um lembrete da minha mensagem da semana passada: a função de {role} continua disponível."],
    "out.inmail.s": ["{rname} enviou-lhe uma mensagem", "Nova mensagem de {rname} ({company})", "InMail: {role} na {company}"],
    "out.inmail": ["Tem uma nova mensagem de {rname}, {rtitle} na {company}:", "{rname} quer entrar em contacto consigo:"],
    "off.s": ["f|A sua proposta – {role}", "f|Proposta da {company}", "f|A nossa proposta", "i|Queremos-te na equipa!", "i|A tua proposta da {company}"],
    "off.letter": ["f|Temos o prazer de lhe propor a função de {role} na {company}. Segue em anexo a carta proposta.",
                   "f|Depois de conversas muito positivas, tenho o prazer de lhe apresentar uma proposta formal para a função de {role}. Os detalhes constam do documento em anexo.",
                   "f|É com enorme satisfação que a convidamos a integrar a nossa equipa como {role}. Segue o contrato para análise.",
                   "i|Boas notícias! Queremos que te juntes à {company} como {role}. A proposta segue em anexo.",
                   "i|A equipa não tem dúvidas: oferecemos-te a função de {role}. Está tudo na proposta em anexo."],
    "off.deadline": ["f|Agradecíamos uma resposta até {deadline}. Fico ao dispor para qualquer esclarecimento.", "f|Pedimos que nos devolva o documento assinado até {deadline}.",
                     "i|Diz-nos algo até {deadline}, e liga-me se tiveres alguma dúvida!"],
    "off.call.s": ["f|Boas notícias – podemos falar?", "f|A sua proposta: chamada", "f|Proposta para a função de {role}", "i|Boas notícias 🙂", "i|Tens 15 minutos?"],
    "off.call": ["f|Tenho ótimas notícias: queremos fazer-lhe uma proposta para a função de {role}. Teria um momento {when} para uma chamada em que lhe apresento as condições?",
                 "f|A equipa escolheu-a e gostaria de lhe apresentar a nossa proposta pessoalmente. Pode ser uma chamada {when}?",
                 "i|Tenho uma proposta para te fazer! Falamos {when} e vemos os detalhes juntas?", "i|Queremos oferecer-te a função 🎉 Estás livre {when}? Conto-te tudo sobre salário e data de início."],
    "off.esign.s": ["{sender} enviou-lhe um documento para assinar: {doc}", "Documento pendente de assinatura: {doc}", "Assinatura necessária: {doc}"],
    "off.esign": ["{sender} ({company}) enviou-lhe um documento para rever e assinar eletronicamente através do {vendor}.", "Tem o seguinte documento pendente de assinatura: {doc}."],
    "off.esign.msg": ["f|Mensagem de {sender}: Cara Inês, segue o seu contrato como {role}. Estamos ansiosos por trabalhar consigo!",
                      "f|Mensagem: conforme falámos, a nossa proposta para a função de {role}; por favor reveja e assine.", "i|Mensagem de {sender}: Olá Inês! Aqui está a tua proposta. Bem-vinda à equipa!"],
    "off.revised": ["f|Obrigado pela sua franqueza. Falámos internamente e podemos apresentar uma proposta revista: {salary}. As restantes condições mantêm-se.",
                    "f|Aproximamo-nos da sua proposta e aumentamos o salário para {salary}. Segue a proposta revista em anexo.", "i|Boas notícias! Conseguimos chegar aos {salary}. Segue a proposta atualizada."],
    "ty.s": ["f|Obrigada pela entrevista", "f|Agradecimento – entrevista {role}", "f|Na sequência da nossa conversa – {role}", "i|Obrigada por hoje!", "i|Obrigada pela conversa"],
    "ty.c": ["f|Queria agradecer o tempo que me dedicou hoje. A conversa deixou-me uma ótima impressão da {company} e da função de {role}.",
             "f|Muito obrigada pela entrevista e pela apresentação da equipa.", "f|Agradeço mais uma vez o nosso encontro, que reforçou a minha vontade de integrar a {company}.",
             "i|Obrigada mais uma vez pela conversa de hoje, adorei!", "i|Obrigada pelo teu tempo e pela transparência. Fiquei com ainda mais vontade de me juntar à {company}."],
    "ty.detail": ["f|Achei particularmente interessante a nossa conversa sobre {topic}.", "f|O que me contou sobre {topic} mostrou-me como poderia contribuir com a minha experiência.",
                  "i|Adorei o que me contaste sobre {topic}.", "i|Continuo a pensar em {topic}; já tenho algumas ideias!"],
    "ty.close": ["f|Fico a aguardar notícias.", "f|Não hesite em contactar-me se precisar de mais informações.", "i|Fico à espera de notícias!", "i|Se tiverem mais perguntas, estou por aqui."],
    "fu.s": ["f|Ponto de situação da minha candidatura – {role}", "f|Pedido de informação: {role}", "f|Estado da minha candidatura", "i|Pequeno follow-up", "i|Alguma novidade?"],
    "fu.c": ["f|Espero que esteja bem. Na sequência da nossa entrevista de {when_done}, gostaria de saber se há novidades sobre a função de {role}.",
             "f|Escrevo para saber em que ponto está o processo. Continuo muito interessada na função.",
             "f|Como já passou cerca de uma semana desde a entrevista com {iv1}, gostaria de saber como está o processo.",
             "i|Queria só saber se há novidades. Continuo com imensa vontade da função!", "i|Uma pergunta rápida: como está do vosso lado? Já há decisão?"],
    "fu.apply": ["f|No dia {when_done} candidatei-me à função de {role} e gostaria de saber se a minha candidatura está completa e quais os próximos passos.",
                 "f|Candidatei-me há algumas semanas à oferta de {role} e agradecia informação sobre o estado da minha candidatura.",
                 "i|Candidatei-me à oferta de {role} há umas semanas e queria saber se já conseguiram ver a minha candidatura."],
    "fu.promise": ["f|Tinha-me indicado que teria notícias por esta altura. Há alguma novidade sobre a função de {role}?",
                   "f|Gostaria de perguntar, com todo o respeito, se já foi tomada uma decisão.", "i|Disseste-me que terias notícias por esta altura; há novidades?"],
    "fu.close": ["f|Agradeço desde já a sua resposta.", "f|Fico ao dispor para qualquer informação adicional.", "i|Mil obrigadas!", "i|Fico a aguardar notícias tuas."],
    "o.acceptslot": ["f|Obrigada pelo convite! Confirmo a seguinte opção: {slot}. Cumprimentos.", "f|Confirmo com todo o gosto a minha disponibilidade: {slot}.", "i|Obrigada! {slot} dá-me imenso jeito, até lá!"],
    "o.interested": ["f|Obrigada pela sua mensagem. A função interessa-me bastante e terei todo o gosto em conversar. Quando lhe daria jeito?",
                     "f|Obrigada pelo contacto! Gostaria de saber mais sobre a função de {role}.", "i|Obrigada pela mensagem, parece ótimo! Alinho numa chamada."],
    "o.withdraw": ["f|Venho informar que retiro a minha candidatura à função de {role}, uma vez que aceitei outra proposta. Muito obrigada pelo seu tempo e interesse.",
                   "f|Após ponderação, decidi retirar a minha candidatura. Obrigada pelas conversas tão agradáveis.", "i|Escrevo para te dizer que retiro a candidatura: aceitei outra proposta. Obrigada por tudo!"],
    "o.withdraw.s": ["Desistência da candidatura – {role}", "A minha candidatura a {role}"],
    "o.negotiate": ["f|Muito obrigada pela proposta, que me deixou muito satisfeita. Antes de responder, gostaria de falar sobre o salário: pela minha experiência, pensava em cerca de {salary}. Haverá margem?",
                    "i|Obrigada pela proposta, fiquei mesmo contente! Quanto ao salário, pensava mais em {salary}. Há alguma margem?"],
    "o.acceptoffer": ["f|Muito obrigada pela proposta, que aceito com todo o gosto. Estou ansiosa por começar na {company}!",
                      "f|Confirmo a aceitação da função de {role}. Devolverei o contrato assinado nos próximos dias.", "i|É um sim! 🎉 Obrigada, estou mesmo ansiosa por começar."],
    "o.generic.s": ["Re: {role}", "{role} – {company}", "Inês Hofmann – {role}"],
    "o.ooo": ["Obrigado pela sua mensagem. Estou ausente do escritório até {back}, com acesso limitado ao email. Para assuntos urgentes, contacte {colleague} ({colleague_mail}).",
              "Neste momento não estou disponível; regresso a {back}. O seu email não será reencaminhado.",
              "Olá! Estou de férias até {back}. Para processos de recrutamento em curso, {colleague} ({colleague_mail}) poderá ajudar."],
    "o.viewed.s": ["A sua candidatura foi vista", "{company} viu a sua candidatura", "Novidades: o seu CV foi consultado"],
    "o.viewed.c": ["{company} consultou a sua candidatura para {role}. É uma boa altura para atualizar o seu perfil.",
                   "A empresa abriu a sua candidatura a {role}. Avisaremos se houver novidades."],
}

B.update({
    "x.alert.s": ["{n} novas ofertas para «{query}»", "Alerta de emprego: {query} em {city}", "Novas ofertas à sua medida", "O seu alerta diário: {n} ofertas"],
    "x.alert.c": ["Estas são as ofertas mais recentes para a sua pesquisa «{query}»:", "Encontrámos hoje novas ofertas para «{query}»:", "Estas empresas estão a recrutar – candidate-se num clique:"],
    "x.alert.x": ["Dica: com o perfil completo, candidata-se num clique.", "Candidate-se cedo: as primeiras candidaturas são muitas vezes lidas primeiro.", "Pode editar ou pausar este alerta nas definições."],
    "x.news.s": ["Como brilhar na próxima entrevista", "Negociar o salário: 7 dicas antes de aceitar uma proposta", "A sua newsletter de carreira"],
    "x.news.c": ["A sua newsletter de carreira {board}. Nesta edição:", "Novidades no blogue {board} – a nossa seleção para a sua procura de emprego:"],
    "x.news.items": ["As 10 perguntas mais comuns numa entrevista", "Como negociar uma proposta de emprego", "A carta de apresentação ainda faz sentido?",
                     "Trabalhar remotamente a partir do estrangeiro", "Entrevista por vídeo: verificação técnica em cinco minutos", "Recebeu uma resposta negativa? Como manter a motivação"],
    "x.news.from": ["Carreiras"],
    "x.account.s": ["Confirme o seu endereço de email", "A sua conta de candidato foi criada", "Redefinir palavra-passe", "O seu código de verificação: {code}"],
    "x.account.c": ["Confirme o seu email para ativar a sua conta de candidato na {company}.", "Pediu para redefinir a palavra-passe. O seu código é {code} (válido 15 minutos).",
                    "Bem-vinda ao portal de carreiras da {company}! Com a sua conta pode guardar candidaturas."],
    "x.views.s": ["O seu perfil foi visto {n} vezes", "Apareceu em {n} pesquisas esta semana", "Quem viu o seu perfil?"],
    "x.views.c": ["Recrutadores viram o seu perfil {n} vezes nos últimos 7 dias. Com o Premium sabe quem foi.", "Apareceu em {n} pesquisas: há empresas à procura de perfis como o seu."],
    "x.scam.s": ["Oferta de emprego: teletrabalho, {amount} € por dia", "A sua candidatura foi aprovada – comece hoje", "Entrevista por WhatsApp"],
    "x.scam.c": ["Olá, vimos o seu CV num portal de emprego. Oferecemos uma função de testadora de produtos em casa, {amount} € por dia, sem experiência.",
                 "Parabéns! Foi selecionada para uma função remota. Para a formação é necessário pagar uma taxa única de 49 €.",
                 "A nossa equipa de RH quer fazer uma breve entrevista por WhatsApp. Escreva para {phone}."],
    "x.scam.x": ["Responda depressa, as vagas são limitadas!", "Envie-nos uma cópia do Cartão de Cidadão e o IBAN.", "Esta oferta só é válida durante 24 horas."],
    "x.flat.s": ["A sua candidatura ao apartamento na {street}", "Convite para visita ao apartamento", "A sua candidatura de arrendamento"],
    "x.flat.c": ["Obrigado pelo interesse no T{n} na {street}. Propomos uma visita {when}. Traga os três últimos recibos de vencimento e a declaração de IRS.",
                 "Lamentamos informar que o apartamento na {street} já foi arrendado.", "Recebemos a sua candidatura de arrendamento. A imobiliária contactá-la-á após decisão do senhorio."],
    "x.card.s": ["O seu pedido de cartão de crédito", "O seu pedido foi aprovado", "Estamos a analisar o seu pedido ({ref})"],
    "x.card.c": ["Obrigado pelo seu pedido de cartão {bank}. Estamos a analisar os seus dados e daremos resposta em poucos dias.", "Boas notícias: o seu cartão foi aprovado e seguirá por correio."],
    "x.visa.s": ["Confirmação de agendamento – Cartão de Cidadão", "O seu agendamento no Espaço Cidadão", "Marcação confirmada – renovação de documento"],
    "x.visa.c": ["O seu agendamento está confirmado {when}. Referência: {ref}. Compareça com o documento atual e comprovativo de morada.",
                 "Confirmamos a sua marcação {when} (referência {ref}). Em caso de impossibilidade, cancele no portal."],
    "x.school.s": ["A sua candidatura ao mestrado", "Convocatória para entrevista de admissão", "Resultado da candidatura – Executive Master"],
    "x.school.c": ["Obrigado pela sua candidatura ao Mestrado em Gestão Logística. Convocamo-la para uma entrevista de seleção {when}.",
                   "A sua candidatura à pós-graduação está completa. O júri decidirá após o fim do prazo de candidaturas."],
    "x.promo.s": ["Só hoje: {pct}% em tudo – a nossa oferta para si", "A sua oferta exclusiva está à espera", "Última oportunidade: a promoção termina hoje"],
    "x.promo.c": ["Aproveite {pct}% de desconto na {shop}. Oferta válida até domingo.", "Como cliente fiel, tem uma oferta especial: {pct}% na próxima encomenda."],
    "x.social.s": ["{name} quer ligar-se consigo", "{name} comentou a sua publicação", "Novo convite"],
    "x.social.c": ["{name} ({title}) quer juntar-se à sua rede.", "{name} reagiu à sua publicação: «Parabéns pelo novo capítulo!»"],
    "x.receipt.s": ["Confirmação da sua reserva", "A sua fatura {shop}", "Confirmação de pagamento"],
    "x.receipt.c": ["Obrigado por reservar com a {shop}. Valor: {amount} €. A fatura está na sua área de cliente.", "Recebemos o seu pagamento de {amount} €. Encomenda n.º {ref}."],
    "x.personal.s": ["Então, como correu?", "Vi esta oferta e lembrei-me de ti", "Boa sorte, filha!"],
    "x.personal.c": ["Olá Inês! Como correu a entrevista de ontem? Conta tudo! E se houver proposta, negocia um bocadinho 😉",
                     "Inês, vi esta oferta e lembrei-me logo de ti. Vê lá, candidata-te!", "Querida Inês, muita sorte para amanhã! Depois dá notícias. Beijinhos da mãe"],
    "x.event.s": ["Convite: Feira de Emprego em Logística", "Webinar: como negociar a próxima proposta", "A sua inscrição na Noite das Carreiras"],
    "x.event.c": ["Está inscrita no nosso evento {when}. Conheça mais de 40 empresas e reveja o seu CV com especialistas.",
                  "No webinar {when} vamos mostrar como se destacar nas entrevistas e negociar propostas. Segue o convite de calendário."],
    "x.press.s": ["Pedido de entrevista para o nosso podcast", "Entrevista para a revista de antigos alunos", "Uma entrevista sobre o teu percurso?"],
    "x.press.c": ["Apresento o podcast «Mulheres na Logística» e adorava entrevistar-te. Pode ser {when}? São cerca de 30 minutos.",
                  "Para a próxima edição da revista de antigos alunos gostávamos de te entrevistar sobre o teu percurso internacional, {when} por Zoom."],
    "x.pes.s": ["Convocatória – entrevista no Centro de Emprego", "A sua marcação no IEFP", "Lembrete de convocatória"],
    "x.pes.c": ["Fica convocada para uma entrevista de acompanhamento {when}. N.º de utente: {ref}. Traga o CV atualizado.",
                "Lembramos a sua convocatória {when}. A falta não justificada pode ter consequências na sua inscrição."],
    "x.survey.s": ["Como foi o seu processo de recrutamento na {company}?", "A sua opinião conta: inquérito rápido", "A sua experiência como candidata"],
    "x.survey.c": ["Participou recentemente num processo da {company}. Como avalia a experiência? O inquérito demora dois minutos.",
                   "Ajude-nos a melhorar: avalie o processo de recrutamento da {company}. As respostas são anónimas."],
    "x.outpersonal.s": ["Entrevista hoje!", "Novidades 🙂", "Ponto de situação"],
    "x.outpersonal.c": ["Olá {name}! Acho que a entrevista correu mesmo bem. Disseram que davam notícias na próxima semana. Figas!",
                        "{name}, recebi uma proposta! Ainda estou a pensar no salário. Falamos no fim de semana?"],
    "x.outflat.s": ["Sobre a minha candidatura ao apartamento", "Apartamento na {street} – documentos"],
    "x.outflat.c": ["Boa tarde, candidatei-me na semana passada ao apartamento na {street} e gostaria de saber se ainda está disponível. Posso enviar mais documentos.",
                    "Boa tarde, conforme combinado, envio os recibos de vencimento para o apartamento na {street}. Fico a aguardar resposta."],
    "x.tc.s": ["Novas ofertas na {company}", "A sua newsletter de talento da {company}", "Funções que lhe podem interessar"],
    "x.tc.c": ["Como membro da nossa comunidade de talento, estas são as ofertas mais recentes na {company}:", "Estamos a crescer! Estas funções acabaram de abrir na {company}:"],
    "x.bounce.s": ["Não entregue: Ponto de situação da minha candidatura", "Falha na entrega da mensagem", "Não entregue: candidatura"],
    "x.bounce.c": ["Não foi possível entregar a sua mensagem ao seguinte destinatário: {addr}. O endereço de email não existe.",
                   "Esta mensagem foi gerada automaticamente. Não foi possível entregar a sua mensagem a: {addr}"],
})
OSEND = {
    "scam": [("Departamento de RH", "rh.vagas@mailbox-fast.example"), ("Emprego Já", "geral@quickhire.test")],
    "flat": [("Imobiliária Tejo", "arrendamento@imob-tejo.example"), ("CasaPronta Arrendamento", "noreply@casapronta.example")],
    "card": [("Banco Atlântico", "cartoes@banco-atlantico.example"), ("Caixa do Norte", "apoio@caixadonorte.example")],
    "visa": [("Agendamentos – Espaço Cidadão", "nao-responder@agendamentos.example"), ("Loja do Cidadão", "marcacoes@lojacidadao.example")],
    "school": [("Universidade do Atlântico – Serviços Académicos", "candidaturas@ua-atlantico.example"), ("Escola de Gestão do Porto", "mestrados@egp.example")],
    "promo": [("Voa Portugal", "promocoes@voaportugal.example"), ("Livraria Lusa", "novidades@livraria-lusa.example")],
    "receipt": [("Comboios Expresso", "bilhetes@comboios-expresso.example"), ("LinkedIn Premium", "billing@linkedin-mail.example")],
    "personal": [("Helena Duarte", "helena.duarte@correio.example"), ("Marta Ribeiro", "marta.ribeiro@correio.example")],
    "event": [("Feira de Emprego Lisboa", "info@feiraemprego.example"), ("Mulheres na Logística", "webinars@mulheresnalogistica.example")],
    "press": [("Rita Sampaio", "rita@mulheresnalogistica-podcast.example"), ("Revista Alumni", "redacao@alumni-rev.example")],
    "pes": [("IEFP – Serviço de Emprego", "nao-responder@iefp-servicos.example")],
}

CONTRACT = [("em", "o", "no"), ("em", "a", "na"), ("em", "os", "nos"), ("em", "as", "nas"), ("de", "o", "do"), ("de", "a", "da"),
            ("de", "os", "dos"), ("de", "as", "das"), ("a", "a", "à"), ("a", "o", "ao"), ("por", "o", "pelo"), ("por", "a", "pela")]
UI["open"] = "Ver detalhes"

UI["test"] = "Teste"
