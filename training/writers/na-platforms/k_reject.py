"""rejection: ATS declines in many wordings (many without 'unfortunately'), human declines after interviews, one-liners,
cancelled/filled roles, portal status notices, job-board relays, agency relays, calendar cancellations (EN and FR)."""
import datetime as dt

import mime
import platforms as pf
import textfmt as tf
import world
from common import Ctx, HM_TITLES, RECRUITER_TITLES, RECRUITER_TITLES_FR, fake_mid, pick_n, sig_block
from compose import auto_mail, human_mail
from world import OWNER, OWNER_NAME

SUBJ = ["Your application to {co}", "Update on your application", "Thank you for your interest in {co}", "{co} - {role}",
        "Regarding your application for {role}", "Thanks from {co}", "Your {co} application", "Application status: {role}",
        "An update from {co}", "Re: {role} application", "Following up on your application", "{role} at {co}",
        "Thank you for applying", "Your candidacy for {role}", "{co} Careers: application update", "Thank you, {first}",
        "Update regarding the {role} position", "Your recent application", "Next steps on your {co} application",
        "We appreciate your interest"]
THANKS = [
    "Thank you for your interest in the {role} position at {co}, and for the time you invested in applying.",
    "Thanks for applying to {co}. We really appreciate you taking the time to share your background with us.",
    "We're grateful you considered {co} for the next step in your career.",
    "Thank you for applying for the {role} role.",
    "We appreciate your interest in joining our team and the effort you put into your application.",
    "Thanks for your patience while our team reviewed applications for {role}.",
    "Thank you for taking the time to speak with our team about the {role} opening.",
    "First, thank you for applying to be our {role}.",
    "We want to thank you for your application to {co}.",
    "We know applying takes real effort, so thank you for considering us.",
    "Thank you for your recent application for {role} ({req}).",
    "Thanks for getting to know us over the last few weeks.",
    "I'm grateful for the time you spent with our team during the interview process.",
    "",
]
CORE = [
    "After careful consideration, we have decided to move forward with another candidate whose experience more closely matches our needs.",
    "We have decided not to move forward with your application at this time.",
    "We won't be progressing your application to the next stage.",
    "The team has decided to pursue other candidates for this role.",
    "Unfortunately, we will not be moving forward with your candidacy.",
    "We've chosen to proceed with candidates whose backgrounds are a closer fit for the position.",
    "After reviewing your application, we've decided to go in a different direction.",
    "We regret to inform you that you have not been selected for the {role} position.",
    "While your background is impressive, we have decided to move ahead with other applicants.",
    "We received a large number of strong applications, and we are not able to offer you an interview this time.",
    "Your application was not selected to move forward in our process.",
    "We have decided to extend an offer to another candidate.",
    "At this time, we will be focusing on other candidates who more closely align with the requirements of the role.",
    "It was a difficult decision, but we've decided not to advance your application.",
    "We're not able to move forward with you for this position.",
    "The hiring team has selected a candidate for this role, and we are closing the search.",
    "We have concluded our review and will not be continuing with your application.",
    "This time we've decided not to proceed.",
    "You are no longer under consideration for this position.",
    "We have filled the position with a candidate whose experience is a closer match.",
    "Sadly, we won't be able to offer you a role on the team right now.",
    "We have decided to pause on your candidacy and will not be scheduling further interviews.",
    "Unfortunately, we don't have a role that matches your experience at this time.",
    "We've made the decision to move forward with other finalists.",
    "We will not be extending an invitation to interview.",
    "Our team has carefully reviewed your background, and we have decided that it isn't the right match for this particular opening.",
]
SOFT = [
    "We'll keep your information on file and may reach out if a future opening is a better match.",
    "We encourage you to apply for future roles that match your skills and interests.",
    "This decision is not a reflection of your talent, and we'd welcome a future application.",
    "We wish you the very best in your job search.",
    "Please don't let this discourage you from applying again.",
    "We'd love to stay connected: you can join our talent community to hear about new roles.",
    "We hope our paths cross again.",
    "Best of luck with your search and your future endeavors.",
    "We appreciate your understanding.",
    "Due to the volume of applications, we are unable to provide individual feedback.",
    "",
]
CLOSE = ["Best regards,\nThe {co} Recruiting Team", "Sincerely,\n{co} Talent Acquisition", "Kind regards,\n{co} People Team",
         "All the best,\nThe {co} Hiring Team", "Regards,\n{co} Human Resources", "Warm regards,\nRecruiting at {co}",
         "Thank you again,\n{co} Careers", "Best,\n{rfirst}, on behalf of the {co} team"]


FR_THANKS = [
    "Nous vous remercions de l'intérêt que vous avez manifesté pour le poste de {role}.",
    "Merci d'avoir pris le temps de postuler chez {co}.",
    "Merci pour votre candidature et pour le temps consacré au processus.",
    "Nous tenons à vous remercier d'avoir soumis votre candidature au poste de {role}.",
    "Merci de l'intérêt que vous portez à {co} et à notre équipe.",
    "Nous avons bien pris connaissance de votre dossier et vous remercions de votre démarche.",
    "Merci d'avoir participé aux entrevues pour le poste de {role}.",
]
FR_CORE = [
    "Après une analyse attentive, nous avons décidé de poursuivre avec d'autres candidatures dont le profil correspond davantage à nos besoins.",
    "Nous ne donnerons malheureusement pas suite à votre candidature.",
    "Nous avons retenu une autre candidature pour ce poste.",
    "Votre candidature n'a pas été retenue pour la prochaine étape du processus.",
    "Nous avons le regret de vous informer que nous ne poursuivrons pas le processus avec vous.",
    "Après mûre réflexion, nous avons choisi une personne dont l'expérience répond plus étroitement aux exigences du poste.",
    "Le poste a été pourvu et le processus de sélection est maintenant terminé.",
    "Nous ne sommes pas en mesure de vous proposer une entrevue pour le moment.",
]
FR_SOFT = ["Nous conserverons votre dossier pour de futures occasions.", "Nous vous souhaitons beaucoup de succès dans vos démarches.",
           "N'hésitez pas à consulter régulièrement notre site carrières.", "Cette décision ne remet pas en question la qualité de votre parcours.",
           "Au plaisir de croiser votre chemin à nouveau.", "Nous vous invitons à postuler de nouveau pour un poste qui correspond à votre profil."]
FR_HUMAN_LEAD = ["Merci encore pour ton temps lors des entrevues pour le poste de {role}.", "Je tenais à vous écrire personnellement au sujet du poste de {role}.",
                 "Merci pour ta patience pendant qu'on complétait le processus pour le poste de {role}.", "J'aurais aimé t'annoncer une meilleure nouvelle.",
                 "Je vous remercie d'avoir rencontré l'équipe la semaine dernière.", "Je vais aller droit au but, parce que je sais que tu préfères ça."]
FR_HUMAN_DEC = ["Après discussion, l’équipe a choisi de poursuivre avec une autre personne dont l’expérience correspond davantage au mandat.",
                "Nous avons décidé de ne pas aller plus loin avec ta candidature. C’était très serré.", "Le comité a retenu une candidature interne.",
                "On a finalement choisi un profil plus axé sur la gestion d’équipe.", "Le poste a été pourvu par une personne qui connaît déjà notre domaine.",
                "Nous n’irons pas de l’avant avec une offre."]


def ats_reject(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    k = pf.pick_ats(r)
    p = pf.ats_profile(r, k, ctx.co, ctx.recruiter if r.random() < 0.4 else None)
    if k == "workday":
        ctx.sent = ctx.sent.astimezone(world.ZoneInfo("America/Los_Angeles"))
    if lang == "en":
        subj = ctx.fill(r.choice(SUBJ))
        paras = [x for x in [ctx.fill(r.choice(THANKS)), ctx.fill(r.choice(CORE))] if x]
        if r.random() < 0.4:
            paras[-1] = r.choice(["", "After reviewing your qualifications, ", "Having reviewed all applications, "]) + paras[-1][0].lower() + paras[-1][1:] if r.random() < 0.3 else paras[-1]
        paras += [x for x in pick_n(r, SOFT, r.randint(1, 2)) if x]
        close = ctx.fill(r.choice(CLOSE))
        greet = r.choice(["Hi Riley,", "Dear Riley,", "Hello Riley,", "Dear Riley Tremblay,", "Hi Riley Tremblay,", "Riley,"])
    else:
        subj = ctx.fill(r.choice(["Votre candidature chez {co}", "Suivi de votre candidature \u2013 {role}", "Merci de votre intérêt pour {co}",
                                  "Candidature au poste de {role}", "Mise à jour de votre candidature"]))
        paras = [ctx.fill(r.choice(FR_THANKS)), ctx.fill(r.choice(FR_CORE)), r.choice(FR_SOFT)]
        close = ctx.fill(r.choice(["Cordialement,\nL'équipe Acquisition de talents, {co}", "Salutations distinguées,\nRessources humaines \u2013 {co}", "Bonne continuation!\nL'équipe {co}"]))
        greet = r.choice(["Bonjour Riley,", "Bonjour,", "Madame, Monsieur,"])
    blocks = [("p", greet)] + [("p", x) for x in paras if x] + [("sig", close.split("\n"))] + pf.ats_footer(r, p, ctx.co, lang)
    if lang == "en" and r.random() < 0.15:
        blocks.insert(-1, ("btn", "Explore other openings", p["link"]))
    bulk = [x for x in ("auto", "bulk", "suppress", "unsub") if r.random() < {"auto": 0.7, "bulk": 0.5, "suppress": 0.3, "unsub": 0.2}[x]]
    raw = auto_mail(r, sent=ctx.sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=subj, blocks=blocks, esp=p["esp"],
                    reply_to=p["reply_to"], bulk=bulk, html_style=p["html_style"], title=ctx.co.name, body_mode=p["body_mode"], charset=p["charset"],
                    lang=lang, text_width=r.choice([None, 72]))
    no_unf = not any("nfortunately" in x or "malheureusement" in x for x in paras)
    role = ctx.role if ctx.role in subj or any(ctx.role in str(b) for b in blocks) else None
    out.add(key, raw, "rejection", "in", ctx.co.name, role, None, None, None,
            f"{p['brand']}-style decline" + ("; no 'unfortunately'" if no_unf else "") + ("; says an offer went to another candidate (still a rejection)" if any("extend an offer" in x for x in paras) else ""),
            lang=lang, sent=ctx.sent)


def human_reject(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    p = ctx.recruiter if r.random() < 0.65 else ctx.hm
    p.title = r.choice((RECRUITER_TITLES if p is ctx.recruiter else HM_TITLES) if lang == "en" else RECRUITER_TITLES_FR)
    quote = None
    if lang == "en":
        lead = r.choice([
            "Thank you so much for the time you spent with us over the last few weeks. I wanted to reach out personally with an update.",
            "I really appreciate your patience while we wrapped up the process for {role}.",
            "Thanks again for interviewing with the team. I'm sorry this took a while to come back to you.",
            "I hope you had a nice weekend. I wanted to share where we landed on the {role} search.",
            "I'm going to be direct, because I think you'd prefer that.",
            "Thank you for meeting with {hmfirst} and the team last week.",
        ])
        dec = r.choice([
            "The team decided to move forward with another candidate whose experience with large-scale migrations was a closer match.",
            "We've decided not to move forward. It was genuinely close, and the feedback on your system design round was strong.",
            "We won't be progressing to an offer on our side. The panel felt the role needs deeper people-management experience right now.",
            "We ended up selecting a candidate who has already worked in our exact domain, which tipped the balance.",
            "I'm sorry to say we're going to pass at this stage.",
            "The hiring manager has chosen to go with an internal candidate for this one.",
        ])
        fb = r.choice(["", "If it's helpful, I'm happy to jump on a 10-minute call to share more detailed feedback.",
                       "Please keep us in mind in the future; I'd be glad to reach out when the team grows again next year.",
                       "You were a pleasure to work with throughout, and I hope we get to cross paths again.",
                       "I'll keep your details handy for the data platform roles we expect to open in the fall."])
        text = f"{r.choice(['Hi Riley,', 'Hey Riley,', 'Riley,', 'Hello Riley,'])}\n\n{ctx.fill(lead)}\n\n{dec}\n\n{fb}\n\n{r.choice(['All the best,', 'Warmly,', 'Best,', 'Take care,'])}\n{sig_block(r, p, ctx.co)}".replace("\n\n\n\n", "\n\n")
        osubj = r.choice([f"Following up - {ctx.role}", f"Thank you - {ctx.role} interview", "Checking in"])
        subj = r.choice([f"RE: {osubj}", f"Re: {osubj}", f"{ctx.co.name} - update", f"Update on {ctx.role}"])
        if subj.lower().startswith("re:"):
            quote = {"sent": ctx.sent - dt.timedelta(days=r.randint(1, 7)), "name": OWNER_NAME, "mail": OWNER, "subject": osubj, "to_name": p.name,
                     "to_mail": p.email, "text": f"Hi {p.first},\n\nI hope you're doing well! I wanted to check in on the {ctx.role} role and see if there's any update.\n\nThanks,\nRiley"}
    else:
        text = (f"Bonjour Riley,\n\n{ctx.fill(r.choice(FR_HUMAN_LEAD))}\n\n{r.choice(FR_HUMAN_DEC)}\n\n"
                f"{r.choice(['Je garde ton profil en tête pour nos prochains postes.', 'Ça me ferait plaisir de te donner plus de rétroaction au téléphone si tu le souhaites.', 'Merci encore et bonne continuation.'])}\n\n"
                f"Au plaisir,\n{sig_block(r, p, ctx.co, fr=True)}")
        subj = r.choice([f"RE: Suivi \u2013 {ctx.role}", f"Poste de {ctx.role} \u2013 suivi", "Suite aux entrevues"])
    irt = fake_mid(r, "example.com", "gmail") if quote else None
    raw, _ = human_mail(r, sent=ctx.sent, sender=(p.name, p.email), subject=subj, text=text, client=r.choice(["gmail", "outlook", "superhuman", "apple"]),
                        quote=quote, in_reply_to=irt, references=[irt] if irt else None, lang=lang)
    role = ctx.role if (ctx.role in text or ctx.role in subj) else None
    out.add(key, raw, "rejection", "in", ctx.co.name, role, None, None, None,
            "personal decline after interviews" + (" in reply to the candidate's follow-up (subject 'RE: ...')" if quote else "") +
            ("" if "nfortunately" in text else "; no 'unfortunately'"), lang=lang, sent=ctx.sent)


def one_liner(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    p = ctx.hm if r.random() < 0.5 else ctx.recruiter
    text = r.choice([
        "Hey Riley, wanted to let you know we're going with someone else for this one. Really enjoyed meeting you. {sig}",
        "Riley - we're going to pass for now, but thanks a lot for your time. {sig}",
        "hi riley, sorry, the team went another way on the {role} role. best of luck! {sig}",
        "Quick note: we decided not to move ahead. Thanks again, and good luck out there. {sig}",
    ]).format(sig=f"\n\n{p.first}\n{ctx.co.name}" if r.random() < 0.6 else f"\n\n{p.first}\n\nSent from my iPhone", role=ctx.role)
    if ctx.co.name not in text:
        text += f"\n{ctx.co.name}"
    raw, _ = human_mail(r, sent=ctx.sent, sender=(p.name, p.email), subject=r.choice(["quick update", f"Re: {ctx.co.name} / Riley", "update", "Re: next steps"]),
                        text=text, client="iphone" if "iPhone" in text else r.choice(["gmail", "superhuman"]), html=False)
    out.add(key, raw, "rejection", "in", ctx.co.name, ctx.role if ctx.role in text else None, None, None, None,
            "informal one-line decline, no 'unfortunately'", sent=ctx.sent)


def role_closed(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    p = ctx.recruiter
    core = r.choice([f"I wanted to let you know that the {ctx.role} position has been cancelled as part of a broader restructuring, so we won't be continuing the process.",
                     f"The requisition for {ctx.role} has been closed, and the team will not be hiring for this role this year.",
                     f"We've filled the {ctx.role} position, so I'm closing out the remaining applications.",
                     f"Leadership decided to eliminate the {ctx.role} headcount, which means the search is over. I'm sorry to deliver this after you invested so much time.",
                     f"Our {ctx.role} opening was withdrawn after the budget review; the search is closed."])
    auto = r.random() < 0.4
    if auto:
        p2 = pf.ats_profile(r, pf.pick_ats(r), ctx.co)
        blocks = [("p", "Hello Riley,"), ("p", core.replace("I wanted to let you know that the", "The").replace("I'm closing out", "we are closing out").replace("I'm sorry to deliver this after you invested so much time.", "")),
                  ("p", "Thank you for your interest in " + ctx.co.name + "."), ("sig", [f"{ctx.co.name} Recruiting"])] + pf.ats_footer(r, p2, ctx.co)
        raw = auto_mail(r, sent=ctx.sent, from_name=p2["from_name"], from_addr=p2["from_addr"], subject=r.choice([f"{ctx.role} - position update", "Position closed", f"Update on {ctx.role}"]),
                        blocks=blocks, esp=p2["esp"], bulk=["auto", "bulk"], html_style=p2["html_style"], title=ctx.co.name, charset=p2["charset"], body_mode=p2["body_mode"])
    else:
        text = f"Hi Riley,\n\n{core}\n\nThank you for your patience and interest in {ctx.co.name}.\n\nBest,\n{sig_block(r, p, ctx.co, title=r.choice(RECRUITER_TITLES))}"
        raw, _ = human_mail(r, sent=ctx.sent, sender=(p.name, p.email), subject=r.choice([f"Update on {ctx.role}", "Position update", f"Re: {ctx.role}"]), text=text,
                            client=r.choice(["gmail", "outlook"]))
    out.add(key, raw, "rejection", "in", ctx.co.name, ctx.role, None, None, None,
            "role cancelled / requisition closed / filled: the application ends, so rejection (on hold would be recruiter_reply)", sent=ctx.sent)


def portal_status(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    k = r.choice(["workday", "taleo", "icims", "oracle", "successfactors"])
    p = pf.ats_profile(r, k, ctx.co)
    sent = ctx.sent.astimezone(world.ZoneInfo("America/Los_Angeles")) if k == "workday" else ctx.sent
    status = r.choice(["Not Selected", "No Longer Under Consideration", "Position Filled", "Closed - Not Selected", "Declined"])
    blocks = [("p", "Dear Riley,"), ("p", f"The status of your application for {ctx.role} ({ctx.req}) has changed."),
              ("kv", [("Position", ctx.role), ("Status", status)]),
              ("p", r.choice(["Thank you for your interest. We encourage you to apply for other positions that match your qualifications.",
                              "You can review your submissions at any time from your candidate profile.", "We appreciate the time you took to apply."])),
              ("btn", "View my applications", p["link"])] + pf.ats_footer(r, p, ctx.co)
    raw = auto_mail(r, sent=sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=r.choice(["Application Status Update", f"Status update: {ctx.role}", "Your application status has changed"]),
                    blocks=blocks, esp=p["esp"], bulk=["auto", "bulk"], html_style=p["html_style"], charset=p["charset"], body_mode=p["body_mode"], title=ctx.co.name)
    out.add(key, raw, "rejection", "in", ctx.co.name, ctx.role, None, None, None,
            f"portal status notice '{status}': the body says the application ended, so rejection", sent=sent)


def board_relay(out, key, board):
    ctx = Ctx(key)
    r = ctx.rng
    co, role = ctx.co.name, ctx.role
    if board == "linkedin":
        subj = r.choice([f"Your application to {role} at {co}", f"An update on your application to {co}", f"Riley, an update from {co}"])
        blocks = [("p", "Riley,"), ("p", f"Thank you for your interest in the {role} position at {co} in {ctx.co.city}. Unfortunately, {co} has decided not to proceed with your application."),
                  ("p", "We encourage you to keep applying; here are jobs similar to this one."),
                  ("jobs", [(t, oc.name, oc.city) for t, oc in zip(["Data Engineer", "Analytics Engineer", "Backend Engineer"], pick_n(r, [c for c in world.ALL_COMPANIES if c.name != co], 3))]),
                  ("small", "This message was sent on behalf of the employer through LinkedIn. \u00a9 LinkedIn. Unsubscribe.")]
        fn, fa, note = "LinkedIn", "jobs-noreply@linkedin.example", "LinkedIn relays the employer's decision (Apply Connect): rejection for the employer, not the board"
    else:
        subj = r.choice([f"An update on your application from {co}", f"{co} has reviewed your application"])
        blocks = [("p", "Hi Riley,"), ("p", f"{co} has reviewed your application for {role} and decided not to move forward at this time."),
                  ("p", f"Message from {co}: \"Thank you for applying. We've selected candidates whose experience more closely matches this role.\""),
                  ("btn", "Find more jobs", "https://www.indeed.example/jobs?q=data+engineer"), ("small", "Indeed. You received this because you applied through Indeed.")]
        fn, fa, note = "Indeed", "no-reply@indeed.example", "Indeed relays the employer's 'not moving forward': rejection for the employer"
    raw = auto_mail(r, sent=ctx.sent, from_name=fn, from_addr=fa, subject=subj, blocks=blocks, esp="ses" if board == "indeed" else "postfix",
                    bulk=["auto", "unsub", "bulk"], html_style="card", title=fn)
    out.add(key, raw, "rejection", "in", co, role, None, None, None, note, sent=ctx.sent)


def agency_reject(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    ag, agdom, agzone = r.choice(world.AGENCIES)
    rec = world.Person(r, agdom)
    text = r.choice([f"Hi Riley,\n\nI heard back from {ctx.co.name} and unfortunately they've decided to go with another candidate for the {ctx.role} role. They said it was close.\n\nI'll keep you in mind for similar roles.\n\n{rec.first}\n{ag}",
                     f"Riley, quick one: {ctx.co.name} have decided not to proceed. Their feedback was that they want someone with more Kafka in production. Let's talk next week about other options.\n\n{rec.name} | {ag}",
                     f"Hello Riley,\n\nFeedback from {ctx.co.name}: they will not be moving forward with your application for {ctx.role}. Thank you for your time throughout the process.\n\nRegards,\n{rec.name}\n{ag}"])
    raw, _ = human_mail(r, sent=world.sent_time(r, ctx.day, agzone), sender=(rec.name, rec.email), subject=r.choice([f"{ctx.co.name} feedback", f"Re: {ctx.role}", "Update"]),
                        text=text, client=r.choice(["outlook", "gmail"]))
    out.add(key, raw, "rejection", "in", ctx.co.name, ctx.role if ctx.role in text else None, None, None, None,
            "agency relays the client's decline: rejection for the client company", sent=ctx.sent)


def after_assessment(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    vendor = r.choice(["HackerRank", "Codility", "CodeSignal", "TestGorilla"])
    p = pf.ats_profile(r, r.choice(["greenhouse", "lever", "ashby", "breezy", "workable"]), ctx.co)
    blocks = [("p", "Hi Riley,"), ("p", f"Thank you for completing the {vendor} assessment for {ctx.role}."),
              ("p", r.choice(["Based on the results, we won't be moving forward with your application.", "After reviewing your results, the team has decided to pursue other candidates.",
                              "Your submission was reviewed by our engineers, and we've decided not to advance to the interview stage."])),
              ("p", "We appreciate the effort you put in."), ("sig", [f"{ctx.co.name} Recruiting"])] + pf.ats_footer(r, p, ctx.co)
    raw = auto_mail(r, sent=ctx.sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=r.choice([f"Your {ctx.co.name} assessment", "Thank you for completing the assessment", f"{ctx.role} - next steps"]),
                    blocks=blocks, esp=p["esp"], bulk=["auto"], html_style=p["html_style"])
    out.add(key, raw, "rejection", "in", ctx.co.name, ctx.role, None, None, None, "decline after an online assessment (mentions the vendor, company is the employer)", sent=ctx.sent)


def cancel_filled(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    org = ctx.recruiter
    zone = ctx.co.zone if ctx.co.zone in mime.WINDOWS_NAME else world.OWNER_TZ
    old = world.interview_slot(r, ctx.sent.date(), zone, 1, 4)
    text = f"Hi Riley,\n\nI'm cancelling our final round: the {ctx.role} position was filled internally this week, so the search is closed. I'm sorry for the late notice.\n\n{org.name}\n{ctx.co.name}"
    cal = mime.ics(r, start=old, minutes=60, summary=f"Final round - {ctx.role}", organizer=(org.name, org.email), attendees=[(OWNER_NAME, OWNER)],
                   tzmode="windows", style="outlook", method="CANCEL", uid="040000008200E00074C5B7101A82E008" + mime.hexs(r, 56).upper(), seq=2,
                   status="CANCELLED", description=text, stamp=ctx.sent.astimezone(dt.timezone.utc))
    raw, _ = human_mail(r, sent=ctx.sent, sender=(org.name, org.email), subject=f"Canceled: Final round - {ctx.role}", text=text, client="outlook", calendar=cal)
    out.add(key, raw, "rejection", "in", ctx.co.name, ctx.role, None, None, None,
            "Outlook METHOD:CANCEL because the role was filled: rejection (no interview_start)", sent=ctx.sent)


def build(out):
    for i in range(30):
        ats_reject(out, f"rej-ats-{i}")
    for i in range(11):
        human_reject(out, f"rej-human-{i}")
    for i in range(4):
        one_liner(out, f"rej-one-{i}")
    for i in range(6):
        role_closed(out, f"rej-closed-{i}")
    for i in range(5):
        portal_status(out, f"rej-portal-{i}")
    for i in range(3):
        board_relay(out, f"rej-li-{i}", "linkedin")
    for i in range(2):
        board_relay(out, f"rej-indeed-{i}", "indeed")
    for i in range(3):
        agency_reject(out, f"rej-agency-{i}")
    for i in range(3):
        after_assessment(out, f"rej-assess-{i}")
    cancel_filled(out, "rej-cancel-0")
    for i in range(6):
        ats_reject(out, f"rej-fr-ats-{i}", lang="fr")
    for i in range(4):
        human_reject(out, f"rej-fr-human-{i}", lang="fr")
