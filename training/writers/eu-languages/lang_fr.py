"""French (France, Belgium, Switzerland, Luxembourg)."""
CODE = "fr"
NAME = "French"
HTML_LANG = "fr"
CONTENT_LANGUAGE = "fr-FR"
PRIVACY_PATH = "politique-de-confidentialite"
INFORMAL_P = 0.3
DISPLAY_STYLES = ["plain", "plain", "upper"]

WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WDA = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONA = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
NUM = {1: "une", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 7: "sept", 10: "dix", 14: "quatorze"}


def hm(d):
    return f"{d.hour}h{d.minute:02d}" if d.minute else f"{d.hour}h"


def when(d, i):
    i %= 6
    if i == 0:
        return f"le {WD[d.weekday()]} {d.day} {MON[d.month - 1]} à {hm(d)}"
    if i == 1:
        return f"{WD[d.weekday()]} {d.day:02d}/{d.month:02d} à {d.hour:02d}:{d.minute:02d}"
    if i == 2:
        return f"le {d.day} {MON[d.month - 1]} {d.year} à {d.hour} h {d.minute:02d}"
    if i == 3:
        return f"le {WD[d.weekday()]} {d.day} {MON[d.month - 1]} {d.year}, de {hm(d)} à {d.hour + 1}h{d.minute:02d}" if d.minute else f"le {WD[d.weekday()]} {d.day} {MON[d.month - 1]} {d.year}, de {d.hour}h à {d.hour + 1}h"
    if i == 4:
        return f"{WD[d.weekday()]} prochain ({d.day}/{d.month}) à {hm(d)}"
    return f"le {d.day:02d}.{d.month:02d}.{d.year} à {d.hour:02d}h{d.minute:02d}"


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
    return f"(soit {hm(dl)} à Lisbonne)"


def dur(n):
    return {60: "une heure", 90: "une heure et demie", 30: "une demi-heure"}.get(n, f"{n} minutes")


def join(xs):
    xs = list(xs)
    return xs[0] if len(xs) == 1 else ", ".join(xs[:-1]) + " et " + xs[-1]


def money(n, cur="EUR"):
    s = f"{n:,}".replace(",", "\u202f")
    if cur == "CHF":
        return f"{s} CHF bruts annuels"
    return f"{s} € bruts annuels"


PROMISE_KINDS = [("fri", None), ("end_next_week", None), ("n_weeks", [1, 2, 2, 3]), ("n_workdays", [3, 5, 10]),
                 ("date", [5, 7, 9, 12]), ("n_days", [10, 15]), ("end_week", None), ("tomorrow", None), ("mon", None), ("end_month", None)]


def promise(kind, n, target, sent, rng):
    if kind == "fri":
        return rng.choice(["d'ici vendredi", "avant vendredi", "au plus tard vendredi"])
    if kind == "mon":
        return rng.choice(["d'ici lundi", "lundi au plus tard"])
    if kind == "end_week":
        return rng.choice(["d'ici la fin de la semaine", "avant la fin de la semaine"])
    if kind == "end_next_week":
        return rng.choice(["d'ici la fin de la semaine prochaine", "avant la fin de la semaine prochaine"])
    if kind == "n_weeks":
        return rng.choice([f"sous {NUM.get(n, n)} semaine{'s' if n > 1 else ''}", f"dans les {NUM.get(n, n)} semaines" if n > 1 else "sous une semaine"])
    if kind == "n_workdays":
        return f"sous {NUM.get(n, n)} jours ouvrés"
    if kind == "n_days":
        return f"sous {n} jours"
    if kind == "date":
        return rng.choice([f"d'ici le {target.day} {MON[target.month - 1]}", f"au plus tard le {target.day:02d}/{target.month:02d}"])
    if kind == "tomorrow":
        return "demain"
    if kind == "end_month":
        return rng.choice(["d'ici la fin du mois", f"avant la fin {'d' if MON[target.month - 1][0] in 'aeiou' else 'de '}{chr(39) if MON[target.month - 1][0] in 'aeiou' else ''}{MON[target.month - 1]}"])
    raise ValueError(kind)


VAGUE = ["dans les meilleurs délais", "prochainement", "dans les semaines à venir", "dès que possible", "rapidement", "dès que nous en saurons plus"]


def greet(p, reg, rng):
    civ = "Madame" if p.gender == "f" else "Monsieur"
    if reg == "f":
        return rng.choice([f"Bonjour {civ} {p.last},", f"{civ},", f"Bonjour {civ},", f"{'Chère' if p.gender == 'f' else 'Cher'} {civ} {p.last},"])
    return rng.choice([f"Bonjour {p.first},", f"Salut {p.first},", f"Hello {p.first},", f"{'Chère' if p.gender == 'f' else 'Cher'} {p.first},"])


def greet_many(ps, reg, rng):
    if reg == "f":
        return "Bonjour " + join([("Madame " if p.gender == "f" else "Monsieur ") + p.last for p in ps]) + ","
    return "Bonjour " + join([p.first for p in ps]) + ","


def attrib_gmail(d, name, addr):
    return f"Le {WDA[d.weekday()]} {d.day} {MONA[d.month - 1]} {d.year} à {d.hour:02d}:{d.minute:02d}, {name} <{addr}> a écrit :"


def attrib_iphone(d, name, addr):
    return f"Le {d.day} {MON[d.month - 1]} {d.year} à {d.hour:02d}:{d.minute:02d}, {name} <{addr}> a écrit :"


def attrib_tb(d, name, addr):
    return f"Le {d.day:02d}/{d.month:02d}/{d.year} à {d.hour:02d}:{d.minute:02d}, {name} a écrit :"


def outlook_block(d, frm, to, subj, cc):
    L = [f"De : {frm[0]} <{frm[1]}>", f"Envoyé : {WD[d.weekday()]} {d.day} {MON[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}",
         "À : " + "; ".join(f"{n} <{a}>" if n else a for n, a in to)]
    if cc:
        L.append("Cc : " + "; ".join(f"{n} <{a}>" for n, a in cc))
    L.append(f"Objet : {subj}")
    return L


OUTLOOK_SEP = "________________________________"
RE = {"outlook": "RE :", "gmail": "Re:", "iphone": "Re:", "thunder": "Re:", "plain": "Re:"}
RE_ALL = ["Re:", "RE :", "RE:", "TR :", "AW:", "Réf :", "Rép. :"]
AUTOREPLY_PREFIX = "Réponse automatique :"
CANCELLED = "Annulé"
CAL_PREFIX_GOOGLE = "Invitation : "
MOBILE = ["Envoyé de mon iPhone", "Envoyé depuis mon smartphone", "Envoyé de Outlook pour iOS", "Envoyé de mon mobile, merci d'excuser la concision"]
SIG = {"tel": "Tél. :", "mail": "E-mail :"}


def gcal_subject(summary, start):
    return f"Invitation : {summary} @ {WDA[start.weekday()]} {start.day} {MONA[start.month - 1]} {start.year} {start.hour:02d}:{start.minute:02d} (UTC{'+' if start.utcoffset().total_seconds() >= 0 else '-'}{int(start.utcoffset().total_seconds() // 3600)}) (ines.hofmann@example.net)"


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Réunion Microsoft Teams\nRejoindre la réunion maintenant\n{link}\nID de réunion : {id}\nCode secret : {pw}\n"
               "________________________________________________________________________________")
GCAL_BLOCK = ("Participer à la réunion Google Meet\n{link}\n\nQuand : {when}\nOrganisateur : {org}\n\n"
              "Invitation envoyée par Google Agenda\nVous recevez cet e-mail, car vous êtes invité à cet événement.")


def cal_desc(c, tool, link):
    return f"{tool} : {link}\n{c['when']}"


UI = dict(portal="Accéder à mon espace candidat", job="Poste", employer="Entreprise", location="Lieu", date="Candidature envoyée le",
          view_apps="Voir mes candidatures", similar="Voir des offres similaires", confirm="Confirmer ma présence",
          book="Choisir un créneau", what="Événement", when="Quand", who="Avec", where="Où", resched="Reprogrammer ou annuler",
          join="Rejoindre la réunion", start_test="Commencer le test", status="Statut", reply="Répondre", position="Poste",
          salary="Rémunération", start="Date de début", sign="Consulter et signer", reception="à l'accueil", jobs_box="Recrutement {company}")
AUTO_NOTE = ["Ce message a été envoyé automatiquement, merci de ne pas y répondre.", "Cette adresse n'est pas consultée. Pour toute question, passez par votre espace candidat.",
             "Merci de ne pas répondre directement à cet e-mail."]
GDPR = ["Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données. Pour l'exercer : {privacy}",
        "Vos données sont conservées pendant la durée du processus de recrutement puis, sauf opposition de votre part, deux ans dans notre vivier. Politique de confidentialité : {privacy}",
        "{legal} est responsable du traitement de vos données personnelles dans le cadre de votre candidature."]
POWERED = ["Envoyé avec {vendor}", "Propulsé par {vendor}", "Logiciel de recrutement : {vendor}"]
CONF = ["Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.",
        "Pensez à l'environnement avant d'imprimer ce courriel.",
        "Les informations contenues dans ce message sont strictement confidentielles."]
BOARD_FOOT = ["Vous recevez cet e-mail car vous disposez d'un compte {board}. Gérer mes notifications · Se désabonner · Confidentialité",
              "© {board} – Cet e-mail a été envoyé automatiquement.", "{board} · Aide · Préférences e-mail"]
GDPR14 = ["Information RGPD (art. 14) : vos coordonnées ont été obtenues sur un réseau professionnel public. Si vous ne souhaitez plus être contacté(e), il suffit de me le dire et je supprimerai vos données.",
          "{agency_legal} traite vos données sur la base de son intérêt légitime. Vous pouvez vous y opposer à tout moment par simple retour de mail."]
STATUS_LABELS = ["En cours d'examen", "Revue par le manager", "Présélection", "En cours"]
AGENDA = ["{t} – {t2} : entretien avec {who}", "{t} – {t2} : échange technique avec {who}", "{t} – {t2} : visite du site avec {who}"]
AGENDA_END = "{t} : déjeuner avec l'équipe et conclusion"
DOCS = ["une copie de vos diplômes", "deux références", "vos prétentions salariales", "votre date de disponibilité",
        "vos trois derniers bulletins de salaire", "votre certificat de travail", "votre préavis"]
CASE_FILES = ["Etude_de_cas_{company}.pdf", "Cas_pratique.pdf", "Sujet_exercice.pdf"]
OFFER_FILES = ["Promesse_embauche_{last}.pdf", "Proposition_{company}.pdf", "Contrat_{last}.pdf"]
OFFER_DOCS = ["Promesse d'embauche – {role}", "Contrat de travail – {last}", "Proposition d'embauche {company}"]
ASSESS = ["AssessFirst", "Central Test", "TestGorilla", "SHL"]
ESIGN = ["Yousign", "DocuSign", "Yousign"]
SOCIAL = ["LinkedIn"]

FIRST_F = ["Camille", "Claire", "Sophie", "Élodie", "Mathilde", "Chloé", "Léa", "Manon", "Amélie", "Hélène", "Océane", "Salomé",
           "Aurélie", "Margaux", "Nadia", "Justine", "Gaëlle"]
FIRST_M = ["Julien", "Thomas", "Nicolas", "Sébastien", "Benoît", "Guillaume", "Antoine", "Mathieu", "Rémi", "Yannick", "Loïc",
           "Théo", "Karim", "Mehdi", "François", "Cédric", "Jérôme"]
LAST = ["Lefèvre", "Dubois", "Moreau", "Laurent", "Girard", "Fournier", "Mercier", "Bonnet", "Roux", "Faure", "Lambert", "Rousseau",
        "Chevalier", "Gauthier", "Perrin", "Morel", "Benali", "Nguyen", "Peeters", "Janssens", "Dupont", "Schmit", "Favre", "Rochat", "Leroy"]
REGIONS = [
    dict(country="FR", tz="Europe/Paris", w=6, cc="+33", cities=[("Paris", "750", "1"), ("Lyon", "690", "4"), ("Nantes", "440", "2"), ("Toulouse", "310", "5"),
                                                                  ("Lille", "590", "3"), ("Bordeaux", "330", "5"), ("Marseille", "130", "4")],
         forms=["SAS", "SAS", "SA", "SARL"], currency="EUR"),
    dict(country="BE", tz="Europe/Brussels", w=2, cc="+32", cities=[("Bruxelles", "10", "2"), ("Liège", "40", "4"), ("Namur", "50", "81")],
         forms=["SRL", "SA"], currency="EUR"),
    dict(country="CH", tz="Europe/Zurich", w=1, cc="+41", cities=[("Genève", "12", "22"), ("Lausanne", "10", "21")], forms=["SA", "Sàrl"], currency="CHF"),
    dict(country="LU", tz="Europe/Luxembourg", w=1, cc="+352", cities=[("Luxembourg", "L-1", ""), ("Esch-sur-Alzette", "L-4", "")], forms=["S.A.", "S.à r.l."], currency="EUR"),
]
STREETS = ["rue de la République", "avenue Jean Jaurès", "quai des Chartrons", "boulevard Haussmann", "rue du Marché", "avenue Louise",
           "rue du Rhône", "rue de la Gare", "chemin des Vignes", "place Bellecour", "rue Nationale", "avenue de la Liberté"]
CO_ROOTS = ["Hexagone", "Lumière", "Cèdre", "Garonne", "Mistral", "Azur", "Rivage", "Ardoise", "Bocage", "Cévennes", "Chardon",
            "Étoile", "Falaise", "Lavande", "Marais", "Orée", "Pléiade", "Sarrasin", "Tilleul", "Vauban", "Brume", "Calanque"]
CO_WORDS = {"eng": ["Ingénierie", "Industries", "Process", "Systèmes"], "mkt": ["Communication", "Studio", "Médias", "Marques"],
            "log": ["Logistique", "Transports", "Supply", "Distribution"], "res": ["Labs", "Recherche", "Biotech", "Matériaux"],
            "hosp": ["Hôtels", "Hôtellerie", "Resorts", "Collection"]}
ROLES = {
    "eng": [("Ingénieur procédés (H/F)", "Ingénieur procédés"), ("Ingénieure méthodes industrialisation (F/H)", "Ingénieure méthodes industrialisation"),
            ("Ingénieur qualité H/F – CDI", "Ingénieur qualité"), ("Chef de projet industriel (H/F)", "Chef de projet industriel")],
    "mkt": [("Chargée de marketing digital (H/F)", "Chargée de marketing digital"), ("Chef de produit marketing (F/H)", "Chef de produit marketing"),
            ("Responsable communication (H/F)", "Responsable communication"), ("Chargé d'études marketing H/F", "Chargé d'études marketing")],
    "log": [("Chef de projet logistique (H/F)", "Chef de projet logistique"), ("Responsable supply chain (F/H)", "Responsable supply chain"),
            ("Approvisionneuse (H/F)", "Approvisionneuse"), ("Responsable d'entrepôt H/F", "Responsable d'entrepôt")],
    "res": [("Doctorant(e) en science des matériaux", "Doctorant(e) en science des matériaux"), ("Chercheur postdoctoral (H/F)", "Chercheur postdoctoral"),
            ("Ingénieure de recherche (F/H)", "Ingénieure de recherche"), ("Chargé de recherche clinique H/F", "Chargé de recherche clinique")],
    "hosp": [("Chef de réception (H/F)", "Chef de réception"), ("Revenue manager H/F", "Revenue manager"),
             ("Directrice adjointe d'hôtel (H/F)", "Directrice adjointe d'hôtel"), ("Responsable expérience client (F/H)", "Responsable expérience client")],
}
REC_TITLES = ["Chargé de recrutement|Chargée de recrutement", "Talent Acquisition Manager", "Responsable RH", "HR Business Partner",
              "Chargé des ressources humaines|Chargée des ressources humaines", "Talent Acquisition Partner"]
HR_TITLES = ["Gestionnaire RH", "Responsable administration du personnel", "Assistant RH|Assistante RH"]
HM_TITLES = {"eng": ["Directeur industriel|Directrice industrielle", "Responsable méthodes", "Directeur d'usine|Directrice d'usine"],
             "mkt": ["Directeur marketing|Directrice marketing", "Responsable de la marque", "Head of Growth"],
             "log": ["Directeur supply chain|Directrice supply chain", "Responsable logistique", "Directeur des opérations|Directrice des opérations"],
             "res": ["Directeur de laboratoire|Directrice de laboratoire", "Responsable d'équipe de recherche", "Directeur R&D|Directrice R&D"],
             "hosp": ["Directeur de l'hôtel|Directrice de l'hôtel", "Directeur de l'hébergement|Directrice de l'hébergement", "Directeur général|Directrice générale"]}
PANEL_TITLES = {"eng": ["Ingénieur méthodes senior|Ingénieure méthodes senior", "Responsable qualité"], "mkt": ["Chef de produit senior", "Responsable contenus"],
                "log": ["Responsable transport", "Chef d'équipe entrepôt|Cheffe d'équipe entrepôt"], "res": ["Chercheur senior|Chercheuse senior", "Ingénieur de laboratoire|Ingénieure de laboratoire"],
                "hosp": ["Responsable réception", "Directeur revenue|Directrice revenue"]}
AGENT_TITLES = ["Consultant senior|Consultante senior", "Chargé de recrutement|Chargée de recrutement", "Associate Partner", "Consultant en recrutement|Consultante en recrutement"]
AGENCIES = [("Talents & Cie", "SAS"), ("Horizon Recrutement", "SAS"), ("Boréal Conseil", "SARL"), ("Meuse Executive Search", "SRL")]
CLIENT_DESC = {"eng": ["un groupe industriel familial de la région lyonnaise", "une ETI de l'aéronautique"], "mkt": ["une marque de cosmétiques en forte croissance", "une start-up de la foodtech"],
               "log": ["un logisticien leader du e-commerce", "un grand distributeur"], "res": ["une biotech issue d'un laboratoire public", "un centre de recherche privé"],
               "hosp": ["un groupe hôtelier haut de gamme", "un resort de la Côte d'Azur"]}
SALARY = {"eng": (42000, 58000), "mkt": (36000, 50000), "log": (38000, 54000), "res": (32000, 46000), "hosp": (32000, 46000)}
FIELD_DESC = {"eng": "votre parcours d'ingénieure en amélioration continue", "mkt": "votre expérience en marketing international",
              "log": "votre expérience en supply chain", "res": "votre parcours de recherche", "hosp": "votre expérience dans l'hôtellerie haut de gamme"}
SKILLS = {"eng": ["lean manufacturing", "amélioration continue", "industrialisation"], "mkt": ["marketing digital", "lancement de produits", "études de marché"],
          "log": ["gestion d'entrepôt", "SAP EWM", "pilotage des transports"], "res": ["caractérisation des matériaux", "montage de projets ANR", "analyse de données"],
          "hosp": ["revenue management", "relation client", "management d'équipe"]}
TOPICS = {"eng": ["l'automatisation de la nouvelle ligne", "votre démarche d'amélioration continue"], "mkt": ["le lancement au Portugal", "la refonte de la marque"],
          "log": ["le passage au nouveau WMS", "l'ouverture de la deuxième plateforme"], "res": ["le projet sur le recyclage des cathodes", "les partenariats industriels du laboratoire"],
          "hosp": ["la réouverture de l'hôtel au printemps", "votre programme de satisfaction client"]}
CASES = {"eng": ["une analyse de temps de cycle", "une proposition pour réduire les rebuts"], "mkt": ["un plan de lancement produit", "un audit de nos réseaux sociaux"],
         "log": ["une étude de cas sur l'optimisation des emplacements", "une analyse de réseau pour deux entrepôts"], "res": ["une note de projet de deux pages", "l'analyse d'un jeu de données"],
         "hosp": ["un plan d'amélioration de l'accueil", "une stratégie tarifaire pour un week-end de salon"]}
TESTS = {"eng": ["Raisonnement mécanique", "Raisonnement numérique"], "mkt": ["Test marketing", "Questionnaire de personnalité"],
         "log": ["Raisonnement numérique", "Test Excel"], "res": ["Raisonnement logique", "Test d'anglais"], "hosp": ["Mises en situation", "Questionnaire de personnalité"]}
ATS = ["Welcome to the Jungle", "Welcome to the Jungle", "Teamtailor", "Recruitee", "Workday", "SuccessFactors"]
BOARDS = ["Welcome to the Jungle", "Indeed", "LinkedIn", "EmploiDirect"]


def ref(rng):
    return rng.choice([f"Réf. {rng.choice('ABCDEF')}{rng.randint(100, 999)}-{rng.randint(25, 27)}", f"Offre n° {rng.randint(10000, 99999)}", f"REF-{rng.randint(1000, 9999)}"])


def company_name(root, word, rng):
    return rng.choice([f"{root} {word}", f"{word} {root}", f"{root} {word}"])


def address(rng, city, region, plz):
    st = rng.choice(STREETS)
    if region["country"] == "LU":
        return f"{rng.randint(1, 80)}, {st}", f"{plz}{rng.randint(100, 999)} {city}"
    if region["country"] in ("BE", "CH"):
        return f"{st} {rng.randint(1, 120)}", f"{plz}{rng.randint(10, 99)} {city}"
    return f"{rng.randint(1, 120)} {st}", f"{plz}{rng.randint(10, 20):02d} {city}"


def register_line(rng, co, region):
    c = region["country"]
    if c == "FR":
        return f"{co['form']} au capital de {rng.choice(['50 000', '150 000', '1 200 000', '37 000'])} € – RCS {co['city']} {rng.randint(300, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    if c == "BE":
        return f"BCE 0{rng.randint(400, 899)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} – RPM {co['city']}"
    if c == "LU":
        return f"RCS Luxembourg B{rng.randint(100000, 299999)} – TVA LU{rng.randint(10000000, 99999999)}"
    return f"IDE CHE-{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}"


def phone(rng, region, area):
    if region["country"] == "FR":
        return f"+33 {area} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return f"{region['cc']} {area + ' ' if area else ''}{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"

B = {
    "greet": ["f|Madame,", "f|Bonjour Madame Hofmann,", "f|Chère Madame Hofmann,", "f|Bonjour Madame,", "f|Madame Hofmann,", "f|Bonjour Inês Hofmann,",
              "i|Bonjour Inês,", "i|Hello Inês,", "i|Salut Inês,", "i|Chère Inês,", "i|Bonjour Inês !", "i|Coucou Inês,"],
    "greetb": ["Bonjour {first},", "Bonjour {full},", "Bonjour,", "Hello {first},"],
    "close": ["f|Cordialement", "f|Bien cordialement", "f|Bien à vous", "f|Sincères salutations", "f|Avec mes meilleures salutations",
              "f|Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.", "f|Belle journée à vous",
              "i|À bientôt", "i|Belle journée", "i|Bonne journée !", "i|À très vite", "i|Bonne soirée", "i|Merci et à bientôt"],
    "oclose": ["f|Bien cordialement", "f|Cordialement", "f|Bien à vous", "f|Avec mes remerciements", "i|Belle journée", "i|À bientôt", "i|Merci encore"],
    "team": ["f|L'équipe Recrutement\n{legal}", "f|Le service des Ressources Humaines – {company}", "f|L'équipe Talent Acquisition de {company}",
             "f|La Direction des Ressources Humaines\n{legal}", "i|L'équipe {company}", "i|Toute l'équipe RH de {company}", "i|La team People de {company}"],
    "ack.s": ["f|Votre candidature au poste de {role}", "f|Accusé de réception de votre candidature", "f|Candidature {role} – {ref}",
              "f|{company} : nous avons bien reçu votre candidature", "f|Confirmation de votre candidature", "i|Merci pour ta candidature, {first} !",
              "i|Ta candidature chez {company}", "i|On a bien reçu ta candidature 🙌"],
    "ack.c": ["f|Nous avons bien reçu votre candidature au poste de {role} et vous remercions de l'intérêt que vous portez à {company}.",
              "f|Nous accusons réception de votre candidature pour le poste de {role} ({ref}).",
              "f|Votre candidature pour l'offre {role} nous est bien parvenue. Merci de votre confiance.",
              "f|Merci d'avoir postulé chez {company} ! Votre dossier a été transmis à l'équipe en charge du recrutement.",
              "f|C'est avec plaisir que nous avons reçu votre candidature pour le poste de {role}.",
              "f|Nous vous confirmons la bonne réception de votre dossier de candidature ({role}).",
              "f|Votre candidature a bien été enregistrée dans notre base.",
              "f|Nous vous remercions d'avoir pris le temps de postuler à notre offre de {role} à {city}.",
              "i|Merci pour ta candidature au poste de {role} ! On l'a bien reçue.",
              "i|Ta candidature est bien arrivée chez nous, merci de t'intéresser à {company} !",
              "i|Super, ta candidature pour {role} est entre de bonnes mains.",
              "i|Merci d'avoir pensé à nous ! On a bien reçu ton dossier pour le poste de {role}."],
    "ack.n": ["f|Nous étudions votre candidature avec attention et reviendrons vers vous {promise}.",
              "f|Vous recevrez une réponse de notre part {promise}.",
              "f|Nous nous engageons à vous répondre {promise}, quelle que soit l'issue.",
              "f|Nous reviendrons vers vous {vague}.",
              "f|En raison du nombre important de candidatures, le délai de traitement peut être un peu long. Nous vous contacterons {vague}.",
              "f|Si votre profil correspond à nos attentes, nous vous contacterons dans un délai de deux semaines.",
              "f|Sans réponse de notre part d'ici un mois, vous pourrez considérer que votre candidature n'a pas été retenue.",
              "f|Les candidatures seront examinées après la clôture de l'offre, fin du mois.",
              "i|On regarde tout ça et on revient vers toi {promise}.",
              "i|Tu auras de nos nouvelles {promise}, promis !",
              "i|On te recontacte {vague}.",
              "i|Si ça matche, on te fait signe d'ici deux semaines environ."],
    "ack.x": ["f|Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.",
              "f|Pensez à vérifier vos courriers indésirables afin de ne manquer aucun de nos messages.",
              "f|Pour toute modification de vos coordonnées, rendez-vous dans votre espace candidat.",
              "i|En attendant, jette un œil à notre page Welcome to the Jungle pour découvrir l'équipe !",
              "i|Une question ? Réponds-nous via ton espace candidat."],
    "ackb.s": ["Votre candidature a été envoyée à {company}", "Candidature envoyée : {role}", "Vous avez postulé chez {company}",
               "{board} : candidature {role}"],
    "ackb.c": ["Votre candidature pour le poste de {role} a bien été transmise à {company}.",
               "Bonne nouvelle : votre candidature est partie ! {company} l'a reçue via {board}.",
               "Vous venez de postuler chez {company} avec votre profil {board}.",
               "Nous avons transmis votre candidature au recruteur. Voici un récapitulatif :"],
    "ackb.x": ["Astuce : les recruteurs répondent plus vite quand votre profil est complet.",
               "Retrouvez toutes vos candidatures dans « Mes candidatures ».",
               "L'entreprise décide de la suite et vous contactera directement."],
    "acke.c": ["f|Merci pour votre message. Ceci est un accusé de réception automatique : votre candidature a bien été reçue par notre service recrutement.",
               "f|Nous avons bien reçu votre e-mail et votre candidature. Merci de ne pas relancer, nous revenons vers vous.",
               "i|Merci pour ton mail ! Réponse automatique : ta candidature est bien arrivée chez l'équipe RH."],
    "apply.s": ["Candidature au poste de {role}", "Candidature – {role} – Inês Hofmann", "Candidature {role} ({ref})", "Votre offre {role}"],
    "rej.s": ["f|Votre candidature chez {company}", "f|Votre candidature au poste de {role}", "f|Suite à votre candidature", "f|Réponse à votre candidature ({role})",
              "f|{company} – votre candidature", "f|Merci pour votre intérêt pour {company}", "i|Des nouvelles de ta candidature", "i|Ta candidature chez {company}"],
    "rej.thanks": ["f|Nous vous remercions de l'intérêt que vous portez à {company} et du temps consacré à votre candidature.",
                   "f|Nous vous remercions à nouveau pour votre candidature au poste de {role}.",
                   "f|Merci de la confiance que vous nous avez témoignée en postulant.",
                   "i|Merci encore d'avoir postulé chez nous.", "i|Merci pour ta candidature et ton intérêt pour {company}."],
    "rej.pre": ["f|Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.",
                "f|Nous avons décidé de ne pas donner suite à votre candidature.",
                "f|Nous avons retenu des profils plus en adéquation avec les exigences du poste.",
                "f|Malheureusement, votre candidature n'a pas été retenue pour cette fois.",
                "f|Nous avons le regret de vous annoncer que nous poursuivons le processus avec d'autres candidats.",
                "f|Votre profil a retenu notre attention, mais nous recherchons une expérience plus marquée dans le secteur.",
                "f|Au vu du nombre important de candidatures reçues, nous ne pourrons pas vous proposer d'entretien.",
                "f|Nous ne sommes pas en mesure de retenir votre candidature pour le poste de {role}.",
                "i|On a bien regardé ton dossier et on a choisi de continuer avec d'autres profils.",
                "i|Ça ne va pas le faire pour cette fois : on avance avec des candidats plus proches du besoin.",
                "i|On ne va pas poursuivre avec ta candidature, mais ton parcours nous a vraiment plu.",
                "i|Décision difficile, mais on part sur quelqu'un qui connaît déjà bien notre secteur."],
    "rej.post": ["f|Merci pour l'échange avec {iv1}. Après mûre réflexion, nous avons choisi de poursuivre avec une autre candidate dont le profil correspond davantage à nos besoins actuels.",
                 "f|À l'issue des entretiens, nous avons décidé de retenir un autre candidat.",
                 "f|Nous avons beaucoup apprécié nos échanges. Nous ne poursuivrons toutefois pas le processus avec vous.",
                 "f|Vous faisiez partie des finalistes et la décision n'a pas été simple : nous avons finalement retenu un profil ayant une expérience directe du secteur.",
                 "f|Suite à nos entretiens, nous sommes au regret de vous informer que nous ne donnerons pas suite.",
                 "i|Merci pour l'entretien avec {iv1_first} ! On a pris notre décision et on continue avec une autre personne.",
                 "i|Je voulais te dire personnellement qu'on a choisi un autre profil. Je sais que ce n'est pas la nouvelle que tu espérais.",
                 "i|C'était très serré, mais on a proposé le poste à quelqu'un d'autre."],
    "rej.cancel": ["f|Le poste de {role} a été gelé pour des raisons budgétaires ; nous clôturons donc le processus de recrutement.",
                   "f|Le poste a été pourvu en interne, nous mettons donc fin au processus.",
                   "f|Suite à une réorganisation, le recrutement pour le poste de {role} est annulé.",
                   "f|Le poste est désormais pourvu et nous clôturons l'ensemble des candidatures.",
                   "i|Petite info : le poste de {role} a été supprimé suite à une réorganisation, on arrête donc le process.",
                   "i|On a finalement pourvu le poste en interne, donc on ne va pas plus loin."],
    "rej.one": ["i|Hello {first}, petit retour rapide : on part sur un autre profil. Merci et bonne continuation !",
                "i|Salut {first}, on a choisi quelqu'un d'autre. Merci pour ton temps !",
                "i|{first}, pas de match cette fois, le poste est pourvu. Plein de succès pour la suite !",
                "i|Coucou {first}, je te confirme qu'on ne continue pas ensemble sur ce poste. Bonne chance !",
                "f|Madame {last}, pour information, le poste de {role} est pourvu. Bonne continuation.",
                "f|Bonjour Madame {last}, nous ne poursuivrons pas avec votre candidature. Merci et bonne chance."],
    "rej.soft": ["f|Nous vous souhaitons pleine réussite dans vos recherches.", "f|Cette décision ne remet pas en cause la qualité de votre parcours.",
                 "f|Nous serions ravis de recevoir à nouveau votre candidature pour d'autres opportunités.", "f|Nous vous souhaitons une bonne continuation.",
                 "i|On croise les doigts pour ta recherche !", "i|N'hésite pas à garder un œil sur nos offres."],
    "rej.fb": ["f|Si vous le souhaitez, je peux vous faire un retour plus détaillé lors d'un court appel.",
               "f|Je reste disponible pour un retour sur nos échanges.", "i|Si tu veux un feedback, fais-moi signe."],
    "rej.pool": ["f|Avec votre accord, nous souhaiterions conserver votre CV dans notre vivier pendant deux ans. Vous pouvez le confirmer depuis votre espace candidat.",
                 "f|Conformément à notre politique de confidentialité, vos données seront supprimées sous six mois.",
                 "i|Si tu veux, on garde ton CV dans notre vivier – dis-le-nous simplement."],
    "rejb.s": ["Du nouveau sur votre candidature chez {company}", "{company} a répondu à votre candidature", "Votre candidature : {role}"],
    "rejb.c": ["{company} a mis à jour le statut de votre candidature via {board}. Message du recruteur :",
               "Il y a du nouveau concernant votre candidature pour {role}. {company} vous a envoyé ce message :",
               "Le recruteur a clôturé le processus pour le poste de {role} :"],
    "inv.s": ["f|Invitation à un entretien – {role}", "f|Votre candidature : proposition d'entretien", "f|Entretien {role} chez {company}",
              "f|Prochaine étape – {company}", "f|Rencontre avec {company}", "i|On se rencontre ? ({role})", "i|Prochaine étape avec {company}",
              "i|Petit échange ?", "i|Call avec l'équipe"],
    "inv.fixed": ["f|Votre profil a retenu toute notre attention et nous souhaitons vous rencontrer. Nous vous proposons un entretien {when} avec {iv}.",
                  "f|Nous avons le plaisir de vous convier à un entretien {when}. Côté {company} : {iv}.",
                  "f|Nous souhaitons poursuivre nos échanges et vous proposons de nous retrouver {when}, avec {iv}.",
                  "f|Dans le cadre de votre candidature au poste de {role}, je vous confirme notre entretien {when}, d'une durée d'environ {dur}.",
                  "f|J'ai réservé un créneau {when}. {iv1} de l'équipe sera également présent(e).",
                  "f|Comme convenu par téléphone, je vous confirme votre entretien {when} avec {iv}.",
                  "f|L'équipe souhaite vous rencontrer {when}. Vous échangerez avec {iv}.",
                  "i|On aimerait beaucoup te rencontrer ! Est-ce que {when} te convient ? Tu échangeras avec {iv}.",
                  "i|Top, j'ai bloqué un créneau {when}. {iv1} sera là aussi.",
                  "i|On se parle {when} ? Tu rencontreras {iv}.",
                  "i|Je te confirme notre échange {when}. Compte environ {dur}."],
    "inv.screen": ["f|Je souhaiterais échanger avec vous lors d'un court appel afin de mieux connaître votre parcours. Seriez-vous disponible {when} ? Comptez environ {dur}.",
                   "f|Pour une première prise de contact, je vous propose un échange téléphonique {when}.",
                   "f|Je vous appellerai {when} pour vous présenter le poste de {role}.",
                   "i|Ça te dit un premier appel avec moi ? Je suis dispo {when}, environ {dur}.",
                   "i|Je t'appelle {when} pour te parler de l'équipe, ça marche ?",
                   "i|On fait une petite visio {when} ? Juste toi et moi, en toute simplicité."],
    "inv.slots": ["f|Nous souhaitons vous proposer un entretien avec {iv}. Voici les créneaux disponibles :",
                  "f|Nous serions ravis de vous rencontrer. Merci de choisir l'un des créneaux suivants :",
                  "f|Pour un premier échange, nous vous proposons les disponibilités suivantes :",
                  "i|On aimerait te rencontrer ! Un de ces créneaux te va ?", "i|{iv1} et moi sommes disponibles à ces moments-là :"],
    "inv.slots2": ["f|Merci de m'indiquer le créneau qui vous convient le mieux. Si aucun ne vous arrange, nous trouverons une alternative.",
                   "f|Je vous laisse me confirmer votre choix.", "i|Dis-moi ce qui t'arrange le mieux.", "i|Si rien ne colle, propose-moi d'autres horaires."],
    "inv.link": ["f|Nous souhaitons vous proposer un entretien avec {iv}. Merci de réserver directement un créneau via ce lien : {link}",
                 "f|Vous pouvez choisir votre créneau d'entretien directement dans notre outil de réservation ({tool}) : {link}",
                 "f|Pour l'étape suivante, merci de réserver un créneau de {dur} ici : {link}",
                 "i|Réserve simplement un créneau dans mon agenda : {link}", "i|Voici le lien pour caler un échange avec {iv1} : {link}"],
    "inv.avail": ["f|Nous souhaitons vous proposer un entretien avec {iv}. Pourriez-vous me communiquer vos disponibilités pour les deux prochaines semaines ?",
                  "f|Afin d'organiser un entretien avec {iv1}, pourriez-vous m'indiquer deux ou trois créneaux qui vous conviennent ?",
                  "f|Pour un entretien d'environ {dur}, quelles seraient vos disponibilités la semaine prochaine ?",
                  "i|Tu serais dispo quand la semaine prochaine pour un échange avec {iv} ? Envoie-moi quelques options.",
                  "i|Dis-moi tes dispos des prochains jours et j'organise ça avec l'équipe."],
    "inv.cal": ["f|Vous trouverez ci-joint l'invitation pour notre entretien. Au plaisir d'échanger avec vous.", "f|Comme convenu, voici l'invitation à notre rendez-vous.",
                "f|Voici l'invitation officielle pour votre entretien {when}.", "i|Je t'envoie l'invitation, à très vite !", "i|C'est calé, voici l'invit pour ton agenda."],
    "cal.sum": ["Entretien {company} – Inês Hofmann", "Entretien : {role}", "{company} <> Inês Hofmann", "Échange Inês Hofmann / {company}", "Rencontre {role} | {company}"],
    "inv.remind.s": ["Rappel : votre rendez-vous avec {company}", "Demain : votre entretien chez {company}", "Rappel de votre rendez-vous", "Bientôt : votre échange avec {company}"],
    "inv.remind": ["Ceci est un rappel de votre rendez-vous avec {company} {when}.", "Votre rendez-vous avec {iv} approche : {when}.",
                   "Petit rappel : votre entretien vidéo ({role}) a lieu {when}.", "Votre rendez-vous réservé avec {company} approche."],
    "inv.resched": ["f|Je suis au regret de devoir déplacer notre rendez-vous {old_when}, {iv1} ayant un empêchement. {when} vous conviendrait-il ?",
                    "f|Pour des raisons d'agenda, nous devons décaler l'entretien. Nouveau créneau : {when} (au lieu de {old_when}).",
                    "f|Petit changement : nous décalons l'entretien, il aura lieu {when}. J'espère que cela vous convient toujours.",
                    "i|Désolée pour le contretemps – on peut passer de {old_when} à {when} ? {iv1} a un conflit.", "i|On doit réorganiser : nouveau créneau {when}. Ça te va ?"],
    "inv.onsite": ["f|Nous avons le plaisir de vous inviter au dernier tour dans nos locaux. La journée débutera {when} ; voici le programme :",
                   "f|Comme évoqué, nous vous invitons à passer une demi-journée avec nous à {city}. Début : {when}. Programme :",
                   "i|On t'invite dans nos locaux pour le dernier tour – ça commence {when}. Voici le programme :",
                   "i|Pour la dernière étape, on aimerait te rencontrer sur place, {when}. Au programme :"],
    "inv.confirm.s": ["Confirmé : {event}", "Nouvel événement : {event} avec {host}", "Votre réservation avec {company} est confirmée"],
    "inv.confirm": ["Votre rendez-vous est planifié. Une invitation calendrier est jointe à cet e-mail.", "Vous avez rendez-vous avec {host} ({company}).",
                    "Merci pour votre réservation, voici les détails :"],
    "inv.prep": ["f|Merci de prévoir environ {dur}.", "f|Munissez-vous d'une pièce d'identité et présentez-vous à l'accueil quelques minutes avant.",
                 "f|Aucune préparation particulière n'est nécessaire ; une présentation de votre parcours en cinq minutes serait appréciée.",
                 "i|N'hésite pas à venir avec tes questions !", "i|Dress code : comme tu es, on est très détendus.", "i|Prévois environ {dur}."],
    "inv.ask": ["f|Merci de bien vouloir me confirmer votre présence.", "f|Pourriez-vous me confirmer que ce créneau vous convient ?",
                "f|Si ce créneau ne vous convient pas, n'hésitez pas à me proposer une alternative.", "i|Tu me confirmes ?", "i|Si ça ne t'arrange pas, dis-le-moi."],
    "mode.video": ["f|L'entretien se déroulera sur {tool} : {link}", "Lien de connexion ({tool}) : {link}", "i|On se retrouve sur {tool} : {link}", "Lien : {link}"],
    "mode.site": ["f|Adresse : {place}. Merci de vous présenter {reception}.", "f|Nos bureaux se trouvent au {place}.", "i|On est au {place} – demande-moi {reception}."],
    "mode.phone": ["f|Nous vous appellerons au {phone}.", "f|Je vous appellerai au {phone} – ce numéro est-il toujours valable ?", "i|Je t'appelle au {phone}.",
                   "i|En cas d'imprévu, mon numéro : {rphone}."],
    "as.s": ["Votre évaluation pour {company}", "Invitation à un test en ligne – {role}", "{company} vous invite à passer un test", "Prochaine étape : test en ligne ({role})"],
    "as.vendor": ["f|{company} vous invite à passer une évaluation en ligne sur {vendor} dans le cadre de votre candidature au poste de {role}. Le test dure environ {mins} minutes et doit être réalisé avant le {deadline}.",
                  "f|Pour la suite du processus, nous vous remercions de compléter le test « {test} » avant le {deadline}.",
                  "f|Vous êtes invité(e) à une évaluation pour le poste de {role} chez {company}. Le lien est valable jusqu'au {deadline}.",
                  "i|{company} aimerait mieux te connaître et t'envoie un court test ({test}, environ {mins} minutes). Tu as jusqu'au {deadline}."],
    "as.tips": ["Conseil : utilisez un ordinateur et une connexion stable.", "Le test ne peut pas être interrompu : prévoyez {mins} minutes d'affilée.",
                "En cas de problème technique, contactez le support {vendor}."],
    "as.remind.s": ["Rappel : votre test pour {company} expire bientôt", "Toujours à faire : {test}", "Plus que quelques jours pour votre évaluation"],
    "as.remind": ["Votre test pour {company} n'est pas encore terminé. Le lien expire le {deadline}.",
                  "Vous n'avez pas encore commencé le test « {test} » de {company}. Merci de le compléter avant le {deadline}."],
    "as.case.s": ["f|Étude de cas pour la prochaine étape", "f|Cas pratique – {role}", "i|Un petit exercice pour toi"],
    "as.case": ["f|Pour la prochaine étape, nous vous proposons de travailler sur {case}. Vous trouverez le sujet en pièce jointe ; merci de nous envoyer votre travail avant le {deadline}.",
                "f|Vous trouverez ci-joint un cas pratique : {case}. Comptez environ {hours} heures. À rendre avant le {deadline}.",
                "i|Avant de se revoir, on a un petit exercice pour toi : {case}. Tout est dans le PDF, à rendre avant le {deadline}.",
                "i|Comme promis, voici l'étude de cas ({case}). Pas plus de {hours} heures, hein !"],
    "as.case2": ["f|Vous présenterez votre travail lors du prochain entretien (environ 20 minutes).", "f|Je reste à votre disposition pour toute question sur le sujet.",
                 "i|Une question ? Écris-moi !", "i|Tu nous le présenteras au prochain rendez-vous."],
    "as.video.s": ["Votre entretien vidéo différé – {company}", "Entretien vidéo enregistré – {role}"],
    "as.video": ["f|Pour la prochaine étape, nous vous invitons à un entretien vidéo différé sur HireVue : vous répondrez à {n} questions en vidéo, au moment qui vous convient, avant le {deadline}.",
                 "f|Pour le poste de {role}, nous utilisons un entretien vidéo enregistré. Vous disposerez de trois minutes par question ({n} questions). Merci de le compléter avant le {deadline}.",
                 "i|Prochaine étape : un court entretien vidéo enregistré ({n} questions). Il te faut juste une caméra et un micro – avant le {deadline}."],
    "rep.s": ["f|Votre candidature au poste de {role}", "f|Point d'étape – {role}", "f|Question concernant votre candidature", "f|Votre candidature chez {company}",
              "i|Des nouvelles de ta candidature", "i|Petite question"],
    "rep.review": ["f|Je me permets de vous informer que votre candidature est toujours en cours d'étude. Nous reviendrons vers vous {promise}.",
                   "f|Nous n'avons pas encore terminé l'examen des candidatures. Vous aurez de nos nouvelles {promise}.",
                   "f|Le manager étudie encore les dossiers ; je pense pouvoir vous faire un retour {promise}.",
                   "f|Votre candidature est toujours en cours. En raison des congés, notre retour prend un peu plus de temps ; nous reviendrons vers vous {vague}.",
                   "i|Petit signe de vie : on est toujours dessus et on revient vers toi {promise}.",
                   "i|Tu es toujours dans la course ! Il nous faut juste un peu plus de temps – tu auras des nouvelles {promise}."],
    "rep.docs": ["f|Afin de poursuivre l'étude de votre candidature, pourriez-vous nous transmettre {docs} ?",
                 "f|Avant de vous proposer un entretien, je vous remercie de m'envoyer {docs}.",
                 "f|Il nous manque {docs} pour compléter votre dossier. Vous pouvez simplement répondre à cet e-mail.",
                 "i|Tu pourrais m'envoyer {docs} ? Je transmets ensuite tout à l'équipe."],
    "rep.hold": ["f|Merci pour votre relance. Le recrutement pour le poste de {role} est actuellement suspendu en raison d'une réorganisation interne. Nous reviendrons vers vous dès sa reprise.",
                 "f|Le poste est temporairement gelé, dans l'attente de la validation du budget. Votre candidature reste bien active.",
                 "f|Nous avons dû mettre le processus en pause. Je pense que nous pourrons le relancer {vague}.",
                 "i|Merci pour la relance ! Le poste est en stand-by pour l'instant, il y a des changements dans l'équipe. Je te tiens au courant dès que ça repart."],
    "rep.timeline": ["f|Merci encore pour cet échange. Nous rencontrons d'autres candidats cette semaine et reviendrons vers vous {promise} avec une décision.",
                     "f|L'équipe est en train de se concerter. Vous aurez un retour de ma part {promise}.",
                     "f|Petit point d'étape : les derniers entretiens ont lieu la semaine prochaine ; nous prendrons notre décision {vague}.",
                     "f|Nous échangeons encore avec {iv1} et reviendrons vers vous {promise}.",
                     "i|Merci pour ton temps ! On voit encore deux personnes cette semaine et on revient vers toi {promise}.",
                     "i|{iv1_first} a beaucoup apprécié l'échange. Laisse-nous un peu de temps, tu auras des nouvelles {promise}."],
    "rep.answer": ["f|Merci pour votre message. Aucune décision n'a encore été prise, {iv1} étant en congés cette semaine. Je reviens vers vous {promise}.",
                   "f|Merci pour votre patience. Nous n'y sommes pas encore tout à fait, mais nous comptons vous répondre {promise}.",
                   "f|Nous attendons encore la validation de la direction. Je vous tiens informée dès que j'en sais plus.",
                   "i|Merci pour la relance ! On n'a pas encore tranché, mais je reviens vers toi {promise}.",
                   "i|Désolée pour l'attente, toujours pas de décision – je te tiens au courant."],
    "rep.q": ["f|Avant d'organiser la suite : quelles sont vos prétentions salariales et quelle est la durée de votre préavis ?",
              "f|Pourriez-vous m'indiquer votre date de disponibilité et si une installation à {city} serait envisageable pour vous ?",
              "f|Une petite question : avez-vous besoin d'un permis de travail ou êtes-vous ressortissante de l'UE ?",
              "i|Petite question avant tout : tu vises quel salaire et tu pourrais commencer quand ?",
              "i|Un déménagement à {city}, ce serait envisageable pour toi, ou tu cherches plutôt en full remote ?"],
    "rep.cv": ["f|Merci pour votre retour rapide ! Pour que je puisse présenter votre profil au manager, pourriez-vous m'envoyer votre CV à jour ?",
               "f|Ravie de votre intérêt. Je transmets votre profil à {iv1} et je reviens vers vous {promise} pour la suite.",
               "i|Top, ça me fait plaisir ! Envoie-moi ton CV à jour et je te présente à l'équipe.",
               "i|Génial ! Je transmets ton profil à {iv1_first} et je reviens vers toi {vague}."],
    "rep.post": ["f|Bienvenue parmi nous ! Pour préparer votre contrat, nous avons besoin de {docs} ainsi que de votre numéro de sécurité sociale et d'un RIB.",
                 "f|Merci d'avoir accepté notre proposition. Pour la suite, nous vous remercions de nous transmettre une copie de votre pièce d'identité et {docs}.",
                 "f|Ravie de votre réponse positive ! Vous trouverez ci-joint le dossier d'intégration à nous retourner complété.",
                 "i|Trop contente que tu nous rejoignes ! Pour ton contrat, il me faut encore {docs} et ton RIB."],
    "rep.ivcancel": ["f|Je suis désolée, nous devons annuler notre rendez-vous {old_when} suite à un changement de notre côté. Je vous propose de nouveaux créneaux {promise}.",
                     "f|Veuillez nous excuser : l'entretien {old_when} ne pourra pas avoir lieu. Je reviens vers vous {vague} avec d'autres options.",
                     "i|Désolée, on doit annuler {old_when} – je t'envoie d'autres créneaux {promise}."],
    "rep.status.s": ["Le statut de votre candidature a changé", "Mise à jour : votre candidature au poste de {role}", "Du nouveau concernant votre candidature chez {company}"],
    "rep.status": ["f|Le statut de votre candidature a évolué : votre dossier est actuellement étudié par le manager.",
                   "f|Votre candidature est passée à l'étape suivante. Nous vous tiendrons informée dès que possible.",
                   "i|Ta candidature avance : l'équipe est en train de regarder ton dossier."],
    "out.s": ["f|Votre profil – {role} chez {company}", "f|Opportunité : {role} à {city}", "f|Un poste qui pourrait vous intéresser", "f|{company} recrute",
              "i|Envie de rejoindre {company} ?", "i|Petite question sur ton profil"],
    "out.s.agency": ["{role} – {company}, {city}", "Opportunité chez {company}", "Poste de {role} chez notre client {company}"],
    "out.s.conf": ["Confidentiel : {role} ({city})", "Approche discrète – {role}", "Un nouveau défi en tant que {role} ?"],
    "out.direct": ["f|En cherchant un nouveau talent pour notre équipe, je suis tombée sur votre profil : {field_desc} correspond très bien à notre poste de {role}.",
                   "f|Je m'appelle {rname}, {rtitle} chez {company}. Nous recrutons un(e) {role} et votre expérience en {skill} a retenu mon attention.",
                   "f|Je me permets de vous contacter car nous recrutons pour un poste de {role} à {city}, et votre parcours me semble parfaitement correspondre.",
                   "i|Je suis {rfirst}, de l'équipe recrutement de {company}. Ton profil m'a tapé dans l'œil, notamment ton expérience en {skill}. On recrute un(e) {role} – ça te dirait d'en savoir plus ?",
                   "i|J'espère que tu ne m'en voudras pas de te contacter comme ça : on agrandit l'équipe de {company} autour du poste de {role} et je pense que tu serais top."],
    "out.hm": ["f|Je dirige l'équipe de {company} dans laquelle nous recrutons un(e) {role}. Votre profil, notamment en {skill}, m'a interpellé.",
               "i|Je suis {rfirst}, {rtitle} chez {company}. Je cherche un(e) {role} pour mon équipe et ton profil m'a vraiment intrigué."],
    "out.agency": ["f|Je suis {rtitle} chez {agency} et j'accompagne notre client {company} dans le recrutement d'un(e) {role} à {city}. Votre expérience en {skill} correspond parfaitement au besoin.",
                   "f|Pour le compte de {legal}, je recherche un(e) {role}. Votre profil m'a convaincue et j'aimerais vous présenter le poste.",
                   "i|Je bosse chez {agency} et je recrute un(e) {role} pour {company} à {city}. Ça te parle ?"],
    "out.conf": ["f|Je suis {rtitle} chez {agency}. Pour {client_desc}, je recherche en exclusivité un(e) {role} maîtrisant {skill}. Je pourrai vous communiquer le nom de l'entreprise lors d'un échange.",
                 "f|Mon client, {client_desc}, souhaite pourvoir un poste de {role} en toute confidentialité. Votre profil correspond parfaitement.",
                 "i|Je recrute pour un client ({client_desc}) un(e) {role}. Je ne peux pas en dire plus par mail – partante pour un petit appel ?"],
    "out.cta": ["f|Seriez-vous disponible pour un court échange téléphonique dans les prochains jours ?", "f|Je serais ravie d'avoir un retour de votre part, même bref.",
                "f|Je peux vous envoyer la fiche de poste au préalable.", "i|Dis-moi si tu es partante pour un call rapide.", "i|Je t'envoie plus d'infos si tu veux – réponds simplement à ce mail."],
    "out.nudge": ["f|Je me permets de revenir vers vous, n'ayant pas eu de retour. Le poste de {role} chez {company} est toujours ouvert.",
                  "f|Puis-je me permettre une petite relance concernant mon précédent message ? Je serais ravie de vous présenter le poste.",
                  "i|Je relance au cas où mon message serait passé à la trappe – le poste est toujours ouvert !", "i|Petite relance : ça te dirait d'échanger sur le poste de {role} ?"],
    "out.nudge.conf": ["f|Je me permets de vous relancer : le poste confidentiel de {role} est toujours ouvert et mon client serait ravi de vous rencontrer.",
                       "i|Petit rappel de mon message de la semaine dernière – le poste de {role} est toujours à pourvoir."],
    "out.inmail.s": ["{rname} vous a envoyé un message", "Nouveau message de {rname} ({company})", "InMail : {role} chez {company}"],
    "out.inmail": ["Vous avez un nouveau message de {rname}, {rtitle} chez {company} :", "{rname} souhaite échanger avec vous :"],
    "off.s": ["f|Votre proposition d'embauche – {role}", "f|Proposition de {company}", "f|Notre proposition", "i|On veut que tu nous rejoignes !", "i|Ta proposition chez {company}"],
    "off.letter": ["f|Nous avons le plaisir de vous proposer le poste de {role} chez {company} ! Vous trouverez ci-joint votre promesse d'embauche.",
                   "f|Suite à nos échanges très positifs, j'ai le plaisir de vous faire une proposition officielle pour le poste de {role}. Les détails figurent dans le document joint.",
                   "f|C'est avec une grande joie que nous vous proposons de rejoindre notre équipe en tant que {role}. Le contrat est joint pour relecture.",
                   "i|Super nouvelle : on aimerait que tu rejoignes {company} en tant que {role} ! Ta proposition est en pièce jointe.",
                   "i|L'équipe est unanime, on te propose le poste de {role}. Tout est dans la proposition jointe."],
    "off.deadline": ["f|Nous serions heureux d'avoir votre réponse avant le {deadline}. Je reste à votre disposition pour toute question.",
                     "f|Merci de nous retourner le document signé avant le {deadline}.", "i|Dis-nous avant le {deadline} – et appelle-moi si tu as la moindre question !"],
    "off.call.s": ["f|Bonne nouvelle – pouvons-nous échanger ?", "f|Votre proposition : point téléphonique", "f|Proposition pour le poste de {role}", "i|Bonne nouvelle 🙂", "i|Tu as 15 minutes ?"],
    "off.call": ["f|J'ai une excellente nouvelle : nous souhaitons vous faire une proposition pour le poste de {role}. Seriez-vous disponible {when} pour un court appel afin que je vous présente les conditions ?",
                 "f|L'équipe vous a choisie, et j'aimerais vous présenter notre proposition de vive voix. Un appel {when} vous conviendrait-il ?",
                 "i|J'ai une proposition à te faire ! On s'appelle {when} pour voir les détails ensemble ?",
                 "i|On veut te proposer le poste 🎉 Tu es dispo {when} ? Je te dis tout sur le salaire et la date de démarrage."],
    "off.esign.s": ["{sender} vous a envoyé un document à signer : {doc}", "Document à signer : {doc}", "Signature requise : {doc}"],
    "off.esign": ["{sender} ({company}) vous a envoyé un document à consulter et signer électroniquement via {vendor}.",
                  "Vous êtes invitée à signer le document suivant : {doc}."],
    "off.esign.msg": ["f|Message de {sender} : Madame, veuillez trouver votre contrat de travail au poste de {role}. Au plaisir de travailler ensemble !",
                      "f|Message : comme convenu, notre proposition pour le poste de {role} – merci de la relire et de la signer.",
                      "i|Message de {sender} : Hello Inês, voici ta promesse d'embauche – bienvenue dans l'équipe !"],
    "off.revised": ["f|Merci pour votre retour transparent. Après discussion en interne, nous pouvons vous proposer une rémunération révisée : {salary}. Les autres conditions restent inchangées.",
                    "f|Nous acceptons de faire un pas vers vous et portons la rémunération à {salary}. Vous trouverez la proposition révisée en pièce jointe.",
                    "i|Bonne nouvelle : on peut monter à {salary}. La proposition mise à jour est en PJ."],
    "ty.s": ["f|Merci pour notre entretien", "f|Suite à notre entretien – {role}", "f|Remerciements – entretien {role}", "i|Merci pour aujourd'hui !", "i|Merci pour l'échange"],
    "ty.c": ["f|Je tenais à vous remercier pour le temps que vous m'avez accordé aujourd'hui. Notre échange m'a donné une très bonne image de {company} et du poste de {role}.",
             "f|Merci beaucoup pour cet entretien riche et pour la présentation de votre équipe.",
             "f|Je souhaitais vous remercier à nouveau pour notre rencontre, qui a renforcé mon envie de rejoindre {company}.",
             "i|Merci encore pour l'échange d'aujourd'hui, j'ai passé un super moment !",
             "i|Merci pour ton temps et ta transparence. J'ai encore plus envie de rejoindre {company}."],
    "ty.detail": ["f|J'ai particulièrement apprécié notre discussion sur {topic}.", "f|Ce que vous m'avez présenté sur {topic} m'a montré comment mon expérience pourrait y contribuer.",
                  "i|J'ai adoré entendre parler de {topic}.", "i|Je repense encore à {topic} – j'ai déjà quelques idées !"],
    "ty.close": ["f|Dans l'attente de votre retour, je reste à votre disposition.", "f|N'hésitez pas à me contacter si vous avez besoin d'informations complémentaires.",
                 "i|Au plaisir d'avoir de tes nouvelles !", "i|Si tu as d'autres questions, n'hésite pas."],
    "fu.s": ["f|Suivi de ma candidature – {role}", "f|Relance : {role}", "f|Point sur ma candidature", "i|Petite relance", "i|Des nouvelles ?"],
    "fu.c": ["f|J'espère que vous allez bien. Suite à notre entretien du {when_done}, je me permets de revenir vers vous pour savoir si vous aviez des nouvelles concernant le poste de {role}.",
             "f|Je me permets de vous relancer afin de connaître l'avancement du processus. Je reste très motivée par le poste.",
             "f|Notre entretien avec {iv1} remontant à une semaine environ, je me permets de prendre de vos nouvelles.",
             "i|Je voulais juste savoir s'il y avait du nouveau. Je suis toujours super motivée par le poste !",
             "i|Petite question : où en êtes-vous de votre côté ? Une décision a-t-elle été prise ?"],
    "fu.apply": ["f|J'ai postulé au poste de {role} le {when_done} et je souhaitais savoir si mon dossier était complet et quelles seraient les prochaines étapes.",
                 "f|J'ai candidaté il y a quelques semaines au poste de {role} et je me permets de vous demander où en est ma candidature.",
                 "i|J'ai postulé pour le poste de {role} il y a quelques semaines et je voulais savoir si vous aviez eu le temps de regarder ma candidature."],
    "fu.promise": ["f|Vous m'aviez indiqué un retour vers cette période. Auriez-vous des nouvelles concernant le poste de {role} ?",
                   "f|Je me permets de vous demander, très poliment, si une décision a été prise.", "i|Tu m'avais dit que vous reviendriez vers moi vers maintenant – du nouveau ?"],
    "fu.close": ["f|Je vous remercie par avance pour votre retour.", "f|Je reste à votre disposition pour tout complément.", "i|Merci d'avance !", "i|Au plaisir de te lire."],
    "o.acceptslot": ["f|Merci pour votre invitation ! Je vous confirme le créneau suivant : {slot}. Au plaisir d'échanger avec vous.",
                     "f|Je vous confirme volontiers ma disponibilité : {slot}.", "i|Merci ! {slot}, c'est parfait – à bientôt !"],
    "o.interested": ["f|Merci pour votre message. Le poste m'intéresse beaucoup et je serais ravie d'en discuter. Quand seriez-vous disponible ?",
                     "f|Merci de m'avoir contactée ! J'aimerais en savoir plus sur le poste de {role}.", "i|Merci pour ton message, ça a l'air top ! Je suis partante pour un call."],
    "o.withdraw": ["f|Je souhaite vous informer que je retire ma candidature au poste de {role}, ayant accepté une autre proposition. Je vous remercie pour votre temps et votre intérêt.",
                   "f|Après réflexion, j'ai décidé de retirer ma candidature. Merci pour nos échanges très agréables.",
                   "i|Je voulais te dire que je retire ma candidature – j'ai accepté une autre offre. Merci pour tout !"],
    "o.withdraw.s": ["Retrait de ma candidature – {role}", "Ma candidature au poste de {role}"],
    "o.negotiate": ["f|Merci beaucoup pour cette proposition, qui me fait très plaisir. Avant de donner ma réponse, j'aimerais revenir sur la rémunération : au vu de mon expérience, j'envisageais plutôt {salary}. Y aurait-il une marge de manœuvre ?",
                    "i|Merci pour la proposition, je suis ravie ! Côté salaire, je pensais plutôt à {salary} – est-ce qu'il y a de la marge ?"],
    "o.acceptoffer": ["f|Je vous remercie vivement pour cette proposition, que j'accepte avec grand plaisir. J'ai hâte de rejoindre {company} !",
                      "f|Je vous confirme mon acceptation pour le poste de {role}. Je vous retourne le contrat signé dans les prochains jours.",
                      "i|C'est oui ! 🎉 Merci, j'ai trop hâte de vous rejoindre."],
    "o.generic.s": ["Re : {role}", "{role} – {company}", "Inês Hofmann – {role}"],
    "o.ooo": ["Merci pour votre message. Je suis absente du bureau jusqu'au {back} inclus, avec un accès limité à mes e-mails. Pour toute urgence, merci de contacter {colleague} ({colleague_mail}).",
              "Je suis actuellement absent(e) et serai de retour le {back}. Votre message ne sera pas transféré.",
              "Bonjour, je suis en congés jusqu'au {back}. Pour les candidatures en cours, {colleague} ({colleague_mail}) pourra vous répondre."],
    "o.viewed.s": ["Votre candidature a été consultée", "{company} a consulté votre candidature", "Du nouveau : votre candidature a été vue"],
    "o.viewed.c": ["{company} a consulté votre candidature pour le poste de {role}. C'est le bon moment pour mettre à jour votre profil.",
                   "Votre candidature au poste de {role} a été ouverte par le recruteur. Nous vous tiendrons au courant."],
}

B.update({
    "x.alert.s": ["{n} nouvelles offres pour « {query} »", "Alerte emploi : {query} à {city}", "De nouvelles offres qui vous correspondent", "Votre alerte du jour : {n} offres"],
    "x.alert.c": ["Voici les dernières offres pour votre recherche « {query} » :", "Nous avons trouvé de nouvelles offres pour « {query} » aujourd'hui :",
                  "Ces entreprises recrutent en ce moment – postulez en un clic :"],
    "x.alert.x": ["Astuce : un profil complet vous permet de postuler en un clic.", "Postulez tôt : les premières candidatures sont souvent lues en priorité.",
                  "Vous pouvez modifier ou suspendre cette alerte dans vos paramètres."],
    "x.news.s": ["Réussir son entretien d'embauche : le guide", "Négocier son salaire : 7 conseils avant d'accepter une offre", "Votre newsletter carrière du mois"],
    "x.news.c": ["Votre newsletter carrière {board}. Au sommaire :", "Nouveau sur le magazine {board} – notre sélection pour votre recherche d'emploi :"],
    "x.news.items": ["Les 10 questions les plus fréquentes en entretien", "Comment négocier une offre d'emploi", "La lettre de motivation est-elle encore utile ?",
                     "Travailler à distance depuis l'étranger : ce qu'il faut savoir", "Entretien vidéo : check technique en cinq minutes", "Un refus ? Comment rester motivé(e)"],
    "x.news.from": ["Le Mag"],
    "x.account.s": ["Confirmez votre adresse e-mail", "Votre compte candidat a été créé", "Réinitialisation du mot de passe", "Votre code de vérification : {code}"],
    "x.account.c": ["Merci de confirmer votre adresse e-mail pour activer votre espace candidat {company}.", "Vous avez demandé la réinitialisation de votre mot de passe. Votre code : {code} (valable 15 minutes).",
                    "Bienvenue sur le site carrières de {company} ! Votre compte vous permet d'enregistrer vos candidatures."],
    "x.views.s": ["Votre profil a été consulté {n} fois", "Vous êtes apparue dans {n} recherches cette semaine", "Qui a consulté votre profil ?"],
    "x.views.c": ["Des recruteurs ont consulté votre profil {n} fois ces 7 derniers jours. Passez à Premium pour savoir qui.", "Vous êtes apparue dans {n} recherches : les recruteurs cherchent des profils comme le vôtre."],
    "x.scam.s": ["Offre d'emploi : télétravail, {amount} € par jour", "Votre candidature est acceptée – début immédiat", "Entretien par WhatsApp"],
    "x.scam.c": ["Bonjour, nous avons trouvé votre CV sur un site d'emploi. Nous vous proposons un poste de testeuse produits en télétravail, {amount} € par jour, sans expérience.",
                 "Félicitations ! Vous avez été sélectionnée pour un poste à distance. Des frais d'inscription de 49 € sont nécessaires pour la formation.",
                 "Notre service RH souhaite faire un court entretien par WhatsApp. Écrivez-nous au {phone}."],
    "x.scam.x": ["Répondez vite, les places sont limitées !", "Merci de nous envoyer une copie de votre pièce d'identité et votre RIB.", "Cette offre n'est valable que 24 heures."],
    "x.flat.s": ["Votre dossier pour l'appartement {street}", "Invitation à une visite d'appartement", "Votre candidature locative"],
    "x.flat.c": ["Merci pour votre dossier concernant le T{n} situé {street}. Nous vous proposons une visite {when}. Merci d'apporter vos trois derniers bulletins de salaire.",
                 "Nous sommes au regret de vous informer que l'appartement {street} a été attribué à un autre candidat locataire.",
                 "Votre dossier de location a bien été reçu. L'agence reviendra vers vous après décision du propriétaire."],
    "x.card.s": ["Votre demande de carte bancaire", "Votre demande a été acceptée", "Nous étudions votre demande ({ref})"],
    "x.card.c": ["Merci pour votre demande de carte {bank}. Nous étudions votre dossier et revenons vers vous sous quelques jours.",
                 "Bonne nouvelle : votre demande de carte a été acceptée. Elle vous sera envoyée par courrier."],
    "x.visa.s": ["Confirmation de rendez-vous en préfecture", "Votre rendez-vous à la mairie", "Rendez-vous confirmé – demande de titre"],
    "x.visa.c": ["Votre rendez-vous est confirmé {when}. Numéro de dossier : {ref}. Présentez-vous avec votre pièce d'identité et un justificatif de domicile.",
                 "Nous vous confirmons votre rendez-vous {when} (référence {ref}). Tout retard peut entraîner l'annulation."],
    "x.school.s": ["Votre candidature au Mastère spécialisé", "Convocation à un entretien d'admission", "Décision d'admission – Executive Master"],
    "x.school.c": ["Merci pour votre candidature à notre Mastère spécialisé Supply Chain. Nous vous convions à un entretien d'admission {when}.",
                   "Votre dossier de candidature au master en alternance est complet. Le jury statuera après la clôture des inscriptions."],
    "x.promo.s": ["Aujourd'hui seulement : -{pct} % sur tout – notre offre pour vous", "Votre offre exclusive vous attend", "Dernière chance : l'offre se termine ce soir"],
    "x.promo.c": ["Profitez de -{pct} % chez {shop}. Offre valable jusqu'à dimanche.", "En tant que cliente fidèle, bénéficiez d'une offre spéciale : -{pct} % sur votre prochaine commande."],
    "x.social.s": ["{name} souhaite rejoindre votre réseau", "{name} a commenté votre publication", "Nouvelle invitation"],
    "x.social.c": ["{name} ({title}) souhaite rejoindre votre réseau.", "{name} a réagi à votre publication : « Félicitations pour ce nouveau chapitre ! »"],
    "x.receipt.s": ["Votre confirmation de réservation", "Votre facture {shop}", "Confirmation de paiement"],
    "x.receipt.c": ["Merci pour votre réservation chez {shop}. Montant : {amount} €. Votre facture est disponible dans votre espace client.", "Nous avons bien reçu votre paiement de {amount} €. Commande n° {ref}."],
    "x.personal.s": ["Alors, ça s'est passé comment ?", "Une offre pour toi", "On croise les doigts !"],
    "x.personal.c": ["Coucou Inês, alors cet entretien hier ? Raconte ! Et s'il y a une offre, négocie un peu 😉",
                     "Salut Inês, j'ai vu cette annonce et j'ai tout de suite pensé à toi – jette un œil, postule !",
                     "Chère Inês, on croise les doigts pour demain ! Tiens-nous au courant."],
    "x.event.s": ["Invitation : Forum emploi Supply Chain", "Webinaire : négocier sa prochaine offre", "Votre inscription à la soirée carrières"],
    "x.event.c": ["Vous êtes inscrite à notre événement {when}. Rencontrez plus de 40 recruteurs et faites relire votre CV.",
                  "Lors du webinaire {when}, nous verrons comment réussir vos entretiens et négocier votre offre. L'invitation calendrier est jointe."],
    "x.press.s": ["Demande d'interview pour notre podcast", "Interview pour le magazine des anciens", "Une petite interview sur ton parcours ?"],
    "x.press.c": ["J'anime le podcast « Les coulisses de la logistique » et j'aimerais beaucoup t'interviewer. {when}, ça te va ? Compte 30 minutes.",
                  "Pour le prochain numéro du magazine des anciens, nous aimerions t'interviewer sur ton parcours international – {when} sur Zoom ?"],
    "x.pes.s": ["Convocation à un entretien de suivi", "Votre rendez-vous France Travail", "Rappel de rendez-vous"],
    "x.pes.c": ["Vous êtes convoquée à un entretien de suivi {when}. Identifiant : {ref}. Merci de vous munir de votre CV.",
                "Nous vous rappelons votre rendez-vous {when}. En cas d'empêchement, merci de prévenir votre conseiller."],
    "x.survey.s": ["Comment s'est passé votre recrutement chez {company} ?", "Votre avis compte : courte enquête", "Votre expérience candidat"],
    "x.survey.c": ["Vous avez récemment postulé chez {company}. Êtes-vous satisfaite du processus ? Le questionnaire prend deux minutes.",
                   "Aidez-nous à progresser : évaluez votre parcours de candidature chez {company}. Vos réponses sont anonymes."],
    "x.outpersonal.s": ["Entretien aujourd'hui !", "Des nouvelles 🙂", "Petit point"],
    "x.outpersonal.c": ["Coucou {name}, je crois que l'entretien s'est super bien passé ! Ils doivent me répondre la semaine prochaine. Croise les doigts !",
                        "Salut {name}, j'ai reçu une offre ! Je réfléchis encore au salaire. Tu as un moment ce week-end pour en parler ?"],
    "x.outflat.s": ["Relance – mon dossier pour l'appartement", "Appartement {street} – pièces justificatives"],
    "x.outflat.c": ["Bonjour, j'ai déposé un dossier la semaine dernière pour l'appartement {street} et je souhaitais savoir s'il est toujours disponible. Je peux envoyer d'autres pièces.",
                    "Bonjour, comme convenu, voici mes justificatifs pour l'appartement {street}. Dans l'attente de votre retour."],
    "x.tc.s": ["Nouvelles offres chez {company}", "Votre newsletter talents {company}", "Des postes qui pourraient vous plaire"],
    "x.tc.c": ["En tant que membre de notre communauté talents, voici les dernières offres chez {company} :", "Nous grandissons ! Ces postes viennent d'ouvrir chez {company} :"],
    "x.bounce.s": ["Non remis : Suivi de ma candidature", "Échec de la remise du message", "Non distribuable : candidature"],
    "x.bounce.c": ["Votre message n'a pas pu être remis au destinataire suivant : {addr}. L'adresse e-mail n'existe pas.",
                   "Ce message a été généré automatiquement. Votre message n'a pas pu être délivré à : {addr}"],
})
OSEND = {
    "scam": [("Service RH", "rh.recrutement@mailbox-fast.example"), ("Emploi Express", "contact@quickhire.test")],
    "flat": [("Agence Immobilière du Parc", "location@agence-du-parc.example"), ("LocaDirect", "noreply@locadirect.example")],
    "card": [("Banque Rhône-Alpes Directe", "cartes@bra-directe.example"), ("Crédit Mutualiste", "service@credit-mutualiste.example")],
    "visa": [("Préfecture – Prise de rendez-vous", "ne-pas-repondre@rdv-prefecture.example"), ("Mairie – État civil", "rdv@mairie-service.example")],
    "school": [("École de Management de la Loire – Admissions", "admissions@eml-loire.example"), ("Institut Supérieur de Logistique", "mastere@isl.example")],
    "promo": [("Voyages Azur", "offres@voyages-azur.example"), ("Librairie Plume", "newsletter@librairie-plume.example")],
    "receipt": [("Rail Express", "billets@rail-express.example"), ("LinkedIn Premium", "billing@linkedin-mail.example")],
    "personal": [("Camille Dubois", "camille.dubois@messagerie.example"), ("Léa Martin", "lea.martin@courriel.example")],
    "event": [("Forum Emploi Lyon", "contact@forum-emploi-lyon.example"), ("Femmes & Logistique", "webinaires@femmes-logistique.example")],
    "press": [("Julie Marchand", "julie@coulisses-logistique.example"), ("Magazine des Anciens", "redaction@alumni-mag.example")],
    "pes": [("France Travail – Votre conseiller", "ne-pas-repondre@francetravail-service.example")],
}

ELIDE = True
CONTRACT = [("à", "le", "au"), ("à", "les", "aux"), ("de", "le", "du"), ("de", "les", "des")]
UI["open"] = "Voir le détail"

UI["test"] = "Évaluation"
