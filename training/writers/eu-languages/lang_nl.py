"""Dutch (the Netherlands and Flanders)."""
CODE = "nl"
NAME = "Dutch"
HTML_LANG = "nl"
CONTENT_LANGUAGE = "nl-NL"
PRIVACY_PATH = "privacyverklaring"
INFORMAL_P = 0.6
DISPLAY_STYLES = ["plain", "plain", "comma"]

WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WDA = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MONA = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
NUM = {1: "een", 2: "twee", 3: "drie", 4: "vier", 5: "vijf", 7: "zeven", 10: "tien", 14: "veertien"}


def hm(d):
    if d.tzinfo.key == "Europe/Brussels":
        return f"{d.hour}u{d.minute:02d}" if d.minute else f"{d.hour}u"
    return f"{d.hour}.{d.minute:02d} uur"


def when(d, i):
    i %= 6
    if i == 0:
        return f"op {WD[d.weekday()]} {d.day} {MON[d.month - 1]} om {hm(d)}"
    if i == 1:
        return f"{WDA[d.weekday()]} {d.day:02d}-{d.month:02d} om {d.hour:02d}:{d.minute:02d}"
    if i == 2:
        e = (d.hour * 60 + d.minute + 45)
        return f"op {WD[d.weekday()]} {d.day} {MON[d.month - 1]} van {d.hour}.{d.minute:02d} tot {e // 60}.{e % 60:02d} uur"
    if i == 3:
        return f"op {d.day}-{d.month}-{d.year} om {d.hour:02d}:{d.minute:02d}"
    if i == 4:
        return f"aanstaande {WD[d.weekday()]} ({d.day} {MON[d.month - 1]}) om {hm(d)}"
    return f"{WD[d.weekday()]} {d.day} {MON[d.month - 1]} {d.year}, {d.hour:02d}:{d.minute:02d}"


N_WHEN = 6


def day(d, i):
    i %= 4
    if i == 0:
        return f"{d.day} {MON[d.month - 1]} {d.year}"
    if i == 1:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if i == 2:
        return f"{WD[d.weekday()]} {d.day} {MON[d.month - 1]}"
    return f"{d.day}-{d.month}"


N_DAY = 4


def lisbon_note(dl):
    return f"({dl.hour:02d}:{dl.minute:02d} in Lissabon)"


def dur(n):
    return {60: "een uur", 90: "anderhalf uur", 30: "een halfuur"}.get(n, f"{n} minuten")


def join(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " en " + xs[-1]


def money(n, cur="EUR"):
    return f"€ {n:,}".replace(",", ".") + " bruto per jaar (excl. 8% vakantiegeld)"


PROMISE_KINDS = [("fri", None), ("end_next_week", None), ("n_weeks", [1, 2, 2, 3]), ("n_workdays", [3, 5, 10]),
                 ("date", [5, 7, 9, 12]), ("end_week", None), ("tomorrow", None), ("mon", None), ("end_month", None)]


def promise(kind, n, target, sent, rng):
    if kind == "fri":
        return rng.choice(["uiterlijk vrijdag", "vrijdag", "voor het eind van vrijdag"])
    if kind == "mon":
        return rng.choice(["maandag", "uiterlijk maandag"])
    if kind == "end_week":
        return rng.choice(["nog deze week", "voor het weekend"])
    if kind == "end_next_week":
        return rng.choice(["eind volgende week", "voor het einde van volgende week"])
    if kind == "n_weeks":
        return f"binnen {NUM.get(n, n)} {'weken' if n > 1 else 'week'}"
    if kind == "n_workdays":
        return f"binnen {NUM.get(n, n)} werkdagen"
    if kind == "date":
        return rng.choice([f"uiterlijk {target.day} {MON[target.month - 1]}", f"uiterlijk {target.day:02d}-{target.month:02d}"])
    if kind == "tomorrow":
        return "morgen"
    if kind == "end_month":
        return rng.choice(["voor het einde van de maand", f"eind {MON[target.month - 1]}"])
    raise ValueError(kind)


VAGUE = ["zo snel mogelijk", "binnenkort", "in de komende weken", "op korte termijn", "zodra we meer weten"]


def greet(p, reg, rng):
    if reg == "f":
        t = "mevrouw" if p.gender == "f" else "meneer"
        return rng.choice([f"Geachte {t} {p.last},", f"Beste {t} {p.last},", f"Beste {p.first},", f"Goedemiddag {t} {p.last},"])
    return rng.choice([f"Hoi {p.first},", f"Hallo {p.first},", f"Beste {p.first},", f"Dag {p.first},", f"Hi {p.first},"])


def greet_many(ps, reg, rng):
    return ("Beste " if reg == "f" else "Hoi ") + join([p.first for p in ps]) + ","


def attrib_gmail(d, name, addr):
    return f"Op {WDA[d.weekday()]} {d.day} {MON[d.month - 1]} {d.year} om {d.hour:02d}:{d.minute:02d} schreef {name} <{addr}>:"


def attrib_iphone(d, name, addr):
    return f"Op {d.day} {MON[d.month - 1]} {d.year} om {d.hour:02d}:{d.minute:02d} heeft {name} <{addr}> het volgende geschreven:"


def attrib_tb(d, name, addr):
    return f"Op {d.day:02d}-{d.month:02d}-{d.year} om {d.hour:02d}:{d.minute:02d} schreef {name}:"


def outlook_block(d, frm, to, subj, cc):
    L = [f"Van: {frm[0]} <{frm[1]}>", f"Verzonden: {WD[d.weekday()]} {d.day} {MON[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}",
         "Aan: " + "; ".join(f"{n} <{a}>" if n else a for n, a in to)]
    if cc:
        L.append("CC: " + "; ".join(f"{n} <{a}>" for n, a in cc))
    L.append(f"Onderwerp: {subj}")
    return L


OUTLOOK_SEP = "-----Oorspronkelijk bericht-----"
RE = {"outlook": "RE:", "gmail": "Re:", "iphone": "Re:", "thunder": "Re:", "plain": "Re:"}
RE_ALL = ["Re:", "RE:", "Antw:", "FW:", "Doorst:", "AW:"]
AUTOREPLY_PREFIX = "Automatisch antwoord:"
CANCELLED = "Geannuleerd"
CAL_PREFIX_GOOGLE = "Uitnodiging: "
MOBILE = ["Verstuurd vanaf mijn iPhone", "Verzonden vanaf mijn telefoon", "Verstuurd vanuit Outlook voor iOS", "Verzonden met mijn Galaxy"]
SIG = {"tel": "T:", "mail": "E:"}


def gcal_subject(summary, start):
    return f"Uitnodiging: {summary} @ {WDA[start.weekday()]} {start.day} {MONA[start.month - 1]} {start.year} {start.hour:02d}:{start.minute:02d} (CE{'S' if start.utcoffset().total_seconds() >= 7200 else ''}T) (ines.hofmann@example.net)"


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Microsoft Teams-vergadering\nNu deelnemen aan de vergadering\n{link}\nVergader-ID: {id}\nWachtwoordcode: {pw}\n"
               "________________________________________________________________________________")
GCAL_BLOCK = ("Deelnemen met Google Meet\n{link}\n\nWanneer: {when}\nOrganisator: {org}\n\n"
              "Uitnodiging van Google Agenda\nJe ontvangt deze e-mail omdat je gast bent bij dit evenement.")


def cal_desc(c, tool, link):
    return f"{tool}: {link}\n{c['when']}"


UI = dict(portal="Naar mijn sollicitatie", job="Vacature", employer="Werkgever", location="Locatie", date="Gesolliciteerd op",
          view_apps="Mijn sollicitaties bekijken", similar="Vergelijkbare vacatures", confirm="Afspraak bevestigen", book="Kies een tijdstip",
          what="Afspraak", when="Wanneer", who="Met", where="Waar", resched="Verzetten of annuleren", join="Deelnemen",
          start_test="Start de test", status="Status", reply="Beantwoorden", position="Functie", salary="Salaris",
          start="Startdatum", sign="Bekijken en ondertekenen", reception="bij de receptie", jobs_box="Werken bij {company}")
AUTO_NOTE = ["Dit is een automatisch verzonden bericht; je kunt hier niet op antwoorden.", "Deze mailbox wordt niet gelezen. Vragen? Gebruik je kandidatenportaal.",
             "Gelieve niet te antwoorden op dit bericht."]
GDPR = ["Wij verwerken je persoonsgegevens in overeenstemming met de AVG. Lees onze privacyverklaring voor kandidaten: {privacy}",
        "Je gegevens bewaren we tot vier weken na afloop van de procedure, of met je toestemming een jaar in onze talentenpool. Meer info: {privacy}",
        "{legal} is verwerkingsverantwoordelijke voor je sollicitatiegegevens."]
POWERED = ["Verstuurd via {vendor}", "Powered by {vendor}", "Recruitmentsoftware: {vendor}"]
CONF = ["Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. Als u dit bericht onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
        "Denk aan het milieu voordat u deze e-mail print.", "De informatie in dit bericht is vertrouwelijk."]
BOARD_FOOT = ["Je ontvangt deze e-mail omdat je een account hebt bij {board}. Meldingen beheren · Afmelden · Privacy",
              "© {board} – Dit is een automatisch bericht.", "{board} · Help · E-mailvoorkeuren"]
GDPR14 = ["AVG (art. 14): ik heb je gegevens gevonden op een openbaar professioneel netwerk. Wil je niet meer benaderd worden? Laat het me weten, dan verwijder ik ze.",
          "{agency_legal} verwerkt je gegevens op basis van gerechtvaardigd belang. Bezwaar maken kan altijd via een reply."]
STATUS_LABELS = ["In behandeling", "Beoordeling door manager", "Voorselectie", "Lopend"]
AGENDA = ["{t}–{t2}: gesprek met {who}", "{t}–{t2}: vakinhoudelijk gesprek met {who}", "{t}–{t2}: rondleiding en kennismaking met {who}"]
AGENDA_END = "{t}: lunch met het team en afsluiting"
DOCS = ["een kopie van je diploma", "twee referenties", "je salarisindicatie", "je beschikbaarheid", "een kopie van je ID", "je opzegtermijn", "een VOG-aanvraag"]
CASE_FILES = ["Case_{company}.pdf", "Opdracht_sollicitatie.pdf", "Casus_uitwerking.pdf"]
OFFER_FILES = ["Aanbiedingsbrief_{last}.pdf", "Arbeidsovereenkomst_{company}.pdf", "Aanbod_{last}.pdf"]
OFFER_DOCS = ["Arbeidsovereenkomst {role}", "Aanbiedingsbrief – {last}", "Contract {company}"]
ASSESS = ["TestGorilla", "SHL", "Codility", "TestGorilla"]
ESIGN = ["ValidSign", "DocuSign", "ValidSign"]
SOCIAL = ["LinkedIn"]

FIRST_F = ["Sanne", "Lotte", "Femke", "Anouk", "Eva", "Marieke", "Iris", "Noor", "Fleur", "Lieke", "Annelies", "Els", "Sofie", "Hanne", "Joke"]
FIRST_M = ["Sjoerd", "Bram", "Joost", "Thijs", "Daan", "Ruben", "Jeroen", "Pieter", "Wouter", "Bart", "Koen", "Stijn", "Jasper", "Maarten", "Niels"]
LAST = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Jong", "Mulder", "van Dijk", "Bos", "Vos", "Peeters",
        "Maes", "Claes", "Willems", "van der Meulen", "Hendriks", "Dekker", "Brouwer", "Verhoeven", "Wouters"]
REGIONS = [
    dict(country="NL", tz="Europe/Amsterdam", w=6, cc="+31", cities=[("Rotterdam", "30", "10"), ("Amsterdam", "10", "20"), ("Utrecht", "35", "30"),
                                                                      ("Eindhoven", "56", "40"), ("Delft", "26", "15"), ("Groningen", "97", "50"), ("Venlo", "59", "77")],
         forms=["B.V.", "B.V.", "N.V."], currency="EUR"),
    dict(country="BE", tz="Europe/Brussels", w=2, cc="+32", cities=[("Antwerpen", "20", "3"), ("Gent", "90", "9"), ("Leuven", "30", "16")],
         forms=["BV", "NV"], currency="EUR"),
]
STREETS = ["Coolsingel", "Keizersgracht", "Oudegracht", "Stationsplein", "Kerkstraat", "Meir", "Veldstraat", "Lange Nieuwstraat",
           "Havenweg", "Industrieweg", "Markt", "Wilhelminakade"]
CO_ROOTS = ["Polder", "Delta", "Duinrand", "Waddenzee", "Tulpveld", "Molenwiek", "Kanaal", "Zeeland", "Haven", "Dijkstra", "Veluwe", "Schelde",
            "Brabant", "Lelie", "Noordzee", "Kraan", "Eemland", "Vaart", "Wind", "Hoogland"]
CO_WORDS = {"eng": ["Engineering", "Techniek", "Systems", "Industrie"], "mkt": ["Communicatie", "Studio", "Media", "Merken"],
            "log": ["Logistiek", "Transport", "Supply", "Distributie"], "res": ["Labs", "Research", "Biotech", "Materials"],
            "hosp": ["Hotels", "Hospitality", "Resorts", "Gastvrijheid"]}
ROLES = {
    "eng": [("Procesingenieur (m/v/x)", "Procesingenieur"), ("Kwaliteitsingenieur (32-40 uur)", "Kwaliteitsingenieur"),
            ("Projectengineer Automatisering (m/v)", "Projectengineer Automatisering"), ("Productie-engineer", "Productie-engineer")],
    "mkt": [("Marketing Manager Benelux (m/v/x)", "Marketing Manager Benelux"), ("Online Marketeer (32-40 uur)", "Online Marketeer"),
            ("Productmarketeer", "Productmarketeer"), ("Communicatieadviseur (m/v)", "Communicatieadviseur")],
    "log": [("Supply Chain Planner (m/v/x)", "Supply Chain Planner"), ("Logistiek Coördinator (32-40 uur)", "Logistiek Coördinator"),
            ("Teamleider Warehouse (m/v)", "Teamleider Warehouse"), ("Demand Planner", "Demand Planner")],
    "res": [("Promovendus Circulaire Materialen (m/v/x)", "Promovendus Circulaire Materialen"), ("Onderzoeker Materiaalkunde", "Onderzoeker Materiaalkunde"),
            ("Postdoc Batterijtechnologie (m/v)", "Postdoc Batterijtechnologie"), ("Labanalist (32-40 uur)", "Labanalist")],
    "hosp": [("Front Office Manager (m/v/x)", "Front Office Manager"), ("Revenue Manager", "Revenue Manager"),
             ("Assistant Hotel Manager (m/v)", "Assistant Hotel Manager"), ("Guest Relations Manager (32-40 uur)", "Guest Relations Manager")],
}
REC_TITLES = ["Recruiter", "Corporate Recruiter", "HR Adviseur", "Talent Acquisition Specialist", "Recruitmentconsultant", "HR Business Partner"]
HR_TITLES = ["HR Medewerker", "Personeelsadministratie", "HR Manager"]
HM_TITLES = {"eng": ["Manager Engineering", "Plant Manager", "Teamleider Procestechnologie"], "mkt": ["Marketing Director", "Head of Brand", "Manager Communicatie"],
             "log": ["Manager Logistiek", "Head of Supply Chain", "Operations Manager"], "res": ["Hoogleraar Materiaalkunde", "Groepsleider", "R&D Manager"],
             "hosp": ["General Manager", "Hotel Manager", "Director of Rooms"]}
PANEL_TITLES = {"eng": ["Senior Procesingenieur", "Kwaliteitsmanager"], "mkt": ["Senior Marketeer", "Content Lead"],
                "log": ["Senior Planner", "Warehouse Manager"], "res": ["Universitair Docent", "Labmanager"],
                "hosp": ["Front Office Supervisor", "Revenue Director"]}
AGENT_TITLES = ["Senior Consultant", "Intercedent", "Recruitment Consultant", "Executive Search Consultant"]
AGENCIES = [("Lage Landen Recruitment", "B.V."), ("Dijk & Partners Search", "B.V."), ("Noorderlicht Werving", "B.V."), ("Scheldeland Talent", "BV")]
CLIENT_DESC = {"eng": ["een toonaangevende machinebouwer in Brabant", "een hightechbedrijf in de regio Eindhoven"], "mkt": ["een sterk groeiend consumentenmerk", "een Amsterdamse scale-up"],
               "log": ["een grote logistieke dienstverlener in de Rotterdamse haven", "een webwinkel met eigen distributiecentrum"], "res": ["een spin-off van een technische universiteit", "een particulier onderzoeksinstituut"],
               "hosp": ["een boutique hotelketen", "een internationaal resort aan de kust"]}
SALARY = {"eng": (48000, 66000), "mkt": (42000, 60000), "log": (42000, 58000), "res": (36000, 52000), "hosp": (36000, 50000)}
FIELD_DESC = {"eng": "je achtergrond in bedrijfskunde en procesverbetering", "mkt": "je internationale marketingervaring",
              "log": "je ervaring in supply chain", "res": "je onderzoeksachtergrond", "hosp": "je ervaring in de luxe hotellerie"}
SKILLS = {"eng": ["lean manufacturing", "procesoptimalisatie", "root cause analysis"], "mkt": ["online marketing", "productlanceringen", "marktonderzoek"],
          "log": ["warehousemanagement", "SAP EWM", "transportplanning"], "res": ["materiaalkarakterisering", "NWO-aanvragen", "data-analyse in Python"],
          "hosp": ["revenue management", "gastbeleving", "teamleiderschap"]}
TOPICS = {"eng": ["de automatisering van de nieuwe lijn", "jullie verbeterprogramma"], "mkt": ["de lancering in Portugal", "de nieuwe merkpositionering"],
          "log": ["de overstap naar het nieuwe WMS", "de opening van het tweede DC"], "res": ["het project over het recyclen van kathodes", "de samenwerking met de industrie"],
          "hosp": ["de heropening van het hotel in het voorjaar", "jullie programma voor gasttevredenheid"]}
CASES = {"eng": ["een cyclustijdanalyse", "een voorstel om uitval te verminderen"], "mkt": ["een lanceringsplan voor een nieuw product", "een analyse van onze socials"],
         "log": ["een case over locatie-optimalisatie", "een netwerkanalyse voor twee DC's"], "res": ["een onderzoeksvoorstel van twee pagina's", "de analyse van een kleine dataset"],
         "hosp": ["een plan om het inchecken te verbeteren", "een prijsstrategie voor een congresweekend"]}
TESTS = {"eng": ["Technisch inzicht", "Numeriek redeneren"], "mkt": ["Marketingkennis", "Persoonlijkheidsvragenlijst"],
         "log": ["Numeriek redeneren", "Excel-vaardigheden"], "res": ["Logisch redeneren", "Engelse taaltest"], "hosp": ["Situational judgement", "Persoonlijkheidsvragenlijst"]}
ATS = ["Recruitee", "Recruitee", "Homerun", "Teamtailor", "Workday", "JOIN"]
BOARDS = ["VacatureWijzer", "LinkedIn", "Indeed", "VacatureWijzer"]


def ref(rng):
    return rng.choice([f"Vacaturenummer {rng.randint(1000, 9999)}", f"Ref. {rng.choice('ABCDE')}{rng.randint(100, 999)}", f"VAC-{rng.randint(25, 27)}-{rng.randint(100, 999)}"])


def company_name(root, word, rng):
    return f"{root} {word}"


def address(rng, city, region, plz):
    st = rng.choice(STREETS)
    if region["country"] == "BE":
        return f"{st} {rng.randint(1, 200)}", f"{plz}{rng.randint(0, 9)}{rng.randint(0, 9)} {city}"
    return f"{st} {rng.randint(1, 200)}", f"{plz}{rng.randint(10, 99)} {rng.choice(['AB', 'CD', 'EK', 'GH', 'LP', 'RT', 'XZ'])} {city}"


def register_line(rng, co, region):
    if region["country"] == "BE":
        return f"KBO 0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} · RPR {co['city']}"
    return f"KvK {rng.randint(10000000, 99999999)} · BTW NL{rng.randint(100000000, 999999999)}B01 · Statutair gevestigd te {co['city']}"


def phone(rng, region, area):
    return f"{region['cc']} {area} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"

B = {
    "greet": ["f|Geachte mevrouw Hofmann,", "f|Beste mevrouw Hofmann,", "f|Beste Inês Hofmann,", "f|Goedemorgen mevrouw Hofmann,", "f|Geachte mevrouw Duarte Hofmann,",
              "i|Hoi Inês,", "i|Beste Inês,", "i|Hallo Inês,", "i|Dag Inês,", "i|Hi Inês,", "i|Hoi Inês!"],
    "greetb": ["Hoi {first},", "Hallo {first},", "Beste {full},", "Hallo,"],
    "close": ["f|Met vriendelijke groet,", "f|Met vriendelijke groeten,", "f|Hoogachtend,", "f|Met hartelijke groet,", "f|Vriendelijke groet,",
              "i|Groetjes,", "i|Groet,", "i|Hartelijke groet,", "i|Tot snel!", "i|Fijne dag!", "i|Gr.,"],
    "oclose": ["f|Met vriendelijke groet,", "f|Met hartelijke groet,", "f|Vriendelijke groet vanuit Lissabon,", "i|Groetjes,", "i|Groet,", "i|Tot snel!"],
    "team": ["f|Team Recruitment\n{legal}", "f|Afdeling HR – {company}", "f|Het Talent Acquisition-team van {company}", "f|HR | {legal}",
             "i|Team {company}", "i|Het recruitmentteam van {company}", "i|De mensen van {company}"],
    "ack.s": ["f|Uw sollicitatie als {role}", "f|Ontvangstbevestiging sollicitatie", "f|Sollicitatie {role} – {ref}", "f|{company}: uw sollicitatie is ontvangen",
              "i|Bedankt voor je sollicitatie, {first}!", "i|Je sollicitatie bij {company}", "i|We hebben je sollicitatie ontvangen 🙌", "i|{role}: sollicitatie ontvangen"],
    "ack.c": ["f|Hartelijk dank voor uw sollicitatie naar de functie van {role} en uw interesse in {company}.",
              "f|Hierbij bevestigen wij de ontvangst van uw sollicitatie ({ref}).",
              "f|Uw sollicitatie voor de vacature {role} is in goede orde ontvangen.",
              "f|Wij hebben uw cv en motivatie voor {role} ontvangen en danken u voor het vertrouwen.",
              "f|Bedankt voor uw reactie op onze vacature {role} in {city}.",
              "i|Bedankt voor je sollicitatie als {role}! We hebben alles goed ontvangen.",
              "i|Leuk dat je hebt gesolliciteerd bij {company}! Je sollicitatie voor {role} is binnen.",
              "i|Je sollicitatie is bij ons binnengekomen. Dank voor je interesse in de rol van {role}!",
              "i|We hebben je sollicitatie voor {role} ontvangen en zijn er blij mee.",
              "i|Bedankt dat je de tijd hebt genomen om te solliciteren. Je gegevens voor {role} zijn binnen.",
              "i|Sollicitatie ontvangen ✔ Dank dat je bij {company} aan de slag wilt."],
    "ack.n": ["f|Wij bestuderen uw sollicitatie zorgvuldig en nemen {promise} contact met u op.",
              "f|U ontvangt {promise} bericht van ons.",
              "f|Wij streven ernaar u {promise} een reactie te geven.",
              "f|Wij nemen {vague} contact met u op.",
              "f|Vanwege het grote aantal reacties kan de beoordeling enige tijd duren. U hoort {vague} van ons.",
              "f|Als uw profiel aansluit bij de functie, nemen wij binnen twee weken contact met u op.",
              "f|De sluitingsdatum van de vacature is eind deze maand; daarna beoordeelt het team alle sollicitaties.",
              "i|We kijken er rustig naar en laten {promise} van ons horen.",
              "i|Je hoort {promise} van ons, beloofd!",
              "i|We nemen {vague} contact met je op.",
              "i|Als het matcht, hoor je binnen ongeveer twee weken van ons."],
    "ack.x": ["f|U kunt de status van uw sollicitatie altijd volgen in het kandidatenportaal.", "f|Controleer af en toe ook uw spamfolder, zodat u niets mist.",
              "f|Wijzigen uw contactgegevens? Pas ze dan direct aan in het portaal.", "i|Check in de tussentijd onze Instagram om het team te leren kennen!",
              "i|Vragen? Stuur ons een berichtje via het portaal."],
    "ackb.s": ["Je sollicitatie is verstuurd naar {company}", "Gesolliciteerd: {role}", "Je hebt gesolliciteerd bij {company}", "{board}: sollicitatie {role}"],
    "ackb.c": ["Je sollicitatie voor {role} is succesvol verstuurd naar {company}.", "Goed nieuws: je sollicitatie is onderweg. {company} heeft hem via {board} ontvangen.",
               "Je hebt zojuist met je {board}-profiel gesolliciteerd bij {company}.", "We hebben je sollicitatie doorgestuurd naar de werkgever. Een overzicht:"],
    "ackb.x": ["Tip: werkgevers reageren sneller als je profiel compleet is.", "Al je sollicitaties vind je onder 'Mijn sollicitaties'.",
               "De werkgever bepaalt de vervolgstappen en neemt zelf contact met je op."],
    "acke.c": ["f|Dank voor uw e-mail. Dit is een automatische ontvangstbevestiging: uw bericht is bij ons recruitmentteam aangekomen.",
               "f|Wij hebben uw sollicitatie per e-mail ontvangen. Wij verzoeken u niet naar de status te informeren; wij nemen contact met u op.",
               "i|Dank voor je mail! Dit is een automatisch antwoord: je sollicitatie is binnen en gaat naar ons HR-team."],
    "apply.s": ["Sollicitatie {role}", "Sollicitatie – {role} – Inês Hofmann", "Sollicitatie vacature {role} ({ref})", "Vacature {role}"],
    "rej.s": ["f|Uw sollicitatie bij {company}", "f|Uw sollicitatie als {role}", "f|Reactie op uw sollicitatie", "f|Update over uw sollicitatie",
              "f|{company} – uw sollicitatie", "f|Bedankt voor uw interesse in {company}", "i|Update over je sollicitatie", "i|Je sollicitatie bij {company}"],
    "rej.thanks": ["f|Hartelijk dank voor uw interesse in {company} en de tijd die u in uw sollicitatie heeft gestoken.", "f|Nogmaals dank voor uw sollicitatie als {role}.",
                   "f|Wij waarderen het vertrouwen dat u in ons stelt.", "i|Nogmaals bedankt voor je sollicitatie.", "i|Dank voor je sollicitatie en je interesse in {company}."],
    "rej.pre": ["f|Na zorgvuldige afweging moeten wij u helaas laten weten dat wij uw sollicitatie niet in behandeling nemen.",
                "f|Wij hebben besloten verder te gaan met kandidaten van wie het profiel beter aansluit bij de functie-eisen.",
                "f|Helaas bent u deze keer niet geselecteerd voor een gesprek.",
                "f|Wij gaan in de procedure verder met andere kandidaten.",
                "f|Uw profiel is interessant, maar wij zoeken meer ervaring in de Nederlandse markt.",
                "f|Gezien het grote aantal sollicitaties kunnen wij u geen uitnodiging voor een gesprek sturen.",
                "f|Wij kunnen uw sollicitatie voor de functie van {role} niet verder meenemen.",
                "i|We hebben je profiel goed bekeken en kiezen ervoor om met andere kandidaten verder te gaan.",
                "i|Deze keer gaat het helaas niet lukken: we gaan verder met profielen die dichter bij de vraag liggen.",
                "i|We gaan niet verder met je sollicitatie, al vonden we je achtergrond echt interessant.",
                "i|Het was een lastige keuze, maar we gaan voor iemand die onze sector al goed kent."],
    "rej.post": ["f|Dank voor het gesprek met {iv1}. Na zorgvuldige overweging hebben wij gekozen voor een andere kandidaat die beter aansluit bij onze huidige behoefte.",
                 "f|Na de gesprekken hebben wij besloten een andere kandidaat aan te nemen.",
                 "f|Wij hebben de gesprekken als prettig ervaren, maar zetten de procedure niet met u voort.",
                 "f|U behoorde tot de laatste kandidaten en de keuze was niet eenvoudig: uiteindelijk kozen wij voor iemand met directe ervaring in de branche.",
                 "f|Naar aanleiding van de gesprekken moeten wij u laten weten dat wij niet verder gaan.",
                 "i|Bedankt voor het gesprek met {iv1_first}! We hebben een besluit genomen en gaan verder met iemand anders.",
                 "i|Ik wilde het je persoonlijk laten weten: we hebben voor een ander profiel gekozen. Ik weet dat dit niet het nieuws is waarop je hoopte.",
                 "i|Het was heel close, maar we hebben de functie aan iemand anders aangeboden."],
    "rej.cancel": ["f|De vacature {role} is om budgettaire redenen bevroren; daarom sluiten wij de procedure af.",
                   "f|De functie is intern ingevuld, waardoor wij de procedure beëindigen.",
                   "f|Door een reorganisatie is de werving voor de functie van {role} geannuleerd.",
                   "f|De vacature is inmiddels vervuld en wij sluiten alle openstaande sollicitaties.",
                   "i|Even een update: na een reorganisatie vervalt de rol van {role}, dus we stoppen de procedure.",
                   "i|We hebben de functie uiteindelijk intern ingevuld, dus we gaan niet verder."],
    "rej.one": ["i|Hoi {first}, even kort: we gaan verder met een ander profiel. Bedankt en succes!",
                "i|{first}, we hebben voor iemand anders gekozen. Dank voor je tijd!",
                "i|Hoi {first}, deze keer geen match, de vacature is vervuld. Veel succes!",
                "i|Dag {first}, ik bevestig dat we niet met je verdergaan in deze procedure. Groetjes!",
                "f|Beste mevrouw {last}, ter info: de functie van {role} is vervuld. Met vriendelijke groet.",
                "f|Geachte mevrouw {last}, wij gaan niet verder met uw sollicitatie. Dank en succes."],
    "rej.soft": ["f|Wij wensen u veel succes bij uw verdere zoektocht.", "f|Dit besluit is geen oordeel over uw kwaliteiten.",
                 "f|Wij zien uw sollicitatie graag opnieuw tegemoet bij toekomstige vacatures.", "i|Veel succes met je zoektocht!", "i|Houd onze vacatures vooral in de gaten."],
    "rej.fb": ["f|Als u wilt, geef ik u graag telefonisch wat meer feedback.", "f|Ik licht ons besluit graag toe in een kort gesprek.", "i|Wil je feedback? Laat het me weten."],
    "rej.pool": ["f|Met uw toestemming bewaren wij uw gegevens een jaar in onze talentenpool.", "f|Conform de AVG verwijderen wij uw gegevens binnen vier weken.",
                 "i|Als je wilt, houden we je cv in onze talentenpool; laat het even weten."],
    "rejb.s": ["Update over je sollicitatie bij {company}", "{company} heeft gereageerd op je sollicitatie", "Je sollicitatie: {role}"],
    "rejb.c": ["{company} heeft de status van je sollicitatie via {board} bijgewerkt. Bericht van de werkgever:",
               "Er is nieuws over je sollicitatie voor {role}. {company} stuurde je dit bericht:", "De werkgever heeft de procedure voor {role} afgesloten:"],
    "inv.s": ["f|Uitnodiging sollicitatiegesprek – {role}", "f|Uw sollicitatie: uitnodiging", "f|Gesprek {role} bij {company}", "f|Vervolgstappen – {company}",
              "f|Kennismaking met {company}", "i|Zullen we kennismaken? ({role})", "i|Volgende stap bij {company}", "i|Even bellen?", "i|Kennismakingsgesprek"],
    "inv.fixed": ["f|Uw sollicitatie heeft onze interesse gewekt en wij maken graag kennis. Wij nodigen u uit voor een gesprek {when} met {iv}.",
                  "f|Graag nodigen wij u uit voor een sollicitatiegesprek {when}. Namens {company}: {iv}.",
                  "f|Wij zetten het gesprek graag voort en stellen voor om elkaar {when} te spreken, met {iv}.",
                  "f|Naar aanleiding van uw sollicitatie als {role} bevestig ik het gesprek {when}; het duurt ongeveer {dur}.",
                  "f|Ik heb een moment gereserveerd {when}. Ook {iv1} van het team schuift aan.",
                  "f|Zoals telefonisch besproken bevestig ik hierbij uw gesprek {when} met {iv}.",
                  "i|We maken graag kennis met je! Past {when}? Je spreekt met {iv}.",
                  "i|Top, ik heb {when} ingepland. {iv1} sluit ook aan.",
                  "i|Zullen we {when} bellen? Je maakt kennis met {iv}.", "i|Bij deze de bevestiging van ons gesprek {when}. Reken op ongeveer {dur}."],
    "inv.screen": ["f|Graag leer ik u beter kennen in een kort telefoongesprek. Schikt het u {when}? Het duurt ongeveer {dur}.",
                   "f|Als eerste stap stel ik een telefonisch kennismakingsgesprek voor {when}.", "f|Ik bel u {when} om de functie van {role} toe te lichten.",
                   "i|Zin in een eerste belletje met mij? Ik kan {when}, ongeveer {dur}.", "i|Ik bel je {when} om je meer over het team te vertellen, goed?",
                   "i|Zullen we {when} even videobellen? Gewoon informeel."],
    "inv.slots": ["f|Wij nodigen u graag uit voor een gesprek met {iv}. De volgende momenten zijn beschikbaar:", "f|Wij maken graag kennis. Wilt u een van de volgende tijden kiezen?",
                  "f|Voor een eerste gesprek hebben wij deze momenten:", "i|We maken graag kennis! Past een van deze momenten?", "i|{iv1} en ik kunnen op deze momenten:"],
    "inv.slots2": ["f|Laat u mij weten welk moment het beste schikt? Past geen enkel moment, dan zoeken we een alternatief.", "f|Ik hoor graag uw voorkeur.",
                   "i|Laat maar weten wat het beste uitkomt.", "i|Past niets? Stel gerust andere tijden voor."],
    "inv.link": ["f|Wij nodigen u graag uit voor een gesprek met {iv}. Plan via deze link zelf een geschikt moment in: {link}",
                 "f|U kunt via onze planningstool ({tool}) direct een tijdstip voor het gesprek kiezen: {link}", "f|Plan voor de volgende ronde hier een moment van {dur} in: {link}",
                 "i|Prik gewoon een moment in mijn agenda dat jou uitkomt: {link}", "i|Hier is de link om een gesprek met {iv1} in te plannen: {link}"],
    "inv.avail": ["f|Wij nodigen u graag uit voor een gesprek met {iv}. Kunt u uw beschikbaarheid voor de komende twee weken doorgeven?",
                  "f|Om een gesprek met {iv1} in te plannen, hoor ik graag twee of drie momenten die u schikken.",
                  "f|Voor een gesprek van ongeveer {dur}: wanneer bent u volgende week beschikbaar?",
                  "i|Wanneer heb je volgende week tijd voor een gesprek met {iv}? Stuur me een paar opties.",
                  "i|Laat me weten wanneer je de komende dagen kunt, dan stem ik het af met het team."],
    "inv.cal": ["f|Bijgaand de uitnodiging voor ons gesprek. Tot dan.", "f|Zoals afgesproken stuur ik u hierbij de agenda-uitnodiging.",
                "f|Hierbij de officiële uitnodiging voor uw gesprek {when}.", "i|Hier komt de uitnodiging, tot dan!", "i|Staat gepland, hierbij de invite voor je agenda."],
    "cal.sum": ["Sollicitatiegesprek {company} – Inês Hofmann", "Gesprek: {role}", "{company} <> Inês Hofmann", "Kennismaking Inês Hofmann / {company}", "Interview {role} | {company}"],
    "inv.remind.s": ["Herinnering: je afspraak met {company}", "Morgen: je gesprek bij {company}", "Herinnering aan je afspraak", "Binnenkort: je gesprek met {company}"],
    "inv.remind": ["Dit is een herinnering aan je afspraak met {company} {when}.", "Je afspraak met {iv} komt eraan: {when}.",
                   "Ter herinnering: je videogesprek ({role}) vindt plaats {when}.", "Je geboekte afspraak bij {company} komt eraan."],
    "inv.resched": ["f|Helaas moet ik ons gesprek {old_when} verzetten, omdat {iv1} verhinderd is. Zou {when} u schikken?",
                    "f|Wegens een agendaconflict moeten wij het gesprek verplaatsen. Nieuw tijdstip: {when} (in plaats van {old_when}).",
                    "f|Kleine wijziging: we verplaatsen het gesprek naar {when}. Ik hoop dat dat u nog steeds uitkomt.",
                    "i|Sorry voor het gedoe: kunnen we van {old_when} naar {when}? {iv1} kan toch niet.", "i|We moeten schuiven: nieuw tijdstip {when}. Past dat?"],
    "inv.onsite": ["f|Graag nodigen wij u uit voor de laatste ronde op ons kantoor. De dag begint {when}; het programma ziet er als volgt uit:",
                   "f|Zoals besproken nodigen wij u uit voor een ochtend bij ons in {city}. Start: {when}. Programma:",
                   "i|We nodigen je uit op kantoor voor de laatste ronde: we beginnen {when}. Zo ziet de dag eruit:", "i|Voor de laatste stap willen we je graag in het echt ontmoeten, {when}. De agenda:"],
    "inv.confirm.s": ["Bevestigd: {event}", "Nieuwe afspraak: {event} met {host}", "Je afspraak met {company} is bevestigd"],
    "inv.confirm": ["Je afspraak is ingepland. Een agenda-uitnodiging is bijgevoegd.", "Je hebt een afspraak met {host} ({company}).", "Bedankt voor je boeking, dit zijn de details:"],
    "inv.prep": ["f|Houdt u rekening met ongeveer {dur}.", "f|Neemt u een geldig legitimatiebewijs mee en meldt u zich een paar minuten eerder bij de receptie.",
                 "f|U hoeft niets voor te bereiden; een korte toelichting op uw loopbaan (vijf minuten) wordt op prijs gesteld.",
                 "i|Neem gerust al je vragen mee!", "i|Dresscode: kom zoals je bent.", "i|Reken op ongeveer {dur}."],
    "inv.ask": ["f|Wilt u de afspraak kort bevestigen?", "f|Laat u mij weten of dit tijdstip u schikt?", "f|Komt het niet uit? Laat het mij weten, dan zoeken we een ander moment.",
                "i|Laat je even weten of het past?", "i|Past het niet, zeg het gerust."],
    "mode.video": ["f|Het gesprek vindt plaats via {tool}: {link}", "Link ({tool}): {link}", "i|We zien elkaar via {tool}: {link}", "Deelnemen: {link}"],
    "mode.site": ["f|Adres: {place}. Meldt u zich {reception}.", "f|U vindt ons op {place}.", "i|We zitten op {place}; meld je {reception}."],
    "mode.phone": ["f|Wij bellen u op {phone}.", "f|Ik bel u op {phone}; klopt dat nummer nog?", "i|Ik bel je op {phone}.", "i|Komt er iets tussen? Mijn nummer is {rphone}."],
    "as.s": ["Je assessment voor {company}", "Uitnodiging online assessment – {role}", "{company} nodigt je uit voor een test", "Volgende stap: online test ({role})"],
    "as.vendor": ["f|{company} nodigt u uit om via {vendor} een online assessment te maken in het kader van uw sollicitatie als {role}. De test duurt ongeveer {mins} minuten en moet uiterlijk {deadline} zijn afgerond.",
                  "f|Als volgende stap vragen wij u de test '{test}' vóór {deadline} af te ronden.",
                  "f|U bent uitgenodigd voor een assessment voor de functie van {role} bij {company}. De link is geldig tot {deadline}.",
                  "i|{company} wil je graag beter leren kennen en stuurt je een korte test ({test}, ongeveer {mins} minuten). Je hebt tot {deadline}."],
    "as.tips": ["Tip: gebruik een laptop en een stabiele internetverbinding.", "De test kan niet worden gepauzeerd; trek {mins} minuten aaneengesloten uit.", "Technische problemen? Neem contact op met {vendor} support."],
    "as.remind.s": ["Herinnering: je test voor {company} verloopt binnenkort", "Nog te doen: {test}", "Nog even tijd voor je assessment"],
    "as.remind": ["Je test voor {company} is nog niet afgerond. De link verloopt op {deadline}.", "Je bent nog niet begonnen aan de test '{test}' van {company}. Rond hem af vóór {deadline}."],
    "as.case.s": ["f|Case voor de volgende ronde", "f|Opdracht – {role}", "i|Een kleine opdracht voor je"],
    "as.case": ["f|Als volgende stap vragen wij u {case} uit te werken. De opdracht vindt u in de bijlage; stuur uw uitwerking vóór {deadline}.",
                "f|In de bijlage vindt u een korte case: {case}. Reken op ongeveer {hours} uur. Inleveren vóór {deadline}.",
                "i|Voordat we elkaar weer spreken, hebben we een kleine opdracht voor je: {case}. Alles staat in de pdf; stuur het vóór {deadline}.",
                "i|Zoals beloofd hierbij de case ({case}). Besteed er niet meer dan {hours} uur aan."],
    "as.case2": ["f|U presenteert uw uitwerking tijdens het volgende gesprek (ongeveer 20 minuten).", "f|Heeft u vragen over de opdracht? Laat het mij gerust weten.",
                 "i|Vragen? Mail me gerust!", "i|Je presenteert het in het volgende gesprek."],
    "as.video.s": ["Je video-interview voor {company}", "Opgenomen video-interview – {role}"],
    "as.video": ["f|Als volgende stap nodigen wij u uit voor een video-interview via HireVue: u beantwoordt {n} vragen op video wanneer het u uitkomt, uiterlijk {deadline}.",
                 "f|Voor de functie van {role} werken wij met een opgenomen video-interview ({n} vragen, maximaal drie minuten per antwoord). Rond het af vóór {deadline}.",
                 "i|Volgende stap: een kort opgenomen video-interview ({n} vragen). Je hebt alleen een camera en microfoon nodig, vóór {deadline}."],
    "rep.s": ["f|Uw sollicitatie als {role}", "f|Update – {role}", "f|Vraag over uw sollicitatie", "f|Uw sollicitatie bij {company}", "i|Update over je sollicitatie", "i|Korte vraag"],
    "rep.review": ["f|Ik laat u graag weten dat uw sollicitatie nog in behandeling is. Wij laten {promise} iets van ons horen.",
                   "f|Wij zijn nog niet klaar met het beoordelen van de sollicitaties. U hoort {promise} van ons.",
                   "f|De manager bekijkt de profielen nog; ik verwacht u {promise} te kunnen informeren.",
                   "f|Uw sollicitatie loopt nog. Door de vakantieperiode duurt het iets langer; wij nemen {vague} contact met u op.",
                   "i|Even een teken van leven: we zijn er nog mee bezig en laten {promise} van ons horen.", "i|Je bent nog in de race! We hebben iets meer tijd nodig; je hoort {promise} van ons."],
    "rep.docs": ["f|Om uw sollicitatie verder te behandelen, ontvangen wij graag {docs}. Kunt u die toesturen?", "f|Voordat ik u uitnodig, wil ik u vragen mij {docs} te sturen.",
                 "f|Wij missen nog {docs} om uw dossier compleet te maken. U kunt gewoon op deze e-mail reageren.", "i|Kun je me nog {docs} sturen? Dan zet ik alles door naar het team."],
    "rep.hold": ["f|Dank voor uw bericht. De werving voor de functie van {role} ligt momenteel stil vanwege een interne reorganisatie. Wij laten het u weten zodra het weer loopt.",
                 "f|De vacature is tijdelijk bevroren in afwachting van budgetgoedkeuring. Uw sollicitatie blijft actief.",
                 "f|Wij hebben de procedure tijdelijk moeten pauzeren. Ik verwacht dat we {vague} weer verder kunnen.",
                 "i|Dank voor je berichtje! De vacature staat even on hold door wijzigingen in het team. Ik laat het weten zodra het weer loopt."],
    "rep.timeline": ["f|Nogmaals dank voor het prettige gesprek. Deze week spreken wij nog andere kandidaten en laten {promise} ons besluit weten.",
                     "f|Het team overlegt over de vervolgstappen. U hoort {promise} van mij.",
                     "f|Een update: de laatste gesprekken zijn volgende week, en het besluit volgt {vague}.",
                     "f|Wij stemmen nog af met {iv1} en komen {promise} bij u terug.",
                     "i|Dank voor je tijd! We spreken deze week nog twee mensen en laten {promise} iets weten.",
                     "i|{iv1_first} was erg enthousiast. Geef ons nog even; je hoort {promise} van ons."],
    "rep.answer": ["f|Dank voor uw bericht. Er is nog geen besluit, omdat {iv1} deze week op vakantie is. Ik informeer u {promise}.",
                   "f|Dank voor uw geduld. We zijn er nog niet helemaal, maar verwachten u {promise} uitsluitsel te geven.",
                   "f|We wachten nog op akkoord van de directie. Zodra ik meer weet, laat ik het u weten.",
                   "i|Dank voor je berichtje! We zijn er nog niet uit, maar ik laat {promise} iets weten.", "i|Sorry dat het zo lang duurt, nog geen besluit. Ik hou je op de hoogte."],
    "rep.q": ["f|Voordat wij de volgende stap plannen: wat zijn uw salariswensen en wat is uw opzegtermijn?", "f|Kunt u aangeven per wanneer u beschikbaar bent en of verhuizen naar {city} een optie is?",
              "f|Een korte vraag: heeft u een werkvergunning nodig of heeft u de nationaliteit van een EU-land?",
              "i|Eerst even een vraag: wat zijn je salariswensen en wanneer zou je kunnen starten?", "i|Zou je naar {city} verhuizen, of zoek je iets volledig remote?"],
    "rep.cv": ["f|Dank voor uw snelle reactie! Om u aan de manager voor te stellen, ontvang ik graag uw actuele cv.",
               "f|Fijn dat u interesse heeft. Ik deel uw profiel met {iv1} en laat u {promise} de vervolgstappen weten.",
               "i|Top, leuk om te horen! Stuur me je actuele cv, dan stel ik je voor aan het team.", "i|Super! Ik stuur je profiel door naar {iv1_first} en laat {vague} iets weten."],
    "rep.post": ["f|Welkom aan boord! Voor uw arbeidsovereenkomst ontvangen wij nog graag {docs}, uw BSN en uw IBAN.",
                 "f|Dank voor het accepteren van ons aanbod. Als volgende stap vragen wij u een VOG aan te vragen en {docs} te sturen.",
                 "f|Wat fijn dat u ons aanbod accepteert! Bijgaand de onboardingformulieren; wilt u die ingevuld terugsturen?",
                 "i|Wat leuk dat je komt! Voor je contract heb ik nog {docs} en je IBAN nodig."],
    "rep.ivcancel": ["f|Het spijt mij, maar wij moeten het gesprek {old_when} annuleren door een wijziging aan onze kant. Ik stuur u {promise} nieuwe voorstellen.",
                     "f|Excuses: het gesprek {old_when} kan niet doorgaan. Ik kom {vague} bij u terug met nieuwe opties.",
                     "i|Sorry, we moeten het gesprek {old_when} annuleren; ik stuur je {promise} nieuwe opties."],
    "rep.status.s": ["De status van je sollicitatie is gewijzigd", "Update: je sollicitatie als {role}", "Nieuws over je sollicitatie bij {company}"],
    "rep.status": ["f|De status van uw sollicitatie is gewijzigd: uw profiel wordt nu beoordeeld door de manager.",
                   "f|Uw sollicitatie is naar de volgende fase gegaan. Wij laten het u weten zodra er nieuws is.", "i|Je sollicitatie is een stap verder: het team bekijkt nu je profiel."],
    "out.s": ["f|Uw profiel – {role} bij {company}", "f|Vacature: {role} in {city}", "f|Een functie die u misschien aanspreekt", "f|{company} zoekt versterking",
              "i|Zin in {company}?", "i|Korte vraag over je profiel"],
    "out.s.agency": ["{role} – {company}, {city}", "Kans bij {company}", "Functie als {role} bij onze klant {company}"],
    "out.s.conf": ["Vertrouwelijk: {role} ({city})", "Discrete benadering – {role}", "Nieuwe uitdaging als {role}?"],
    "out.direct": ["f|Op zoek naar versterking voor ons team kwam ik uw profiel tegen: {field_desc} sluit goed aan bij onze vacature {role}.",
                   "f|Mijn naam is {rname}, {rtitle} bij {company}. Wij zoeken een {role} en uw ervaring met {skill} viel mij op.",
                   "f|Ik neem contact met u op omdat wij een vacature als {role} in {city} hebben en ik denk dat uw achtergrond uitstekend past.",
                   "i|Ik ben {rfirst}, van het recruitmentteam van {company}. Je profiel viel me op, vooral je ervaring met {skill}. We zoeken een {role}; wil je meer weten?",
                   "i|Hopelijk vind je het niet erg dat ik je zomaar benader: we breiden het team van {company} uit met een {role} en ik denk dat je heel goed zou passen."],
    "out.hm": ["f|Ik ben verantwoordelijk voor het team bij {company} waarin wij een {role} zoeken. Uw ervaring, met name met {skill}, maakte mij nieuwsgierig.",
               "i|Ik ben {rfirst}, {rtitle} bij {company}. Ik zoek een {role} voor mijn team en je profiel sprak me echt aan."],
    "out.agency": ["f|Ik ben {rtitle} bij {agency} en help onze opdrachtgever {company} bij het vinden van een {role} in {city}. Uw ervaring met {skill} sluit goed aan.",
                   "f|Namens {legal} ben ik op zoek naar een {role}. Uw profiel sprak mij aan en ik vertel u graag meer over de functie.",
                   "i|Ik werk bij {agency} en zoek een {role} voor {company} in {city}. Klinkt dat interessant?"],
    "out.conf": ["f|Ik ben {rtitle} bij {agency}. Voor {client_desc} zoek ik exclusief een {role} met ervaring in {skill}. De naam van de organisatie deel ik graag in een gesprek.",
                 "f|Mijn opdrachtgever, {client_desc}, wil de functie van {role} vertrouwelijk invullen. Uw profiel past uitstekend.",
                 "i|Ik zoek voor een klant ({client_desc}) een {role}. Per mail kan ik nog niet meer zeggen; zin in een kort belletje?"],
    "out.cta": ["f|Heeft u de komende dagen tijd voor een kort, vrijblijvend telefoongesprek?", "f|Ik stel een korte reactie zeer op prijs.", "f|Graag stuur ik u vooraf de functieomschrijving.",
                "i|Laat maar weten of je openstaat voor een kort belletje.", "i|Ik vertel je graag meer; reageer gewoon op deze mail."],
    "out.nudge": ["f|Ik kom nog even terug op mijn eerdere bericht, omdat ik nog niets van u heb gehoord. De functie van {role} bij {company} is nog open.",
                  "f|Mag ik u nog eens wijzen op mijn vorige bericht? Ik vertel u graag meer over de functie.", "i|Even een bump voor het geval mijn bericht ondergesneeuwd raakte: de vacature staat nog open!",
                  "i|Korte reminder: zin om te praten over de rol van {role}?"],
    "out.nudge.conf": ["f|Ik kom nog even bij u terug: de vertrouwelijke functie van {role} is nog open en mijn opdrachtgever maakt graag kennis.",
                       "i|Een reminder van mijn bericht van vorige week: de rol van {role} is nog beschikbaar."],
    "out.inmail.s": ["{rname} heeft je een bericht gestuurd", "Nieuw bericht van {rname} ({company})", "InMail: {role} bij {company}"],
    "out.inmail": ["Je hebt een nieuw bericht van {rname}, {rtitle} bij {company}:", "{rname} wil graag met je in contact komen:"],
    "off.s": ["f|Uw aanbod – {role}", "f|Aanbod van {company}", "f|Ons aanbod", "i|We willen je graag aan boord!", "i|Je aanbod van {company} 🎉"],
    "off.letter": ["f|Graag bieden wij u de functie van {role} bij {company} aan! Bijgaand vindt u onze aanbiedingsbrief.",
                   "f|Na de zeer positieve gesprekken doe ik u graag een officieel aanbod voor de functie van {role}. De details staan in het bijgevoegde document.",
                   "f|Met veel plezier nodigen wij u uit ons team te komen versterken als {role}. Bijgaand de arbeidsovereenkomst ter inzage.",
                   "i|Goed nieuws: we willen je graag als {role} bij {company} aan boord! Je aanbod zit in de bijlage.",
                   "i|Het team is het eens: we bieden je de rol van {role} aan. Alles staat in het bijgevoegde aanbod."],
    "off.deadline": ["f|Wij horen graag uiterlijk {deadline} uw reactie. Voor vragen sta ik uiteraard klaar.", "f|Wilt u het getekende contract uiterlijk {deadline} retourneren?",
                     "i|Laat je uiterlijk {deadline} iets weten? En bel me gerust als je vragen hebt!"],
    "off.call.s": ["f|Goed nieuws – kunnen we even bellen?", "f|Uw aanbod: telefonische afspraak", "f|Aanbod voor de functie van {role}", "i|Goed nieuws 🙂", "i|Heb je 15 minuten?"],
    "off.call": ["f|Ik heb heel goed nieuws: wij willen u graag een aanbod doen voor de functie van {role}. Heeft u {when} tijd voor een kort gesprek, zodat ik de voorwaarden kan toelichten?",
                 "f|Het team heeft voor u gekozen en ik licht ons aanbod graag persoonlijk toe. Schikt een belafspraak {when}?",
                 "i|Ik mag je een aanbod doen! Zullen we {when} bellen om de details door te nemen?", "i|We willen je de baan aanbieden 🎉 Kun je {when}? Dan vertel ik je alles over salaris en startdatum."],
    "off.esign.s": ["{sender} heeft je een document ter ondertekening gestuurd: {doc}", "Ter ondertekening: {doc}", "Handtekening nodig: {doc}"],
    "off.esign": ["{sender} ({company}) heeft je via {vendor} een document gestuurd om te bekijken en digitaal te ondertekenen.", "Je wordt gevraagd het volgende document te ondertekenen: {doc}."],
    "off.esign.msg": ["f|Bericht van {sender}: Geachte mevrouw Hofmann, bijgaand uw arbeidsovereenkomst als {role}. Wij kijken uit naar de samenwerking!",
                      "f|Bericht: zoals besproken ons aanbod voor de functie van {role}; graag bekijken en ondertekenen.", "i|Bericht van {sender}: Hoi Inês, hier is je contract – welkom in het team!"],
    "off.revised": ["f|Dank voor uw open reactie. Wij hebben intern overlegd en kunnen u een aangepast aanbod doen: {salary}. De overige voorwaarden blijven ongewijzigd.",
                    "f|Wij komen u graag tegemoet en verhogen het salaris naar {salary}. Het herziene aanbod zit in de bijlage.", "i|Goed nieuws: we kunnen naar {salary}. Het aangepaste aanbod zit in de bijlage."],
    "ty.s": ["f|Dank voor het gesprek", "f|Dank voor het gesprek – {role}", "f|Naar aanleiding van ons gesprek", "i|Bedankt voor vandaag!", "i|Dank voor het leuke gesprek"],
    "ty.c": ["f|Hartelijk dank voor de tijd die u vandaag voor mij heeft genomen. Het gesprek gaf mij een heel goed beeld van {company} en de functie van {role}.",
             "f|Veel dank voor het interessante gesprek en de kennismaking met uw team.", "f|Ik wil u nogmaals bedanken voor het gesprek; het heeft mijn motivatie om bij {company} te werken versterkt.",
             "i|Nogmaals bedankt voor het leuke gesprek van vandaag!", "i|Dank voor je tijd en openheid. Ik heb nu nog meer zin om bij {company} te beginnen."],
    "ty.detail": ["f|Vooral ons gesprek over {topic} vond ik erg interessant.", "f|Wat u vertelde over {topic} liet mij zien hoe mijn ervaring kan bijdragen.",
                  "i|Vooral {topic} sprak me erg aan.", "i|Ik zit nog na te denken over {topic}; ik heb al een paar ideeën!"],
    "ty.close": ["f|Ik zie uw reactie met belangstelling tegemoet.", "f|Mocht u nog vragen hebben, dan hoor ik het graag.", "i|Ik hoor graag van jullie!", "i|Laat het weten als er nog vragen zijn."],
    "fu.s": ["f|Navraag sollicitatie – {role}", "f|Korte navraag: {role}", "f|Stand van zaken sollicitatie", "i|Even checken", "i|Nog nieuws?"],
    "fu.c": ["f|Ik hoop dat het goed met u gaat. Na ons gesprek van {when_done} wilde ik informeren of er al nieuws is over de functie van {role}.",
             "f|Ik wilde graag informeren naar de stand van zaken in de procedure. Ik ben nog steeds zeer geïnteresseerd.",
             "f|Omdat het gesprek met {iv1} ongeveer een week geleden is, wilde ik even informeren hoe het ervoor staat.",
             "i|Ik wilde even checken of er al nieuws is. Ik heb nog steeds veel zin in de functie!", "i|Korte vraag: hoe staat het aan jullie kant? Is er al een besluit?"],
    "fu.apply": ["f|Op {when_done} heb ik gesolliciteerd naar de functie van {role} en ik wilde graag weten of mijn sollicitatie compleet is en wat de vervolgstappen zijn.",
                 "f|Enkele weken geleden heb ik gesolliciteerd als {role}; ik zou een korte update over mijn sollicitatie zeer op prijs stellen.",
                 "i|Ik heb een paar weken geleden gesolliciteerd als {role} en wilde even vragen of jullie mijn sollicitatie al hebben kunnen bekijken."],
    "fu.promise": ["f|U gaf aan dat ik rond deze tijd bericht zou krijgen. Is er al nieuws over de functie van {role}?",
                   "f|Ik wilde vriendelijk informeren of er inmiddels een besluit is genomen.", "i|Je had gezegd dat ik rond nu iets zou horen; is er al nieuws?"],
    "fu.close": ["f|Alvast hartelijk dank voor uw reactie.", "f|Voor aanvullende informatie ben ik uiteraard beschikbaar.", "i|Alvast bedankt!", "i|Ik hoor graag van je."],
    "o.acceptslot": ["f|Dank voor de uitnodiging! Ik bevestig graag het volgende moment: {slot}.", "f|Graag bevestig ik: {slot}.", "i|Dank je! {slot} past perfect, tot dan!"],
    "o.interested": ["f|Dank voor uw bericht. De functie spreekt mij zeer aan en ik ga graag in gesprek. Wanneer schikt het u?",
                     "f|Dank voor uw benadering! Ik hoor graag meer over de functie van {role}.", "i|Dank voor je bericht, klinkt leuk! Ik sta open voor een belletje."],
    "o.withdraw": ["f|Graag laat ik u weten dat ik mijn sollicitatie voor de functie van {role} intrek, omdat ik een ander aanbod heb aangenomen. Hartelijk dank voor uw tijd en interesse.",
                   "f|Na zorgvuldige overweging trek ik mijn sollicitatie in. Dank voor de prettige gesprekken.", "i|Ik wilde je laten weten dat ik mijn sollicitatie intrek: ik heb een ander aanbod aangenomen. Bedankt voor alles!"],
    "o.withdraw.s": ["Intrekken sollicitatie – {role}", "Mijn sollicitatie als {role}"],
    "o.negotiate": ["f|Hartelijk dank voor het aanbod, waar ik erg blij mee ben. Voordat ik akkoord ga, wil ik graag het salaris bespreken: gezien mijn ervaring dacht ik aan ongeveer {salary}. Is daar ruimte voor?",
                    "i|Dank voor het aanbod, ik ben er heel blij mee! Qua salaris dacht ik eerder aan {salary}; is daar nog ruimte?"],
    "o.acceptoffer": ["f|Hartelijk dank voor het aanbod, dat ik graag aanneem. Ik kijk ernaar uit om bij {company} te beginnen!",
                      "f|Hierbij bevestig ik graag dat ik de functie van {role} aanvaard. Het getekende contract stuur ik u de komende dagen toe.", "i|Het is een ja! 🎉 Dank je, ik heb er enorm veel zin in."],
    "o.generic.s": ["Re: {role}", "{role} bij {company}", "Inês Hofmann – {role}"],
    "o.ooo": ["Dank voor uw bericht. Ik ben tot en met {back} afwezig en heb beperkt toegang tot mijn e-mail. Voor dringende zaken kunt u contact opnemen met {colleague} ({colleague_mail}).",
              "Ik ben momenteel afwezig en vanaf {back} weer bereikbaar. Uw e-mail wordt niet doorgestuurd.",
              "Dank voor je mail! Ik ben met vakantie tot {back}. Voor lopende sollicitaties kun je terecht bij {colleague} ({colleague_mail})."],
    "o.viewed.s": ["Je sollicitatie is bekeken", "{company} heeft je sollicitatie bekeken", "Nieuws: je cv is bekeken"],
    "o.viewed.c": ["{company} heeft je sollicitatie voor {role} bekeken. Een goed moment om je profiel bij te werken.",
                   "Je sollicitatie als {role} is door de werkgever geopend. We houden je op de hoogte."],
}

B.update({
    "x.alert.s": ["{n} nieuwe vacatures voor '{query}'", "Vacaturealert: {query} in {city}", "Nieuwe vacatures die bij je passen", "Je dagelijkse alert: {n} vacatures"],
    "x.alert.c": ["Dit zijn de nieuwste vacatures voor je zoekopdracht '{query}':", "We vonden vandaag nieuwe vacatures voor '{query}':", "Deze bedrijven zoeken nu mensen – solliciteer met één klik:"],
    "x.alert.x": ["Tip: met een compleet profiel solliciteer je met één klik.", "Solliciteer op tijd: de eerste reacties worden vaak als eerste gelezen.", "Je kunt deze alert altijd aanpassen of pauzeren."],
    "x.news.s": ["Zo maak je indruk in je sollicitatiegesprek", "Salaris onderhandelen: 7 tips voordat je een aanbod accepteert", "Je carrièrenieuwsbrief van deze maand"],
    "x.news.c": ["Je maandelijkse carrièrenieuwsbrief van {board}. Deze keer:", "Nieuw op het {board}-blog – onze tips voor je zoektocht:"],
    "x.news.items": ["De 10 meest gestelde vragen in een sollicitatiegesprek", "Zo onderhandel je over een jobaanbod", "Is een motivatiebrief nog nodig?",
                     "Remote werken vanuit het buitenland", "Video-interview: techcheck in vijf minuten", "Afgewezen? Zo blijf je gemotiveerd"],
    "x.news.from": ["Carrière"],
    "x.account.s": ["Bevestig je e-mailadres", "Je kandidaataccount is aangemaakt", "Wachtwoord opnieuw instellen", "Je verificatiecode: {code}"],
    "x.account.c": ["Bevestig je e-mailadres om je kandidaataccount bij {company} te activeren.", "Je hebt gevraagd je wachtwoord te resetten. Je code is {code} (15 minuten geldig).",
                    "Welkom op de carrièresite van {company}! Met je account kun je sollicitaties opslaan."],
    "x.views.s": ["Je profiel is {n} keer bekeken", "Je verscheen deze week in {n} zoekopdrachten", "Wie heeft je profiel bekeken?"],
    "x.views.c": ["Recruiters bekeken je profiel {n} keer in de afgelopen 7 dagen. Met Premium zie je wie.", "Je verscheen in {n} zoekopdrachten: werkgevers zoeken profielen zoals het jouwe."],
    "x.scam.s": ["Vacature: thuiswerk, € {amount} per dag", "Je sollicitatie is goedgekeurd – start vandaag", "Sollicitatiegesprek via WhatsApp"],
    "x.scam.c": ["Hallo, we zagen je cv op een vacaturesite. We bieden je een baan als producttester vanuit huis, € {amount} per dag, geen ervaring nodig.",
                 "Gefeliciteerd! Je bent geselecteerd voor een remote functie. Voor de training betaal je eenmalig € 49.",
                 "Ons HR-team wil graag een kort gesprek via WhatsApp. Stuur een bericht naar {phone}."],
    "x.scam.x": ["Reageer snel, er zijn maar weinig plekken!", "Stuur ons een kopie van je ID en je IBAN.", "Dit aanbod is slechts 24 uur geldig."],
    "x.flat.s": ["Je reactie op de woning aan de {street}", "Uitnodiging bezichtiging", "Je huuraanvraag"],
    "x.flat.c": ["Bedankt voor je reactie op de {n}-kamerwoning aan de {street}. We nodigen je uit voor een bezichtiging {when}. Neem je werkgeversverklaring en drie loonstroken mee.",
                 "Helaas is de woning aan de {street} inmiddels verhuurd.", "We hebben je huuraanvraag ontvangen. De makelaar neemt contact op zodra de verhuurder heeft besloten."],
    "x.card.s": ["Je aanvraag voor een creditcard", "Je aanvraag is goedgekeurd", "We beoordelen je aanvraag ({ref})"],
    "x.card.c": ["Bedankt voor je aanvraag voor een {bank} creditcard. We controleren je gegevens en laten binnen enkele dagen iets weten.", "Goed nieuws: je creditcard is goedgekeurd en wordt opgestuurd."],
    "x.visa.s": ["Bevestiging afspraak gemeente – inschrijving", "Je afspraak voor een BSN", "Afspraakbevestiging balie Burgerzaken"],
    "x.visa.c": ["Uw afspraak voor inschrijving in de BRP is bevestigd: {when}. Kenmerk: {ref}. Neem uw paspoort en huurcontract mee.",
                 "Hierbij bevestigen wij uw afspraak {when} (kenmerk {ref}). Kunt u niet komen? Annuleer dan via de website."],
    "x.school.s": ["Je aanmelding voor de master", "Uitnodiging selectiegesprek masteropleiding", "Besluit over je toelating"],
    "x.school.c": ["Dank voor je aanmelding voor de master Supply Chain Management. We nodigen je uit voor een selectiegesprek {when}.",
                   "Je aanmelding voor de deeltijdmaster is compleet. De toelatingscommissie besluit na de sluitingsdatum."],
    "x.promo.s": ["Alleen vandaag: {pct}% korting op alles – ons aanbod voor jou", "Je exclusieve aanbieding wacht", "Laatste kans: aanbieding eindigt vannacht"],
    "x.promo.c": ["Profiteer nu van {pct}% korting bij {shop}. Geldig tot en met zondag.", "Als vaste klant krijg je een speciale aanbieding: {pct}% op je volgende bestelling."],
    "x.social.s": ["{name} wil met je connecten", "{name} reageerde op je bericht", "Nieuwe uitnodiging"],
    "x.social.c": ["{name} ({title}) wil graag lid worden van je netwerk.", "{name} reageerde op je bericht: 'Gefeliciteerd met de nieuwe stap!'"],
    "x.receipt.s": ["Je boekingsbevestiging", "Je factuur van {shop}", "Betalingsbevestiging"],
    "x.receipt.c": ["Bedankt voor je boeking bij {shop}. Bedrag: € {amount}. Je factuur staat in je account.", "We hebben je betaling van € {amount} ontvangen. Bestelnummer {ref}."],
    "x.personal.s": ["En? Hoe ging het?", "Zag deze vacature voor jou", "Succes morgen!"],
    "x.personal.c": ["Hoi Inês, hoe ging het gesprek gisteren? Vertel! En als er een aanbod komt: onderhandel een beetje 😉",
                     "Hé Inês, ik zag deze vacature en dacht meteen aan jou. Kijk even, solliciteer gewoon!", "Lieve Inês, heel veel succes morgen! Laat je weten hoe het ging?"],
    "x.event.s": ["Uitnodiging: Carrièrebeurs Logistiek", "Webinar: onderhandelen over je volgende aanbod", "Je aanmelding voor de Carrièreavond"],
    "x.event.c": ["Je bent aangemeld voor ons event {when}. Ontmoet meer dan 40 werkgevers en laat je cv checken.",
                  "In het webinar {when} laten we zien hoe je opvalt in gesprekken en onderhandelt over je aanbod. De agenda-uitnodiging zit in de bijlage."],
    "x.press.s": ["Interviewverzoek voor onze podcast", "Interview voor het alumnimagazine", "Kort interview over je loopbaan?"],
    "x.press.c": ["Ik maak de podcast 'Vrouwen in de logistiek' en zou je graag interviewen. Past {when}? Het duurt ongeveer 30 minuten.",
                  "Voor het volgende alumnimagazine willen we je graag interviewen over je internationale loopbaan, {when} via Zoom?"],
    "x.pes.s": ["Uitnodiging voor een gesprek bij het UWV", "Je afspraak met een werkcoach", "Herinnering afspraak"],
    "x.pes.c": ["U bent uitgenodigd voor een gesprek met een werkcoach {when}. Kenmerk {ref}. Neem uw cv mee.",
                "Wij herinneren u aan uw afspraak {when}. Bent u verhinderd? Geef dit dan op tijd door."],
    "x.survey.s": ["Hoe was je sollicitatieproces bij {company}?", "Je mening telt: korte enquête", "Je ervaring als kandidaat"],
    "x.survey.c": ["Je hebt onlangs gesolliciteerd bij {company}. Hoe tevreden ben je over het proces? De enquête duurt twee minuten.",
                   "Help ons beter te worden: beoordeel je sollicitatieproces bij {company}. Je antwoorden zijn anoniem."],
    "x.outpersonal.s": ["Gesprek vandaag!", "Nieuws 🙂", "Even een update"],
    "x.outpersonal.c": ["Hoi {name}, volgens mij ging het gesprek vandaag echt goed! Ze laten volgende week iets weten. Duimen!",
                        "Hé {name}, ik heb een aanbod gekregen! Twijfel nog over het salaris. Tijd om dit weekend even te bellen?"],
    "x.outflat.s": ["Navraag over mijn reactie op de woning", "Woning {street} – documenten"],
    "x.outflat.c": ["Goedemiddag, vorige week heb ik gereageerd op de woning aan de {street} en ik wilde vragen of die nog beschikbaar is. Ik stuur graag extra documenten.",
                    "Goedemiddag, zoals besproken stuur ik hierbij mijn loonstroken voor de woning aan de {street}. Ik hoor graag van u."],
    "x.tc.s": ["Nieuwe vacatures bij {company}", "Je talentnieuwsbrief van {company}", "Functies die je misschien leuk vindt"],
    "x.tc.c": ["Als lid van onze talentcommunity krijg je de nieuwste vacatures bij {company}:", "We groeien! Deze functies zijn net opengezet bij {company}:"],
    "x.bounce.s": ["Onbestelbaar: Navraag sollicitatie", "Bezorging van bericht mislukt", "Onbestelbaar: sollicitatie"],
    "x.bounce.c": ["Uw bericht kon niet worden bezorgd bij de volgende ontvanger: {addr}. Het e-mailadres bestaat niet.",
                   "Dit bericht is automatisch gegenereerd. Uw bericht kon niet worden afgeleverd bij: {addr}"],
})
OSEND = {
    "scam": [("HR Afdeling", "hr.vacatures@mailbox-fast.example"), ("Snel Werk", "info@quickhire.test")],
    "flat": [("Makelaardij Van Dijk", "verhuur@makelaardij-vandijk.example"), ("HuurDirect", "noreply@huurdirect.example")],
    "card": [("Lage Landen Bank", "creditcard@llbank.example"), ("Polderkrediet", "service@polderkrediet.example")],
    "visa": [("Gemeente – Burgerzaken", "noreply@burgerzaken-afspraak.example"), ("Expatcentrum", "afspraken@expatcentrum.example")],
    "school": [("Hogeschool aan de Maas – Admissions", "admissions@hsmaas.example"), ("Business School Utrecht", "master@bsu.example")],
    "promo": [("FietsWereld", "aanbiedingen@fietswereld.example"), ("Boekhandel De Vaart", "nieuwsbrief@boekhandel-devaart.example")],
    "receipt": [("Treinkaartjes.example", "tickets@treinkaartjes.example"), ("LinkedIn Premium", "billing@linkedin-mail.example")],
    "personal": [("Femke de Groot", "femke.degroot@mail-nl.example"), ("Marta Ribeiro", "marta.ribeiro@correio.example")],
    "event": [("Carrièrebeurs Rotterdam", "info@carrierebeurs-rdam.example"), ("Vrouwen in Logistiek", "webinars@vrouweninlogistiek.example")],
    "press": [("Eline Bosman", "eline@vrouwenindelogistiek-podcast.example"), ("Alumnimagazine", "redactie@alumni-mag.example")],
    "pes": [("UWV – Werkcoach", "noreply@uwv-afspraken.example")],
}


def hm_short(d):
    if d.tzinfo.key == "Europe/Brussels":
        return f"{d.hour}u{d.minute:02d}"
    return f"{d.hour}.{d.minute:02d}"


AGENDA = ["{t}–{t2} uur: gesprek met {who}", "{t}–{t2} uur: vakinhoudelijk gesprek met {who}", "{t}–{t2} uur: rondleiding en kennismaking met {who}"]
AGENDA_END = "{t} uur: lunch met het team en afsluiting"
UI["open"] = "Bekijk details"

UI["test"] = "Test"
