"""interview_invite messages in many shapes."""
import datetime as dt

import common as cm
import jk
import kit
import mimekit as mk
from world import OWNER, OWNER_NAME

INV_CORE = [
    "I'm pleased to invite you to interview for the {role} post.",
    "Following shortlisting, we would like to invite you to attend an interview for the position of {role}.",
    "Great news: the hiring team would like to meet you to talk about the {role} role!",
    "We'd love to meet you to talk about the {role} role in more detail.",
    "Thank you for your application. You have been shortlisted and we would like to invite you for an interview.",
    "The panel would like to invite you to a competency-based interview for {role}.",
    "Congratulations, you have been successful at the sift stage and are invited to interview for {role}.",
    "We are delighted to invite you to the next stage for {role}: an interview with the team.",
    "I'd like to set up a phone screen to learn a bit more about you and your interest in the {role} role.",
    "You've made it to the final round for {role}!",
    "Good news, the panel wants to see you for the {role} post.",
    "Following a review of applications, I am writing to invite you to interview for {role}.",
    "We were impressed with your application for {role} and would like to invite you to meet the recruiting manager.",
    "Thank you for your interest in {role}. We are pleased to offer you an interview.",
    "I am writing on behalf of the selection board to invite you to attend for interview.",
    "Your application for {role} has been successful at shortlisting. Please find your interview details below.",
    "We'd like to invite you to a strengths-based interview as part of the {role} selection process.",
    "The hiring manager has reviewed your profile and would like to schedule an interview for {role}.",
    "Please accept this email as a formal invitation to interview for the {role} role.",
    "Thanks so much for applying for {role}. We'd like to get you in for an interview!",
]
INV_NOWORD = [
    "Are you free for a chat about the {role} role on {when}? I've put a video link below.",
    "Can we grab 30 minutes to talk through the {role} position? {when} works on my side.",
    "Could you pop in to meet {first} and the team on {when}? It'll be informal, about 45 minutes.",
    "I've booked us a call for {when} to go through your experience and the {role} post.",
    "Would {when} suit you for a video call with {first}, who leads the team you'd be joining?",
    "Let's talk! I've sent a Teams link for {when}.",
]
INV_DETAILS_INPERSON = [
    "Venue: {venue}. Please report to main reception 10 minutes before your slot.",
    "The interview will take place at {venue}. Visitor parking is limited, so please allow extra time.",
    "Location: {venue} (nearest station is a 10-minute walk).",
    "Please come to {venue} and ask for {recruiter} at the front desk.",
]
INV_DETAILS_VIDEO = [
    "The interview will be held on Microsoft Teams. Join link: https://teams.example/l/meetup-join/{slug}",
    "We'll meet on Zoom: https://zoom.example/j/{digits} (passcode {pc}).",
    "Google Meet link: https://meet.example/{gm}",
    "Join by video: https://webex.example/meet/{slug}",
    "It'll be a video call on Teams; the link is in the calendar invite.",
]
INV_DETAILS_PHONE = ["{first} will call you on the number on your application ({phone}).",
                     "It's a phone call: we'll ring you on {phone}; if that's not right, please send a better number.",
                     "We'll call you on your mobile, so no need to dial in."]
INV_BRING = [
    "Please bring photo ID (passport or driving licence), proof of address dated within the last three months, and original certificates for your qualifications.",
    "Please bring your passport or other evidence of your right to work, as we will check this on the day.",
    "You will be asked to give a 10-minute presentation on: '{topic}'. A laptop and screen will be provided.",
    "The panel will ask questions based on the behaviours in the job advert: Communicating and Influencing, Working Together, and Delivering at Pace.",
    "The interview will last approximately {dur} minutes.",
    "Dress code is smart casual.",
    "If you require any reasonable adjustments, please let us know as soon as possible.",
    "Please confirm your attendance by replying to this email.",
    "If the time doesn't suit, let me know and we'll try to find an alternative.",
]
TOPICS = ["How would you improve uptake of flu vaccination among hard-to-reach groups?",
          "Using data to reduce health inequalities in our area",
          "What makes an outstanding guest experience?",
          "Your first 90 days in this role",
          "Engaging young people with public services",
          "A lesson idea that builds curiosity in science"]
INV_SUBJ = ["Invitation to interview – {role}", "Interview invitation: {role} ({ref})", "Your interview with {short}",
            "Interview – {role}", "Next steps: interview for {role}", "{short} – invitation to interview",
            "Interview confirmation – {when_short}", "Shortlisted: interview details for {role}",
            "Interview arrangements", "We'd like to meet you!", "Re: {role} application", "Meeting the team – {short}",
            "Panel interview – {ref}", "Final interview – {role}", "Invitation: stage 2 interview"]
INV_ES_CORE = [
    "Nos da gusto informarte que fuiste seleccionada para una entrevista para la vacante de {role}.",
    "Te invitamos a una entrevista con el equipo de {short} para platicar sobre la posición de {role}.",
    "Después de revisar tu perfil, nos gustaría conocerte en una entrevista.",
    "Te confirmo tu entrevista para {role} {when}.",
    "¿Podrías conectarte a una videollamada {when} con {first}, quien sería tu {boss}?",
    "Queremos agendar una entrevista contigo para la vacante de {role}.",
    "Avanzaste a la entrevista final del proceso de {role}. ¡Felicidades!",
]
INV_ES_DET = ["La entrevista será presencial en {venue}. Favor de presentarte con 10 minutos de anticipación e identificación oficial.",
              "Será por Google Meet: https://meet.example/{gm}",
              "Te enviaré la liga de Zoom un día antes.",
              "Trae por favor tu CV impreso y una identificación oficial (INE o pasaporte).",
              "La duración aproximada es de {dur} minutos.",
              "Te pido que me confirmes tu asistencia respondiendo este correo."]


def _venue(c):
    lang = c["lang"]
    streets = {"UK": ["Level 2, Education Centre, Southmead Road", "Ashcombe Civic Offices, Market Street", "1 Wharf Lane"],
               "IE": ["Block B, Tallaght Cross", "the Boardroom, Main Building", "Harcourt Centre, Dublin 2"],
               "IN": ["Ground Floor, Tower B, Kharadi", "HR Department, 3rd Floor, Baner Road", "Admin Block, Panjim"],
               "AU": ["Level 4, 12 Macquarie Street", "Building 7, Room 2.14", "the Staff Room, Main Campus"],
               "ZA": ["2nd Floor, Bree Street", "the Training Room, Block C", "Main Building, Church Street"],
               "MX": ["Av. Juárez 1450, piso 3", "Oficinas Corporativas, Blvd. Kukulcán km 12", "Edificio de Rectoría, planta baja"],
               "CA": ["Suite 400, 250 Front Street West", "Room 2.105, Administration Building", "Lobby, 1 Glacier Way"]}
    region = c["region"]
    idx = sum(map(ord, c["name"])) % 3
    return "%s, %s" % (streets[region][idx], c["city"])


def _people(app, ev):
    return ev.get("interviewers") or []


def _names(ps, lang="en"):
    ns = [cm.bare(p[0]) for p in ps]
    if not ns:
        return ""
    if len(ns) == 1:
        return ns[0]
    return (", ".join(ns[:-1]) + (" and " if lang != "es" else " y ") + ns[-1])


def _fmt(app, ev, rng, extra=None):
    c = app["c"]
    ps = _people(app, ev)
    start = ev.get("start")
    d = dict(role=app["role"], short=c["short"], company=c["name"], ref=app["ref"], venue=_venue(c),
             recruiter=cm.bare(app["c"]["people"][0][0]), first=cm.first(ps[0][0]) if ps else cm.first(c["people"][0][0]),
             slug=mk.h(ev["key"], 12), digits="8%09d" % (int(mk.h(ev["key"], 7), 16) % 10 ** 9),
             pc=mk.h(ev["key"] + "p", 6), gm="%s-%s-%s" % (mk.h(ev["key"], 3), mk.h(ev["key"] + "m", 4), mk.h(ev["key"] + "g", 3)),
             phone="+353 87 555 0142", topic=rng.choice(TOPICS), dur=rng.choice([30, 40, 45, 60]),
             when=kit.when(start, c["region"], rng) if start else "", names=_names(ps, app["lang"]))
    d["when_short"] = (kit.when(start, c["region"], rng, with_zone=False) if start else "")
    d["boss"] = "jefe directo" if cm.es_male(ps[0][0] if ps else c["people"][0][0]) else "jefa directa"
    if extra:
        d.update(extra)
    return d


def gen_invite(app, ev, rng):
    sub = ev.get("sub", "human")
    fn = {"human": _human_fixed, "noword": _human_fixed, "portal": _portal, "portal_book": _portal,
          "gcal": _gcal, "outlook": _outlook, "booking": _booking, "availability": _availability,
          "reminder": _reminder, "reschedule": _reschedule, "centre": _centre, "walkin": _walkin, "trial": _trial,
          "schoolday": _schoolday, "notification": _notification, "agency": _agency}[sub]
    m = fn(app, ev, rng)
    return m


def _lab(app, ev, start=True, people=True, role=True, company=True, body=""):
    ps = _people(app, ev)
    return kit.label(company=app["company"] if company else None, role=app["role"] if role else None,
                     start=ev.get("start") if start else None,
                     interviewers=[cm.bare(p[0]) for p in ps] if (people and ps) else None)


def _human_fixed(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    ps = _people(app, ev)
    coord = jk.person(app, 0)
    f = _fmt(app, ev, rng)
    mode = ev.get("mode") or rng.choice(["inperson", "video", "video", "phone"])
    noword = ev.get("sub") == "noword"
    if lang == "es":
        core = rng.choice(INV_ES_CORE).format(**f)
        if "{when}" not in core and f["when"] not in core:
            core += " " + rng.choice(["La cita sería %s." % f["when"], "Te propongo %s." % f["when"]])
        dets = [INV_ES_DET[0] if mode == "inperson" else INV_ES_DET[1]] + rng.sample(INV_ES_DET[3:], 2)
        if ps:
            dets.insert(0, "Te entrevistará%s %s." % ("n" if len(ps) > 1 else "", f["names"]))
        body = jk.join(cm.greet(rng, region, "es"), core, *[x.format(**f) for x in dets],
                       cm.signoff(rng, region, "es") + "\n" + cm.signature(rng, coord, c, "es"))
        subj = rng.choice(["Entrevista – {role}", "Invitación a entrevista | {short}", "Confirmación de entrevista",
                           "Siguiente paso: entrevista"]).format(**f)
    else:
        if noword:
            core = rng.choice(INV_NOWORD).format(**f)
        else:
            core = rng.choice(INV_CORE).format(**f)
            core += " " + rng.choice(["Your slot is {when}.", "We have you down for {when}.", "The interview is scheduled for {when}.",
                                      "Would {when} work for you?", "I've pencilled you in for {when}.",
                                      "Date and time: {when}."]).format(**f)
        if mode == "inperson":
            det = [rng.choice(INV_DETAILS_INPERSON).format(**f)]
        elif mode == "video":
            det = [rng.choice(INV_DETAILS_VIDEO).format(**f)]
        else:
            det = [rng.choice(INV_DETAILS_PHONE).format(**f)]
        if ps:
            det.append(rng.choice(["The panel will be {names}.", "You'll be meeting {names}.", "Interviewing: {names}.",
                                   "{names} will be on the call.", "You'll meet {names}."]).format(**f))
        if not noword:
            bring = INV_BRING if mode == "inperson" else [x for x in INV_BRING if "bring" not in x.lower() and "laptop" not in x and "Dress" not in x]
            if c["sector"] != "public":
                bring = [x for x in bring if "behaviours" not in x]
            det += [x.format(**f) for x in rng.sample(bring, rng.randint(1, 3))]
        body = jk.join(cm.greet(rng, region, "en"), core, *det,
                       cm.signoff(rng, region, "en") + "\n" + cm.signature(rng, coord, c, "en"))
        subj = rng.choice(INV_SUBJ).format(**f)
        if noword:
            subj = rng.choice(["Quick chat?", "Catch-up re your application", "{short} – call on {when_short}",
                               "Time to talk", "Meeting {first}"]).format(**f)
    quote = jk.last_thread(app, jk.person_addr(app, coord)[1]) if rng.random() < 0.5 else None
    if quote:
        subj = kit.reply_subject(quote["subject"])
    sender = jk.person_addr(app, coord)
    lab = _lab(app, ev, role=app["role"] in body or app["role"] in subj)
    note = "recruiter email fixing one interview time (%s)" % mode
    if noword:
        note = "books a call with a link and a fixed time, never says 'interview'"
    cc = [jk.person_addr(app, p) for p in ps[:1]] if ps and rng.random() < 0.3 else None
    m = jk.human_msg(app, ev, rng, "interview_invite", subj, body, sender, lab, note, quote=quote, cc=cc)
    jk.remember(app, m, body)
    return m


def _portal(app, ev, rng):
    """A public-sector/NHS/ATS portal notification: book a slot (no time) or a booked slot (time)."""
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    book = ev.get("sub") == "portal_book" or ev.get("start") is None
    f = _fmt(app, ev, rng)
    if lang == "es":
        blocks = [("p", cm.greet(rng, region, "es")),
                  ("p", "Tu postulación para %s avanzó a la etapa de entrevista." % app["role"]),
                  ("p", "Ingresa al portal para elegir el horario de tu entrevista." if book else "Tu entrevista quedó agendada %s." % f["when"]),
                  ("button", "Ir al portal", jk.portal_url(app, "entrevista"))]
        subj = "Entrevista: %s" % app["role"]
        footer = [cm.legal_footer(rng, region, c["name"], c["sector"])]
    else:
        if book:
            txt = rng.choice([
                "You have been invited to interview for {role} (reference {ref}). Please log in to your account to select an interview slot. Slots are allocated on a first-come, first-served basis.",
                "Congratulations, you have been shortlisted for {role}. To book your interview, sign in and choose 'Schedule your interview' under My Applications.",
                "The recruiting manager has invited you to an interview for {role}. Select a time from the available slots before they fill up.",
                "Your application for {role} has progressed to the interview stage. Log in to view the available dates and confirm your attendance.",
                "Good news: you are invited to the next stage for {role}. Please book a time in the candidate portal within 48 hours.",
            ]).format(**f)
        else:
            txt = rng.choice([
                "Your interview for {role} has been booked for {when}.",
                "This is confirmation of your interview slot: {when}. Location: {venue}.",
                "Interview confirmed. Vacancy: {role}. When: {when}.",
                "You have confirmed the interview slot below for {role}: {when}.",
            ]).format(**f)
        blocks = [("p", cm.greet(rng, region, "en")), ("p", txt)]
        if not book:
            rows = [("Vacancy", app["role"]), ("Reference", app["ref"]), ("Date and time", f["when"])]
            if rng.random() < 0.6:
                rows.append(("Venue", f["venue"]) if rng.random() < 0.5 else ("Format", "Microsoft Teams (link to follow)"))
            blocks.append(("rows", rows))
            if _people(app, ev) and rng.random() < 0.6:
                blocks.append(("p", "Panel: %s" % f["names"]))
        blocks.append(("button", "Book your interview" if book else "View interview details", jk.portal_url(app, "interview")))
        blocks.append(("p", rng.choice(INV_BRING[:2] + INV_BRING[4:7] + ([INV_BRING[3]] if c["sector"] == "public" else [])).format(**f)))
        blocks.append(("p", cm.signoff(rng, region, "en") + "\n" + rng.choice(["Recruitment Team", "HR Shared Services", "Resourcing", "Candidate Services"]) + "\n" + c["name"]))
        subj = rng.choice(["Invitation to interview – {ref}", "Interview booking – {role}", "Action required: book your interview",
                           "Interview details: {role}", "You're invited to interview ({ref})", "{short}: interview confirmation"]).format(**f)
        footer = [cm.legal_footer(rng, region, c["name"], c["sector"]), cm.unsub_footer(rng, jk.vendor(app)["brand"] if jk.vendor(app) else c["short"], c["domain"])]
    if book:
        ev["start"] = None
    lab = _lab(app, ev, people=not book)
    note = "portal notification: %s" % ("self-booking link, no fixed time" if book else "booked slot")
    m = jk.ats_msg(app, ev, rng, "interview_invite", subj, blocks, footer, lab, note)
    jk.remember(app, m, blocks[1][1], human=False)
    return m


def _ics_for(app, ev, rng, organizer, tzmode, prodid, method="REQUEST", sequence=0, summary=None, desc=None):
    c = app["c"]
    ps = _people(app, ev)
    start = ev["start"]
    att = [(OWNER_NAME, OWNER)] + [jk.person_addr(app, p) for p in ps]
    summary = summary or rng.choice(["Interview: Maya Fernandes – %s" % app["role"], "%s interview – Maya Fernandes" % app["role"],
                                     "Maya Fernandes / %s" % c["short"], "Interview (%s)" % app["role"]])
    uid = "%s@%s" % (mk.h(app["id"] + "uid", 26), organizer[1].split("@")[1])
    dur = rng.choice([30, 45, 60, 60, 90])
    return kit.mk.ics(method, uid, summary, start, dur, tzmode, organizer, att, location=desc[0] if desc else "",
                      description=desc[1] if desc else "", sequence=sequence, prodid=prodid,
                      stamp=ev["date"], alarm=rng.random() < 0.4), dur, summary


def _gcal(app, ev, rng):
    """Google Calendar invitation: multipart/mixed with text/calendar and invite.ics."""
    c = app["c"]
    region = c["region"]
    coord = jk.person(app, 0)
    org = jk.person_addr(app, coord)
    ps = _people(app, ev)
    start = ev["start"]
    link = "https://meet.example/%s-%s-%s" % (mk.h(ev["key"], 3), mk.h(ev["key"] + "a", 4), mk.h(ev["key"] + "b", 3))
    f = _fmt(app, ev, rng)
    desc_text = rng.choice(["Interview for the %s role. Join with Google Meet: %s" % (app["role"], link),
                            "Hi Maya, looking forward to speaking with you. Meet link: %s" % link,
                            "%s – video interview. %s" % (c["short"], link)])
    tzmode = rng.choice(["iana", "utc"])
    ics_text, dur, summary = _ics_for(app, ev, rng, org, tzmode, "-//Google Inc//Google Calendar 70.9054//EN",
                                      desc=(link, desc_text))
    end = start + dt.timedelta(minutes=dur)
    wd = kit.DAYS_EN[start.weekday()][:3]
    zlabel = {"Europe/London": "United Kingdom Time", "Europe/Dublin": "Irish Standard Time" if start.utcoffset().seconds else "Greenwich Mean Time",
              "Asia/Kolkata": "India Standard Time", "Africa/Johannesburg": "South Africa Standard Time",
              "America/Mexico_City": "Hora estándar central", "America/Toronto": "Eastern Time - Toronto"}.get(str(start.tzinfo), str(start.tzinfo))
    subj = "Invitation: %s @ %s %d %s %d %s - %s (%s) (%s)" % (summary, wd, start.day, kit.MONTHS_EN[start.month - 1][:3], start.year,
                                                            kit.t12(start), kit.t12(end), zlabel, OWNER)
    guests = "\n".join(["%s - organiser" % org[1]] + ["%s" % jk.person_addr(app, p)[1] for p in ps] + [OWNER])
    txt = "%s\n%s\n\n%s\n%s %d %s %d ⋅ %s – %s (%s)\n\nJoining info\nJoin with Google Meet\n%s\n\nGuests\n%s\n\nView all guest info https://calendar.example/event?eid=%s\n\nReply for %s\n\nInvitation from Google Calendar\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n" % (
        summary, desc_text, "When", kit.DAYS_EN[start.weekday()], start.day, kit.MONTHS_EN[start.month - 1], start.year,
        kit.t12(start), kit.t12(end), zlabel, link, guests, mk.h(ev["key"], 20), OWNER)
    html = mk.vendor_html("Google Calendar", "#1a73e8", [("h", summary), ("p", desc_text), ("rows", [("When", txt.split("\n")[4]), ("Guests", guests.replace("\n", ", "))]),
                                                        ("button", "Join with Google Meet", link)],
                          ["Invitation from Google Calendar"])
    key = ev["key"]
    alt = mk.multipart("alternative", [mk.text(txt, cte="quoted-printable"), mk.text(html, "html", cte="quoted-printable"),
                                       mk.calendar(ics_text, cte=rng.choice(["7bit", "base64"]))], kit.bnd(key, "gmail"))
    root = mk.multipart("mixed", [alt, mk.attachment("invite.ics", "application/ics", ics_text.encode())], kit.bnd(key + "x", "gmail"))
    lab = _lab(app, ev, role=app["role"] in summary or app["role"] in desc_text)
    m = jk.build(app, ev, rng, "interview_invite", subj, root, (cm.bare(coord[0]), org[1]), lab,
                 "Google Calendar invitation; start from DTSTART (%s)" % ("UTC Z" if tzmode == "utc" else "TZID"),
                 headers=[("Sender", "Google Calendar <calendar-notification@google.example>"),
                          ("X-Google-Calendar-Content-Display", "1")], reply_to=org,
                 msgid="<calendar-%s@google.example>" % mk.h(key, 30))
    jk.remember(app, m, desc_text, human=True)
    return m


def _outlook(app, ev, rng, sequence=0, resched=False):
    """Outlook/Exchange meeting request with a Teams block; Windows TZID."""
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    coord = jk.person(app, 0)
    org = jk.person_addr(app, coord)
    ps = _people(app, ev)
    f = _fmt(app, ev, rng)
    start = ev["start"]
    tzmode = "windows" if str(start.tzinfo) in mk.WINDOWS and rng.random() < 0.75 else ("iana" if str(start.tzinfo) in mk.VTZ or str(start.tzinfo) in mk.VTZ_FIXED else "utc")
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting <https://teams.example/l/meetup-join/%s>\n"
             "Meeting ID: %s %s %s\nPasscode: %s\n________________________________________________________________________________"
             % (f["slug"], f["digits"][:3], f["digits"][3:6], f["digits"][6:], f["pc"]))
    if lang == "es":
        intro = rng.choice(["Hola Maya, te comparto la invitación para tu entrevista de %s." % app["role"],
                            "Maya, agendé la entrevista con %s. Cualquier cambio me avisas." % (f["names"] or "el equipo")])
    else:
        intro = rng.choice(["Hi Maya, please find the interview invitation for %s below." % app["role"],
                            "Dear Maya, as discussed, here's the Teams invite for your interview with %s." % (f["names"] or "the panel"),
                            "Maya - calendar invite for %s. Any problems joining, call me on %s." % (app["role"], cm.phone(region, 77)),
                            "Updated time below, apologies for the change." if resched else "Invite attached; it should drop straight into your calendar."])
    body = intro + "\n\n" + teams + "\n"
    if lang == "es":
        summary = rng.choice(["Entrevista Maya Fernandes - %s" % app["role"], "Entrevista: %s" % app["role"],
                              "Maya Fernandes / %s – entrevista" % c["short"]])
    else:
        summary = rng.choice(["Interview - Maya Fernandes - %s" % app["role"], "%s Interview: Maya Fernandes" % app["role"],
                              "Interview: %s (Maya Fernandes)" % c["short"]])
    ics_text, dur, summary = _ics_for(app, ev, rng, org, tzmode, "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                      sequence=sequence, summary=summary, desc=("Microsoft Teams Meeting", body))
    key = ev["key"]
    alt = mk.multipart("alternative", [mk.text(body, cte="quoted-printable"),
                                       mk.text(mk.outlook_html(body), "html", cte="quoted-printable"),
                                       mk.calendar(ics_text, cte=rng.choice(["base64", "7bit", "quoted-printable"]))], kit.bnd(key, "outlook"))
    subj = ("Updated: " if resched else "") + summary
    lab = _lab(app, ev)
    hs = [("Thread-Index", "A" + mk.b64tok(key + "ti", 31)), ("Content-Language", "en-GB" if lang != "es" else "es-MX"),
          ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "1"),
          ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + mk.h(key, 16))]
    note = "Outlook meeting request (%s TZID)%s" % ("Windows" if tzmode == "windows" else tzmode, ", SEQUENCE:%d reschedule" % sequence if resched else "")
    d0 = ev["date"]
    if rng.random() < 0.5:
        ev["date"] = d0.astimezone(kit.UTC)
    m = jk.build(app, ev, rng, "interview_invite", subj, alt, org, lab, note, headers=hs,
                 msgid=kit.mid(key, org[1].split("@")[1], "outlook"), crlf=True)
    ev["date"] = d0
    jk.remember(app, m, body)
    return m


def _booking(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    tool, host = rng.choice([("Calendly", "calendly.example"), ("Microsoft Bookings", "outlook-bookings.example"),
                             ("GoodTime", "goodtime.example"), ("Cronofy", "cronofy.example"), ("ModernLoop", "modernloop.example")])
    ev["start"] = None
    ps = _people(app, ev)
    coord = jk.person(app, 0)
    f = _fmt(app, ev, rng)
    url = "https://%s/%s/%s" % (host, cm.ascii_fold(c["short"]).lower().replace(" ", "-").replace("'", ""), mk.h(ev["key"], 8))
    if lang == "es":
        body = jk.join(cm.greet(rng, region, "es"),
                       rng.choice(["Para avanzar con tu proceso de %s, por favor agenda tu entrevista en el siguiente enlace:" % app["role"],
                                   "Elige el horario que mejor te acomode para la entrevista:"]),
                       url, cm.signoff(rng, region, "es") + "\n" + cm.bare(coord[0]))
        subj = "Agenda tu entrevista – %s" % app["role"]
    else:
        line = rng.choice(["Please use the link below to choose an interview slot that suits you for {role}.",
                           "{names_or_team} would like to interview you for {role}. Pick a time that works here:",
                           "Next step is a 30-minute video interview. Grab any open slot on my calendar:",
                           "Could you book a time for your {role} interview using this link? Slots run over the next two weeks."])
        body = jk.join(cm.greet(rng, region, "en"),
                       line.format(role=app["role"], names_or_team=f["names"] or "The hiring team"), url,
                       rng.choice(["You'll get a calendar invite as soon as you book.", "If none of the times work, reply and we'll sort something out.", ""]),
                       cm.signoff(rng, region, "en") + "\n" + cm.signature(rng, coord, c))
        subj = rng.choice(["Schedule your interview – {role}", "Please book your interview", "Pick a time: {short} interview",
                           "Interview scheduling for {role}", "Action needed: choose an interview time"]).format(**f)
    lab = _lab(app, ev, start=False)
    m = jk.human_msg(app, ev, rng, "interview_invite", subj, body, jk.person_addr(app, coord), lab,
                     "self-scheduling link (%s), no fixed time; named interviewers listed" % tool)
    jk.remember(app, m, body)
    return m


def _availability(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    ev["start"] = None
    coord = jk.person(app, 0)
    f = _fmt(app, ev, rng)
    d = ev["date"]
    days = [kit.shift_weekday((d + dt.timedelta(days=k)).date()) for k in (2, 3, 5)]
    if lang == "es":
        opts = ["- %s %d de %s, %s" % (kit.DAYS_ES[x.weekday()], x.day, kit.MONTHS_ES[x.month - 1], rng.choice(["10:00", "12:30", "16:00"])) for x in days]
        body = jk.join(cm.greet(rng, region, "es"), "Nos gustaría entrevistarte para %s. ¿Cuál de estos horarios te funciona?" % app["role"],
                       "\n".join(opts), cm.signoff(rng, region, "es") + "\n" + cm.bare(coord[0]))
        subj = "Disponibilidad para entrevista"
    else:
        opts = ["- %s %d %s, %s" % (kit.DAYS_EN[x.weekday()], x.day, kit.MONTHS_EN[x.month - 1][:3], rng.choice(["10am", "11:30am", "2pm", "3.30pm", "4pm"])) for x in days]
        body = jk.join(cm.greet(rng, region, "en"),
                       rng.choice(["We'd like to invite you to interview for {role}. Could you let me know which of these times suits?",
                                   "The panel for {role} has a few slots next week. Which works best?",
                                   "{names_or_team} would like to meet you. Are any of the following free for you?",
                                   "Could you send me your availability for a 45-minute interview? Options so far:"]).format(role=app["role"], names_or_team=f["names"] or "The hiring manager"),
                       "\n".join(opts), rng.choice(["Times are %s." % kit.zabbr(d), "All times local.", ""]),
                       cm.signoff(rng, region, "en") + "\n" + cm.signature(rng, coord, c))
        subj = rng.choice(["Interview availability – {role}", "Times for an interview?", "Re: {role}", "Scheduling your interview"]).format(**f)
    quote = jk.last_thread(app, jk.person_addr(app, coord)[1]) if rng.random() < 0.4 else None
    lab = _lab(app, ev, start=False)
    m = jk.human_msg(app, ev, rng, "interview_invite", subj, body, jk.person_addr(app, coord), lab,
                     "availability request with three options: scheduling request, no single start", quote=quote)
    jk.remember(app, m, body)
    return m


def _reminder(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    f = _fmt(app, ev, rng)
    tool = rng.choice(["GoodTime", "Microsoft Bookings", "Trac", "Interview Scheduler", c["short"]])
    if lang == "es":
        blocks = [("p", cm.greet(rng, region, "es")), ("p", "Te recordamos tu entrevista para %s %s." % (app["role"], f["when"])),
                  ("p", rng.choice(["Recuerda conectarte 5 minutos antes.", "Si necesitas reprogramar, responde a este correo."]))]
        subj = "Recordatorio: entrevista %s" % f["when_short"]
        footer = ["Mensaje automático de %s" % c["short"]]
    else:
        blocks = [("p", cm.greet(rng, region, "en")),
                  ("p", rng.choice(["This is a reminder that your interview for {role} is coming up: {when}.",
                                    "Just a heads-up: you're meeting {names_or_team} tomorrow, {when}.",
                                    "Your interview with {short} starts in 24 hours ({when}).",
                                    "Reminder of your booked slot: {when}, {role}."]).format(names_or_team=f["names"] or "the team", **{k: v for k, v in f.items() if k != "names"})),
                  ("p", rng.choice(["Need to reschedule? Use the link below or reply to this email.", "Please join a few minutes early to test your audio.",
                                    "Remember to bring your ID documents.", "Good luck!"])),
                  ("button", "Manage booking", "https://%s/booking/%s" % ("bookings.example", mk.h(ev["key"], 10)))]
        subj = rng.choice(["Reminder: interview tomorrow", "Reminder: {role} interview on {when_short}", "Upcoming interview – {short}",
                           "Don't forget: your interview is tomorrow"]).format(**f)
        footer = ["Sent by %s on behalf of %s" % (tool, c["name"])]
    lab = _lab(app, ev)
    m = jk.ats_msg(app, ev, rng, "interview_invite", subj, blocks, footer, lab,
                   "automated reminder for a booked interview: interview_invite with the time")
    return m


def _reschedule(app, ev, rng):
    if rng.random() < 0.4:
        m = _outlook(app, ev, rng, sequence=1, resched=True)
        m.note = "rescheduled Outlook request (SEQUENCE:1); the new time counts"
        return m
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    coord = jk.person(app, 0)
    f = _fmt(app, ev, rng)
    if lang == "es":
        body = jk.join(cm.greet(rng, region, "es"),
                       "Una disculpa: tuvimos que mover tu entrevista. La nueva cita es %s. ¿Me confirmas si te funciona?" % f["when"],
                       cm.signoff(rng, region, "es") + "\n" + cm.bare(coord[0]))
        subj = "Cambio de horario – entrevista"
    else:
        body = jk.join(cm.greet(rng, region, "en"),
                       rng.choice(["I'm afraid we need to move your interview; {names_or_panel} has a clash. The new time is {when}. Apologies for the inconvenience.",
                                   "Small change of plan: could we move your interview to {when}? Same link as before.",
                                   "Due to unforeseen circumstances the interview panel has been rearranged. Your interview will now take place on {when}.",
                                   "Following your email, I've moved your slot to {when}. Please let me know you've got this."]).format(
                           names_or_panel=f["names"] or "one of the panel", **{k: v for k, v in f.items() if k != "names"}),
                       cm.signoff(rng, region, "en") + "\n" + cm.signature(rng, coord, c))
        subj = rng.choice(["Change to your interview time", "Interview rescheduled – {role}", "Re: interview arrangements", "New interview time"]).format(**f)
    quote = jk.last_thread(app, jk.person_addr(app, coord)[1])
    if quote and rng.random() < 0.6:
        subj = kit.reply_subject(quote["subject"])
    lab = _lab(app, ev, role=app["role"] in body or app["role"] in subj)
    m = jk.human_msg(app, ev, rng, "interview_invite", subj, body, jk.person_addr(app, coord), lab,
                     "reschedule proposing one new time: interview_invite with the new start", quote=quote)
    jk.remember(app, m, body)
    return m


def _centre(app, ev, rng):
    c = app["c"]
    region = c["region"]
    f = _fmt(app, ev, rng)
    start = ev["start"]
    sched = []
    t = start
    for item in rng.sample(["Welcome and introduction", "Group exercise", "Panel interview", "Written exercise",
                            "Presentation", "Role-play exercise", "Lunch with current graduates", "Tour of the site"], 4):
        sched.append((t.strftime("%H:%M"), item))
        t = t + dt.timedelta(minutes=rng.choice([30, 45, 60]))
    if not any("interview" in s[1].lower() for s in sched):
        sched[2] = (sched[2][0], "Panel interview")
    blocks = [("p", cm.greet(rng, region, "en")),
              ("p", rng.choice(["Congratulations! You have been invited to our {kind} for {role}.",
                                "Well done on passing the online tests. We'd like to invite you to the final stage for {role}: an {kind}.",
                                "You're invited to attend a {kind}, the final step in our selection process for {role}."]).format(
                  kind=rng.choice(["assessment centre", "virtual assessment centre", "assessment day", "selection day"]), **f)),
              ("rows", [("Date", kit.date_words(start, region)), ("Start", "%s (%s)" % (start.strftime("%H:%M"), kit.zabbr(start))),
                        ("Venue", f["venue"] if rng.random() < 0.5 else "Online (Microsoft Teams)")]),
              ("p", "Timetable:\n" + "\n".join("%s  %s" % s for s in sched)),
              ("p", rng.choice(["The day includes a competency-based interview with two assessors.",
                                "You'll be interviewed by a partner and a member of the early careers team.",
                                "Please prepare a five-minute introduction about yourself."])),
              ("button", "Confirm your place", jk.portal_url(app, "ac")),
              ("p", cm.signoff(rng, region, "en") + "\n" + rng.choice(["Early Careers Team", "Graduate Recruitment", "Selection Team"]) + ", " + c["name"])]
    subj = rng.choice(["Assessment centre invitation – {role}", "You're invited: {short} assessment day", "Final stage: assessment centre",
                       "Selection day – {ref}"]).format(**f)
    footer = [cm.legal_footer(rng, region, c["name"], c["sector"])]
    lab = _lab(app, ev)
    m = jk.ats_msg(app, ev, rng, "interview_invite", subj, blocks, footer, lab,
                   "assessment centre that includes an interview: interview_invite, start = the first session")
    return m


def _walkin(app, ev, rng):
    c = app["c"]
    f = _fmt(app, ev, rng)
    start = ev["start"]
    hr = jk.person(app, 0)
    greeting = rng.choice(["Dear Candidate,", "Greetings from %s!\n\nDear Maya," % c["short"], "Namaste Maya ji,", "Hi Maya,"])
    body = jk.join(greeting,
                   rng.choice(["Based on your profile on Naukri, you are shortlisted for a Walk-in Interview for the post of {role}.",
                               "We are conducting a walk-in drive for {role} and would like you to attend.",
                               "Further to your application, we are pleased to invite you for a face-to-face interview round for {role}."]).format(**f),
                   "Date & Time: %s onwards\nVenue: %s\nContact person: %s (%s)" % (kit.when(start, "IN", rng), f["venue"], cm.bare(hr[0]), cm.phone("IN", 33)),
                   "Documents to carry: updated resume (2 copies), passport-size photographs, ID proof (Aadhaar/PAN), original mark sheets and relieving letters.",
                   rng.choice(["Kindly confirm your availability by replying to this mail.", "Please revert with your confirmation at the earliest.",
                               "Do share your confirmation on WhatsApp also, it is faster."]),
                   cm.signoff(rng, "IN", "en") + "\n" + cm.signature(rng, hr, c, style=2))
    subj = rng.choice(["Walk-in Interview | {role} | {short}", "Invitation for Interview - {role}", "Interview call letter: {role}",
                       "Shortlisted - Face to Face Interview on {when_short}"]).format(**f)
    lab = _lab(app, ev)
    m = jk.human_msg(app, ev, rng, "interview_invite", subj, body, jk.person_addr(app, hr), lab,
                     "Indian walk-in interview call with date, time and venue", client=rng.choice(["gmail", "outlook", "webmail"]))
    jk.remember(app, m, body)
    return m


def _trial(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    f = _fmt(app, ev, rng)
    mgr = ev.get("interviewers")[0] if ev.get("interviewers") else jk.person(app, 1)
    if lang == "es":
        body = jk.join("Hola Maya,", "¿Podrías venir a un turno de prueba %s? Serían unas 3 horas en recepción con %s." % (f["when"], cm.first(mgr[0])),
                       "Trae zapato negro cerrado y camisa blanca. Cualquier cosa me avisas.", cm.bare(mgr[0]))
        subj = "Turno de prueba"
    else:
        body = jk.join(rng.choice(["Hi Maya,", "Hey Maya,", "Maya,"]),
                       rng.choice(["Thanks for coming in yesterday. Would you be able to do a paid trial shift on {when}? You'd be with {first} on the floor for about three hours.",
                                   "Are you free for a trial shift {when}? It's the best way for us both to see if it's a fit.",
                                   "We'd like you to come in for a work trial on {when}, around 4 hours, paid at the award rate."]).format(**f),
                       rng.choice(["Black pants, closed shoes, we'll give you a shirt.", "Wear something smart and comfy shoes.", "Just bring your RSA certificate if you have it."]),
                       rng.choice(["Cheers,", "Thanks,", "See you then,"]) + "\n" + cm.first(mgr[0]) + "\n" + rng.choice(["Sent from my iPhone", c["short"], ""]))
        subj = rng.choice(["Trial shift", "Trial shift {when_short}?", "Re: {role}", "Come in for a trial?"]).format(**f)
    ev["interviewers"] = [mgr]
    lab = _lab(app, ev, role=app["role"] in body or app["role"] in subj)
    m = jk.human_msg(app, ev, rng, "interview_invite", subj, body, jk.person_addr(app, mgr), lab,
                     "hospitality trial shift at a fixed time, a hiring step: labelled interview_invite", client=rng.choice(["iphone", "gmail"]))
    jk.remember(app, m, body)
    return m


def _schoolday(app, ev, rng):
    c = app["c"]
    region = c["region"]
    f = _fmt(app, ev, rng)
    coord = jk.person(app, 0)
    start = ev["start"]
    body = jk.join(cm.greet(rng, region, "en", formal=True),
                   "Thank you for your application for the post of {role}. I am pleased to invite you to our interview day on {when}.".format(**f),
                   rng.choice(["The day will include a tour of the school with pupils, a 20-minute lesson observation with a Year 5 group, and a formal interview with the Headteacher and a governor.",
                               "You will be asked to lead a 15-minute small-group reading activity, after which you will meet the interview panel.",
                               "The morning will start with a short written task, followed by a lesson observation and a panel interview."]),
                   "Please arrive at reception by %s and bring photo ID and your qualification certificates for our safer recruitment checks." % start.strftime("%H:%M"),
                   rng.choice(["Please confirm by return whether you are able to attend.", "Kindly confirm your attendance with the school office."]),
                   cm.signoff(rng, region, "en") + "\n" + cm.signature(rng, coord, c),
                   cm.legal_footer(rng, "UK" if region == "UK" else region, c["name"], c["sector"]))
    subj = rng.choice(["Interview day – {role}", "Invitation to interview: {role}", "{short}: interview arrangements"]).format(**f)
    lab = _lab(app, ev)
    m = jk.human_msg(app, ev, rng, "interview_invite", subj, body, jk.person_addr(app, coord), lab,
                     "school interview day with lesson observation: interview_invite, start = arrival time")
    jk.remember(app, m, body)
    return m


def _notification(app, ev, rng):
    """Google Calendar notification for an interview event on Maya's own calendar."""
    c = app["c"]
    start = ev["start"]
    title = rng.choice(["Interview – %s (%s)" % (c["short"], app["role"]), "%s interview" % c["short"], "INTERVIEW %s – %s" % (c["short"], app["role"])])
    end = start + dt.timedelta(hours=1)
    when_txt = "%s %d %s %d %s – %s (%s)" % (kit.DAYS_EN[start.weekday()], start.day, kit.MONTHS_EN[start.month - 1], start.year,
                                           kit.t12(start), kit.t12(end), kit.zabbr(start) or str(start.tzinfo))
    txt = "This is a notification for:\n\nTitle: %s\nWhen: %s\nCalendar: %s\n\nInvitation from Google Calendar\nYou are receiving this email at the account %s because you set a notification for this event.\nForwarding this notification could allow any recipient to modify the event.\n" % (
        title, when_txt, OWNER, OWNER)
    html = mk.vendor_html("Google Calendar", "#1a73e8", [("h", title), ("rows", [("When", when_txt), ("Calendar", OWNER)])],
                          ["You are receiving this email because you set a notification for this event."])
    key = ev["key"]
    root = mk.multipart("alternative", [mk.text(txt), mk.text(html, "html")], kit.bnd(key, "gmail"))
    subj = "Notification: %s @ %s %d %s %d %s (%s)" % (title, kit.DAYS_EN[start.weekday()][:3], start.day, kit.MONTHS_EN[start.month - 1][:3],
                                                    start.year, kit.t12(start), OWNER)
    ev["interviewers"] = []
    lab = kit.label(company=app["company"], role=app["role"] if app["role"] in title else None, start=start)
    hs = [("Auto-Submitted", "auto-generated")]
    ev2 = dict(ev)
    ev2["date"] = start - dt.timedelta(minutes=rng.choice([30, 60, 1440]))
    m = jk.build(app, ev2, rng, "interview_invite", subj, root, ("Google Calendar", "calendar-notification@google.example"), lab,
                 "Google Calendar reminder of Maya's own interview event: a reminder for a booked interview is interview_invite",
                 headers=hs, msgid="<%s@google.example>" % mk.h(key, 28))
    return m


def _agency(app, ev, rng):
    c = app["c"]
    ag = app.get("agency")
    f = _fmt(app, ev, rng)
    p = ag["person"]
    body = jk.join(cm.greet(rng, ag["region"], "en"),
                   rng.choice(["Great news, {short} would like to interview you for the {role} position!",
                               "The client ({company}) loved your CV and have asked to meet you.",
                               "I've just heard back from {short}: they'd like an interview."]).format(**f),
                   "It's booked for %s%s." % (f["when"], (" with " + f["names"]) if f["names"] else ""),
                   rng.choice(["Give me a ring beforehand and I'll run through what they're like.", "I'll send some prep notes tomorrow.",
                               "Please confirm and I'll let them know."]),
                   cm.signoff(rng, ag["region"], "en") + "\n" + cm.bare(p[0]) + "\n" + p[1] + "\n" + ag["name"])
    subj = rng.choice(["Interview with {short}!", "{role} – interview confirmed", "Re: {role} opportunity"]).format(**f)
    lab = _lab(app, ev)
    m = jk.human_msg(app, ev, rng, "interview_invite", subj, body, cm.paddr(p, ag["domain"]), lab,
                     "agency confirms a client interview; company is the client")
    jk.remember(app, m, body)
    return m
