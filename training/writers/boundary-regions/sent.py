"""The owner's own mail tied to applications: thank_you, follow_up, and outbound 'other' replies."""
import datetime as dt

import common as cm
import jk
import kit
import mimekit as mk
from world import OWNER, OWNER_NAME, OWNER_TZ, OWNER_PHONE

ME = (OWNER_NAME, OWNER)

TY_OPEN = [
    "Thank you for taking the time to meet with me today to discuss the {role} position.",
    "Many thanks for the interview this morning. I really enjoyed hearing about the team.",
    "I just wanted to say thank you for speaking with me yesterday about the {role} role.",
    "Thank you so much for the conversation earlier. It was great to learn more about {short}.",
    "Thanks again for having me in today. I came away even more excited about the {role} post.",
    "I'm writing to thank you for the interview for {role}. I appreciated how welcoming the panel was.",
    "Thank you for your time on the call this afternoon.",
    "A quick note to say thank you for meeting me and for showing me around.",
    "It was a pleasure to meet you today, and thank you for the thoughtful questions.",
    "Thanks very much for interviewing me for the {role} role.",
    "Thank you for the opportunity to interview for {role} at {short}.",
    "I really appreciated the chance to talk with you about the {role} vacancy today.",
    "Just a line to thank you for your time this morning.",
    "Thank you for a really enjoyable interview.",
    "I wanted to follow up with a thank-you for today's conversation about the {role} role.",
    "Thanks for taking me through the trial shift today, I had a great time with the team.",
    "Thank you for meeting with me earlier. I enjoyed our discussion very much.",
    "Thank you, and the rest of the panel, for your time today.",
    "Thanks a lot for the chat today. It really helped me picture what the role involves.",
    "Thank you for giving me the opportunity to meet you and discuss the {role} position.",
]
TY_MID = [
    "I especially enjoyed hearing about {topic}, and I think my experience on the community vaccination project would let me contribute quickly.",
    "Our discussion about {topic} stayed with me on the way home.",
    "Hearing about {topic} confirmed that this is exactly the kind of work I want to be doing.",
    "I was glad to have the chance to talk about my MSc research and how it connects to {topic}.",
    "I'd be happy to send over the outreach plan I mentioned if that would be useful.",
    "The way you described {topic} really resonated with me.",
    "I think my four years as a staff nurse in Pune would help me hit the ground running.",
    "Talking through {topic} made me realise how much my ward experience applies here.",
    "",
]
TY_TOPICS = ["the new community outreach programme", "your plans for the discharge lounge", "the Year 5 reading project",
             "the health equity audit", "the guest feedback scheme", "the graduate rotations", "the data dashboard rebuild",
             "the student wellbeing service", "the patient experience survey", "the mobile clinic pilot",
             "the store's community days", "the new bilingual programme"]
TY_CLOSE = ["I look forward to hearing from you.", "Please don't hesitate to get in touch if you need anything else from me.",
            "Thanks again, and I hope to hear from you soon.", "I'm very enthusiastic about the role and hope to be working with you.",
            "Wishing you a good rest of the week.", "Best of luck with the remaining interviews.", ""]
TY_ES = ["Muchas gracias por el tiempo que me dedicaron hoy en la entrevista para {role}.",
         "Quería agradecerle la entrevista de esta mañana; me encantó conocer más sobre {short}.",
         "Gracias por la plática de hoy. Me quedé muy entusiasmada con el proyecto.",
         "Le agradezco mucho la oportunidad de presentarme para la vacante de {role}.",
         "Gracias por recibirme hoy y por mostrarme las instalaciones.",
         "Aprecio mucho el tiempo que me dieron para conocer al equipo."]
TY_ES_MID = ["Me interesó mucho conocer el programa de calidad.", "Quedo a sus órdenes para cualquier documento adicional.",
             "Estoy convencida de que puedo aportar mucho al equipo.", ""]

FU_OPEN = [
    "I'm writing to follow up on my application for the {role} post, which I submitted on {applied}.",
    "I hope you're well. I wanted to check in on the status of my application for {role}.",
    "Just checking whether there's any update on the {role} position.",
    "I interviewed for {role} on {interviewed} and wanted to ask whether there's any news on the timeline.",
    "I am writing to enquire about the status of my application for the post of {role}.",
    "Sorry to bother you. Is there any update on the {role} role?",
    "I wanted to follow up on my interview last week and reiterate my interest in {role}.",
    "Could you let me know where things stand with the {role} recruitment?",
    "I thought I'd check in, as it's been a couple of weeks since my interview for {role}.",
    "I'm still very interested in the {role} vacancy and wondered if a decision had been made.",
    "Hope your week is going well! Any news on the {role} role?",
    "I'd be grateful for an update on my application (ref {ref}) when you have a moment.",
    "I applied for the {role} vacancy on {applied} and wanted to confirm that my application was received.",
    "I'm following up on the {role} position, as the closing date has now passed.",
    "Please may I ask whether shortlisting for {role} has taken place yet?",
    "Thank you again for the interview on {interviewed}. I wondered if the panel had reached a decision.",
    "I wanted to check in regarding next steps after my interview for {role}.",
    "Apologies for chasing. Do you have an idea of when candidates for {role} will hear back?",
    "Just a gentle nudge on my {role} application; I remain very keen.",
    "Would you be able to share an expected timeline for the {role} interviews?",
]
FU_CLOSE = ["Thank you for your time, and I look forward to hearing from you.", "Many thanks in advance.",
            "Happy to provide anything else you need.", "I have another offer to respond to by the end of the month, so any indication of timing would really help.",
            "Thanks so much.", "Looking forward to hearing from you."]
FU_ES = ["Quisiera dar seguimiento a mi postulación para la vacante de {role}.", "Le escribo para saber si hay alguna novedad sobre el proceso de {role}.",
         "Espero que se encuentre muy bien. ¿Me podría compartir en qué etapa está el proceso?",
         "Hace unas semanas tuve la entrevista para {role} y quería saber si ya hay una decisión.",
         "Solo para dar seguimiento: sigo muy interesada en la posición de {role}.",
         "¿Habrá alguna actualización sobre mi proceso? Quedo atenta."]


def es_dear(name):
    return "Estimado" if cm.es_male(name) else "Estimada"


def owner_date(after, rng, min_h=1, max_h=20):
    d = after + dt.timedelta(hours=rng.uniform(min_h, max_h))
    d = d.astimezone(kit.ZoneInfo(OWNER_TZ))
    if d.hour < 7:
        d = d.replace(hour=rng.randint(7, 9))
    if d.hour > 23:
        d = d.replace(hour=22)
    return d.replace(microsecond=0)


def my_sig(rng, lang="en", mobile=False):
    if mobile:
        return rng.choice(["Maya", "Maya\n\nSent from my iPhone", "M.", "Maya Fernandes\nSent from my iPhone"]) if lang != "es" else \
            rng.choice(["Maya\n\nEnviado desde mi iPhone", "Maya"])
    if lang == "es":
        return rng.choice(["Maya", "Maya Fernandes", "Maya Fernandes\nTel. %s" % OWNER_PHONE])
    return rng.choice(["Maya", "Maya Fernandes", "Maya Fernandes\n%s" % OWNER_PHONE, "Maya F.",
                       "Maya Fernandes, MSc Public Health\n%s | linkedin.example/in/mayafernandes" % OWNER_PHONE])


def _owner_msg(app, ev, rng, kind, subj, body, to, lab, note, client, quote=None, cc=None, attachments=None, lang=None):
    lang = lang or app["lang"]
    key = ev["key"]
    d = ev["date"].astimezone(kit.ZoneInfo(OWNER_TZ))
    if d.hour < 7:
        d = d.replace(hour=rng.randint(7, 9))
    ev["date"] = d
    root, hs, crlf = kit.human_shape(key, rng, client, body, quote=quote, lang=lang, attachments=attachments)
    msgid = kit.msgid_for(client, key, "example.net")
    irt = quote["msgid"] if quote else ev.get("irt")
    m = kit.Msg(key, kind, lang, ME, to, ev["date"], subj, root, label=lab, headers=hs, transport=False, cc=cc,
                msgid=msgid, in_reply_to=irt, references=(ev.get("refs") or irt) if irt else None, crlf=crlf, note=note)
    return m


def gen_thank_you(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    iv = ev["interview"]
    ps = iv["people"][:]
    if not ps:
        ps = [jk.person(app, 1)]
    if len(ps) > 1 and rng.random() < 0.55:
        ps = [rng.choice(ps)]
    start = iv["start"]
    ev["date"] = owner_date(start + dt.timedelta(minutes=60), rng, 0.5, 6)
    f = dict(role=app["role"], short=c["short"], topic=rng.choice(TY_TOPICS))
    names = [cm.bare(p[0]) for p in ps]
    firsts = [cm.first(p[0]) for p in ps]
    if lang == "es":
        greet = rng.choice(["%s %s:" % (es_dear(names[0]), names[0]), "Hola %s:" % firsts[0], "Buenas tardes, %s:" % names[0]]) if len(ps) == 1 else \
            "Estimados %s:" % " y ".join(firsts)
        core = rng.choice(TY_ES).format(**f)
        if len(ps) > 1:
            core = core.replace("Le agradezco", "Les agradezco").replace("agradecerle", "agradecerles")
        body = jk.join(greet, core, rng.choice(TY_ES_MID), rng.choice(["Saludos cordiales,", "Quedo atenta.\n\nSaludos,", "Atentamente,"]) + "\n" + my_sig(rng, "es"))
        subj = rng.choice(["Gracias – entrevista %s" % app["role"], "Agradecimiento por la entrevista", "Gracias por su tiempo"])
    else:
        if len(ps) == 1:
            greet = rng.choice(["Dear %s," % names[0], "Hi %s," % firsts[0], "Hello %s," % firsts[0], "%s," % firsts[0], "Dear %s," % ps[0][0]])
        else:
            greet = rng.choice(["Dear %s," % " and ".join(firsts), "Hi %s," % ", ".join(firsts), "Dear panel,"])
        mob = rng.random() < 0.25
        parts = [greet, rng.choice(TY_OPEN).format(**f)]
        if not mob:
            parts.append(rng.choice(TY_MID).format(**f))
            parts.append(rng.choice(TY_CLOSE))
        parts.append(rng.choice(["Kind regards,", "Best wishes,", "Many thanks,", "Thanks again,", "Warm regards,", "Best,", ""]) + "\n" + my_sig(rng, mobile=mob))
        body = jk.join(*parts)
        subj = rng.choice(["Thank you - {name}, {role} interview", "Thank you", "Thanks for today", "Thank you – {role} interview",
                           "Thank you for your time today", "Interview today – thank you", "Thanks!"]).format(name=names[0], **f)
    to = [jk.person_addr(app, p) for p in ps]
    quote = None
    # reply inside the interviewer's own thread when they wrote to Maya
    for t in reversed(app["thread"]):
        if t["human"] and any(t["addr"] == a[1] for a in to):
            quote = t if rng.random() < 0.7 else None
            break
    if quote:
        subj = kit.reply_subject(quote["subject"])
    elif iv.get("msgid"):
        ev["irt"] = iv["msgid"]
    client = "iphone" if ("iPhone" in body) else rng.choice(["gmail", "gmail", "gmail", "apple", "outlook", "thunderbird"])
    cc = None
    if rng.random() < 0.2:
        cc = [jk.person_addr(app, jk.person(app, 0))]
        if cc[0] in to:
            cc = None
    role_lab = app["role"] if (app["role"] in body or app["role"] in subj) else None
    comp_lab = app["company"] if (c["short"] in body or c["short"] in subj or c["name"] in body) else None
    if comp_lab is None:
        comp_lab = app["company"] if any(c["domain"] in a[1] for a in to) else None
    lab = kit.label(company=comp_lab, role=role_lab, interviewers=names)
    note = "thank-you after the interview%s" % (" (reply in the interviewer's thread)" if quote else "")
    if len(ps) > 1:
        note += ", to two panel members at once"
    m = _owner_msg(app, ev, rng, "thank_you", subj, body, to, lab, note, client, quote=quote, cc=cc)
    jk.remember(app, m, body)
    return m


def gen_follow_up(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    last = jk.last_human(app)
    iv = app["interviews"][-1] if app["interviews"] else None
    f = dict(role=app["role"], short=c["short"], ref=app["ref"],
             applied=kit.date_words(app["applied"], region) if app.get("applied") else "last month",
             interviewed=kit.date_words(iv["start"], region) if iv else "recently")
    if lang == "es":
        core = rng.choice(FU_ES).format(**f)
        greet = ("Hola %s:" % cm.first(last["name"]) if rng.random() < 0.5 else "%s %s:" % (es_dear(last["name"]), last["name"])) if last else "Buenas tardes:"
        body = jk.join(greet, core, "Muchas gracias de antemano.", "Saludos,\n" + my_sig(rng, "es"))
        subj = "Seguimiento – %s" % app["role"]
    else:
        post = [x for x in FU_OPEN if "interview" in x or "{role} role?" in x or "where things stand" in x]
        pre = [x for x in FU_OPEN if "interview" not in x]
        pool = post if iv else pre
        core = rng.choice(pool).format(**f)
        greet = ("Dear %s," % last["name"] if rng.random() < 0.5 else "Hi %s," % cm.first(last["name"])) if last else \
            rng.choice(["Dear Recruitment Team,", "Dear Sir/Madam,", "Hello,", "Dear Hiring Manager,"])
        body = jk.join(greet, core, rng.choice(FU_CLOSE), rng.choice(["Kind regards,", "Best wishes,", "Many thanks,", "Best,"]) + "\n" + my_sig(rng))
        subj = rng.choice(["Following up: {role}", "Application status – {role}", "Checking in – {role}", "Follow-up on my application ({ref})",
                           "{role} – update?", "Enquiry regarding application for {role}"]).format(**f)
    if last:
        to = [(last["name"], last["addr"])]
        quote = last if rng.random() < 0.75 else None
        if quote:
            subj = kit.reply_subject(quote["subject"], lang)
    else:
        local = "careers" if lang != "es" else "reclutamiento"
        to = [("", "%s@%s" % (local, c["domain"]))]
        quote = None
    client = rng.choice(["gmail", "gmail", "apple", "outlook", "thunderbird", "iphone"])
    role_lab = app["role"] if (app["role"] in body or app["role"] in subj) else None
    comp_lab = app["company"]
    lab = kit.label(company=comp_lab, role=role_lab)
    note = "candidate checks on status%s" % (", reply in the recruiter's thread" if quote else ", new message")
    m = _owner_msg(app, ev, rng, "follow_up", subj, body, to, lab, note, client, quote=quote)
    jk.remember(app, m, body)
    return m


OUT_OTHER = {
    "accept_slot": ["{when} works perfectly for me, thank you. I'll see you then.", "Thanks {first}, I can confirm I'll attend at {when}.",
                    "Great, the {when} slot suits me. Looking forward to it.", "Perfect, see you {when}!"],
    "documents": ["Please find attached my passport scan and degree certificate as requested.", "Attached are the documents you asked for. Let me know if anything else is needed.",
                  "Here are my referees' details:\n\n1. Dr Aisling Kerr, Programme Director, UC Ardmore\n2. Gavin Moloney, Store Manager, Corrib Foods (previous employer)"],
    "withdraw": ["I'm writing to withdraw my application for {role}. I've accepted another position and didn't want to take up a slot.",
                 "Thank you for the invitation, but I've decided to withdraw from the process for {role}. I wish you every success with the appointment."],
    "accept_offer": ["I'm delighted to accept the offer for {role}. I've signed and attached the letter.", "Thank you so much! I'm very happy to accept. Please let me know the next steps for onboarding."],
    "decline_offer": ["Thank you very much for the offer. After a lot of thought, I've decided to decline, as I've accepted a role closer to family.",
                      "I really appreciate the offer for {role}, but I'm afraid I have to decline on this occasion."],
    "salary": ["Thanks for asking. I'm looking for something in the range advertised, ideally towards the upper end given my MSc.",
               "My notice period is two weeks and I'd be available to start from early next month."],
}
OUT_OTHER_ES = {
    "accept_slot": ["Perfecto, confirmo mi asistencia {when}. ¡Gracias!", "Sí me funciona, ahí estaré. Saludos."],
    "documents": ["Adjunto mi CURP, constancia de situación fiscal y título, como me pidieron.", "Le comparto los documentos solicitados."],
    "accept_offer": ["¡Muchas gracias! Con gusto acepto la oferta. Adjunto la carta firmada."],
    "withdraw": ["Les agradezco mucho, pero prefiero declinar la invitación; acepté otra propuesta."],
    "salary": ["Mi expectativa es de $25,000 MXN brutos mensuales, negociable."],
    "decline_offer": ["Agradezco mucho la oferta, pero he decidido no aceptarla."],
}


def gen_out_other(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    sub = ev["sub"]
    last = jk.last_human(app)
    if last is None:
        return None
    iv = app["interviews"][-1] if app["interviews"] else None
    f = dict(role=app["role"], first=cm.first(last["name"]),
             when=kit.when(iv["start"], c["region"], rng, with_zone=False) if iv else "then")
    pool = (OUT_OTHER_ES if lang == "es" else OUT_OTHER)[sub]
    core = rng.choice(pool).format(**f)
    greet = ("Hola %s," % f["first"]) if lang == "es" else rng.choice(["Hi %s," % f["first"], "Dear %s," % last["name"], "%s," % f["first"]])
    body = jk.join(greet, core, ("Saludos,\n" if lang == "es" else rng.choice(["Thanks,\n", "Kind regards,\n", "Best,\n"])) + my_sig(rng, lang))
    att = None
    if sub in ("documents", "accept_offer") and "ttach" in core or "djunto" in core:
        att = [mk.attachment(rng.choice(["Passport_scan.pdf", "Documents_Maya_Fernandes.pdf", "Signed_offer.pdf"]), "application/pdf", mk.fake_pdf("doc"))]
    subj = kit.reply_subject(last["subject"], lang)
    ev["irt"] = last["msgid"]
    lab = kit.label()
    notes = {"accept_slot": "Maya confirms an interview slot: outbound, not a thank-you or a follow-up, so other",
             "documents": "Maya sends requested documents/referees: outbound other",
             "withdraw": "Maya withdraws her application: outbound other",
             "accept_offer": "Maya accepts an offer: outbound other",
             "decline_offer": "Maya declines an offer: outbound other",
             "salary": "Maya answers a salary/notice question: outbound other"}
    m = _owner_msg(app, ev, rng, "other", subj, body, [(last["name"], last["addr"])], lab, notes[sub],
                   rng.choice(["gmail", "iphone", "apple"]), quote=last if rng.random() < 0.8 else None, attachments=att)
    m.label = lab
    return m
