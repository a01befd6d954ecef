"""Brazilian Portuguese."""
CODE = "pt_br"
NAME = "Portuguese (Brazil)"
HTML_LANG = "pt-BR"
CONTENT_LANGUAGE = "pt-BR"
PRIVACY_PATH = "privacidade"
INFORMAL_P = 0.5
DISPLAY_STYLES = ["plain"]

WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
WDS = ["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"]
WDA = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
MONA = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
NUM = {1: "uma", 2: "duas", 3: "três", 4: "quatro", 5: "cinco", 7: "sete", 10: "dez", 15: "quinze"}


def hm(d):
    return f"{d.hour}h{d.minute:02d}" if d.minute else f"{d.hour}h"


def zone_note(d):
    k = d.tzinfo.key
    if k == "America/Manaus":
        return " (horário de Manaus)"
    if k in ("America/Recife", "America/Fortaleza"):
        return " (horário de Brasília)"
    return " (horário de Brasília)"


def when(d, i):
    i %= 6
    if i == 0:
        return f"{WD[d.weekday()]}, {d.day:02d}/{d.month:02d}, às {hm(d)}{zone_note(d)}"
    if i == 1:
        return f"no dia {d.day} de {MON[d.month - 1]} às {hm(d)}"
    if i == 2:
        return f"na próxima {WDS[d.weekday()]} ({d.day:02d}/{d.month:02d}) às {d.hour:02d}:{d.minute:02d}"
    if i == 3:
        return f"dia {d.day:02d}/{d.month:02d}/{d.year}, às {d.hour:02d}:{d.minute:02d}{zone_note(d)}"
    if i == 4:
        return f"{WD[d.weekday()]} ({d.day}/{d.month}), {hm(d)}"
    return f"em {d.day} de {MON[d.month - 1]} de {d.year}, às {hm(d)}"


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
    return {60: "uma hora", 90: "uma hora e meia", 30: "meia hora"}.get(n, f"{n} minutos")


def join(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " e " + xs[-1]


def money(n, cur="BRL"):
    return "R$ " + f"{n:,}".replace(",", ".") + ",00 por mês (CLT)"


PROMISE_KINDS = [("fri", None), ("end_next_week", None), ("n_weeks", [1, 2, 2, 3]), ("n_workdays", [3, 5, 10]),
                 ("date", [5, 7, 9, 12]), ("n_days", [10, 15]), ("end_week", None), ("tomorrow", None), ("mon", None), ("end_month", None)]


def promise(kind, n, target, sent, rng):
    if kind == "fri":
        return rng.choice(["até sexta-feira", "até sexta", "no máximo até sexta-feira"])
    if kind == "mon":
        return rng.choice(["até segunda-feira", "na segunda, no máximo"])
    if kind == "end_week":
        return rng.choice(["até o fim desta semana", "ainda esta semana"])
    if kind == "end_next_week":
        return rng.choice(["até o fim da próxima semana", "até o final da semana que vem"])
    if kind == "n_weeks":
        return rng.choice([f"em até {NUM.get(n, n)} semana{'s' if n > 1 else ''}", f"nas próximas {NUM.get(n, n)} semanas" if n > 1 else "em até uma semana"])
    if kind == "n_workdays":
        return f"em até {NUM.get(n, n)} dias úteis"
    if kind == "n_days":
        return f"em até {NUM.get(n, n)} dias"
    if kind == "date":
        return rng.choice([f"até o dia {target.day} de {MON[target.month - 1]}", f"até {target.day:02d}/{target.month:02d}"])
    if kind == "tomorrow":
        return "amanhã"
    if kind == "end_month":
        return rng.choice(["até o fim do mês", f"até o final de {MON[target.month - 1]}"])
    raise ValueError(kind)


VAGUE = ["em breve", "o quanto antes", "nas próximas semanas", "assim que tivermos novidades", "logo mais", "assim que possível"]


def greet(p, reg, rng):
    if reg == "f":
        return rng.choice([f"Prezada {p.first}," if p.gender == "f" else f"Prezado {p.first},", f"Olá, {p.first}.", f"Bom dia, {p.first}!",
                           f"Prezada Sra. {p.last}," if p.gender == "f" else f"Prezado Sr. {p.last},"])
    return rng.choice([f"Oi, {p.first}!", f"Olá, {p.first}! Tudo bem?", f"Oi {p.first}, tudo bom?", f"E aí, {p.first}!"])


def greet_many(ps, reg, rng):
    return ("Prezados " if reg == "f" else "Oi, ") + join([p.first for p in ps]) + ("," if reg == "f" else "!")


def attrib_gmail(d, name, addr):
    return f"Em {WDA[d.weekday()]}, {d.day} de {MONA[d.month - 1]} de {d.year} às {d.hour:02d}:{d.minute:02d}, {name} <{addr}> escreveu:"


def attrib_iphone(d, name, addr):
    return f"Em {d.day} de {MONA[d.month - 1]} de {d.year}, à(s) {d.hour:02d}:{d.minute:02d}, {name} <{addr}> escreveu:"


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
RE = {"outlook": "RES:", "gmail": "Re:", "iphone": "Re:", "thunder": "Re:", "plain": "Re:"}
RE_ALL = ["Re:", "RES:", "RE:", "ENC:", "Fwd:", "AW:"]
AUTOREPLY_PREFIX = "Resposta automática:"
CANCELLED = "Cancelado"
CAL_PREFIX_GOOGLE = "Convite: "
MOBILE = ["Enviado do meu iPhone", "Enviado do meu celular", "Enviado do Outlook para iOS", "Enviado do meu Galaxy"]
SIG = {"tel": "Cel.:", "mail": "E-mail:"}


def gcal_subject(summary, start):
    return f"Convite: {summary} @ {WDA[start.weekday()]}, {start.day} de {MONA[start.month - 1]} de {start.year} {start.hour:02d}:{start.minute:02d} - (BRT) (ines.hofmann@example.net)"


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Reunião do Microsoft Teams\nIngressar agora na reunião\n{link}\nID da reunião: {id}\nSenha: {pw}\n"
               "________________________________________________________________________________")
GCAL_BLOCK = ("Participar com Google Meet\n{link}\n\nQuando: {when}\nOrganizador: {org}\n\n"
              "Convite do Google Agenda\nVocê está recebendo este e-mail porque é convidado deste evento.")


def cal_desc(c, tool, link):
    return f"{tool}: {link}\n{c['when']}"


UI = dict(portal="Acessar o portal do candidato", job="Vaga", employer="Empresa", location="Local", date="Candidatura em",
          view_apps="Ver minhas candidaturas", similar="Ver vagas parecidas", confirm="Confirmar presença", book="Escolher horário",
          what="Evento", when="Quando", who="Com", where="Onde", resched="Reagendar ou cancelar", join="Entrar na reunião",
          start_test="Começar o teste", status="Status", reply="Responder", position="Cargo", salary="Salário",
          start="Data de início", sign="Revisar e assinar", reception="na recepção", jobs_box="Vagas {company}")
AUTO_NOTE = ["Este e-mail é automático, por favor não responda.", "Esta caixa de e-mail não é monitorada. Em caso de dúvidas, acesse o portal do candidato.",
             "Mensagem automática – não é necessário responder."]
GDPR = ["Seus dados pessoais são tratados de acordo com a Lei Geral de Proteção de Dados (Lei nº 13.709/2018 – LGPD). Saiba mais em {privacy}",
        "{legal} é a controladora dos seus dados neste processo seletivo. Você pode solicitar acesso, correção ou exclusão em {privacy}",
        "Ao participar do processo, você concorda com o tratamento dos seus dados conforme a LGPD."]
POWERED = ["Enviado via {vendor}", "Processo seletivo com {vendor}", "Tecnologia {vendor}"]
CONF = ["Esta mensagem e seus anexos são confidenciais e destinados exclusivamente ao destinatário. Se você a recebeu por engano, avise o remetente e apague-a.",
        "Antes de imprimir, pense no meio ambiente.", "AVISO: esta mensagem pode conter informações confidenciais."]
BOARD_FOOT = ["Você está recebendo este e-mail porque tem uma conta no {board}. Gerenciar notificações · Descadastrar · Privacidade",
              "© {board} – Mensagem automática.", "{board} · Central de ajuda · Preferências de e-mail"]
GDPR14 = ["LGPD: encontrei seu perfil em uma rede profissional pública. Se preferir não ser contatada, é só me responder que excluo seus dados.",
          "{agency_legal} trata seus dados com base no legítimo interesse (art. 7º, IX, LGPD). Você pode se opor a qualquer momento."]
STATUS_LABELS = ["Em análise", "Etapa: avaliação do gestor", "Currículo aprovado na triagem", "Em andamento"]
AGENDA = ["{t}–{t2}: entrevista com {who}", "{t}–{t2}: case técnico com {who}", "{t}–{t2}: visita à operação com {who}"]
AGENDA_END = "{t}: almoço com o time e encerramento"
DOCS = ["cópia do diploma", "duas referências profissionais", "sua pretensão salarial", "sua data de disponibilidade",
        "comprovante de residência", "cópia do CPF", "sua carteira de trabalho digital"]
CASE_FILES = ["Case_{company}.pdf", "Desafio_tecnico.pdf", "Case_pratico.pdf"]
OFFER_FILES = ["Carta_proposta_{last}.pdf", "Proposta_{company}.pdf", "Proposta_{last}.pdf"]
OFFER_DOCS = ["Carta proposta – {role}", "Contrato de trabalho – {last}", "Proposta de emprego {company}"]
ASSESS = ["TestGorilla", "SHL", "Codility", "TestGorilla"]
ESIGN = ["Clicksign", "DocuSign", "Clicksign"]
SOCIAL = ["LinkedIn"]

FIRST_F = ["Ana Paula", "Juliana", "Fernanda", "Camila", "Thaís", "Bruna", "Larissa", "Patrícia", "Aline", "Gabriela", "Renata", "Letícia", "Priscila", "Débora"]
FIRST_M = ["Rafael", "Lucas", "Gustavo", "Thiago", "Felipe", "Rodrigo", "Marcelo", "Leandro", "Caio", "Vinícius", "Diego", "Fábio", "André", "Matheus"]
LAST = ["Souza", "Lima", "Araújo", "Barbosa", "Cavalcanti", "Nascimento", "Ribeiro", "Carvalho", "Rocha", "Mendes", "Freitas", "Cardoso", "Dias",
        "Teixeira", "Moura", "Vieira", "Batista", "Nogueira", "Pacheco", "Brandão", "Moraes"]
REGIONS = [
    dict(country="BR", tz="America/Sao_Paulo", w=8, cc="+55", cities=[("São Paulo", "01", "11"), ("Campinas", "13", "19"), ("Curitiba", "80", "41"),
                                                                       ("Belo Horizonte", "30", "31"), ("Rio de Janeiro", "20", "21"), ("Porto Alegre", "90", "51"),
                                                                       ("Florianópolis", "88", "48")],
         forms=["Ltda.", "Ltda.", "S.A.", "Ltda."], currency="BRL"),
    dict(country="BR-NE", tz="America/Recife", w=2, cc="+55", cities=[("Recife", "50", "81"), ("Fortaleza", "60", "85")], forms=["Ltda.", "S.A."], currency="BRL"),
    dict(country="BR-AM", tz="America/Manaus", w=1, cc="+55", cities=[("Manaus", "69", "92")], forms=["Ltda.", "S.A."], currency="BRL"),
]
STREETS = ["Avenida Paulista", "Rua Oscar Freire", "Avenida Brigadeiro Faria Lima", "Rua XV de Novembro", "Avenida Afonso Pena", "Rua da Aurora",
           "Avenida Ipiranga", "Rua das Flores", "Avenida Boa Viagem", "Rua Augusta", "Avenida Beira-Mar", "Rua Padre Chagas"]
CO_ROOTS = ["Ipê", "Jacarandá", "Cerrado", "Pantanal", "Araucária", "Maracá", "Tucano", "Caatinga", "Jatobá", "Aroeira", "Vitória-Régia",
            "Iguaçu", "Cajueiro", "Sabiá", "Buriti", "Guará", "Carnaúba", "Mangue", "Capim Dourado", "Serra Azul"]
CO_WORDS = {"eng": ["Engenharia", "Industrial", "Sistemas", "Automação"], "mkt": ["Comunicação", "Marketing", "Mídia", "Marcas"],
            "log": ["Logística", "Transportes", "Supply", "Distribuição"], "res": ["Biotech", "Pesquisa", "Labs", "Materiais"],
            "hosp": ["Hotéis", "Hotelaria", "Resorts", "Pousadas"]}
ROLES = {
    "eng": [("Engenheiro(a) de Processos", "Engenheiro(a) de Processos"), ("Analista de Qualidade Pleno", "Analista de Qualidade Pleno"),
            ("Engenheira de Produção Sênior", "Engenheira de Produção Sênior"), ("Coordenador(a) de Manutenção", "Coordenador(a) de Manutenção")],
    "mkt": [("Analista de Marketing Pleno", "Analista de Marketing Pleno"), ("Coordenador(a) de Marketing Digital", "Coordenador(a) de Marketing Digital"),
            ("Especialista em Growth", "Especialista em Growth"), ("Gerente de Marca", "Gerente de Marca")],
    "log": [("Analista de Logística Sênior", "Analista de Logística Sênior"), ("Coordenador(a) de Supply Chain", "Coordenador(a) de Supply Chain"),
            ("Supervisora de Armazém", "Supervisora de Armazém"), ("Analista de Planejamento de Demanda", "Analista de Planejamento de Demanda")],
    "res": [("Pesquisador(a) de P&D", "Pesquisador(a) de P&D"), ("Bolsista de Pós-Doutorado", "Bolsista de Pós-Doutorado"),
            ("Analista de Laboratório", "Analista de Laboratório"), ("Especialista em Pesquisa Clínica", "Especialista em Pesquisa Clínica")],
    "hosp": [("Gerente de Recepção", "Gerente de Recepção"), ("Revenue Manager", "Revenue Manager"),
             ("Gerente de Hospedagem", "Gerente de Hospedagem"), ("Supervisora de Guest Experience", "Supervisora de Guest Experience")],
}
REC_TITLES = ["Analista de Recrutamento e Seleção", "Tech Recruiter", "Business Partner de RH", "Talent Acquisition", "Recrutador|Recrutadora", "Coordenador de Gente|Coordenadora de Gente"]
HR_TITLES = ["Analista de Departamento Pessoal", "Admissão e Onboarding", "Gerente de RH"]
HM_TITLES = {"eng": ["Gerente Industrial", "Coordenador de Engenharia|Coordenadora de Engenharia", "Diretor de Operações|Diretora de Operações"],
             "mkt": ["Head de Marketing", "Gerente de Marketing", "Diretor de Marca|Diretora de Marca"],
             "log": ["Gerente de Logística", "Head de Supply Chain", "Coordenador de Operações|Coordenadora de Operações"],
             "res": ["Coordenador de P&D|Coordenadora de P&D", "Pesquisador Principal|Pesquisadora Principal", "Gerente de Inovação"],
             "hosp": ["Gerente Geral", "Gerente de Operações Hoteleiras", "Diretor do Hotel|Diretora do Hotel"]}
PANEL_TITLES = {"eng": ["Engenheiro Sênior|Engenheira Sênior", "Supervisor de Qualidade|Supervisora de Qualidade"], "mkt": ["Analista de Marketing Sênior", "Líder de Conteúdo"],
                "log": ["Supervisor de Transportes|Supervisora de Transportes", "Analista Sênior de Supply"], "res": ["Pesquisador Sênior|Pesquisadora Sênior", "Técnico de Laboratório|Técnica de Laboratório"],
                "hosp": ["Supervisor de Recepção|Supervisora de Recepção", "Coordenador de Revenue|Coordenadora de Revenue"]}
AGENT_TITLES = ["Consultor Sênior|Consultora Sênior", "Headhunter", "Hunter de Talentos", "Consultor de Recrutamento|Consultora de Recrutamento"]
AGENCIES = [("Talento Brasil Consultoria", "Ltda."), ("Horizonte Hunting", "Ltda."), ("Rede Executiva", "Ltda."), ("Ponte Talentos", "Ltda.")]
CLIENT_DESC = {"eng": ["uma multinacional do setor automotivo", "uma indústria química de grande porte"], "mkt": ["uma marca de cosméticos em expansão", "uma fintech em crescimento"],
               "log": ["um operador logístico líder no Sudeste", "um e-commerce com centro de distribuição próprio"], "res": ["uma startup de biotecnologia", "um instituto de pesquisa privado"],
               "hosp": ["uma rede de resorts no Nordeste", "um grupo hoteleiro internacional"]}
SALARY = {"eng": (9000, 16000), "mkt": (7000, 13000), "log": (7500, 14000), "res": (6000, 11000), "hosp": (6000, 11000)}
FIELD_DESC = {"eng": "sua formação em engenharia de produção", "mkt": "sua experiência com marketing internacional",
              "log": "sua experiência em supply chain", "res": "sua trajetória em pesquisa", "hosp": "sua experiência em hotelaria de alto padrão"}
SKILLS = {"eng": ["Lean Six Sigma", "melhoria contínua", "gestão de projetos industriais"], "mkt": ["marketing de performance", "lançamento de produtos", "pesquisa de mercado"],
          "log": ["gestão de CD", "SAP", "roteirização"], "res": ["caracterização de materiais", "projetos FAPESP", "análise de dados"],
          "hosp": ["revenue management", "atendimento ao hóspede", "gestão de equipes"]}
TOPICS = {"eng": ["a automação da nova linha", "o programa de melhoria contínua de vocês"], "mkt": ["o lançamento em Portugal", "o reposicionamento da marca"],
          "log": ["a implantação do novo WMS", "a abertura do segundo CD"], "res": ["o projeto de reciclagem de baterias", "as parcerias com universidades"],
          "hosp": ["a reabertura do resort", "o programa de fidelidade dos hóspedes"]}
CASES = {"eng": ["uma análise de tempo de ciclo", "uma proposta para reduzir perdas"], "mkt": ["um plano de lançamento de produto", "uma análise das nossas redes sociais"],
         "log": ["um case de otimização de endereçamento", "uma análise de malha para dois CDs"], "res": ["um pré-projeto de duas páginas", "a análise de uma base de dados"],
         "hosp": ["um plano para melhorar o check-in", "uma estratégia de tarifas para um feriado prolongado"]}
TESTS = {"eng": ["Raciocínio lógico", "Teste técnico"], "mkt": ["Teste de marketing", "Teste de perfil comportamental"],
         "log": ["Raciocínio numérico", "Teste de Excel"], "res": ["Raciocínio lógico", "Teste de inglês"], "hosp": ["Teste situacional", "Teste de perfil comportamental"]}
ATS = ["Gupy", "Gupy", "Gupy", "Solides", "Workday", "Teamtailor"]
BOARDS = ["VagaCerta", "LinkedIn", "Indeed", "VagaCerta"]


def ref(rng):
    return rng.choice([f"Vaga {rng.randint(1000000, 9999999)}", f"Código {rng.choice('ABCD')}{rng.randint(100, 999)}", f"REQ-{rng.randint(1000, 9999)}"])


def company_name(root, word, rng):
    return rng.choice([f"{root} {word}", f"{word} {root}", f"{root} {word}"])


def address(rng, city, region, plz):
    st = rng.choice(STREETS)
    return f"{st}, {rng.randint(10, 3000)} – {rng.choice(['sala', 'conj.', 'andar'])} {rng.randint(1, 20)}", f"CEP {plz}{rng.randint(100, 999)}-{rng.randint(100, 999)} – {city}"


def register_line(rng, co, region):
    return f"{co['legal']} · CNPJ {rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}/0001-{rng.randint(10, 99)}"


def phone(rng, region, area):
    return f"+55 ({area}) 9{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"

B = {
    "greet": ["f|Prezada Inês,", "f|Olá, Inês.", "f|Prezada candidata,", "f|Bom dia, Inês!", "f|Cara Inês,", "f|Prezada Sra. Hofmann,",
              "i|Oi, Inês!", "i|Olá, Inês! Tudo bem?", "i|Oi Inês, tudo bom?", "i|Olá Inês!", "i|E aí, Inês!", "i|Oi, Inês, tudo certo?"],
    "greetb": ["Olá, {first}!", "Oi, {first}!", "Olá, {full},", "Olá!"],
    "close": ["f|Atenciosamente,", "f|Cordialmente,", "f|Att.,", "f|Abraços cordiais,", "f|Ficamos à disposição.",
              "i|Abraços,", "i|Um abraço!", "i|Valeu!", "i|Até mais!", "i|Abs,", "i|Bom dia pra você!"],
    "oclose": ["f|Atenciosamente,", "f|Cordialmente,", "f|Um abraço,", "i|Abraços,", "i|Obrigada e até breve!", "i|Abs,"],
    "team": ["f|Equipe de Recrutamento e Seleção\n{legal}", "f|Time de Gente & Gestão – {company}", "f|Área de Talent Acquisition da {company}",
             "f|Recursos Humanos | {legal}", "i|Time {company}", "i|Galera de Gente da {company}", "i|Equipe de Atração de Talentos {company}"],
    "ack.s": ["f|Sua candidatura para {role}", "f|Confirmação de inscrição – {role}", "f|Recebemos sua candidatura", "f|{company}: inscrição confirmada ({ref})",
              "i|Valeu pela candidatura, {first}!", "i|Sua inscrição na {company} 🎉", "i|Recebemos sua candidatura 🙌", "i|Tudo certo com sua inscrição para {role}"],
    "ack.c": ["f|Agradecemos seu interesse na {company}. Confirmamos o recebimento da sua candidatura para a vaga de {role}.",
              "f|Sua inscrição no processo seletivo para {role} ({ref}) foi realizada com sucesso.",
              "f|Recebemos seu currículo para a vaga de {role}. Obrigado por se candidatar!",
              "f|Sua candidatura foi registrada em nossa plataforma e seguirá para a etapa de triagem.",
              "f|Obrigado por participar do nosso processo seletivo para {role} em {city}.",
              "f|Informamos que sua candidatura foi recebida e será avaliada pelo time responsável.",
              "i|Que legal que você se candidatou para {role}! Já recebemos sua inscrição.",
              "i|Sua candidatura chegou certinho. Obrigado por pensar na {company}!",
              "i|Inscrição confirmada para a vaga de {role}! 🚀",
              "i|Oba! Sua candidatura para {role} já está com a gente.",
              "i|Candidatura recebida ✔ Valeu por querer fazer parte da {company}."],
    "ack.n": ["f|Vamos analisar seu perfil com atenção e daremos um retorno {promise}.",
              "f|Você receberá uma resposta nossa {promise}.",
              "f|Nosso compromisso é dar retorno a todas as pessoas candidatas {promise}.",
              "f|Entraremos em contato {vague}.",
              "f|Devido ao grande volume de inscrições, a análise pode levar algum tempo. Entraremos em contato {vague}.",
              "f|Caso seu perfil esteja alinhado à vaga, entraremos em contato em até duas semanas.",
              "f|Acompanhe as próximas etapas pelo portal do candidato; as atualizações aparecem por lá.",
              "i|Vamos olhar tudo com carinho e te dar um retorno {promise}.",
              "i|Você vai ter notícias nossas {promise}, prometido!",
              "i|A gente te chama {vague}.",
              "i|Se der match, a gente te chama em umas duas semanas."],
    "ack.x": ["f|Você pode acompanhar o andamento da sua candidatura a qualquer momento no portal do candidato.",
              "f|Fique de olho também na sua caixa de spam para não perder nenhuma mensagem.",
              "f|Mantenha seus dados de contato atualizados no portal.",
              "i|Enquanto isso, dá uma olhada no nosso Instagram para conhecer o time!", "i|Dúvidas? Fala com a gente pelo portal."],
    "ackb.s": ["Sua candidatura foi enviada para {company}", "Candidatura enviada: {role}", "Você se candidatou à vaga de {role}", "{board}: candidatura para {company}"],
    "ackb.c": ["Sua candidatura para {role} foi enviada com sucesso para {company}.", "Boa notícia: sua candidatura já está a caminho. {company} recebeu pelo {board}.",
               "Você acabou de se candidatar na {company} com seu perfil do {board}.", "Encaminhamos sua candidatura para a empresa. Veja o resumo:"],
    "ackb.x": ["Dica: empresas respondem mais rápido quando o currículo está completo.", "Veja todas as suas candidaturas em \"Minhas candidaturas\".",
               "A empresa decide as próximas etapas e entrará em contato diretamente."],
    "acke.c": ["f|Obrigado pelo seu e-mail. Esta é uma confirmação automática de que sua mensagem chegou ao time de Recrutamento.",
               "f|Recebemos sua candidatura por e-mail. Pedimos que não envie pedidos de status; entraremos em contato.",
               "i|Valeu pelo e-mail! Resposta automática: sua candidatura chegou e vai ser vista pelo time de Gente."],
    "apply.s": ["Candidatura – {role}", "Candidatura para {role} – Inês Hofmann", "Vaga {role} ({ref})", "Interesse na vaga de {role}"],
    "rej.s": ["f|Sua candidatura na {company}", "f|Processo seletivo – {role}", "f|Retorno sobre sua candidatura", "f|Atualização do processo seletivo",
              "f|{company} – processo seletivo", "f|Obrigado pelo seu interesse na {company}", "i|Novidades sobre sua candidatura", "i|Um retorno sobre a vaga de {role}"],
    "rej.thanks": ["f|Agradecemos seu interesse na {company} e o tempo dedicado ao nosso processo seletivo.", "f|Obrigado, mais uma vez, por participar do processo para {role}.",
                   "f|Agradecemos a confiança em nossa empresa.", "i|Valeu de novo por participar do processo.", "i|Obrigado pela candidatura e pelo interesse na {company}."],
    "rej.pre": ["f|Após análise cuidadosa, informamos que seu perfil não seguirá para as próximas etapas do processo seletivo.",
                "f|Decidimos seguir com outras pessoas candidatas cujo perfil está mais alinhado aos requisitos da vaga.",
                "f|Infelizmente, desta vez sua candidatura não foi selecionada.",
                "f|Informamos que o processo seletivo seguirá com outros candidatos.",
                "f|Seu perfil é muito interessante, mas neste momento buscamos uma experiência mais específica no setor.",
                "f|Devido ao grande número de inscrições, não será possível seguir com sua candidatura nesta etapa.",
                "f|Neste momento, optamos por não avançar com sua candidatura para a vaga de {role}.",
                "i|Olhamos seu perfil com carinho e decidimos seguir com outras candidaturas.",
                "i|Dessa vez não rolou: seguimos com perfis mais próximos do que a vaga pede.",
                "i|Não vamos avançar com sua candidatura agora, mas curtimos muito sua trajetória.",
                "i|Foi uma decisão difícil, mas escolhemos alguém que já conhece bem o nosso mercado."],
    "rej.post": ["f|Obrigado pela entrevista com {iv1}. Após avaliação, decidimos seguir com outra candidata cujo perfil está mais alinhado às necessidades atuais.",
                 "f|Após as entrevistas, optamos por outra pessoa para a posição.",
                 "f|Gostamos muito das conversas, mas não seguiremos com você nas próximas etapas.",
                 "f|Você esteve entre as finalistas e a decisão não foi fácil: optamos por um perfil com experiência direta no setor.",
                 "f|Após a etapa de entrevistas, informamos que o processo foi encerrado para sua candidatura.",
                 "i|Valeu pela conversa com {iv1_first}! Já tomamos uma decisão e vamos seguir com outra pessoa.",
                 "i|Queria te contar pessoalmente que escolhemos outro perfil. Sei que não é a notícia que você esperava.",
                 "i|Foi super disputado, mas oferecemos a vaga para outra pessoa."],
    "rej.cancel": ["f|A vaga de {role} foi congelada por questões orçamentárias e, por isso, encerramos o processo seletivo.",
                   "f|A posição foi preenchida internamente e o processo foi encerrado.",
                   "f|Em razão de uma reestruturação, o processo seletivo para {role} foi cancelado.",
                   "f|A vaga já foi preenchida e estamos encerrando todas as candidaturas em aberto.",
                   "i|Passando para avisar: com a reestruturação, a vaga de {role} deixou de existir, então encerramos o processo.",
                   "i|No fim a vaga foi preenchida internamente, então não vamos seguir."],
    "rej.one": ["i|Oi {first}, passando rapidinho: seguimos com outro perfil. Obrigado e boa sorte!",
                "i|{first}, ficamos com outra pessoa. Valeu pelo seu tempo!",
                "i|Oi {first}, dessa vez não deu match, a vaga foi preenchida. Muito sucesso!",
                "i|E aí {first}, confirmo que não seguimos com você nesse processo. Abraço!",
                "f|Prezada Inês, informo que a vaga de {role} já foi preenchida. Atenciosamente.",
                "f|Olá, Inês. Não seguiremos com sua candidatura. Obrigado e boa sorte."],
    "rej.soft": ["f|Desejamos sucesso em sua trajetória profissional.", "f|Essa decisão não representa uma avaliação negativa da sua trajetória.",
                 "f|Seu currículo ficará em nosso banco de talentos para futuras oportunidades.", "i|Torcemos muito por você!", "i|Fica de olho nas nossas vagas."],
    "rej.fb": ["f|Se quiser, posso te dar um feedback mais detalhado em uma ligação rápida.", "f|Fico à disposição para conversarmos sobre o processo.", "i|Se quiser feedback, é só me chamar."],
    "rej.pool": ["f|Com seu consentimento, manteremos seu currículo no nosso banco de talentos por 12 meses.",
                 "f|Conforme a LGPD, seus dados serão excluídos em até seis meses.", "i|Se quiser, deixamos seu currículo no banco de talentos – é só avisar."],
    "rejb.s": ["Atualização da sua candidatura na {company}", "Processo encerrado: {role}", "{company} atualizou sua candidatura"],
    "rejb.c": ["{company} atualizou o status da sua candidatura no {board}. Mensagem da empresa:",
               "Tem novidade sobre sua candidatura para {role}. {company} te enviou esta mensagem:", "A empresa encerrou o processo seletivo de {role}:"],
    "inv.s": ["f|Convite para entrevista – {role}", "f|Processo seletivo: próxima etapa", "f|Entrevista {role} na {company}", "f|Próximos passos – {company}",
              "f|Agendamento de entrevista", "i|Bora conversar? ({role})", "i|Próxima etapa com a {company}", "i|Bate-papo com o time", "i|Vamos marcar um papo?"],
    "inv.fixed": ["f|Seu perfil chamou nossa atenção e gostaríamos de conhecê-la melhor. Agendamos uma entrevista {when} com {iv}.",
                  "f|Temos o prazer de convidá-la para a etapa de entrevista {when}. Pela {company}: {iv}.",
                  "f|Gostaríamos de seguir com o processo e propomos conversar {when}, com {iv}.",
                  "f|Para a vaga de {role}, confirmo sua entrevista {when}, com duração aproximada de {dur}.",
                  "f|Reservei um horário {when}. Também participará {iv1}, do time.",
                  "f|Conforme conversamos por telefone, confirmo sua entrevista {when} com {iv}.",
                  "i|Adoraríamos te conhecer! Pode ser {when}? Você vai conversar com {iv}.",
                  "i|Show, deixei marcado {when}. {iv1} também vai participar.",
                  "i|Vamos bater um papo {when}? Você vai conhecer {iv}.", "i|Confirmando nosso papo {when}. Separa uns {dur}."],
    "inv.screen": ["f|Gostaria de conhecer melhor sua trajetória em uma ligação rápida. Você teria disponibilidade {when}? Serão cerca de {dur}.",
                   "f|Como primeira etapa, proponho uma conversa por telefone {when}.", "f|Vou te ligar {when} para apresentar a vaga de {role}.",
                   "i|Topa uma primeira call comigo? Estou livre {when}, coisa de {dur}.", "i|Te ligo {when} e te conto mais sobre o time, pode ser?",
                   "i|Bora fazer uma call rapidinha {when}? Bem tranquilo, sem formalidade."],
    "inv.slots": ["f|Gostaríamos de convidá-la para uma entrevista com {iv}. Estes são os horários disponíveis:", "f|Queremos muito te conhecer. Escolha um dos horários abaixo:",
                  "f|Para uma primeira conversa, temos estas opções:", "i|Queremos te conhecer! Algum desses horários funciona?", "i|Eu e {iv1} temos estes horários livres:"],
    "inv.slots2": ["f|Me avise qual opção fica melhor. Se nenhuma funcionar, encontramos uma alternativa.", "f|Aguardo sua confirmação.",
                   "i|Me fala qual fica melhor pra você.", "i|Se nenhum rolar, sugere outros horários."],
    "inv.link": ["f|Gostaríamos de convidá-la para uma entrevista com {iv}. Por favor, agende diretamente um horário neste link: {link}",
                 "f|Você pode escolher o horário da entrevista na nossa ferramenta de agendamento ({tool}): {link}", "f|Para a próxima etapa, agende um horário de {dur} aqui: {link}",
                 "i|Escolhe o horário que for melhor na minha agenda: {link}", "i|Aqui o link pra marcar um papo com {iv1}: {link}"],
    "inv.avail": ["f|Gostaríamos de convidá-la para uma entrevista com {iv}. Você poderia me informar sua disponibilidade para as próximas duas semanas?",
                  "f|Para agendar a entrevista com {iv1}, poderia me passar duas ou três opções de horário?",
                  "f|Para uma entrevista de cerca de {dur}, qual seria sua disponibilidade na próxima semana?",
                  "i|Quando você teria um tempinho semana que vem pra conversar com {iv}? Me manda algumas opções.",
                  "i|Me passa sua disponibilidade dos próximos dias que eu alinho com o time."],
    "inv.cal": ["f|Segue o convite para nossa entrevista. Atenciosamente.", "f|Conforme combinado, envio o convite.", "f|Este é o convite oficial para sua entrevista {when}.",
                "i|Tá aqui o convite, até lá!", "i|Marcado! Segue o convite pra sua agenda."],
    "cal.sum": ["Entrevista {company} – Inês Hofmann", "Entrevista: {role}", "{company} <> Inês Hofmann", "Bate-papo Inês Hofmann / {company}", "Conversa {role} | {company}"],
    "inv.remind.s": ["Lembrete: sua entrevista com a {company}", "Amanhã: sua entrevista na {company}", "Lembrete do seu agendamento", "Falta pouco: seu papo com a {company}"],
    "inv.remind": ["Lembramos do seu agendamento com a {company} {when}.", "Sua conversa com {iv} está chegando: {when}.", "Lembrete: sua entrevista por vídeo ({role}) é {when}.",
                   "Seu horário agendado com a {company} está próximo."],
    "inv.resched": ["f|Peço desculpas, mas preciso remarcar nossa conversa {old_when}, pois {iv1} teve um imprevisto. Seria possível {when}?",
                    "f|Por questões de agenda, precisamos remarcar a entrevista. Novo horário: {when} (em vez de {old_when}).",
                    "f|Uma pequena mudança: a entrevista passa para {when}. Espero que continue funcionando para você.",
                    "i|Foi mal pela mudança: dá pra passar de {old_when} para {when}? {iv1} teve um imprevisto.", "i|Vamos ter que remarcar: novo horário {when}. Fica bom?"],
    "inv.onsite": ["f|Temos o prazer de convidá-la para a etapa final presencial. O dia começa {when}; a programação é a seguinte:",
                   "f|Conforme combinamos, convidamos você para passar uma manhã com a gente em {city}. Início: {when}. Programação:",
                   "i|Queremos te receber no escritório para a última etapa: começamos {when}. O plano é este:", "i|Na última etapa queremos te conhecer pessoalmente, {when}. A agenda:"],
    "inv.confirm.s": ["Confirmado: {event}", "Novo evento: {event} com {host}", "Seu agendamento com a {company} está confirmado"],
    "inv.confirm": ["Seu horário foi agendado. O convite de calendário está anexado.", "Você tem uma reunião marcada com {host} ({company}).", "Obrigado pelo agendamento, veja os detalhes:"],
    "inv.prep": ["f|Reserve cerca de {dur}, por favor.", "f|Traga um documento com foto e se apresente na recepção alguns minutos antes.",
                 "f|Não é necessário preparar nada; uma breve apresentação da sua trajetória (cinco minutos) será bem-vinda.",
                 "i|Traz todas as perguntas que quiser!", "i|Dress code: fica à vontade.", "i|Separa uns {dur}."],
    "inv.ask": ["f|Por gentileza, confirme sua presença.", "f|Você pode me confirmar se esse horário funciona?", "f|Se não for possível, fique à vontade para sugerir outra opção.",
                "i|Me confirma?", "i|Se não der, me avisa."],
    "mode.video": ["f|A entrevista será pelo {tool}: {link}", "Link de acesso ({tool}): {link}", "i|A gente se vê no {tool}: {link}", "Link: {link}"],
    "mode.site": ["f|Endereço: {place}. Por favor, apresente-se {reception}.", "f|Nosso escritório fica na {place}.", "i|Estamos na {place}; é só me chamar {reception}."],
    "mode.phone": ["f|Ligaremos para o número {phone}.", "f|Vou te ligar no {phone}; esse número continua válido?", "i|Te ligo no {phone}.", "i|Se rolar algum imprevisto, meu número é {rphone}."],
    "as.s": ["Seu teste para a {company}", "Convite para teste online – {role}", "{company} te convidou para uma avaliação", "Próxima etapa: teste online ({role})"],
    "as.vendor": ["f|A {company} convida você a realizar uma avaliação online na plataforma {vendor}, como parte do processo seletivo para {role}. O teste leva cerca de {mins} minutos e deve ser concluído até {deadline}.",
                  "f|Como próxima etapa, pedimos que você conclua o teste \"{test}\" até {deadline}.",
                  "f|Você foi convidada para uma avaliação da vaga de {role} na {company}. O link é válido até {deadline}.",
                  "i|A {company} quer te conhecer melhor e mandou um teste rapidinho ({test}, uns {mins} minutos). Você tem até {deadline}."],
    "as.tips": ["Dica: use um computador e uma conexão estável.", "O teste não pode ser pausado: reserve {mins} minutos seguidos.", "Em caso de problemas técnicos, fale com o suporte da {vendor}."],
    "as.remind.s": ["Lembrete: seu teste para a {company} expira em breve", "Pendente: {test}", "Falta pouco para encerrar sua avaliação"],
    "as.remind": ["Seu teste para a {company} ainda não foi concluído. O link expira em {deadline}.", "Você ainda não começou o teste \"{test}\" da {company}. Conclua até {deadline}."],
    "as.case.s": ["f|Case para a próxima etapa", "f|Desafio técnico – {role}", "i|Um desafio pra você"],
    "as.case": ["f|Como próxima etapa, pedimos que você prepare {case}. O enunciado está em anexo; envie sua proposta até {deadline}.",
                "f|Segue em anexo um case prático: {case}. Estime cerca de {hours} horas de dedicação. Entrega até {deadline}.",
                "i|Antes do próximo papo, temos um desafio pra você: {case}. Tá tudo no PDF; manda até {deadline}.",
                "i|Como combinado, segue o case ({case}). Não precisa gastar mais de {hours} horas."],
    "as.case2": ["f|Você apresentará sua proposta na próxima entrevista (cerca de 20 minutos).", "f|Fico à disposição para dúvidas sobre o enunciado.",
                 "i|Qualquer dúvida, me chama!", "i|Você apresenta pra gente na próxima conversa."],
    "as.video.s": ["Sua entrevista em vídeo gravada – {company}", "Etapa de vídeo – {role}"],
    "as.video": ["f|Como próxima etapa, convidamos você para uma entrevista em vídeo gravada na HireVue: você responderá {n} perguntas quando preferir, até {deadline}.",
                 "f|Para a vaga de {role} usamos uma entrevista em vídeo gravada ({n} perguntas, três minutos por resposta). Conclua até {deadline}.",
                 "i|Próxima etapa: um vídeo curtinho com {n} perguntas. Só precisa de câmera e microfone, até {deadline}."],
    "rep.s": ["f|Sua candidatura para {role}", "f|Atualização – {role}", "f|Dúvida sobre sua candidatura", "f|Sua candidatura na {company}", "i|Novidades da sua candidatura", "i|Uma pergunta rápida"],
    "rep.review": ["f|Passando para informar que sua candidatura continua em análise. Daremos um retorno {promise}.",
                   "f|Ainda não finalizamos a análise dos perfis. Você terá notícias {promise}.",
                   "f|A gestora ainda está avaliando os perfis; espero te dar um retorno {promise}.",
                   "f|Sua candidatura continua no processo. Por causa das férias coletivas, o retorno está demorando; entraremos em contato {vague}.",
                   "i|Só um sinal de vida: seguimos com o processo e te damos um retorno {promise}.", "i|Você continua no processo! Precisamos de mais um tempinho: notícias {promise}."],
    "rep.docs": ["f|Para seguir com sua candidatura, precisamos de {docs}. Você pode nos enviar?", "f|Antes de agendar a entrevista, peço que me envie {docs}.",
                 "f|Falta {docs} para completar seu cadastro. Pode responder direto a este e-mail.", "i|Consegue me mandar {docs}? Aí já passo tudo pro time."],
    "rep.hold": ["f|Obrigado pelo contato. O processo para {role} está pausado por uma reestruturação interna. Avisaremos assim que for retomado.",
                 "f|A vaga está congelada no momento, aguardando aprovação de orçamento. Sua candidatura continua ativa.",
                 "f|Precisamos pausar o processo temporariamente. Acredito que retomaremos {vague}.",
                 "i|Valeu por perguntar! A vaga está parada por mudanças no time. Te aviso assim que andar."],
    "rep.timeline": ["f|Obrigado mais uma vez pela entrevista. Ainda esta semana conversaremos com outros candidatos e daremos um retorno {promise}.",
                     "f|O time está avaliando os próximos passos. Você terá notícias minhas {promise}.",
                     "f|Atualização: as últimas entrevistas acontecem na próxima semana e a decisão sai {vague}.",
                     "f|Ainda estamos alinhando com {iv1} e daremos retorno {promise}.",
                     "i|Valeu pelo seu tempo! Essa semana falamos com mais duas pessoas e te damos um retorno {promise}.",
                     "i|{iv1_first} curtiu muito a conversa. Dá um tempinho pra gente: notícias {promise}."],
    "rep.answer": ["f|Obrigado pela mensagem. Ainda não temos uma decisão, pois {iv1} está de férias esta semana. Te dou notícias {promise}.",
                   "f|Obrigado pela paciência. Ainda não fechamos, mas pretendemos dar um retorno {promise}.",
                   "f|Estamos aguardando a aprovação da diretoria. Assim que souber de algo, te escrevo.",
                   "i|Valeu por perguntar! Ainda não fechamos, mas te falo algo {promise}.", "i|Desculpa a demora, ainda não tem decisão. Vou te atualizando."],
    "rep.q": ["f|Antes de agendarmos a próxima etapa: qual é sua pretensão salarial e qual o seu prazo de aviso prévio?",
              "f|Você poderia informar sua disponibilidade para início e se teria interesse em se mudar para {city}?",
              "f|Uma pergunta rápida: você possui autorização de trabalho no Brasil?",
              "i|Uma pergunta antes: qual a sua pretensão salarial e quando você poderia começar?", "i|Toparia se mudar para {city} ou procura algo 100% remoto?"],
    "rep.cv": ["f|Obrigado pelo retorno rápido! Para apresentar seu perfil à gestão, você poderia me enviar seu currículo atualizado?",
               "f|Que bom saber do seu interesse. Vou compartilhar seu perfil com {iv1} e te dou um retorno {promise}.",
               "i|Que massa! Me manda seu CV atualizado que eu te apresento pro time.", "i|Perfeito! Passo seu perfil pro {iv1_first} e te falo {vague}."],
    "rep.post": ["f|Seja muito bem-vinda! Para a admissão, precisamos de {docs}, além do número do PIS e dados bancários.",
                 "f|Obrigado por aceitar nossa proposta. Próximo passo: exame admissional e envio de {docs}.",
                 "f|Que alegria receber seu aceite! Segue em anexo a lista de documentos admissionais.",
                 "i|Que demais que você vem pra cá! Pra admissão só falta {docs} e seus dados bancários."],
    "rep.ivcancel": ["f|Sinto muito, mas precisamos cancelar a entrevista {old_when} por uma mudança do nosso lado. Envio novas datas {promise}.",
                     "f|Pedimos desculpas: a entrevista {old_when} não poderá acontecer. Mando novas opções {vague}.",
                     "i|Foi mal, vamos ter que cancelar a entrevista {old_when}; te mando novas opções {promise}."],
    "rep.status.s": ["Sua candidatura mudou de etapa", "Atualização: sua candidatura para {role}", "Novidades na sua candidatura na {company}"],
    "rep.status": ["f|Sua candidatura avançou de etapa: seu perfil está em avaliação pela gestão.",
                   "f|Sua candidatura foi atualizada no processo seletivo. Avisaremos assim que houver novidades.", "i|Sua candidatura andou: o time está olhando seu perfil."],
    "out.s": ["f|Seu perfil – {role} na {company}", "f|Oportunidade: {role} em {city}", "f|Uma vaga que pode te interessar", "f|A {company} está contratando",
              "i|Bora pra {company}?", "i|Uma pergunta sobre seu perfil"],
    "out.s.agency": ["{role} – {company}, {city}", "Oportunidade na {company}", "Vaga de {role} para nosso cliente {company}"],
    "out.s.conf": ["Confidencial: {role} ({city})", "Abordagem discreta – {role}", "Um novo desafio como {role}?"],
    "out.direct": ["f|Buscando talentos para o nosso time, encontrei seu perfil: {field_desc} combina muito com a nossa vaga de {role}.",
                   "f|Meu nome é {rname}, sou {rtitle} na {company}. Estamos buscando {role} e sua experiência com {skill} chamou minha atenção.",
                   "f|Entro em contato porque temos uma vaga de {role} em {city} e acredito que sua trajetória tem tudo a ver.",
                   "i|Sou {rfirst}, do time de talentos da {company}. Seu perfil me chamou a atenção, principalmente a experiência com {skill}. Estamos buscando {role}; quer saber mais?",
                   "i|Espero que não se importe com a abordagem: estamos crescendo o time da {company} com uma vaga de {role} e acho que você mandaria muito bem."],
    "out.hm": ["f|Lidero o time da {company} onde estamos contratando {role}. Sua experiência, principalmente com {skill}, me chamou atenção.",
               "i|Sou {rfirst}, {rtitle} na {company}. Estou procurando alguém para {role} no meu time e adorei seu perfil."],
    "out.agency": ["f|Sou {rtitle} na {agency} e apoio nosso cliente {company} na busca por {role} em {city}. Sua experiência com {skill} tem muita aderência.",
                   "f|Em nome da {legal}, busco um perfil de {role}. Sua trajetória me chamou atenção e gostaria de apresentar a posição.",
                   "i|Trabalho na {agency} e estou buscando {role} para a {company} em {city}. Curte a ideia?"],
    "out.conf": ["f|Sou {rtitle} na {agency}. Para {client_desc}, busco com exclusividade {role} com experiência em {skill}. Posso revelar o nome da empresa em uma ligação.",
                 "f|Meu cliente, {client_desc}, quer preencher uma vaga de {role} de forma confidencial. Seu perfil tem total aderência.",
                 "i|Estou buscando para um cliente ({client_desc}) alguém para {role}. Por e-mail não posso falar mais; topa uma call rápida?"],
    "out.cta": ["f|Você teria alguns minutos nos próximos dias para uma conversa rápida?", "f|Agradeço um retorno, mesmo que breve.", "f|Se preferir, envio antes a descrição da vaga.",
                "i|Me diz se topa uma call rapidinha.", "i|Te conto mais se quiser, é só responder aqui."],
    "out.nudge": ["f|Volto a te escrever porque não recebi retorno. A vaga de {role} na {company} continua aberta.",
                  "f|Retomo minha mensagem anterior; seria um prazer te apresentar a vaga.", "i|Voltando aqui caso minha mensagem tenha se perdido: a vaga segue aberta!",
                  "i|Passando pra lembrar: bora conversar sobre a vaga de {role}?"],
    "out.nudge.conf": ["f|Escrevo novamente: a vaga confidencial de {role} continua aberta e meu cliente gostaria de te conhecer.",
                       "i|Só lembrando da minha mensagem da semana passada: a vaga de {role} continua disponível."],
    "out.inmail.s": ["{rname} te enviou uma mensagem", "Nova mensagem de {rname} ({company})", "InMail: {role} na {company}"],
    "out.inmail": ["Você tem uma nova mensagem de {rname}, {rtitle} na {company}:", "{rname} quer falar com você:"],
    "off.s": ["f|Sua proposta – {role}", "f|Proposta da {company}", "f|Nossa proposta", "i|Queremos você no time!", "i|Sua proposta da {company} 🎉"],
    "off.letter": ["f|Temos o prazer de oferecer a você a vaga de {role} na {company}. Segue em anexo a carta proposta.",
                   "f|Após conversas muito positivas, tenho a alegria de apresentar uma proposta formal para a vaga de {role}. Os detalhes estão no documento anexo.",
                   "f|É com muita satisfação que convidamos você para fazer parte do nosso time como {role}. Segue o contrato para análise.",
                   "i|Notícia boa: queremos você na {company} como {role}! A proposta está em anexo.",
                   "i|O time bateu o martelo: a vaga de {role} é sua, se quiser! Tá tudo na proposta anexa."],
    "off.deadline": ["f|Agradecemos um retorno até {deadline}. Fico à disposição para qualquer dúvida.", "f|Pedimos que nos devolva o documento assinado até {deadline}.",
                     "i|Me dá um retorno até {deadline}, e me liga se tiver qualquer dúvida!"],
    "off.call.s": ["f|Boa notícia – podemos conversar?", "f|Sua proposta: ligação", "f|Proposta para a vaga de {role}", "i|Notícia boa 🙂", "i|Tem 15 minutinhos?"],
    "off.call": ["f|Tenho ótimas notícias: queremos fazer uma proposta para a vaga de {role}. Você teria um tempo {when} para uma ligação em que apresento as condições?",
                 "f|O time escolheu você e eu gostaria de apresentar nossa proposta pessoalmente. Pode ser uma ligação {when}?",
                 "i|Tenho uma proposta pra te fazer! Vamos falar {when} e ver os detalhes juntas?", "i|Queremos te oferecer a vaga 🎉 Você está livre {when}? Te conto tudo sobre salário e benefícios."],
    "off.esign.s": ["{sender} enviou um documento para você assinar: {doc}", "Documento aguardando assinatura: {doc}", "Assinatura pendente: {doc}"],
    "off.esign": ["{sender} ({company}) enviou um documento para você revisar e assinar eletronicamente pela {vendor}.", "Você tem o seguinte documento aguardando assinatura: {doc}."],
    "off.esign.msg": ["f|Mensagem de {sender}: Prezada Inês, segue seu contrato como {role}. Estamos ansiosos para trabalhar com você!",
                      "f|Mensagem: conforme conversamos, nossa proposta para a vaga de {role}; por favor, revise e assine.", "i|Mensagem de {sender}: Oi Inês! Aqui está sua proposta. Bem-vinda ao time!"],
    "off.revised": ["f|Obrigado pela transparência. Conversamos internamente e conseguimos apresentar uma proposta revisada: {salary}. As demais condições permanecem.",
                    "f|Chegamos mais perto da sua expectativa e aumentamos o salário para {salary}. Segue a proposta revisada.", "i|Boa notícia! Conseguimos chegar em {salary}. Segue a proposta atualizada."],
    "ty.s": ["f|Obrigada pela entrevista", "f|Agradecimento – entrevista {role}", "f|Sobre nossa conversa – {role}", "i|Obrigada pelo papo de hoje!", "i|Valeu pela conversa"],
    "ty.c": ["f|Gostaria de agradecer pelo tempo dedicado hoje. A conversa me deixou uma ótima impressão da {company} e da vaga de {role}.",
             "f|Muito obrigada pela entrevista e pela apresentação do time.", "f|Agradeço mais uma vez pelo nosso encontro, que reforçou minha vontade de fazer parte da {company}.",
             "i|Obrigada de novo pelo papo de hoje, adorei!", "i|Valeu pelo seu tempo e pela transparência. Fiquei ainda mais animada com a {company}."],
    "ty.detail": ["f|Achei especialmente interessante nossa conversa sobre {topic}.", "f|O que você contou sobre {topic} me mostrou como posso contribuir com minha experiência.",
                  "i|Amei saber mais sobre {topic}.", "i|Ainda estou pensando em {topic}; já tenho algumas ideias!"],
    "ty.close": ["f|Fico no aguardo de notícias.", "f|Fico à disposição caso precise de mais informações.", "i|Fico na expectativa!", "i|Qualquer coisa, estou por aqui."],
    "fu.s": ["f|Acompanhamento da minha candidatura – {role}", "f|Status do processo: {role}", "f|Sobre minha candidatura", "i|Passando para saber", "i|Alguma novidade?"],
    "fu.c": ["f|Espero que esteja tudo bem. Após nossa entrevista em {when_done}, gostaria de saber se há novidades sobre a vaga de {role}.",
             "f|Escrevo para saber em que etapa está o processo. Continuo muito interessada na vaga.",
             "f|Como já faz cerca de uma semana da entrevista com {iv1}, gostaria de saber como está o processo.",
             "i|Queria só saber se tem novidade. Continuo super animada com a vaga!", "i|Pergunta rápida: como estão as coisas por aí? Já tem decisão?"],
    "fu.apply": ["f|Em {when_done} me candidatei à vaga de {role} e gostaria de saber se minha candidatura está completa e quais são os próximos passos.",
                 "f|Me candidatei há algumas semanas à vaga de {role} e agradeceria uma atualização sobre o processo.",
                 "i|Me inscrevi pra vaga de {role} há umas semanas e queria saber se vocês conseguiram olhar meu currículo."],
    "fu.promise": ["f|Você comentou que eu teria notícias por agora. Há alguma novidade sobre a vaga de {role}?",
                   "f|Gostaria de perguntar, gentilmente, se já houve uma decisão.", "i|Você tinha falado que dariam retorno por agora; tem novidade?"],
    "fu.close": ["f|Agradeço desde já pelo retorno.", "f|Fico à disposição para qualquer informação adicional.", "i|Valeu demais!", "i|Fico no aguardo."],
    "o.acceptslot": ["f|Obrigada pelo convite! Confirmo a seguinte opção: {slot}. Atenciosamente.", "f|Confirmo com prazer minha disponibilidade: {slot}.", "i|Obrigada! {slot} fica ótimo, até lá!"],
    "o.interested": ["f|Obrigada pela mensagem. A vaga me interessa bastante e terei prazer em conversar. Quando seria melhor para você?",
                     "f|Obrigada pelo contato! Gostaria de saber mais sobre a vaga de {role}.", "i|Valeu pela mensagem, parece ótimo! Topo uma call."],
    "o.withdraw": ["f|Gostaria de informar que retiro minha candidatura para a vaga de {role}, pois aceitei outra proposta. Muito obrigada pelo tempo e interesse.",
                   "f|Após refletir, decidi retirar minha candidatura. Obrigada pelas conversas tão agradáveis.", "i|Passando pra avisar que vou retirar minha candidatura: aceitei outra proposta. Obrigada por tudo!"],
    "o.withdraw.s": ["Desistência do processo – {role}", "Minha candidatura para {role}"],
    "o.negotiate": ["f|Muito obrigada pela proposta, fiquei muito feliz. Antes de responder, gostaria de conversar sobre o salário: pela minha experiência, pensava em algo em torno de {salary}. Haveria flexibilidade?",
                    "i|Obrigada pela proposta, fiquei muito feliz! Sobre o salário, eu pensava mais em {salary}. Tem alguma margem?"],
    "o.acceptoffer": ["f|Muito obrigada pela proposta, que aceito com muita alegria. Estou ansiosa para começar na {company}!",
                      "f|Confirmo o aceite da vaga de {role}. Devolvo o documento assinado nos próximos dias.", "i|É um sim! 🎉 Obrigada, não vejo a hora de começar."],
    "o.generic.s": ["Re: {role}", "{role} – {company}", "Inês Hofmann – {role}"],
    "o.ooo": ["Obrigado pela mensagem. Estou fora do escritório até {back}, com acesso limitado ao e-mail. Para assuntos urgentes, fale com {colleague} ({colleague_mail}).",
              "No momento estou ausente e retorno em {back}. Seu e-mail não será encaminhado.",
              "Olá! Estou de férias até {back}. Para processos seletivos em andamento, {colleague} ({colleague_mail}) pode ajudar."],
    "o.viewed.s": ["Sua candidatura foi visualizada", "{company} viu sua candidatura", "Novidade: seu currículo foi visualizado"],
    "o.viewed.c": ["{company} visualizou sua candidatura para {role}. É um bom momento para atualizar seu perfil.",
                   "A empresa abriu sua candidatura para {role}. Avisaremos se houver novidades."],
}

B.update({
    "x.alert.s": ["{n} vagas novas para \"{query}\"", "Alerta de vagas: {query} em {city}", "Vagas com a sua cara", "Seu alerta diário: {n} vagas"],
    "x.alert.c": ["Confira as vagas mais recentes para sua busca \"{query}\":", "Encontramos novas vagas para \"{query}\" hoje:", "Essas empresas estão contratando agora – candidate-se com um clique:"],
    "x.alert.x": ["Dica: com o currículo completo você se candidata com um clique.", "Candidate-se cedo: as primeiras candidaturas costumam ser vistas antes.", "Você pode editar ou pausar este alerta nas configurações."],
    "x.news.s": ["Como mandar bem na próxima entrevista", "Negociação salarial: 7 dicas antes de aceitar uma proposta", "Sua newsletter de carreira"],
    "x.news.c": ["Sua newsletter de carreira do {board}. Nesta edição:", "Novidades no blog do {board} – nossa seleção para sua busca:"],
    "x.news.items": ["As 10 perguntas mais comuns em entrevistas", "Como negociar uma proposta de emprego", "Carta de apresentação ainda vale a pena?",
                     "Trabalhar remoto do exterior: o que saber", "Entrevista por vídeo: checklist em cinco minutos", "Recebeu um não? Como manter a motivação"],
    "x.news.from": ["Carreiras"],
    "x.account.s": ["Confirme seu e-mail", "Sua conta de candidato foi criada", "Redefinição de senha", "Seu código de verificação: {code}"],
    "x.account.c": ["Confirme seu e-mail para ativar sua conta no portal de vagas da {company}.", "Você pediu para redefinir sua senha. Seu código é {code} (válido por 15 minutos).",
                    "Boas-vindas ao portal de carreiras da {company}! Com sua conta você acompanha todas as etapas."],
    "x.views.s": ["Seu perfil foi visto {n} vezes", "Você apareceu em {n} buscas esta semana", "Quem viu seu perfil?"],
    "x.views.c": ["Recrutadores viram seu perfil {n} vezes nos últimos 7 dias. Com o Premium você descobre quem.", "Você apareceu em {n} buscas: empresas procuram perfis como o seu."],
    "x.scam.s": ["Vaga home office: R$ {amount} por dia", "Você foi aprovada – comece hoje", "Entrevista pelo WhatsApp"],
    "x.scam.c": ["Olá, vimos seu currículo em um site de vagas. Temos uma vaga de avaliadora de produtos em home office, R$ {amount} por dia, sem experiência.",
                 "Parabéns! Você foi selecionada para uma vaga remota. Para o treinamento é necessário pagar uma taxa única de R$ 89 via Pix.",
                 "Nosso RH quer fazer uma entrevista rápida pelo WhatsApp. Chame no {phone}."],
    "x.scam.x": ["Responda rápido, vagas limitadas!", "Mande uma foto do seu RG e CPF.", "Oferta válida só por 24 horas."],
    "x.flat.s": ["Sua proposta de locação – apartamento na {street}", "Convite para visitar o apartamento", "Sua ficha de locação"],
    "x.flat.c": ["Obrigado pelo interesse no apartamento de {n} quartos na {street}. Propomos uma visita {when}. Traga comprovante de renda e RG.",
                 "Informamos que o apartamento na {street} já foi alugado.", "Recebemos sua ficha de locação. A imobiliária entrará em contato após a análise cadastral."],
    "x.card.s": ["Sua solicitação de cartão de crédito", "Seu cartão foi aprovado", "Estamos analisando sua solicitação ({ref})"],
    "x.card.c": ["Obrigado por solicitar o cartão {bank}. Estamos analisando seus dados e daremos retorno em poucos dias.", "Boa notícia: seu cartão foi aprovado e será enviado para o seu endereço."],
    "x.visa.s": ["Agendamento confirmado – Polícia Federal", "Seu atendimento para Registro Nacional Migratório", "Confirmação de agendamento"],
    "x.visa.c": ["Seu atendimento está confirmado {when}. Protocolo: {ref}. Compareça com passaporte, comprovante de endereço e guia paga.",
                 "Confirmamos seu agendamento {when} (protocolo {ref}). Chegue com 15 minutos de antecedência."],
    "x.school.s": ["Sua inscrição no MBA", "Convocação para entrevista do processo seletivo do mestrado", "Resultado do processo seletivo – pós-graduação"],
    "x.school.c": ["Obrigado pela inscrição no MBA em Supply Chain. Você está convocada para a entrevista de seleção {when}.",
                   "Sua inscrição na pós-graduação está completa. O resultado sai após o encerramento das inscrições."],
    "x.promo.s": ["Só hoje: {pct}% OFF em tudo – oferta para você", "Sua oferta exclusiva está esperando", "Última chance: a oferta acaba hoje"],
    "x.promo.c": ["Aproveite {pct}% de desconto na {shop}. Oferta válida até domingo.", "Como cliente especial, você tem uma oferta: {pct}% na próxima compra."],
    "x.social.s": ["{name} quer se conectar com você", "{name} comentou sua publicação", "Novo convite"],
    "x.social.c": ["{name} ({title}) quer fazer parte da sua rede.", "{name} reagiu à sua publicação: \"Parabéns pelo novo ciclo!\""],
    "x.receipt.s": ["Confirmação da sua compra", "Seu recibo {shop}", "Pagamento confirmado"],
    "x.receipt.c": ["Obrigado pela compra na {shop}. Valor: R$ {amount}. O recibo está na sua conta.", "Recebemos seu pagamento de R$ {amount}. Pedido nº {ref}."],
    "x.personal.s": ["E aí, como foi?", "Vi essa vaga e lembrei de você", "Boa sorte!!"],
    "x.personal.c": ["Oi Inês! Como foi a entrevista ontem? Me conta tudo! E se vier proposta, negocia 😉",
                     "Inês, vi essa vaga e lembrei na hora de você. Dá uma olhada e se candidata!", "Amiga, boa sorte amanhã!! Depois me conta."],
    "x.event.s": ["Convite: Feira de Carreiras em Logística", "Webinar: como negociar sua próxima proposta", "Sua inscrição no Encontro de Talentos"],
    "x.event.c": ["Sua inscrição no nosso evento {when} está confirmada. Conheça mais de 40 empresas e receba dicas para o currículo.",
                  "No webinar {when} vamos mostrar como se destacar nas entrevistas e negociar propostas. O convite de calendário está anexado."],
    "x.press.s": ["Convite para entrevista no nosso podcast", "Entrevista para a revista dos ex-alunos", "Topa uma entrevista sobre sua carreira?"],
    "x.press.c": ["Apresento o podcast \"Mulheres na Logística\" e adoraria te entrevistar. Pode ser {when}? Leva uns 30 minutos.",
                  "Para a próxima edição da revista dos ex-alunos queremos te entrevistar sobre sua carreira internacional, {when} pelo Zoom."],
    "x.pes.s": ["Convocação – atendimento no SINE", "Seu agendamento no posto de atendimento", "Lembrete de atendimento"],
    "x.pes.c": ["Você está convocada para atendimento de intermediação de mão de obra {when}. Protocolo {ref}. Traga a carteira de trabalho digital.",
                "Lembramos seu atendimento {when}. Em caso de falta, reagende pelo aplicativo."],
    "x.survey.s": ["Como foi seu processo seletivo na {company}?", "Sua opinião importa: pesquisa rápida", "Sua experiência como candidata"],
    "x.survey.c": ["Você participou recentemente de um processo da {company}. Como foi a experiência? A pesquisa leva dois minutos.",
                   "Ajude a gente a melhorar: avalie o processo seletivo da {company}. As respostas são anônimas."],
    "x.outpersonal.s": ["Entrevista hoje!", "Novidades 🙂", "Te atualizando"],
    "x.outpersonal.c": ["Oi {name}! Acho que a entrevista foi ótima. Disseram que dão retorno semana que vem. Torce por mim!",
                        "{name}, recebi uma proposta! Ainda estou pensando no salário. Bora conversar no fim de semana?"],
    "x.outflat.s": ["Sobre minha proposta de locação", "Apartamento na {street} – documentos"],
    "x.outflat.c": ["Olá, na semana passada enviei uma proposta para o apartamento na {street} e gostaria de saber se ele ainda está disponível. Posso enviar mais documentos.",
                    "Olá, conforme combinado, segue meu comprovante de renda para o apartamento na {street}. Fico no aguardo."],
    "x.tc.s": ["Novas vagas na {company}", "Sua newsletter de talentos da {company}", "Vagas que podem te interessar"],
    "x.tc.c": ["Como membro do nosso banco de talentos, confira as vagas abertas na {company}:", "Estamos crescendo! Essas vagas acabaram de abrir na {company}:"],
    "x.bounce.s": ["Não entregue: Acompanhamento da minha candidatura", "Falha na entrega da mensagem", "Não foi possível entregar: candidatura"],
    "x.bounce.c": ["Não foi possível entregar sua mensagem ao seguinte destinatário: {addr}. O endereço de e-mail não existe.",
                   "Esta mensagem foi gerada automaticamente. Sua mensagem não pôde ser entregue para: {addr}"],
})
OSEND = {
    "scam": [("RH Contratações", "rh.contrata@mailbox-fast.example"), ("Vagas Home Office", "contato@quickhire.test")],
    "flat": [("Imobiliária Paulista", "locacao@imob-paulista.example"), ("AlugaFácil", "noreply@alugafacil.example")],
    "card": [("Banco Cerrado Digital", "cartoes@bancocerrado.example"), ("NuvemPay", "atendimento@nuvempay.example")],
    "visa": [("Agendamento Polícia Federal", "naoresponda@agendamento-pf.example"), ("Poupatempo", "agendamento@poupatempo-sp.example")],
    "school": [("Fundação Ipê de Negócios – Secretaria", "mba@fin.example"), ("Universidade do Cerrado – Pós-graduação", "posgrad@ucerrado.example")],
    "promo": [("Voe Brasil", "ofertas@voebrasil.example"), ("Livraria Saraiva Nova", "novidades@saraivanova.example")],
    "receipt": [("Ônibus Já", "passagens@onibusja.example"), ("LinkedIn Premium", "billing@linkedin-mail.example")],
    "personal": [("Juliana Prado", "ju.prado@correio-br.example"), ("Marta Ribeiro", "marta.ribeiro@correio.example")],
    "event": [("Feira de Carreiras SP", "contato@feiracarreiras.example"), ("Mulheres na Logística BR", "webinars@mulheresnalogistica-br.example")],
    "press": [("Carla Menezes", "carla@mulheresnalogistica-podcast.example"), ("Revista Ex-Alunos", "redacao@exalunos.example")],
    "pes": [("SINE – Atendimento", "naoresponda@sine-atendimento.example")],
}

CONTRACT = [("em", "o", "no"), ("em", "a", "na"), ("em", "os", "nos"), ("em", "as", "nas"), ("de", "o", "do"), ("de", "a", "da"),
            ("de", "os", "dos"), ("de", "as", "das"), ("a", "a", "à"), ("a", "o", "ao"), ("por", "o", "pelo"), ("por", "a", "pela")]
UI["open"] = "Ver detalhes"

UI["test"] = "Teste"
