"""recruiter_reply: status and timeline replies, requests for information, ATS status notices, on-hold notices,
background- and reference-check vendors, calendar cancellations with new times to come, agency updates (EN and FR)."""
import datetime as dt

import mime
import platforms as pf
import textfmt as tf
import world
from common import Ctx, HM_TITLES, RECRUITER_TITLES, RECRUITER_TITLES_FR, fake_mid, pick_n, sig_block
from compose import auto_mail, human_mail
from world import OWNER, OWNER_NAME


def promise(ctx, lang="en", vague_ok=True):
    """A timeline sentence and the date it promises (None when vague)."""
    r = ctx.rng
    d = ctx.sent.date()
    wd = d.weekday()
    opts = []
    if lang == "en":
        if wd <= 3:
            opts += [("We should have an answer for you by Friday.", world.next_wd(d, 4)),
                     ("I'll get back to you by Friday at the latest.", world.next_wd(d, 4))]
        if wd <= 1:
            opts.append(("Expect to hear from me by end of day Thursday.", world.next_wd(d, 3)))
        opts += [("You'll hear from us within 5 business days either way.", world.add_bdays(d, 5)),
                 ("We expect to make a decision by the end of next week, and I'll let you know either way.", world.friday_next_week(d)),
                 ("I'll update you on Monday either way.", world.next_wd(d, 0)),
                 ("We'll be back in touch within two weeks.", d + dt.timedelta(days=14)),
                 ("You can expect an update from me within a week.", d + dt.timedelta(days=7))]
        x = world.add_bdays(d, r.randint(4, 9))
        opts.append((f"The team has committed to a decision by {tf.date_en(x, r.choice([1, 4]))}.", x))
        if vague_ok:
            opts += [("I'll be in touch early next week.", None), ("We hope to have news in the next couple of weeks.", None),
                     ("I'll reach out as soon as I hear anything.", None), ("Timing is a little uncertain, but I'll keep you posted.", None),
                     ("It may take up to three weeks to wrap up all interviews.", None)]
    else:
        if wd <= 3:
            opts.append(("Nous devrions vous revenir d'ici vendredi.", world.next_wd(d, 4)))
        opts += [("Nous vous donnerons des nouvelles d'ici la fin de la semaine prochaine.", world.friday_next_week(d)),
                 ("Vous aurez une réponse de notre part dans les cinq prochains jours ouvrables.", world.add_bdays(d, 5))]
        x = world.add_bdays(d, r.randint(4, 8))
        opts.append((f"Une décision sera prise au plus tard le {tf.date_fr(x, 1)[3:]}.", x))
        if vague_ok:
            opts += [("Je te reviens dès que j'ai des nouvelles.", None), ("Nous vous tiendrons au courant dans les prochaines semaines.", None)]
    return r.choice(opts)


STILL = [
    "Thanks for checking in! No decision yet \u2014 the team is still meeting candidates for the {role} role.",
    "Appreciate the nudge. We're still in the middle of interviews, and you're very much still in the running.",
    "Good question. The hiring manager is reviewing feedback from your panel this week.",
    "No update quite yet, sorry for the wait! A couple of the interviewers were out last week.",
    "Thanks for your patience, Riley. We're finishing up final rounds with a few other candidates.",
    "Quick update: your interviews went well and the team is now comparing notes.",
    "I haven't forgotten about you! The {role} search slowed down a bit because of planning season.",
    "Just wanted to give you a heads-up that we haven't made a decision yet.",
    "I checked with {hmfirst} this morning; they want to wrap up the last two interviews before deciding.",
    "Thank you for following up. Your application is still under active consideration.",
    "Totally fair to ask. We're a bit behind on this one, but it is moving.",
    "Hi Riley \u2014 still waiting on one more piece of feedback, then we'll regroup.",
]
AFTER = [
    "Thanks so much for your time with the team today! Everyone enjoyed the conversation.",
    "Thank you for making time for the interviews yesterday.",
    "Great to hear the conversation went well from your side too. {hmfirst} had good things to say.",
    "Thanks for the thank-you note, it was great to meet you.",
    "Really appreciate you taking the time to come in for the final round.",
    "Thanks again for the chat. I've shared your notes with the hiring manager.",
]
FU_OWNER = [
    "Hi {name},\n\nI hope you're well. I wanted to follow up on my application for the {role} role. I'm still very interested and would love to hear about next steps.\n\nBest,\nRiley",
    "Hi {name},\n\nJust checking in on the {role} process. Is there anything else I can send your way?\n\nThanks,\nRiley Tremblay",
    "Hello {name},\n\nThanks again for last week's conversations. Any update on timing?\n\nRiley",
]


def _quote_owner(ctx, person, subj, text):
    r = ctx.rng
    return {"sent": ctx.sent - dt.timedelta(days=r.randint(1, 6), hours=r.randint(0, 5)), "name": OWNER_NAME, "mail": OWNER,
            "subject": subj, "to_name": person.name, "to_mail": person.email, "text": text}


def status_reply(out, key, kind="still", lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    p = ctx.recruiter if r.random() < 0.75 else ctx.hm
    p.title = r.choice(RECRUITER_TITLES if p is ctx.recruiter else HM_TITLES) if lang == "en" else r.choice(RECRUITER_TITLES_FR)
    vague_ok = kind != "promise"
    line, rb = promise(ctx, lang, vague_ok=vague_ok)
    if kind == "vague":
        while rb is not None:
            line, rb = promise(ctx, lang, vague_ok=True)
    quote = None
    if lang == "en":
        pool = STILL if kind in ("still", "promise", "vague") else AFTER
        if p is ctx.hm:
            pool = [x for x in pool if "{hmfirst}" not in x]
        first = ctx.fill(r.choice(pool))
        extra = r.choice(["", "In the meantime, let me know if you have any questions about the team or the role.",
                          "If anything changes on your side (other offers, timing), please tell me so we can move faster.",
                          f"You're one of {r.choice(['two', 'three', 'a small handful of'])} finalists, for what it's worth."])
        text = f"{r.choice(['Hi Riley,', 'Hey Riley,', 'Riley,', 'Hello Riley,'])}\n\n{first} {line}\n\n{extra}\n\n{r.choice(['Best,', 'Thanks,', 'Talk soon,', 'Cheers,'])}\n{sig_block(r, p, ctx.co)}".replace("\n\n\n\n", "\n\n")
        osubj = r.choice([f"Following up - {ctx.role}", f"Re: {ctx.role} interview", "Checking in", f"Thank you - {ctx.role} interview"])
        subj = "Re: " + osubj if not osubj.startswith("Re:") else osubj
        if kind in ("still", "promise", "vague") and r.random() < 0.7:
            quote = _quote_owner(ctx, p, osubj, ctx.fill(r.choice(FU_OWNER), name=p.first))
        elif r.random() < 0.5:
            quote = _quote_owner(ctx, p, osubj, f"Hi {p.first},\n\nThank you for the conversation about the {ctx.role} role. I enjoyed learning about the team.\n\nBest,\nRiley")
    else:
        first = r.choice(["Merci pour ton message! Nous n'avons pas encore pris de décision pour le poste de {role}.",
                          "Merci de votre suivi. Votre candidature est toujours à l'étude; l'équipe termine les dernières entrevues.",
                          "Merci encore pour votre temps lors de l'entrevue. L'équipe est en train de compiler ses commentaires.",
                          "Petite mise à jour : le processus pour le poste de {role} avance, mais plus lentement que prévu.",
                          "Je n'ai pas oublié ton dossier! Le gestionnaire était en vacances la semaine dernière.",
                          "Bonne nouvelle : tu fais toujours partie des finalistes pour le poste de {role}.",
                          "Merci pour votre patience. Il nous reste une dernière entrevue à compléter avec une autre personne.",
                          "J'ai parlé avec la gestionnaire ce matin et elle souhaite revoir les commentaires du comité avant de décider."])
        text = f"Bonjour Riley,\n\n{ctx.fill(first)} {line}\n\n{r.choice(['Bonne journée,', 'Au plaisir,', 'Merci de ta patience!'])}\n{sig_block(r, p, ctx.co, fr=True)}"
        osubj = r.choice([f"Suivi \u2013 {ctx.role}", "Suivi de ma candidature", "Merci pour l'entrevue"])
        subj = "RE: " + osubj
        if r.random() < 0.6:
            quote = _quote_owner(ctx, p, osubj, f"Bonjour {p.first},\n\nJe me permets de faire un suivi concernant le poste de {ctx.role}. Je demeure très intéressé(e).\n\nMerci,\nRiley")
    irt = fake_mid(r, "example.com", "gmail") if quote else None
    raw, _ = human_mail(r, sent=ctx.sent, sender=(p.name, p.email), subject=subj, text=text, client=r.choice(["gmail", "outlook", "iphone", "superhuman"]),
                        quote=quote, in_reply_to=irt, references=[irt] if irt else None, lang=lang)
    new_part = text
    role = ctx.role if ctx.role in new_part or ctx.role in subj else None
    out.add(key, raw, "recruiter_reply", "in", ctx.co.name, role, None, None, rb,
            ("timeline reply" if kind != "after" else "reply after the interview") + (f", promises an answer ('{line}')" if rb else ", vague timing so reply_by null")
            + ("; role taken only from the new text or subject, not the quote" if quote and role is None else ""), lang=lang, sent=ctx.sent)


def info_request(out, key, topic):
    ctx = Ctx(key)
    r = ctx.rng
    p = ctx.recruiter
    p.title = r.choice(RECRUITER_TITLES)
    asks = {
        "auth": [f"Before I send your profile to the hiring manager for the {ctx.role} role, could you confirm your work authorization? The role is based in the US; would you need TN or H-1B sponsorship?",
                 f"Quick one: are you legally eligible to work in Canada, and would you be open to our hybrid schedule in {ctx.co.city.split(',')[0]}?",
                 "Our client-facing roles require US work authorization. Are you a US citizen or permanent resident, or would you need a TN visa?"],
        "salary": [f"To make sure we're aligned before the next round, what are your salary expectations for the {ctx.role} position?",
                   "Could you share your compensation expectations (base, and whether equity matters to you)? The range for this role is posted on the job page.",
                   "What's your target base salary? Also, what's your notice period with your current employer?"],
        "refs": [f"We'd like to move forward with references for the {ctx.role} role. Could you send names and emails for two former managers and one peer?",
                 "As one of the last steps, could you share three professional references? At least one should be someone you reported to.",
                 "Can you send me a couple of references by the end of the week? A quick intro email to them would also help."],
        "docs": ["Could you send an updated resume? The one in our system seems to be from 2023.",
                 f"The hiring manager asked whether you have a portfolio or writing samples relevant to {ctx.role}. Links are perfect.",
                 "Please complete the short candidate questionnaire linked below before Thursday; it covers start date, location and a couple of role-specific questions.",
                 "For the file, could you send a copy of your degree or transcript? HR needs it for the role's education requirement."],
    }[topic]
    line = r.choice(asks)
    if topic == "docs" and "questionnaire" in line:
        line += f"\nhttps://{ctx.co.domain}/forms/{mime.hexs(r, 10)}"
    tail = r.choice(["", "Thanks so much!", "Appreciate it, and no rush.", "Once I have that, I'll get things moving with the team."])
    greet = r.choice(['Hi Riley,', 'Hello Riley,', 'Hi Riley \u2014'])
    text = f"{greet}\n\n{line}\n\n{tail}\n\n{r.choice(['Best,', 'Thanks,'])}\n{sig_block(r, p, ctx.co)}"
    subj = r.choice([f"Re: {ctx.role}", f"Quick question - {ctx.role}", "A couple of questions", f"{ctx.co.name} - next steps", "References" if topic == "refs" else "Following up"])
    irt = fake_mid(r, "example.com") if subj.startswith("Re:") else None
    raw, _ = human_mail(r, sent=ctx.sent, sender=(p.name, p.email), subject=subj, text=text, client=r.choice(["gmail", "outlook", "superhuman", "webmail"]),
                        in_reply_to=irt, references=[irt] if irt else None)
    role = ctx.role if ctx.role in text or ctx.role in subj else None
    out.add(key, raw, "recruiter_reply", "in", ctx.co.name, role, None, None, None,
            {"auth": "request for work-authorization information", "salary": "request for salary expectations", "refs": "request for references",
             "docs": "request for documents or information"}[topic] + ": a human reply that is not a decision; deadlines given to the candidate are not reply_by", sent=ctx.sent)


SCREEN = {"checkr": ("Checkr", "noreply@checkr.example", "sendgrid"), "hireright": ("HireRight", "donotreply@hireright.example", "postfix"),
          "sterling": ("Sterling", "noreply@sterlingcheck.example", "ses"), "certn": ("Certn", "no-reply@certn.example", "sendgrid"),
          "fadv": ("First Advantage", "noreply@fadv.example", "postfix")}


def background(out, key, vendor):
    ctx = Ctx(key, country="CA" if vendor == "certn" else None)
    r = ctx.rng
    brand, frm, esp = SCREEN[vendor]
    co = ctx.co.name
    with_role = r.random() < 0.35
    subj = r.choice([f"{co} has requested a background check", f"Action Required: {co} background screening", f"Complete your background check for {co}",
                     f"{co}: please complete your screening", f"Background check invitation from {co}"])
    core = r.choice([f"{co} has asked {brand} to run a background check as part of your hiring process" + (f" for {ctx.role}" if with_role else "") + ".",
                     f"As part of your conditional offer with {co}, we need a few details to start your pre-employment screening.",
                     f"{co} uses {brand} for pre-employment screening. Please provide your information so we can get started."])
    items = r.choice([["Identity verification", "Employment history (7 years)", "Education verification"],
                      ["Criminal record check", "Credit check (for finance roles)", "Reference verification"],
                      ["Canadian criminal record check (RCMP name-based)", "Identity verification", "Employment verification"] if vendor == "certn" else ["Criminal search", "Motor vehicle record", "Identity"]])
    blocks = [("p", "Hi Riley,"), ("p", core), ("ul", items), ("p", r.choice(["It takes about 10 minutes to complete.", "Please complete this within 3 days.", "You'll need your SIN/SSN and previous addresses."])),
              ("btn", r.choice(["Get started", "Start now", "Complete your information"]), f"https://candidate.{frm.split('@')[1]}/invite/{mime.hexs(r, 18)}"),
              ("small", f"You are receiving this because {co} requested a background report about you. Learn about your rights under the FCRA / applicable privacy laws.")]
    raw = auto_mail(r, sent=ctx.sent, from_name=r.choice([brand, f"{brand} on behalf of {co}", f"{co} via {brand}"]), from_addr=frm, subject=subj, blocks=blocks,
                    esp=esp, bulk=["auto"], html_style="card", title=brand)
    out.add(key, raw, "recruiter_reply", "in", co, ctx.role if with_role else None, None, None, None,
            f"{brand}-style background-check request tied to the application (corpus convention: employer-side request for information, not a decision, not other)", sent=ctx.sent)


REFV = {"crosschq": ("Crosschq", "no-reply@crosschq.example"), "skillsurvey": ("SkillSurvey", "noreply@skillsurvey.example"), "xref": ("Xref", "hello@xref-mail.example")}


def refcheck(out, key, vendor):
    ctx = Ctx(key)
    r = ctx.rng
    brand, frm = REFV[vendor]
    co = ctx.co.name
    blocks = [("p", "Hello Riley,"), ("p", f"{co} would like to collect references as part of your candidacy for {ctx.role}."),
              ("p", f"Please nominate {r.choice(['three', 'at least two', 'two to four'])} references, including one manager. They'll receive a short survey that takes about 10 minutes."),
              ("btn", "Add references", f"https://app.{frm.split('@')[1]}/candidate/{mime.hexs(r, 16)}"),
              ("small", f"{brand} conducts reference checks on behalf of {co}.")]
    raw = auto_mail(r, sent=ctx.sent, from_name=f"{co} via {brand}", from_addr=frm, subject=r.choice([f"{co} is requesting your references", f"Reference check request from {co}"]),
                    blocks=blocks, esp="sendgrid", bulk=["auto"], html_style="minimal")
    out.add(key, raw, "recruiter_reply", "in", co, ctx.role, None, None, None,
            f"{brand}-style reference-check request for the employer: recruiter_reply (request for information, not a decision)", sent=ctx.sent)


def ats_status(out, key, variant):
    ctx = Ctx(key)
    r = ctx.rng
    co = ctx.co.name
    rb = None
    if variant == "workday":
        p = pf.ats_profile(r, "workday", ctx.co)
        sent = ctx.sent.astimezone(world.ZoneInfo("America/Los_Angeles"))
        subj = r.choice(["Your application status has changed", f"Application update: {ctx.role}", f"{co}: status update"])
        blocks = [("p", "Hi Riley,"), ("p", f"The status of your application for {ctx.req} {ctx.role} has been updated."),
                  ("kv", [("New status", r.choice(["In Review", "Under Review - Hiring Manager", "Interview Process"]))]),
                  ("p", "No action is required. Sign in to Candidate Home for details."), ("btn", "Candidate Home", p["link"] + "/userHome")]
        note = "Workday portal status change to an in-review stage: an automated non-decision update, recruiter_reply"
    elif variant == "greenhouse":
        p = pf.ats_profile(r, "greenhouse", ctx.co)
        sent = ctx.sent
        line, rb = promise(ctx, vague_ok=False)
        subj = r.choice([f"A quick update on your {co} application", f"Update: {ctx.role}", "Thanks for your patience"])
        blocks = [("p", "Hi Riley,"), ("p", f"We wanted to share a quick update on your application for {ctx.role}: it's still under review, and we appreciate your patience."),
                  ("p", line), ("sig", [f"{co} Recruiting"])]
        note = "templated ATS 'quick update' with bulk headers that promises a date: recruiter_reply with reply_by"
    elif variant == "sf":
        p = pf.ats_profile(r, "successfactors", ctx.co)
        sent = ctx.sent
        subj = f"Application Status Update - {ctx.role}"
        blocks = [("p", "Dear Riley Tremblay,"), ("p", f"Your application for the position {ctx.role} (Requisition {ctx.req}) now has the status: Under Review by Hiring Manager."),
                  ("p", "We will contact you if your qualifications match our needs."), ("sig", [f"{co} Talent Acquisition"])]
        note = "SuccessFactors 'Under Review by Hiring Manager': status change, not a decision"
    else:  # login-only update
        p = pf.ats_profile(r, r.choice(["icims", "oracle", "avature"]), ctx.co)
        sent = ctx.sent
        subj = r.choice(["There's been an update to your application", f"{co} - Application Update", "Update available in your candidate profile"])
        blocks = [("p", "Hello,"), ("p", f"There has been an update to your application for {ctx.role}. Please sign in to your candidate profile to view it."),
                  ("btn", "Sign in", p["link"] + "/login")]
        note = "update hidden behind a login: nothing says the application ended, so a non-decision recruiter_reply (debatable, as in the corpus)"
    blocks += pf.ats_footer(r, p, ctx.co)
    raw = auto_mail(r, sent=sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=subj, blocks=blocks, esp=p["esp"],
                    bulk=["auto", "bulk"] + (["unsub"] if r.random() < 0.3 else []), html_style=p["html_style"], charset=p["charset"],
                    body_mode=p["body_mode"] if p["key"] != "taleo" else "html", title=co)
    out.add(key, raw, "recruiter_reply", "in", co, ctx.role, None, None, rb, note, sent=sent)


def on_hold(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    p = ctx.recruiter
    if lang == "en":
        core = r.choice([f"I wanted to let you know that the {ctx.role} position has been put on hold while leadership revisits the budget for the year.",
                         f"Some news on our side: hiring for {ctx.role} is paused until next quarter. Nothing to do with you; it's a company-wide freeze.",
                         f"The {ctx.role} req is on hold for now because the team is reorganizing. I'd like to keep you in the process when it reopens."])
        text = f"Hi Riley,\n\n{core}\n\n{r.choice(['I will reach out as soon as I know more.', 'Sorry to bring you this news after all the time you invested.', 'If it reopens, you would go straight to the final round.'])}\n\n{r.choice(['Best,', 'Thanks for understanding,'])}\n{sig_block(r, p, ctx.co, title=r.choice(RECRUITER_TITLES))}"
        subj = r.choice([f"Update on {ctx.role}", f"Re: {ctx.role} - status", "An update from " + ctx.co.name])
    else:
        core = r.choice([f"Je voulais vous informer que le processus pour le poste de {ctx.role} est temporairement suspendu, le temps de revoir le budget.",
                         f"Le recrutement pour le poste de {ctx.role} est mis sur pause jusqu'au prochain trimestre."])
        text = f"Bonjour Riley,\n\n{core}\n\nJe communiquerai avec vous dès que le poste sera réouvert.\n\nCordialement,\n{sig_block(r, p, ctx.co, title=r.choice(RECRUITER_TITLES_FR), fr=True)}"
        subj = f"Mise à jour \u2013 {ctx.role}"
    raw, _ = human_mail(r, sent=ctx.sent, sender=(p.name, p.email), subject=subj, text=text, client=r.choice(["gmail", "outlook"]), lang=lang)
    out.add(key, raw, "recruiter_reply", "in", ctx.co.name, ctx.role, None, None, None,
            "role put on hold / paused: recruiter_reply (a closed or cancelled role would be a rejection)", lang=lang, sent=ctx.sent)


def cancel_newtimes(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    org = ctx.recruiter
    zone = ctx.co.zone if ctx.co.zone in mime.WINDOWS_NAME else world.OWNER_TZ
    old = world.interview_slot(r, ctx.sent.date(), zone, 1, 3)
    d = ctx.sent.date()
    if d.weekday() <= 3:
        line, rb = "I'll send you new times by Friday.", world.next_wd(d, 4)
    else:
        line, rb = "I'll send over new times by Tuesday.", world.next_wd(d, 1)
    text = f"Hi Riley,\n\nSo sorry, {ctx.hm.first} is out sick, so we need to cancel this one. {line}\n\n{org.first}"
    subj = f"Canceled: {ctx.co.name} Interview - Riley Tremblay"
    cal = mime.ics(r, start=old, minutes=45, summary=f"{ctx.co.name} Interview - Riley Tremblay", organizer=(org.name, org.email),
                   attendees=[(OWNER_NAME, OWNER), (ctx.hm.name, ctx.hm.email)], tzmode="windows", style="outlook", method="CANCEL",
                   uid="040000008200E00074C5B7101A82E008" + mime.hexs(r, 56).upper(), seq=1, status="CANCELLED", description=text,
                   stamp=ctx.sent.astimezone(dt.timezone.utc))
    raw, _ = human_mail(r, sent=ctx.sent, sender=(org.name, org.email), subject=subj, text=text, client="outlook", calendar=cal, importance="High")
    out.add(key, raw, "recruiter_reply", "in", ctx.co.name, None, None, None, rb,
            "Outlook METHOD:CANCEL with new times promised: recruiter_reply, no interview_start (the cancelled slot no longer exists); reply_by is the promised day", sent=ctx.sent)


def resched_pending(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    p = ctx.recruiter
    text = r.choice([f"Hi Riley,\n\nUnfortunately {ctx.hm.first} has a conflict with our Thursday slot. Could we move it? I'm pulling together a few new options and will send them shortly.\n\nApologies for the shuffle,\n{p.first}\n{ctx.co.name}",
                     f"Hey Riley \u2014 heads up that our panel for the {ctx.role} final round needs to shift because two interviewers are travelling. New times coming from our scheduling team soon.\n\n{p.first} @ {ctx.co.name}"])
    raw, _ = human_mail(r, sent=ctx.sent, sender=(p.name, p.email), subject=r.choice(["Need to reschedule", f"Re: {ctx.role} final round", "Change of plans"]),
                        text=text, client=r.choice(["gmail", "outlook", "iphone"]))
    role = ctx.role if ctx.role in text else None
    out.add(key, raw, "recruiter_reply", "in", ctx.co.name, role, None, None, None,
            "the employer needs to move an interview and new times will follow: recruiter_reply, not yet a scheduling request", sent=ctx.sent)


def agency_update(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    ag, agdom, agzone = r.choice(world.AGENCIES)
    rec = world.Person(r, agdom)
    co = ctx.co.name
    line, rb = promise(ctx)
    text = r.choice([f"Hi Riley,\n\nQuick update from {co}: they liked your first interview and want to move you forward. The hiring manager is away until next week, so times will follow. {line}\n\n{rec.first}\n{ag}",
                     f"Riley, I spoke to {co} this afternoon. They're still interviewing two other people for the {ctx.role} role. {line}\n\nThanks,\n{rec.name} | {ag}",
                     f"Hi Riley, just relaying feedback from {co}: they enjoyed the technical round and are discussing internally. {line}\n\n{rec.name}\n{ag}"])
    raw, _ = human_mail(r, sent=world.sent_time(r, ctx.day, agzone), sender=(rec.name, rec.email), subject=r.choice([f"{co} update", f"Re: {ctx.role} - {co}", "Feedback"]),
                        text=text, client=r.choice(["outlook", "gmail", "iphone"]))
    role = ctx.role if ctx.role in text else None
    out.add(key, raw, "recruiter_reply", "in", co, role, None, None, rb, "agency update relaying the client's status: company is the client" + ("; promised date" if rb else ""), sent=ctx.sent)


def build(out):
    for i in range(6):
        status_reply(out, f"rep-prom-{i}", "promise")
    for i in range(5):
        status_reply(out, f"rep-still-{i}", "still")
    for i in range(4):
        status_reply(out, f"rep-vague-{i}", "vague")
    for i in range(5):
        status_reply(out, f"rep-after-{i}", "after")
    for i, t in enumerate(["auth", "auth", "auth", "salary", "salary", "salary", "refs", "refs", "docs", "docs", "docs", "docs"]):
        info_request(out, f"rep-info-{i}", t)
    for i, v in enumerate(["checkr", "checkr", "hireright", "sterling", "certn", "fadv"]):
        background(out, f"rep-bg-{i}", v)
    for i, v in enumerate(["crosschq", "skillsurvey", "xref"]):
        refcheck(out, f"rep-ref-{i}", v)
    for i, v in enumerate(["workday", "workday", "greenhouse", "greenhouse", "sf", "login"]):
        ats_status(out, f"rep-ats-{i}", v)
    for i in range(3):
        on_hold(out, f"rep-hold-{i}")
    for i in range(2):
        cancel_newtimes(out, f"rep-cancel-{i}")
    for i in range(2):
        resched_pending(out, f"rep-resched-{i}")
    for i in range(3):
        agency_update(out, f"rep-agency-{i}")
    for i in range(6):
        status_reply(out, f"rep-fr-{i}", r_kind(i), lang="fr")
    on_hold(out, "rep-fr-hold-0", lang="fr")


def r_kind(i):
    return ["promise", "still", "after", "promise", "vague"][i % 5]
