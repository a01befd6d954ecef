"""assessment: coding tests, one-way video, aptitude tests, take-homes and case exercises (English and French)."""
import datetime as dt

import mime
import textfmt as tf
import world
from common import Ctx, HM_TITLES, RECRUITER_TITLES, RECRUITER_TITLES_FR, pick_n, sig_block
from compose import auto_mail, human_mail, pdf_bytes

VENDORS = {
    "hackerrank": ("HackerRank", "support@hackerrankforwork.example", "sendgrid", "www.hackerrank.example/test"),
    "codility": ("Codility", "no-reply@codility.example", "ses", "app.codility.example/c/run"),
    "codesignal": ("CodeSignal", "noreply@codesignal.example", "sendgrid", "app.codesignal.example/test"),
    "coderpad": ("CoderPad", "no-reply@coderpad.example", "postmark", "app.coderpad.example/screen"),
    "hirevue": ("HireVue", "noreply@hirevue-mail.example", "sparkpost", "app.hirevue.example/interviews"),
    "sparkhire": ("Spark Hire", "notifications@sparkhire.example", "mailgun", "app.sparkhire.example/interview"),
    "willo": ("Willo", "hello@willo-mail.example", "sendgrid", "app.willo.example/i"),
    "testgorilla": ("TestGorilla", "no-reply@testgorilla.example", "sendgrid", "app.testgorilla.example/assessment"),
    "criteria": ("Criteria", "noreply@criteriacorp.example", "ses", "www.criteriacorp.example/test"),
    "vervoe": ("Vervoe", "assessments@vervoe.example", "mailgun", "app.vervoe.example/a"),
    "byteboard": ("Byteboard", "team@byteboard.example", "postmark", "app.byteboard.example/session"),
    "qualified": ("Qualified", "no-reply@qualified.example", "sendgrid", "www.qualified.example/assess"),
}
TESTNAME = {
    "hackerrank": ["{co} - Software Engineer Assessment", "{co} Data Engineering Challenge", "{co} Backend Coding Test", "SQL + Python Screen ({co})"],
    "codility": ["{co} coding test", "{co} - Technical Assessment", "{co} Data Engineering test"],
    "codesignal": ["General Coding Assessment", "Industry Coding Framework", "{co} Pre-Screen"],
    "coderpad": ["{co} take-home (Python)", "{co} async coding exercise"],
    "hirevue": ["{co} Virtual Interview", "{co} On-Demand Interview"],
    "sparkhire": ["{co} One-Way Video Interview"], "willo": ["{co} video questions"],
    "testgorilla": ["{co} - Skills assessment", "{co} Data Analyst Assessment"],
    "criteria": ["Criteria Cognitive Aptitude Test (CCAT)", "{co} pre-employment assessment"],
    "vervoe": ["{co} Product skills assessment"], "byteboard": ["{co} Byteboard Interview"], "qualified": ["{co} Engineering Assessment"],
}


def _deadline(ctx, days):
    r = ctx.rng
    d = ctx.sent + dt.timedelta(days=days)
    return d.replace(hour=23, minute=59, second=0) if r.random() < 0.5 else d.replace(minute=0, second=0)


def vendor_invite(out, key, vendor, reminder=False):
    ctx = Ctx(key)
    r = ctx.rng
    brand, frm, esp, host = VENDORS[vendor]
    co = ctx.co.name
    test = ctx.fill(r.choice(TESTNAME[vendor]))
    days = r.choice([3, 5, 7, 7, 10])
    dl = _deadline(ctx, days)
    mins = r.choice([60, 75, 90, 120]) if vendor not in ("hirevue", "sparkhire", "willo") else None
    link = f"https://{host}/{mime.alnum(r, 16)}"
    one_way = vendor in ("hirevue", "sparkhire", "willo")
    if reminder:
        left = r.choice(["24 hours", "48 hours", "2 days", "12 hours"])
        subj = r.choice([f"Reminder: your {co} assessment expires in {left}", f"Don't forget: {test}", f"{left} left to complete your {co} test",
                         f"Reminder - {co} invitation pending"])
        blocks = [("p", "Hi Riley,"), ("p", r.choice([f"This is a reminder that your invitation to {test} for the {ctx.role} position will expire in {left}.",
                                                      f"You haven't started {test} yet. The link expires in {left}.",
                                                      f"Just a nudge: {co} is waiting on your {test}. You have {left} to complete it."])),
                  ("btn", "Start now" if not one_way else "Record your responses", link)]
        note = f"{brand} reminder for an unfinished test: assessment; the expiry is the candidate's deadline, not reply_by"
    else:
        subj = r.choice([f"{co} has invited you to take {test}", f"Invitation: {test}", f"Next step for {ctx.role}: online assessment",
                         f"{co} | {test}", f"Your {co} assessment is ready", f"Complete your {'video interview' if one_way else 'coding challenge'} for {co}"])
        if one_way:
            core = r.choice([f"{co} would like you to complete a recorded video interview for the {ctx.role} position. You'll answer {r.randint(4, 7)} questions on your own schedule.",
                             f"As the next step for {ctx.role}, {co} invites you to a one-way video interview. There's no live interviewer: you'll see each question and record your answer.",
                             f"Thanks for applying to {co}! The next step is a short on-demand video interview for {ctx.role}."])
            det = [("Questions", str(r.randint(4, 7))), ("Time per answer", f"{r.choice([2, 3])} minutes"), ("Retakes", r.choice(["1 per question", "None"])),
                   ("Complete by", dl.strftime("%B %d, %Y %I:%M %p") + f" {tf.abbr(dl)}")]
            note = f"{brand} one-way recorded video interview: assessment (nobody to meet, no time fixed, only a deadline)"
        else:
            core = r.choice([f"{co} has invited you to complete {test} as part of your application for {ctx.role}.",
                             f"Congratulations on moving forward with {co}! The next step for {ctx.role} is an online coding assessment.",
                             f"You've been invited by {co} to take a {mins}-minute assessment for the {ctx.role} role.",
                             f"The {co} hiring team would like you to complete a technical assessment on {brand} before the next round."])
            det = [("Test", test), ("Duration", f"{mins} minutes"), ("Expires", dl.strftime("%b %d, %Y at %I:%M %p") + f" {tf.abbr(dl)}")]
            if r.random() < 0.6:
                det.append(("Languages", r.choice(["Python 3, Java, Go, SQL", "Python, SQL", "Any supported language", "Python 3, Scala"])))
            note = f"{brand} test invitation sent for the employer: assessment with the employer as company; the expiry is the candidate's deadline"
        tips = r.choice([["Use a laptop or desktop with Chrome or Firefox.", "Make sure you have a stable internet connection.", "You can take a practice test first."],
                         ["The timer starts when you click Start.", "Tab switching may be recorded.", "Once submitted, answers can't be changed."],
                         ["Find a quiet, well-lit space.", "Check your camera and microphone beforehand.", "You can pause between questions."] if one_way else
                         ["Read the problem statements carefully.", "Partial solutions count.", "Comments in your code help reviewers."]])
        blocks = [("p", r.choice(["Hi Riley,", "Hello Riley Tremblay,", "Dear Riley,"])), ("p", core), ("kv", det), ("ul", tips),
                  ("btn", r.choice(["Start assessment", "Begin test", "Accept invitation", "Go to interview"]), link)]
        if r.random() < 0.4:
            blocks.append(("p", "If you need an accommodation or more time, contact the recruiting team before starting."))
    blocks.append(("sig", [r.choice(["Good luck!", "Best of luck,", "Thanks,", "Regards,"]), f"{co} Recruiting" if r.random() < 0.6 else f"The {brand} team on behalf of {co}"]))
    blocks.append(("small", f"{brand} \u00b7 This email was sent on behalf of {co}. Do not reply."))
    raw = auto_mail(r, sent=ctx.sent, from_name=r.choice([f"{co} via {brand}", brand, f"{co} Recruiting", f"{brand} for {co}"]), from_addr=frm,
                    subject=subj, blocks=blocks, esp=esp, bulk=["auto"] + (["bulk"] if r.random() < 0.3 else []) + (["suppress"] if r.random() < 0.3 else []),
                    reply_to=(ctx.recruiter.name, ctx.recruiter.email) if r.random() < 0.4 else None, html_style=r.choice(["card", "minimal", "banner"]), title=brand)
    role = ctx.role if ctx.role in subj or any(ctx.role in str(b) for b in blocks) else None
    out.add(key, raw, "assessment", "in", co, role, None, None, None, note, sent=ctx.sent)


def take_home(out, key, flavour="eng", lang="en"):
    ctx = Ctx(key, lang=lang, track={"eng": "swe", "data": "data", "pm": "pm"}[flavour] if lang == "en" else None)
    r = ctx.rng
    sender = ctx.hm if r.random() < 0.5 else ctx.recruiter
    sender.title = sender.title or r.choice(HM_TITLES if sender is ctx.hm else RECRUITER_TITLES)
    days = r.choice([3, 5, 7])
    due = world.add_bdays(ctx.sent.date(), days)
    att = None
    if lang == "fr":
        core = r.choice([f"Merci pour l'entrevue de la semaine dernière! La prochaine étape pour le poste de {ctx.role} est un exercice à faire à la maison.",
                         f"Comme discuté, voici l'évaluation technique pour le poste de {ctx.role}.",
                         f"L'équipe a bien aimé te rencontrer. Avant l'entrevue finale, nous demandons à tous les finalistes de compléter un court exercice.",
                         f"Voici l'étude de cas pour le poste de {ctx.role}, tel que mentionné lors de notre appel.",
                         f"Pour la prochaine étape du processus ({ctx.role}), nous vous invitons à réaliser le travail pratique ci-dessous.",
                         f"Je vous transmets l'exercice technique préparé par l'équipe de données."])
        task = r.choice(["Il s'agit de concevoir un petit pipeline qui ingère un fichier CSV, nettoie les données et produit trois indicateurs.",
                         "L'exercice consiste à modéliser un schéma pour des transactions de paiement et à écrire quelques requêtes SQL.",
                         "Tu devras proposer une architecture pour ingérer des événements en temps réel et la présenter en 20 minutes.",
                         "Le dépôt contient un service incomplet; il faut ajouter la gestion des remboursements et quelques tests."])
        text = (f"Bonjour Riley,\n\n{core}\n\n{task} Prévois environ trois heures; ne dépasse pas quatre heures.\n\n"
                f"Merci de nous retourner ta solution (lien GitHub ou fichier .zip) d'ici le {tf.date_fr(due, 1)[3:]}.\n\n"
                f"Au plaisir,\n{sig_block(r, sender, ctx.co, title=r.choice(RECRUITER_TITLES_FR), fr=True)}")
        subj = r.choice([f"Exercice technique \u2013 {ctx.role}", "Évaluation à la maison", f"Prochaine étape : exercice pour {ctx.co.name}"])
        note = "French take-home exercise from the employer: assessment; the due date is the candidate's deadline"
    else:
        if flavour == "pm":
            task = r.choice(["Attached is a short case: our self-serve analytics adoption has stalled at 18%. Write a one-to-two page memo with how you'd diagnose it and what you'd ship first.",
                             "The exercise is a product case: prioritize a roadmap for our data catalog given the three customer interviews in the attached PDF.",
                             "Please prepare a 20-minute presentation on how you would measure success for our new usage-based pricing."])
            att = ("Product_Case_Exercise.pdf", "application/pdf", pdf_bytes(r, "case"))
        elif flavour == "data":
            task = r.choice([f"You'll find a sample dataset here: https://{ctx.co.domain}/take-home/{mime.hexs(r, 8)}.zip. Build a small dbt project that models orders and customers, and answer the three questions in the README.",
                             "The task: given the attached event logs, write SQL to compute weekly retention by signup cohort and explain any data quality issues you find.",
                             "Design a pipeline that lands our clickstream in the warehouse within 15 minutes. A written design plus a small prototype is perfect."])
            if r.random() < 0.5:
                att = ("events_sample.csv", "text/csv", ("event_id,user_id,ts,event\n" + "\n".join(f"{i},{r.randint(1, 500)},2026-0{r.randint(1, 9)}-1{r.randint(0, 9)}T1{r.randint(0, 9)}:00:00Z,{r.choice(['view', 'click', 'signup'])}" for i in range(1, 12)) + "\n").encode())
        else:
            task = r.choice([f"The repo is here: https://git.{ctx.co.domain}/hiring/take-home-{mime.hexs(r, 5)}. Implement the rate limiter described in the README, with tests.",
                             "Please build a small HTTP service that accepts webhook events, deduplicates them and exposes a summary endpoint. Any language is fine.",
                             "You'll extend a toy ledger service to support partial refunds. Instructions and starter code are in the attached zip."])
        core = r.choice([f"Thanks again for the great conversation. The next step for the {ctx.role} role is a take-home exercise.",
                         f"As promised, here's the take-home for {ctx.role}.", "The team enjoyed meeting you! Next up is a short exercise we ask every finalist to do.",
                         f"Sending over the {ctx.co.name} take-home. It should take about 3 hours; please don't spend more than 4."])
        due_txt = r.choice([f"Please send it back by {tf.date_en(due, 0)}.", f"Take until {tf.date_en(due, 1)} end of day; if you need more time just tell me.",
                            f"No hard deadline, but most people return it within {days} days."])
        text = (f"{r.choice(['Hi Riley,', 'Hey Riley,', 'Riley,'])}\n\n{core}\n\n{task}\n\n{due_txt}\n\n"
                f"{r.choice(['We review submissions within a few days and then schedule a walkthrough.', 'Reply here with any questions, no question is too small.', ''])}\n\n"
                f"{r.choice(['Best,', 'Thanks!', 'Cheers,'])}\n{sig_block(r, sender, ctx.co)}")
        subj = r.choice([f"{ctx.co.name} take-home exercise", f"Next step: {ctx.role} exercise", "Re: next steps", f"Take-home for {ctx.role}"])
        note = f"take-home ({flavour}) sent by a person at the employer: assessment; the return date is the candidate's deadline, not reply_by"
    raw, _ = human_mail(r, sent=ctx.sent, sender=(sender.name, sender.email), subject=subj, text=text, client=r.choice(["gmail", "outlook", "superhuman"]),
                        attachments=[att] if att else None, lang=lang)
    role = ctx.role if ctx.role in text or ctx.role in subj else None
    out.add(key, raw, "assessment", "in", ctx.co.name, role, None, None, None, note, lang=lang, sent=ctx.sent)


def testgorilla_fr(out, key):
    ctx = Ctx(key, lang="fr")
    r = ctx.rng
    co = ctx.co.name
    dl = ctx.sent + dt.timedelta(days=5)
    blocks = [("p", "Bonjour Riley,"), ("p", f"{co} vous invite à compléter une évaluation en ligne pour le poste de {ctx.role}."),
              ("kv", [("Durée", f"{r.choice([40, 55, 70])} minutes"), ("Date limite", f"{tf.date_fr(dl.date(), 2)[3:]}")]),
              ("p", "L'évaluation comprend des tests de raisonnement et un test SQL. Vous pouvez la faire en français ou en anglais."),
              ("btn", "Commencer l'évaluation", f"https://app.testgorilla.example/fr/{mime.alnum(r, 16)}"), ("small", "TestGorilla, au nom de " + co)]
    raw = auto_mail(r, sent=ctx.sent, from_name=f"{co} via TestGorilla", from_addr="no-reply@testgorilla.example", subject=f"Invitation à une évaluation \u2013 {co}",
                    blocks=blocks, esp="sendgrid", bulk=["auto"], html_style="card", title="TestGorilla", lang="fr")
    out.add(key, raw, "assessment", "in", co, ctx.role, None, None, None, "French TestGorilla invitation on the employer's behalf: assessment", lang="fr", sent=ctx.sent)


def build(out):
    plan = [("hackerrank", 4, 2), ("codility", 3, 2), ("codesignal", 3, 1), ("coderpad", 2, 0), ("hirevue", 3, 1), ("sparkhire", 1, 0), ("willo", 2, 0),
            ("testgorilla", 2, 0), ("criteria", 2, 0), ("vervoe", 1, 0), ("byteboard", 1, 0), ("qualified", 1, 0)]
    for v, n, rem in plan:
        for i in range(n):
            vendor_invite(out, f"as-{v}-{i}", v)
        for i in range(rem):
            vendor_invite(out, f"as-{v}-rem-{i}", v, reminder=True)
    for i in range(3):
        take_home(out, f"as-th-eng-{i}", "eng")
    for i in range(3):
        take_home(out, f"as-th-data-{i}", "data")
    for i in range(2):
        take_home(out, f"as-th-pm-{i}", "pm")
    for i in range(2):
        take_home(out, f"as-th-fr-{i}", lang="fr")
    testgorilla_fr(out, "as-tg-fr-0")
    video_fr(out, "as-video-fr-0")


def video_fr(out, key):
    ctx = Ctx(key, lang="fr")
    r = ctx.rng
    co = ctx.co.name
    dl = ctx.sent + dt.timedelta(days=4)
    blocks = [("p", "Bonjour Riley,"), ("p", f"{co} vous invite à compléter une entrevue vidéo différée pour le poste de {ctx.role}. Il n'y a pas d'intervieweur en direct : vous enregistrez vos réponses à cinq questions, au moment qui vous convient."),
              ("kv", [("Questions", "5"), ("Temps de réponse", "3 minutes par question"), ("Date limite", tf.date_fr(dl.date(), 2)[3:])]),
              ("btn", "Commencer", f"https://app.willo.example/fr/{mime.alnum(r, 12)}"), ("small", f"Willo, au nom de {co}")]
    raw = auto_mail(r, sent=ctx.sent, from_name=f"{co} via Willo", from_addr="hello@willo-mail.example", subject=f"Entrevue vidéo \u2013 {ctx.role}",
                    blocks=blocks, esp="sendgrid", bulk=["auto"], html_style="minimal", title="Willo", lang="fr")
    out.add(key, raw, "assessment", "in", co, ctx.role, None, None, None,
            "French one-way recorded video interview: assessment (no live interviewer, only a deadline)", lang="fr", sent=ctx.sent)
