"""The steps a thread can take. Each writes one message (or one per interviewer) and labels it."""
import datetime as dt
from zoneinfo import ZoneInfo

import kit
import mime
import owner_phr as O
import phr_en as EN
import phr_es as ES
import phr_pt as PT
import vendors
from mail import OWNER, Person
from threads import LONDON, UTC, _ascii, owner_sig, signature, mobile_sig

class _NoHm:
    """rng wrapper whose choice() avoids templates that talk about the hiring manager (used when the HM writes)."""
    def __init__(self, r):
        self._r = r

    def choice(self, seq):
        ok = [x for x in seq if not (isinstance(x, str) and "{hm" in x)]
        return self._r.choice(ok or seq)

    def __getattr__(self, k):
        return getattr(self._r, k)


L = lambda t, en, es, pt: {"en": en, "es": es, "pt": pt}[t.lang]


def owner(client):
    return Person(OWNER.name, OWNER.email, region="UK", client=client, tz="Europe/London")


def owner_client(t):
    return t.rng.choice(["gmail", "gmail", "gmail", "iphone", "apple"])


def owner_body(t, to_person, core, close=True):
    r = t.rng
    greet = {"es": f"Hola {to_person.first},", "pt": f"Olá {to_person.first},"}.get(t.lang) or r.choice(
        [f"Hi {to_person.first},", f"Hi {to_person.first}, ", f"Dear {to_person.first},", f"Hello {to_person.first},", f"{to_person.first},",
         f"Hey {to_person.first},"])
    sign = {"es": r.choice(["Un saludo,\nCasey", "Gracias,\nCasey", "Casey"]), "pt": r.choice(["Obrigada,\nCasey", "Um abraço,\nCasey", "Casey"])}.get(
        t.lang) or r.choice(["Best,\nCasey", "Thanks,\nCasey", "Many thanks,\nCasey", "Kind regards,\nCasey", "Cheers,\nCasey", "Casey",
                             "Best wishes,\nCasey", "Thanks again,\nCasey", "All the best,\nCasey"])
    return f"{greet.strip()}\n\n{core}\n\n{sign if close else 'Casey'}"


def osend(t, to, core, kind, conv="main", subject=None, fresh=False, note="", interviewers=None, cc=None, attachments=None,
          client=None, quote=True):
    r = t.rng
    client = client or owner_client(t)
    who = to[0]
    t.at(1, 30, "Europe/London", owner=True)
    new = owner_body(t, who, core)
    if client == "iphone" and r.random() < 0.5:
        new = kit.typo(new, r, 0.03, [t.role, t.company, who.first])
    sig = {"es": "Enviado desde mi iPhone", "pt": "Enviado do meu iPhone"}.get(t.lang, "Sent from my iPhone") if client == "iphone" else owner_sig(r)
    return t.send(owner(client), to, new, conv=conv, subject=subject, fresh=fresh, kind=kind, note=note, sig=sig,
                  interviewers=interviewers, cc=cc, attachments=attachments, client=client, quote=quote)


# ============================================================================ inbound, first contact

def outreach(t, note=""):
    r = t.rng
    ch = t.channel
    who = t.main
    t.at(0, 1, who.tz)
    if ch == "inmail":
        return inmail(t)
    if t.lang != "en":
        P = ES if t.lang == "es" else PT
        if ch == "agency_unnamed":
            core = [t.f([x for x in P.OUT if "{client_desc}" in x][0])]
        else:
            core = [t.f(r.choice([x for x in P.OUT if "{client_desc}" not in x]))]
        body = core + [t.f(r.choice(P.ASK))]
        new, sig = t.compose(who, body)
        subj = t.base_subject("outreach")
        return t.send(who, [OWNER], new, sig=sig, subject=subj, kind="recruiter_outreach",
                      note=note or f"first contact ({ch}) in {t.lang}")
    terse = False
    if ch == "inhouse":
        body = [t.f(r.choice(EN.OUT_INHOUSE))] + t.pick(EN.OUT_ROLE_DETAIL, r.choice([0, 1, 2])) + [t.f(r.choice(EN.OUT_ASK))]
    elif ch == "agency":
        body = [t.f(r.choice(EN.OUT_AGENCY_NAMED))] + t.pick(EN.OUT_ROLE_DETAIL, r.choice([1, 2])) + [t.f(r.choice(EN.OUT_ASK))]
    elif ch == "agency_unnamed":
        body = [t.f(r.choice(EN.OUT_AGENCY_UNNAMED))] + [t.f(r.choice(EN.OUT_ASK))]
    elif ch in ("hm", "ea"):
        body = [t.f(r.choice(EN.OUT_HM))] + t.pick(EN.OUT_ROLE_DETAIL, r.choice([0, 1])) + [t.f(r.choice(EN.OUT_ASK))]
    elif ch == "founder":
        body = [t.f(r.choice(EN.OUT_FOUNDER))]
        terse = True
    elif ch == "referral":
        who = t.friend
        body = [t.f(r.choice(EN.OUT_REFERRAL))]
        terse = r.random() < 0.6
    else:
        body = [t.f(r.choice(EN.OUT_INHOUSE))]
    if terse:
        new, sig = t.compose(who, body, terse=True, mobile=who.client == "iphone")
        if ch == "referral" and not new.lower().startswith("hey"):
            new = r.choice(["hey you!\n\n", "Casey!\n\n", "Hi lovely,\n\n", ""]) + new
    else:
        new, sig = t.compose(who, body, formal=t.field == "nursing" and r.random() < 0.3)
    subj = t.base_subject("outreach")
    if ch == "referral":
        subj = r.choice([f"job at {t.company}?", "thought of you", f"{t.role} role - want a referral?", "this has your name on it", "referral?"])
    if ch == "founder":
        subj = r.choice([f"hi from {t.company}", "quick q", f"{t.company} + you?", "coffee?", f"{t.role}?"])
    conv = "main" if ch != "referral" else "friend"
    n = {"inhouse": "in-house recruiter's first contact", "agency": "agency recruiter, client named in the text",
         "agency_unnamed": "agency recruiter, client kept confidential so company null", "hm": "hiring manager writes first",
         "ea": "executive writes first", "founder": "founder's terse first note", "referral": "friend at the company offers a referral (employer-side first contact)"}[ch]
    return t.send(who, [OWNER], new, sig=sig, subject=subj, conv=conv, kind="recruiter_outreach", note=note or n)


def inmail(t):
    r = t.rng
    who = t.rec
    body = "\n\n".join([t.f(r.choice(EN.OUT_INHOUSE)), t.f(r.choice(EN.OUT_ASK))])
    paras = [f"{who.name} sent you a message", f"{who.title} at {t.company}", f"Hi Casey,\n\n{body}\n\n{who.first}"]
    m = vendors.vendor(r, "linkedin", company="", domain="", date=t.now.astimezone(ZoneInfo(who.tz)),
                       subject=f"{who.first} sent you a new message", paras=paras, button="Reply", unsub=True, bulk=False,
                       heading="LinkedIn")
    return push_vendor(t, m, "recruiter_outreach", conv="inmail", note="LinkedIn InMail notification carrying the recruiter's first message")


def push_vendor(t, m, kind, conv=None, note="", start=None, interviewers=None, reply_by=None, role_ok=True):
    m.mid = t.w.mid("vendor", m.sender_domain) if not m.mid else m.mid
    m.key = t.key
    m.lang_tag = m.lang
    m.crlf = t.rng.random() < 0.4
    text = m.subject + "\n" + (m.text or "") + "\n" + m.vendor_from
    comp = t.company if kind != "other" and t.company in text else None
    if kind != "other" and comp is None and t.revealed and t.domain in m.vendor_from:
        comp = t.company
    m.label = dict(kind=kind, company=comp, role=t.role if (kind != "other" and role_ok and t.role in text) else None,
                   interview_start=start.isoformat() if start else None, interviewers=interviewers,
                   reply_by=reply_by.isoformat() if reply_by else None, note=note or kind)
    t.convs.setdefault(conv or f"v{len(t.w.msgs)}", []).append(m)
    t.w.msgs.append(m)
    return m


def nudge(t):
    r = t.rng
    who = t.main if t.channel != "referral" else t.friend
    t.at(90, 240, who.tz)
    P = {"en": EN.OUT_NUDGE, "es": ES.NUDGE, "pt": PT.NUDGE}[t.lang]
    core = t.f(r.choice(P))
    if r.random() < 0.5:
        new, sig = t.compose(who, [core], terse=True, mobile=r.random() < 0.3)
    else:
        new, sig = t.compose(who, [core])
    return t.send(who, [OWNER], new, sig=sig, conv="main" if t.channel != "referral" else "friend", kind="recruiter_outreach",
                  note="unanswered nudge on the sender's own first mail stays recruiter_outreach")


def o_interest(t, p=0.45):
    r = t.rng
    if r.random() > p:
        return None
    conv = "friend" if t.channel == "referral" and "friend" in t.convs else ("inmail" if "inmail" in t.convs and "main" not in t.convs else "main")
    last = t.convs[conv][-1]
    to = last.frm
    if conv == "inmail":
        to, conv = t.rec, "main"
        core = t.f(r.choice(O.INTEREST["en"]), avail=r.choice(O.AVAIL))
        return osend(t, [to], core + "\n\n(Replying here from your LinkedIn message.)", "other",
                     conv=conv, subject=f"{t.role} - {t.company}", fresh=True, note="candidate answers the InMail by email; other (outbound)")
    pool = O.INTEREST["friend"] if conv == "friend" else O.INTEREST[t.lang]
    core = t.f(r.choice(pool), avail=r.choice(O.AVAIL), avail_es=r.choice(O.AVAIL_ES), avail_pt=r.choice(O.AVAIL_PT))
    atts = [("application/pdf", mime.fake_pdf(r, "CV Casey Marlowe"), "Casey_Marlowe_CV.pdf")] if "CV" in core else None
    return osend(t, [to], core, "other", conv=conv, note="candidate replies to outreach: other (outbound)", attachments=atts)


def o_decline(t):
    r = t.rng
    last = t.convs["main"][-1]
    core = t.f(r.choice(O.DECLINE[t.lang]), kind=t.slots()["field"])
    return osend(t, [last.frm], core, "other", note="candidate declines the approach: other (outbound)")


# ============================================================================ acknowledgements

ACK_EN = [
    "Thank you for applying for the {role} position at {company}. We've received your application and our team will review it shortly.",
    "Thanks for your interest in {company}! This is to confirm we have received your application for {role}.",
    "We have successfully received your application for {role}. If your experience matches what we're looking for, a member of our team will be in touch.",
    "Your application for {role} has been submitted. You can track its progress at any time in your candidate profile.",
    "Hi Casey, thanks for applying to {company}. We review every application by hand, so it may take us a couple of weeks to get back to you.",
    "This email confirms that your application for the {role} vacancy (ref. {ref}) has been received.",
    "Thank you for submitting your application. Our hiring team is reviewing applications for {role} and will contact shortlisted candidates.",
    "Application received! Thanks for taking the time to apply for {role}. Here's what happens next.",
    "Thank you for your application for the post of {role}. Shortlisting will take place after the closing date, and we will contact you if you are shortlisted.",
    "We're excited you want to join {company}. Your application for {role} is now with our Talent team.",
    "Good news - your application for {role} went through. We'll be in touch if there's a match.",
    "Thanks for applying! We've got your application for {role} and will reach out if we'd like to move forward.",
]
ACK_NEXT = [
    "Due to the volume of applications we receive, we're not always able to give individual feedback.",
    "In the meantime, feel free to learn more about life at {company} on our careers page.",
    "If you're shortlisted, you'll hear from us within two to three weeks of the closing date.",
    "Please don't reply to this email - this mailbox isn't monitored.",
    "You can withdraw your application at any time from your candidate account.",
    "We'll keep your data in line with our candidate privacy notice.",
]
ACK_SUBJ = ["Thank you for your application", "Application received: {role}", "We've received your application - {company}",
            "Your application to {company}", "{company} | Application confirmation", "Thanks for applying to {company}!",
            "Application for {role} - received", "Confirmation of your application", "{role} (ref. {ref})"]
ACK_SUBJ_ES = ["Hemos recibido tu candidatura", "Candidatura recibida: {role}", "Gracias por postularte a {company}", "Confirmación de candidatura"]
ACK_SUBJ_PT = ["Recebemos a sua candidatura", "Candidatura recebida: {role}", "Obrigado por se candidatar na {company}", "Inscrição confirmada"]


def ack(t, vendor_key=None):
    r = t.rng
    t.at(0, 3, t.tz)
    key = vendor_key or t.ats or "careers"
    ref = f"{r.choice(['REQ', 'JR', 'R', ''])}{r.randrange(1000, 99999)}"
    if key == "trac":
        ref = f"{r.randrange(100, 999)}-{r.choice(['NUR', 'MED', 'SUR', 'ED'])}-{r.randrange(1000, 9999)}-{r.choice(['A', 'B', 'C'])}"
    sl = t.slots(ref=ref)
    if t.lang == "es":
        paras = [kit.fill(r.choice(ES.ACK), r, **sl), "Este es un mensaje automático; por favor, no respondas a este correo."]
        subj = kit.fill(r.choice(ACK_SUBJ_ES), r, **sl)
    elif t.lang == "pt":
        paras = [kit.fill(r.choice(PT.ACK), r, **sl), "Esta é uma mensagem automática, por favor não responda."]
        subj = kit.fill(r.choice(ACK_SUBJ_PT), r, **sl)
    else:
        paras = ["Hi Casey," if r.random() < 0.6 else "Dear Casey Marlowe,", kit.fill(r.choice(ACK_EN), r, **sl)] + \
                [kit.fill(x, r, **sl) for x in r.sample(ACK_NEXT, r.choice([1, 2]))] + \
                [r.choice([f"The {t.company} Talent Team", f"{t.company} Recruitment", "Best,\nThe Hiring Team", f"Kind regards,\n{t.company}"])]
        subj = kit.fill(r.choice(ACK_SUBJ), r, **sl)
    table = [("Role", t.role), ("Reference", ref), ("Location", t.city)] if r.random() < 0.35 else None
    reply_to = "" if r.random() < 0.6 else f"{t.rec.email}"
    m = vendors.vendor(r, key, company=t.company, domain=t.domain, date=t.now.astimezone(ZoneInfo(t.tz)), subject=subj, paras=paras,
                       button=r.choice([None, "View application", "Candidate home", "Track your application"]) if t.lang == "en" else None,
                       lang=t.lang, reply_to=reply_to, unsub=r.random() < 0.3, table=table, bulk=r.random() < 0.85,
                       html_only=r.random() < 0.15)
    return push_vendor(t, m, "application_ack", note=f"{key} acknowledgement with bulk/auto headers")


def ack_board(t):
    r = t.rng
    t.at(0, 1, t.tz)
    board = {"AU": "seek", "UK": r.choice(["reed", "linkedin", "indeed"]), "US": r.choice(["linkedin", "indeed"])}.get(t.region, "linkedin")
    if t.field == "nursing" and t.region == "UK":
        board = "nhsjobs"
    paras = {"seek": [f"Your application for {t.role} with {t.company} was sent successfully.",
                      "We've shared your SEEK Profile and resume with the employer. You can check the status of your application in your SEEK account.",
                      "Jobs you might like: Nurse Unit Manager (Sydney), Practice Manager (Parramatta), Engineering Lead (Melbourne)"],
             "reed": [f"You've applied for {t.role} at {t.company}.", "The recruiter will be in touch if you're a good fit. Good luck!",
                      "Similar jobs: Finance Business Partner, Head of Design, Engineering Manager"],
             "linkedin": [f"Your application was sent to {t.company}", f"{t.role} · {t.company} · {t.city}",
                          "Now, take these next steps for more success with your job search: keep your profile up to date."],
             "indeed": [f"Application submitted: {t.role}", f"{t.company} - {t.city}",
                        "Your application has been sent to the employer. We'll let you know if there's an update.",
                        "Tip: Employers are 3x more likely to respond to applicants with a complete Indeed profile."],
             "nhsjobs": [f"Dear Casey Marlowe,\n\nThank you for applying for {t.role} at {t.company}.",
                         "Your application has been submitted to the employer. The closing date for this vacancy is shown in your account.",
                         "You can view your application by signing in to NHS Jobs."]}[board]
    subj = {"seek": f"Your application was sent to {t.company}", "reed": f"Application sent: {t.role}",
            "linkedin": f"Casey, your application was sent to {t.company}", "indeed": f"Indeed Application: {t.role}",
            "nhsjobs": f"Application submitted: {t.role}"}[board]
    m = vendors.vendor(r, board, company="", domain="", date=t.now.astimezone(ZoneInfo(t.tz)), subject=subj, paras=paras,
                       button="View application", unsub=board != "nhsjobs", bulk=True, heading=vendors.V[board][0])
    return push_vendor(t, m, "application_ack", note=f"job-board receipt ({board}) names the employer; application_ack for it")


ACKH = ["Thanks for sending your application through for the {role} role - I can confirm it's arrived safely. I'll review it with {hm_first} once applications close on the {close_day}.",
        "Just to let you know we've received your CV and cover letter for {role}. We'll be in touch after shortlisting.",
        "Thank you for your application, which I've received. We're a small team so please bear with us - I'll come back to you as soon as we've had a look.",
        "Received with thanks! I'll pass your application to the panel for {role}.",
        "This is just a quick note to confirm receipt of your application for the {role} post."]


def ack_human(t):
    r = t.rng
    who = t.rec
    t.at(4, 30, who.tz)
    if t.lang == "es":
        core = t.f(r.choice(ES.ACK))
    elif t.lang == "pt":
        core = t.f(r.choice(PT.ACK))
    else:
        core = t.f(r.choice(ACKH), close_day=kit.ordinal(r.randrange(3, 28)))
    new, sig = t.compose(who, [core])
    subj = r.choice([f"RE: Application - {t.role}", f"{t.role} application", f"Your application - {t.role}", "Application received"])
    return t.send(who, [OWNER], new, sig=sig, subject=subj, kind="application_ack",
                  note="a person at a small employer confirms receipt only: application_ack (nothing else in it)")


# ============================================================================ interviews

def _iv_names(t, people, text, msg_cc, sender=None):
    out = []
    for p in people:
        if p is sender or p.name in text or any(c.email == p.email for c in msg_cc) or p.first not in text:
            out.append(p.name)
        else:
            out.append(p.first)
    return out


def invite_slots(t, who=None):
    r = t.rng
    who = who or t.main
    t.at(20, 96, who.tz)
    opts = []
    for _ in range(r.choice([2, 3, 3])):
        opts.append(t.when(t.interview_slot(2, 10)))
    bullets = "\n".join(f"{r.choice(['- ', '* ', '• ', ''])}{o}" for o in opts)
    if t.lang == "es":
        core = [t.f(r.choice(ES.INV_SLOTS[:2] + ES.INV_SLOTS[3:])), bullets]
    elif t.lang == "pt":
        core = [t.f(r.choice(PT.INV_SLOTS[:2] + PT.INV_SLOTS[3:])), bullets]
    else:
        if who is t.hm:
            core = [r.choice(["Would any of these work for a first chat?", "I'd love to find time to talk. Any of these?",
                              "Here are a few times I could do:"]), bullets]
        else:
            core = [t.f(r.choice(EN.INV_SLOTS_ASK)), bullets,
                    r.choice(["If none of those work, send me a couple of alternatives.", "All times are UK time.",
                              "Happy to go earlier or later if needed.", ""])]
    new, sig = t.compose(who, [c for c in core if c])
    iv = [t.hm] if (t.hm.first in new or who is t.hm) else None
    m = t.send(who, [OWNER], new, sig=sig, kind="interview_invite", interviewers=[t.hm.name] if iv else None,
               note="scheduling request with several options: no single start, prospective interviewer listed")
    t.pending = (opts, who)
    return m


def invite_book(t, who=None):
    r = t.rng
    who = who or t.main
    t.at(20, 72, who.tz)
    if t.lang == "es":
        core = [t.f(ES.INV_SLOTS[2])]
    elif t.lang == "pt":
        core = [t.f(PT.INV_SLOTS[2])]
    else:
        core = [t.f(r.choice(EN.INV_PROGRESS_INTRO)) if hasattr(EN, "INV_PROGRESS_INTRO") else
                r.choice(["Thanks for applying - we'd love to set up a first conversation.", "Great to hear back from you!",
                          f"{t.hm.first} would like to meet you."]), t.f(r.choice(EN.INV_BOOK))]
    new, sig = t.compose(who, core)
    return t.send(who, [OWNER], new, sig=sig, kind="interview_invite",
                  interviewers=[t.hm.name] if t.hm.first in new else None,
                  note="booking link, no time fixed yet")


def invite_fixed(t, who=None, terse=None, cc_hm=None, note=""):
    r = t.rng
    who = who or t.main
    t.at(12, 80, who.tz)
    s = t.interview_slot(1, 8)
    w = t.when(s)
    terse = (who is t.hm and r.random() < 0.6) if terse is None else terse
    if t.lang == "es":
        core = [t.f(r.choice(ES.INV_FIXED[:6] + ES.INV_FIXED[7:]), when=w)]
    elif t.lang == "pt":
        core = [t.f(r.choice(PT.INV_FIXED[:5] + PT.INV_FIXED[6:]), when=w)]
    else:
        pool = EN.INV_FIXED if who is not t.hm else [x for x in EN.INV_FIXED if "{hm" not in x]
        core = [t.f(r.choice(pool), when=w)]
        if not terse and r.random() < 0.5:
            core.append(r.choice(["Nothing to prepare - it's a two-way conversation.", "It'll be about 45 minutes.",
                                  f"{t.hm.first} will mostly want to hear about your time at Fernhill.",
                                  "Let me know if you need any adjustments for the interview.", "Shout if the time doesn't work."]))
    cc = [t.hm] if (cc_hm if cc_hm is not None else (who is not t.hm and r.random() < 0.35)) else []
    if terse:
        new, sig = t.compose(who, core, terse=True, mobile=r.random() < 0.5)
    else:
        new, sig = t.compose(who, core)
    named = [p for p in [t.hm] if p.first in new or p in cc]
    people = named or [who]
    from mail import body_text
    prev = t.convs.get("main", [None])[-1] if t.convs.get("main") else None
    ivn = _iv_names(t, people, new + sig + (body_text(prev) if prev is not None else ""), cc, sender=who)
    t.last_iv = (s, people)
    t.iv_count += 1
    return t.send(who, [OWNER], new, sig=sig, cc=cc, kind="interview_invite", start=s, interviewers=ivn,
                  note=note or ("single time fixed in the text" + (" by the interviewer herself/himself" if people == [who] else "")))


def invite_cal(t, organizer=None, with_rec=False, outlook=None):
    """A calendar invitation mail (Google or Outlook) for the last agreed or a new slot."""
    r = t.rng
    org = organizer or (t.coord if t.channel == "ea" else t.rec)
    t.at(1, 20, org.tz)
    s = t.interview_slot(2, 7)
    ivs = [t.hm] + (r.sample(t.panel, 1) if r.random() < 0.4 else [])
    if with_rec:
        ivs.append(t.rec)
    mins = r.choice([30, 45, 45, 60])
    outlook = org.client == "outlook" if outlook is None else outlook
    title = r.choice([f"Casey Marlowe <> {t.hm.first} ({t.company})", f"{t.role} - Casey Marlowe / {t.hm.name}",
                      f"Interview: Casey Marlowe - {t.role}", f"Chat with {t.hm.first}", f"{t.company} | {t.hm.first} x Casey",
                      f"Casey / {', '.join(p.first for p in ivs)}"])
    link = t.video_link()
    outlook = org.client == "outlook" if outlook is None else outlook
    if not outlook:
        link = f"https://meet.google.example/{mime.alnum(r, 3, 'abcdefghijkmnopqrstuvwxyz')}-{mime.alnum(r, 4, 'abcdefghijkmnopqrstuvwxyz')}-{mime.alnum(r, 3, 'abcdefghijkmnopqrstuvwxyz')}"
    else:
        link = f"https://teams.microsoft.example/l/meetup-join/19%3ameeting_{mime.alnum(r, 30)}%40thread.v2/0"
    desc = r.choice([f"Join: {link}", f"Video call link: {link}\nAgenda: intros, your experience, questions for the team.",
                     f"{t.hm.first} would like to chat about the {t.role} role. Join with {link}"])
    att = [("Casey Marlowe", OWNER.email)] + [(p.name, p.email) for p in ivs]
    if outlook:
        tzmode = r.choice(["windows", "windows", "utc"])
        cal = mime.ics(r, method="REQUEST", start=s, minutes=mins, summary=title, organizer=(org.name, org.email), attendees=att,
                       location="Microsoft Teams Meeting", description=desc, tzmode=tzmode, prodid="Microsoft Exchange Server 2010",
                       windows=True, stamp=t.now)
        body = (f"{r.choice(['Hi Casey, sending the invite for our call.', 'Invite attached - see you then!', 'Please see the Teams details below.', ''])}\n\n"
                "________________________________________________________________________________\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                f"Click here to join the meeting <{link}>\nMeeting ID: {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(100, 999)}\n"
                f"Passcode: {mime.alnum(r, 6)}\n________________________________________________________________________________")
        m = t.send(org, [OWNER], body, conv=f"cal{t.iv_count}", subject=title, fresh=True, cc=[p for p in ivs], client="outlook",
                   kind="interview_invite", start=s, interviewers=[p.name for p in ivs if p is not org or with_rec],
                   cal=cal, cal_style="outlook", note="Outlook meeting request; DTSTART from the calendar part")
    else:
        tzmode = r.choice(["iana", "iana", "utc"])
        cal = mime.ics(r, method="REQUEST", start=s, minutes=mins, summary=title, organizer=(org.name, org.email), attendees=att,
                       location=link, description=desc, tzmode=tzmode, stamp=t.now)
        lon = s.astimezone(LONDON)
        end = lon + dt.timedelta(minutes=mins)
        wl = f"{kit.EN_DAYS[lon.weekday()][:3]} {lon.day} {kit.EN_MONTHS[lon.month - 1][:3]} {lon.year} {kit._ampm(lon, 'short')} - {kit._ampm(end, 'short')} ({'BST' if lon.dst() else 'GMT'})"
        subj = f"Invitation: {title} @ {wl} ({OWNER.email})"
        guests = "\n".join(f"{n} - {'organiser' if e == org.email else ''}".rstrip(" -") + f"\n{e}" for n, e in [(org.name, org.email)] + att)
        body = (f"{title}\n{wl}\n\nJoining info\nJoin with Google Meet\n{link}\n\nGuests\n{guests}\n\nView all guest info\n\n"
                f"{desc}\n\nReply for {OWNER.email}\nYes  No  Maybe  More options\n\nInvitation from Google Calendar\n"
                "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.")
        m = t.send(org, [OWNER], body, conv=f"cal{t.iv_count}", subject=subj, fresh=True, client="gmail",
                   kind="interview_invite", start=s, interviewers=[p.name for p in ivs if p is not org or with_rec],
                   cal=cal, cal_style="google", note="Google Calendar invitation; DTSTART from the calendar part", reply_to=org.email)
        m.headers = [("Sender", f"Google Calendar <calendar-notification@google.example>")]
    t.last_iv = (s, ivs)
    t.last_cal = (m, title, org, att, mins, link)
    t.iv_count += 1
    return m


def invite_resched(t):
    r = t.rng
    s = t.interview_slot(2, 8)
    prev_s, ivs = t.last_iv
    if hasattr(t, "last_cal") and t.last_cal and r.random() < 0.5:
        m0, title, org, att, mins, link = t.last_cal
        t.at(2, 30, org.tz)
        cal = mime.ics(r, method="REQUEST", start=s, minutes=mins, summary=title, organizer=(org.name, org.email), attendees=att,
                       location=link, description="Rescheduled. " + link, tzmode="utc" if r.random() < 0.5 else "iana", sequence=r.choice([1, 2]),
                       stamp=t.now, uid=None)
        body = (f"This event has been changed.\n\n{title}\nChanged: {t.when(s, with_zone=True) if t.lang == 'en' else s.strftime('%d/%m/%Y %H:%M')}\n\n"
                f"Joining info\n{link}\n\nInvitation from Google Calendar")
        conv = [k for k in t.convs if k.startswith("cal")][-1]
        m = t.send(org, [OWNER], body, conv=conv, subject=f"Updated invitation: {title}", kind="interview_invite",
                   start=s, interviewers=[p.name for p in ivs], cal=cal, cal_style="google", client="gmail",
                   note="updated calendar invitation (SEQUENCE>0): the new time counts")
    else:
        who = t.main
        t.at(2, 40, who.tz)
        w = t.when(s)
        pool = {"es": [ES.INV_FIXED[6]], "pt": [PT.INV_FIXED[5]]}.get(t.lang, EN.INV_RESCHEDULE)
        new, sig = t.compose(who, [t.f(r.choice(pool), when=w)])
        m = t.send(who, [OWNER], new, sig=sig, kind="interview_invite", start=s,
                   interviewers=[p.name for p in ivs], note="reschedule proposing one new time: that time is the start")
    t.last_iv = (s, ivs)
    return m


def invite_reminder(t):
    r = t.rng
    s, ivs = t.last_iv
    t.now = max((s - dt.timedelta(hours=r.choice([20, 24, 26, 3]))).astimezone(UTC), t.now + dt.timedelta(minutes=50))
    if r.random() < 0.5 and t.lang == "en":
        key = r.choice(["goodtime", "calendly"])
        w = t.when(s)
        paras = [f"Hi Casey,", f"This is a reminder of your upcoming interview with {t.company}.",
                 f"When: {w}", f"With: {', '.join(p.name + ' (' + p.title + ')' for p in ivs)}", f"Where: {t.video_link()}",
                 "Need to reschedule? Reply to this email and your recruiter will help."]
        if key == "calendly":
            paras = [f"Reminder: {t.hm.name} and Casey Marlowe", f"Event: {t.role} conversation", f"Date & time: {w}",
                     f"Invitee: Casey Marlowe", f"Location: {t.video_link()}"]
        m = vendors.vendor(r, key, company=t.company, domain=t.domain, date=t.now.astimezone(ZoneInfo(t.tz)),
                           subject=r.choice([f"Reminder: your interview with {t.company} tomorrow", f"Reminder: {t.role} interview",
                                             f"Upcoming: Casey Marlowe <> {t.hm.first}"]),
                           paras=paras, button="Reschedule" if key == "calendly" else None, bulk=True, reply_to=t.rec.email)
        return push_vendor(t, m, "interview_invite", note=f"{key} reminder for a booked interview: interview_invite with that time",
                           start=s, interviewers=[p.name for p in ivs])
    who = t.main
    t.at(0, 0.1, who.tz)
    core = r.choice(["Just a quick reminder about tomorrow - you're all set for {when}. Good luck!",
                     "Looking forward to tomorrow! Quick reminder it's {when}, same link as before.",
                     "See you {when}. Any problems on the day, call me on the number below."])
    new, sig = t.compose(who, [t.f(core, when=t.when(s))], sig_style="phone")
    return t.send(who, [OWNER], new, sig=sig, kind="interview_invite", start=s, interviewers=[p.name for p in ivs],
                  note="human reminder of a booked slot")


def invite_panel(t, who=None, ics_attach=None):
    r = t.rng
    t.after_iv()
    who = who or t.main
    t.at(24, 120, who.tz)
    s = t.interview_slot(3, 10)
    members = [t.hm] + t.panel
    rows, cur = [], s
    for p in members:
        dur = r.choice([30, 45, 45])
        rows.append((cur, p, dur))
        cur = cur + dt.timedelta(minutes=dur + r.choice([0, 15]))
    w = t.when(s)
    if t.lang == "es":
        intro = t.f(r.choice(ES.PANEL), when=w)
    elif t.lang == "pt":
        intro = t.f(r.choice(PT.PANEL), when=w)
    else:
        intro = t.f(r.choice(EN.INV_PANEL_INTRO), when=w, role=t.role)
    style = r.choice(["dash", "time", "plain"])
    lines = []
    for st, p, dur in rows:
        if style == "time":
            lines.append(f"{st.strftime('%H:%M')} - {(st + dt.timedelta(minutes=dur)).strftime('%H:%M')}  {p.name}, {p.title}")
        elif style == "dash":
            lines.append(f"- {p.name} ({p.title})")
        else:
            lines.append(f"{p.name} - {p.title}")
    outro = [t.f(x) for x in r.sample(EN.INV_PANEL_OUTRO, 2)] if t.lang == "en" else [t.video_link()]
    cc = members if r.random() < 0.6 else []
    new, sig = t.compose(who, [intro, "\n".join(lines)] + outro)
    atts = None
    cal = None
    if ics_attach or (ics_attach is None and r.random() < 0.3):
        cal = mime.ics(r, method="REQUEST", start=s, minutes=int((cur - s).total_seconds() // 60), summary=f"Panel: Casey Marlowe - {t.role}",
                       organizer=(who.name, who.email), attendees=[("Casey Marlowe", OWNER.email)] + [(p.name, p.email) for p in members],
                       location=t.video_link(), description="Panel interview", tzmode="iana", stamp=t.now)
    m = t.send(who, [OWNER], new, sig=sig, cc=cc, kind="interview_invite", start=s, interviewers=[p.name for p in members],
               cal=cal, cal_style="attach" if cal and r.random() < 0.5 else "google",
               note="panel introduction naming each person with their title; start = first session")
    t.last_iv = (s, members)
    t.iv_count += 1
    return m


def invite_coord(t, fixed=False):
    r = t.rng
    who = t.coord
    t.at(4, 40, who.tz)
    intro = t.f(r.choice(EN.INV_COORD_INTRO), sender_first=who.first) if t.lang == "en" else \
        {"es": f"Soy {who.first}, coordino la agenda de {t.hm.name}.", "pt": f"Sou {who.first}, assistente do {t.hm.name}."}[t.lang]
    if fixed:
        s = t.interview_slot(2, 9)
        core = [intro, t.f(r.choice(["Would {when} suit for 45 minutes with {hm_first}?", "{hm_first} has {when} available - could you make that work?",
                                     "I've pencilled in {when} for you and {hm_first}; please let me know if that's okay."]), when=t.when(s))] \
            if t.lang == "en" else [intro, t.f(r.choice(ES.INV_FIXED[:3] if t.lang == "es" else PT.INV_FIXED[:3]), when=t.when(s))]
        new, sig = t.compose(who, core)
        t.last_iv = (s, [t.hm])
        t.iv_count += 1
        return t.send(who, [OWNER], new, sig=sig, conv="main", cc=[t.hm] if r.random() < 0.5 else [], kind="interview_invite", start=s,
                      interviewers=[t.hm.name], note="EA/coordinator books a slot with the executive; the coordinator is not an interviewer")
    opts = [t.when(t.interview_slot(2, 9)) for _ in range(3)]
    t.pending = (opts, who)
    new, sig = t.compose(who, [intro, "Could you let me know which of these works?" if t.lang == "en" else "¿Cuál te viene mejor?" if t.lang == "es" else "Qual funciona melhor?",
                               "\n".join("- " + o for o in opts)])
    return t.send(who, [OWNER], new, sig=sig, conv="main", kind="interview_invite", interviewers=[t.hm.name],
                  note="coordinator offers three options; no start; coordinator not an interviewer")


def invite_vendor(t):
    r = t.rng
    t.at(1, 24, t.tz)
    s = t.interview_slot(2, 8)
    key = r.choice(["goodtime", "calendly"])
    ivs = [t.hm] + r.sample(t.panel, 1)
    cal = mime.ics(r, method="REQUEST", start=s, minutes=45, summary=f"{t.company}: Casey Marlowe - {t.role}",
                   organizer=(t.rec.name, t.rec.email), attendees=[("Casey Marlowe", OWNER.email)] + [(p.name, p.email) for p in ivs],
                   location=t.video_link(), description="Interview", tzmode="utc", prodid="-//GoodTime//Scheduling//EN", stamp=t.now)
    w = t.when(s)
    paras = ["Hi Casey,", f"Your interview for {t.role} at {t.company} is confirmed.", f"Date and time: {w}",
             "Interviewers: " + ", ".join(f"{p.name}, {p.title}" for p in ivs), "A calendar invitation is attached."]
    m = vendors.vendor(r, key, company=t.company, domain=t.domain, date=t.now.astimezone(ZoneInfo(t.tz)),
                       subject=f"Interview confirmed: {t.role} at {t.company}" if r.random() < 0.5 else f"You're booked: {t.company} - {w}",
                       paras=paras, bulk=True, reply_to=t.rec.email, cal=cal)
    t.last_iv = (s, ivs)
    t.iv_count += 1
    return push_vendor(t, m, "interview_invite", start=s, interviewers=[p.name for p in ivs],
                       note=f"{key} confirmation with a UTC calendar part")


NURSE_DETAILS = ["Please bring photo ID, your NMC PIN and originals of your qualifications.",
                 "The interview will include a short presentation (10 minutes) on 'Leading safe staffing on a busy ward', followed by questions from the panel.",
                 "Please arrive 15 minutes early and report to the main reception, where you will be collected.",
                 "You will be asked to complete a short written task on the day.",
                 "If you have any access requirements, please let us know in advance.",
                 "Please bring your AHPRA registration details and two forms of identification."]


def invite_nurse(t):
    r = t.rng
    who = t.rec
    t.at(48, 200, who.tz)
    s = t.interview_slot(5, 14)
    members = [t.hm] + t.panel[:2]
    w = t.when(s)
    core = [t.f(r.choice(EN.INV_NURSE), when=w), "\n".join(f"{p.name}, {p.title}" for p in members),
            r.choice(NURSE_DETAILS), r.choice(NURSE_DETAILS[2:]) if r.random() < 0.5 else "",
            "Please confirm your attendance by replying to this email."]
    new, sig = t.compose(who, [c for c in core if c], formal=True, sig_style="full_disc")
    if "panel will be" not in new:
        new = new.replace("\n\n" + core[1], "\n\nThe panel:\n" + core[1])
    t.last_iv = (s, members)
    t.iv_count += 1
    return t.send(who, [OWNER], new, sig=sig, subject=r.choice([f"Invitation to interview - {t.role}", f"Interview - {t.role}", f"Shortlisting outcome: {t.role}"]),
                  fresh=True, conv="nhs", client="outlook", kind="interview_invite", start=s, interviewers=[p.name for p in members],
                  note="formal invitation after shortlisting, panel named")


# ============================================================================ assessments

def assess_human(t, who=None):
    r = t.rng
    t.after_iv()
    who = who or (t.hm if t.channel in ("hm", "founder") else t.main)
    t.at(10, 60, who.tz)
    dl = (t.now + dt.timedelta(days=r.choice([4, 5, 7]))).astimezone(ZoneInfo(who.tz)).date()
    dls = f"{kit.EN_DAYS[dl.weekday()]} {dl.day} {kit.EN_MONTHS[dl.month - 1]}" if t.region != "US" else f"{kit.EN_DAYS[dl.weekday()]}, {kit.EN_MONTHS[dl.month - 1]} {dl.day}"
    if t.lang == "es":
        core = [t.f(r.choice(ES.ASSESS[:2] + ES.ASSESS[4:]), deadline=f"{dl.day}/{dl.month}")] + [r.choice(ES_TOPIC[t.field])]
    elif t.lang == "pt":
        core = [t.f(r.choice(PT.ASSESS[:2] + PT.ASSESS[4:]), deadline=f"{dl.day:02d}/{dl.month:02d}")] + [r.choice(PT_TOPIC[t.field])]
    else:
        core = [t.f(r.choice(EN.ASSESS_HUMAN), deadline=dls, days=r.choice(["three", "five", "a few"])), r.choice(EN.ASSESS_TOPIC[t.field])]
    terse = t.channel == "founder"
    new, sig = t.compose(who, core, terse=terse)
    fn = r.choice(["Exercise_brief.pdf", f"{t.company.split()[0]}_case_study.pdf", "Take-home brief.pdf", "Scenario.pdf", "caso_practico.pdf" if t.lang == "es" else "desafio.pdf"])
    atts = [("application/pdf", mime.fake_pdf(r, "Exercise"), fn)]
    if t.field == "accounting" and r.random() < 0.6:
        atts.append(("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", mime.fake_docx(r), "trial_balance.xlsx"))
    return t.send(who, [OWNER], new, sig=sig, kind="assessment", attachments=atts,
                  note="take-home sent by a person, with a candidate deadline (not reply_by)")


ES_TOPIC = {"tech": ["El caso plantea un equipo de plataforma con muchas incidencias: ¿qué harías en tus primeros 90 días?"],
            "design": ["Te pedimos una crítica de tres pantallas de nuestra app y tus prioridades de mejora."],
            "nursing": ["Es un caso de un turno de noche con falta de personal y dos pacientes que empeoran."],
            "accounting": ["Incluye un balance de comprobación con errores y un comentario de desviaciones."]}
PT_TOPIC = {"tech": ["O case descreve uma equipa de plataforma com muitos incidentes: o que faria nos primeiros 90 dias?"],
            "design": ["Pedimos uma crítica de três ecrãs da nossa app e as suas prioridades."],
            "nursing": ["É um cenário de um turno da noite com falta de pessoal e dois doentes a piorar."],
            "accounting": ["Inclui um balancete com erros e um comentário sobre desvios orçamentais."]}


def assess_vendor(t):
    r = t.rng
    t.after_iv()
    t.at(6, 72, t.tz)
    key = {"tech": r.choice(["hackerrank", "codility", "testgorilla"]), "design": "testgorilla", "nursing": r.choice(["shl", "testgorilla"]),
           "accounting": r.choice(["shl", "testgorilla"])}[t.field]
    dl = (t.now + dt.timedelta(days=r.choice([3, 5, 7]))).astimezone(ZoneInfo(t.tz))
    dls = f"{dl.day} {kit.EN_MONTHS[dl.month - 1]} {dl.year} {dl.strftime('%H:%M')} {dl.tzname()}"
    if t.lang == "es":
        paras = ["Hola Casey,", t.f(r.choice([ES.ASSESS[2], ES.ASSESS[3]]), deadline=dls),
                 r.choice(["Duración estimada: 60 minutos.", "Tienes 90 minutos una vez empieces.", "Recuerda completarla en una sola sesión."]),
                 f"Fecha límite: {dls}."]
    elif t.lang == "pt":
        paras = ["Olá Casey,", t.f(r.choice([PT.ASSESS[2], PT.ASSESS[3]]), deadline=dls),
                 r.choice(["Duração estimada: 60 minutos.", "Terá 90 minutos a partir do início.", "Lembre-se de concluir numa única sessão."]),
                 f"Prazo: {dls}."]
    else:
        paras = ["Hi Casey,", t.f(r.choice(EN.ASSESS_VENDOR), deadline=dls),
                 r.choice(["The assessment takes about 60 minutes and must be completed in one sitting.",
                           "It includes a numerical reasoning section and a situational judgement questionnaire.",
                           "You'll have 90 minutes once you start. Make sure you have a stable internet connection.",
                           "There are three tests: a leadership scenarios test, a critical thinking test and a culture-add questionnaire."]),
                 f"Please complete it by {dls}."]
    subj = r.choice({"es": [f"{t.company} te ha invitado a una prueba", f"Invitación: prueba para {t.role}", "Recordatorio: tu prueba caduca pronto"],
                     "pt": [f"A {t.company} convidou você para uma avaliação", f"Convite: teste para {t.role}", "Lembrete: a sua avaliação expira em breve"]}.get(
        t.lang, [f"{t.company} has invited you to an assessment", f"Invitation: {t.role} assessment", f"Action required: complete your {t.company} assessment",
                 f"Reminder: your {t.company} assessment expires soon"]))
    m = vendors.vendor(r, key, company=t.company, domain=t.domain, date=t.now.astimezone(ZoneInfo(t.tz)), subject=subj, paras=paras,
                       button="Start assessment" if t.lang == "en" else ("Iniciar prueba" if t.lang == "es" else "Iniciar teste"), lang=t.lang,
                       bulk=r.random() < 0.7, reply_to=t.rec.email if r.random() < 0.4 else "")
    return push_vendor(t, m, "assessment", note=f"{key} invitation; the deadline is the candidate's, so reply_by null")


# ============================================================================ replies from the employer side

def _promise(t, who):
    """phrase (with its preposition) + date for an employer promise, resolved against the sender's local date."""
    r = t.rng
    d = t.now.astimezone(ZoneInfo(who.tz)).date()
    kind = r.choice(["friday", "nextweek", "twoweeks", "date", "bizdays"])
    if kind == "friday" and d.weekday() > 3:
        kind = "nextweek"
    if kind == "friday":
        rb = kit.next_weekday(d, 4)
        ph = {"en": r.choice(["by Friday", "by this Friday", "by the end of the week"]), "es": "antes del viernes", "pt": "até sexta-feira"}[t.lang]
    elif kind == "nextweek":
        rb = kit.friday_next_week(d)
        ph = {"en": r.choice(["by the end of next week", "before the end of next week"]), "es": "antes del final de la semana que viene",
              "pt": "até o final da próxima semana"}[t.lang]
    elif kind == "twoweeks":
        rb = d + dt.timedelta(days=14)
        ph = {"en": r.choice(["within two weeks", "in the next two weeks"]), "es": "en un plazo de dos semanas", "pt": "em até duas semanas"}[t.lang]
    elif kind == "bizdays":
        rb = kit.add_business_days(d, 5)
        ph = {"en": r.choice(["within five working days", "within 5 business days"]), "es": "en un plazo de cinco días hábiles",
              "pt": "em até cinco dias úteis"}[t.lang]
    else:
        rb = d + dt.timedelta(days=r.randrange(4, 12))
        if t.lang == "es":
            ph = f"antes del {kit.ES_DAYS[rb.weekday()]} {rb.day} de {kit.ES_MONTHS[rb.month - 1]}"
        elif t.lang == "pt":
            ph = f"até {kit.PT_DAYS[rb.weekday()]}, {rb.day} de {kit.PT_MONTHS[rb.month - 1]}"
        elif t.region == "US":
            ph = f"by {kit.EN_DAYS[rb.weekday()]}, {kit.EN_MONTHS[rb.month - 1]} {rb.day}"
        else:
            ph = f"by {kit.EN_DAYS[rb.weekday()]} {kit.ordinal(rb.day)}" if rb.month == d.month else f"by {kit.EN_DAYS[rb.weekday()]} {rb.day} {kit.EN_MONTHS[rb.month - 1]}"
    return ph, rb


def reply(t, sub, who=None, note=""):
    """recruiter_reply of a given subtype."""
    r = t.rng
    t.after_iv()
    who = who or t.main
    t.at(8, 90, who.tz)
    rb = None
    if who is t.hm:
        r = _NoHm(r)
    if t.lang != "en":
        P = ES if t.lang == "es" else PT
        m = {"waiting": [0, 2, 7], "promise": [1, 8], "docs": [3], "refs": [4], "hold": [5], "progress": [6], "thanks": [0],
             "agency": [0, 2]}.get(sub, [0])
        tpl = P.REPLY[r.choice(m)]
        if who is t.hm and "{hm" in tpl:
            tpl = P.REPLY[2]
        if "{rb_phrase}" in tpl:
            ph, rb = _promise(t, who)
            core = [t.f(tpl, rb_phrase=ph)]
        else:
            core = [t.f(tpl)]
    elif sub == "waiting":
        core = [t.f(r.choice(EN.REPLY_WAITING)), t.f(r.choice(EN.REPLY_VAGUE))]
    elif sub == "promise":
        ph, rb = _promise(t, who)
        core = [t.f(r.choice(EN.REPLY_WAITING)), t.f(r.choice(EN.REPLY_PROMISE), rb_phrase=ph)]
    elif sub == "refs":
        core = [r.choice(["Thanks again for your time with the panel.", "Good news - we're nearly there!", "Quick admin request."]), t.f(r.choice(EN.REPLY_REFS))]
    elif sub == "docs":
        core = [t.f(r.choice(EN.REPLY_DOCS))]
    elif sub == "hold":
        core = [t.f(r.choice(EN.REPLY_HOLD))]
    elif sub == "thanks":
        core = [t.f(r.choice(EN.REPLY_THANKS_RECEIVED))]
    elif sub == "progress":
        core = [t.f(r.choice(EN.REPLY_PROGRESS))]
    elif sub == "agency":
        core = [t.f(r.choice(EN.REPLY_AGENCY))]
    else:
        core = [t.f(r.choice(EN.REPLY_WAITING))]
    mobile = r.random() < 0.15
    new, sig = t.compose(who, core, terse=mobile and sub in ("waiting", "thanks"), mobile=mobile)
    atts = [("application/vnd.openxmlformats-officedocument.wordprocessingml.document", mime.fake_docx(r), "Referee_form.docx")] \
        if sub == "refs" and "form" in new else None
    conv = "main" if "main" in t.convs else ("nhs" if "nhs" in t.convs else "main")
    return t.send(who, [OWNER], new, sig=sig, conv=conv, kind="recruiter_reply", reply_by=rb, attachments=atts,
                  subject=None if conv in t.convs else f"{t.role} - update", note=note or f"employer-side human reply: {sub}")


def reveal(t):
    """Agency names the confidential client."""
    r = t.rng
    who = t.agent
    t.revealed = True
    t.at(6, 50, who.tz)
    if t.lang == "en":
        core = [r.choice([f"Great to speak earlier! As promised, the client is {t.company}.", f"Now that we've spoken I can share that the client is {t.company}.",
                          f"Good news - {t.company} (yes, that's the client!) would like to see your CV formally."]),
                t.f(r.choice(EN.REPLY_AGENCY))]
    else:
        core = [{"es": f"Como te comenté, el cliente es {t.company}. Ya les pasé tu CV.", "pt": f"Como combinamos, o cliente é a {t.company}. Já enviei o seu CV."}[t.lang]]
    new, sig = t.compose(who, core)
    return t.send(who, [OWNER], new, sig=sig, kind="recruiter_reply",
                  note="agency names its client for the first time: company now labelled")


def fwd_feedback(t):
    r = t.rng
    t.after_iv()
    who = t.rec
    t.at(10, 48, who.tz)
    inner = t.send(t.hm, [who], t.compose(t.hm, [r.choice([f"Really liked Casey. Strong on {t.topics[0]}. Let's get her in front of the panel.",
                                                            "Good chat. Keen to see more on stakeholder stuff but I'd move her forward.",
                                                            "Yes from me - let's do the next stage asap"])], terse=True)[0],
                   conv="internal", subject=f"Casey Marlowe - feedback", fresh=True, kind="other", note="internal (not in mailbox)")
    t.w.msgs.remove(inner)
    t.convs.pop("internal", None)
    core = [r.choice(["Sharing this because it made my day - see {hm_first}'s note below.", "Forwarding {hm_first}'s feedback (with permission!).",
                      "Thought you'd like to see this. Next steps to follow."])]
    new, sig = t.compose(who, [t.f(c) for c in core])
    conv = "main"
    m = t.send(who, [OWNER], new, sig=sig, conv="fwd", subject=f"Fwd: Casey Marlowe - feedback", fresh=True, forward=inner, kind="recruiter_reply",
               client="gmail", note="recruiter forwards the hiring manager's feedback: a non-decision reply")
    return m


# ============================================================================ decisions

def rejection(t, style="formal", who=None):
    r = t.rng
    t.after_iv()
    who = who or t.main
    t.at(20, 200, who.tz)
    if t.lang != "en":
        P = ES if t.lang == "es" else PT
        idx = {"formal": [0, 1, 4], "informal": [5], "cancel": [2], "internal": [3], "filled": [7]}.get(style, [0])
        core = [t.f(P.REJ[r.choice(idx)])]
        new, sig = t.compose(who, core)
    else:
        pool = {"formal": EN.REJ_FORMAL, "informal": EN.REJ_INFORMAL, "cancel": EN.REJ_CANCELLED[:3] + EN.REJ_CANCELLED[5:],
                "internal": EN.REJ_CANCELLED[3:5]}[style]
        core = [t.f(r.choice(pool))]
        if style == "informal" and r.random() < 0.6:
            new, sig = t.compose(who, core, terse=True, mobile=r.random() < 0.5)
        else:
            core += [t.f(x) for x in r.sample(EN.REJ_SOFTEN, r.choice([1, 2]))]
            new, sig = t.compose(who, core)
    conv = "main" if "main" in t.convs else None
    subj = None if conv else r.choice([f"Your application - {t.role}", f"Update on {t.role}", "Update", f"{t.company} - {t.role}"])
    n = {"formal": "human rejection without the word unfortunately", "informal": "informal one-line rejection",
         "cancel": "role cancelled/withdrawn: rejection", "internal": "filled internally: rejection", "filled": "position filled: rejection"}[style]
    return t.send(who, [OWNER], new, sig=sig, conv=conv or "rej", subject=subj, fresh=conv is None, kind="rejection", note=n)


def rejection_ats(t):
    r = t.rng
    t.after_iv()
    t.at(48, 500, t.tz)
    key = t.ats or "careers"
    if t.lang == "es":
        paras = ["Hola Casey,", t.f(r.choice([ES.REJ[6], ES.REJ[7], ES.REJ[4]])), "Te deseamos mucho éxito.", f"Equipo de Talento de {t.company}"]
        subj = r.choice([f"Tu candidatura en {t.company}", f"Actualización: {t.role}"])
    elif t.lang == "pt":
        paras = ["Olá Casey,", t.f(r.choice([PT.REJ[6], PT.REJ[7], PT.REJ[4]])), "Desejamos sucesso na sua jornada.", f"Equipe {t.company}"]
        subj = r.choice([f"Sua candidatura na {t.company}", f"Atualização: {t.role}"])
    else:
        paras = [r.choice(["Dear Casey,", "Hi Casey,", "Dear Casey Marlowe,"]), t.f(r.choice(EN.REJ_ATS)),
                 r.choice(["We encourage you to apply for future openings that match your skills.", "We'll keep your details on file for six months.",
                           "Thank you again for considering us.", "We wish you the very best in your search."]),
                 r.choice([f"Best regards,\n{t.company} Talent Acquisition", "Kind regards,\nThe Recruitment Team", f"The {t.company} Hiring Team"])]
        subj = r.choice([f"Your application to {t.company}", f"Update on your {t.company} application", f"{t.role} - application update",
                         f"Thank you for your interest in {t.company}", "Regarding your application"])
    m = vendors.vendor(r, key, company=t.company, domain=t.domain, date=t.now.astimezone(ZoneInfo(t.tz)), subject=subj, paras=paras,
                       lang=t.lang, bulk=r.random() < 0.8, unsub=r.random() < 0.25, reply_to="" if r.random() < 0.7 else t.rec.email)
    return push_vendor(t, m, "rejection", note=f"{key} rejection with bulk/auto headers")


def offer_call(t, who=None):
    r = t.rng
    t.after_iv()
    who = who or t.main
    t.at(10, 120, who.tz)
    s = t.interview_slot(0, 2)
    if t.lang != "en":
        P = ES if t.lang == "es" else PT
        core = [t.f(r.choice([P.OFFER[0], P.OFFER[3], P.OFFER[4]]), when=t.when(s))]
    else:
        core = [t.f(r.choice(EN.OFFER_CALL), when=t.when(s))]
    mobile = r.random() < 0.3
    new, sig = t.compose(who, core, terse=mobile, mobile=mobile)
    cal = None
    if r.random() < 0.25 and "{when}" not in "":
        cal = mime.ics(r, method="REQUEST", start=s, minutes=30, summary="Offer conversation - Casey Marlowe",
                       organizer=(who.name, who.email), attendees=[("Casey Marlowe", OWNER.email)], location=t.video_link(),
                       description="Let's talk through the offer.", tzmode="iana", stamp=t.now)
    return t.send(who, [OWNER], new, sig=sig, kind="offer", cal=cal, cal_style="google",
                  note="verbal-offer call invite: the text says offer, so offer (interview_start null)")


def offer_written(t, who=None, revised=False):
    r = t.rng
    t.after_iv()
    who = who or t.main
    t.at(6, 72, who.tz)
    sd = (t.now + dt.timedelta(days=r.randrange(28, 70))).date()
    sds = f"{sd.day} {kit.EN_MONTHS[sd.month - 1]} {sd.year}" if t.lang == "en" else f"{sd.day:02d}/{sd.month:02d}/{sd.year}"
    dl = (t.now + dt.timedelta(days=r.choice([5, 7]))).date()
    dls = f"{kit.EN_DAYS[dl.weekday()]} {dl.day} {kit.EN_MONTHS[dl.month - 1]}"
    if t.lang != "en":
        P = ES if t.lang == "es" else PT
        core = [t.f(P.OFFER[5] if revised else r.choice(P.OFFER[1:3]), start_date=sds)]
    else:
        W = EN.OFFER_WRITTEN
        base = [x for x in W if not any(k in x for k in ("revised", "client", "conditional"))]
        if revised:
            pool = [x for x in W if "revised" in x]
        elif t.channel in ("agency", "agency_unnamed"):
            pool = [x for x in W if "client" in x] + base
        elif t.field == "nursing":
            pool = [x for x in W if "conditional" in x] + base[:3]
        else:
            pool = base
        core = [t.f(r.choice(pool), start_date=sds), t.f(r.choice(EN.OFFER_CLOSE), deadline=dls)]
    new, sig = t.compose(who, core)
    fn = r.choice(["Offer_Letter_Casey_Marlowe.pdf", "Casey Marlowe - Offer.pdf", "Contract of Employment.pdf", "Carta_oferta.pdf" if t.lang == "es" else "Proposta.pdf"])
    return t.send(who, [OWNER], new, sig=sig, kind="offer", attachments=[("application/pdf", mime.fake_pdf(r, "Offer"), fn)],
                  note="revised offer after negotiation" if revised else "written offer with the letter attached")


def offer_esign(t):
    r = t.rng
    t.after_iv()
    who = t.rec
    t.at(2, 30, who.tz)
    paras = [f"{who.name} sent you a document to review and sign.", f"Offer Letter - Casey Marlowe - {t.role}",
             f"{who.first} wrote: \"Hi Casey, here's your offer from {t.company} - congratulations!\"",
             "Please do not share this email. It contains a secure link to DocuSign."]
    m = vendors.vendor(r, "docusign", company=t.company, domain=t.domain, date=t.now.astimezone(ZoneInfo(who.tz)),
                       subject=f"Complete with DocuSign: Offer Letter - Casey Marlowe - {t.company}", paras=paras, button="REVIEW DOCUMENT",
                       bulk=False, sender_name=who.name, reply_to=who.email, heading="DocuSign")
    return push_vendor(t, m, "offer", note="DocuSign envelope carrying the offer letter")


# ============================================================================ candidate's own mail

def thank_yous(t, limit=None, cc_rec=None, p=None):
    r = t.rng
    s, ivs = t.last_iv
    first_round = t.iv_count <= 1
    if r.random() > (p if p is not None else (0.4 if first_round else 0.6)):
        return []
    if limit and limit > 1:
        limit = r.choice(range(1, limit + 1))
    t.now = max(t.now, (s + dt.timedelta(hours=r.uniform(1.2, 5))).astimezone(UTC))
    out = []
    people = ivs if limit is None else ivs[:limit]
    for p in people:
        if t.lang == "es":
            core = t.f(r.choice(ES.TY), day_ref=r.choice(["hoy", "ayer", "esta mañana"]))
            subj_pool = O.TY_SUBJ_ES
        elif t.lang == "pt":
            core = t.f(r.choice(PT.TY), day_ref=r.choice(["hoje", "ontem", "esta manhã"]))
            subj_pool = O.TY_SUBJ_PT
        else:
            parts = [t.f(r.choice(EN.TY_OPEN)), t.f(r.choice(EN.TY_BODY)), t.f(r.choice(EN.TY_CLOSE))]
            if r.random() < 0.3:
                parts = parts[:1] + parts[2:]
            core = "\n\n".join(parts) if r.random() < 0.7 else " ".join(parts)
            subj_pool = O.TY_SUBJ
        own = [k for k, v in t.convs.items() if v and v[0].frm.email == p.email]
        cc = [t.rec] if (cc_rec if cc_rec is not None else r.random() < 0.2) and p is not t.rec else None
        if own and r.random() < 0.6:
            m = osend(t, [p], core, "thank_you", conv=own[-1], interviewers=[p.name], cc=cc,
                      note="thank-you as a reply in the interviewer's own thread")
        else:
            subj = kit.fill(r.choice(subj_pool), r, name=p.name, first=p.first, role=t.role)
            m = osend(t, [p], core, "thank_you", conv=f"ty-{p.email}", subject=subj, fresh=True, interviewers=[p.name], cc=cc,
                      note="thank-you to one interviewer, naming them" + (" (panel: one each)" if len(ivs) > 1 else ""))
        t.now = t.now + dt.timedelta(minutes=r.randrange(3, 40))
        out.append(m)
    return out


def follow_up(t, after="interview", to=None, new_thread=False):
    r = t.rng
    t.after_iv()
    t.at(24 * 6, 24 * 11, "Europe/London", owner=True)
    to = to or t.main
    if t.lang != "en":
        core = t.f(r.choice((ES if t.lang == "es" else PT).FU))
    else:
        pool = EN.FU_AFTER_APPLY if after == "apply" else EN.FU_AFTER_INTERVIEW
        core = t.f(r.choice(pool))
    if new_thread or "main" not in t.convs:
        subj = kit.fill(r.choice(O.FU_SUBJ), r, role=t.role)
        return osend(t, [to], core, "follow_up", conv="main", subject=subj, fresh=True,
                     note="candidate's own check-in, new message to the recruiter")
    return osend(t, [to], core, "follow_up", note="candidate's follow-up in the recruiter's thread")


def ooo(t):
    r = t.rng
    who = t.main
    t.now = t.now + dt.timedelta(minutes=r.randrange(1, 4))
    back = (t.now + dt.timedelta(days=r.randrange(3, 12))).astimezone(ZoneInfo(who.tz)).date()
    bs = f"{kit.EN_DAYS[back.weekday()]} {back.day} {kit.EN_MONTHS[back.month - 1]}"
    body = r.choice([f"Thanks for your email. I'm out of the office until {bs} with limited access to email. For anything urgent please contact careers@{t.domain}.",
                     f"Hi, I'm currently on annual leave, returning {bs}. I'll reply when I'm back.",
                     f"I am away from the office until {bs}. Your message has not been forwarded."])
    m = t.send(who, [OWNER], body + f"\n\n{who.name}", conv="main", kind="other", quote=False, client="outlook",
               headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
               note="recruiter's out-of-office auto-reply: other")
    m.subject = "Automatic reply: " + m.subject.replace("RE: ", "").replace("Re: ", "")
    t.convs["main"].pop()
    return m


def o_accept_slot(t, p=0.4):
    r = t.rng
    if r.random() > p:
        return None
    opts, who = getattr(t, "pending", ([""], t.main))
    slot = r.choice(opts) if opts and opts[0] else "That time"
    core = t.f(r.choice(O.ACCEPT_SLOT[t.lang]), slot=slot.split(" (")[0])
    return osend(t, [who], core, "other", note="candidate accepts a slot: other (outbound); the employer's confirmation carries the start")


def o_send_docs(t, p=0.55):
    r = t.rng
    if r.random() > p:
        return None
    last = t.convs.get("main") or t.convs.get("nhs")
    to = last[-1].frm if last and last[-1].frm.email != OWNER.email else t.main
    ref1, ref2 = t.w.name("UK"), t.w.name("AU")
    core = kit.fill(r.choice(O.SEND_DOCS[t.lang]), r, ref1=ref1, ref2=ref2,
                    ref1_email=_ascii(ref1).lower().replace(" ", ".").replace("'", "") + "@fernhillhealth.example",
                    ref2_email=_ascii(ref2).lower().replace(" ", ".").replace("'", "") + "@gmail.example")
    atts = [("application/pdf", mime.fake_pdf(r, "docs"), r.choice(["passport_scan.pdf", "Referees.pdf", "NMC_confirmation.pdf", "documents.pdf"]))] \
        if "ttach" in core or "adjunto" in core or "anexo" in core else None
    return osend(t, [to], core, "other", conv="nhs" if "nhs" in t.convs and "main" not in t.convs else "main", attachments=atts,
                 note="candidate sends references/documents: other (outbound)")


def o_accept_offer(t):
    core = t.f(t.rng.choice(O.ACCEPT_OFFER[t.lang]))
    return osend(t, [t.main], core, "other", note="candidate accepts the offer: other (outbound)")


def o_negotiate(t):
    ask = t.rng.choice(PP_ASK.get(t.region, ["a little more"]))
    core = kit.fill(t.rng.choice(O.NEGOTIATE[t.lang]), t.rng, ask=ask)
    return osend(t, [t.main], core, "other", note="candidate negotiates the offer: other (outbound)")


PP_ASK = {"US": ["$215k", "$220,000"], "UK": ["£110k", "£98,000", "£66,000"], "AU": ["$200k plus super", "$195,000 base"]}


def o_withdraw(t):
    core = t.f(t.rng.choice(O.WITHDRAW[t.lang]))
    return osend(t, [t.main], core, "other", note="candidate withdraws: other (outbound)")


def fwd_rejection(t):
    """The agency forwards the client's decision (Outlook FW: with the client's note below)."""
    r = t.rng
    t.after_iv()
    who = t.agent
    t.at(20, 120, t.rec.tz)
    if t.lang == "en":
        note = r.choice([f"Hi {who.first},\n\nThanks for introducing Casey. The panel enjoyed meeting her, but we've decided to go with the other finalist, "
                         f"who has more direct experience in {t.topics[0]}. Please pass on our thanks.\n\n{t.rec.first}",
                         f"{who.first} - we won't be progressing Casey for the {t.role} role. Strong candidate, just not the right fit for this team right now.\n\nThanks, {t.rec.first}"])
        core = r.choice(["I'm so sorry, Casey - see the client's note below. Happy to talk it through.", "Not the news we wanted. Forwarding the feedback as it came in.",
                         "Sorry - passing this on as it came through from the client. Let's catch up this week."])
    else:
        note = {"es": f"Hola {who.first}: gracias por presentarnos a Casey. Finalmente seguimos con otra candidata. {t.rec.first}",
                "pt": f"Oi {who.first}, obrigado por apresentar a Casey. Decidimos seguir com outra pessoa. {t.rec.first}"}[t.lang]
        core = {"es": "Lo siento mucho, Casey. Te reenvío la respuesta del cliente.", "pt": "Sinto muito, Casey. Encaminho a resposta do cliente."}[t.lang]
    inner = t.send(t.rec, [who], note, conv="client", subject=f"RE: Candidate - Casey Marlowe ({t.role})", fresh=True, kind="other",
                   client="outlook", note="internal (not in mailbox)")
    t.w.msgs.remove(inner)
    t.convs.pop("client", None)
    new, sig = t.compose(who, [core])
    pre = {"en": "FW: ", "es": "RV: ", "pt": "ENC: "}[t.lang]
    return t.send(who, [OWNER], new, sig=sig, conv="fwd-rej", subject=pre + inner.subject, fresh=True, forward=inner, client="outlook",
                  kind="rejection", note="agency forwards the client's decision: rejection for the client")
