"""application_ack: ATS acknowledgements, job-board 'application sent' receipts, careers-inbox auto-replies."""
import datetime as dt

import mime
import platforms as pf
import textfmt as tf
import world
from common import Ctx, fake_mid, pick_n
from compose import auto_mail, human_mail, owner_to

SUBJ = [
    "Thank you for applying to {co}", "Thanks for applying to {co}!", "Your application to {co}",
    "We received your application for {role}", "Application received: {role}", "{co} | Application Confirmation",
    "Thank you for your interest in {co}", "Application Confirmation - {role} ({req})",
    "Your {co} application has been submitted", "Thanks for your application, {first}",
    "{role} at {co}: application received", "Confirmation: we've got your application",
    "Thank you for applying \u2013 {role}", "Your application is in!", "{co} Careers: Application Submitted",
    "Successfully applied: {role}", "We've received your application \U0001F389",
    "Thank You for Your Interest in the {role} Position", "{first}, thanks for applying!",
    "Application for {role} - {req}", "Your application for {role}",
]
OPEN = [
    "Thank you for applying for the {role} position at {co}.",
    "Thanks for your interest in {co}! We've received your application for {role}.",
    "We're writing to let you know that your application for {role} has been received.",
    "This note confirms that we received your application for the {role} role.",
    "Thank you for taking the time to apply to {co}. Your application for {role} is now in our system.",
    "Hi {first}, thanks for applying to be our next {role}!",
    "Your application for {role} ({req}) was submitted successfully.",
    "We appreciate your interest in joining {co} and confirm receipt of your application for {role}.",
    "Good news: your application made it to us. You applied for {role} on {date}.",
    "Thank you for submitting your resume for the {role} opening.",
    "We have received your application for the position of {role}.",
    "Thanks a lot for applying to {co} \u2014 we're excited you're interested in the {role} role.",
    "Your candidacy for {role} has been recorded.",
    "This is a quick confirmation that your application to {co} went through.",
    "Hello {first}, we got it! Your application for {role} is with our talent team.",
    "On behalf of the {co} recruiting team, thank you for applying for {role}.",
    "Thanks for considering {co} as your next career move. We've received your application for {role}.",
    "Your application has been successfully submitted for the following position: {role}.",
    "Thank you for expressing interest in the {role} opportunity with {co}.",
    "We're glad you applied! Your application for {role} in {city} has been received.",
    "Thank you for your application. We confirm that it has been received for {role}.",
    "Dear {first}, thank you for your recent application for {role} at {co}.",
    "Hey {first} \u2014 thanks for throwing your hat in the ring for {role}.",
    "Just confirming we received your application for {role}. Thanks for thinking of us.",
    "We've successfully received your submission for Job ID {req}, {role}.",
    "Thanks for applying! This message is to confirm that {co} has your application for {role}.",
]
NEXT = [
    "Our team will review your qualifications and, if your background is a match, a recruiter will reach out to discuss next steps.",
    "We review every application carefully. If your experience aligns with what the team needs, we'll be in touch.",
    "Due to the volume of applications we receive, we may not be able to respond to every applicant individually.",
    "What happens next? A member of our recruiting team will review your application. If you are selected for an interview, you will be contacted directly.",
    "You can check the status of your application at any time by signing in to your candidate account.",
    "Please allow a few weeks for our team to review your application.",
    "If there's a fit, someone from our team will reach out to set up a conversation.",
    "In the meantime, feel free to learn more about how we work on our careers page.",
    "We'll keep you posted as things move forward.",
    "Only candidates selected for interviews will be contacted.",
    "Our hiring team reviews applications on a rolling basis.",
    "Should your profile match our requirements, we will contact you to arrange an interview.",
    "No further action is needed from you at this time.",
    "If you applied to more than one role, each application is reviewed on its own.",
    "Our recruiters read every application themselves, so it can take a little while to hear back.",
    "If your skills and experience are a strong match, you may be invited to complete a short assessment or a call with a recruiter.",
    "Hiring timelines vary by team, and we appreciate your patience while we review.",
    "We'll reach out by email if we'd like to learn more about you.",
]
PROMISE = [
    ("Whatever the outcome, you will hear from us by {d}.", "date"),
    ("We reply to every applicant, and you can expect an update from us within 10 business days.", "b10"),
    ("We'll be in touch within two weeks either way.", "d14"),
    ("You'll get an answer from us \u2014 yes or no \u2014 by the end of next week.", "fnw"),
    ("Every applicant hears back from a real person; expect a reply from us within 5 business days.", "b5"),
]
CLOSE = [
    "Best regards,\nThe {co} Recruiting Team", "Thanks again,\n{co} Talent Acquisition", "Warmly,\nThe People Team at {co}",
    "Sincerely,\n{co} Human Resources", "Cheers,\n{rfirst} & the {co} team", "All the best,\nTalent @ {co}",
    "Kind regards,\n{co} Careers", "Thank you,\nThe {co} Hiring Team", "Best,\n{co} Talent", "Regards,\nRecruiting | {co}",
]

FR_SUBJ = ["Confirmation de réception de votre candidature", "Merci pour votre candidature \u2013 {role}",
           "Nous avons bien reçu votre candidature", "{co} | Votre candidature a été reçue", "Accusé de réception : {role}",
           "Candidature reçue \u2013 {role} ({req})", "Merci de votre intérêt pour {co}", "Ta candidature chez {co} \U0001F44B"]
FR_OPEN = [
    "Nous avons bien reçu votre candidature pour le poste de {role} et nous vous remercions de l'intérêt que vous portez à {co}.",
    "Merci d'avoir postulé chez {co}! Votre candidature au poste de {role} nous est bien parvenue.",
    "La présente confirme la réception de votre candidature pour le poste {role} (réf. {req}).",
    "Bonjour {first}, merci pour ta candidature au poste de {role}! On l'a bien reçue.",
    "Nous accusons réception de votre candidature et vous remercions de votre intérêt pour le poste de {role}.",
    "Votre candidature pour le poste de {role} a été soumise avec succès.",
    "Toute l'équipe de {co} vous remercie d'avoir soumis votre candidature au poste de {role}.",
    "Merci d'avoir pris le temps de postuler au poste de {role}. Votre dossier a bien été transmis à notre équipe.",
]
FR_NEXT = [
    "Notre équipe d'acquisition de talents analysera votre dossier avec attention. Si votre profil correspond à nos besoins, nous communiquerons avec vous pour la suite du processus.",
    "Veuillez noter que seules les personnes retenues pour une entrevue seront contactées.",
    "Vous pouvez suivre l'état de votre candidature en tout temps dans votre espace candidat.",
    "On revient vers toi dans les prochaines semaines, promis!",
    "Nous prenons le temps de lire chaque candidature; merci de votre patience.",
    "Si votre candidature est retenue, une personne de notre équipe vous contactera pour planifier une première entrevue.",
]
FR_CLOSE = ["Cordialement,\nL'équipe Talents de {co}", "Au plaisir,\nL'équipe Recrutement", "Merci encore et bonne journée!\nL'équipe RH de {co}",
            "Salutations distinguées,\nService des ressources humaines, {co}", "À bientôt,\nL'équipe {co}"]


def _promise(ctx):
    r = ctx.rng
    txt, kind = r.choice(PROMISE)
    d0 = ctx.sent.date()
    if kind == "date":
        rb = world.add_bdays(d0, r.randint(8, 15))
        txt = txt.format(d=tf.date_en(rb, r.choice([0, 1, 2])))
    elif kind == "b10":
        rb = world.add_bdays(d0, 10)
    elif kind == "b5":
        rb = world.add_bdays(d0, 5)
    elif kind == "d14":
        rb = d0 + dt.timedelta(days=14)
    else:
        rb = world.friday_next_week(d0)
    return txt, rb


def ats_ack(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    key_ats = pf.pick_ats(r, exclude=("taleo", "workday") if r.random() < 0.7 else ())
    p = pf.ats_profile(r, key_ats, ctx.co, ctx.recruiter)
    if key_ats == "workday":
        ctx.sent = ctx.sent.astimezone(world.ZoneInfo("America/Los_Angeles"))
    applied = ctx.sent - dt.timedelta(minutes=r.randint(1, 40))
    reply_by = None
    if lang == "fr":
        subj = ctx.fill(r.choice(FR_SUBJ))
        paras = [ctx.fill(r.choice(FR_OPEN))]
        paras += pick_n(r, FR_NEXT, r.randint(1, 2))
        if r.random() < 0.25:
            rb = world.add_bdays(ctx.sent.date(), 10)
            paras.append(f"Que votre candidature soit retenue ou non, nous communiquerons avec vous d'ici le {tf.date_fr(rb, 1)[3:]}.")
            reply_by = rb
        close = ctx.fill(r.choice(FR_CLOSE))
        greet = r.choice(["Bonjour {first},", "Bonjour,", "Bonjour {first} Tremblay,", "Allô {first}!"])
    else:
        subj = ctx.fill(r.choice(SUBJ))
        paras = [ctx.fill(r.choice(OPEN), date=tf.date_en(applied.date(), r.choice([1, 2, 3])))]
        paras += pick_n(r, NEXT, r.randint(1, 3))
        if r.random() < 0.12:
            t, reply_by = _promise(ctx)
            paras.insert(r.randint(1, len(paras)), t)
        close = ctx.fill(r.choice(CLOSE))
        greet = r.choice(["Hi {first},", "Dear {first},", "Hello {first},", "Dear Riley Tremblay,", "Hi there,", "{first},", ""])
    blocks = []
    if greet:
        blocks.append(("p", ctx.fill(greet)))
    blocks += [("p", x) for x in paras]
    if r.random() < 0.45:
        kv = [("Position" if lang == "en" else "Poste", ctx.role)]
        if r.random() < 0.6:
            kv.append(("Requisition ID" if lang == "en" else "Numéro de référence", ctx.req))
        if r.random() < 0.5:
            kv.append(("Location" if lang == "en" else "Lieu", ctx.co.city))
        if r.random() < 0.5:
            kv.append(("Submitted" if lang == "en" else "Soumise le", applied.strftime("%Y-%m-%d %H:%M") if r.random() < 0.5 else tf.date_en(applied.date(), 2)))
        blocks.insert(r.randint(1, len(blocks)), ("kv", kv))
    if r.random() < 0.45:
        blocks.append(("btn", r.choice(["View your application", "Check application status", "Go to Candidate Home", "Sign in to your account", "Track your application"]) if lang == "en" else r.choice(["Voir ma candidature", "Accéder à mon espace candidat"]), p["link"] + "/candidate/" + mime.hexs(r, 10)))
    if r.random() < 0.2 and lang == "en":
        blocks.append(("p", r.choice(["While you wait, check out our engineering blog.", "P.S. Follow us on LinkedIn for team news.",
                                      "Want to hear about future openings? Join our talent community.",
                                      "We know job searching takes energy. Thanks for spending some of it on us."])))
    blocks.append(("sig", close.split("\n")))
    blocks += pf.ats_footer(r, p, ctx.co, lang)
    bulk = [x for x in ("auto", "bulk", "suppress", "unsub") if r.random() < {"auto": 0.75, "bulk": 0.5, "suppress": 0.3, "unsub": 0.15}[x]]
    raw = auto_mail(r, sent=ctx.sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=subj, blocks=blocks,
                    esp=p["esp"], reply_to=p["reply_to"], bulk=bulk, html_style=p["html_style"], title=ctx.co.name,
                    preheader=paras[0][:90] if r.random() < 0.5 else None, body_mode=p["body_mode"], charset=p["charset"],
                    lang=lang, text_width=r.choice([None, None, 72, 76]),
                    subject_mode=r.choice(["Q", "B"]))
    show_role = ctx.role in subj or any(ctx.role in str(b) for b in blocks)
    out.add(key, raw, "application_ack", "in", ctx.co.name, ctx.role if show_role else None, None, None, reply_by,
            f"{p['brand']}-style acknowledgement" + (" with a promised reply date" if reply_by else "") +
            ("; says only candidates selected for interview are contacted" if any("Only candidates" in x or "seules les personnes" in x for x in paras) else ""),
            lang=lang, sent=ctx.sent)


def workday_ack(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    p = pf.ats_profile(r, "workday", ctx.co)
    sent = ctx.sent.astimezone(world.ZoneInfo("America/Los_Angeles"))
    subj = r.choice(["Thank you for applying to {role} at {co}", "{co}: We've received your application", "Application Received - {role}",
                     "Thanks for your interest in {co}", "Your application for {req} {role}"])
    subj = ctx.fill(subj)
    blocks = [("p", r.choice(["Dear Riley,", "Hello Riley Tremblay,", "Hi Riley,"])),
              ("p", ctx.fill(r.choice(["Thank you for applying to the {req} {role} position. We have successfully received your application.",
                                       "Thank you for your interest in the {role} role ({req}) at {co}. Your application was submitted successfully.",
                                       "We are pleased to confirm that your application for {role} (Job Requisition {req}) has been received."]))),
              ("p", r.choice(["You can review the status of your application at any time through Candidate Home. Statuses are updated as the hiring team moves through the process.",
                              "To see your submitted applications, sign in to Candidate Home with the email address you used to apply.",
                              "Your application will be reviewed by the recruiting team. If your qualifications match the requirements of the position, you will be contacted about next steps."])),
              ("btn", "Candidate Home", p["link"] + "/userHome"),
              ("sig", ctx.fill(r.choice(["Regards,\n{co} Talent Acquisition", "Sincerely,\n{co} Recruiting", "Thank you,\nThe {co} Careers Team"])).split("\n"))]
    if r.random() < 0.5:
        blocks.insert(3, ("p", r.choice(["P.S. Joining our Talent Community keeps you up to date on openings that match your interests.",
                                         "Please do not reply to this email. For questions, visit our careers FAQ."])))
    blocks += pf.ats_footer(r, p, ctx.co)
    raw = auto_mail(r, sent=sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=subj, blocks=blocks, esp="postfix",
                    bulk=["auto"] + (["bulk"] if r.random() < 0.5 else []), html_style=p["html_style"], title=ctx.co.name,
                    html_cte="base64", body_mode=r.choice(["alt", "html"]), mid_style="java")
    out.add(key, raw, "application_ack", "in", ctx.co.name, ctx.role, None, None, None,
            "Workday tenant acknowledgement; Date stamped in Pacific time by the tenant, base64 HTML", sent=sent)


def taleo_ack(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    p = pf.ats_profile(r, r.choice(["taleo", "njoyn", "successfactors"]), ctx.co)
    subj = ctx.fill(r.choice(["Job Submission - {role} ({req})", "Job Submission Confirmation: {role}", "Application Acknowledgement - {req}",
                              "Confirmation of application / Confirmation de candidature - {req}"]))
    bi = "Confirmation de" in subj
    paras = [ctx.fill(r.choice(["Dear Riley Tremblay,", "Dear Candidate,", "Riley,"])),
             ctx.fill(r.choice(["Thank you for your interest in {co}. This message confirms that your application for the position {role} (Job Number {req}) was submitted on {d}.",
                                "We have received your job submission for the position of {role}, job number {req}.",
                                "Your application for {role} has been received and recorded in our recruitment system."]), d=ctx.sent.strftime("%b %d, %Y")),
             r.choice(["Our recruiters will review your qualifications against the requirements of the position. Candidates selected for further consideration will be contacted.",
                       "Please note that due to the high volume of applications, only those selected for an interview will be contacted.",
                       "If you wish to review or withdraw your submission, please access the career section."])]
    if bi:
        paras.append(f"Nous avons bien reçu votre candidature pour le poste {ctx.req}. Seules les personnes retenues seront contactées.")
    paras.append(ctx.fill("Sincerely,\n{co} Human Resources"))
    blocks = [("p", x) for x in paras] + [("btn", "Access the career section", p["link"])] + pf.ats_footer(r, p, ctx.co)
    raw = auto_mail(r, sent=ctx.sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=subj, blocks=blocks, esp="postfix",
                    bulk=["auto"] + (["bulk"] if r.random() < 0.6 else []), html_style="legacy", body_mode="html" if p["key"] != "successfactors" else "alt",
                    charset=p["charset"], pixel=False, mid_style="java", crlf=True)
    out.add(key, raw, "application_ack", "in", ctx.co.name, ctx.role, None, None, None,
            f"{p['brand']}-style legacy HTML receipt ({p['charset']})" + ("; bilingual EN/FR" if bi else ""),
            lang="en+fr" if bi else "en", sent=ctx.sent)


BOARD_SIMILAR_TITLES = ["Data Engineer", "Senior Analytics Engineer", "Backend Engineer", "Product Manager, Platform",
                        "Staff Data Engineer", "Software Engineer, Infrastructure", "Business Intelligence Developer",
                        "Data Platform Lead", "Machine Learning Engineer II", "Senior Product Analyst"]


def board_ack(out, key, board=None):
    ctx = Ctx(key, lang="en")
    r = ctx.rng
    board = board or r.choice(["linkedin", "linkedin", "linkedin", "indeed", "indeed", "ziprecruiter", "glassdoor", "dice", "wellfound", "jobbank"])
    brand, frm, esp, host = pf.BOARDS[board]
    co, role = ctx.co.name, ctx.role
    loc = ctx.co.city + (" (Remote)" if r.random() < 0.3 else "")
    others = [c for c in world.ALL_COMPANIES if c.name != co]
    similar = [(t, oc.name, oc.city, r.choice(["Easy Apply", "Actively recruiting", "Promoted", "3 days ago", ""]),
                f"https://{host}/jobs/view/{r.randint(10**9, 10**10)}") for t, oc in zip(pick_n(r, BOARD_SIMILAR_TITLES, 3), pick_n(r, others, 3))]
    lang = "en"
    if board == "linkedin":
        subj = r.choice(["Riley, your application was sent to {co}", "Your application was sent to {co}", "You applied for {role} at {co}"])
        blocks = [("h", f"Your application was sent to {co}"),
                  ("jobs", [(role, co, loc, "Applied " + r.choice(["just now", "today", "on " + tf.date_en(ctx.sent.date(), 1)]), f"https://{host}/jobs/view/{r.randint(10**9, 10**10)}")]),
                  ("p", r.choice(["Now, take these steps to stand out: add skills to your profile and turn on job alerts.",
                                  "Applicants who message the hiring team are more likely to hear back.",
                                  "Track your application status in My Jobs."])),
                  ("btn", "View application", f"https://{host}/my-items/saved-jobs/?cardType=APPLIED"),
                  ("h", "Similar jobs you may be interested in"), ("jobs", similar),
                  ("small", "This email was intended for Riley Tremblay (Data and software engineer). You are receiving Job Application Notification emails."),
                  ("small", "Unsubscribe \u00b7 Help. \u00a9 LinkedIn. Mailing address: 100 Example Parkway, Sunnyvale, CA 94000.")]
        fname = "LinkedIn"
        note = "LinkedIn Easy Apply receipt 'application sent to X': application_ack for the employer named (corpus convention); similar jobs below are noise"
    elif board == "indeed":
        subj = r.choice(["Indeed Application: {role}", "Application submitted: {role} at {co}", "Your application has been submitted"])
        blocks = [("h", "Application submitted"), ("p", f"{role}\n{co} - {loc}"),
                  ("p", r.choice(["Your application has been sent to the employer. You'll find it in My jobs, where you can track updates from the employer.",
                                  "Good luck! The employer may reach out directly by email or phone.",
                                  f"{co} has received your application. We'll let you know if there are any updates."])),
                  ("btn", "View your application", f"https://{host}/myjobs?tab=applied"),
                  ("hr",), ("h", "Jobs you may also like"), ("jobs", similar[:2]),
                  ("small", "You received this email because you applied using Indeed. \u00a9 Indeed. Manage your email preferences.")]
        fname = r.choice(["Indeed", "Indeed Apply"])
        note = "Indeed Apply receipt: application_ack for the employer; the board is not the company"
    elif board == "ziprecruiter":
        subj = r.choice(["You applied for {role} at {co}", "Your application was delivered to {co}", "Application confirmation: {role}"])
        blocks = [("p", "Hi Riley,"), ("p", f"Your application for {role} at {co} was delivered. Nice work!"),
                  ("p", r.choice(["We'll let you know when the employer views it.", "Keep the momentum going: 1-Click Apply to similar jobs below."])),
                  ("jobs", similar), ("btn", "See more jobs", f"https://{host}/candidate/suggested-jobs"),
                  ("small", "ZipRecruiter, 604 Example Blvd, Santa Monica, CA. Unsubscribe.")]
        fname = r.choice(["ZipRecruiter", "Phil at ZipRecruiter"])
        note = "ZipRecruiter 'application delivered' receipt: application_ack for the employer, with other employers' jobs below"
    elif board == "glassdoor":
        subj = "Your application to {co} has been submitted"
        blocks = [("h", "Application submitted"), ("p", f"You applied to {role} at {co}."),
                  ("kv", [("Company", co), ("Location", loc), ("Applied", tf.date_en(ctx.sent.date(), 2))]),
                  ("p", "Read reviews and salaries to prepare for what's next."), ("btn", "View company reviews", f"https://{host}/Reviews/{ctx.co.slug}"),
                  ("small", "Glassdoor Jobs. You are receiving this because you applied through Glassdoor.")]
        fname = "Glassdoor Jobs"
        note = "Glassdoor apply receipt: application_ack for the employer"
    elif board == "dice":
        subj = "Application confirmation: {role}"
        blocks = [("p", "Hello Riley,"), ("p", f"Thanks for applying with Dice Easy Apply. Your application for {role} ({co}) has been submitted."),
                  ("p", "Recruiters often reach out within days. Keep your profile visible so they can find you."),
                  ("btn", "View applied jobs", f"https://{host}/dashboard/applied-jobs"), ("small", "Dice, Centennial, CO. Unsubscribe from application emails.")]
        fname = "Dice"
        note = "Dice Easy Apply receipt: application_ack for the employer"
    elif board == "wellfound":
        subj = r.choice(["You applied to {co}!", "Application sent: {role} at {co}"])
        blocks = [("p", "Hey Riley,"), ("p", f"Your application to {co} for {role} is on its way. The team usually responds within 7 days."),
                  ("p", "Tip: startups love a short, specific note about why you're excited."), ("btn", "View application", f"https://{host}/jobs/applications"),
                  ("small", "Wellfound, San Francisco. You can change email settings any time.")]
        fname = "Wellfound"
        note = "Wellfound receipt: application_ack; 'usually responds within 7 days' is the board's statistic, not a promise, so reply_by null"
    else:  # jobbank bilingual
        lang = "en+fr"
        subj = "Your application has been sent / Votre candidature a été envoyée"
        blocks = [("p", "(Le français suit)"), ("p", f"Your application for the job {role} with {co} has been sent to the employer using Job Match / Direct Apply."),
                  ("p", "The employer will contact you directly if they wish to follow up."), ("hr",),
                  ("p", f"Votre candidature pour l'offre d'emploi {role} chez {co} a été envoyée à l'employeur."),
                  ("p", "L'employeur communiquera directement avec vous s'il souhaite donner suite."),
                  ("small", "Job Bank / Guichet-Emplois. Do not reply / Ne pas répondre.")]
        fname = "Job Bank | Guichet-Emplois"
        note = "Government job board bilingual 'application sent' receipt: application_ack for the employer"
    subj = ctx.fill(subj)
    raw = auto_mail(r, sent=ctx.sent, from_name=fname, from_addr=frm, subject=subj, blocks=blocks, esp=esp,
                    bulk=["auto", "unsub"] + (["bulk"] if r.random() < 0.5 else []), html_style="card" if board != "jobbank" else "banner",
                    title=brand, lang="en")
    out.add(key, raw, "application_ack", "in", co, role, None, None, None, note, lang=lang, sent=ctx.sent)


def board_ack_confidential(out, key):
    ctx = Ctx(key, lang="en")
    r = ctx.rng
    brand, frm, esp, host = pf.BOARDS["ziprecruiter" if r.random() < 0.5 else "indeed"]
    role = ctx.role
    subj = f"Application submitted: {role}"
    blocks = [("h", "Application submitted"), ("p", f"{role}\nConfidential Company - {r.choice(['Toronto, ON', 'Remote', 'Chicago, IL'])}"),
              ("p", "This employer has chosen to keep its name private. Your application has been delivered, and the employer will contact you if they would like to move forward."),
              ("btn", "View your application", f"https://{host}/myjobs"), ("small", f"You received this email because you applied using {brand}.")]
    raw = auto_mail(r, sent=ctx.sent, from_name=brand, from_addr=frm, subject=subj, blocks=blocks, esp=esp, bulk=["auto", "unsub"], html_style="card", title=brand)
    out.add(key, raw, "application_ack", "in", None, role, None, None, None,
            "job-board receipt for a posting by a confidential employer: application_ack with company null (the board is never the company)", sent=ctx.sent)


def jobillico_ack(out, key):
    ctx = Ctx(key, lang="fr")
    r = ctx.rng
    co, role = ctx.co.name, ctx.role
    subj = r.choice([f"Votre candidature a été envoyée à {co}", f"Candidature envoyée : {role}", "Confirmation d'envoi de votre candidature"])
    blocks = [("p", "Bonjour Riley,"), ("p", f"Votre candidature pour le poste {role} chez {co} a bien été transmise à l'employeur."),
              ("p", r.choice(["Vous pouvez consulter l'historique de vos candidatures dans votre compte.", "Bonne chance dans vos démarches!"])),
              ("jobs", [("Analyste de données", "Groupe Verchères" if co != "Groupe Verchères" else "Hochelaga Logiciels", "Montréal, QC", "Nouveau"),
                        ("Développeur Python", "Mobilité Maisonneuve" if co != "Mobilité Maisonneuve" else "Données Lachine", "Montréal, QC", "")]),
              ("small", "Jobillico. Pour ne plus recevoir ces courriels, modifiez vos préférences.")]
    raw = auto_mail(r, sent=ctx.sent, from_name="Jobillico", from_addr="candidatures@jobillico.example", subject=subj, blocks=blocks,
                    esp="sendgrid", bulk=["auto", "unsub"], html_style="card", title="Jobillico", lang="fr")
    out.add(key, raw, "application_ack", "in", co, role, None, None, None,
            "Québec job board 'candidature envoyée' receipt: application_ack for the employer", lang="fr", sent=ctx.sent)


def careers_autoreply(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    co, role = ctx.co.name, ctx.role
    box = r.choice(["careers", "jobs", "hr", "talent", "recrutement" if lang == "fr" else "resumes"])
    orig_subj = (f"Application - {role} - Riley Tremblay" if lang == "en" else f"Candidature - {role} - Riley Tremblay")
    subj = r.choice([f"Automatic reply: {orig_subj}", f"Re: {orig_subj}", f"[{co}] We received your email"]) if lang == "en" else \
        r.choice([f"Réponse automatique : {orig_subj}", f"RE: {orig_subj}"])
    if lang == "en":
        text = r.choice([
            f"Thank you for your email and your interest in {co}.\n\nThis confirms that we have received your application. Our HR team reviews every application, and a member of the team will contact you if your experience matches one of our openings.\n\nPlease do not reply to this automated message.\n\n{co} Human Resources",
            f"Hello,\n\nWe've received your resume for the {role} role. Thanks for reaching out!\n\nOur team checks this inbox a few times a week. If we'd like to move forward, we'll get back to you directly.\n\n- The {co} Talent Team",
            f"Thanks for applying to {co}. This is an automated confirmation that your message reached {box}@{ctx.co.domain}.\n\nWe reply to every application within 10 business days, even if the answer is no.\n\nBest,\nPeople Ops",
        ])
    else:
        text = r.choice([
            f"Bonjour,\n\nNous accusons réception de votre courriel et de votre candidature. Notre équipe des ressources humaines en prendra connaissance sous peu.\n\nSeules les personnes retenues seront contactées.\n\nMerci de votre intérêt pour {co}!\n\nRessources humaines",
            f"Merci pour votre candidature au poste de {role}! Ceci est une réponse automatique: votre message a bien été reçu.\n\nNous répondons à toutes les candidatures dans un délai de 10 jours ouvrables.\n\nL'équipe {co}",
        ])
    reply_by = world.add_bdays(ctx.sent.date(), 10) if "10 business days" in text or "10 jours ouvrables" in text else None
    prev = fake_mid(r, "example.com", r.choice(["gmail", "apple"]))
    raw, _ = human_mail(r, sent=ctx.sent, sender=(f"{co} Careers" if lang == "en" else f"Carrières {co}", f"{box}@{ctx.co.domain}"),
                        subject=subj, text=text, client=r.choice(["outlook", "webmail"]), in_reply_to=prev, references=[prev],
                        auto_reply=True, html=False, lang=lang)
    out.add(key, raw, "application_ack", "in", co, role if role in text or role in subj else None, None, None, reply_by,
            "auto-reply from a careers inbox to an emailed application (Auto-Submitted: auto-replied) confirming receipt: application_ack, not an out-of-office"
            + ("; promises a reply within 10 business days" if reply_by else ""), lang=lang, sent=ctx.sent)


def build(out):
    n = 0
    for i in range(33):
        ats_ack(out, f"ack-ats-{i}")
    for i in range(5):
        workday_ack(out, f"ack-wd-{i}")
    for i in range(4):
        taleo_ack(out, f"ack-taleo-{i}")
    boards = ["linkedin", "linkedin", "linkedin", "indeed", "indeed", "ziprecruiter", "glassdoor", "dice", "wellfound", "jobbank"]
    for i, b in enumerate(boards):
        board_ack(out, f"ack-board-{i}", b)
    jobillico_ack(out, "ack-jobillico-0")
    board_ack_confidential(out, "ack-board-conf-0")
    for i in range(4):
        careers_autoreply(out, f"ack-auto-{i}")
    careers_autoreply(out, "ack-auto-fr-0", lang="fr")
    for i in range(7):
        ats_ack(out, f"ack-ats-fr-{i}", lang="fr")
    return n
