"""Dutch (Netherlands, Flanders): short mail written by people; u and je."""
from lang_en import F

CODE = "nl"
ATS_REG = 'i'
P_FORMAL = 0.35
WD = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
WDA = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
       "december"]
MONA = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def _h(t, rng, zone):
    if zone == "Europe/Brussels" and rng.random() < 0.5:
        return f"om {t.hour}u" if t.minute == 0 else f"om {t.hour}u{t.minute:02d}"
    return rng.choice([f"om {t.hour:02d}:{t.minute:02d}", f"om {t.hour}.{t.minute:02d} uur"])


def when(t, rng, reg, zone):
    wd, d, mon = WD[t.weekday()], t.day, MON[t.month - 1]
    return rng.choice([f"op {wd} {d} {mon} {_h(t, rng, zone)}", f"{wd} {d} {mon} {_h(t, rng, zone)}",
                       f"op {wd} {d}/{t.month} {_h(t, rng, zone)}"])


def tomorrow(t, rng, reg, zone):
    return rng.choice([f"morgen {_h(t, rng, zone)}", f"morgen ({WD[t.weekday()]}) {_h(t, rng, zone)}"])


def quote_hdr(t, name, addr, rng, reg):
    return f"Op {WDA[t.weekday()]} {t.day} {MONA[t.month - 1]} {t.year} om {t.hour:02d}:{t.minute:02d} schreef {name} <{addr}>:"


def city(reg, co):
    return "Antwerpen" if co[3] == "Europe/Brussels" else ("Rotterdam" if "kade" in co[1] else "Amsterdam")


RE = ["Re: ", "RE: ", "Antw: "]
PHONE = ["Verstuurd vanaf mijn iPhone", "Verzonden vanaf mijn telefoon", "Verstuurd vanaf mijn iPhone"]
GREET_ME = {"f": ["Beste mevrouw Lindgren,", "Geachte mevrouw Lindgren,", "Beste Mira,", "Goedemiddag Mira,"],
            "i": ["Hoi Mira,", "Hi Mira,", "Hallo Mira,", "Dag Mira,", "Mira,"]}
GREET_TO = {"f": {"f": ["Beste {tf},", "Beste mevrouw {tl},", "Geachte mevrouw {tl},"],
                  "m": ["Beste {tf},", "Beste meneer {tl},", "Geachte heer {tl},"]},
            "i": {"f": ["Hoi {tf},", "Hi {tf},", "Dag {tf},"], "m": ["Hoi {tf},", "Hi {tf},", "Dag {tf},"]}}
CLOSE = {"f": ["Met vriendelijke groet,", "Vriendelijke groeten,", "Hartelijke groet,", "Groet,"],
         "i": ["Groetjes,", "Groet,", "Tot snel,", "Fijne dag!", "Dank!"]}
TITLES = [("Recruiter",) * 2, ("Corporate Recruiter",) * 2, ("HR-adviseur",) * 2, ("Teamlead Data",) * 2,
          ("Oprichter", "Oprichtster"), ("Talent Acquisition Specialist",) * 2]
IV_TITLES = [("teamlead Analytics",) * 2, ("onze CTO",) * 2, ("manager Operations",) * 2, ("hoofd Supply Chain",) * 2]
ATS_NAMES = ["{co} Recruitment", "Werken bij {co}", "{co} Werving & Selectie"]
SIG_TEAM = ["Team Recruitment {co}", "Werken bij {co}"]
CLIENT_HIDDEN = ["mijn klant", "onze opdrachtgever"]
CLIENT_DESC = ["een groeiend logistiek bedrijf in {city}", "een gevestigde verzekeraar in {city}", "een scale-up uit {city}"]
ROLES = ["Data-analist", "Data Analyst", "Business Analist", "Supply Chain Planner", "BI-ontwikkelaar", "Operationeel analist"]
VAGUE = ["Korte vraag", "Vervolgstappen", "Update", "Hoi", "Even bijpraten", "", "Vraagje", "Je sollicitatie"]

SUBJ = {
    "application_ack": ["f:Uw sollicitatie", "i:Je sollicitatie", "Ontvangstbevestiging", "Sollicitatie {role}",
                        "i:Bedankt voor je sollicitatie bij {co}", "Re: {role}"],
    "recruiter_outreach": ["Vacature {role}", "{role} bij {co}", "Even kennismaken?", "Kans bij {co}"],
    "interview_invite": ["Uitnodiging sollicitatiegesprek", "Gesprek {role}", "Kennismaking bij {co}", "Afspraak", "Belletje?"],
    "assessment": ["Volgende stap: case", "Online assessment - {role}", "Praktijkopdracht"],
    "recruiter_reply": ["Update", "Stand van zaken", "Re: {role}", "Even een update", "Paar vragen"],
    "rejection": ["f:Uw sollicitatie", "i:Je sollicitatie", "Sollicitatie {role}", "Terugkoppeling sollicitatie"],
    "offer": ["Aanbod - {role}", "Goed nieuws!", "Arbeidsvoorwaarden {co}", "Even bellen vandaag?"],
    "thank_you": ["Bedankt", "Dank voor het gesprek", "Bedankt - gesprek {role}", "Bedankt!", "Gesprek bij {co}"],
    "follow_up": ["Stand van zaken sollicitatie", "Even navragen", "{role} - nieuws?", "Sollicitatie {role} bij {co}"],
}

K = {
    "application_ack": [
        F("person", "f", ["Hartelijk dank voor uw sollicitatie als {role}. We hebben deze ontvangen en nemen hem in behandeling.",
                          "Bedankt voor uw interesse in {co}; uw cv is in goede orde ontvangen."]),
        F("person", "i", ["Dank voor je sollicitatie! Ik kijk er deze week naar.", "Goed ontvangen, dank je! Ik stuur je cv door naar het team."],
          short=True),
        F("ats", "*", ["Bedankt voor je sollicitatie als {role} bij {co}. We hebben je gegevens goed ontvangen."], who="ats"),
    ],
    "recruiter_outreach": [
        F("direct", "f", ["Ik kwam uw profiel tegen en denk dat u goed zou passen bij onze vacature {role} bij {co}. Staat u open voor een kort gesprek?"]),
        F("direct", "i", ["Ik zag je profiel - we zoeken een {role} bij {co}. Zin om even te bellen?",
                          "Sta je open voor iets nieuws? We hebben een vacature als {role} die echt bij je past."], short=True),
        F("agency", "i", ["Voor {client} zoek ik een {role}. Heb je deze week tijd voor een kort belletje?",
                          "Ik werk aan een vacature als {role} bij {desc}. Sta je open voor een overstap?"], who="agency"),
        F("nudge", "*", ["Ik stuur mijn bericht hieronder nog even door.", "Even een reminder - de vacature staat nog open!"],
          nudge=True, nodetail=True, short=True),
        F("nudge", "*", ["Nog even over de vacature hieronder: heb je er al over nagedacht?"], who="agency", nudge=True,
          nodetail=True, short=True),
    ],
    "interview_invite": [
        F("time", "f", ["Graag nodigen wij u uit voor een sollicitatiegesprek {when}. Schikt dat?",
                        "Naar aanleiding van uw sollicitatie als {role} nodigen we u uit voor een videogesprek {when}."],
          time=True, meet=True),
        F("time", "i", ["Kun je {when} langskomen voor een gesprek?", "We willen je graag leren kennen! Past het {when}?"],
          time=True, meet=True, short=True),
        F("time_self", "i", ["Zullen we {when} even bellen? Ik bel je op je mobiel.", "Heb je {when} tijd voor een kort gesprek met mij?"],
          time=True, self=True, short=True),
        F("ask", "f", ["Graag nodigen wij u uit voor een eerste gesprek. Kunt u mij laten weten wanneer u volgende week beschikbaar bent?"],
          meet=True),
        F("ask", "i", ["Het team wil je graag ontmoeten! Wanneer kun je volgende week?", "Volgende stap is een gesprek met de manager - stuur je me een paar tijden?"],
          meet=True, short=True),
        F("ask_self", "i", ["Ik wil graag even kennismaken. Wanneer komt het je deze week uit om te bellen?"], self=True),
        F("ag_time", "i", ["Goed nieuws: {client} wil je graag spreken {when}. Lukt dat?"], who="agency", time=True),
        F("ag_ask", "i", ["Goed nieuws: {client} wil graag met je kennismaken. Wanneer kun je?"], who="agency"),
    ],
    "assessment": [
        F("case", "f", ["Als volgende stap vragen wij u een korte case uit te werken. De opdracht vindt u hier: {tlink}"]),
        F("case", "i", ["Volgende stap is een kleine praktijkopdracht, zo'n 2-3 uur. Link: {tlink}", "Wil je een korte SQL-opdracht voor ons maken? {tlink}"],
          short=True),
        F("test", "i", ["Wil je onze online test maken via deze link? {tlink} (ongeveer 40 minuten)"]),
        F("ats", "*", ["{co} nodigt je uit voor een online assessment voor de functie {role}: {tlink}"], who="ats"),
    ],
    "recruiter_reply": [
        F("wait", "f", ["Dank voor uw geduld. We zijn nog in gesprek met kandidaten en laten u zo snel mogelijk iets weten."]),
        F("wait", "i", ["Nog geen nieuws, sorry - de manager is deze week op vakantie.", "Ik wacht nog op feedback van het team, ik zit erachteraan."],
          short=True),
        F("hold", "*", ["Even een update: de vacature {role} staat voorlopig on hold vanwege het budget. Ik laat het weten zodra er beweging is."]),
        F("docs", "*", ["i:Kun je me je salarisindicatie en opzegtermijn sturen?", "f:Wilt u mij nog twee referenties sturen?"], short=True),
        F("pos", "i", ["Het team was erg positief over het gesprek en wil graag verder met je. Ik kom bij je terug over de vervolgstappen."]),
        F("ag", "i", ["Ik heb je profiel doorgestuurd naar {client}; ze kijken er deze week naar."], who="agency"),
    ],
    "rejection": [
        F("std", "f", ["Dank voor uw interesse. Helaas hebben wij besloten verder te gaan met andere kandidaten.",
                       "Na zorgvuldige overweging hebben we gekozen voor een andere kandidaat voor de functie {role}."]),
        F("short", "i", ["Helaas, het is deze keer niet gelukt - we zijn voor iemand anders gegaan.", "Dank voor je mail. Helaas is het een nee, sorry!",
                         "De vacature is helaas al vervuld."], short=True),
        F("filled", "i", ["De functie {role} is intern ingevuld, dus we kunnen je sollicitatie helaas niet verder oppakken."]),
        F("ats", "*", ["Bedankt voor je sollicitatie bij {co}. Helaas hebben we besloten niet verder te gaan met je sollicitatie."], who="ats"),
        F("ag", "*", ["Ik heb terugkoppeling van {client}: helaas hebben ze voor een andere kandidaat gekozen."], who="agency", short=True),
    ],
    "offer": [
        F("offer", "f", ["Met veel plezier bied ik u de functie van {role} bij {co} aan. Het schriftelijke aanbod ontvangt u morgen per mail."]),
        F("offer", "i", ["Goed nieuws: we willen je graag aannemen! Het aanbod stuur ik je vandaag.", "We willen je in het team! Details van het aanbod volgen."],
          short=True),
        F("call", "i", ["Heb je vandaag even tijd? Ik wil je graag bellen: we willen je een aanbod doen."], short=True, nodetail=True),
    ],
    "thank_you": [
        F("ty", "f", ["Hartelijk dank voor het prettige gesprek vanochtend. De functie {role} bij {co} spreekt me erg aan."]),
        F("ty", "i", ["Nogmaals bedankt voor het gesprek vandaag, vond het erg leuk!", "Dank voor je tijd gisteren, was een fijn gesprek."]),
    ],
    "follow_up": [
        F("fu", "f", ["Ik wilde graag even informeren naar de stand van zaken rond mijn sollicitatie als {role}."]),
        F("fu", "i", ["Ik was benieuwd of er al nieuws is?", "Is er al nieuws over de vacature {role} bij {co}?"]),
    ],
    "other_out": [
        F("apply", "f", ["Graag solliciteer ik naar de functie {role}. Mijn cv vindt u hier: https://cv.example/mira-lindgren"], noreply=True),
        F("interest", "i", ["Dank voor je bericht - ik wil graag even bellen.", "Klinkt interessant! Ik kan de meeste middagen."],
          parent="recruiter_outreach"),
        F("avail", "*", ["Dank! Ik kan {when}, of woensdagochtend."], time=True, parent="interview_invite", parent_fam=["ask", "ask_self"]),
        F("avail_open", "i", ["Dank voor je reactie. Volgende week ben ik vrij flexibel."], parent="recruiter_outreach"),
        F("accept", "i", ["Dank je, dat past prima. Tot dan!", "Top, ik ben erbij.", "Prima, bevestigd."], reply=True,
          parent="interview_invite", parent_fam=["time", "time_self"], reuse_when=True),
        F("question", "*", ["Korte vraag vooraf: is de functie hybride of volledig remote?",
                            "f:Kunt u iets zeggen over de salarisrange voor de functie {role}?"]),
        F("decline", "i", ["Dank dat je aan me dacht, maar ik ben op dit moment niet op zoek."], reply=True, parent="recruiter_outreach"),
        F("acc_offer", "*", ["Ik neem het aanbod graag aan! Ik heb zin om te beginnen."], reply=True, parent="offer"),
        F("withdraw", "f", ["Ik trek mijn sollicitatie in, omdat ik een ander aanbod heb aangenomen. Dank voor uw tijd."]),
        F("personal", "i", ["Gaat zaterdag nog door? Ik neem taart mee.", "Had vandaag mijn sollicitatiegesprek, ging volgens mij goed!"],
          who="friend"),
        F("nonjob", "*", ["Ik heb interesse in het appartement aan de Oosterparkstraat. Wanneer kan ik komen kijken?"], who="friend"),
    ],
    "other_in": [
        F("friend_iv", "i", ["En, hoe ging je sollicitatiegesprek?? Bel me!", "Had vandaag mijn tweede gesprek bij de bank, duimen!"],
          who="friend", lookalike=True, s=["en??", "gesprek", "vanavond"], why="a friend writing about interviews"),
        F("friend_offer", "i", ["Ik heb de baan!!! Ze hebben me vanochtend een aanbod gedaan. Zaterdag borrel?"], who="friend",
          lookalike=True, s=["nieuws!!"], why="a friend's own job news"),
        F("flat", "i", ["Bedankt voor je inschrijving voor de woning aan de {place}. De bezichtiging is {when}.",
                        "We hebben je huuraanvraag voor {place} ontvangen en nemen na de bezichtigingen contact op."], who="org",
          hosts=["makelaardij-ij.example"], lookalike=True, time=True, v={"place": ["Oosterparkstraat 41", "Czaar Peterstraat 12"]},
          s=["Je huuraanvraag", "Bezichtiging {place}"], sig=["{mef}\nMakelaardij aan het IJ"], why="a flat rental application"),
        F("talk", "i", ["We willen je graag uitnodigen voor een korte talk op onze data-meetup {when}. Zin in?"], who="org",
          hosts=["datameetup-ams.example"], lookalike=True, time=True, s=["Uitnodiging spreker", "Talk op de meetup?"],
          why="a meetup talk invitation"),
        F("course", "i", ["Je inschrijving voor de cursus Nederlands B2 is bevestigd. De lessen beginnen volgende maand."], who="org",
          hosts=["taalschool.example"], lookalike=True, disp=["Taalschool Administratie"], addr="inschrijving",
          s=["Je inschrijving", "Bevestiging plaatsing"], why="a language-course admission"),
        F("ooo", "i", ["Ik ben tot en met maandag afwezig. Voor dringende zaken kun je mailen naar werving@duinwater.example."], who="org",
          hosts=["duinwater.example"], lookalike=True, s=["Automatisch antwoord: Even navragen", "Afwezig"], sig=["{mef}"],
          why="a recruiter's out-of-office auto-reply"),
        F("receipt", "i", ["Bedankt voor je bestelling {num}. Je pakket wordt donderdag bezorgd."], who="org", hosts=["winkel.example"],
          disp=["Bestellingen"], addr="no-reply", v={"num": ["40912", "77120"]}, s=["Bestelling {num}"], why="a receipt"),
    ],
}

MEET = {"f": ["U spreekt met {iv}, {ivt}.", "Het gesprek is met {iv} ({ivt})."],
        "i": ["Je spreekt met {iv}, {ivt}.", "{ivf} van het data-team schuift ook aan."]}

DETAIL = {
    "application_ack": [("i", "Je hoort binnen twee weken van ons.", "d14"), ("f", "U hoort uiterlijk eind volgende week van ons.", "eonw"),
                        ("i", "Ik laat vrijdag iets weten.", "fri"), ("*", "Door het grote aantal reacties kan het even duren.", None)],
    "recruiter_outreach": [("*", "De functie is hybride, twee dagen op kantoor.", None)],
    "interview_invite": [("*", "Het gesprek duurt ongeveer 45 minuten, via Teams.", None), ("*", "Link: {link}", None)],
    "assessment": [("i", "Laat het weten als je vragen hebt.", None)],
    "recruiter_reply": [("*", "Ik laat vrijdag iets weten.", "fri"), ("*", "We verwachten binnen twee weken een besluit.", "d14"),
                        ("*", "Eind volgende week weten we meer.", "eonw"), ("i", "Dank voor je geduld.", None)],
    "rejection": [("i", "Veel succes met je zoektocht.", None)],
    "offer": [("*", "Het salaris is zoals besproken.", None), ("*", "Neem gerust een paar dagen bedenktijd.", None)],
    "thank_you": [("f", "Ik hoor graag van u.", None)],
    "follow_up": [("*", "Ik ben nog steeds erg geïnteresseerd.", None)],
}
