"""Italian (Italy and Ticino)."""
CODE = "it"
NAME = "Italian"
HTML_LANG = "it"
CONTENT_LANGUAGE = "it-IT"
PRIVACY_PATH = "privacy-candidati"
INFORMAL_P = 0.35
DISPLAY_STYLES = ["plain", "plain", "upper"]

WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
WDA = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MONA = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
NUM = {1: "una", 2: "due", 3: "tre", 4: "quattro", 5: "cinque", 7: "sette", 10: "dieci", 15: "quindici"}


def hm(d):
    return f"{d.hour}:{d.minute:02d}"


def when(d, i):
    i %= 6
    if i == 0:
        return f"{WD[d.weekday()]} {d.day} {MON[d.month - 1]} alle {hm(d)}"
    if i == 1:
        return f"il {d.day:02d}/{d.month:02d}/{d.year} alle ore {d.hour}.{d.minute:02d}"
    if i == 2:
        return f"{WD[d.weekday()]} {d.day} {MON[d.month - 1]}, ore {hm(d)}"
    if i == 3:
        return f"{WD[d.weekday()]} prossimo ({d.day}/{d.month}) alle {hm(d)}"
    if i == 4:
        return f"il giorno {d.day} {MON[d.month - 1]} {d.year} alle ore {d.hour:02d}:{d.minute:02d}"
    return f"{WD[d.weekday()]} {d.day}/{d.month} dalle {hm(d)}"


N_WHEN = 6


def day(d, i):
    i %= 4
    if i == 0:
        return f"{d.day} {MON[d.month - 1]} {d.year}"
    if i == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if i == 2:
        return f"{WD[d.weekday()]} {d.day} {MON[d.month - 1]}"
    return f"{d.day}/{d.month}"


N_DAY = 4


def lisbon_note(dl):
    return f"(le {hm(dl)} a Lisbona)"


def dur(n):
    return {60: "un'ora", 90: "un'ora e mezza", 30: "mezz'ora"}.get(n, f"{n} minuti")


def join(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " e " + xs[-1]


def money(n, cur="EUR"):
    if cur == "CHF":
        return f"CHF {n:,}".replace(",", "'") + " lordi annui"
    return f"€ {n:,}".replace(",", ".") + " RAL"


PROMISE_KINDS = [("fri", None), ("end_next_week", None), ("n_weeks", [1, 2, 2, 3]), ("n_workdays", [3, 5, 10]),
                 ("date", [5, 7, 9, 12]), ("n_days", [10, 15]), ("end_week", None), ("tomorrow", None), ("mon", None), ("end_month", None)]


def promise(kind, n, target, sent, rng):
    if kind == "fri":
        return rng.choice(["entro venerdì", "entro questo venerdì", "al più tardi venerdì"])
    if kind == "mon":
        return rng.choice(["entro lunedì", "lunedì al più tardi"])
    if kind == "end_week":
        return rng.choice(["entro la fine della settimana", "entro questa settimana"])
    if kind == "end_next_week":
        return rng.choice(["entro la fine della prossima settimana", "entro la fine della settimana prossima"])
    if kind == "n_weeks":
        return f"entro {NUM.get(n, n)} settiman{'e' if n > 1 else 'a'}"
    if kind == "n_workdays":
        return f"entro {NUM.get(n, n)} giorni lavorativi"
    if kind == "n_days":
        return f"entro {NUM.get(n, n)} giorni"
    if kind == "date":
        return rng.choice([f"entro il {target.day} {MON[target.month - 1]}", f"entro il {target.day:02d}/{target.month:02d}"])
    if kind == "tomorrow":
        return "domani"
    if kind == "end_month":
        return rng.choice(["entro fine mese", f"entro la fine di {MON[target.month - 1]}"])
    raise ValueError(kind)


VAGUE = ["a breve", "il prima possibile", "nelle prossime settimane", "non appena possibile", "prossimamente", "appena avremo novità"]


def greet(p, reg, rng):
    if reg == "f":
        if p.gender == "f":
            return rng.choice([f"Gentile Dott.ssa {p.last},", f"Gentile Sig.ra {p.last},", f"Buongiorno {p.first},", f"Gentile {p.first},"])
        return rng.choice([f"Gentile Dott. {p.last},", f"Gentile Sig. {p.last},", f"Buongiorno {p.first},", f"Gentile {p.first},"])
    return rng.choice([f"Ciao {p.first},", f"Ciao {p.first}!", f"Buongiorno {p.first},", f"{'Cara' if p.gender == 'f' else 'Caro'} {p.first},"])


def greet_many(ps, reg, rng):
    return ("Gentili " if reg == "f" else "Ciao ") + join([p.first for p in ps]) + ","


def attrib_gmail(d, name, addr):
    return f"Il giorno {WDA[d.weekday()]} {d.day} {MONA[d.month - 1]} {d.year} alle ore {d.hour:02d}:{d.minute:02d} {name} <{addr}> ha scritto:"


def attrib_iphone(d, name, addr):
    return f"Il giorno {d.day} {MONA[d.month - 1]} {d.year}, alle ore {d.hour:02d}:{d.minute:02d}, {name} <{addr}> ha scritto:"


def attrib_tb(d, name, addr):
    return f"Il {d.day:02d}/{d.month:02d}/{d.year} {d.hour:02d}:{d.minute:02d}, {name} ha scritto:"


def outlook_block(d, frm, to, subj, cc):
    L = [f"Da: {frm[0]} <{frm[1]}>", f"Inviato: {WD[d.weekday()]} {d.day} {MON[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}",
         "A: " + "; ".join(f"{n} <{a}>" if n else a for n, a in to)]
    if cc:
        L.append("Cc: " + "; ".join(f"{n} <{a}>" for n, a in cc))
    L.append(f"Oggetto: {subj}")
    return L


OUTLOOK_SEP = "-----Messaggio originale-----"
RE = {"outlook": "R:", "gmail": "Re:", "iphone": "Re:", "thunder": "Re:", "plain": "Re:"}
RE_ALL = ["Re:", "R:", "RE:", "I:", "Fwd:", "AW:"]
AUTOREPLY_PREFIX = "Risposta automatica:"
CANCELLED = "Annullato"
CAL_PREFIX_GOOGLE = "Invito: "
MOBILE = ["Inviato da iPhone", "Inviato dal mio smartphone", "Inviato da Outlook per iOS", "Inviato dal mio dispositivo Samsung"]
SIG = {"tel": "Tel.", "mail": "Email:"}


def gcal_subject(summary, start):
    return f"Invito: {summary} - {WDA[start.weekday()]} {start.day} {MONA[start.month - 1]} {start.year} {start.hour:02d}:{start.minute:02d} (CE{'S' if start.utcoffset().total_seconds() >= 7200 else ''}T) (ines.hofmann@example.net)"


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Riunione di Microsoft Teams\nPartecipa ora alla riunione\n{link}\nID riunione: {id}\nPasscode: {pw}\n"
               "________________________________________________________________________________")
GCAL_BLOCK = ("Partecipa con Google Meet\n{link}\n\nQuando: {when}\nOrganizzatore: {org}\n\n"
              "Invito da Google Calendar\nRicevi questa email perché sei un invitato all'evento.")


def cal_desc(c, tool, link):
    return f"{tool}: {link}\n{c['when']}"


UI = dict(portal="Vai all'area candidato", job="Posizione", employer="Azienda", location="Sede", date="Candidatura del",
          view_apps="Le mie candidature", similar="Offerte simili", confirm="Conferma presenza", book="Scegli un orario",
          what="Evento", when="Quando", who="Con", where="Dove", resched="Riprogramma o annulla", join="Partecipa",
          start_test="Inizia il test", status="Stato", reply="Rispondi", position="Ruolo", salary="Retribuzione",
          start="Data di inizio", sign="Rivedi e firma", reception="alla reception", jobs_box="Lavora con noi – {company}")
AUTO_NOTE = ["Questa è una comunicazione automatica: si prega di non rispondere.", "Questa casella non è presidiata. Per domande usa l'area candidato.",
             "Ti preghiamo di non rispondere direttamente a questa email."]
GDPR = ["Informativa ai sensi degli artt. 13 e 14 del Regolamento (UE) 2016/679: i Suoi dati saranno trattati esclusivamente per finalità di selezione. Dettagli: {privacy}",
        "Titolare del trattamento è {legal}. Può esercitare i diritti di cui agli artt. 15-22 GDPR scrivendo tramite {privacy}",
        "I dati saranno conservati per 24 mesi dalla ricezione del CV, salvo revoca del consenso."]
POWERED = ["Inviato tramite {vendor}", "Powered by {vendor}", "Software di selezione: {vendor}"]
CONF = ["Questo messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. Se lo ha ricevuto per errore, La preghiamo di informare il mittente e di cancellarlo.",
        "Prima di stampare, pensa all'ambiente.", "Le informazioni contenute in questa comunicazione sono riservate."]
BOARD_FOOT = ["Ricevi questa email perché hai un account {board}. Gestisci notifiche · Annulla iscrizione · Privacy",
              "© {board} – Messaggio automatico.", "{board} · Assistenza · Preferenze email"]
GDPR14 = ["Informativa ex art. 14 GDPR: i Suoi dati di contatto sono stati reperiti da un social network professionale pubblico. Se non desidera essere ricontattata, basta una risposta e li cancelleremo.",
          "{agency_legal} tratta i Suoi dati sulla base del legittimo interesse. Può opporsi in qualsiasi momento rispondendo a questa email."]
STATUS_LABELS = ["In valutazione", "Valutazione del responsabile", "Preselezione", "In corso"]
AGENDA = ["{t}–{t2}: colloquio con {who}", "{t}–{t2}: colloquio tecnico con {who}", "{t}–{t2}: visita dello stabilimento con {who}"]
AGENDA_END = "{t}: pranzo con il team e chiusura"
DOCS = ["copia del titolo di studio", "due referenze", "la Sua RAL attuale", "la Sua disponibilità", "il certificato di laurea", "il periodo di preavviso", "il codice fiscale"]
CASE_FILES = ["Caso_studio_{company}.pdf", "Esercizio_selezione.pdf", "Traccia_case.pdf"]
OFFER_FILES = ["Lettera_offerta_{last}.pdf", "Proposta_{company}.pdf", "Lettera_assunzione_{last}.pdf"]
OFFER_DOCS = ["Lettera di assunzione – {role}", "Contratto – {last}", "Proposta di assunzione {company}"]
ASSESS = ["TestGorilla", "SHL", "AssessFirst", "Codility"]
ESIGN = ["Namirial", "DocuSign", "Namirial"]
SOCIAL = ["LinkedIn"]

FIRST_F = ["Giulia", "Chiara", "Francesca", "Federica", "Valentina", "Elena", "Martina", "Sara", "Alessandra", "Silvia", "Ilaria", "Beatrice", "Noemi", "Serena"]
FIRST_M = ["Marco", "Luca", "Andrea", "Matteo", "Davide", "Stefano", "Niccolò", "Giorgio", "Alessandro", "Riccardo", "Paolo", "Fabio", "Tommaso", "Emanuele"]
LAST = ["Rossi", "Bianchi", "Colombo", "Ferrari", "Esposito", "Romano", "Ricci", "Marino", "Greco", "Bruno", "Galli", "Conti", "De Luca", "Mancini",
        "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Bellù"]
REGIONS = [
    dict(country="IT", tz="Europe/Rome", w=8, cc="+39", cities=[("Milano", "201", "02"), ("Torino", "101", "011"), ("Bologna", "401", "051"), ("Roma", "001", "06"),
                                                                 ("Genova", "161", "010"), ("Verona", "371", "045"), ("Padova", "351", "049"), ("Napoli", "801", "081")],
         forms=["S.r.l.", "S.p.A.", "S.r.l.", "S.r.l."], currency="EUR"),
    dict(country="CH", tz="Europe/Zurich", w=1, cc="+41", cities=[("Lugano", "69", "91"), ("Bellinzona", "65", "91")], forms=["SA", "Sagl"], currency="CHF"),
]
STREETS = ["Via Roma", "Corso Buenos Aires", "Via Garibaldi", "Viale Monza", "Via Indipendenza", "Corso Vittorio Emanuele II", "Via Mazzini",
           "Via dei Mille", "Piazza della Repubblica", "Via Nassa", "Via Torino", "Viale della Liberazione"]
CO_ROOTS = ["Ponte Rosso", "Aurora", "Dolomiti", "Laguna", "Vesuvio", "Appennino", "Girasole", "Tramontana", "Levante", "Gelsomino", "Zefiro",
            "Ulivo", "Borgo", "Meridiana", "Arno", "Brenta", "Cipresso", "Faro", "Lario", "Maestrale"]
CO_WORDS = {"eng": ["Ingegneria", "Meccanica", "Sistemi", "Automazione"], "mkt": ["Comunicazione", "Studio", "Media", "Brand"],
            "log": ["Logistica", "Trasporti", "Supply", "Distribuzione"], "res": ["Labs", "Ricerca", "Biotech", "Materiali"],
            "hosp": ["Hotels", "Hospitality", "Resort", "Ospitalità"]}
ROLES = {
    "eng": [("Ingegnere di Processo (M/F)", "Ingegnere di Processo"), ("Quality Engineer (m/f/d)", "Quality Engineer"),
            ("Ingegnera di Produzione", "Ingegnera di Produzione"), ("Project Engineer Junior (M/F)", "Project Engineer Junior")],
    "mkt": [("Marketing Specialist (M/F)", "Marketing Specialist"), ("Junior Brand Manager", "Junior Brand Manager"),
            ("Digital Marketing Manager (m/f/d)", "Digital Marketing Manager"), ("Responsabile Comunicazione", "Responsabile Comunicazione")],
    "log": [("Responsabile Logistica (M/F)", "Responsabile Logistica"), ("Supply Chain Planner", "Supply Chain Planner"),
            ("Magazziniera Capoturno (m/f)", "Magazziniera Capoturno"), ("Demand Planner (M/F)", "Demand Planner")],
    "res": [("Assegnista di ricerca in Scienza dei Materiali", "Assegnista di ricerca in Scienza dei Materiali"), ("Ricercatrice RTD-A", "Ricercatrice RTD-A"),
            ("Tecnico di Laboratorio (M/F)", "Tecnico di Laboratorio"), ("Research Scientist Batterie", "Research Scientist Batterie")],
    "hosp": [("Front Office Manager (M/F)", "Front Office Manager"), ("Revenue Manager", "Revenue Manager"),
             ("Vice Direttore d'Albergo (m/f)", "Vice Direttore d'Albergo"), ("Guest Relations Manager (M/F)", "Guest Relations Manager")],
}
REC_TITLES = ["HR Specialist", "Talent Acquisition Specialist", "Recruiter", "HR Business Partner", "Responsabile Selezione", "HR Generalist"]
HR_TITLES = ["Amministrazione del Personale", "HR Manager", "Ufficio Paghe"]
HM_TITLES = {"eng": ["Direttore di Stabilimento|Direttrice di Stabilimento", "Responsabile Ingegneria", "Plant Manager"],
             "mkt": ["Direttore Marketing|Direttrice Marketing", "Head of Brand", "Responsabile Comunicazione"],
             "log": ["Responsabile Operations", "Head of Supply Chain", "Direttore Logistica|Direttrice Logistica"],
             "res": ["Professore Associato|Professoressa Associata", "Responsabile R&D", "Group Leader"],
             "hosp": ["Direttore d'Albergo|Direttrice d'Albergo", "Rooms Division Manager", "General Manager"]}
PANEL_TITLES = {"eng": ["Ingegnere Senior|Ingegnera Senior", "Responsabile Qualità"], "mkt": ["Brand Manager Senior", "Content Lead"],
                "log": ["Responsabile Trasporti", "Capo Magazzino"], "res": ["Ricercatore Senior|Ricercatrice Senior", "Tecnico di Laboratorio|Tecnica di Laboratorio"],
                "hosp": ["Front Office Supervisor", "Revenue Director"]}
AGENT_TITLES = ["Senior Consultant", "Head Hunter", "Associate Partner", "Recruitment Consultant"]
AGENCIES = [("Talenti Italiani", "S.r.l."), ("Alpi Executive Search", "S.r.l."), ("Selezione Mediterranea", "S.r.l."), ("Ponte Talent", "S.r.l.")]
CLIENT_DESC = {"eng": ["un gruppo industriale leader nel packaging", "un'azienda meccanica con forte vocazione all'export"], "mkt": ["un brand della moda in forte crescita", "una startup del food delivery"],
               "log": ["un operatore logistico di riferimento nel Nord Italia", "un e-commerce con magazzino proprio"], "res": ["una biotech nata da un'università", "un centro di ricerca privato"],
               "hosp": ["un gruppo alberghiero di lusso", "un resort sul lago di Como"]}
SALARY = {"eng": (36000, 52000), "mkt": (30000, 45000), "log": (32000, 48000), "res": (26000, 40000), "hosp": (28000, 42000)}
FIELD_DESC = {"eng": "il Suo percorso in ingegneria gestionale", "mkt": "la Sua esperienza nel marketing internazionale",
              "log": "la Sua esperienza in supply chain", "res": "il Suo percorso di ricerca", "hosp": "la Sua esperienza nell'hôtellerie di lusso"}
SKILLS = {"eng": ["lean manufacturing", "miglioramento continuo", "industrializzazione"], "mkt": ["digital marketing", "lancio di prodotti", "ricerche di mercato"],
          "log": ["gestione del magazzino", "SAP EWM", "pianificazione dei trasporti"], "res": ["caratterizzazione dei materiali", "progetti PRIN", "analisi dati"],
          "hosp": ["revenue management", "accoglienza ospiti", "gestione del team"]}
TOPICS = {"eng": ["l'automazione della nuova linea", "il vostro programma di miglioramento continuo"], "mkt": ["il lancio in Portogallo", "il restyling del brand"],
          "log": ["il passaggio al nuovo WMS", "l'apertura del secondo magazzino"], "res": ["il progetto sul riciclo dei catodi", "le collaborazioni con l'industria"],
          "hosp": ["la riapertura dell'hotel in primavera", "il programma di soddisfazione degli ospiti"]}
CASES = {"eng": ["un'analisi dei tempi ciclo", "una proposta per ridurre gli scarti"], "mkt": ["un piano di lancio prodotto", "un'analisi dei nostri canali social"],
         "log": ["un caso sull'ottimizzazione delle ubicazioni", "un'analisi di rete per due magazzini"], "res": ["una proposta di progetto di due pagine", "l'analisi di un piccolo dataset"],
         "hosp": ["un piano per migliorare il check-in", "una strategia tariffaria per un weekend fieristico"]}
TESTS = {"eng": ["Ragionamento meccanico", "Ragionamento numerico"], "mkt": ["Test di marketing", "Questionario di personalità"],
         "log": ["Ragionamento numerico", "Test Excel"], "res": ["Ragionamento logico", "Test di inglese"], "hosp": ["Giudizio situazionale", "Questionario di personalità"]}
ATS = ["InRecruiting", "InRecruiting", "Teamtailor", "Workday", "SuccessFactors", "Factorial"]
BOARDS = ["TrovaLavoro", "LinkedIn", "Indeed", "TrovaLavoro"]


def ref(rng):
    return rng.choice([f"Rif. {rng.choice('ABCDEF')}{rng.randint(100, 999)}", f"Codice annuncio {rng.randint(10000, 99999)}", f"Rif. {rng.randint(25, 27)}/{rng.randint(10, 99)}"])


def company_name(root, word, rng):
    return rng.choice([f"{root} {word}", f"{word} {root}", f"{root} {word}"])


def address(rng, city, region, plz):
    st = rng.choice(STREETS)
    if region["country"] == "CH":
        return f"{st} {rng.randint(1, 60)}", f"{plz}{rng.randint(0, 9)}{rng.randint(0, 9)} {city}"
    return f"{st}, {rng.randint(1, 150)}", f"{plz}{rng.randint(10, 99)} {city}"


def register_line(rng, co, region):
    if region["country"] == "CH":
        return f"IDE CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} · Registro di commercio del Cantone Ticino"
    prov = {"Milano": "MI", "Torino": "TO", "Bologna": "BO", "Roma": "RM", "Genova": "GE", "Verona": "VR", "Padova": "PD", "Napoli": "NA"}.get(co["city"], "MI")
    return (f"Sede legale: {co['street']}, {co['zipcity']} – Cap. Soc. € {rng.choice(['10.000', '100.000', '1.500.000'])} i.v. – "
            f"P.IVA {rng.randint(10 ** 10, 10 ** 11 - 1):011d} – REA {prov}-{rng.randint(100000, 2999999)}")


def phone(rng, region, area):
    return f"{region['cc']} {area} {rng.randint(1000, 9999)}{rng.randint(100, 999)}"

B = {
    "greet": ["f|Gentile Dott.ssa Hofmann,", "f|Gentile Sig.ra Hofmann,", "f|Gentile Inês,", "f|Buongiorno Dott.ssa Hofmann,", "f|Gentile candidata,", "f|Egregia Dott.ssa Duarte Hofmann,",
              "i|Ciao Inês,", "i|Ciao Inês!", "i|Buongiorno Inês,", "i|Cara Inês,", "i|Ciao Inês, come va?", "i|Hey Inês,"],
    "greetb": ["Ciao {first},", "Gentile {full},", "Buongiorno {first},", "Ciao,"],
    "close": ["f|Cordiali saluti,", "f|Distinti saluti,", "f|Un cordiale saluto,", "f|Cordialmente,", "f|Restiamo a disposizione per qualsiasi chiarimento.",
              "i|Un saluto,", "i|A presto!", "i|Buona giornata!", "i|Ciao!", "i|Grazie e a presto,", "i|Buon lavoro!"],
    "oclose": ["f|Cordiali saluti,", "f|Distinti saluti,", "f|Un cordiale saluto da Lisbona,", "i|Un saluto,", "i|A presto!", "i|Grazie ancora,"],
    "team": ["f|Ufficio Risorse Umane\n{legal}", "f|Il team Selezione di {company}", "f|Talent Acquisition – {company}", "f|Direzione del Personale | {legal}",
             "i|Il team di {company}", "i|Il team People di {company}", "i|Tutti noi di {company}"],
    "ack.s": ["f|La Sua candidatura per {role}", "f|Conferma ricezione candidatura – {role}", "f|Candidatura ricevuta ({ref})", "f|{company}: abbiamo ricevuto la Sua candidatura",
              "i|Grazie per la tua candidatura, {first}!", "i|La tua candidatura in {company}", "i|Abbiamo ricevuto la tua candidatura 🙌", "i|{role}: candidatura ricevuta"],
    "ack.c": ["f|La ringraziamo per l'interesse dimostrato verso {company}. Confermiamo la ricezione della Sua candidatura per la posizione di {role}.",
              "f|Con la presente confermiamo di aver ricevuto la Sua candidatura ({ref}).",
              "f|La Sua candidatura per l'annuncio {role} è stata registrata correttamente nel nostro sistema.",
              "f|Grazie per essersi candidata in {company}. Il Suo CV è stato inoltrato al team di selezione.",
              "f|Abbiamo ricevuto la Sua candidatura per la posizione di {role} a {city} e La ringraziamo per la fiducia.",
              "f|Le comunichiamo che la Sua candidatura è stata ricevuta e sarà valutata dal team competente.",
              "i|Grazie per esserti candidata per {role}! Abbiamo ricevuto tutto.",
              "i|La tua candidatura è arrivata. Grazie per aver pensato a {company}!",
              "i|Ti confermiamo che abbiamo ricevuto il tuo CV per la posizione di {role}.",
              "i|Perfetto, la tua candidatura per {role} è in buone mani.",
              "i|Candidatura ricevuta ✔ Grazie per voler far parte di {company}."],
    "ack.n": ["f|Valuteremo con attenzione la Sua candidatura e La ricontatteremo {promise}.",
              "f|Riceverà un riscontro da parte nostra {promise}.",
              "f|Ci impegniamo a darLe una risposta {promise}, qualunque sia l'esito.",
              "f|La ricontatteremo {vague}.",
              "f|Dato l'elevato numero di candidature, la valutazione potrebbe richiedere del tempo. La contatteremo {vague}.",
              "f|Qualora il Suo profilo fosse in linea con la posizione, La contatteremo entro due settimane.",
              "f|Se non riceverà notizie entro 30 giorni, la candidatura si intenderà non selezionata.",
              "i|Guardiamo tutto con calma e ti facciamo sapere {promise}.",
              "i|Avrai nostre notizie {promise}, promesso!",
              "i|Ti ricontattiamo {vague}.",
              "i|Se c'è match, ti scriviamo in circa due settimane."],
    "ack.x": ["f|Può seguire lo stato della Sua candidatura in qualsiasi momento nell'area candidato.", "f|Le consigliamo di controllare anche la cartella spam.",
              "f|In caso di variazione dei recapiti, La preghiamo di aggiornarli direttamente nel portale.", "i|Nel frattempo dai un'occhiata al nostro blog per conoscere il team!",
              "i|Domande? Scrivici dall'area candidato."],
    "ackb.s": ["La tua candidatura è stata inviata a {company}", "Candidatura inviata: {role}", "Ti sei candidata per {role} presso {company}", "{board}: candidatura {role}"],
    "ackb.c": ["La tua candidatura per {role} è stata inviata con successo a {company}.", "Buone notizie: la tua candidatura è partita. {company} l'ha ricevuta tramite {board}.",
               "Ti sei appena candidata presso {company} con il tuo profilo {board}.", "Abbiamo inoltrato la tua candidatura all'azienda. Ecco il riepilogo:"],
    "ackb.x": ["Consiglio: le aziende rispondono prima se il profilo è completo.", "Trovi tutte le tue candidature in «Le mie candidature».",
               "L'azienda decide i passi successivi e ti contatterà direttamente."],
    "acke.c": ["f|Grazie per la Sua email. Questa è una conferma automatica: il Suo messaggio è stato ricevuto dall'Ufficio Selezione.",
               "f|Abbiamo ricevuto la Sua candidatura via email. La preghiamo di non inviare solleciti; sarà nostra cura ricontattarLa.",
               "i|Grazie per la tua email! Risposta automatica: la tua candidatura è arrivata al team People."],
    "apply.s": ["Candidatura per {role}", "Candidatura – {role} – Inês Hofmann", "Candidatura posizione {role} ({ref})", "Annuncio {role}"],
    "rej.s": ["f|La Sua candidatura presso {company}", "f|La Sua candidatura per {role}", "f|Esito della Sua candidatura", "f|Aggiornamento sulla Sua candidatura",
              "f|{company} – candidatura", "f|Grazie per l'interesse verso {company}", "i|Novità sulla tua candidatura", "i|Grazie da {company}"],
    "rej.thanks": ["f|La ringraziamo per l'interesse verso {company} e per il tempo dedicato alla candidatura.", "f|La ringraziamo nuovamente per la candidatura alla posizione di {role}.",
                   "f|Apprezziamo la fiducia accordataci.", "i|Grazie ancora per esserti candidata.", "i|Grazie per la candidatura e per l'interesse verso {company}."],
    "rej.pre": ["f|Dopo un'attenta valutazione, siamo spiacenti di comunicarLe che la Sua candidatura non proseguirà nel processo di selezione.",
                "f|Abbiamo deciso di proseguire con altri profili più in linea con i requisiti della posizione.",
                "f|Purtroppo, in questa occasione la Sua candidatura non è stata selezionata.",
                "f|La informiamo che il processo proseguirà con altri candidati.",
                "f|Il Suo profilo è interessante, ma cerchiamo un'esperienza più consolidata nel settore.",
                "f|Dato l'elevato numero di candidature, non possiamo invitarLa a un colloquio in questa fase.",
                "f|Non siamo in grado di prendere in considerazione la Sua candidatura per la posizione di {role}.",
                "i|Abbiamo guardato con attenzione il tuo profilo e abbiamo deciso di andare avanti con altre candidature.",
                "i|Questa volta non riusciamo: proseguiamo con profili più vicini a ciò che cerchiamo.",
                "i|Non andremo avanti con la tua candidatura, anche se il tuo percorso ci è piaciuto molto.",
                "i|È stata una scelta difficile, ma abbiamo preferito qualcuno che conosce già il nostro settore."],
    "rej.post": ["f|La ringraziamo per il colloquio con {iv1}. Dopo un'attenta riflessione abbiamo scelto di proseguire con un'altra candidata, il cui profilo risponde meglio alle esigenze attuali.",
                 "f|A seguito dei colloqui, abbiamo deciso di selezionare un altro candidato.",
                 "f|Abbiamo apprezzato molto il confronto, ma non proseguiremo il percorso con Lei.",
                 "f|Era tra le finaliste e la decisione non è stata semplice: abbiamo scelto un profilo con esperienza diretta nel settore.",
                 "f|A conclusione dei colloqui, siamo spiacenti di informarLa che non daremo seguito alla Sua candidatura.",
                 "i|Grazie per il colloquio con {iv1_first}! Abbiamo preso una decisione e andiamo avanti con un'altra persona.",
                 "i|Volevo dirtelo di persona: abbiamo scelto un altro profilo. So che non è la notizia che speravi.",
                 "i|È stato un testa a testa, ma abbiamo offerto il ruolo a un'altra persona."],
    "rej.cancel": ["f|La posizione di {role} è stata sospesa per motivi di budget; chiudiamo pertanto il processo di selezione.",
                   "f|La posizione è stata coperta internamente, quindi il processo si conclude.",
                   "f|A seguito di una riorganizzazione, la ricerca per il ruolo di {role} è stata annullata.",
                   "f|La posizione è ora coperta e chiudiamo tutte le candidature in sospeso.",
                   "i|Un aggiornamento: dopo la riorganizzazione il ruolo di {role} non c'è più, quindi chiudiamo il processo.",
                   "i|Alla fine abbiamo coperto la posizione internamente, quindi non andiamo avanti."],
    "rej.one": ["i|Ciao {first}, ti aggiorno al volo: andiamo avanti con un altro profilo. Grazie e in bocca al lupo!",
                "i|{first}, abbiamo scelto un'altra persona. Grazie del tuo tempo!",
                "i|Ciao {first}, stavolta niente match, la posizione è coperta. Buona fortuna!",
                "i|Ciao {first}, ti confermo che non proseguiamo insieme su questa posizione. Un saluto!",
                "f|Gentile Dott.ssa {last}, Le comunico che la posizione di {role} è stata coperta. Cordiali saluti.",
                "f|Dott.ssa {last}, non proseguiremo con la Sua candidatura. Grazie e buona fortuna."],
    "rej.soft": ["f|Le auguriamo ogni successo per il Suo percorso professionale.", "f|Questa decisione non rappresenta un giudizio sulle Sue competenze.",
                 "f|Saremo lieti di ricevere nuovamente la Sua candidatura per future opportunità.", "i|In bocca al lupo per la tua ricerca!", "i|Continua a seguire le nostre offerte."],
    "rej.fb": ["f|Se lo desidera, posso darLe un feedback più dettagliato in una breve telefonata.", "f|Resto a disposizione per un confronto sul percorso.", "i|Se vuoi un feedback, scrivimi pure."],
    "rej.pool": ["f|Con il Suo consenso, conserveremo il CV nel nostro database per 24 mesi per future opportunità.",
                 "f|In conformità alla nostra informativa privacy, i Suoi dati saranno cancellati entro sei mesi.", "i|Se vuoi, teniamo il tuo CV per future posizioni: basta dircelo."],
    "rejb.s": ["Aggiornamento sulla tua candidatura presso {company}", "Selezione chiusa: {role}", "{company} ha aggiornato la tua candidatura"],
    "rejb.c": ["{company} ha aggiornato lo stato della tua candidatura su {board}. Messaggio dell'azienda:",
               "Ci sono novità sulla tua candidatura per {role}. {company} ti ha inviato questo messaggio:", "L'azienda ha chiuso la selezione per {role}:"],
    "inv.s": ["f|Invito a colloquio – {role}", "f|Convocazione colloquio", "f|Colloquio {role} presso {company}", "f|Prossimi passi – {company}",
              "f|Incontro con {company}", "i|Ci sentiamo? ({role})", "i|Prossimo step con {company}", "i|Una chiacchierata?", "i|Call con il team"],
    "inv.fixed": ["f|Il Suo profilo ha suscitato il nostro interesse e vorremmo conoscerLa. Le proponiamo un colloquio {when} con {iv}.",
                  "f|Siamo lieti di invitarLa a un colloquio {when}. Per {company}: {iv}.",
                  "f|Vorremmo proseguire il percorso e Le proponiamo di incontrarci {when}, con {iv}.",
                  "f|In merito alla Sua candidatura per {role}, Le confermo il colloquio {when}, della durata di circa {dur}.",
                  "f|Ho riservato uno slot {when}. Parteciperà anche {iv1} del team.",
                  "f|Come concordato telefonicamente, Le confermo il colloquio {when} con {iv}.",
                  "i|Ci piacerebbe conoscerti! Ti va bene {when}? Parlerai con {iv}.",
                  "i|Perfetto, ti ho fissato {when}. Ci sarà anche {iv1}.",
                  "i|Ci sentiamo {when}? Conoscerai {iv}.", "i|Ti confermo la nostra chiacchierata {when}. Calcola circa {dur}."],
    "inv.screen": ["f|Vorrei conoscere meglio il Suo percorso con una breve telefonata. Sarebbe disponibile {when}? Saranno circa {dur}.",
                   "f|Come primo passo Le propongo un colloquio telefonico conoscitivo {when}.", "f|La chiamerò {when} per presentarLe la posizione di {role}.",
                   "i|Ti va una prima call con me? Sono libera {when}, circa {dur}.", "i|Ti chiamo {when} e ti racconto del team, ok?",
                   "i|Facciamo una videochiamata veloce {when}? In tutta semplicità."],
    "inv.slots": ["f|Vorremmo invitarLa a un colloquio con {iv}. Queste sono le disponibilità:", "f|Saremmo lieti di conoscerLa. La preghiamo di scegliere uno dei seguenti orari:",
                  "f|Per un primo incontro Le proponiamo questi slot:", "i|Vorremmo conoscerti! Uno di questi orari ti va bene?", "i|Io e {iv1} siamo liberi in questi momenti:"],
    "inv.slots2": ["f|Mi indichi l'opzione più comoda per Lei. Se nessuna fosse possibile, troveremo un'alternativa.", "f|Resto in attesa di una Sua conferma.",
                   "i|Dimmi quale ti torna meglio.", "i|Se nessuna va, proponimi tu altri orari."],
    "inv.link": ["f|Vorremmo invitarLa a un colloquio con {iv}. La preghiamo di prenotare direttamente uno slot a questo link: {link}",
                 "f|Può scegliere l'orario del colloquio nel nostro strumento di prenotazione ({tool}): {link}", "f|Per il prossimo step, prenoti uno slot di {dur} qui: {link}",
                 "i|Prenota lo slot che preferisci nel mio calendario: {link}", "i|Ecco il link per fissare una chiacchierata con {iv1}: {link}"],
    "inv.avail": ["f|Vorremmo invitarLa a un colloquio con {iv}. Potrebbe indicarmi la Sua disponibilità per le prossime due settimane?",
                  "f|Per organizzare il colloquio con {iv1}, potrebbe indicarmi due o tre fasce orarie a Lei comode?",
                  "f|Per un colloquio di circa {dur}, quale sarebbe la Sua disponibilità la prossima settimana?",
                  "i|Quando avresti tempo la prossima settimana per parlare con {iv}? Mandami qualche opzione.",
                  "i|Dimmi le tue disponibilità dei prossimi giorni e mi organizzo con il team."],
    "inv.cal": ["f|In allegato l'invito per il nostro colloquio. Cordiali saluti.", "f|Come concordato, Le invio l'invito.", "f|Questo è l'invito ufficiale per il colloquio {when}.",
                "i|Ti mando l'invito, a presto!", "i|Fissato! Ecco l'invito per il tuo calendario."],
    "cal.sum": ["Colloquio {company} – Inês Hofmann", "Colloquio: {role}", "{company} <> Inês Hofmann", "Incontro Inês Hofmann / {company}", "Chiacchierata {role} | {company}"],
    "inv.remind.s": ["Promemoria: il tuo appuntamento con {company}", "Domani: il tuo colloquio presso {company}", "Promemoria appuntamento", "A breve: la tua call con {company}"],
    "inv.remind": ["Ti ricordiamo l'appuntamento con {company} {when}.", "Si avvicina il tuo incontro con {iv}: {when}.", "Promemoria: il tuo colloquio video ({role}) è {when}.",
                   "Il tuo appuntamento prenotato con {company} è vicino."],
    "inv.resched": ["f|Mi scuso, ma devo spostare il nostro incontro di {old_when}, poiché {iv1} ha avuto un imprevisto. Le andrebbe bene {when}?",
                    "f|Per motivi organizzativi dobbiamo spostare il colloquio. Nuovo orario: {when} (invece di {old_when}).",
                    "f|Piccola variazione: spostiamo il colloquio a {when}. Spero vada ancora bene per Lei.",
                    "i|Scusa il cambio: possiamo passare da {old_when} a {when}? {iv1} ha un imprevisto.", "i|Dobbiamo riorganizzarci: nuovo orario {when}. Ti va bene?"],
    "inv.onsite": ["f|Siamo lieti di invitarLa alla fase finale presso la nostra sede. La giornata inizierà {when}; questo il programma:",
                   "f|Come anticipato, La invitiamo a trascorrere una mattinata con noi a {city}. Inizio: {when}. Programma:",
                   "i|Ti invitiamo in ufficio per l'ultimo step: si comincia {when}. Ecco il programma:", "i|Per l'ultimo passaggio vorremmo conoscerti di persona, {when}. L'agenda:"],
    "inv.confirm.s": ["Confermato: {event}", "Nuovo evento: {event} con {host}", "La tua prenotazione con {company} è confermata"],
    "inv.confirm": ["Il tuo appuntamento è stato pianificato. In allegato trovi l'invito di calendario.", "Hai un appuntamento con {host} ({company}).", "Grazie per la prenotazione, ecco i dettagli:"],
    "inv.prep": ["f|La preghiamo di riservare circa {dur}.", "f|Porti con sé un documento d'identità e si presenti alla reception qualche minuto prima.",
                 "f|Non è richiesta alcuna preparazione; una breve presentazione del Suo percorso (cinque minuti) sarà gradita.",
                 "i|Porta tutte le domande che vuoi!", "i|Dress code: come ti senti a tuo agio.", "i|Calcola circa {dur}."],
    "inv.ask": ["f|La prego di confermare la Sua presenza.", "f|Mi può confermare se l'orario Le va bene?", "f|Se l'orario non fosse comodo, non esiti a propormi un'alternativa.",
                "i|Mi confermi?", "i|Se non ti va bene, dimmelo pure."],
    "mode.video": ["f|Il colloquio si svolgerà su {tool}: {link}", "Link di collegamento ({tool}): {link}", "i|Ci vediamo su {tool}: {link}", "Link: {link}"],
    "mode.site": ["f|Indirizzo: {place}. Si presenti {reception}.", "f|I nostri uffici sono in {place}.", "i|Siamo in {place}; chiedi di me {reception}."],
    "mode.phone": ["f|La chiameremo al numero {phone}.", "f|La chiamerò al {phone}: il numero è ancora valido?", "i|Ti chiamo al {phone}.", "i|Per qualsiasi imprevisto, il mio numero è {rphone}."],
    "as.s": ["Il tuo test per {company}", "Invito a un test online – {role}", "{company} ti invita a una valutazione", "Prossimo step: test online ({role})"],
    "as.vendor": ["f|{company} La invita a svolgere una valutazione online sulla piattaforma {vendor} nell'ambito della selezione per {role}. Il test dura circa {mins} minuti e va completato entro {deadline}.",
                  "f|Come prossimo passo, La preghiamo di completare il test «{test}» entro {deadline}.",
                  "f|È stata invitata a una valutazione per la posizione di {role} presso {company}. Il link è valido fino a {deadline}.",
                  "i|{company} vuole conoscerti meglio e ti ha inviato un breve test ({test}, circa {mins} minuti). Hai tempo fino a {deadline}."],
    "as.tips": ["Consiglio: usa un computer e una connessione stabile.", "Il test non può essere interrotto: riserva {mins} minuti consecutivi.", "Per problemi tecnici contatta il supporto {vendor}."],
    "as.remind.s": ["Promemoria: il tuo test per {company} scade a breve", "Ancora da completare: {test}", "Manca poco alla scadenza della tua valutazione"],
    "as.remind": ["Il tuo test per {company} non è ancora completato. Il link scade il {deadline}.", "Non hai ancora iniziato il test «{test}» di {company}. Completalo entro {deadline}."],
    "as.case.s": ["f|Case study per la prossima fase", "f|Esercitazione – {role}", "i|Una piccola sfida per te"],
    "as.case": ["f|Come prossimo passo, Le chiediamo di preparare {case}. Trova la traccia in allegato; ci invii il Suo lavoro entro {deadline}.",
                "f|In allegato trova un breve caso: {case}. Calcoli circa {hours} ore di lavoro. Consegna entro {deadline}.",
                "i|Prima di rivederci, abbiamo una piccola sfida per te: {case}. Trovi tutto nel PDF; mandacelo entro {deadline}.",
                "i|Come promesso, ecco il case ({case}). Non dedicarci più di {hours} ore."],
    "as.case2": ["f|Presenterà il Suo lavoro al prossimo colloquio (circa 20 minuti).", "f|Resto a disposizione per qualsiasi dubbio sulla traccia.",
                 "i|Per qualsiasi dubbio, scrivimi!", "i|Ce lo presenterai al prossimo incontro."],
    "as.video.s": ["Il tuo video colloquio differito – {company}", "Video intervista registrata – {role}"],
    "as.video": ["f|Come prossimo passo La invitiamo a un video colloquio differito su HireVue: risponderà a {n} domande registrate quando preferisce, entro {deadline}.",
                 "f|Per la posizione di {role} utilizziamo un video colloquio registrato ({n} domande, tre minuti per risposta). Lo completi entro {deadline}.",
                 "i|Prossimo step: un breve video colloquio registrato ({n} domande). Ti servono solo webcam e microfono, entro {deadline}."],
    "rep.s": ["f|La Sua candidatura per {role}", "f|Aggiornamento – {role}", "f|Domanda sulla Sua candidatura", "f|La Sua candidatura presso {company}", "i|Novità sulla tua candidatura", "i|Una domanda veloce"],
    "rep.review": ["f|Le scrivo per informarLa che la Sua candidatura è ancora in valutazione. Le daremo un riscontro {promise}.",
                   "f|Non abbiamo ancora terminato la valutazione delle candidature. Avrà nostre notizie {promise}.",
                   "f|La responsabile sta ancora esaminando i profili; conto di darLe un riscontro {promise}.",
                   "f|La Sua candidatura è ancora in corso. A causa delle ferie il riscontro richiede più tempo; La contatteremo {vague}.",
                   "i|Un segnale di vita: ci stiamo ancora lavorando e ti facciamo sapere {promise}.", "i|Sei ancora in corsa! Ci serve un po' più di tempo: avrai notizie {promise}."],
    "rep.docs": ["f|Per proseguire con la Sua candidatura avremmo bisogno di {docs}. Potrebbe inviarceli?", "f|Prima di convocarLa a colloquio, Le chiedo di inviarmi {docs}.",
                 "f|Ci manca {docs} per completare la Sua pratica. Può rispondere direttamente a questa email.", "i|Mi potresti mandare {docs}? Così giro tutto al team."],
    "rep.hold": ["f|Grazie per il Suo messaggio. La selezione per {role} è al momento sospesa per una riorganizzazione interna. La avviseremo non appena riprenderà.",
                 "f|La posizione è temporaneamente congelata in attesa dell'approvazione del budget. La Sua candidatura resta attiva.",
                 "f|Abbiamo dovuto sospendere temporaneamente il processo. Prevedo di riprenderlo {vague}.",
                 "i|Grazie per avermi scritto! La posizione è ferma per dei cambiamenti nel team. Ti avviso appena si sblocca."],
    "rep.timeline": ["f|Grazie ancora per il colloquio. Questa settimana incontriamo altri candidati e Le daremo un riscontro {promise}.",
                     "f|Il team sta valutando i prossimi passi. Avrà mie notizie {promise}.",
                     "f|Un aggiornamento: gli ultimi colloqui sono la prossima settimana e la decisione arriverà {vague}.",
                     "f|Ci stiamo ancora confrontando con {iv1} e Le risponderemo {promise}.",
                     "i|Grazie del tuo tempo! Questa settimana sentiamo altre due persone e ti facciamo sapere {promise}.",
                     "i|{iv1_first} è rimasta molto colpita. Dacci ancora un po' di tempo: avrai notizie {promise}."],
    "rep.answer": ["f|Grazie per il Suo messaggio. Non c'è ancora una decisione, poiché {iv1} è in ferie questa settimana. La aggiornerò {promise}.",
                   "f|Grazie per la pazienza. Non abbiamo ancora chiuso, ma contiamo di darLe una risposta {promise}.",
                   "f|Siamo in attesa dell'approvazione della direzione. Appena saprò qualcosa Le scriverò.",
                   "i|Grazie per avermi scritto! Non abbiamo ancora chiuso, ma ti faccio sapere {promise}.", "i|Scusa l'attesa, ancora nessuna decisione. Ti tengo aggiornata."],
    "rep.q": ["f|Prima di organizzare il prossimo step: qual è la Sua RAL attuale e quale periodo di preavviso ha?", "f|Potrebbe indicarmi la Sua disponibilità e se valuterebbe un trasferimento a {city}?",
              "f|Una domanda veloce: ha bisogno di un permesso di lavoro o è cittadina UE?",
              "i|Una domanda prima di tutto: che RAL cerchi e quando potresti iniziare?", "i|Ti trasferiresti a {city} o cerchi qualcosa full remote?"],
    "rep.cv": ["f|Grazie per la rapida risposta! Per presentare il Suo profilo alla responsabile, potrebbe inviarmi il CV aggiornato?",
               "f|Mi fa piacere il Suo interesse. Condivido il profilo con {iv1} e Le faccio sapere {promise} i prossimi passi.",
               "i|Ottimo, mi fa piacere! Mandami il CV aggiornato e ti presento al team.", "i|Perfetto! Giro il tuo profilo a {iv1_first} e ti faccio sapere {vague}."],
    "rep.post": ["f|Benvenuta a bordo! Per predisporre il contratto ci servono {docs}, oltre al codice fiscale e all'IBAN.",
                 "f|Grazie per aver accettato la nostra proposta. Come passo successivo Le chiediamo copia del documento d'identità e {docs}.",
                 "f|Che bella notizia la Sua accettazione! In allegato la documentazione di onboarding da restituire compilata.",
                 "i|Che bello che ti unisci a noi! Per il contratto mi manca {docs} e il tuo IBAN."],
    "rep.ivcancel": ["f|Mi dispiace, ma dobbiamo annullare l'incontro di {old_when} per un cambiamento da parte nostra. Le proporrò nuove date {promise}.",
                     "f|Ci scusi: il colloquio di {old_when} non potrà avere luogo. Le invierò nuove opzioni {vague}.",
                     "i|Scusa, dobbiamo annullare l'appuntamento di {old_when}; ti mando nuove opzioni {promise}."],
    "rep.status.s": ["Lo stato della tua candidatura è cambiato", "Aggiornamento: la tua candidatura per {role}", "Novità sulla tua candidatura presso {company}"],
    "rep.status": ["f|Lo stato della Sua candidatura è cambiato: il Suo profilo è ora in valutazione da parte del responsabile.",
                   "f|La Sua candidatura è passata alla fase successiva. La informeremo appena ci saranno novità.", "i|La tua candidatura è avanzata: il team sta guardando il tuo profilo."],
    "out.s": ["f|Il Suo profilo – {role} presso {company}", "f|Opportunità: {role} a {city}", "f|Una posizione che potrebbe interessarLe", "f|{company} cerca talenti",
              "i|Ti va di unirti a {company}?", "i|Una domanda sul tuo profilo"],
    "out.s.agency": ["{role} – {company}, {city}", "Opportunità presso {company}", "Posizione di {role} per il nostro cliente {company}"],
    "out.s.conf": ["Riservato: {role} ({city})", "Approccio riservato – {role}", "Una nuova sfida come {role}?"],
    "out.direct": ["f|Cercando nuovi talenti per il nostro team mi sono imbattuta nel Suo profilo: {field_desc} si adatta molto bene alla nostra posizione di {role}.",
                   "f|Mi chiamo {rname} e sono {rtitle} presso {company}. Cerchiamo un profilo di {role} e la Sua esperienza in {skill} ha attirato la mia attenzione.",
                   "f|La contatto perché abbiamo aperto una posizione di {role} a {city} e credo che il Suo percorso sia perfettamente in linea.",
                   "i|Sono {rfirst}, del team talent di {company}. Il tuo profilo mi ha colpito, soprattutto l'esperienza in {skill}. Cerchiamo {role}: ti va di saperne di più?",
                   "i|Spero non ti dispiaccia se ti scrivo così: stiamo ampliando il team di {company} con un ruolo di {role} e penso saresti perfetta."],
    "out.hm": ["f|Guido il team di {company} in cui cerchiamo un profilo di {role}. La Sua esperienza, in particolare in {skill}, mi ha incuriosito.",
               "i|Sono {rfirst}, {rtitle} in {company}. Cerco qualcuno come {role} per il mio team e il tuo profilo mi è piaciuto molto."],
    "out.agency": ["f|Sono {rtitle} presso {agency} e supporto il nostro cliente {company} nella ricerca di un profilo di {role} a {city}. La Sua esperienza in {skill} è molto in linea.",
                   "f|Per conto di {legal} sto cercando un profilo di {role}. Il Suo percorso mi ha convinto e vorrei presentarLe la posizione.",
                   "i|Lavoro in {agency} e sto cercando {role} per {company} a {city}. Ti interessa?"],
    "out.conf": ["f|Sono {rtitle} presso {agency}. Per {client_desc} cerco in esclusiva un profilo di {role} con esperienza in {skill}. Posso rivelarLe il nome dell'azienda in una telefonata.",
                 "f|Il mio cliente, {client_desc}, desidera coprire una posizione di {role} in modo riservato. Il Suo profilo è perfettamente in linea.",
                 "i|Cerco per un cliente ({client_desc}) un profilo di {role}. Via email non posso dire di più: ti va una call veloce?"],
    "out.cta": ["f|Avrebbe qualche minuto nei prossimi giorni per una breve telefonata?", "f|Le sarei grata per un breve riscontro.", "f|Se preferisce, Le invio prima la job description.",
                "i|Fammi sapere se ti va una call veloce.", "i|Ti racconto di più se vuoi: rispondi pure a questa email."],
    "out.nudge": ["f|Le riscrivo poiché non ho ricevuto risposta. La posizione di {role} presso {company} è ancora aperta.",
                  "f|Mi permetto di richiamare il mio messaggio precedente: sarei lieta di presentarLe la posizione.", "i|Ti riscrivo nel caso il mio messaggio ti fosse sfuggito: la posizione è ancora aperta!",
                  "i|Un piccolo promemoria: ti va di parlare del ruolo di {role}?"],
    "out.nudge.conf": ["f|Le riscrivo: la posizione riservata di {role} è ancora aperta e il mio cliente sarebbe lieto di conoscerLa.",
                       "i|Un promemoria del mio messaggio della settimana scorsa: il ruolo di {role} è ancora disponibile."],
    "out.inmail.s": ["{rname} ti ha inviato un messaggio", "Nuovo messaggio da {rname} ({company})", "InMail: {role} presso {company}"],
    "out.inmail": ["Hai un nuovo messaggio da {rname}, {rtitle} presso {company}:", "{rname} vorrebbe entrare in contatto con te:"],
    "off.s": ["f|La Sua proposta di assunzione – {role}", "f|Proposta da {company}", "f|La nostra proposta", "i|Ti vogliamo nel team!", "i|La tua proposta da {company} 🎉"],
    "off.letter": ["f|Siamo lieti di offrirLe la posizione di {role} presso {company}! In allegato trova la lettera di offerta.",
                   "f|Dopo i colloqui molto positivi, ho il piacere di formularLe una proposta formale per il ruolo di {role}. I dettagli sono nel documento allegato.",
                   "f|Con grande piacere La invitiamo a entrare nel nostro team come {role}. In allegato il contratto per la Sua revisione.",
                   "i|Ottime notizie: vorremmo che entrassi in {company} come {role}! Trovi la proposta in allegato.",
                   "i|Il team è unanime: ti offriamo il ruolo di {role}. Tutto è nella proposta allegata."],
    "off.deadline": ["f|Le saremmo grati per un riscontro entro {deadline}. Resto a disposizione per qualsiasi domanda.", "f|La preghiamo di restituirci il documento firmato entro {deadline}.",
                     "i|Facci sapere entro {deadline}, e chiamami per qualsiasi dubbio!"],
    "off.call.s": ["f|Buone notizie – possiamo sentirci?", "f|La Sua proposta: telefonata", "f|Proposta per la posizione di {role}", "i|Buone notizie 🙂", "i|Hai 15 minuti?"],
    "off.call": ["f|Ho ottime notizie: vorremmo farLe una proposta per la posizione di {role}. Avrebbe un momento {when} per una telefonata in cui Le illustro le condizioni?",
                 "f|Il team ha scelto Lei e vorrei presentarLe la nostra offerta di persona. Le va bene una telefonata {when}?",
                 "i|Ho una proposta da farti! Ci sentiamo {when} per vedere insieme i dettagli?", "i|Vogliamo offrirti il ruolo 🎉 Sei libera {when}? Ti racconto tutto su RAL e data di inizio."],
    "off.esign.s": ["{sender} ti ha inviato un documento da firmare: {doc}", "Documento da firmare: {doc}", "Firma richiesta: {doc}"],
    "off.esign": ["{sender} ({company}) ti ha inviato un documento da rivedere e firmare elettronicamente tramite {vendor}.", "Ti è stato chiesto di firmare il seguente documento: {doc}."],
    "off.esign.msg": ["f|Messaggio da {sender}: Gentile Dott.ssa Hofmann, in allegato il Suo contratto come {role}. Non vediamo l'ora di lavorare con Lei!",
                      "f|Messaggio: come concordato, la nostra proposta per la posizione di {role}; La preghiamo di rivederla e firmarla.", "i|Messaggio da {sender}: Ciao Inês, ecco la tua proposta. Benvenuta nel team!"],
    "off.revised": ["f|Grazie per la Sua trasparenza. Ne abbiamo parlato internamente e possiamo offrirLe una proposta rivista: {salary}. Le altre condizioni restano invariate.",
                    "f|Veniamo incontro alla Sua richiesta e portiamo la retribuzione a {salary}. In allegato la proposta aggiornata.", "i|Buone notizie: possiamo arrivare a {salary}. In allegato la proposta aggiornata."],
    "ty.s": ["f|Grazie per il colloquio", "f|Ringraziamento – colloquio {role}", "f|A seguito del nostro incontro – {role}", "i|Grazie per oggi!", "i|Grazie per la chiacchierata"],
    "ty.c": ["f|Desidero ringraziarLa per il tempo che mi ha dedicato oggi. Il colloquio mi ha dato un'ottima impressione di {company} e della posizione di {role}.",
             "f|Grazie mille per il colloquio e per avermi presentato il team.", "f|La ringrazio nuovamente per l'incontro, che ha rafforzato il mio desiderio di entrare in {company}.",
             "i|Grazie ancora per la chiacchierata di oggi, mi è piaciuta tantissimo!", "i|Grazie per il tuo tempo e per la trasparenza. Ho ancora più voglia di unirmi a {company}."],
    "ty.detail": ["f|Ho trovato particolarmente interessante il confronto su {topic}.", "f|Quanto mi ha raccontato su {topic} mi ha mostrato come potrei contribuire con la mia esperienza.",
                  "i|Mi è piaciuto molto sentir parlare di {topic}.", "i|Sto ancora pensando a {topic}: ho già qualche idea!"],
    "ty.close": ["f|Resto in attesa di Sue notizie.", "f|Non esiti a contattarmi per ulteriori informazioni.", "i|Aspetto vostre notizie!", "i|Se avete altre domande, sono qui."],
    "fu.s": ["f|Aggiornamento sulla mia candidatura – {role}", "f|Richiesta di informazioni: {role}", "f|Stato della mia candidatura", "i|Un piccolo follow-up", "i|Novità?"],
    "fu.c": ["f|Spero stia bene. A seguito del colloquio del {when_done}, volevo chiederLe se ci fossero novità sulla posizione di {role}.",
             "f|Le scrivo per conoscere lo stato del processo di selezione. Sono ancora molto interessata alla posizione.",
             "f|Poiché è trascorsa circa una settimana dal colloquio con {iv1}, mi permetto di chiedere un aggiornamento.",
             "i|Volevo solo sapere se ci sono novità. Sono ancora super motivata per il ruolo!", "i|Una domanda veloce: come siete messi? C'è già una decisione?"],
    "fu.apply": ["f|Il {when_done} mi sono candidata per la posizione di {role} e vorrei sapere se la candidatura è completa e quali sono i prossimi passi.",
                 "f|Qualche settimana fa mi sono candidata come {role} e Le sarei grata per un aggiornamento sullo stato della candidatura.",
                 "i|Mi sono candidata per {role} qualche settimana fa e volevo sapere se avete avuto modo di guardare la mia candidatura."],
    "fu.promise": ["f|Mi aveva indicato che avrei avuto notizie in questo periodo. Ci sono novità sulla posizione di {role}?",
                   "f|Mi permetto di chiederLe, con garbo, se è stata presa una decisione.", "i|Mi avevi detto che mi avreste fatto sapere in questi giorni: novità?"],
    "fu.close": ["f|La ringrazio anticipatamente per il riscontro.", "f|Resto a disposizione per qualsiasi informazione aggiuntiva.", "i|Grazie mille!", "i|Aspetto tue notizie."],
    "o.acceptslot": ["f|Grazie per l'invito! Le confermo la seguente opzione: {slot}. Cordiali saluti.", "f|Confermo volentieri la mia disponibilità: {slot}.", "i|Grazie! {slot} va benissimo, a presto!"],
    "o.interested": ["f|Grazie per il Suo messaggio. La posizione mi interessa molto e sarò lieta di parlarne. Quando Le sarebbe comodo?",
                     "f|Grazie per avermi contattata! Vorrei saperne di più sulla posizione di {role}.", "i|Grazie del messaggio, sembra interessante! Mi va una call."],
    "o.withdraw": ["f|Desidero informarLa che ritiro la mia candidatura per la posizione di {role}, avendo accettato un'altra proposta. La ringrazio per il tempo e l'interesse.",
                   "f|Dopo attenta riflessione ho deciso di ritirare la mia candidatura. Grazie per i piacevoli colloqui.", "i|Ti scrivo per dirti che ritiro la candidatura: ho accettato un'altra offerta. Grazie di tutto!"],
    "o.withdraw.s": ["Ritiro della candidatura – {role}", "La mia candidatura per {role}"],
    "o.negotiate": ["f|Grazie mille per la proposta, che mi fa molto piacere. Prima di rispondere vorrei parlare della retribuzione: considerata la mia esperienza, pensavo a circa {salary}. Ci sarebbe margine?",
                    "i|Grazie per la proposta, sono felicissima! Sulla RAL pensavo piuttosto a {salary}: c'è margine?"],
    "o.acceptoffer": ["f|La ringrazio molto per la proposta, che accetto con grande piacere. Non vedo l'ora di iniziare in {company}!",
                      "f|Le confermo l'accettazione della posizione di {role}. Le restituirò il contratto firmato nei prossimi giorni.", "i|È un sì! 🎉 Grazie, non vedo l'ora di iniziare."],
    "o.generic.s": ["Re: {role}", "{role} – {company}", "Inês Hofmann – {role}"],
    "o.ooo": ["Grazie per il Suo messaggio. Sono fuori ufficio fino al {back} incluso, con accesso limitato alla posta. Per urgenze contatti {colleague} ({colleague_mail}).",
              "Al momento sono assente e rientrerò il {back}. La Sua email non verrà inoltrata.",
              "Ciao! Sono in ferie fino al {back}. Per le selezioni in corso puoi scrivere a {colleague} ({colleague_mail})."],
    "o.viewed.s": ["La tua candidatura è stata visualizzata", "{company} ha visto la tua candidatura", "Novità: il tuo CV è stato letto"],
    "o.viewed.c": ["{company} ha visualizzato la tua candidatura per {role}. È il momento giusto per aggiornare il profilo.",
                   "L'azienda ha aperto la tua candidatura per {role}. Ti terremo aggiornata."],
}

B.update({
    "x.alert.s": ["{n} nuove offerte per «{query}»", "Alert lavoro: {query} a {city}", "Nuove offerte in linea con il tuo profilo", "Il tuo alert quotidiano: {n} offerte"],
    "x.alert.c": ["Ecco le ultime offerte per la tua ricerca «{query}»:", "Oggi abbiamo trovato nuove offerte per «{query}»:", "Queste aziende stanno assumendo – candidati con un clic:"],
    "x.alert.x": ["Consiglio: con il profilo completo ti candidi con un clic.", "Candidati presto: le prime candidature vengono spesso lette per prime.", "Puoi modificare o sospendere l'alert nelle impostazioni."],
    "x.news.s": ["Come superare il prossimo colloquio", "Trattare la RAL: 7 consigli prima di accettare un'offerta", "La tua newsletter carriera del mese"],
    "x.news.c": ["La tua newsletter carriera di {board}. In questo numero:", "Novità sul blog di {board} – la nostra selezione per la tua ricerca:"],
    "x.news.items": ["Le 10 domande più frequenti al colloquio", "Come negoziare un'offerta di lavoro", "La lettera di presentazione serve ancora?",
                     "Lavorare da remoto dall'estero: cosa sapere", "Colloquio video: check tecnico in cinque minuti", "Ricevuto un no? Come restare motivati"],
    "x.news.from": ["Magazine"],
    "x.account.s": ["Conferma il tuo indirizzo email", "Il tuo account candidato è stato creato", "Reimposta la password", "Il tuo codice di verifica: {code}"],
    "x.account.c": ["Conferma la tua email per attivare l'account candidato presso {company}.", "Hai chiesto di reimpostare la password. Il tuo codice è {code} (valido 15 minuti).",
                    "Benvenuta nel portale Lavora con noi di {company}! Con l'account puoi salvare le candidature."],
    "x.views.s": ["Il tuo profilo è stato visto {n} volte", "Sei apparsa in {n} ricerche questa settimana", "Chi ha visto il tuo profilo?"],
    "x.views.c": ["I recruiter hanno visto il tuo profilo {n} volte negli ultimi 7 giorni. Con Premium scopri chi.", "Sei apparsa in {n} ricerche: le aziende cercano profili come il tuo."],
    "x.scam.s": ["Offerta di lavoro: smart working, {amount} € al giorno", "La tua candidatura è stata approvata – inizi oggi", "Colloquio su WhatsApp"],
    "x.scam.c": ["Salve, abbiamo visto il Suo CV su un sito di annunci. Offriamo un lavoro da tester di prodotti da casa, {amount} € al giorno, senza esperienza.",
                 "Congratulazioni! È stata selezionata per una posizione da remoto. Per la formazione è richiesta una quota una tantum di 49 €.",
                 "Il nostro ufficio HR vorrebbe fare un breve colloquio su WhatsApp. Scriva al {phone}."],
    "x.scam.x": ["Risponda subito, i posti sono limitati!", "Ci invii copia della carta d'identità e l'IBAN.", "L'offerta è valida solo 24 ore."],
    "x.flat.s": ["La tua richiesta per l'appartamento in {street}", "Invito a visitare l'appartamento", "La tua candidatura per l'affitto"],
    "x.flat.c": ["Grazie per l'interesse per il bilocale in {street}. Le proponiamo una visita {when}. Porti le ultime tre buste paga e il contratto di lavoro.",
                 "Siamo spiacenti, l'appartamento in {street} è già stato affittato.", "Abbiamo ricevuto la Sua richiesta di affitto. L'agenzia La contatterà dopo la decisione del proprietario."],
    "x.card.s": ["La tua richiesta di carta di credito", "La tua richiesta è stata approvata", "Stiamo valutando la tua richiesta ({ref})"],
    "x.card.c": ["Grazie per aver richiesto la carta {bank}. Stiamo verificando i dati e ti risponderemo in pochi giorni.", "Ottime notizie: la tua carta è stata approvata e ti arriverà per posta."],
    "x.visa.s": ["Conferma prenotazione – Agenzia delle Entrate", "Il tuo appuntamento all'Ufficio Anagrafe", "Prenotazione confermata – codice fiscale"],
    "x.visa.c": ["La Sua prenotazione è confermata {when}. Codice prenotazione: {ref}. Si presenti con passaporto e documento di residenza.",
                 "Confermiamo l'appuntamento {when} (codice {ref}). In caso di impedimento, annulli dal portale."],
    "x.school.s": ["La tua candidatura al master", "Convocazione al colloquio di ammissione", "Esito della selezione – Executive Master"],
    "x.school.c": ["Grazie per la candidatura al Master in Supply Chain Management. È convocata per il colloquio di ammissione {when}.",
                   "La Sua domanda per il master part-time è completa. La commissione deciderà dopo la chiusura del bando."],
    "x.promo.s": ["Solo oggi: -{pct}% su tutto – la nostra offerta per te", "La tua offerta esclusiva ti aspetta", "Ultima occasione: l'offerta scade stanotte"],
    "x.promo.c": ["Approfitta dello sconto del {pct}% da {shop}. Offerta valida fino a domenica.", "Come cliente affezionata hai un'offerta speciale: -{pct}% sul prossimo ordine."],
    "x.social.s": ["{name} vorrebbe collegarsi con te", "{name} ha commentato il tuo post", "Nuovo invito"],
    "x.social.c": ["{name} ({title}) vorrebbe entrare nella tua rete.", "{name} ha reagito al tuo post: «Complimenti per il nuovo capitolo!»"],
    "x.receipt.s": ["Conferma della tua prenotazione", "La tua fattura {shop}", "Conferma di pagamento"],
    "x.receipt.c": ["Grazie per aver prenotato con {shop}. Importo: {amount} €. La fattura è nella tua area clienti.", "Abbiamo ricevuto il pagamento di {amount} €. Ordine n. {ref}."],
    "x.personal.s": ["Allora, com'è andata?", "Ho visto questo annuncio per te", "In bocca al lupo!"],
    "x.personal.c": ["Ciao Inês! Com'è andato il colloquio ieri? Raccontami tutto! E se arriva un'offerta, tratta un po' 😉",
                     "Inês, ho visto questo annuncio e ho pensato subito a te. Dagli un'occhiata e candidati!", "Cara Inês, in bocca al lupo per domani! Facci sapere."],
    "x.event.s": ["Invito: Career Day Logistica", "Webinar: come negoziare la prossima offerta", "La tua iscrizione alla Serata Carriere"],
    "x.event.c": ["Sei iscritta al nostro evento {when}. Incontra più di 40 aziende e fai revisionare il CV.",
                  "Nel webinar {when} vedremo come distinguersi ai colloqui e negoziare l'offerta. In allegato l'invito di calendario."],
    "x.press.s": ["Richiesta di intervista per il nostro podcast", "Intervista per la rivista alumni", "Un'intervista sul tuo percorso?"],
    "x.press.c": ["Conduco il podcast «Donne nella logistica» e mi piacerebbe intervistarti. Va bene {when}? Sono circa 30 minuti.",
                  "Per il prossimo numero della rivista alumni vorremmo intervistarti sul tuo percorso internazionale, {when} su Zoom."],
    "x.pes.s": ["Convocazione al Centro per l'Impiego", "Il tuo appuntamento per il patto di servizio", "Promemoria appuntamento"],
    "x.pes.c": ["È convocata a un colloquio di orientamento {when}. Codice pratica {ref}. Porti il CV aggiornato.",
                "Le ricordiamo l'appuntamento {when}. In caso di impedimento, La preghiamo di avvisare per tempo."],
    "x.survey.s": ["Com'è stata la tua selezione in {company}?", "La tua opinione conta: breve sondaggio", "La tua esperienza da candidata"],
    "x.survey.c": ["Di recente hai partecipato a una selezione di {company}. Quanto sei soddisfatta del processo? Il sondaggio dura due minuti.",
                   "Aiutaci a migliorare: valuta la selezione di {company}. Le risposte sono anonime."],
    "x.outpersonal.s": ["Colloquio oggi!", "Novità 🙂", "Aggiornamento veloce"],
    "x.outpersonal.c": ["Ciao {name}, secondo me il colloquio di oggi è andato benissimo! Mi fanno sapere la settimana prossima. Incrocia le dita!",
                        "{name}, mi hanno fatto un'offerta! Sto ancora pensando alla RAL. Ci sentiamo nel weekend?"],
    "x.outflat.s": ["Sulla mia richiesta per l'appartamento", "Appartamento in {street} – documenti"],
    "x.outflat.c": ["Buongiorno, la settimana scorsa ho inviato una richiesta per l'appartamento in {street} e volevo sapere se è ancora disponibile. Posso mandare altri documenti.",
                    "Buongiorno, come concordato, allego le buste paga per l'appartamento in {street}. Resto in attesa di un riscontro."],
    "x.tc.s": ["Nuove offerte in {company}", "La tua newsletter talenti di {company}", "Posizioni che potrebbero interessarti"],
    "x.tc.c": ["Come membro della nostra talent community, ecco le ultime posizioni aperte in {company}:", "Stiamo crescendo! Queste posizioni sono appena state aperte in {company}:"],
    "x.bounce.s": ["Non recapitabile: Aggiornamento sulla mia candidatura", "Consegna del messaggio non riuscita", "Non recapitabile: candidatura"],
    "x.bounce.c": ["Non è stato possibile recapitare il messaggio al seguente destinatario: {addr}. L'indirizzo email non esiste.",
                   "Questo messaggio è stato generato automaticamente. Il messaggio non è stato consegnato a: {addr}"],
})
OSEND = {
    "scam": [("Ufficio Risorse Umane", "hr.offerte@mailbox-fast.example"), ("Lavoro Subito", "info@quickhire.test")],
    "flat": [("Immobiliare Navigli", "affitti@immobiliare-navigli.example"), ("CasaFacile Affitti", "noreply@casafacile.example")],
    "card": [("Banca Adriatica Digitale", "carte@bancaadriatica.example"), ("Credito Lombardo", "servizio@creditolombardo.example")],
    "visa": [("Agenzia delle Entrate – Prenotazioni", "noreply@prenotazioni-ae.example"), ("Comune – Ufficio Anagrafe", "anagrafe@comune-servizi.example")],
    "school": [("Scuola di Management del Nord – Ammissioni", "ammissioni@smn.example"), ("Politecnico del Lario", "master@polilario.example")],
    "promo": [("Vola Italia", "offerte@volaitalia.example"), ("Libreria del Portico", "news@libreriadelportico.example")],
    "receipt": [("Treni Veloci", "biglietti@trenivelo.example"), ("LinkedIn Premium", "billing@linkedin-mail.example")],
    "personal": [("Chiara Riva", "chiara.riva@posta-it.example"), ("Marta Ribeiro", "marta.ribeiro@correio.example")],
    "event": [("Career Day Milano", "info@careerday-mi.example"), ("Donne nella Logistica", "webinar@donnenellalogistica.example")],
    "press": [("Giada Ferri", "giada@donnenellalogistica-podcast.example"), ("Rivista Alumni", "redazione@alumni-riv.example")],
    "pes": [("Centro per l'Impiego", "noreply@cpi-servizi.example")],
}

CONTRACT = [("a", "il", "al"), ("a", "la", "alla"), ("a", "l'", "all'"), ("a", "i", "ai"), ("a", "le", "alle"), ("di", "il", "del"), ("di", "la", "della"),
            ("di", "l'", "dell'"), ("di", "i", "dei"), ("di", "le", "delle"), ("in", "il", "nel"), ("in", "la", "nella"), ("in", "l'", "nell'"),
            ("su", "il", "sul"), ("su", "la", "sulla"), ("su", "l'", "sull'"), ("da", "il", "dal"), ("da", "la", "dalla")]
UI["open"] = "Vedi dettagli"

UI["test"] = "Test"
