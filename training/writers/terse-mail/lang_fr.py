"""French (France, Belgium): short mail written by people; vous and tu."""
from lang_en import F

CODE = "fr"
P_FORMAL = 0.65
WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WDA = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
       "décembre"]
MONA = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def _h(t, rng):
    if t.minute == 0:
        return rng.choice([f"{t.hour}h", f"{t.hour}h00", f"{t.hour}:00"])
    return rng.choice([f"{t.hour}h{t.minute:02d}", f"{t.hour}:{t.minute:02d}"])


def when(t, rng, reg, zone):
    wd, d, mon = WD[t.weekday()], t.day, MON[t.month - 1]
    dd = "1er" if d == 1 else str(d)
    return rng.choice([f"le {wd} {dd} {mon} à {_h(t, rng)}", f"{wd} {dd} {mon} à {_h(t, rng)}",
                       f"le {wd} {d:02d}/{t.month:02d} à {_h(t, rng)}"])


def tomorrow(t, rng, reg, zone):
    return rng.choice([f"demain à {_h(t, rng)}", f"demain ({WD[t.weekday()]}) à {_h(t, rng)}"])


def quote_hdr(t, name, addr, rng, reg):
    if rng.random() < 0.7:
        return f"Le {WDA[t.weekday()]} {t.day} {MONA[t.month - 1]} {t.year} à {t.hour:02d}:{t.minute:02d}, {name} <{addr}> a écrit :"
    return f"Le {t.day} {MON[t.month - 1]} {t.year} à {t.hour:02d}:{t.minute:02d}, {name} <{addr}> a écrit :"


def city(reg, co):
    return {"Europe/Brussels": "Bruxelles"}.get(co[3], rng_city(co))


def rng_city(co):
    return "Lyon" if "coquelicot" in co[1] else "Paris"


import re as _re


def fix(text):
    """Elide 'de'/'que' before a vowel where a slot put a role or company starting with one."""
    return _re.sub(r"\b(d|qu)e ([AEIOUÉaeiou])", r"\1'\2", text)


RE = ["Re: ", "RE: ", "Re : "]
PHONE = ["Envoyé de mon iPhone", "Envoyé depuis mon smartphone", "Envoyé de mon téléphone"]
GREET_ME = {"f": ["Bonjour Madame Lindgren,", "Madame,", "Bonjour Mira,", "Chère Madame Lindgren,", "Bonjour,"],
            "i": ["Salut Mira,", "Bonjour Mira,", "Hello Mira,", "Coucou Mira,", "Mira,"]}
GREET_TO = {"f": {"f": ["Bonjour Madame {tl},", "Madame,", "Bonjour {tf},", "Chère Madame {tl},"],
                  "m": ["Bonjour Monsieur {tl},", "Monsieur,", "Bonjour {tf},", "Cher Monsieur {tl},"]},
            "i": {"f": ["Salut {tf},", "Bonjour {tf},", "Hello {tf},"], "m": ["Salut {tf},", "Bonjour {tf},", "Hello {tf},"]}}
CLOSE = {"f": ["Bien cordialement,", "Cordialement,", "Bien à vous,", "Belle journée,", "Sincères salutations,"],
         "i": ["Bonne journée,", "À bientôt,", "Bises,", "Belle soirée,", "Merci,", "À plus,"]}
TITLES = [("Chargé de recrutement", "Chargée de recrutement"), ("Responsable RH",) * 2, ("Talent Acquisition Manager",) * 2,
          ("DRH",) * 2, ("Responsable Data",) * 2, ("Fondateur", "Fondatrice")]
IV_TITLES = [("directeur des opérations", "directrice des opérations"), ("notre CTO",) * 2,
             ("responsable de l'équipe Data",) * 2, ("manager Supply Chain",) * 2]
ATS_NAMES = ["Recrutement {co}", "{co} Carrières", "L'équipe recrutement {co}"]
SIG_TEAM = ["L'équipe Recrutement {co}", "{co} - Ressources humaines"]
CLIENT_HIDDEN = ["mon client", "notre client"]
CLIENT_DESC = ["une PME logistique en pleine croissance à {city}", "un assureur bien établi à {city}",
               "une scale-up de la tech à {city}", "un groupe industriel près de {city}"]
ROLES = ["Analyste de données", "Data Analyst", "Chargée d'études statistiques", "Analyste Supply Chain",
         "Business Analyst", "Cheffe de projet Data"]
VAGUE = ["Petite question", "Prochaines étapes", "Suite", "Bonjour", "Point d'étape", "Votre candidature", "",
         "Info", "Échange"]

SUBJ = {
    "application_ack": ["f:Votre candidature", "Accusé de réception", "f:Votre candidature au poste de {role}",
                        "i:Ta candidature chez {co}", "Candidature {role}", "Re: Candidature {role}"],
    "recruiter_outreach": ["Opportunité {role}", "Poste de {role} chez {co}", "Un échange ?", "f:Votre profil",
                           "Opportunité chez {co}"],
    "interview_invite": ["Invitation à un entretien", "Entretien - {role}", "Entretien chez {co}", "Proposition de créneau",
                         "On s'appelle ?", "Rencontre"],
    "assessment": ["Prochaine étape : étude de cas", "Test en ligne - {role}", "Cas pratique", "Exercice"],
    "recruiter_reply": ["Point d'étape", "Petit point", "Re: {role}", "f:Votre candidature - suite", "Quelques questions"],
    "rejection": ["f:Votre candidature", "f:Votre candidature au poste de {role}", "Suite à votre candidature",
                  "i:Ta candidature chez {co}", "Réponse à votre candidature"],
    "offer": ["Proposition", "Bonne nouvelle !", "Proposition d'embauche - {role}", "On s'appelle ?", "Offre {co}"],
    "thank_you": ["Merci", "Merci pour l'échange", "Merci - entretien {role}", "Merci !", "Notre entretien chez {co}"],
    "follow_up": ["Suivi de ma candidature", "Relance", "Candidature {role} - des nouvelles ?", "Suivi : {role} chez {co}",
                  "Des nouvelles ?"],
}

K = {
    "application_ack": [
        F("person", "f", ["Nous avons bien reçu votre candidature au poste de {role} et nous vous en remercions.",
                          "Merci pour votre candidature chez {co}. Nous l'étudions et revenons vers vous rapidement.",
                          "Je vous confirme la bonne réception de votre CV."]),
        F("person", "i", ["Merci pour ta candidature ! Je la regarde cette semaine.", "Bien reçu ton CV, merci ! Je le transmets à l'équipe."],
          short=True),
        F("ats", "*", ["Nous vous remercions pour votre candidature au poste de {role} chez {co}. Elle a bien été enregistrée.",
                       "Votre candidature pour le poste de {role} a bien été reçue. Nous reviendrons vers vous si votre profil correspond."],
          who="ats"),
    ],
    "recruiter_outreach": [
        F("direct", "f", ["J'ai découvert votre profil et je pense qu'il pourrait correspondre à notre poste de {role} chez {co}. Seriez-vous ouverte à un échange ?",
                          "Nous recrutons un(e) {role} et votre parcours a retenu mon attention. Auriez-vous un moment pour en parler ?"]),
        F("direct", "i", ["J'ai vu ton profil - on cherche un(e) {role} chez {co}. Ça te dit d'en discuter ?",
                          "Tu serais ouverte à de nouvelles opportunités ? On a un poste de {role} qui pourrait te plaire."], short=True),
        F("agency", "f", ["Je recrute actuellement un(e) {role} pour {client}. Seriez-vous disponible pour un court échange cette semaine ?",
                          "Je travaille sur un poste de {role} pour {desc}. Seriez-vous ouverte à une nouvelle opportunité ?"],
          who="agency"),
        F("nudge", "*", ["Je me permets de vous relancer concernant mon message ci-dessous.", "Petite relance - le poste est toujours ouvert !"],
          nudge=True, nodetail=True, short=True),
        F("nudge", "*", ["Je reviens vers vous au sujet du poste ci-dessous. Avez-vous eu le temps d'y réfléchir ?"], who="agency",
          nudge=True, nodetail=True, short=True),
    ],
    "interview_invite": [
        F("time", "f", ["Nous souhaiterions vous rencontrer pour un entretien {when}. Ce créneau vous convient-il ?",
                        "Suite à votre candidature au poste de {role}, je vous propose un entretien en visio {when}.",
                        "Nous avons le plaisir de vous convier à un entretien {when}."], time=True, meet=True),
        F("time", "i", ["Tu serais dispo {when} pour un entretien ?", "On aimerait te rencontrer ! Ça te va, un entretien {when} ?"], time=True, meet=True, short=True),
        F("time_self", "f", ["Je vous propose un échange téléphonique avec moi {when}. Je vous appellerai sur votre portable.",
                             "Seriez-vous disponible pour un appel avec moi {when} ?"], time=True, self=True),
        F("time_self", "i", ["On s'appelle {when} ? Je t'appelle sur ton portable.", "Un petit call avec moi {when}, ça te va ?"],
          time=True, self=True, short=True),
        F("ask", "f", ["Nous souhaiterions vous rencontrer pour un premier entretien. Pourriez-vous m'indiquer vos disponibilités la semaine prochaine ?",
                       "Votre profil nous intéresse pour le poste de {role}. Quand seriez-vous disponible pour un entretien ?"], meet=True),
        F("ask", "i", ["L'équipe aimerait te rencontrer ! Tu as quelles dispos la semaine prochaine ?",
                       "Prochaine étape : un entretien avec le manager. Envoie-moi quelques créneaux."], meet=True, short=True),
        F("ask_self", "*", ["f:J'aimerais faire un premier point téléphonique avec vous. Quand êtes-vous disponible cette semaine ?",
                            "i:Tu aurais 20 minutes cette semaine pour un appel avec moi ?"], self=True),
        F("ag_time", "f", ["Bonne nouvelle : {client} souhaite vous rencontrer {when}. Êtes-vous disponible ?"], who="agency", time=True),
        F("ag_ask", "f", ["Bonne nouvelle : {client} souhaite vous rencontrer. Quelles sont vos disponibilités ?"], who="agency"),
    ],
    "assessment": [
        F("case", "f", ["La prochaine étape consiste en une courte étude de cas. Vous trouverez le sujet ici : {tlink}",
                        "Nous vous proposons un cas pratique à réaliser chez vous ; vous aurez cinq jours pour le rendre."]),
        F("case", "i", ["Prochaine étape : un petit cas pratique, 2-3 heures max. Le lien : {tlink}",
                        "Tu pourrais faire un petit exercice SQL pour nous ? {tlink}"], short=True),
        F("test", "*", ["Merci de compléter notre test en ligne via ce lien : {tlink} (environ 40 minutes)."]),
        F("ats", "*", ["{co} vous invite à passer un test en ligne pour le poste de {role} : {tlink}"], who="ats"),
    ],
    "recruiter_reply": [
        F("wait", "f", ["Merci pour votre patience. Le processus est toujours en cours et je reviens vers vous dès que j'ai des nouvelles.",
                        "Merci pour votre message. Le manager n'a pas encore pris sa décision."]),
        F("wait", "i", ["Pas encore de nouvelles, désolée - le manager est en congés cette semaine.", "Toujours en attente du retour de l'équipe, je relance."],
          short=True),
        F("hold", "f", ["Petit point : le poste de {role} est suspendu pour le moment, le budget est en cours de révision. Je vous tiens au courant."]),
        F("docs", "*", ["f:Pourriez-vous m'indiquer vos prétentions salariales et votre préavis ?", "i:Tu peux m'envoyer deux références ?"],
          short=True),
        F("pos", "f", ["L'équipe a beaucoup apprécié l'échange et souhaite poursuivre avec vous. Je reviens vers vous pour la suite."]),
        F("ag", "f", ["J'ai transmis votre profil à {client} ; ils l'étudient cette semaine."], who="agency"),
    ],
    "rejection": [
        F("std", "f", ["Nous vous remercions pour votre intérêt. Malheureusement, nous ne donnerons pas suite à votre candidature.",
                       "Après étude de votre dossier, nous avons retenu un autre profil pour le poste de {role}.",
                       "Merci pour l'entretien. Nous avons malheureusement décidé de poursuivre avec une autre candidate."]),
        F("short", "i", ["Malheureusement, ça ne s'est pas fait cette fois - on est partis sur un autre profil.",
                         "Merci pour ta relance. Désolée, la réponse est négative.", "Le poste est déjà pourvu, désolé !"], short=True),
        F("filled", "f", ["Le poste de {role} a été pourvu en interne ; nous ne pouvons donc pas donner suite à votre candidature."]),
        F("ats", "*", ["Nous vous remercions pour votre candidature chez {co}. Nous ne sommes malheureusement pas en mesure d'y donner une suite favorable."],
          who="ats"),
        F("ag", "*", ["J'ai eu le retour de {client} : ils ont malheureusement choisi un autre candidat."], who="agency", short=True),
    ],
    "offer": [
        F("offer", "f", ["J'ai le plaisir de vous proposer le poste de {role} chez {co}. Vous recevrez la proposition écrite demain par e-mail.",
                         "Suite à vos entretiens, nous sommes heureux de vous faire une proposition d'embauche."]),
        F("offer", "i", ["Super nouvelle : on aimerait t'embaucher ! Je t'envoie la proposition aujourd'hui.",
                         "On te veut dans l'équipe ! Les détails de l'offre suivent."], short=True),
        F("call", "f", ["Auriez-vous quelques minutes aujourd'hui ? J'aimerais vous appeler : nous souhaitons vous faire une offre."],
          short=True, nodetail=True),
    ],
    "thank_you": [
        F("ty", "f", ["Merci pour l'entretien de ce matin. Le poste de {role} chez {co} me motive beaucoup.",
                      "Je tenais à vous remercier pour votre temps hier et pour la présentation de l'équipe."]),
        F("ty", "i", ["Merci encore pour l'échange aujourd'hui, j'ai beaucoup aimé !", "Merci pour ton temps hier, c'était très sympa."]),
    ],
    "follow_up": [
        F("fu", "f", ["Je me permets de revenir vers vous concernant ma candidature au poste de {role}.",
                      "Auriez-vous des nouvelles concernant ma candidature chez {co} ?"]),
        F("fu", "i", ["Je me permets de te relancer : des nouvelles pour le poste ?", "Petite relance pour le poste de {role} - tu as du nouveau ?"]),
    ],
    "other_out": [
        F("apply", "f", ["Je souhaite postuler au poste de {role} publié sur votre site. Mon CV est disponible ici : https://cv.example/mira-lindgren"],
          noreply=True),
        F("interest", "*", ["f:Merci pour votre message - je serais ravie d'en discuter.", "i:Ça a l'air intéressant ! Je suis dispo la plupart des après-midis."],
          parent="recruiter_outreach"),
        F("avail", "*", ["Merci ! Je suis disponible {when}, ou mercredi matin."], time=True, parent="interview_invite",
          parent_fam=["ask", "ask_self"]),
        F("avail_open", "f", ["Merci pour votre retour. Je suis assez flexible la semaine prochaine."], parent="recruiter_outreach"),
        F("accept", "*", ["Merci, ce créneau me convient parfaitement. À bientôt !", "Parfait, c'est noté.", "Très bien, je serai là."],
          reply=True, parent="interview_invite", parent_fam=["time", "time_self"], reuse_when=True),
        F("question", "*", ["Petite question avant notre échange : le poste est-il en télétravail partiel ?",
                            "Pourriez-vous me donner la fourchette de salaire pour le poste de {role} ?"]),
        F("decline", "*", ["Merci d'avoir pensé à moi, mais je ne suis pas en recherche en ce moment."], reply=True,
          parent="recruiter_outreach"),
        F("acc_offer", "f", ["J'accepte votre proposition avec plaisir ! J'ai hâte de commencer."], reply=True, parent="offer"),
        F("withdraw", "f", ["Je souhaite retirer ma candidature, ayant accepté une autre proposition. Merci pour votre temps."]),
        F("personal", "i", ["On se voit toujours samedi ? J'apporte le dessert.", "J'ai eu mon entretien aujourd'hui, je crois que ça s'est bien passé ! Je te raconte."],
          who="friend"),
        F("nonjob", "*", ["Je suis intéressée par l'appartement rue des Martyrs. Serait-il possible de le visiter ?"], who="friend"),
    ],
    "other_in": [
        F("friend_iv", "i", ["Alors, cet entretien ?? Appelle-moi !", "J'ai eu mon deuxième entretien à la banque aujourd'hui, croise les doigts pour moi !"],
          who="friend", lookalike=True, s=["alors ??", "entretien", "ce soir ?"], why="a friend writing about interviews"),
        F("friend_offer", "i", ["J'ai eu le poste !!! Ils m'ont fait une offre ce matin. On fête ça samedi ?"], who="friend",
          lookalike=True, s=["nouvelle !!", "devine"], why="a friend's own job news"),
        F("flat", "f", ["Nous avons bien reçu votre dossier de candidature pour l'appartement {place}. La visite aura lieu {when}.",
                        "Merci pour votre dossier de location pour le {place} ; nous reviendrons vers vous après les visites."], who="org",
          hosts=["immo-gambetta.example"], lookalike=True, time=True,
          v={"place": ["12 rue des Martyrs", "8 avenue Jean-Jaurès", "3 place du Marché"]},
          s=["Votre dossier de location", "Visite {place}", "Candidature appartement"], sig=["{mef}\nAgence Gambetta Immobilier"],
          why="a flat rental application"),
        F("talk", "f", ["Nous aimerions vous inviter à présenter un retour d'expérience lors de notre meetup data {when}. Intéressée ?"],
          who="org", hosts=["meetup-data.example"], lookalike=True, time=True, s=["Invitation à intervenir", "Speakers meetup"],
          why="a meetup talk invitation"),
        F("course", "f", ["Votre inscription au cours du soir de néerlandais (niveau A2) est confirmée."], who="org",
          hosts=["alliance-cours.example"], lookalike=True, disp=["Service des inscriptions"], addr="inscriptions",
          s=["Votre inscription", "Confirmation d'admission"], why="an evening-class admission"),
        F("ooo", "f", ["Je suis absente du bureau jusqu'au lundi inclus. Pour toute urgence, merci d'écrire à rh@ondine.example."],
          who="org", hosts=["ondine.example"], lookalike=True, s=["Réponse automatique : Suivi de ma candidature", "Absence du bureau"],
          sig=["{mef}"], why="a recruiter's out-of-office auto-reply"),
        F("receipt", "f", ["Merci pour votre commande n° {num}. Elle sera livrée jeudi."], who="org", hosts=["librairie.example"],
          disp=["Librairie du Canal"], addr="commandes", v={"num": ["40912", "77120"]}, s=["Votre commande n° {num}"], why="a receipt"),
        F("family", "i", ["N'oublie pas d'appeler ta grand-mère dimanche, c'est son anniversaire !"], who="family", s=["dimanche"],
          why="family mail"),
    ],
}

MEET = {"f": ["Vous rencontrerez {iv}, {ivt}.", "L'entretien se fera avec {iv} ({ivt})."],
        "i": ["Tu verras {iv}, {ivt}.", "Tu échangeras avec {ivf} de l'équipe Data."]}

DETAIL = {
    "application_ack": [("f", "Nous reviendrons vers vous sous quinze jours.", "d14"),
                        ("f", "Vous aurez une réponse d'ici la fin de la semaine prochaine.", "eonw"),
                        ("i", "Je te fais un retour d'ici vendredi.", "fri"),
                        ("*", "Nous recevons beaucoup de candidatures, cela peut prendre un peu de temps.", None)],
    "recruiter_outreach": [("*", "Le poste est en hybride, deux jours sur site.", None), ("f", "Je peux vous envoyer la fiche de poste.", None)],
    "interview_invite": [("*", "L'entretien dure environ 45 minutes, en visio.", None), ("*", "Lien : {link}", None),
                         ("f", "Merci de me confirmer votre présence.", None)],
    "assessment": [("f", "N'hésitez pas si vous avez des questions.", None), ("i", "Rien à préparer !", None)],
    "recruiter_reply": [("f", "Je reviens vers vous d'ici vendredi.", "fri"), ("*", "Nous devrions avoir une décision sous une semaine.", "d7"),
                        ("*", "Nous en saurons plus d'ici la fin de la semaine prochaine.", "eonw"), ("i", "J'en saurai plus lundi.", "mon"),
                        ("f", "Merci pour votre patience.", None)],
    "rejection": [("f", "Nous vous souhaitons bonne continuation dans vos recherches.", None), ("i", "Bonne continuation !", None)],
    "offer": [("*", "Le salaire est celui dont nous avons parlé.", None), ("f", "Prenez quelques jours pour réfléchir.", None)],
    "thank_you": [("f", "Au plaisir d'avoir de vos nouvelles.", None)],
    "follow_up": [("*", "Le poste m'intéresse toujours beaucoup.", None)],
}
