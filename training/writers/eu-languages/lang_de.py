"""German (Germany, Austria, Switzerland)."""
CODE = "de"
NAME = "German"
HTML_LANG = "de"
CONTENT_LANGUAGE = "de-DE"
PRIVACY_PATH = "datenschutz"

WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
WDA = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MONA = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
NUM = {1: "einer", 2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 10: "zehn", 14: "vierzehn"}


def hm(d):
    return f"{d.hour}:{d.minute:02d}"


def when(d, i):
    i %= 6
    if i == 0:
        return f"am {WD[d.weekday()]}, {d.day}. {MON[d.month - 1]} um {hm(d)} Uhr"
    if i == 1:
        return f"am {d.day:02d}.{d.month:02d}.{d.year} um {hm(d)} Uhr"
    if i == 2:
        return f"{WDA[d.weekday()]}, {d.day:02d}.{d.month:02d}., {hm(d)} Uhr"
    if i == 3:
        return f"am {WD[d.weekday()]}, den {d.day}. {MON[d.month - 1]} {d.year}, {d.hour:02d}.{d.minute:02d} Uhr"
    if i == 4:
        return f"{WD[d.weekday()]}, {d.day}.{d.month}. um {hm(d)}"
    return f"am {WD[d.weekday()]} ({d.day}.{d.month}.) um {hm(d)} Uhr"


N_WHEN = 6


def day(d, i):
    i %= 4
    if i == 0:
        return f"{d.day}. {MON[d.month - 1]} {d.year}"
    if i == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if i == 2:
        return f"{WD[d.weekday()]}, {d.day}. {MON[d.month - 1]}"
    return f"{d.day:02d}.{d.month:02d}."


N_DAY = 4


def lisbon_note(dl):
    return f"({hm(dl)} Uhr Lissabonner Zeit)"


def dur(n):
    return {60: "eine Stunde", 90: "anderthalb Stunden"}.get(n, f"{n} Minuten")


def join(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " und " + xs[-1]


def money(n, cur="EUR"):
    s = f"{n:,}".replace(",", ".")
    if cur == "CHF":
        return f"CHF {f'{n:,}'.replace(',', chr(39))}.– brutto pro Jahr"
    return f"{s} € brutto jährlich"


PROMISE_KINDS = [("fri", None), ("end_next_week", None), ("n_weeks", [1, 2, 2, 3]), ("n_workdays", [3, 5, 10]),
                 ("date", [5, 7, 9, 12, 14]), ("n_days", [10, 14]), ("end_week", None), ("tomorrow", None),
                 ("end_month", None), ("mon", None)]


def promise(kind, n, target, sent, rng):
    if kind == "fri":
        return rng.choice(["bis Freitag", "bis zum kommenden Freitag", f"bis Freitag, den {target.day}.{target.month}."])
    if kind == "mon":
        return rng.choice(["bis Montag", "spätestens am Montag"])
    if kind == "end_week":
        return rng.choice(["bis Ende dieser Woche", "noch in dieser Woche"])
    if kind == "end_next_week":
        return rng.choice(["bis Ende nächster Woche", "bis Ende der kommenden Woche"])
    if kind == "n_weeks":
        w = NUM.get(n, str(n)) if n > 1 else "einer"
        return rng.choice([f"innerhalb von {w} Woche{'n' if n > 1 else ''}", f"binnen {w} Woche{'n' if n > 1 else ''}"]) if n > 1 else "innerhalb einer Woche"
    if kind == "n_workdays":
        return f"innerhalb von {NUM.get(n, str(n))} Arbeitstagen"
    if kind == "n_days":
        return f"innerhalb von {NUM.get(n, str(n))} Tagen"
    if kind == "date":
        return rng.choice([f"bis zum {target.day}. {MON[target.month - 1]}", f"bis spätestens {target.day:02d}.{target.month:02d}.{target.year}"])
    if kind == "tomorrow":
        return "bis morgen"
    if kind == "end_month":
        return rng.choice(["bis Ende des Monats", f"bis Ende {MON[target.month - 1]}"])
    raise ValueError(kind)


VAGUE = ["in den kommenden Wochen", "so bald wie möglich", "zeitnah", "in Kürze", "sobald wir mehr wissen",
         "im Laufe der nächsten Zeit", "schnellstmöglich"]


def greet(p, reg, rng):
    if reg == "f":
        if p.gender == "f":
            return rng.choice([f"Sehr geehrte Frau {p.last},", f"Guten Tag Frau {p.last},", f"Liebe Frau {p.last},"])
        return rng.choice([f"Sehr geehrter Herr {p.last},", f"Guten Tag Herr {p.last},", f"Lieber Herr {p.last},"])
    return rng.choice([f"Hallo {p.first},", f"Hi {p.first},", (f"Liebe {p.first}," if p.gender == "f" else f"Lieber {p.first},")])


def greet_many(ps, reg, rng):
    if reg == "f":
        parts = [("sehr geehrte Frau " if p.gender == "f" else "sehr geehrter Herr ") + p.last for p in ps]
        s = ", ".join(parts) + ","
        return s[0].upper() + s[1:]
    return "Hallo " + join([p.first for p in ps]) + ","


def attrib_gmail(d, name, addr):
    return f"Am {WDA[d.weekday()]}, {d.day}. {MONA[d.month - 1]} {d.year} um {d.hour:02d}:{d.minute:02d} Uhr schrieb {name} <{addr}>:"


def attrib_iphone(d, name, addr):
    return f"Am {d.day:02d}.{d.month:02d}.{d.year} um {d.hour:02d}:{d.minute:02d} schrieb {name} <{addr}>:"


def attrib_tb(d, name, addr):
    return f"Am {d.day:02d}.{d.month:02d}.{d.year % 100:02d} um {d.hour:02d}:{d.minute:02d} schrieb {name}:"


def outlook_block(d, frm, to, subj, cc):
    L = [f"Von: {frm[0]} <{frm[1]}>", f"Gesendet: {WD[d.weekday()]}, {d.day}. {MON[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}",
         "An: " + "; ".join(f"{n} <{a}>" if n else a for n, a in to)]
    if cc:
        L.append("Cc: " + "; ".join(f"{n} <{a}>" for n, a in cc))
    L.append(f"Betreff: {subj}")
    return L


OUTLOOK_SEP = "________________________________"
RE = {"outlook": "AW:", "gmail": "Re:", "iphone": "Re:", "thunder": "Re:", "plain": "Re:"}
RE_ALL = ["Re:", "AW:", "RE:", "Aw:", "WG:", "RES:", "R:", "Antw:", "SV:"]
AUTOREPLY_PREFIX = "Automatische Antwort:"
CANCELLED = "Abgesagt"
CAL_PREFIX_GOOGLE = "Einladung: "
MOBILE = ["Von meinem iPhone gesendet", "Gesendet von meinem iPhone", "Von unterwegs gesendet – bitte Tippfehler entschuldigen",
          "Gesendet von Outlook für iOS", "Von meinem Samsung Galaxy Smartphone gesendet."]
SIG = {"tel": "Tel.:", "mail": "E-Mail:"}
CLOSE_COMMA = False


def gcal_subject(summary, start):
    off = start.utcoffset().total_seconds() / 3600
    zone = {1: "MEZ", 2: "MESZ"}.get(int(off), "UTC")
    return f"Einladung: {summary} @ {WDA[start.weekday()]}, {start.day}. {MONA[start.month - 1]} {start.year} {start.hour:02d}:{start.minute:02d} ({zone}) (ines.hofmann@example.net)"


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Microsoft Teams Hilfe?\nJetzt an der Besprechung teilnehmen\n{link}\n"
               "Besprechungs-ID: {id}\nPasscode: {pw}\n"
               "________________________________________________________________________________")
GCAL_BLOCK = ("Videoanruf beitreten\n{link}\n\nWann: {when}\nOrganisator: {org}\n\n"
              "Einladung von Google Kalender\nSie erhalten diese E-Mail, weil Sie Gast bei diesem Termin sind.")


def cal_desc(c, tool, link):
    return f"{tool}: {link}\n{c['when']}"


UI = dict(portal="Zum Bewerberportal", job="Stelle", employer="Arbeitgeber", location="Ort", date="Beworben am",
          view_apps="Meine Bewerbungen ansehen", similar="Ähnliche Jobs ansehen", confirm="Termin bestätigen",
          book="Termin auswählen", what="Termin", when="Wann", who="Mit", where="Wo", resched="Termin verschieben",
          join="Meeting beitreten", start_test="Test starten", status="Status", reply="Antworten",
          position="Position", salary="Jahresgehalt", start="Eintrittsdatum", sign="Dokument prüfen und unterschreiben",
          reception="am Empfang", jobs_box="Karriere {company}")

AUTO_NOTE = ["Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.",
             "Dies ist eine automatisch versendete Nachricht – Antworten an diese Adresse werden nicht gelesen.",
             "Bitte antworten Sie nicht direkt auf diese E-Mail. Für Rückfragen nutzen Sie bitte das Bewerberportal.",
             "Automatisch generierte E-Mail aus unserem Bewerbermanagementsystem."]
GDPR = ["Informationen zur Verarbeitung Ihrer personenbezogenen Daten gemäß Art. 13 DSGVO finden Sie unter {privacy}.",
        "Ihre Bewerbungsdaten werden ausschließlich zum Zweck des Bewerbungsverfahrens verarbeitet und spätestens sechs Monate nach dessen Abschluss gelöscht. Datenschutzhinweise: {privacy}",
        "Verantwortlich im Sinne der DSGVO: {legal}. Sie können Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
        "Datenschutz: Wir verarbeiten Ihre Daten nach Art. 6 Abs. 1 lit. b DSGVO i. V. m. § 26 BDSG. Mehr dazu: {privacy}"]
POWERED = ["Versendet über {vendor}", "Powered by {vendor}", "Bewerbermanagement: {vendor}", "Diese Nachricht wurde über {vendor} im Auftrag von {company} versendet."]
CONF = ["Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.",
        "Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt.",
        "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."]
BOARD_FOOT = ["Sie erhalten diese E-Mail, weil Sie ein Konto bei {board} haben. Benachrichtigungen verwalten · Abmelden · Datenschutz",
              "© {board} · Impressum · Datenschutz · Hilfe. Diese Nachricht wurde automatisch versendet.",
              "{board} – Sie können Ihre E-Mail-Einstellungen jederzeit in Ihrem Profil ändern."]
GDPR14 = ["Hinweis nach Art. 14 DSGVO: Wir haben Ihre Kontaktdaten aus öffentlich zugänglichen beruflichen Netzwerken erhoben. Wenn Sie keine weitere Kontaktaufnahme wünschen, genügt eine kurze Nachricht und wir löschen Ihre Daten.",
          "Datenschutz: {agency_legal} verarbeitet Ihre Daten auf Grundlage berechtigter Interessen (Art. 6 Abs. 1 lit. f DSGVO). Widerspruch jederzeit per E-Mail möglich."]
STATUS_LABELS = ["In Prüfung", "Prüfung durch Fachbereich", "Unterlagen vollständig", "In Bearbeitung"]
AGENDA = ["{t}–{t2} Uhr: Gespräch mit {who}", "{t}–{t2} Uhr: Fachgespräch mit {who}", "{t}–{t2} Uhr: Rundgang und Austausch mit {who}"]
AGENDA_END = "ab {t} Uhr: gemeinsames Mittagessen und Abschluss"
DOCS = ["Ihre Arbeitszeugnisse", "eine Kopie Ihres Hochschulzeugnisses", "Ihre Gehaltsvorstellung", "Ihren frühestmöglichen Eintrittstermin",
        "zwei Referenzen", "Ihre Aufenthalts- bzw. Arbeitserlaubnis", "Ihr aktuelles Zwischenzeugnis"]
CASE_FILES = ["Fallstudie_{company}.pdf", "Case_Study_Aufgabenstellung.pdf", "Aufgabe_Bewerbungsprozess.pdf"]
OFFER_FILES = ["Vertragsangebot_{last}.pdf", "Arbeitsvertrag_{company}_Entwurf.pdf", "Angebot_{last}_{company}.pdf"]
OFFER_DOCS = ["Arbeitsvertrag {role}", "Vertragsangebot – {last}", "Arbeitsvertrag und Anlagen ({company})"]
ASSESS = ["TestGorilla", "Codility", "SHL", "AssessFirst"]
ESIGN = ["DocuSign", "Skribble", "DocuSign"]
SOCIAL = ["LinkedIn", "XING"]

# ------------------------------------------------------------------ world
FIRST_F = ["Katrin", "Julia", "Sabine", "Anna", "Lea", "Miriam", "Franziska", "Jana", "Stefanie", "Nele", "Sophie", "Birgit",
           "Verena", "Theresa", "Laura", "Carolin", "Hanna", "Ulrike", "Maren", "Özlem", "Zoë", "Annika"]
FIRST_M = ["Jonas", "Tobias", "Florian", "Matthias", "Jürgen", "Stefan", "Lukas", "Felix", "Andreas", "Moritz", "Björn",
           "Sebastian", "Niklas", "Dominik", "Timo", "Jörg", "Ralf", "Kai", "Emre", "Lars", "Philipp", "Maximilian"]
LAST = ["Albers", "Peters", "Weiß", "Müller", "Schröder", "Hartmann", "Köhler", "Brandt", "Vogel", "Krüger", "Neumann",
        "Lehmann", "Wagner", "Schäfer", "Böhm", "Fuchs", "Lang", "Möller", "Zimmermann", "Kaya", "Jansen", "Groß",
        "Huber", "Gruber", "Steiner", "Brunner", "Meier", "Keller", "Baumann", "Frei", "Dietrich", "Sommer"]
REGIONS = [
    dict(country="DE", tz="Europe/Berlin", w=6, cc="+49", cities=[("Hamburg", "20", "40"), ("München", "80", "89"), ("Köln", "50", "221"),
                                                                   ("Stuttgart", "70", "711"), ("Leipzig", "04", "341"), ("Bremen", "28", "421"),
                                                                   ("Düsseldorf", "40", "211"), ("Berlin", "10", "30"), ("Nürnberg", "90", "911")],
         forms=["GmbH", "GmbH", "AG", "GmbH & Co. KG", "SE"], currency="EUR"),
    dict(country="AT", tz="Europe/Vienna", w=2, cc="+43", cities=[("Wien", "1", "1"), ("Graz", "8", "316"), ("Linz", "4", "732"), ("Salzburg", "5", "662")],
         forms=["GmbH", "AG", "GmbH"], currency="EUR"),
    dict(country="CH", tz="Europe/Zurich", w=2, cc="+41", cities=[("Zürich", "80", "44"), ("Basel", "40", "61"), ("Bern", "30", "31"), ("Luzern", "60", "41")],
         forms=["AG", "GmbH", "AG"], currency="CHF"),
]
STREETS = ["Hafenstraße", "Industriestraße", "Am Sandtorkai", "Leopoldstraße", "Königsallee", "Bahnhofstrasse", "Lindenallee",
           "Gewerbepark", "Hauptstraße", "Speicherstadt", "Ringstraße", "Seestrasse", "Schillerplatz", "Werkstraße"]
CO_ROOTS = ["Elbwerk", "Kranich", "Nordhafen", "Lindwurm", "Falkenried", "Brenner", "Alpenglut", "Weserland", "Rheinblick",
            "Sonnwend", "Hochstein", "Eichenhof", "Silberberg", "Donaustrom", "Bergquell", "Seeblick", "Mühlbach", "Tannenfels",
            "Isarwerk", "Fichtel", "Grünspan", "Moorland", "Steinbock", "Auwald", "Kieselgrund", "Brückenkopf"]
CO_WORDS = {"eng": ["Antriebstechnik", "Maschinenbau", "Anlagenbau", "Verfahrenstechnik", "Engineering"],
            "mkt": ["Kommunikation", "Brand Studio", "Media", "Markenhaus", "Digital"],
            "log": ["Logistik", "Spedition", "Supply Solutions", "Fulfillment", "Lagertechnik"],
            "res": ["Institut", "Biotech", "Labs", "Forschung", "Materials"],
            "hosp": ["Hotels", "Hotel & Spa", "Resorts", "Gastgeber", "Hospitality"]}
ROLES = {
    "eng": [("Prozessingenieur (m/w/d)", "Prozessingenieur"), ("Projektingenieurin Verfahrenstechnik (w/m/d)", "Projektingenieurin Verfahrenstechnik"),
            ("Ingenieur:in Qualitätssicherung 80–100%", "Ingenieur:in Qualitätssicherung"), ("Junior Produktionsplaner (m/w/d)", "Junior Produktionsplaner"),
            ("Entwicklungsingenieur Fördertechnik (m/w/d)", "Entwicklungsingenieur Fördertechnik")],
    "mkt": [("Marketing Manager DACH (m/w/d)", "Marketing Manager DACH"), ("Referentin Online-Marketing (w/m/d)", "Referentin Online-Marketing"),
            ("Produktmanager:in Marketing (all genders)", "Produktmanager:in Marketing"), ("Content Marketing Manager 80-100%", "Content Marketing Manager"),
            ("Junior Brand Manager (m/w/d)", "Junior Brand Manager")],
    "log": [("Logistikplaner (m/w/d)", "Logistikplaner"), ("Supply Chain Analyst (m/w/d)", "Supply Chain Analyst"),
            ("Teamleitung Disposition (m/w/d)", "Teamleitung Disposition"), ("Projektmanagerin Kontraktlogistik (w/m/d)", "Projektmanagerin Kontraktlogistik"),
            ("Demand Planner (m/w/d)", "Demand Planner")],
    "res": [("Wissenschaftliche:r Mitarbeiter:in (m/w/d)", "Wissenschaftliche:r Mitarbeiter:in"), ("Doktorandin Materialwissenschaften (w/m/d)", "Doktorandin Materialwissenschaften"),
            ("Postdoc Batterieforschung (m/w/d)", "Postdoc Batterieforschung"), ("Laborleitung Analytik (m/w/d)", "Laborleitung Analytik")],
    "hosp": [("Front Office Manager (m/w/d)", "Front Office Manager"), ("Assistant Hotel Manager (m/w/d)", "Assistant Hotel Manager"),
             ("Revenue Managerin (w/m/d)", "Revenue Managerin"), ("Guest Relations Manager 80–100%", "Guest Relations Manager"),
             ("Bankettleitung (m/w/d)", "Bankettleitung")],
}
REC_TITLES = ["Talent Acquisition Partner", "Recruiter|Recruiterin", "HR Business Partner", "Senior Recruiter|Senior Recruiterin",
              "People & Culture Manager|People & Culture Managerin", "Personalreferent|Personalreferentin", "Recruiting Specialist",
              "Talent Acquisition Manager"]
HR_TITLES = ["HR Generalist", "Personalsachbearbeiter|Personalsachbearbeiterin", "Leiter Personal|Leiterin Personal", "HR Operations"]
HM_TITLES = {"eng": ["Leiter Produktion|Leiterin Produktion", "Head of Engineering", "Teamleiter Prozessentwicklung|Teamleiterin Prozessentwicklung", "Werkleiter|Werkleiterin"],
             "mkt": ["Head of Marketing", "Leiter Kommunikation|Leiterin Kommunikation", "Marketing Director", "Teamlead Performance"],
             "log": ["Leiter Logistik|Leiterin Logistik", "Head of Supply Chain", "Standortleiter|Standortleiterin", "Teamleiter Disposition|Teamleiterin Disposition"],
             "res": ["Gruppenleiter|Gruppenleiterin", "Professor für Werkstofftechnik|Professorin für Werkstofftechnik", "Abteilungsleiter F&E|Abteilungsleiterin F&E", "Projektleiter|Projektleiterin"],
             "hosp": ["Hoteldirektor|Hoteldirektorin", "Direktor Rooms Division|Direktorin Rooms Division", "General Manager", "Resident Manager"]}
PANEL_TITLES = {"eng": ["Senior Prozessingenieur|Senior Prozessingenieurin", "Qualitätsleiter|Qualitätsleiterin", "Schichtleiter|Schichtleiterin"],
                "mkt": ["Senior Brand Manager", "Performance Marketing Lead", "Grafiker|Grafikerin"],
                "log": ["Senior Logistikplaner|Senior Logistikplanerin", "Leiter Lager|Leiterin Lager", "Disponent|Disponentin"],
                "res": ["Postdoc", "Laborleiter|Laborleiterin", "Doktorand|Doktorandin"],
                "hosp": ["Front Office Leiter|Front Office Leiterin", "Revenue Director", "Executive Housekeeper"]}
AGENT_TITLES = ["Senior Consultant|Senior Consultant", "Personalberater|Personalberaterin", "Principal Consultant", "Recruitment Consultant"]
AGENCIES = [("Brückner Personalberatung", "GmbH"), ("Hanse Talent Partners", "GmbH"), ("Alpina Executive Search", "AG"), ("Rheinwert Personal", "GmbH")]
CLIENT_DESC = {"log": ["ein familiengeführter Logistikdienstleister in Norddeutschland", "ein E-Commerce-Händler mit eigenem Fulfillment"],
               "eng": ["ein international tätiger Maschinenbauer im Raum Stuttgart", "ein Hidden Champion der Antriebstechnik"],
               "hosp": ["eine wachsende Hotelgruppe mit Häusern in der DACH-Region", "ein Luxusresort in den Alpen"],
               "mkt": ["ein Markenhersteller aus der Konsumgüterbranche", "eine inhabergeführte Agentur mit internationalen Kunden"],
               "res": ["ein forschungsnahes Unternehmen der Batterietechnik", "ein Start-up aus dem Umfeld einer Technischen Universität"]}
SALARY = {"eng": (52000, 72000), "mkt": (45000, 65000), "log": (48000, 68000), "res": (44000, 60000), "hosp": (40000, 58000)}
FIELD_DESC = {"eng": "Ihr Hintergrund im Wirtschaftsingenieurwesen und in der Prozessoptimierung",
              "mkt": "Ihre Erfahrung im internationalen Marketing",
              "log": "Ihre Erfahrung in Supply-Chain-Planung und Lagerprozessen",
              "res": "Ihre Forschungserfahrung", "hosp": "Ihre Erfahrung in der gehobenen Hotellerie"}
SKILLS = {"eng": ["Lean Management", "Prozessoptimierung", "Six Sigma", "SAP PP"], "mkt": ["Kampagnenplanung", "Marktforschung", "Performance Marketing", "Markenführung"],
          "log": ["SAP EWM", "Bestandsoptimierung", "Kontraktlogistik", "Transportplanung"], "res": ["Materialcharakterisierung", "Projektanträge", "Laboranalytik", "Datenanalyse in Python"],
          "hosp": ["Revenue Management", "Gästebetreuung", "Opera PMS", "Teamführung"]}
TOPICS = {"eng": ["die geplante Automatisierung der Montagelinie", "Ihre Erfahrungen mit der Einführung von Lean-Methoden", "den Ausbau des Werks"],
          "mkt": ["die Kampagne für den Markteintritt in Portugal", "Ihre Pläne für den Relaunch der Marke", "die Zusammenarbeit mit den Ländergesellschaften"],
          "log": ["die Umstellung auf das neue Lagerverwaltungssystem", "die Planung des neuen Hubs", "die Optimierung der Tourenplanung"],
          "res": ["das Projekt zum Recycling von Kathodenmaterialien", "die Ausstattung Ihres Labors", "die Kooperation mit der Industrie"],
          "hosp": ["die Neueröffnung des Hauses im Frühjahr", "Ihre Ideen zur Gästezufriedenheit", "das Revenue-Konzept für die Nebensaison"]}
CASES = {"eng": ["eine Taktzeitanalyse für eine Montagelinie", "ein Konzept zur Reduzierung von Ausschuss"],
         "mkt": ["ein Kampagnenkonzept für eine Produkteinführung", "eine Analyse unseres Social-Media-Auftritts"],
         "log": ["eine Fallstudie zur Lagerplatzoptimierung", "eine Netzwerkanalyse für zwei Distributionszentren"],
         "res": ["eine kurze Projektskizze (zwei Seiten)", "die Auswertung eines Messdatensatzes"],
         "hosp": ["ein Konzept zur Verbesserung der Check-in-Abläufe", "eine Preisstrategie für ein Messewochenende"]}
TESTS = {"eng": ["Technisches Verständnis", "Logiktest"], "mkt": ["Marketing-Fachtest", "Persönlichkeitsfragebogen"],
         "log": ["Numerisches Denken", "Excel-Test"], "res": ["Logiktest", "Englisch-Test"], "hosp": ["Situational Judgement Test", "Persönlichkeitsfragebogen"]}
ATS = ["Personio", "Personio", "softgarden", "JOIN", "SuccessFactors", "Workday", "Recruitee"]
BOARDS = ["StepStone", "StepStone", "Indeed", "LinkedIn", "XING"]


def ref(rng):
    return rng.choice([f"Kennziffer {rng.randint(2025, 2027)}-{rng.randint(100, 999)}", f"Job-ID {rng.randint(10000, 99999)}", f"Ref.-Nr. {rng.choice('ABCDEFG')}{rng.randint(1000, 9999)}"])


def company_name(root, word, rng):
    return f"{root} {word}"


def address(rng, city, region, plz):
    st = rng.choice(STREETS)
    if region["country"] == "AT":
        return f"{st} {rng.randint(1, 90)}", f"{plz}{rng.randint(100, 999)} {city}"
    if region["country"] == "CH":
        return f"{st.replace('ß', 'ss')} {rng.randint(1, 90)}", f"{plz}{rng.randint(10, 99)} {city}"
    return f"{st} {rng.randint(1, 120)}", f"{plz}{rng.randint(100, 999)} {city}"


def register_line(rng, co, region):
    if region["country"] == "DE":
        return f"Sitz der Gesellschaft: {co['city']} · Registergericht: Amtsgericht {co['city']} HRB {rng.randint(10000, 199999)} · Geschäftsführung: {rng.choice(FIRST_F + FIRST_M)} {rng.choice(LAST)}"
    if region["country"] == "AT":
        return f"Firmenbuchnummer FN {rng.randint(100000, 599999)}{rng.choice('abdfgkmpt')} · Firmenbuchgericht {co['city']} · UID ATU{rng.randint(10000000, 99999999)}"
    return f"Handelsregister des Kantons {co['city']} · UID CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"


def phone(rng, region, area):
    return f"{region['cc']} {area} {rng.randint(100, 9999)} {rng.randint(10, 999)}"


def regionalize(text, country):
    if country == "CH":
        return text.replace("ß", "ss")
    if country == "AT":
        return text.replace("Januar", "Jänner")
    return text

# ------------------------------------------------------------------ banks ("f|" = Sie, "i|" = du)
B = {
    "greet": ["f|Sehr geehrte Frau Hofmann,", "f|Guten Tag Frau Hofmann,", "f|Liebe Frau Hofmann,", "f|Hallo Frau Hofmann,",
              "f|Sehr geehrte Frau Duarte Hofmann,", "f|Guten Tag {full},",
              "i|Hallo {first},", "i|Liebe {first},", "i|Hi {first},", "i|Hey {first},", "i|Moin {first},", "i|Hallo {first}!"],
    "greetb": ["Hallo {first},", "Guten Tag {full},", "Hallo {first} {last},", "Guten Tag,"],
    "close": ["f|Mit freundlichen Grüßen", "f|Freundliche Grüße", "f|Mit besten Grüßen", "f|Beste Grüße", "f|Herzliche Grüße",
              "i|Viele Grüße", "i|Liebe Grüße", "i|Beste Grüße", "i|LG", "i|Cheers", "i|Bis bald und viele Grüße"],
    "oclose": ["f|Mit freundlichen Grüßen", "f|Beste Grüße", "f|Mit besten Grüßen aus Lissabon", "f|Herzliche Grüße",
               "i|Viele Grüße", "i|Liebe Grüße aus Lissabon", "i|Beste Grüße", "i|Bis bald"],
    "team": ["f|Ihr Recruiting-Team\n{legal}", "f|Ihr Talent Acquisition Team von {company}", "f|Personalabteilung\n{legal}",
             "f|Das People & Culture Team der {legal}", "f|Ihr HR-Team | {company}",
             "i|Dein Recruiting-Team von {company}", "i|Dein People-Team bei {company}", "i|Das {company} Team"],
    # ---------------------------------------------------------------- acknowledgements
    "ack.s": ["f|Ihre Bewerbung als {role}", "f|Eingangsbestätigung Ihrer Bewerbung – {role}", "f|Vielen Dank für Ihre Bewerbung bei {company}",
              "f|Bewerbung {role} ({ref})", "f|Ihre Bewerbung ist bei uns eingegangen", "f|{company}: Bestätigung Ihrer Bewerbung",
              "i|Danke für deine Bewerbung, {first}!", "i|Deine Bewerbung bei {company} 🎉", "i|Wir haben deine Bewerbung erhalten",
              "i|{role} – deine Bewerbung ist angekommen"],
    "ack.c": ["f|Vielen Dank für Ihre Bewerbung als {role} und Ihr Interesse an {company}. Ihre Unterlagen sind vollständig bei uns eingegangen.",
              "f|Hiermit bestätigen wir den Eingang Ihrer Bewerbung für die Position {role} ({ref}).",
              "f|Wir freuen uns über Ihre Bewerbung als {role}! Ihre Unterlagen haben wir erhalten und an die zuständigen Kolleginnen und Kollegen weitergeleitet.",
              "f|Herzlichen Dank für Ihr Interesse an einer Mitarbeit bei der {legal}. Ihre Bewerbung auf die Stelle {role} ist heute bei uns eingegangen.",
              "f|Ihre Bewerbung ist angekommen – vielen Dank! Wir sichten derzeit alle Unterlagen für die Stelle {role} sorgfältig.",
              "f|Danke, dass Sie sich für {company} interessieren. Mit dieser E-Mail bestätigen wir Ihnen den Erhalt Ihrer Bewerbung ({role}).",
              "f|Ihre Online-Bewerbung für die ausgeschriebene Position {role} wurde erfolgreich übermittelt.",
              "f|Wir haben Ihre Bewerbungsunterlagen für {role} erhalten und bedanken uns für das damit verbundene Vertrauen.",
              "i|Danke für deine Bewerbung als {role} – wir haben alles gut erhalten!",
              "i|Schön, dass du dich bei {company} beworben hast! Deine Unterlagen für {role} liegen jetzt bei uns.",
              "i|Deine Bewerbung ist bei uns eingetrudelt. Danke für dein Interesse an der Stelle {role}!",
              "i|Wir haben deine Bewerbung für {role} bekommen und freuen uns sehr darüber.",
              "i|Vielen Dank, dass du dir die Zeit genommen hast, dich bei uns zu bewerben. Deine Unterlagen für {role} sind da.",
              "i|Bewerbung erhalten ✔ Danke, dass du Teil von {company} werden möchtest."],
    "ack.n": ["f|Wir prüfen Ihre Unterlagen sorgfältig und melden uns {promise} bei Ihnen.",
              "f|Sie erhalten {promise} eine Rückmeldung von uns.",
              "f|Unser Ziel ist es, Ihnen {promise} eine erste Rückmeldung zu geben.",
              "f|Wir melden uns {vague} mit einer Rückmeldung bei Ihnen.",
              "f|Bitte haben Sie Verständnis dafür, dass die Sichtung aller Bewerbungen etwas Zeit in Anspruch nimmt. Wir melden uns {vague}.",
              "f|Sofern Ihr Profil zu unseren Anforderungen passt, nehmen wir innerhalb von zwei Wochen Kontakt mit Ihnen auf.",
              "f|Sollten wir Sie zu einem Gespräch einladen wollen, hören Sie in den nächsten Wochen von uns.",
              "f|Die Bewerbungsfrist endet am Monatsende; danach sichtet das Team alle Unterlagen gemeinsam.",
              "i|Wir schauen uns alles in Ruhe an und melden uns {promise} bei dir.",
              "i|Du hörst {promise} von uns – versprochen!",
              "i|Wir melden uns {vague} bei dir.",
              "i|Wenn es passt, melden wir uns in etwa zwei Wochen bei dir."],
    "ack.x": ["f|Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen.",
              "f|Bitte prüfen Sie gelegentlich auch Ihren Spam-Ordner, damit Ihnen keine Nachricht von uns entgeht.",
              "f|Falls sich an Ihren Kontaktdaten etwas ändert, aktualisieren Sie diese bitte direkt im Portal.",
              "f|Bei Fragen zum Verfahren erreichen Sie uns über das Kontaktformular im Portal.",
              "i|Schau gern auf unserem Karriereblog vorbei, dort erzählen Kolleg:innen aus ihrem Alltag bei {company}.",
              "i|Falls du Fragen hast, schreib uns einfach über das Portal – wir helfen gern weiter.",
              "i|Übrigens: Du kannst deinen Bewerbungsstatus jederzeit online verfolgen."],
    "ackb.s": ["Ihre Bewerbung wurde an {company} gesendet", "Bewerbung versendet: {role}", "Erfolgreich beworben: {role} bei {company}",
               "Ihre Bewerbung über {board}: {role}"],
    "ackb.c": ["Ihre Bewerbung für die Stelle {role} wurde erfolgreich an {company} übermittelt.",
               "Gute Nachrichten: Ihre Bewerbung ist unterwegs. {company} hat Ihre Unterlagen über {board} erhalten.",
               "Sie haben sich soeben mit Ihrem {board}-Profil bei {company} beworben.",
               "Wir haben Ihre Bewerbung an den Arbeitgeber weitergeleitet. Hier eine Übersicht:"],
    "ackb.x": ["Tipp: Arbeitgeber antworten schneller, wenn Ihr Profil vollständig ist.",
               "Sie finden alle Ihre Bewerbungen unter „Meine Bewerbungen“.",
               "Der Arbeitgeber entscheidet selbst über den weiteren Ablauf und meldet sich direkt bei Ihnen."],
    "acke.c": ["f|Vielen Dank für Ihre E-Mail. Dies ist eine automatische Eingangsbestätigung: Ihre Nachricht ist bei unserem Recruiting-Team eingegangen und wird bearbeitet.",
               "f|Ihre Bewerbung per E-Mail haben wir erhalten. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab; wir kommen auf Sie zu.",
               "f|Ihre Unterlagen sind bei uns eingegangen. Diese Antwort wurde automatisch erzeugt.",
               "i|Danke für deine Mail! Das ist eine automatische Antwort – deine Bewerbung ist angekommen und landet direkt bei unserem People-Team."],
    "apply.s": ["Bewerbung als {role}", "Bewerbung: {role} – Inês Hofmann", "Bewerbung um die Stelle {role} ({ref})", "Ihre Stellenanzeige {role} – Bewerbung"],
    # ---------------------------------------------------------------- rejections
    "rej.s": ["f|Ihre Bewerbung bei {company}", "f|Ihre Bewerbung als {role}", "f|Rückmeldung zu Ihrer Bewerbung", "f|Update zu Ihrer Bewerbung ({role})",
              "f|Ihre Bewerbung – {role} ({ref})", "f|{company} – Ihre Bewerbung", "f|Vielen Dank für Ihr Interesse an {company}",
              "i|Deine Bewerbung bei {company}", "i|Kurzes Update zu deiner Bewerbung", "i|Rückmeldung: {role}"],
    "rej.thanks": ["f|Vielen Dank für Ihr Interesse an {company} und die Zeit, die Sie in Ihre Bewerbung investiert haben.",
                   "f|Nochmals herzlichen Dank für Ihre Bewerbung als {role}.",
                   "f|Wir bedanken uns für Ihre Bewerbung und das Vertrauen, das Sie uns damit entgegengebracht haben.",
                   "i|Danke nochmal, dass du dich bei uns beworben hast.",
                   "i|Vielen Dank für deine Bewerbung und dein Interesse an {company}."],
    "rej.pre": ["f|Nach sorgfältiger Prüfung haben wir uns entschieden, Ihre Bewerbung nicht weiter zu berücksichtigen.",
                "f|Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung für die Position {role} nicht berücksichtigen können.",
                "f|Wir haben uns in diesem Fall für Kandidatinnen und Kandidaten entschieden, deren Profil noch genauer zu den Anforderungen der Stelle passt.",
                "f|Nach eingehender Sichtung aller Unterlagen werden wir den Prozess mit anderen Bewerberinnen und Bewerbern fortsetzen.",
                "f|Die Entscheidung ist uns nicht leichtgefallen, doch wir können Ihnen für die Position {role} keine positive Rückmeldung geben.",
                "f|Aufgrund der Vielzahl qualifizierter Bewerbungen konnten wir Sie in diesem Auswahlverfahren nicht in die engere Wahl nehmen.",
                "f|Wir werden Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen.",
                "f|Ihr Profil hat uns gut gefallen; für diese Stelle benötigen wir jedoch mehr Berufserfahrung im deutschsprachigen Markt.",
                "f|Leider passt Ihr Profil aktuell nicht zu unseren Anforderungen.",
                "i|Wir haben uns alles genau angeschaut und uns am Ende für andere Bewerber:innen entschieden.",
                "i|Leider wird es dieses Mal nicht klappen – wir gehen mit anderen Profilen weiter.",
                "i|Wir haben uns entschieden, den Prozess ohne dich fortzusetzen. Das ist keine Bewertung deiner Person, sondern eine Frage der Passung für genau diese Rolle.",
                "i|Ehrlich gesagt war es knapp, aber wir haben uns für jemanden entschieden, der schon Erfahrung mit unseren Systemen mitbringt."],
    "rej.post": ["f|Vielen Dank für das offene Gespräch mit {iv1}. Nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden, die noch etwas besser zu den aktuellen Anforderungen passt.",
                 "f|Wir haben uns nach den Gesprächen entschieden, die Position mit einer anderen Person zu besetzen.",
                 "f|Leider müssen wir Ihnen nach den Interviews mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.",
                 "f|Das Team war von Ihrem Auftreten beeindruckt. Dennoch haben wir uns am Ende für ein Profil mit mehr Führungserfahrung entschieden.",
                 "f|Nach Abschluss aller Gespräche haben wir eine Entscheidung getroffen: Wir werden den Prozess mit Ihnen nicht fortsetzen.",
                 "f|Sie waren bis zuletzt in der engeren Auswahl; den Zuschlag hat jedoch eine Kandidatin mit direkter Branchenerfahrung erhalten.",
                 "i|Danke dir für das Gespräch mit {iv1_first}! Wir haben uns jetzt entschieden und gehen mit einer anderen Person weiter.",
                 "i|Nach den Gesprächen haben wir uns für jemand anderen entschieden. Ich weiß, das ist nicht die Nachricht, auf die du gehofft hast.",
                 "i|Es war eine knappe Entscheidung, aber wir machen mit einer anderen Kandidatin weiter."],
    "rej.cancel": ["f|Die ausgeschriebene Position {role} wird aus internen Gründen vorerst nicht besetzt. Wir haben das Verfahren daher beendet.",
                   "f|Die Stelle konnte zwischenzeitlich intern besetzt werden, sodass wir das Auswahlverfahren abschließen.",
                   "f|Aufgrund einer geänderten Budgetplanung wurde die Position {role} gestrichen. Das Bewerbungsverfahren ist damit beendet.",
                   "f|Wir haben die Stelle mittlerweile besetzt und schließen das Verfahren für alle übrigen Bewerbungen ab.",
                   "i|Kurze Info: Die Stelle {role} fällt nach einer Umstrukturierung weg, wir schließen den Prozess deshalb.",
                   "i|Wir haben die Rolle intern besetzt – deshalb geht es hier nicht weiter."],
    "rej.one": ["i|Hi {first}, kurze Rückmeldung: Wir gehen mit einer anderen Person weiter. Danke dir und alles Gute!",
                "i|Hallo {first}, wir haben uns für jemand anderen entschieden. Trotzdem danke für deine Zeit!",
                "i|{first}, kein Match diesmal – wir haben die Stelle vergeben. Viel Erfolg weiterhin!",
                "i|Hey {first}, wollte dir nur kurz sagen, dass es nicht weitergeht. Das Team hat sich anders entschieden.",
                "f|Guten Tag Frau {last}, kurz zur Info: Die Stelle {role} ist inzwischen vergeben. Alles Gute für Sie!",
                "f|Frau {last}, wir werden Ihre Bewerbung nicht weiterverfolgen. Danke und viel Erfolg."],
    "rej.soft": ["f|Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.",
                 "f|Bitte verstehen Sie diese Entscheidung nicht als Wertung Ihrer Qualifikation.",
                 "f|Für Ihren weiteren Weg wünschen wir Ihnen viel Erfolg.",
                 "f|Wir würden uns freuen, wenn Sie sich bei passenden Stellen erneut bei uns bewerben.",
                 "i|Wir drücken dir die Daumen für deine weitere Suche!",
                 "i|Alles Gute für dich und bleib gern mit uns in Kontakt."],
    "rej.fb": ["f|Gerne gebe ich Ihnen in einem kurzen Telefonat ein Feedback zu unseren Gesprächen.",
               "f|Wenn Sie möchten, gebe ich Ihnen gern eine ausführlichere Rückmeldung.",
               "i|Wenn du Feedback möchtest, meld dich gern – ich nehme mir dafür Zeit."],
    "rej.pool": ["f|Mit Ihrem Einverständnis würden wir Ihre Unterlagen gern für zwölf Monate in unserem Talentpool speichern. Bitte bestätigen Sie dies kurz im Portal.",
                 "f|Ihre Unterlagen werden gemäß unseren Datenschutzbestimmungen nach sechs Monaten gelöscht.",
                 "i|Wenn du magst, nehmen wir dich in unseren Talentpool auf – sag einfach kurz Bescheid."],
    "rejb.s": ["Neuigkeiten zu Ihrer Bewerbung bei {company}", "Ihre Bewerbung: {role} – Status aktualisiert", "{company} hat Ihre Bewerbung beantwortet"],
    "rejb.c": ["{company} hat den Status Ihrer Bewerbung über {board} aktualisiert. Nachricht des Arbeitgebers:",
               "Es gibt Neuigkeiten zu Ihrer Bewerbung als {role}. {company} hat Ihnen folgende Nachricht geschickt:",
               "Der Arbeitgeber hat das Bewerbungsverfahren für {role} abgeschlossen:"],
    # ---------------------------------------------------------------- invitations
    "inv.s": ["f|Einladung zum Vorstellungsgespräch – {role}", "f|Ihre Bewerbung als {role}: Einladung zum Kennenlernen", "f|Terminvorschlag für ein Gespräch",
              "f|Nächste Schritte – {company}", "f|Gesprächstermin {role}", "f|Einladung: persönliches Kennenlernen bei {company}",
              "i|Lass uns sprechen – {role}", "i|Kennenlernen bei {company}?", "i|Nächster Schritt: Call mit uns", "i|Kurzer Austausch zu {role}"],
    "inv.fixed": ["f|Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gern persönlich kennenlernen. Wir laden Sie herzlich zu einem Vorstellungsgespräch {when} ein. Gesprächspartner: {iv}.",
                  "f|Wir freuen uns, Sie zu einem Kennenlernen {when} einzuladen. Seitens {company} dabei: {iv}.",
                  "f|Gern möchten wir das Gespräch mit Ihnen fortsetzen und schlagen dafür {when} vor. Sie sprechen mit {iv}.",
                  "f|Für die Position {role} laden wir Sie zu einem ersten Gespräch ein. Termin: {when}, Dauer ca. {dur}.",
                  "f|Ich habe für uns einen Termin {when} reserviert. Mit dabei ist {iv1} aus dem Fachbereich.",
                  "f|Wie telefonisch besprochen, bestätige ich Ihnen hiermit unser Gespräch {when} mit {iv}.",
                  "f|Das Fachteam möchte Sie gern kennenlernen: {when}, zusammen mit {iv}.",
                  "i|Wir würden dich gern kennenlernen! Passt dir {when}? Mit dabei: {iv}.",
                  "i|Super, dass es geklappt hat – ich habe uns {when} eingetragen. {iv1} ist auch dabei.",
                  "i|Lass uns gern {when} sprechen. Du triffst {iv}.",
                  "i|Ich schick dir hiermit den Termin für unser Kennenlernen: {when}. Rechne mit etwa {dur}."],
    "inv.screen": ["f|Ich würde gern in einem kurzen Telefonat mehr über Sie und Ihre Motivation erfahren. Hätten Sie {when} Zeit? Ich rechne mit etwa {dur}.",
                   "f|Als ersten Schritt möchte ich ein kurzes Kennenlerngespräch mit Ihnen führen – ich habe uns dafür {when} vorgemerkt.",
                   "f|Ich rufe Sie gern {when} an, um die Eckdaten der Position {role} zu besprechen.",
                   "i|Hast du Lust auf einen ersten Call mit mir? Ich hätte {when} Zeit, ca. {dur}.",
                   "i|Ich würde dich gern {when} kurz anrufen und dir mehr über das Team erzählen.",
                   "i|Lass uns {when} einen kurzen Videocall machen – nur du und ich, ganz entspannt."],
    "inv.slots": ["f|Gern möchten wir Sie zu einem Gespräch mit {iv} einladen. Folgende Termine könnten wir Ihnen anbieten:",
                  "f|Wir würden Sie gern kennenlernen. Bitte wählen Sie einen der folgenden Termine:",
                  "f|Für ein erstes Gespräch hätten wir diese Zeitfenster frei:",
                  "i|Wir würden dich gern kennenlernen! Welcher dieser Termine passt dir?",
                  "i|{iv1} und ich hätten an diesen Tagen Zeit:"],
    "inv.slots2": ["f|Bitte teilen Sie mir kurz mit, welcher Termin Ihnen am besten passt. Sollte keiner passen, finden wir gern eine Alternative.",
                   "f|Geben Sie mir gern Bescheid, welcher Termin Ihnen zusagt.",
                   "i|Sag einfach Bescheid, was dir am besten passt.",
                   "i|Falls nichts davon klappt, schlag gern eigene Zeiten vor."],
    "inv.link": ["f|Wir würden Sie gern zu einem Gespräch mit {iv} einladen. Bitte buchen Sie sich über den folgenden Link einen passenden Termin: {link}",
                 "f|Über unser Buchungstool ({tool}) können Sie direkt einen Termin für das Kennenlernen auswählen: {link}",
                 "f|Für die nächste Runde nutzen Sie bitte diesen Link, um einen Slot von {dur} zu buchen: {link}",
                 "i|Buch dir einfach einen Slot in meinem Kalender, der dir passt: {link}",
                 "i|Hier kannst du dir direkt einen Termin mit {iv1} schnappen: {link}"],
    "inv.avail": ["f|Wir möchten Sie gern zu einem Gespräch mit {iv} einladen. Könnten Sie mir Ihre Verfügbarkeit für die kommenden zwei Wochen mitteilen?",
                  "f|Damit wir einen Termin mit {iv1} abstimmen können, nennen Sie mir bitte zwei bis drei Zeitfenster, die Ihnen passen.",
                  "f|Für ein Vorstellungsgespräch (ca. {dur}) bräuchte ich Ihre Verfügbarkeiten in der nächsten Woche.",
                  "i|Wann hättest du nächste Woche Zeit für ein Gespräch mit {iv}? Schick mir gern ein paar Optionen.",
                  "i|Sag mir kurz, wann es dir in den nächsten Tagen passt – dann stimme ich das mit dem Team ab."],
    "inv.cal": ["f|Anbei die Einladung für unser Gespräch. Ich freue mich auf den Austausch.",
                "f|Wie besprochen sende ich Ihnen die Kalendereinladung.",
                "f|Hiermit die offizielle Einladung zum Interview {when}.",
                "i|Hier kommt die Einladung – bis dann!",
                "i|Termin steht, anbei die Einladung für deinen Kalender."],
    "cal.sum": ["Vorstellungsgespräch {company} – Inês Hofmann", "Kennenlernen: {role}", "Interview {role} | {company}",
                "{company} <> Inês Hofmann", "Gespräch Inês Hofmann / {company}"],
    "inv.remind.s": ["Erinnerung: Ihr Termin mit {company}", "Morgen: Ihr Gespräch bei {company}", "Erinnerung an Ihren Termin",
                     "Bald geht's los: Ihr Termin mit {company}"],
    "inv.remind": ["Dies ist eine Erinnerung an Ihr Gespräch mit {company} {when}.", "Ihr Termin mit {iv} steht bevor: {when}.",
                   "Nur zur Erinnerung – Ihr Videogespräch ({role}) findet {when} statt.", "Ihr gebuchter Termin bei {company} rückt näher."],
    "inv.resched": ["f|Leider muss ich unseren Termin {old_when} verschieben, da {iv1} kurzfristig verhindert ist. Wäre Ihnen stattdessen {when} recht?",
                    "f|Aus terminlichen Gründen müssen wir das Gespräch verlegen. Neuer Termin: {when} (statt {old_when}).",
                    "f|Kleine Änderung: Wir verschieben unser Gespräch auf {when}. Ich hoffe, das passt Ihnen trotzdem.",
                    "i|Sorry für die Umstände – können wir von {old_when} auf {when} schieben? {iv1} hat einen Konflikt bekommen.",
                    "i|Wir müssen umplanen: Neuer Termin ist {when}. Passt das für dich?"],
    "inv.onsite": ["f|Wir freuen uns, Sie zur zweiten Runde bei uns vor Ort einzuladen. Der Termin findet {when} statt; der Ablauf sieht wie folgt aus:",
                   "f|Wie besprochen laden wir Sie zu einem Tag bei uns in {city} ein. Beginn ist {when}. Geplanter Ablauf:",
                   "i|Wir laden dich zum finalen Kennenlernen zu uns ins Büro ein – {when} geht's los. So sieht der Tag aus:",
                   "i|Als letzten Schritt würden wir dich gern vor Ort treffen, {when}. Der Plan:"],
    "inv.confirm.s": ["Bestätigt: {event}", "Neuer Termin: {event} mit {host}", "Ihre Buchung bei {company} ist bestätigt"],
    "inv.confirm": ["Ihr Termin wurde gebucht. Eine Kalendereinladung ist dieser E-Mail beigefügt.",
                    "Sie haben einen Termin mit {host} ({company}) geplant.", "Vielen Dank für Ihre Buchung – hier sind die Details:"],
    "inv.prep": ["f|Bitte planen Sie etwa {dur} ein.",
                 "f|Bitte halten Sie einen Lichtbildausweis bereit und melden Sie sich kurz vor Beginn am Empfang.",
                 "f|Für das Gespräch benötigen Sie keine weiteren Unterlagen; eine kurze Vorstellung Ihres Werdegangs (ca. fünf Minuten) wäre jedoch schön.",
                 "f|Gern können Sie sich vorab auf unserer Website über unsere Projekte informieren.",
                 "i|Bring gern ein paar Fragen mit – wir sind gespannt, was dich interessiert!",
                 "i|Dresscode: ganz entspannt, so wie du dich wohlfühlst.", "i|Plan am besten {dur} ein."],
    "inv.ask": ["f|Bitte bestätigen Sie den Termin kurz per E-Mail.", "f|Geben Sie mir bitte kurz Bescheid, ob der Termin für Sie passt.",
                "f|Sollte Ihnen der Termin nicht passen, melden Sie sich gern, dann finden wir eine Alternative.",
                "i|Gib mir kurz Bescheid, ob das klappt.", "i|Falls es nicht passt, sag einfach Bescheid."],
    "mode.video": ["f|Das Gespräch findet per {tool} statt. Den Link finden Sie hier: {link}", "Zugang ({tool}): {link}",
                   "i|Wir treffen uns virtuell über {tool}: {link}", "Einwahl: {link}", "i|Hier der Link zum Call ({tool}): {link}"],
    "mode.site": ["f|Adresse: {place}. Bitte melden Sie sich {reception}.", "f|Sie finden uns unter {place}.", "Treffpunkt ist unser Büro, {place}.",
                  "i|Du findest uns unter {place} – melde dich einfach {reception}."],
    "mode.phone": ["f|Wir rufen Sie unter {phone} an.", "f|Ich melde mich telefonisch unter {phone} – passt die Nummer noch?",
                   "f|Sie erreichen mich unter {rphone}, falls etwas dazwischenkommt.", "i|Ich ruf dich unter {phone} an.",
                   "i|Falls was dazwischenkommt: {rphone}."],
    # ---------------------------------------------------------------- assessments
    "as.s": ["Ihr Online-Test für {company}", "Einladung zum Online-Assessment – {role}", "{company} lädt Sie zu einem Test ein",
             "Nächster Schritt: Online-Test ({role})"],
    "as.vendor": ["f|{company} hat Sie eingeladen, im Rahmen Ihrer Bewerbung als {role} einen Online-Test über {vendor} zu absolvieren. Der Test dauert ca. {mins} Minuten und muss bis {deadline} abgeschlossen sein.",
                  "f|Im nächsten Schritt des Auswahlverfahrens bitten wir Sie, den Test „{test}“ zu bearbeiten. Bitte schließen Sie ihn bis {deadline} ab.",
                  "f|Sie wurden zu einer Bewertung für die Stelle {role} bei {company} eingeladen. Der Link ist bis {deadline} gültig.",
                  "i|{company} möchte dich besser kennenlernen und hat dir einen kurzen Test geschickt ({test}, ca. {mins} Minuten). Du hast bis {deadline} Zeit."],
    "as.tips": ["Tipp: Nutzen Sie einen Desktop-Browser und sorgen Sie für eine stabile Internetverbindung.",
                "Der Test kann nicht unterbrochen werden. Planen Sie bitte {mins} Minuten am Stück ein.",
                "Bei technischen Problemen wenden Sie sich bitte an den {vendor}-Support."],
    "as.remind.s": ["Erinnerung: Ihr Test für {company} läuft bald ab", "Noch nicht abgeschlossen: {test}", "Nur noch wenig Zeit für Ihr Assessment"],
    "as.remind": ["Ihr Test für die Bewerbung bei {company} ist noch nicht abgeschlossen. Der Link läuft am {deadline} ab.",
                  "Sie haben Ihre Einladung von {company} zum Test „{test}“ noch nicht genutzt. Bitte schließen Sie ihn bis {deadline} ab."],
    "as.case.s": ["f|Fallstudie für die nächste Runde", "f|Aufgabe im Rahmen Ihrer Bewerbung – {role}", "i|Kleine Aufgabe für dich"],
    "as.case": ["f|Als nächsten Schritt möchten wir Sie bitten, {case} zu erarbeiten. Die Aufgabenstellung finden Sie im Anhang; bitte senden Sie uns Ihr Ergebnis bis {deadline}.",
                "f|Im Anhang erhalten Sie eine kleine Fallstudie: {case}. Rechnen Sie mit etwa {hours} Stunden Aufwand. Abgabe bis {deadline}.",
                "i|Bevor wir uns wiedersehen, hätten wir eine kleine Aufgabe für dich: {case}. Details im PDF, Abgabe bis {deadline}.",
                "i|Wie angekündigt kommt hier die Case Study ({case}). Mehr als {hours} Stunden solltest du nicht investieren."],
    "as.case2": ["f|Ihre Lösung stellen Sie dann im nächsten Gespräch in etwa 20 Minuten vor.", "f|Bei Verständnisfragen stehe ich Ihnen gern zur Verfügung.",
                 "i|Bei Fragen einfach melden!", "i|Du präsentierst das Ergebnis dann im nächsten Termin."],
    "as.video.s": ["Ihr Video-Interview für {company}", "Zeitversetztes Videointerview – {role}"],
    "as.video": ["f|Im nächsten Schritt bitten wir Sie um ein zeitversetztes Videointerview über HireVue. Sie beantworten {n} Fragen per Video, wann es Ihnen passt – bis spätestens {deadline}.",
                 "f|Für die Position {role} nutzen wir ein aufgezeichnetes Video-Interview. Sie erhalten {n} Fragen und haben jeweils bis zu drei Minuten Zeit für Ihre Antwort. Bitte schließen Sie es bis {deadline} ab.",
                 "i|Als nächsten Schritt kannst du ein kurzes Video-Interview aufnehmen ({n} Fragen). Du brauchst dafür nur Kamera und Mikro – bis {deadline}."],
    # ---------------------------------------------------------------- replies
    "rep.s": ["f|Ihre Bewerbung als {role}", "f|Kurzes Update – {role}", "f|Rückfrage zu Ihrer Bewerbung", "f|Ihre Bewerbung bei {company}",
              "i|Update zu deiner Bewerbung", "i|Kurze Frage"],
    "rep.review": ["f|Ich wollte Ihnen kurz Bescheid geben, dass Ihre Bewerbung noch in Prüfung ist. Wir melden uns {promise} mit einer Rückmeldung.",
                   "f|Wir sind mit der Sichtung der Bewerbungen noch nicht ganz durch. Sie hören {promise} von uns.",
                   "f|Der Fachbereich sichtet derzeit noch alle Unterlagen. Ich rechne damit, Ihnen {promise} Bescheid geben zu können.",
                   "f|Ihre Bewerbung befindet sich noch im Auswahlprozess. Aufgrund der Urlaubszeit verzögert sich die Rückmeldung etwas; wir melden uns {vague}.",
                   "i|Kurzes Lebenszeichen von uns: Wir sind noch dran und melden uns {promise} bei dir.",
                   "i|Du bist noch im Rennen! Wir brauchen aber noch etwas Zeit – du hörst {promise} von uns."],
    "rep.docs": ["f|Für die weitere Bearbeitung Ihrer Bewerbung benötigen wir noch {docs}. Könnten Sie uns diese zukommen lassen?",
                 "f|Bevor wir Sie zum Gespräch einladen, bitte ich Sie um {docs}.",
                 "f|Damit wir Ihre Bewerbung vollständig prüfen können, fehlen uns noch {docs}. Sie können die Dokumente einfach als Antwort auf diese E-Mail schicken.",
                 "i|Kannst du mir noch {docs} schicken? Dann kann ich alles ans Team weitergeben."],
    "rep.hold": ["f|Vielen Dank für Ihre Nachfrage. Die Besetzung der Position {role} ist derzeit aufgrund interner Umstrukturierungen pausiert. Wir melden uns, sobald es weitergeht.",
                 "f|Die Stelle ist momentan on hold, da das Budget für das kommende Jahr noch nicht freigegeben ist. Ihre Bewerbung bleibt selbstverständlich im Prozess.",
                 "f|Wir mussten den Prozess vorübergehend anhalten. Ich gehe davon aus, dass es {vague} weitergeht.",
                 "i|Danke fürs Nachhaken! Die Stelle liegt gerade auf Eis, weil sich im Team einiges verändert. Ich melde mich, sobald es weitergeht."],
    "rep.timeline": ["f|Vielen Dank nochmals für das gute Gespräch. Wir führen in dieser Woche noch weitere Interviews und melden uns {promise} mit einer Entscheidung.",
                     "f|Das Team stimmt sich gerade ab. Sie erhalten {promise} eine Rückmeldung von mir.",
                     "f|Kurzes Update: Die letzten Gespräche finden nächste Woche statt. Eine Entscheidung erwarten wir {vague}.",
                     "f|Wir sind noch im Austausch mit {iv1} und melden uns {promise} bei Ihnen.",
                     "i|Danke dir für deine Zeit! Wir sprechen diese Woche noch mit zwei weiteren Leuten und melden uns {promise}.",
                     "i|{iv1_first} war sehr angetan. Gib uns noch etwas Zeit – du hörst {promise} von uns."],
    "rep.answer": ["f|Danke für Ihre Nachfrage. Eine Entscheidung ist noch nicht gefallen, da {iv1} diese Woche im Urlaub ist. Ich melde mich {promise} bei Ihnen.",
                   "f|Vielen Dank für Ihre Geduld. Wir sind noch nicht ganz so weit, rechnen aber damit, Ihnen {promise} Bescheid geben zu können.",
                   "f|Gute Frage – wir warten noch auf die Freigabe der Geschäftsführung. Sobald ich etwas weiß, melde ich mich.",
                   "i|Danke fürs Nachfragen! Wir sind noch nicht durch, ich melde mich aber {promise}.",
                   "i|Sorry, dass es so lange dauert. Es gibt noch keine Entscheidung – ich halte dich auf dem Laufenden."],
    "rep.q": ["f|Bevor wir den nächsten Schritt planen: Wie sind Ihre Gehaltsvorstellungen, und wie lang ist Ihre Kündigungsfrist?",
              "f|Könnten Sie mir kurz mitteilen, ab wann Sie frühestens verfügbar wären und ob ein Umzug nach {city} für Sie infrage kommt?",
              "f|Eine kurze Rückfrage: Benötigen Sie für die Tätigkeit eine Arbeitserlaubnis, oder besitzen Sie eine EU-Staatsbürgerschaft?",
              "i|Kurze Frage vorab: Was stellst du dir gehaltlich vor, und wann könntest du starten?",
              "i|Wäre ein Umzug nach {city} für dich ein Thema, oder suchst du eher remote?"],
    "rep.cv": ["f|Vielen Dank für Ihre schnelle Rückmeldung! Damit ich Sie beim Fachbereich vorstellen kann, senden Sie mir bitte Ihren aktuellen Lebenslauf.",
               "f|Schön, dass Sie Interesse haben. Ich leite Ihr Profil an {iv1} weiter und melde mich {promise} mit den nächsten Schritten.",
               "i|Super, das freut mich! Schick mir gern deinen aktuellen CV, dann stelle ich dich dem Team vor.",
               "i|Klasse! Ich gebe dein Profil an {iv1_first} weiter und melde mich {vague}."],
    "rep.post": ["f|Herzlich willkommen an Bord! Für die Vorbereitung Ihres Arbeitsvertrags benötigen wir noch {docs} sowie Ihre Steuer-ID und Sozialversicherungsnummer.",
                 "f|Vielen Dank für Ihre Zusage. Im nächsten Schritt bitten wir Sie um ein Führungszeugnis sowie {docs}.",
                 "f|Ich freue mich sehr über Ihre Zusage! Anbei die Unterlagen für Ihr Onboarding; bitte senden Sie uns den Personalfragebogen ausgefüllt zurück.",
                 "i|Wie schön, dass du bei uns anfängst! Für deinen Vertrag brauche ich noch {docs} und deine Bankverbindung."],
    "rep.ivcancel": ["f|Leider müssen wir den Termin {old_when} absagen, da sich im Fachbereich kurzfristig etwas geändert hat. Ich melde mich {promise} mit neuen Terminvorschlägen.",
                     "f|Bitte entschuldigen Sie: Das Gespräch {old_when} muss entfallen. Neue Termine sende ich Ihnen {vague}.",
                     "i|Sorry, wir müssen den Termin {old_when} absagen – ich schicke dir {promise} neue Vorschläge."],
    "rep.status.s": ["Statusänderung Ihrer Bewerbung", "Ihre Bewerbung als {role}: neuer Status", "Update zu Ihrer Bewerbung bei {company}"],
    "rep.status": ["f|Der Status Ihrer Bewerbung hat sich geändert. Ihre Unterlagen werden derzeit vom Fachbereich geprüft.",
                   "f|Ihre Bewerbung ist in die nächste Phase übergegangen. Wir informieren Sie, sobald es Neuigkeiten gibt.",
                   "i|Deine Bewerbung ist einen Schritt weiter: Das Team schaut sich gerade deine Unterlagen an."],
    # ---------------------------------------------------------------- outreach
    "out.s": ["f|Ihr Profil – {role} bei {company}", "f|Spannende Position als {role}", "f|Anfrage: {role} ({city})", "f|{company} sucht Verstärkung",
              "i|Hast du Lust auf {company}?", "i|Kurze Frage zu deinem Profil"],
    "out.s.agency": ["Vertrauliche Anfrage: {role} bei {company}", "{role} – {company}, {city}", "Karrierechance bei {company}"],
    "out.s.conf": ["Vertrauliche Anfrage: {role} ({city})", "Diskrete Anfrage – {role}", "Neue Herausforderung als {role}?"],
    "out.direct": ["f|Ich bin bei meiner Suche nach Verstärkung für unser Team auf Ihr Profil gestoßen. {field_desc} passt sehr gut zu unserer offenen Position als {role}.",
                   "f|Mein Name ist {rname}, ich bin {rtitle} bei {company}. Wir suchen aktuell eine Person für die Rolle {role}, und Ihr Profil ist mir direkt ins Auge gefallen – insbesondere Ihre Erfahrung mit {skill}.",
                   "f|Ich melde mich, weil wir bei {company} in {city} eine Position als {role} besetzen und ich denke, dass Ihr Hintergrund hervorragend passen könnte.",
                   "i|Ich bin {rfirst} aus dem Recruiting-Team von {company}. Dein Profil ist mir aufgefallen, vor allem deine Erfahrung mit {skill}. Wir suchen gerade jemanden als {role} – hättest du Lust, mehr darüber zu erfahren?",
                   "i|Ich hoffe, es ist okay, dass ich dich einfach so anschreibe: Wir bauen bei {company} gerade das Team rund um {role} auf, und ich glaube, du würdest super zu uns passen."],
    "out.hm": ["f|Ich leite bei {company} den Bereich, in dem wir aktuell eine Stelle als {role} besetzen. Ihr Profil – insbesondere {skill} – hat mich neugierig gemacht.",
               "i|Ich bin {rfirst}, {rtitle} bei {company}. Ich suche für mein Team jemanden als {role}, und dein Profil hat mich echt neugierig gemacht."],
    "out.agency": ["f|Ich bin {rtitle} bei {agency} und unterstütze unseren Mandanten {company} bei der Besetzung der Position {role} in {city}. Ihre Erfahrung mit {skill} passt sehr gut zum Anforderungsprofil.",
                   "f|Im Auftrag der {legal} suche ich eine Fachkraft als {role}. Ihr Profil hat mich überzeugt, und ich würde Ihnen die Position gern vorstellen.",
                   "i|Ich arbeite bei {agency} und suche für {company} in {city} jemanden als {role}. Klingt das spannend für dich?"],
    "out.conf": ["f|Ich bin {rtitle} bei {agency}. Für {client_desc} suche ich exklusiv eine Fachkraft als {role} mit Erfahrung in {skill}. Den Namen des Unternehmens nenne ich Ihnen gern in einem persönlichen Gespräch.",
                 "f|Mein Mandant, {client_desc}, möchte die Position {role} vertraulich besetzen. Ihr Profil passt ausgezeichnet.",
                 "i|Ich suche im Auftrag eines Kunden ({client_desc}) jemanden als {role}. Mehr darf ich per Mail noch nicht verraten – hast du Lust auf ein kurzes Telefonat?"],
    "out.cta": ["f|Hätten Sie in den nächsten Tagen Zeit für ein kurzes, unverbindliches Telefonat?",
                "f|Ich freue mich über eine kurze Rückmeldung, ob Sie grundsätzlich offen für einen Austausch sind.",
                "f|Gern sende ich Ihnen vorab die Stellenbeschreibung zu.",
                "i|Sag gern Bescheid, ob du offen für einen kurzen Call bist.", "i|Ich schick dir gern mehr Infos – antworte einfach auf diese Mail."],
    "out.nudge": ["f|Ich wollte mich noch einmal kurz melden, da ich bislang nichts von Ihnen gehört habe. Die Position als {role} bei {company} ist weiterhin offen.",
                  "f|Darf ich noch einmal an meine Nachricht erinnern? Ich würde mich freuen, Ihnen die Stelle kurz vorzustellen.",
                  "i|Ich hake nochmal kurz nach – hast du meine letzte Nachricht gesehen? Die Stelle ist noch offen.",
                  "i|Nur ein kurzes Bump: Hast du Interesse an einem Austausch zur Rolle {role}?"],
    "out.nudge.conf": ["f|Ich wollte mich noch einmal melden. Die vertrauliche Position als {role} ist weiterhin offen, und mein Mandant würde Sie gern kennenlernen.",
                       "i|Kurzer Reminder zu meiner Nachricht von letzter Woche – die Rolle als {role} ist noch zu haben."],
    "out.inmail.s": ["{rname} hat Ihnen eine Nachricht gesendet", "Neue Nachricht von {rname} ({company})", "InMail: {role} bei {company}"],
    "out.inmail": ["Sie haben eine neue Nachricht von {rname}, {rtitle} bei {company}:", "{rname} möchte mit Ihnen in Kontakt treten:"],
    # ---------------------------------------------------------------- offers
    "off.s": ["f|Ihr Vertragsangebot – {role}", "f|Angebot von {company}", "f|Unser Angebot für Sie", "i|Wir möchten dich an Bord holen!",
              "i|Dein Angebot von {company}"],
    "off.letter": ["f|Wir freuen uns sehr, Ihnen die Position {role} bei {company} anbieten zu können! Im Anhang finden Sie unser Vertragsangebot.",
                   "f|Nach den sehr positiven Gesprächen möchten wir Ihnen hiermit offiziell ein Angebot für die Stelle {role} unterbreiten. Die Details entnehmen Sie bitte dem beigefügten Vertrag.",
                   "f|Es ist uns eine Freude, Ihnen mitzuteilen, dass wir Sie gern als {role} in unserem Team begrüßen würden. Anbei erhalten Sie den Arbeitsvertrag zur Durchsicht.",
                   "i|Super Neuigkeiten: Wir möchten dich als {role} bei {company} an Bord holen! Dein Angebot findest du im Anhang.",
                   "i|Das Team ist sich einig – wir möchten dir die Stelle {role} anbieten. Alles Weitere steht im angehängten Angebot."],
    "off.deadline": ["f|Wir würden uns freuen, bis {deadline} von Ihnen zu hören. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.",
                     "f|Bitte senden Sie uns den unterschriebenen Vertrag bis {deadline} zurück.",
                     "i|Gib uns gern bis {deadline} Bescheid. Wenn du Fragen hast, ruf mich einfach an!"],
    "off.call.s": ["f|Gute Nachrichten – kurzer Anruf?", "f|Ihr Angebot: Telefontermin", "f|Unser Angebot für die Stelle {role}",
                   "i|Gute Nachrichten 🙂", "i|Können wir kurz telefonieren?"],
    "off.call": ["f|Ich habe sehr gute Nachrichten: Wir möchten Ihnen ein Angebot für die Position {role} machen. Hätten Sie {when} Zeit für ein kurzes Telefonat, damit ich Ihnen die Konditionen vorstellen kann?",
                 "f|Das Team hat sich für Sie entschieden, und ich würde Ihnen unser Angebot gern persönlich erläutern. Passt Ihnen ein Anruf {when}?",
                 "i|Ich darf dir ein Angebot machen! Lass uns {when} kurz telefonieren, dann gehen wir die Details gemeinsam durch.",
                 "i|Wir möchten dir die Stelle anbieten 🎉 Hast du {when} Zeit für einen Call? Dann erzähle ich dir alles zu Gehalt und Start."],
    "off.esign.s": ["{sender} hat Ihnen ein Dokument zur Unterschrift gesendet: {doc}", "Bitte unterschreiben: {doc}", "Dokument zur Signatur: {doc}"],
    "off.esign": ["{sender} ({company}) hat Ihnen über {vendor} ein Dokument zur elektronischen Unterschrift geschickt.",
                  "Sie wurden gebeten, folgendes Dokument zu prüfen und zu unterzeichnen: {doc}."],
    "off.esign.msg": ["f|Nachricht von {sender}: Sehr geehrte Frau Hofmann, anbei erhalten Sie Ihren Arbeitsvertrag als {role}. Wir freuen uns auf die Zusammenarbeit!",
                      "f|Nachricht: Wie besprochen unser Angebot für die Stelle {role} – bitte prüfen und unterzeichnen.",
                      "i|Nachricht von {sender}: Hallo Inês, hier ist dein Vertragsangebot – willkommen im Team!"],
    "off.revised": ["f|Vielen Dank für Ihre offene Rückmeldung. Wir haben intern Rücksprache gehalten und können Ihnen ein angepasstes Angebot machen: {salary}. Alle übrigen Konditionen bleiben unverändert.",
                    "f|Wir kommen Ihnen gern entgegen und erhöhen das Jahresgehalt auf {salary}. Den überarbeiteten Vertrag finden Sie im Anhang.",
                    "i|Gute Nachrichten: Wir können beim Gehalt auf {salary} gehen. Das angepasste Angebot hängt an."],
    # ---------------------------------------------------------------- the candidate's mail
    "ty.s": ["f|Vielen Dank für das Gespräch", "f|Danke für das Gespräch – {role}", "f|Unser Gespräch zur Position {role}",
             "i|Danke für heute!", "i|Danke für das nette Gespräch"],
    "ty.c": ["f|Vielen Dank für das angenehme und offene Gespräch heute. Ich habe einen sehr guten Eindruck von {company} und der Position {role} gewonnen.",
             "f|Herzlichen Dank für Ihre Zeit und die interessanten Einblicke in Ihr Team.",
             "f|Ich möchte mich noch einmal für das Gespräch bedanken. Es hat mich in meinem Wunsch bestärkt, als {role} bei {company} zu arbeiten.",
             "i|Danke dir nochmal für das tolle Gespräch heute – ich hatte richtig Spaß!",
             "i|Vielen Dank für die Zeit und den offenen Austausch. Ich bin jetzt noch motivierter, bei {company} einzusteigen."],
    "ty.detail": ["f|Besonders spannend fand ich unseren Austausch über {topic}.",
                  "f|Der Einblick in {topic} hat mir gezeigt, wie gut meine Erfahrung hier anknüpfen könnte.",
                  "i|Vor allem {topic} fand ich super spannend.", "i|Über {topic} denke ich seitdem noch nach – da hätte ich direkt ein paar Ideen."],
    "ty.close": ["f|Ich freue mich darauf, von Ihnen zu hören.", "f|Sollten Sie noch Fragen haben oder Unterlagen benötigen, stehe ich Ihnen gern zur Verfügung.",
                 "i|Ich freue mich, von euch zu hören!", "i|Melde dich gern, falls noch Fragen offen sind."],
    "fu.s": ["f|Nachfrage zu meiner Bewerbung als {role}", "f|Kurze Nachfrage – {role}", "f|Stand meiner Bewerbung", "i|Kurze Nachfrage", "i|Wie ist der Stand?"],
    "fu.c": ["f|Ich hoffe, es geht Ihnen gut. Nach unserem Gespräch am {when_done} wollte ich mich erkundigen, ob es bereits Neuigkeiten zur Position {role} gibt.",
             "f|Ich wollte kurz nachfragen, wie der aktuelle Stand im Auswahlprozess ist. Ich bin nach wie vor sehr an der Stelle interessiert.",
             "f|Da unser Gespräch mit {iv1} nun etwa eine Woche zurückliegt, erlaube ich mir, kurz nach dem Stand zu fragen.",
             "i|Ich wollte mal hören, ob es schon Neuigkeiten gibt. Ich hab nach wie vor total Lust auf die Stelle!",
             "i|Kurze Frage: Wie sieht's bei euch aus? Gibt es schon eine Entscheidung?"],
    "fu.apply": ["f|Am {when_done} habe ich mich auf die Stelle {role} beworben und wollte mich erkundigen, ob meine Unterlagen vollständig angekommen sind und wie der weitere Zeitplan aussieht.",
                 "f|Ich habe mich vor einigen Wochen als {role} beworben und würde mich über eine kurze Information zum Stand meiner Bewerbung freuen.",
                 "i|Ich hab mich vor ein paar Wochen als {role} beworben und wollte kurz nachhören, ob ihr schon dazu gekommen seid, euch meine Bewerbung anzusehen."],
    "fu.promise": ["f|Sie hatten mir eine Rückmeldung bis etwa jetzt in Aussicht gestellt. Gibt es schon Neuigkeiten zur Position {role}?",
                   "f|Ich wollte höflich nachfragen, ob es inzwischen eine Entscheidung gibt.",
                   "i|Du hattest ja geschrieben, dass ihr euch bis jetzt meldet – gibt es schon was Neues?"],
    "fu.close": ["f|Vielen Dank im Voraus für Ihre Rückmeldung.", "f|Für Fragen stehe ich jederzeit gern zur Verfügung.",
                 "i|Danke dir schon mal!", "i|Freu mich, von dir zu hören."],
    "o.acceptslot": ["f|Vielen Dank für die Einladung! Der Termin {slot} passt mir sehr gut. Ich freue mich auf das Gespräch.",
                     "f|Gern bestätige ich den Termin {slot}.", "i|Danke! {slot} passt perfekt – bis dann!"],
    "o.interested": ["f|Vielen Dank für Ihre Nachricht. Die Position klingt sehr interessant, und ich bin offen für ein Gespräch. Wann würde es Ihnen passen?",
                     "f|Danke für Ihre Anfrage! Ich würde gern mehr über die Stelle {role} erfahren.",
                     "i|Danke für deine Nachricht – klingt spannend! Ich bin offen für einen Call."],
    "o.withdraw": ["f|Ich möchte Ihnen mitteilen, dass ich meine Bewerbung für die Position {role} zurückziehe, da ich mich zwischenzeitlich für ein anderes Angebot entschieden habe. Vielen Dank für Ihre Zeit und Ihr Interesse.",
                   "f|Nach reiflicher Überlegung ziehe ich meine Bewerbung zurück. Ich danke Ihnen für die angenehmen Gespräche.",
                   "i|Ich wollte dir Bescheid geben, dass ich meine Bewerbung zurückziehe – ich habe ein anderes Angebot angenommen. Danke für alles!"],
    "o.withdraw.s": ["Rücknahme meiner Bewerbung – {role}", "Meine Bewerbung als {role}"],
    "o.negotiate": ["f|Vielen Dank für das Angebot, über das ich mich sehr freue. Bevor ich zusage, würde ich gern noch über das Gehalt sprechen: Mit Blick auf meine Erfahrung hatte ich mir etwa {salary} vorgestellt. Wäre hier Spielraum?",
                    "i|Danke für das Angebot, ich freu mich riesig! Beim Gehalt hatte ich allerdings eher an {salary} gedacht – ist da noch etwas möglich?"],
    "o.acceptoffer": ["f|Herzlichen Dank für das Angebot. Ich nehme es sehr gern an und freue mich auf den Start bei {company}!",
                      "f|Hiermit bestätige ich Ihnen gern meine Zusage für die Position {role}. Den unterschriebenen Vertrag sende ich Ihnen in den nächsten Tagen zu.",
                      "i|Ich sag ja! 🎉 Vielen Dank, ich freue mich riesig auf euch."],
    "o.generic.s": ["Ihre Nachricht – {role}", "{role} bei {company}", "Rückmeldung Inês Hofmann"],
    "o.ooo": ["Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {back} nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an {colleague} ({colleague_mail}).",
              "Ich bin derzeit abwesend und ab dem {back} wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.",
              "Danke für Ihre E-Mail! Ich bin bis {back} im Urlaub. Bei Fragen zu laufenden Bewerbungen hilft Ihnen {colleague} ({colleague_mail}) gern weiter."],
    "o.viewed.s": ["Ihre Bewerbung wurde angesehen", "{company} hat Ihre Bewerbung geöffnet", "Neuigkeiten: Ihre Bewerbung wurde gelesen"],
    "o.viewed.c": ["{company} hat Ihre Bewerbung für {role} angesehen. Das ist ein guter Zeitpunkt, Ihr Profil zu aktualisieren.",
                   "Ihre Bewerbung als {role} wurde vom Arbeitgeber geöffnet. Wir halten Sie auf dem Laufenden."],
}

B.update({
    "x.alert.s": ["{n} neue Jobs für „{query}“", "Job-Alarm: {query} in {city} und Umgebung", "Neue Stellenangebote, die zu Ihnen passen", "Ihre Jobsuche: {n} Treffer"],
    "x.alert.c": ["Hier sind die neuesten Stellenangebote zu Ihrer Suche „{query}“:", "Für Ihren Suchauftrag „{query}“ haben wir heute neue Jobs gefunden:",
                  "Diese Unternehmen suchen gerade Verstärkung – jetzt bewerben:"],
    "x.alert.x": ["Tipp: Mit einem vollständigen Profil bewerben Sie sich mit einem Klick.", "Bewerben Sie sich früh – die ersten Bewerbungen werden oft zuerst gelesen.",
                  "Suchauftrag bearbeiten oder pausieren Sie jederzeit in Ihren Einstellungen."],
    "x.news.s": ["So überzeugen Sie im Vorstellungsgespräch", "Gehaltsverhandlung: 7 Tipps für Ihr nächstes Angebot", "Karriere-Newsletter: Bewerbung 2026 – das ist neu"],
    "x.news.c": ["Ihr monatlicher Karriere-Newsletter von {board}. Diesmal im Fokus:", "Neu im {board} Magazin – unsere Lesetipps für Ihre Jobsuche:"],
    "x.news.items": ["Die 10 häufigsten Fragen im Vorstellungsgespräch", "Wie Sie ein Jobangebot richtig verhandeln", "Anschreiben: Braucht man das noch?",
                     "Remote arbeiten aus dem Ausland – was Sie wissen müssen", "Video-Interview: Technik-Check in fünf Minuten", "Absage erhalten? So bleiben Sie motiviert"],
    "x.news.from": ["Magazin"],
    "x.account.s": ["Bestätigen Sie Ihre E-Mail-Adresse", "Ihr Kandidatenkonto wurde erstellt", "Passwort zurücksetzen", "Ihr Bestätigungscode: {code}"],
    "x.account.c": ["Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Bewerberkonto bei {company} zu aktivieren.", "Sie haben angefordert, Ihr Passwort zurückzusetzen. Ihr Code lautet {code}; er ist 15 Minuten gültig.",
                    "Willkommen im Karriereportal von {company}! Über Ihr Konto können Sie Bewerbungen speichern und später abschicken."],
    "x.views.s": ["Ihr Profil wurde {n}-mal angesehen", "Sie wurden diese Woche in {n} Suchen gefunden", "Wer hat Ihr Profil besucht?"],
    "x.views.c": ["Ihr Profil wurde in den letzten 7 Tagen {n}-mal von Recruitern angesehen. Mit Premium sehen Sie, wer es war.", "Sie erscheinen in {n} Suchergebnissen – Recruiter suchen nach Profilen wie Ihrem."],
    "x.scam.s": ["Jobangebot: Homeoffice, {amount} € pro Tag", "Ihre Bewerbung wurde angenommen – Start sofort", "Vorstellungsgespräch per WhatsApp"],
    "x.scam.c": ["Hallo, wir haben Ihren Lebenslauf auf einer Jobbörse gesehen. Wir bieten Ihnen eine Stelle als Produkttesterin im Homeoffice, Verdienst {amount} € pro Tag, keine Erfahrung nötig.",
                 "Herzlichen Glückwunsch! Sie wurden für eine Remote-Position ausgewählt. Für die Einarbeitung ist eine einmalige Gebühr von 49 € erforderlich.",
                 "Unser HR-Team möchte ein kurzes Vorstellungsgespräch per WhatsApp führen. Bitte schreiben Sie an {phone}."],
    "x.scam.x": ["Antworten Sie schnell, die Plätze sind begrenzt!", "Senden Sie uns bitte eine Kopie Ihres Ausweises und Ihre IBAN.", "Dieses Angebot gilt nur 24 Stunden."],
    "x.flat.s": ["Ihre Bewerbung für die Wohnung in der {street}", "Einladung zur Wohnungsbesichtigung", "Ihre Mietbewerbung"],
    "x.flat.c": ["Vielen Dank für Ihre Bewerbung auf die {n}-Zimmer-Wohnung in der {street}. Wir laden Sie zur Besichtigung {when} ein. Bitte bringen Sie Ihre SCHUFA-Auskunft und die letzten drei Gehaltsnachweise mit.",
                 "Leider haben wir die Wohnung in der {street} bereits an andere Interessenten vergeben. Wir wünschen Ihnen viel Erfolg bei der weiteren Suche.",
                 "Ihre Mietbewerbung ist eingegangen. Die Hausverwaltung meldet sich, sobald der Vermieter entschieden hat."],
    "x.card.s": ["Ihr Kreditkartenantrag", "Ihr Antrag wurde genehmigt", "Wir prüfen Ihren Antrag ({ref})"],
    "x.card.c": ["Vielen Dank für Ihren Antrag auf eine {bank} Kreditkarte. Wir prüfen Ihre Angaben und melden uns in wenigen Tagen.",
                 "Gute Nachrichten: Ihr Kreditkartenantrag wurde genehmigt. Ihre Karte ist auf dem Weg zu Ihnen."],
    "x.visa.s": ["Terminbestätigung Bürgeramt", "Ihr Termin zur Anmeldung des Wohnsitzes", "Bestätigung: Termin Ausländerbehörde"],
    "x.visa.c": ["Ihr Termin zur Anmeldung einer Wohnung ist bestätigt: {when}. Vorgangsnummer: {ref}. Bitte bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung mit.",
                 "Hiermit bestätigen wir Ihren Termin {when} (Vorgangsnummer {ref}). Ohne vollständige Unterlagen kann der Termin nicht wahrgenommen werden."],
    "x.school.s": ["Ihre Bewerbung für den Masterstudiengang", "Einladung zum Auswahlgespräch – Master Supply Chain Management", "Zulassungsbescheid Wintersemester"],
    "x.school.c": ["Vielen Dank für Ihre Bewerbung um einen Studienplatz. Wir laden Sie zu einem Auswahlgespräch {when} ein.",
                   "Ihre Bewerbung für den berufsbegleitenden Master ist vollständig. Über die Zulassung entscheidet die Kommission nach Ende der Bewerbungsfrist."],
    "x.promo.s": ["Nur heute: {pct} % auf alles – unser Angebot für Sie", "Ihr exklusives Angebot wartet", "Letzte Chance: Angebot endet um Mitternacht"],
    "x.promo.c": ["Sichern Sie sich jetzt {pct} % Rabatt bei {shop}. Das Angebot gilt nur bis Sonntag.", "Als Stammkundin erhalten Sie ein besonderes Angebot: {pct} % auf Ihre nächste Bestellung."],
    "x.social.s": ["{name} möchte sich mit Ihnen vernetzen", "{name} hat Ihren Beitrag kommentiert", "Neue Kontaktanfrage"],
    "x.social.c": ["{name} ({title}) möchte Ihrem Netzwerk beitreten.", "{name} hat auf Ihren Beitrag reagiert: „Glückwunsch zum neuen Kapitel!“"],
    "x.receipt.s": ["Ihre Buchungsbestätigung", "Ihre Rechnung von {shop}", "Zahlungsbestätigung"],
    "x.receipt.c": ["Vielen Dank für Ihre Buchung bei {shop}. Betrag: {amount} €. Ihre Rechnung finden Sie im Kundenkonto.",
                    "Ihre Zahlung über {amount} € ist eingegangen. Bestellnummer {ref}."],
    "x.personal.s": ["Und? Wie lief's?", "Stellenanzeige für dich", "Daumen sind gedrückt!"],
    "x.personal.c": ["Hey Inês, wie lief denn das Vorstellungsgespräch gestern? Erzähl mal! Und falls es ein Angebot gibt: Verhandel ruhig ein bisschen 😉",
                     "Hi Inês, hab die Anzeige hier gesehen und direkt an dich gedacht – schau mal rein, vielleicht ist das was für dich. Bewirb dich doch einfach!",
                     "Liebe Inês, wir drücken dir für morgen ganz fest die Daumen! Melde dich, wenn du Neuigkeiten hast."],
    "x.event.s": ["Einladung: Karrieremesse Logistik & Supply Chain", "Webinar: Gehaltsverhandlung für Fortgeschrittene", "Ihre Anmeldung zum Karriere-Abend"],
    "x.event.c": ["Sie sind für unser Event {when} angemeldet. Treffen Sie über 40 Arbeitgeber und lassen Sie Ihren Lebenslauf checken.",
                  "Im Webinar {when} zeigen wir, wie Sie im Vorstellungsgespräch überzeugen und Ihr Angebot verhandeln. Die Kalendereinladung ist angehängt."],
    "x.press.s": ["Interviewanfrage für unseren Podcast", "Interview für das Alumni-Magazin", "Kurzes Interview zu deinem Werdegang?"],
    "x.press.c": ["Ich produziere den Podcast „Wege in die Logistik“ und würde dich gern interviewen. Passt dir {when}? Das Gespräch dauert etwa 30 Minuten.",
                  "Für die nächste Ausgabe unseres Alumni-Magazins würden wir dich gern zu deinem internationalen Werdegang interviewen – {when} per Zoom?"],
    "x.pes.s": ["Einladung zu einem Beratungsgespräch", "Ihr Termin bei der Agentur für Arbeit", "Terminerinnerung: Gespräch zur beruflichen Situation"],
    "x.pes.c": ["Wir laden Sie zu einem Gespräch über Ihre berufliche Situation ein: {when}. Kundennummer {ref}. Bitte bringen Sie Ihren Lebenslauf mit.",
                "Bitte beachten Sie Ihren Termin {when}. Sollten Sie verhindert sein, sagen Sie bitte rechtzeitig ab."],
    "x.survey.s": ["Wie war Ihr Bewerbungsprozess bei {company}?", "Ihre Meinung zählt: kurze Umfrage", "Feedback zu Ihrer Candidate Experience"],
    "x.survey.c": ["Sie haben sich kürzlich bei {company} beworben. Wie zufrieden waren Sie mit dem Ablauf? Die Umfrage dauert zwei Minuten.",
                   "Helfen Sie uns, besser zu werden: Bewerten Sie Ihren Bewerbungsprozess bei {company}. Ihre Antworten sind anonym."],
    "x.outpersonal.s": ["Interview heute!", "Neuigkeiten 🙂", "Kurzes Update"],
    "x.outpersonal.c": ["Hallo {name}, das Gespräch heute lief richtig gut, glaube ich! Die wollen sich bis nächste Woche melden. Drück mir die Daumen!",
                        "Hi {name}, ich hab ein Angebot bekommen! Muss noch über das Gehalt nachdenken. Hast du Zeit für einen Call am Wochenende?"],
    "x.outflat.s": ["Nachfrage zu meiner Bewerbung für die Wohnung", "Wohnung {street} – Unterlagen"],
    "x.outflat.c": ["Guten Tag, ich hatte mich letzte Woche für die Wohnung in der {street} beworben und wollte nachfragen, ob die Wohnung noch verfügbar ist. Gern schicke ich weitere Unterlagen.",
                    "Guten Tag, anbei wie besprochen meine Gehaltsnachweise für die Wohnung in der {street}. Über eine Rückmeldung würde ich mich freuen."],
    "x.tc.s": ["Neue Jobs bei {company}", "Ihr Talent-Newsletter von {company}", "Diese Stellen könnten Sie interessieren"],
    "x.tc.c": ["Als Mitglied unserer Talent Community erhalten Sie die neuesten offenen Stellen bei {company}:", "Wir wachsen! Diese Positionen sind bei {company} neu ausgeschrieben:"],
    "x.bounce.s": ["Unzustellbar: Nachfrage zu meiner Bewerbung", "Mail delivery failed: returning message to sender", "Unzustellbar: Bewerbung"],
    "x.bounce.c": ["Ihre Nachricht konnte an folgenden Empfänger nicht zugestellt werden: {addr}. Die E-Mail-Adresse existiert nicht.",
                   "This message was created automatically by mail delivery software. A message that you sent could not be delivered to one or more of its recipients: {addr}"],
})
OSEND = {
    "scam": [("HR Abteilung", "hr.jobs24@mailbox-fast.example"), ("Remote Team Europe", "career.team@quickhire.test"), ("Personalvermittlung Schmidt", "p.schmidt.jobs@freemail-de.example")],
    "flat": [("Hausverwaltung Kaiser & Söhne", "vermietung@hv-kaiser.example"), ("WohnPortal Vermietung", "noreply@wohnportal.example")],
    "card": [("Nordbank", "service@nordbank-online.example"), ("Elbe Sparkasse", "kreditkarte@elbe-sparkasse.example")],
    "visa": [("Bezirksamt – Bürgeramt", "terminvereinbarung@buergeramt-berlin.example"), ("Ausländerbehörde Service", "noreply@abh-service.example")],
    "school": [("Hochschule Nordküste – Studierendensekretariat", "bewerbung@hs-nordkueste.example"), ("Weiterbildungszentrum Rhein", "master@wbz-rhein.example")],
    "promo": [("ModeHaus Online", "angebote@modehaus-online.example"), ("Sprachschule Lingua Plus", "news@linguaplus.example")],
    "receipt": [("Bahnreisen Direkt", "buchung@bahnreisen-direkt.example"), ("LinkedIn Premium", "billing@linkedin-mail.example")],
    "personal": [("Tom Weber", "tom.weber@posteo.example"), ("Clara Hofmann", "clara.hofmann@web-mail.example")],
    "event": [("Karrieretag Hamburg", "events@karrieretag-hh.example"), ("Women in Logistics e.V.", "webinar@women-in-logistics.example")],
    "press": [("Jana Reuter", "jana.reuter@wege-podcast.example"), ("Alumni-Magazin TU", "redaktion@alumni-tu.example")],
    "pes": [("Agentur für Arbeit – Team Arbeitsvermittlung", "noreply@arbeitsagentur-service.example")],
}

UI["open"] = "Jetzt ansehen"

UI["test"] = "Test"
