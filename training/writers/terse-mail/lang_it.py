"""Italian: short mail written by people; Lei and tu."""
from lang_en import F

CODE = "it"
ATS_REG = 'i'
P_FORMAL = 0.55
WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
WDA = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre",
       "dicembre"]


def _h(t, rng):
    art = "all'" if t.hour in (1, 8, 11) else "alle "
    if t.minute == 0:
        return rng.choice([f"{art}{t.hour}", f"{art}{t.hour}:00"])
    return rng.choice([f"{art}{t.hour}:{t.minute:02d}", f"{art}{t.hour}.{t.minute:02d}"])


def when(t, rng, reg, zone):
    wd, d, mon = WD[t.weekday()], t.day, MON[t.month - 1]
    return rng.choice([f"{wd} {d} {mon} {_h(t, rng)}", f"{wd} {d}/{t.month} {_h(t, rng)}", f"il giorno {d} {mon} ({wd}) {_h(t, rng)}"])


def tomorrow(t, rng, reg, zone):
    return rng.choice([f"domani {_h(t, rng)}", f"domani ({WD[t.weekday()]}) {_h(t, rng)}"])


def quote_hdr(t, name, addr, rng, reg):
    return f"Il giorno {WDA[t.weekday()]} {t.day} {MON[t.month - 1][:3]} {t.year} alle ore {t.hour:02d}:{t.minute:02d} {name} <{addr}> ha scritto:"


def city(reg, co):
    return "Venezia" if "lagunare" in co[1] else ("Padova" if "brenta" in co[1] else "Milano")


RE = ["Re: ", "R: ", "RE: "]
PHONE = ["Inviato da iPhone", "Inviato dal mio smartphone", "Inviato da iPhone"]
GREET_ME = {"f": ["Gentile Mira,", "Gentile dott.ssa Lindgren,", "Buongiorno Mira,", "Gentile signora Lindgren,", "Buongiorno,"],
            "i": ["Ciao Mira,", "Ciao Mira!", "Ehi Mira,", "Mira,", "Buongiorno Mira!"]}
GREET_TO = {"f": {"f": ["Gentile {tf},", "Gentile dott.ssa {tl},", "Buongiorno {tf},"],
                  "m": ["Gentile {tf},", "Gentile dott. {tl},", "Buongiorno {tf},"]},
            "i": {"f": ["Ciao {tf},", "Ciao {tf}!"], "m": ["Ciao {tf},", "Ciao {tf}!"]}}
CLOSE = {"f": ["Cordiali saluti,", "Un cordiale saluto,", "Distinti saluti,", "Buona giornata,", "Saluti,"],
         "i": ["Un saluto,", "A presto,", "Ciao!", "Grazie,", "Buona giornata!"]}
TITLES = [("Recruiter",) * 2, ("HR Business Partner",) * 2, ("Responsabile Risorse Umane",) * 2, ("Talent Acquisition Specialist",) * 2,
          ("Fondatore", "Fondatrice"), ("Responsabile Operations",) * 2]
IV_TITLES = [("responsabile Data",) * 2, ("il nostro CTO", "la nostra CTO"), ("direttore Operations", "direttrice Operations"),
             ("responsabile Supply Chain",) * 2]
ATS_NAMES = ["Selezione {co}", "{co} Careers", "Team HR {co}", "Lavora con noi - {co}"]
SIG_TEAM = ["Il team Selezione di {co}", "Risorse Umane {co}"]
CLIENT_HIDDEN = ["il mio cliente", "la nostra azienda cliente"]
CLIENT_DESC = ["un'azienda di logistica in forte crescita a {city}", "una compagnia assicurativa solida di {city}",
               "una scale-up fintech di {city}"]
ROLES = ["Data Analyst", "Analista Dati", "Business Analyst", "Supply Chain Planner", "Sviluppatrice BI", "Analista Operations"]
VAGUE = ["Domanda veloce", "Prossimi passi", "Aggiornamento", "Ciao", "Buongiorno", "", "Info", "Sentiamoci"]

SUBJ = {
    "application_ack": ["f:La Sua candidatura", "i:La tua candidatura", "Candidatura ricevuta", "Candidatura {role}",
                        "Grazie per la candidatura - {co}", "Re: {role}"],
    "recruiter_outreach": ["Opportunità {role}", "{role} in {co}", "Due chiacchiere?", "Opportunità in {co}"],
    "interview_invite": ["Convocazione colloquio", "Colloquio - {role}", "Colloquio in {co}", "Proposta di orario", "Ci sentiamo?"],
    "assessment": ["Prossimo step: case study", "Test online - {role}", "Esercizio tecnico"],
    "recruiter_reply": ["Aggiornamento", "Aggiornamento veloce", "Re: {role}", "Qualche domanda"],
    "rejection": ["f:La Sua candidatura", "i:La tua candidatura", "Candidatura {role}", "Esito selezione", "Riscontro candidatura"],
    "offer": ["Proposta - {role}", "Buone notizie!", "Proposta di assunzione {co}", "Ci sentiamo oggi?"],
    "thank_you": ["Grazie", "Grazie per il colloquio", "Grazie - colloquio {role}", "Grazie!", "Colloquio in {co}"],
    "follow_up": ["Aggiornamento sulla mia candidatura", "Un saluto e una domanda", "{role} - novità?", "Candidatura {role} in {co}"],
}

K = {
    "application_ack": [
        F("person", "f", ["La ringraziamo per la Sua candidatura come {role}. L'abbiamo ricevuta e la valuteremo nei prossimi giorni.",
                          "Grazie per l'interesse verso {co}; abbiamo ricevuto correttamente il Suo CV."]),
        F("person", "i", ["Grazie per la candidatura! Guardo il tuo CV questa settimana.", "Ricevuto, grazie! Lo giro al team."], short=True),
        F("ats", "*", ["Grazie per esserti candidata come {role} in {co}. Abbiamo ricevuto la tua candidatura."], who="ats"),
    ],
    "recruiter_outreach": [
        F("direct", "f", ["Ho visto il Suo profilo e credo possa essere in linea con la nostra posizione di {role} in {co}. Sarebbe disponibile per una breve chiamata?"]),
        F("direct", "i", ["Ho visto il tuo profilo: cerchiamo un/a {role} in {co}. Ti va di sentirci?",
                          "Sei aperta a nuove opportunità? Abbiamo una posizione di {role} che potrebbe piacerti."], short=True),
        F("agency", "f", ["Sto cercando un/a {role} per {client}. Avrebbe qualche minuto questa settimana per una chiamata?",
                          "Seguo una ricerca di {role} per {desc}. Sarebbe interessata?"], who="agency"),
        F("nudge", "*", ["Ti riscrivo nel caso il mio messaggio ti fosse sfuggito.", "Piccolo promemoria: la posizione è ancora aperta!"],
          nudge=True, nodetail=True, short=True),
        F("nudge", "*", ["Le riscrivo per la posizione qui sotto. Ha avuto modo di pensarci?"], who="agency", nudge=True,
          nodetail=True, short=True),
    ],
    "interview_invite": [
        F("time", "f", ["Saremmo lieti di incontrarLa per un colloquio {when}. Le va bene?",
                        "In merito alla Sua candidatura come {role}, Le proponiamo un colloquio in videochiamata {when}."],
          time=True, meet=True),
        F("time", "i", ["Riesci a fare un colloquio {when}?", "Ci piacerebbe conoscerti! Ti va bene {when}?"], time=True, meet=True,
          short=True),
        F("time_self", "*", ["i:Possiamo sentirci {when}? Ti chiamo io.", "f:Sarebbe disponibile per una telefonata con me {when}?"],
          time=True, self=True, short=True),
        F("ask", "f", ["Vorremmo invitarLa a un primo colloquio. Può indicarmi la Sua disponibilità per la prossima settimana?"], meet=True),
        F("ask", "i", ["Il team vorrebbe conoscerti! Che giorni ti vanno bene la settimana prossima?",
                       "Il prossimo step è un colloquio con la responsabile - mi mandi qualche disponibilità?"], meet=True, short=True),
        F("ask_self", "i", ["Mi piacerebbe fare una prima chiacchierata telefonica. Quando ti è comodo questa settimana?"], self=True),
        F("ag_time", "f", ["Buone notizie: {client} vorrebbe incontrarLa {when}. Le va bene?"], who="agency", time=True),
        F("ag_ask", "f", ["Buone notizie: {client} vorrebbe conoscerLa. Che disponibilità ha?"], who="agency"),
    ],
    "assessment": [
        F("case", "f", ["Come prossimo passo Le chiediamo di svolgere un breve case study. Trova la traccia qui: {tlink}"]),
        F("case", "i", ["Prossimo step: un piccolo esercizio, 2-3 ore al massimo. Link: {tlink}", "Ti va di fare un test SQL per noi? {tlink}"],
          short=True),
        F("test", "f", ["La preghiamo di completare il nostro test online a questo link: {tlink} (circa 40 minuti)."]),
        F("ats", "*", ["{co} ti invita a svolgere un test online per la posizione di {role}: {tlink}"], who="ats"),
    ],
    "recruiter_reply": [
        F("wait", "f", ["Grazie per la pazienza. La selezione è ancora in corso e Le daremo un riscontro appena possibile."]),
        F("wait", "i", ["Ancora nessuna novità, scusa - la responsabile è in ferie questa settimana.", "Sto ancora aspettando il feedback del team, li sollecito."],
          short=True),
        F("hold", "i", ["Un aggiornamento veloce: la posizione di {role} è sospesa per ora per questioni di budget. Ti aggiorno appena riparte."]),
        F("docs", "*", ["f:Può indicarmi la Sua RAL attuale e il preavviso?", "i:Mi mandi due referenze?"], short=True),
        F("pos", "i", ["Il colloquio è piaciuto molto al team e vorremmo proseguire con te. Ti aggiorno a breve sui prossimi passi."]),
        F("ag", "f", ["Ho inviato il Suo profilo a {client}; lo stanno valutando questa settimana."], who="agency"),
    ],
    "rejection": [
        F("std", "f", ["La ringraziamo per l'interesse. Purtroppo abbiamo deciso di proseguire con altri candidati.",
                       "Dopo un'attenta valutazione, abbiamo scelto un altro profilo per la posizione di {role}."]),
        F("short", "i", ["Purtroppo stavolta non è andata - abbiamo scelto un altro profilo.", "Grazie per avermi scritto. Purtroppo la risposta è negativa.",
                         "La posizione è già stata coperta, mi dispiace."], short=True),
        F("filled", "f", ["La posizione di {role} è stata coperta internamente, quindi non possiamo proseguire con la Sua candidatura."]),
        F("ats", "*", ["Grazie per la candidatura in {co}. Purtroppo non proseguiremo con il tuo profilo."], who="ats"),
        F("ag", "*", ["Ho avuto riscontro da {client}: purtroppo hanno scelto un altro candidato."], who="agency", short=True),
    ],
    "offer": [
        F("offer", "f", ["Sono lieta di offrirLe la posizione di {role} in {co}. Domani Le invieremo la proposta scritta."]),
        F("offer", "i", ["Ottime notizie: vogliamo assumerti! Ti mando la proposta oggi.", "Ti vogliamo nel team! Seguono i dettagli dell'offerta."],
          short=True),
        F("call", "f", ["Ha qualche minuto oggi? Vorrei chiamarLa: vogliamo farLe una proposta."], short=True, nodetail=True),
    ],
    "thank_you": [
        F("ty", "f", ["Grazie mille per il colloquio di stamattina. La posizione di {role} in {co} mi interessa molto."]),
        F("ty", "i", ["Grazie ancora per la chiacchierata di oggi, mi è piaciuta molto!", "Grazie per il tuo tempo ieri, è stato un piacere."]),
    ],
    "follow_up": [
        F("fu", "f", ["Le scrivo per chiedere un aggiornamento sulla mia candidatura come {role}.",
                      "Ci sono novità sulla mia candidatura in {co}?"]),
        F("fu", "i", ["Ti scrivo per sapere se ci sono novità.", "Novità sulla posizione di {role}?"]),
    ],
    "other_out": [
        F("apply", "f", ["Vorrei candidarmi per la posizione di {role}. Il mio CV è qui: https://cv.example/mira-lindgren"], noreply=True),
        F("interest", "*", ["Grazie per il messaggio - mi farebbe piacere sentirci.", "Sembra interessante! Sono libera quasi tutti i pomeriggi."],
          parent="recruiter_outreach"),
        F("avail", "*", ["Grazie! Posso {when}, oppure mercoledì mattina."], time=True, parent="interview_invite", parent_fam=["ask", "ask_self"]),
        F("avail_open", "*", ["Grazie per la risposta. La prossima settimana sono abbastanza flessibile."], parent="recruiter_outreach"),
        F("accept", "*", ["Grazie, l'orario va benissimo. A presto!", "Perfetto, ci sarò.", "Ottimo, confermato."], reply=True,
          parent="interview_invite", parent_fam=["time", "time_self"], reuse_when=True),
        F("question", "*", ["Una domanda prima del colloquio: la posizione è ibrida o full remote?",
                            "Potrebbe indicarmi la RAL prevista per la posizione di {role}?"]),
        F("decline", "*", ["Grazie per aver pensato a me, ma al momento non sto cercando."], reply=True, parent="recruiter_outreach"),
        F("acc_offer", "*", ["Accetto volentieri la proposta! Non vedo l'ora di iniziare."], reply=True, parent="offer"),
        F("withdraw", "*", ["Desidero ritirare la mia candidatura, avendo accettato un'altra offerta. Grazie per il tempo dedicatomi."]),
        F("personal", "i", ["Confermato sabato? Porto il dolce.", "Oggi ho fatto il colloquio, mi sa che è andato bene!"], who="friend"),
        F("nonjob", "*", ["Sono interessata all'appartamento in via Padova. Quando sarebbe possibile vederlo?"], who="friend"),
    ],
    "other_in": [
        F("friend_iv", "i", ["Allora, com'è andato il colloquio?? Chiamami!", "Oggi ho fatto il secondo colloquio in banca, incrocia le dita!"],
          who="friend", lookalike=True, s=["allora??", "colloquio", "stasera"], why="a friend writing about interviews"),
        F("friend_offer", "i", ["Mi hanno presa!!! Stamattina mi hanno fatto l'offerta. Festeggiamo sabato?"], who="friend",
          lookalike=True, s=["notizia!!"], why="a friend's own job news"),
        F("flat", "f", ["Abbiamo ricevuto la Sua richiesta per l'appartamento in {place}. La visita è {when}.",
                        "Grazie per la candidatura per l'affitto in {place}; La ricontatteremo dopo le visite."], who="org",
          hosts=["immobiliare-navigli.example"], lookalike=True, time=True, v={"place": ["via Padova 21", "viale Monza 8"]},
          s=["Richiesta affitto", "Visita {place}"], sig=["{mef}\nImmobiliare Navigli"], why="a flat rental application"),
        F("talk", "i", ["Ci piacerebbe invitarti a tenere un talk al nostro meetup sui dati {when}. Ti va?"], who="org",
          hosts=["datameetup-mi.example"], lookalike=True, time=True, s=["Invito come speaker"], why="a meetup talk invitation"),
        F("ooo", "*", ["Sono fuori ufficio fino a lunedì. Per urgenze scrivere a hr@cipresso.example."], who="org", hosts=["cipresso.example"],
          lookalike=True, s=["Risposta automatica: Aggiornamento", "Fuori sede"], sig=["{mef}"], why="a recruiter's out-of-office auto-reply"),
        F("receipt", "i", ["Grazie per il tuo ordine n. {num}. Verrà consegnato giovedì."], who="org", hosts=["negozio.example"],
          disp=["Ordini"], addr="no-reply", v={"num": ["40912", "77120"]}, s=["Ordine {num}"], why="a receipt"),
    ],
}

MEET = {"f": ["Incontrerà {iv}, {ivt}.", "Il colloquio sarà con {iv} ({ivt})."],
        "i": ["Parlerai con {iv}, {ivt}.", "Ci sarà anche {ivf} del team dati."]}

DETAIL = {
    "application_ack": [("f", "Riceverà un riscontro entro due settimane.", "d14"), ("i", "Ti faccio sapere entro venerdì.", "fri"),
                        ("*", "Stiamo ricevendo molte candidature, potrebbe volerci un po'.", None)],
    "recruiter_outreach": [("*", "La posizione è ibrida, due giorni in ufficio.", None)],
    "interview_invite": [("*", "Durerà circa 45 minuti, su Teams.", None), ("*", "Link: {link}", None)],
    "assessment": [("*", "Per qualsiasi domanda sono a disposizione.", None)],
    "recruiter_reply": [("i", "Ti aggiorno entro venerdì.", "fri"), ("*", "Contiamo di decidere entro due settimane.", "d14"),
                        ("*", "Ne sapremo di più entro la fine della prossima settimana.", "eonw"), ("*", "Grazie per la pazienza.", None)],
    "rejection": [("f", "Le auguriamo il meglio per la Sua ricerca.", None), ("i", "In bocca al lupo!", None)],
    "offer": [("*", "La RAL è quella di cui abbiamo parlato.", None), ("f", "Si prenda qualche giorno per pensarci.", None)],
    "thank_you": [("f", "Resto in attesa di un Suo riscontro.", None)],
    "follow_up": [("*", "Sono ancora molto interessata alla posizione.", None)],
}
