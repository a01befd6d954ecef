"""Sender profiles of the platforms: ATS, job boards, scheduling, assessment, e-signature, screening.

Every domain is invented under .example; the brand names appear only as display names and styles.
"""
import mime

# key: (brand, from pattern, esp, link host pattern, html styles, footer kind)
ATS = {
    "greenhouse": ("Greenhouse", "no-reply@us.greenhouse-mail.example", "sendgrid", "job-boards.greenhouse.example/{slug}", ["card", "minimal"], "gh"),
    "lever": ("Lever", "no-reply@hire.lever.example", "mailgun", "jobs.lever.example/{slug}", ["minimal", "card"], "lever"),
    "workday": ("Workday", "{slug}@myworkday.example", "postfix", "{slug}.wd5.myworkdayjobs.example/en-US/External", ["card", "banner"], "wd"),
    "icims": ("iCIMS", "{slug}-talent@talent.icims.example", "sparkpost", "careers-{slug}.icims.example/jobs", ["banner", "card"], "icims"),
    "smartrecruiters": ("SmartRecruiters", "noreply@mail.smartrecruiters.example", "sendgrid", "jobs.smartrecruiters.example/{slug}", ["card"], "sr"),
    "ashby": ("Ashby", "no-reply@ashbyhq.example", "ses", "jobs.ashbyhq.example/{slug}", ["minimal"], "ashby"),
    "jobvite": ("Jobvite", "notification@jobvite.example", "postfix", "jobs.jobvite.example/{slug}", ["banner", "card"], "jobvite"),
    "taleo": ("Taleo", "{slug}@taleo.example", "postfix", "{slug}.taleo.example/careersection/2/jobsearch.ftl", ["legacy"], "taleo"),
    "bamboohr": ("BambooHR", "notifications@app.bamboohr.example", "sendgrid", "{slug}.bamboohr.example/careers", ["minimal", "card"], "bamboo"),
    "jazzhr": ("JazzHR", "do-not-reply@applytojob.example", "mailgun", "{slug}.applytojob.example/apply", ["minimal"], "jazz"),
    "workable": ("Workable", "noreply@candidates.workablemail.example", "sendgrid", "apply.workable.example/{slug}", ["card", "minimal"], "workable"),
    "breezy": ("Breezy HR", "noreply@breezy-mail.example", "mailgun", "{slug}.breezy.example", ["minimal"], "breezy"),
    "recruitee": ("Recruitee", "{slug}@recruitee-mail.example", "postmark", "{slug}.recruitee.example", ["card"], "recruitee"),
    "teamtailor": ("Teamtailor", "no-reply@teamtailor-mail.example", "postmark", "{slug}.teamtailor.example/jobs", ["banner"], "tt"),
    "pinpoint": ("Pinpoint", "notifications@pinpointhq.example", "postmark", "{slug}.pinpointhq.example", ["minimal"], "pinpoint"),
    "rippling": ("Rippling", "no-reply@rippling-mail.example", "sendgrid", "ats.rippling.example/{slug}/jobs", ["card"], "rippling"),
    "successfactors": ("SAP SuccessFactors", "{slug}@successfactors.example", "postfix", "career{n}.successfactors.example/career?company={slug}", ["legacy", "banner"], "sf"),
    "oracle": ("Oracle Recruiting", "{slug}@fa.oraclecloud.example", "postfix", "{slug}.fa.oraclecloud.example/hcmUI/CandidateExperience", ["banner"], "oracle"),
    "dayforce": ("Dayforce", "noreply@dayforcehcm.example", "postfix", "jobs.dayforcehcm.example/en-US/{slug}", ["card"], "dayforce"),
    "ukg": ("UKG Pro", "{slug}@recruiting.ultipro.example", "postfix", "recruiting.ultipro.example/{slug}/JobBoard", ["banner"], "ukg"),
    "adp": ("ADP Workforce Now", "recruitment-noreply@adp-wfn.example", "postfix", "workforcenow.adp.example/mascsr/default/mdf/recruitment", ["card"], "adp"),
    "paylocity": ("Paylocity", "noreply@recruiting.paylocity.example", "sendgrid", "recruiting.paylocity.example/Recruiting/Jobs/All/{slug}", ["minimal"], "paylocity"),
    "njoyn": ("Njoyn", "{slug}@njoyn.example", "postfix", "clients.njoyn.example/cl4/xweb/{slug}", ["legacy"], "njoyn"),
    "avature": ("Avature", "{slug}@avature-mail.example", "postfix", "{slug}.avature.example/careers", ["banner"], "avature"),
    "phenom": ("Phenom", "{slug}@talent.phenom-mail.example", "sendgrid", "careers.{slug}.example", ["card"], "phenom"),
}

ATS_WEIGHTS = [("greenhouse", 9), ("lever", 6), ("workday", 7), ("icims", 4), ("smartrecruiters", 3), ("ashby", 5),
               ("jobvite", 2), ("taleo", 2), ("bamboohr", 3), ("jazzhr", 2), ("workable", 3), ("breezy", 1),
               ("recruitee", 1), ("teamtailor", 1), ("pinpoint", 1), ("rippling", 2), ("successfactors", 2),
               ("oracle", 1), ("dayforce", 2), ("ukg", 1), ("adp", 1), ("paylocity", 1), ("njoyn", 1),
               ("avature", 1), ("phenom", 1)]


def pick_ats(rng, exclude=()):
    pool = [k for k, w in ATS_WEIGHTS for _ in range(w) if k not in exclude]
    return rng.choice(pool)


def ats_profile(rng, key, company, recruiter=None):
    brand, frm, esp, link, styles, foot = ATS[key]
    slug = company.slug
    p = {"brand": brand, "key": key, "esp": esp, "from_addr": frm.format(slug=slug),
         "link": "https://" + link.format(slug=slug, n=rng.randint(2, 10)), "html_style": rng.choice(styles),
         "foot": foot, "reply_to": None, "charset": "utf-8", "body_mode": "alt"}
    co = company.name
    names = {
        "greenhouse": [co, f"{co} Recruiting", f"{co} Talent Team", f"{co} Hiring Team"],
        "lever": [co, f"{co} Recruiting", f"{co} Talent"],
        "workday": [co, f"{co} Careers", f"{co} Talent Acquisition"],
        "icims": [f"{co} Talent Acquisition", f"{co} Careers", co],
        "smartrecruiters": [f"{co} Hiring Team", co],
        "ashby": [co, f"{co} Recruiting"],
        "jobvite": [f"{co} Recruiting", co],
        "taleo": [co, f"{co} Careers"],
        "bamboohr": [co, f"{co} via BambooHR"],
        "jazzhr": [co, f"{co} Hiring"],
        "workable": [co, f"{co} Hiring Team"],
        "breezy": [f"{co} Careers", co],
        "recruitee": [co, f"{co} Talent Team"],
        "teamtailor": [co, f"{co} Careers"],
        "pinpoint": [f"{co} Careers", co],
        "rippling": [f"{co} via Rippling", co],
        "successfactors": [f"{co} Careers", f"{co} Recrutement" if company.lang == "fr" else f"{co} Recruiting"],
        "oracle": [f"{co} Talent Acquisition", co],
        "dayforce": [co, f"{co} Careers"],
        "ukg": [f"{co} Recruiting", co],
        "adp": [f"{co} Recruitment", co],
        "paylocity": [co],
        "njoyn": [f"{co} - Careers", co],
        "avature": [f"{co} Careers", co],
        "phenom": [f"{co} Talent Community", f"{co} Careers"],
    }[key]
    p["from_name"] = rng.choice(names)
    if recruiter is not None and rng.random() < 0.45 and key in ("greenhouse", "lever", "ashby", "breezy", "bamboohr", "workable", "recruitee"):
        p["from_name"] = rng.choice([f"{recruiter.name} at {co}", f"{recruiter.name} ({co})", recruiter.name,
                                     f"{recruiter.first} from {co}", f"{recruiter.name} via {brand}"])
        p["reply_to"] = (recruiter.name, recruiter.email)
    elif recruiter is not None and rng.random() < 0.3:
        p["reply_to"] = (recruiter.name, recruiter.email)
    if key == "lever" and recruiter is not None and p["reply_to"]:
        p["reply_to"] = (recruiter.name, f"{mime.hexs(rng, 8)}+{recruiter.first.lower()[:8]}@hire.lever.example")
    if key in ("taleo", "njoyn"):
        p["body_mode"] = "html"
        p["charset"] = "windows-1252"
    if key == "successfactors":
        p["charset"] = "iso-8859-1"
    if key == "jazzhr":
        p["body_mode"] = rng.choice(["text", "alt"])
    return p


def ats_footer(rng, p, company, lang="en"):
    """Footer blocks for an ATS notification."""
    k = p["foot"]
    co = company.name
    out = []
    if lang == "fr":
        pool = [f"Ce courriel a été envoyé automatiquement par {co}. Merci de ne pas y répondre.",
                f"Ceci est un message automatisé; les réponses à cette adresse ne sont pas surveillées.",
                f"Conformément à la Loi 25, vos renseignements personnels sont traités selon la politique de confidentialité de {co}.",
                f"Vous recevez ce message parce que vous avez soumis une candidature sur le site carrières de {co}."]
        out.append(("small", rng.choice(pool)))
        if rng.random() < 0.5:
            out.append(("small", f"Propulsé par {p['brand']}"))
        return out
    pool = {
        "gh": [f"Powered by Greenhouse", f"This email was sent by {co} through Greenhouse. Replies to this address are not monitored.",
               "Manage your candidate profile and applications at MyGreenhouse."],
        "lever": ["Sent with Lever", f"You are receiving this email because you applied for a job at {co}."],
        "wd": [f"This is an automated message from {co}'s Workday recruiting system. Please do not reply.",
               "Candidate Home lets you check the status of all of your applications in one place."],
        "icims": [f"Please do not reply to this message. This mailbox is not monitored.", f"Copyright \u00a9 {co}. Applicant Tracking by iCIMS."],
        "sr": ["Powered by SmartRecruiters", "Manage email preferences"],
        "ashby": ["Sent via Ashby", f"You're receiving this because you applied to {co}."],
        "jobvite": ["This message was sent by Jobvite on behalf of " + co + ".", "Jobvite Privacy Policy"],
        "taleo": ["***This is an automated message. Please do not reply.***"],
        "bamboo": ["Powered by BambooHR"],
        "jazz": ["Please do not respond to this email; this mailbox is unmonitored.", "Applicant tracking powered by JazzHR"],
        "workable": ["Sent by Workable on behalf of " + co, "Powered by Workable"],
        "breezy": ["Powered by Breezy HR"],
        "recruitee": ["Sent with Recruitee"],
        "tt": ["Powered by Teamtailor", "Manage your data (GDPR/PIPEDA) from your candidate connect page."],
        "pinpoint": ["Powered by Pinpoint"],
        "rippling": [f"{co} uses Rippling to manage hiring. This message was sent automatically."],
        "sf": ["This e-mail was generated automatically. Please do not reply.", "Data Privacy Statement"],
        "oracle": ["This is a system-generated message. Please do not reply.", "Privacy Statement | Terms of Use"],
        "dayforce": ["This email was sent from an unmonitored mailbox.", "Dayforce Candidate Portal"],
        "ukg": ["This is an automated email. Please do not reply.", "UKG Pro Recruiting"],
        "adp": ["This is an automated message from ADP Workforce Now Recruitment on behalf of " + co + ".", "Please do not reply."],
        "paylocity": ["Do not reply to this email."],
        "njoyn": ["This is an automated message. Please do not reply to this e-mail. / Ceci est un message automatisé."],
        "avature": ["Please do not reply to this automated message.", f"\u00a9 {co}. All rights reserved."],
        "phenom": ["You are receiving this message because you joined our Talent Community.", "Unsubscribe | Privacy"],
    }[k]
    out.append(("small", rng.choice(pool)))
    if rng.random() < 0.4:
        out.append(("small", rng.choice(ADDRESS_LINES)(company)))
    if rng.random() < 0.35:
        out.append(("small", rng.choice(EEO)))
    return out


ADDRESS_LINES = [
    lambda c: f"{c.name} \u00b7 {100 + len(c.name) * 17} {['Front St', 'Market St', 'King St W', 'Main Street', 'Elm Ave', 'Rue Saint-Jacques'][len(c.slug) % 6]} \u00b7 {c.city}",
    lambda c: f"\u00a9 {c.name}. All rights reserved. {c.city}",
    lambda c: f"{c.name}, {c.city}",
]

EEO = [
    "We are an equal opportunity employer and value diversity. All employment is decided on the basis of qualifications, merit, and business need.",
    "Accommodations are available on request for candidates taking part in all aspects of the selection process.",
    "Equal Opportunity Employer: minorities/women/veterans/individuals with disabilities.",
    "We welcome applications from all qualified individuals, including Indigenous peoples, persons with disabilities, and members of visible minority groups.",
    "If you require an accommodation during the recruitment process, please let us know and we will work with you to meet your needs.",
]

BOARDS = {
    "linkedin": ("LinkedIn", "jobs-noreply@linkedin.example", "postfix", "www.linkedin.example"),
    "indeed": ("Indeed", "no-reply@indeed.example", "ses", "www.indeed.example"),
    "glassdoor": ("Glassdoor", "noreply@glassdoor.example", "sendgrid", "www.glassdoor.example"),
    "ziprecruiter": ("ZipRecruiter", "alerts@ziprecruiter.example", "sendgrid", "www.ziprecruiter.example"),
    "dice": ("Dice", "noreply@dice.example", "sparkpost", "www.dice.example"),
    "wellfound": ("Wellfound", "team@wellfound.example", "postmark", "wellfound.example"),
    "builtin": ("Built In", "newsletter@builtin.example", "mandrill", "builtin.example"),
    "otta": ("Welcome to the Jungle", "hello@otta-mail.example", "sendgrid", "app.otta.example"),
    "talentcom": ("Talent.com", "alerts@talent-mail.example", "ses", "ca.talent.example"),
    "jobillico": ("Jobillico", "alertes@jobillico.example", "sendgrid", "www.jobillico.example"),
    "jobbank": ("Job Bank | Guichet-Emplois", "no-reply@jobbank.example", "postfix", "www.jobbank.example"),
    "eluta": ("Eluta.ca", "alerts@eluta.example", "postfix", "www.eluta.example"),
    "workopolis": ("Workopolis", "jobalerts@workopolis.example", "sendgrid", "www.workopolis.example"),
    "hired": ("Hired", "hello@hired.example", "sendgrid", "hired.example"),
    "monster": ("Monster", "jobalert@monster.example", "sparkpost", "www.monster.example"),
}
