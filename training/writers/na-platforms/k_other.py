"""other: job alerts, 'application viewed', unfinished applications, ATS account mail, assessment completion receipts,
signed-document receipts, surveys, talent communities, newsletters and promotions, auto-replies, bounces, scams,
non-job applications, non-job calendar invites, social notifications, receipts, onboarding, personal mail."""
import datetime as dt

import mime
import platforms as pf
import textfmt as tf
import world
from common import Ctx, fake_mid, pick_n
from compose import auto_mail, human_mail, pdf_bytes
from world import OWNER, OWNER_NAME

UTC = dt.timezone.utc
TITLES = ["Senior Data Engineer", "Analytics Engineer", "Staff Software Engineer", "Product Manager, Data", "Machine Learning Engineer",
          "Backend Developer", "Data Platform Lead", "Senior Product Analyst", "BI Developer", "Software Engineer, Payments",
          "Senior Analytics Engineer", "Principal Data Architect", "Technical Product Manager", "Data Engineer (Contract)"]
FR_TITLES = ["Ingénieur de données", "Analyste d'affaires principal", "Développeur Python", "Architecte de solutions infonuagiques",
             "Gestionnaire de produit", "Scientifique des données junior"]


def jobs(r, n, host, fr=False):
    cs = pick_n(r, world.ALL_COMPANIES, n)
    ts = [r.choice(FR_TITLES if fr else TITLES) for _ in range(n)]
    out = []
    for t, c in zip(ts, cs):
        extra = r.choice(["Easy Apply", "Actively recruiting", "$150K - $185K", "CA$120K - CA$140K", "Remote", "Hybrid", "Be an early applicant", "", "3 connections work here"])
        if fr:
            extra = r.choice(["Nouveau", "Hybride", "Télétravail", "Temps plein", ""])
        out.append((t, c.name, c.city, extra, f"https://{host}/jobs/{r.randint(10**8, 10**9)}"))
    return out


def job_alert(out, key, board):
    r = mime.stable_rng(key)
    brand, frm, esp, host = pf.BOARDS[board]
    day = world.pick_day(r, weekday_only=False)
    sent = world.sent_time(r, day, "America/Los_Angeles" if board in ("linkedin", "glassdoor", "wellfound", "otta") else world.OWNER_TZ, 5, 11)
    lang = "en"
    q = r.choice(["data engineer", "analytics engineer", "product manager data", "senior software engineer", "machine learning engineer"])
    loc = r.choice(["Toronto, ON", "Remote (Canada)", "Greater Montreal", "United States (Remote)", "Vancouver, BC"])
    n = r.randint(3, 7)
    js = jobs(r, n, host, fr=(board == "jobillico"))
    if board == "jobillico":
        lang = "fr"
        subj = f"{n} nouvelles offres d'emploi pour « {r.choice(['ingénieur de données', 'analyste', 'développeur'])} »"
        blocks = [("p", "Bonjour Riley,"), ("p", "Voici les nouvelles offres qui correspondent à votre alerte emploi."), ("jobs", js),
                  ("btn", "Voir toutes les offres", f"https://{host}/fr/recherche"), ("small", "Vous recevez ce courriel parce que vous avez créé une alerte. Se désabonner.")]
    elif board == "jobbank":
        lang = "en+fr"
        subj = "Job alert / Alerte-emploi: " + q
        blocks = [("p", "(Le français suit)"), ("p", f"New jobs matching your alert '{q}' in {loc}:"), ("jobs", js[:3]), ("hr",),
                  ("p", f"Nouveaux emplois correspondant à votre alerte « {q} » :"), ("small", "Job Bank / Guichet-Emplois. Manage alerts / Gérer vos alertes.")]
    else:
        subj = r.choice([f"{n} new jobs for '{q}' in {loc}", f"Riley, {js[0][1]} is hiring a {js[0][0]}", "Jobs you may be interested in",
                         f"New {q} jobs matching your alert", f"{js[0][0]} at {js[0][1]} and {n - 1} more", "Your daily job alert",
                         f"Top picks for you: {q}", "Recommended jobs based on your recent applications"])
        intro = r.choice(["Based on your job alert:", "New jobs that match your preferences:", "We found these jobs for you.",
                          "Apply early! These were posted in the last 24 hours.", "Your recent application activity helped us pick these."])
        blocks = [("p", "Hi Riley,"), ("p", intro), ("jobs", js), ("btn", "See all jobs", f"https://{host}/jobs/search?q={q.replace(' ', '+')}"),
                  ("small", r.choice(["Interview tips, salary insights and more in the app.", "Get hired faster: apply with one click.",
                                      "Premium members are 2x more likely to get an interview. Try it free."])),
                  ("small", f"You are receiving job alert emails from {brand}. Unsubscribe | Manage alerts")]
    raw = auto_mail(r, sent=sent, from_name=f"{brand} Job Alerts" if board in ("linkedin", "indeed") and r.random() < 0.6 else brand, from_addr=frm.replace("noreply", "jobalerts") if board == "linkedin" else frm,
                    subject=subj, blocks=blocks, esp=esp, bulk=["unsub", "bulk", "alert"] + (["auto"] if r.random() < 0.4 else []),
                    html_style=r.choice(["card", "banner"]), title=brand, lang="fr" if lang == "fr" else "en",
                    list_id=f"<jobalerts.{host}>" if r.random() < 0.3 else None)
    out.add(key, raw, "other", "in", None, None, None, None, None, f"{brand} job alert listing several employers (some are real applications elsewhere): other", lang=lang, sent=sent)


def viewed(out, key, board):
    ctx = Ctx(key)
    r = ctx.rng
    brand, frm, esp, host = pf.BOARDS[board]
    co = ctx.co.name
    if board == "linkedin":
        subj = r.choice([f"Your application was viewed by {co}", f"{co} viewed your application", "Update on your application"])
        blocks = [("h", f"{co} viewed your application"), ("jobs", [(ctx.role, co, ctx.co.city, "Viewed " + r.choice(["today", "2 days ago"]))]),
                  ("p", "Applicants who follow up have a better chance of hearing back."), ("btn", "View job", f"https://{host}/jobs/view/{r.randint(10**8, 10**9)}"),
                  ("small", "You are receiving Application Update emails. Unsubscribe.")]
    elif board == "indeed":
        subj = r.choice(["Update on your application", f"The employer viewed your application for {ctx.role}"])
        blocks = [("p", "Hi Riley,"), ("p", f"Good news: {co} viewed your application for {ctx.role}."), ("p", "This doesn't guarantee next steps, but it means your application was seen."),
                  ("btn", "Go to My jobs", f"https://{host}/myjobs")]
    else:
        subj = f"{co} viewed your application"
        blocks = [("p", "Hi Riley,"), ("p", f"{co} just viewed your application for {ctx.role}. Nice!"), ("jobs", jobs(r, 2, host))]
    raw = auto_mail(r, sent=ctx.sent, from_name=brand, from_addr=frm, subject=subj, blocks=blocks, esp=esp, bulk=["unsub", "auto"] + (["bulk"] if r.random() < 0.5 else []),
                    html_style="card", title=brand)
    out.add(key, raw, "other", "in", None, None, None, None, None, f"{brand} 'application viewed' notice: other (not a status decision), even when titled 'Update on your application'", sent=ctx.sent)


def unfinished(out, key):
    ctx = Ctx(key)
    r = ctx.rng
    k = r.choice(["workday", "indeed", "icims"])
    if k == "indeed":
        fn, fa, esp = "Indeed", "no-reply@indeed.example", "ses"
        link = "https://www.indeed.example/applystart"
    else:
        p = pf.ats_profile(r, k, ctx.co)
        fn, fa, esp, link = p["from_name"], p["from_addr"], p["esp"], p["link"]
    blocks = [("p", "Hi Riley,"), ("p", f"You started an application for {ctx.role} at {ctx.co.name} but haven't submitted it yet."),
              ("p", "Your progress is saved. Pick up where you left off:"), ("btn", "Continue application", link + "/resume/" + mime.hexs(r, 10)),
              ("small", "If you've already applied, you can ignore this message.")]
    raw = auto_mail(r, sent=ctx.sent, from_name=fn, from_addr=fa, subject=r.choice([f"Finish your application for {ctx.role}", "You're almost done!", "Don't forget to submit your application"]),
                    blocks=blocks, esp=esp, bulk=["auto", "unsub"], html_style="card")
    out.add(key, raw, "other", "in", None, None, None, None, None, "reminder about an application never submitted: other (no application exists yet)", sent=ctx.sent)


def account(out, key, what):
    ctx = Ctx(key)
    r = ctx.rng
    kmap = {"verify": "workday", "reset": "icims", "created": "successfactors", "incomplete": "smartrecruiters", "magic": "greenhouse",
            "retention": "teamtailor", "reset2": "oracle", "verify2": "dayforce"}
    p = pf.ats_profile(r, kmap[what], ctx.co)
    sent = ctx.sent.astimezone(world.ZoneInfo("America/Los_Angeles")) if kmap[what] == "workday" else ctx.sent
    code = r.randint(100000, 999999)
    c = {"verify": ("Verify your candidate account", [("p", "Hi Riley,"), ("p", "Please verify your email address to finish creating your Candidate Home account."), ("btn", "Verify Account", p["link"] + "/activate/" + mime.hexs(r, 20)), ("small", "This link expires in 24 hours.")]),
         "verify2": ("Your verification code", [("p", f"Your verification code is {code}."), ("p", "Enter it on the careers site to continue. If you did not request this code, ignore this email.")]),
         "reset": ("Password Reset Request", [("p", "We received a request to reset the password for your candidate profile."), ("btn", "Reset password", p["link"] + "/reset/" + mime.hexs(r, 20)), ("p", "If you didn't ask for this, you can safely ignore this email.")]),
         "reset2": ("Reset your password", [("p", "Use the link below to choose a new password. The link is valid for 30 minutes."), ("btn", "Choose a new password", p["link"] + "/pw/" + mime.hexs(r, 16))]),
         "created": ("Candidate account created", [("p", "Dear Riley Tremblay,"), ("p", f"Thank you for creating a candidate account on the {ctx.co.name} career site. You can now apply for jobs and set up job alerts."), ("p", f"Username: {OWNER}")]),
         "incomplete": ("Your profile is incomplete", [("p", "Hi Riley,"), ("p", "Complete your profile so recruiters can learn more about you. Profiles with a photo and skills get more views."), ("btn", "Complete profile", "https://jobs.smartrecruiters.example/me/profile")]),
         "magic": ("Your MyGreenhouse sign-in link", [("p", "Click below to sign in to MyGreenhouse and see all your applications in one place."), ("btn", "Sign in", "https://my.greenhouse.example/magic/" + mime.hexs(r, 24)), ("small", "This link can be used once and expires in 15 minutes.")]),
         "retention": ("We'd like to keep your profile", [("p", "Hi Riley,"), ("p", f"Under our privacy policy, {ctx.co.name} keeps candidate data for 12 months. Your data will be deleted in 30 days unless you choose to stay in our talent pool."), ("btn", "Keep my profile", p["link"] + "/consent/" + mime.hexs(r, 12))])}[what]
    subj, blocks = c
    raw = auto_mail(r, sent=sent, from_name=p["from_name"], from_addr=p["from_addr"], subject=subj, blocks=blocks + pf.ats_footer(r, p, ctx.co), esp=p["esp"],
                    bulk=["auto"], html_style=p["html_style"] if p["html_style"] != "legacy" else "banner", title=ctx.co.name, charset="utf-8")
    out.add(key, raw, "other", "in", None, None, None, None, None, f"{p['brand']} candidate-account mail ({what}): other, belongs to no application", sent=sent)


def completion(out, key, vendor):
    ctx = Ctx(key)
    r = ctx.rng
    co = ctx.co.name
    c = {"hackerrank": ("HackerRank", "support@hackerrankforwork.example", f"Thank you for completing the {co} assessment", [("p", "Hi Riley,"), ("p", f"Thanks for taking the {co} test. Your submission has been received and shared with the {co} hiring team."), ("p", "The team will contact you about next steps.")]),
         "codility": ("Codility", "no-reply@codility.example", "Your solution has been submitted", [("p", f"Thank you. Your test for {co} has been submitted successfully."), ("p", "Results are sent directly to the recruiter; Codility does not decide on your application.")]),
         "codesignal": ("CodeSignal", "noreply@codesignal.example", "Your Coding Score report is ready", [("p", "Hi Riley,"), ("p", f"You completed the General Coding Assessment for {co}. Your Coding Score: {r.randint(380, 600)}."), ("p", "Your score is valid for 30 days and can be shared with other companies."), ("btn", "View report", "https://app.codesignal.example/reports")]),
         "hirevue": ("HireVue", "noreply@hirevue-mail.example", "Thanks for completing your interview", [("p", f"Thank you for completing your on-demand interview with {co}."), ("p", "Your responses have been submitted. The hiring team will review them and be in touch.")]),
         "testgorilla": ("TestGorilla", "no-reply@testgorilla.example", "You've completed the assessment", [("p", f"Great job! You've completed the {co} assessment. Your results have been sent to {co}.")]),
         "willo": ("Willo", "hello@willo-mail.example", "Responses submitted \u2705", [("p", f"Your video responses for {co} were submitted successfully.")]),
         "criteria": ("Criteria", "noreply@criteriacorp.example", "Assessment complete", [("p", "Thank you for completing your assessment. No further action is needed.")])}[vendor]
    brand, frm, subj, blocks = c
    raw = auto_mail(r, sent=ctx.sent, from_name=brand, from_addr=frm, subject=subj, blocks=blocks + [("small", f"{brand}. Do not reply.")], esp="sendgrid",
                    bulk=["auto"], html_style="minimal", subject_mode="B")
    out.add(key, raw, "other", "in", None, None, None, None, None,
            f"{brand} completion receipt after the candidate finished the test: other (the batch READMEs do not say otherwise; it is not a new task or a decision)", sent=ctx.sent)


def signed(out, key, vendor):
    ctx = Ctx(key)
    r = ctx.rng
    if vendor == "docusign":
        subj = "Completed: Offer Letter - Riley Tremblay.pdf"
        blocks = [("p", "All parties have completed the envelope. Your document is attached."), ("btn", "VIEW COMPLETED DOCUMENT", "https://na3.docusign.example/Member/EmailStart.aspx?a=" + mime.hexs(r, 24))]
        fn, fa = "Docusign", "dse_na3@docusign.example"
    elif vendor == "adobe":
        subj = "Offer Letter - Riley Tremblay between " + ctx.co.name + " and Riley Tremblay is Signed and Filed!"
        blocks = [("p", "The agreement has been signed by all parties. A PDF copy is attached for your records.")]
        fn, fa = "Adobe Acrobat Sign", "adobesign@adobesign.example"
    else:
        subj = "Completed: Residential Lease - 44 Harbord St, Unit 3"
        blocks = [("p", "All parties have completed the lease. The signed document is attached.")]
        fn, fa = "Docusign", "dse_na2@docusign.example"
    raw = auto_mail(r, sent=ctx.sent, from_name=fn, from_addr=fa, subject=subj, blocks=blocks, esp="postfix", bulk=["auto"], html_style="banner",
                    attachments=[("Completed.pdf", "application/pdf", pdf_bytes(r, "completed"))])
    out.add(key, raw, "other", "in", None, None, None, None, None,
            "e-signature 'Completed' copy after the candidate signed: other (confirms an acceptance, not a new offer)" if vendor != "lease" else "DocuSign lease completed: other", sent=ctx.sent)


def survey(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    if lang == "en":
        subj = r.choice([f"How was your interview experience with {ctx.co.name}?", "Tell us about your candidate experience", "2 minutes to help us improve hiring?"])
        blocks = [("p", "Hi Riley,"), ("p", f"You recently interviewed with {ctx.co.name}. We'd love your honest feedback. Responses are anonymous and are not shared with the hiring team."),
                  ("btn", "Take the survey", f"https://survey.candidatepulse.example/s/{mime.hexs(r, 12)}"), ("small", "Candidate experience survey powered by CandidatePulse.")]
    else:
        subj = "Sondage sur votre expérience de candidat"
        blocks = [("p", "Bonjour Riley,"), ("p", f"Vous avez récemment participé à notre processus de recrutement chez {ctx.co.name}. Aidez-nous à nous améliorer en répondant à ce court sondage anonyme."),
                  ("btn", "Répondre au sondage", f"https://survey.candidatepulse.example/fr/{mime.hexs(r, 12)}")]
    raw = auto_mail(r, sent=ctx.sent, from_name=f"{ctx.co.name} Recruiting" if lang == "en" else f"Recrutement {ctx.co.name}", from_addr="surveys@candidatepulse.example", subject=subj,
                    blocks=blocks, esp="sendgrid", bulk=["auto", "bulk", "unsub"], html_style="minimal", lang=lang)
    out.add(key, raw, "other", "in", None, None, None, None, None, "candidate-experience survey: other (no status information)", lang=lang, sent=ctx.sent)


def community(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    co = ctx.co.name
    if lang == "en":
        v = r.choice(["welcome", "newsletter", "eightfold", "event"])
        if v == "welcome":
            subj, blocks = f"Welcome to the {co} Talent Community", [("p", "Hi Riley,"), ("p", f"Thanks for joining the {co} Talent Community! We'll send you jobs that match your interests and news from our teams."), ("jobs", [(t, co, ctx.co.city) for t in pick_n(r, TITLES, 3)])]
        elif v == "newsletter":
            subj, blocks = f"Life at {co}: engineering blog, new roles and an AMA", [("h", f"Life at {co}"), ("p", "This month: how our data team cut warehouse costs by 40%, a Q&A with our new CTO, and 12 open roles."), ("jobs", [(t, co, ctx.co.city) for t in pick_n(r, TITLES, 4)])]
        elif v == "eightfold":
            subj, blocks = f"Riley, we found roles at {co} that match your profile", [("p", "Based on your skills, these openings could be a great match."), ("jobs", [(t, co, ctx.co.city, f"{r.randint(70, 96)}% match") for t in pick_n(r, TITLES, 3)]), ("small", "Recommendations powered by Eightfold AI.")]
        else:
            subj, blocks = f"You're invited: {co} virtual hiring event", [("p", f"Join {co} recruiters and engineers for a virtual open house. Learn about our teams and how we interview."), ("btn", "Register", f"https://{ctx.co.domain}/events/{mime.hexs(r, 6)}")]
    else:
        v = "welcome"
        subj, blocks = f"Bienvenue dans la communauté talents de {co}", [("p", "Bonjour Riley,"), ("p", f"Merci de vous être joint(e) à notre communauté de talents! Nous vous enverrons les offres qui correspondent à vos intérêts.")]
    raw = auto_mail(r, sent=ctx.sent, from_name=f"{co} Careers" if lang == "en" else f"Carrières {co}", from_addr=f"talent@{ctx.co.domain}", subject=subj,
                    blocks=blocks + [("small", "Unsubscribe | Privacy")], esp=r.choice(["sendgrid", "sparkpost", "mandrill"]), bulk=["unsub", "bulk"], html_style="card", title=co, lang=lang)
    out.add(key, raw, "other", "in", None, None, None, None, None, f"talent-community mail ({v}) listing roles: a job alert, other", lang=lang, sent=ctx.sent)


NEWS = [
    ("Interview Kickstart Weekly", "news@interviewprep.example", "5 interview mistakes that cost senior engineers the offer", ["This week: how to talk about tradeoffs in a system design interview, the STAR method for behavioral rounds, and a salary-negotiation script.", "Offer negotiation workshop: 30% off this week only."]),
    ("LinkedIn Premium", "premium@linkedin.example", "Riley, a special offer: 50% off Premium Career", ["See who viewed your profile and get InMail credits. Limited-time offer: 2 months at half price.", "Premium members get hired 2x as fast on average."]),
    ("Levels Weekly", "hello@levels-mail.example", "Data engineer comp in Toronto vs. Seattle", ["New data: median total comp for senior data engineers rose 4% this quarter.", "Submit your offer anonymously to unlock the full report."]),
    ("Glassdoor", "noreply@glassdoor.example", "Your salary report: Senior Data Engineer", ["Based on 1,204 salaries, the typical pay in Toronto is CA$128K - CA$160K.", "Ace your next interview with real interview questions from companies."]),
    ("Jobscan", "team@jobscan.example", "Your resume matched 62% of the job description", ["Add these keywords to improve your match rate: Airflow, data modeling, stakeholder management.", "Upgrade to unlimited scans."]),
    ("Built In Toronto", "newsletter@builtin.example", "The week in Toronto tech: funding, layoffs and who's hiring", ["Three startups raised Series A rounds this week. Plus: 40 companies hiring engineers now.", "Read: How to prep for a take-home assignment."]),
    ("DataCamp", "offers@datacamp-mail.example", "Last chance: 60% off ends tonight", ["Build job-ready SQL and Python skills. Offer ends at midnight.", "Earn a certification recruiters recognize."]),
    ("Resume Pros", "hello@resumepros.example", "Your resume review is ready \u2014 plus an offer inside", ["Our experts found 7 issues in your resume. Fix them with a professional rewrite: 25% off.", "Land more interviews in 30 days or your money back."]),
]


def newsletter(out, key, i):
    r = mime.stable_rng(key)
    fn, fa, subj, paras = NEWS[i % len(NEWS)]
    day = world.pick_day(r, weekday_only=False)
    sent = world.sent_time(r, day, r.choice(["America/New_York", "America/Los_Angeles", "America/Toronto"]), 6, 12)
    blocks = [("h", subj)] + [("p", x) for x in paras] + [("btn", r.choice(["Read more", "Claim offer", "Get started", "See the report"]), f"https://{fa.split('@')[1]}/c/{mime.hexs(r, 10)}"),
                                                         ("small", "You're receiving this because you signed up. Unsubscribe | Preferences | 123 Example St, Suite 400")]
    raw = auto_mail(r, sent=sent, from_name=fn, from_addr=fa, subject=subj, blocks=blocks, esp=r.choice(["sendgrid", "mandrill", "sparkpost", "ses"]),
                    bulk=["unsub", "bulk"], html_style=r.choice(["card", "banner"]), title=fn, list_id=f"<{mime.hexs(r, 8)}.list.{fa.split('@')[1]}>" if r.random() < 0.5 else None)
    out.add(key, raw, "other", "in", None, None, None, None, None, "newsletter/promotion using job words ('interview', 'offer', 'resume'): other", sent=sent)


def ooo(out, key, lang="en"):
    ctx = Ctx(key, lang=lang)
    r = ctx.rng
    p = ctx.recruiter
    back = world.add_bdays(ctx.sent.date(), r.randint(2, 8))
    if lang == "en":
        text = r.choice([f"Thank you for your email. I am out of the office until {tf.date_en(back, 0)} with limited access to email. For urgent recruiting matters, please contact talent@{ctx.co.domain}.",
                         f"Hi! I'm on parental leave until {tf.date_en(back, 2)}. Your message has not been forwarded. For anything about an open application, please reach out to recruiting@{ctx.co.domain}.",
                         f"I'm traveling and will reply when I'm back on {tf.date_en(back, 0)}. Thanks for your patience!"])
        subj = r.choice(["Automatic reply: Following up - " + ctx.role, "Out of Office Re: Thank you", "Re: Checking in"])
    else:
        text = f"Bonjour,\n\nJe suis à l'extérieur du bureau jusqu'au {tf.date_fr(back, 1)[3:]} inclusivement. Pour toute question urgente, veuillez écrire à rh@{ctx.co.domain}.\n\nMerci!"
        subj = "Réponse automatique : Suivi de ma candidature"
    irt = fake_mid(r, "example.com", "gmail")
    raw, _ = human_mail(r, sent=ctx.sent, sender=(p.name, p.email), subject=subj, text=text, client=r.choice(["outlook", "gmail"]), auto_reply=True, html=False,
                        in_reply_to=irt, references=[irt], lang=lang, extra=[("X-Auto-Response-Suppress", "All")])
    out.add(key, raw, "other", "in", None, None, None, None, None, "recruiter's out-of-office auto-reply (Auto-Submitted: auto-replied): other", lang=lang, sent=ctx.sent)


def bounce(out, key, style):
    ctx = Ctx(key)
    r = ctx.rng
    bad = f"{ctx.recruiter.first.lower()}.{world.ascii_fold(ctx.recruiter.last).lower()}x@{ctx.co.domain}"
    orig = f"From: {OWNER_NAME} <{OWNER}>\nTo: {bad}\nSubject: Following up - {ctx.role}\nDate: {mime.date_hdr(ctx.sent - dt.timedelta(minutes=1))}\nMessage-ID: {fake_mid(r, 'example.com', 'gmail')}\n\nHi, just checking in on the {ctx.role} role.\n\nRiley\n"
    report = f"Reporting-MTA: dns; {mime.OWNER_MX}\nArrival-Date: {mime.date_hdr(ctx.sent)}\n\nFinal-Recipient: rfc822; {bad}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <{bad}>: Recipient address rejected: User unknown\n"
    text = (f"This is the mail system at host {mime.OWNER_MX}.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<{bad}>: host mx.{ctx.co.domain}[{mime.ip4(r)}] said: 550 5.1.1 User unknown"
            if style == "postfix" else f"Your message to {bad} couldn't be delivered.\n\n{bad.split('@')[0]} wasn't found at {ctx.co.domain}.\n\nOffice 365")
    parts = [mime.Leaf("text/plain", text, cte="7bit"), mime.Leaf("message/delivery-status", report, cte="7bit"),
             mime.Leaf("message/rfc822", orig, cte="7bit")]
    for p in parts[1:]:
        p.ctype = p.ctype
    body = mime.Multi("report", parts, mime.boundary(r, "other"), params=["report-type=delivery-status"])
    hs = [("Return-Path", "<>"), ("Delivered-To", OWNER), ("From", "Mail Delivery System <MAILER-DAEMON@example.com>"), ("To", OWNER),
          ("Subject", "Undelivered Mail Returned to Sender" if style == "postfix" else "Undeliverable: Following up - " + ctx.role), ("Date", mime.date_hdr(ctx.sent)),
          ("Message-ID", f"<{mime.hexs(r, 16)}@{mime.OWNER_MX}>"), ("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied")]
    raw = mime.serialize(hs, body, crlf=style != "postfix")
    out.add(key, raw, "other", "in", None, None, None, None, None, "bounce of the candidate's follow-up (multipart/report with the original): other", sent=ctx.sent)


def scam(out, key, what):
    r = mime.stable_rng(key)
    day = world.pick_day(r, weekday_only=False)
    sent = world.sent_time(r, day, r.choice(["America/New_York", "Africa/Lagos", "Asia/Singapore", "Europe/London"]) if what != "phish" else "America/Chicago", 0, 23)
    if what == "dataentry":
        sender, subj = ("HR Dept", "hr.onboarding@gmail-careers.example"), "Remote Data Entry Position - $45/hr - Immediate Start"
        text = "Dear Applicant,\n\nYour resume was shortlisted for a remote data entry role with flexible hours. Pay: $45/hr, weekly.\n\nTo proceed with your interview, add our hiring manager on Telegram: @hr_mgr_recruit and send your full name, address and phone number.\n\nRegards,\nHR Department"
    elif what == "check":
        sender, subj = ("Daniel Brooks", "d.brooks.hiring@outlook-mail.example"), "Job Offer: Personal Assistant (Part-time)"
        text = "Hi,\n\nCongratulations, you have been selected for the personal assistant position. You will receive a cheque to purchase equipment from our approved vendor; please deposit it and send the balance by e-transfer.\n\nReply ASAP to secure your offer.\n\nDaniel"
    elif what == "fakeoffer":
        sender, subj = ("Talent Acquisition", "offers.department@gmail-hr.example"), "Offer Letter - Remote Analyst (Please sign)"
        text = "Dear Candidate,\n\nFollowing your online interview, we are pleased to offer you the position of Remote Data Analyst. Please sign the attached offer letter and return it with a copy of your SIN card and banking information for direct deposit.\n\nHR Team"
    elif what == "phish":
        sender, subj = ("Indeed", "security@indeed-support-verify.example"), "Your account will be suspended - verify now"
        text = "Dear user,\n\nWe detected unusual activity on your account. Verify your identity within 24 hours to keep receiving interview invitations: https://indeed-support-verify.example/login\n\nIndeed Security Team"
    elif what == "linkedln":
        sender, subj = ("LinkedIn", "messages@linkedln-mail.example"), "You have 3 new interview requests"
        text = "Riley, recruiters want to interview you!\n\nView your interview requests: https://linkedln-mail.example/requests\n\nThe LinkedIn Team"
    else:
        sender, subj = ("Sophia | Recruitment", "sophia.recruit@taskearn.example"), "Part-time online job: earn 300-800 USDT daily"
        text = "Hello! I'm Sophia from an online marketing agency. We're hiring part-time staff to optimize app ratings. Daily income 300-800 USDT, paid instantly. Interested? Reply YES and I'll send you the interview link on WhatsApp."
    att = [("Offer_Letter.pdf", "application/pdf", pdf_bytes(r, "scam"))] if what == "fakeoffer" else None
    raw, _ = human_mail(r, sent=sent, sender=sender, subject=subj, text=text, client=r.choice(["webmail", "gmail"]), auth="fail" if what in ("phish", "linkedln") else r.choice(["pass", "fail"]),
                        attachments=att, html=what in ("phish", "linkedln"))
    out.add(key, raw, "other", "in", None, None, None, None, None, f"scam/phishing ({what}) using job words ('interview', 'offer'): other", sent=sent)


def nonjob(out, key, what):
    r = mime.stable_rng(key)
    day = world.pick_day(r)
    zone = world.OWNER_TZ
    sent = world.sent_time(r, day, zone)
    lang = "en"
    cal = None
    if what == "rental":
        fn, fa = "Lakeview Rentals", "leasing@lakeviewrentals.example"
        subj = "We received your rental application - 44 Harbord St, Unit 3"
        blocks = [("p", "Hi Riley,"), ("p", "Thank you for your rental application. We'll run a credit and background check through SingleKey and get back to you within 3 business days."), ("small", "Lakeview Rentals Inc., Toronto")]
        note = "apartment rental 'application received' with a background check: other (not a job)"
    elif what == "rental_ok":
        fn, fa = "Lakeview Rentals", "leasing@lakeviewrentals.example"
        subj = "Congratulations! Your application has been approved"
        blocks = [("p", "Hi Riley,"), ("p", "We're pleased to offer you the unit at 44 Harbord St, Unit 3, starting on the 1st. Please review and sign the lease we'll send via DocuSign."), ("small", "Lakeview Rentals Inc.")]
        note = "rental application approved, 'pleased to offer you the unit': other"
    elif what == "rental_fr":
        lang = "fr"
        fn, fa = "Gestion Immobilière Rosemont", "location@gestionrosemont.example"
        subj = "Votre demande de location a été reçue"
        blocks = [("p", "Bonjour Riley,"), ("p", "Nous avons bien reçu votre demande de location pour le 4½ de la rue Masson. Nous procéderons à l'enquête de crédit et vous reviendrons sous peu."), ("small", "Gestion Immobilière Rosemont")]
        note = "French rental 'demande de location' (application) received: other"
    elif what == "credit":
        fn, fa = "Northern Maple Bank", "cards@northernmaplebank.example"
        subj = "Update on your credit card application"
        blocks = [("p", "Dear Riley Tremblay,"), ("p", "Good news! Your application for the Maple Rewards Visa has been approved. Your card will arrive within 7-10 business days."), ("small", "Northern Maple Bank. This is not a job-related message.")]
        note = "credit card application approved: other"
    elif what == "grad":
        fn, fa = "Graduate Admissions", "gradadmissions@lakeshoreu.example"
        subj = "Your application status has been updated"
        blocks = [("p", "Dear Riley,"), ("p", "Your application to the Master of Management Analytics program has been received and is complete. Decisions are released on the applicant portal."), ("btn", "Applicant portal", "https://apply.lakeshoreu.example/portal")]
        note = "graduate admissions 'application status updated': other"
    elif what == "daycare":
        lang = "fr"
        fn, fa = "La Place 0-5", "noreply@laplace0-5.example"
        subj = "Confirmation de votre inscription sur la liste d'attente"
        blocks = [("p", "Bonjour,"), ("p", "Votre demande d'inscription pour une place en service de garde a été enregistrée. Vous serez contacté lorsqu'une place sera disponible.")]
        note = "daycare waiting-list application (French): other"
    elif what == "nexus":
        fn, fa = "Trusted Traveler Programs", "noreply@ttp.example"
        start = world.interview_slot(r, day, "America/Toronto", 10, 30)
        subj = "NEXUS: your interview has been scheduled"
        blocks = [("p", "Dear Applicant,"), ("p", f"Your NEXUS interview is scheduled for {tf.when_en(start, 0)} at the Toronto Pearson Enrollment Centre. Bring your passport and conditional approval letter.")]
        cal = mime.ics(r, start=start, minutes=30, summary="NEXUS interview - Enrollment Centre", organizer=("Trusted Traveler Programs", "noreply@ttp.example"),
                       attendees=[(OWNER_NAME, OWNER)], tzmode="iana", style="tool", uid=f"{mime.hexs(r, 20)}@ttp.example", prodid="-//TTP//Scheduler//EN",
                       stamp=sent.astimezone(UTC))
        note = "border-program (NEXUS) 'interview scheduled' with a calendar part: other, not a job interview"
    elif what == "mortgage":
        fn, fa = "Lakeshore Credit Union", "offers@lakeshorecu.example"
        subj = "Riley, you're pre-approved: a special mortgage offer"
        blocks = [("p", "You're pre-approved for a 5-year fixed rate. This offer is valid for 120 days."), ("btn", "See your offer", "https://lakeshorecu.example/mortgage")]
        note = "mortgage pre-approval 'offer': other"
    elif what == "volunteer":
        fn, fa = "Daily Bread Volunteers", "volunteer@dailybread.example"
        subj = "Thanks for applying to volunteer!"
        blocks = [("p", "Hi Riley,"), ("p", "Thanks for your volunteer application. We'd like to schedule a short orientation interview; pick any Saturday slot on our sign-up page."), ("btn", "Choose a slot", "https://dailybread.example/volunteer/slots")]
        note = "volunteer application and orientation 'interview': other (not employment)"
    else:  # gym
        fn, fa = "FitHub Annex", "hello@fithub.example"
        subj = "Your membership application + a new-member offer"
        blocks = [("p", "Welcome! Your membership application is approved. Claim your offer: first month free.")]
        note = "gym membership application and 'offer': other"
    raw = auto_mail(r, sent=sent, from_name=fn, from_addr=fa, subject=subj, blocks=blocks, esp=r.choice(["sendgrid", "postfix", "ses"]), bulk=["auto"] + (["bulk"] if r.random() < 0.4 else []),
                    html_style=r.choice(["card", "minimal"]), title=fn, lang="fr" if lang == "fr" else "en", calendar=cal, calendar_mode="attach-cal")
    out.add(key, raw, "other", "in", None, None, None, None, None, note, lang=lang, sent=sent)


def cal_other(out, key, what):
    r = mime.stable_rng(key)
    day = world.pick_day(r)
    sent = world.sent_time(r, day, world.OWNER_TZ)
    start = world.interview_slot(r, day, world.OWNER_TZ, 2, 14, (9, 19))
    if what == "dentist":
        org, subj, summary, text = ("Bloor Dental", "appointments@bloordental.example"), "Appointment reminder: Bloor Dental", "Dental cleaning", f"Reminder: your appointment is on {tf.when_en(start, 0)}. Reply C to confirm."
        style = "tool"
    elif what == "dinner":
        org, subj, summary, text = ("Jonah Greene", "jonah.greene@fastmail.example"), f"Invitation: Dinner at Jonah's @ {tf.when_en(start, 7, 120)} ({OWNER})", "Dinner at Jonah's", "Bring dessert if you can!"
        style = "google"
    elif what == "webinar":
        org, subj, summary, text = ("Career Growth Live", "events@careergrowthlive.example"), "You're registered: How hiring managers read your resume", "Webinar: How hiring managers read your resume", f"Thanks for registering. The webinar starts {tf.when_en(start, 0)}. Bring your questions about interviews and offers!"
        style = "tool"
    else:
        org, subj, summary, text = ("Tessa Walsh", "tessa@datapodcast.example"), f"Invitation: Data Chats podcast interview - Riley Tremblay @ {tf.when_en(start, 7, 60)} ({OWNER})", "Data Chats podcast interview - Riley Tremblay", "Recording for episode 41. We'll talk about data contracts. Riverside link to follow."
        style = "google"
    cal = mime.ics(r, start=start, minutes=60, summary=summary, organizer=org, attendees=[(OWNER_NAME, OWNER)], tzmode="iana" if style == "google" else "utc", style=style,
                   uid=f"{mime.hexs(r, 20)}@{org[1].split('@')[1]}", stamp=sent.astimezone(UTC), method="REQUEST")
    raw, _ = human_mail(r, sent=sent, sender=org, subject=subj, text=f"{summary}\n{tf.when_en(start, 1, 60)}\n\n{text}", client="gmail", calendar=cal)
    out.add(key, raw, "other", "in", None, None, None, None, None, f"non-job calendar invite ({what})" + (": an 'interview' that is not a job interview" if what == "podcast" else "") + ": other", sent=sent)


def personal_in(out, key, what):
    r = mime.stable_rng(key)
    day = world.pick_day(r, weekday_only=False)
    sent = world.sent_time(r, day, world.OWNER_TZ, 8, 22)
    if what == "mom":
        sender, subj, text = ("Lise Tremblay", "lise.tremblay@videotron-mail.example"), "comment ça va?", "Allô mon cœur,\n\nEt puis, tes entrevues? Ton père demande si tu viens à Noël.\n\nBisous,\nMaman"
        lang = "fr"
    elif what == "fwd":
        sender, subj, text = ("Jonah Greene", "jonah.greene@fastmail.example"), "Fwd: posting you might like", "saw this and thought of you!\n\n---------- Forwarded message ---------\nFrom: Built In Toronto <newsletter@builtin.example>\nSubject: 40 companies hiring now\n\nSenior Data Engineer at Borealis Play (Toronto, hybrid)"
        lang = "en"
    elif what == "refask":
        sender, subj, text = ("Kofi Boateng", "kofi.boateng@ostrander.example"), "Would you be a reference?", "Hey Riley, I'm interviewing at a couple of places and would love to list you as a reference. Cool if I give them your email?\n\nKofi"
        lang = "en"
    else:
        sender, subj, text = ("Toronto Data Meetup", "organizers@tordatameetup.example"), "Call for speakers: March meetup", "Hi all, we're looking for speakers for March. Lightning talks welcome! Reply to this email with a title."
        lang = "en"
    raw, _ = human_mail(r, sent=sent, sender=sender, subject=subj, text=text, client=r.choice(["gmail", "iphone", "webmail"]), lang=lang)
    out.add(key, raw, "other", "in", None, None, None, None, None, f"personal mail ({what}): other", lang=lang, sent=sent)


def social(out, key, what):
    r = mime.stable_rng(key)
    day = world.pick_day(r, weekday_only=False)
    sent = world.sent_time(r, day, "America/Los_Angeles", 6, 20)
    p = world.Person(r, "linkedin.example")
    c = r.choice(world.ALL_COMPANIES)
    m = {"views": (f"Riley, you appeared in {r.randint(8, 40)} searches this week", [("p", "You were found by people from companies including " + c.name + "."), ("btn", "See all searches", "https://www.linkedin.example/me/search-appearances")]),
         "viewed": ("Someone from " + c.name + " viewed your profile", [("p", f"A recruiter at {c.name} viewed your profile. Upgrade to Premium to see who."), ("btn", "Try Premium", "https://www.linkedin.example/premium")]),
         "congrats": (f"Congratulate {p.first} on their new role", [("p", f"{p.name} started a new position as Senior Data Engineer at {c.name}."), ("btn", "Say congrats", "https://www.linkedin.example/feed")]),
         "comment": (f"{p.name} commented on your post", [("p", f"\"Great write-up on data contracts, Riley! We're hiring for exactly this at {c.name}, DM me.\""), ("btn", "View comment", "https://www.linkedin.example/feed/update")])}[what]
    subj, blocks = m
    raw = auto_mail(r, sent=sent, from_name="LinkedIn", from_addr="notifications-noreply@linkedin.example", subject=subj, blocks=blocks + [("small", "Unsubscribe \u00b7 Help")], esp="postfix",
                    bulk=["unsub", "bulk", "auto"], html_style="card", title="LinkedIn")
    out.add(key, raw, "other", "in", None, None, None, None, None, f"LinkedIn social notification ({what}): other" + (" even though it mentions hiring" if what == "comment" else ""), sent=sent)


def misc(out, key, what):
    ctx = Ctx(key)
    r = ctx.rng
    if what == "receipt":
        fn, fa, subj, blocks = "LinkedIn", "billing@linkedin.example", "Your LinkedIn Premium receipt", [("p", "Thanks for your payment. Premium Career, 1 month: CA$44.99 + HST."), ("kv", [("Order", str(r.randint(10**8, 10**9))), ("Card", "Visa ending 4242")])]
        note = "subscription receipt: other"
    elif what == "onboard":
        fn, fa, subj, blocks = f"{ctx.co.name} via Rippling", "no-reply@rippling-mail.example", f"Welcome to {ctx.co.name}! Complete your onboarding", [("p", "Hi Riley, we're excited to have you! Please complete your onboarding tasks before your first day: direct deposit, tax forms, and equipment."), ("btn", "Start onboarding", "https://app.rippling.example/onboarding")]
        note = "post-acceptance onboarding portal mail: other (the application already ended with an offer; not a hiring event)"
    elif what == "tracker":
        fn, fa, subj, blocks = "Huntr", "digest@huntr-mail.example", "Your week: 6 applications, 2 interviews, 1 offer", [("p", "Nice progress! You saved 11 jobs, applied to 6, scheduled 2 interviews and received 1 offer."), ("btn", "Open your board", "https://huntr.example/board")]
        note = "job-tracker weekly digest counting interviews and offers: other"
    elif what == "hotjobs":
        fn, fa, subj, blocks = "Pillar Point Staffing", "hotjobs@pillarpoint.example", "HOT JOBS this week: 14 data & engineering roles", [("p", "Our clients are hiring now. Reply with the job code to be submitted."), ("jobs", jobs(r, 5, "pillarpoint.example"))]
        note = "agency mass mail listing many roles: other (outreach needs one role)"
    elif what == "fair":
        fn, fa, subj, blocks = "TechTO Careers", "events@techto.example", "Virtual career fair: 60 employers, register free", [("p", "Meet recruiters from 60 companies, book 1:1 chats and get resume feedback."), ("btn", "Register", "https://techto.example/fair")]
        note = "career fair promotion: other"
    elif what == "calendly_mentor":
        fn, fa, subj, blocks = "Calendly", "notifications@calendly.example", "New Event: Riley Tremblay - Mentorship coffee", [("p", "A new event has been scheduled."), ("kv", [("Event Type", "Mentorship coffee"), ("Invitee", "Aiko Park"), ("Date/Time", tf.when_en(ctx.later(3, 8, world.OWNER_TZ), 2))])]
        note = "Calendly booking on the owner's own calendar by a mentee: other"
    elif what == "github":
        fn, fa, subj, blocks = "GitHub", "notifications@github.example", "[rileyt/dbt-contracts] Issue #14: add interview-friendly examples", [("p", "kwame-osei opened an issue: it would help to add examples people can walk through in interviews.")]
        note = "code-hosting notification mentioning interviews: other"
    else:
        fn, fa, subj, blocks = "Glassdoor Community", "community@glassdoor.example", "Trending in Tech Bowl: 'Got an offer after 6 rounds, AMA'", [("p", "Popular posts in your bowls this week, including interview stories and offer negotiations.")]
        note = "community digest about interviews and offers: other"
    raw = auto_mail(r, sent=ctx.sent, from_name=fn, from_addr=fa, subject=subj, blocks=blocks + [("small", "Manage notifications")], esp=r.choice(["sendgrid", "ses", "postmark"]),
                    bulk=["auto", "unsub"] if what not in ("onboard",) else ["auto"], html_style="card", title=fn)
    out.add(key, raw, "other", "in", None, None, None, None, None, note, sent=ctx.sent)


def build(out):
    boards = ["linkedin", "linkedin", "linkedin", "indeed", "indeed", "indeed", "glassdoor", "glassdoor", "ziprecruiter", "ziprecruiter", "dice", "builtin",
              "wellfound", "otta", "talentcom", "jobillico", "jobbank", "eluta", "workopolis", "monster"]
    for i, b in enumerate(boards):
        job_alert(out, f"oth-alert-{i}-{b}", b)
    for i, b in enumerate(["linkedin", "linkedin", "indeed", "indeed", "ziprecruiter", "glassdoor"]):
        viewed(out, f"oth-viewed-{i}", b)
    for i in range(3):
        unfinished(out, f"oth-unfinished-{i}")
    for w in ["verify", "reset", "created", "incomplete", "magic", "retention", "reset2", "verify2"]:
        account(out, f"oth-acct-{w}", w)
    for v in ["hackerrank", "codility", "codesignal", "hirevue", "testgorilla", "willo", "criteria"]:
        completion(out, f"oth-done-{v}", v)
    for v in ["docusign", "adobe", "lease"]:
        signed(out, f"oth-signed-{v}", v)
    for i in range(2):
        survey(out, f"oth-survey-{i}")
    survey(out, "oth-survey-fr-0", lang="fr")
    for i in range(4):
        community(out, f"oth-comm-{i}")
    community(out, "oth-comm-fr-0", lang="fr")
    for i in range(8):
        newsletter(out, f"oth-news-{i}", i)
    for i in range(3):
        ooo(out, f"oth-ooo-{i}")
    ooo(out, "oth-ooo-fr-0", lang="fr")
    bounce(out, "oth-bounce-0", "postfix")
    bounce(out, "oth-bounce-1", "exchange")
    for w in ["dataentry", "check", "fakeoffer", "phish", "linkedln", "crypto"]:
        scam(out, f"oth-scam-{w}", w)
    for w in ["rental", "rental_ok", "rental_fr", "credit", "grad", "daycare", "nexus", "mortgage", "volunteer", "gym"]:
        nonjob(out, f"oth-nonjob-{w}", w)
    for w in ["dentist", "dinner", "webinar", "podcast"]:
        cal_other(out, f"oth-cal-{w}", w)
    for w in ["mom", "fwd", "refask", "meetup"]:
        personal_in(out, f"oth-personal-{w}", w)
    for w in ["views", "viewed", "congrats", "comment"]:
        social(out, f"oth-social-{w}", w)
    for w in ["receipt", "onboard", "onboard2", "tracker", "hotjobs", "fair", "calendly_mentor", "github"]:
        misc(out, f"oth-misc-{w}", w if w != "onboard2" else "onboard")
