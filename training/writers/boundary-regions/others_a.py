"""'other' mail, part A: job alerts, newsletters, courses, promotional 'offers', rentals, non-job applications,
university admissions and receipts."""
import datetime as dt

import common as cm
import kit
import mimekit as mk
from world import COMPANIES, OWNER, OWNER_NAME

ME = (OWNER_NAME, OWNER)


def vmail(key, rng, date, frm, subj, blocks, footer, brand, color, lang="en", bulk=True, note="", html_only=None,
          text_only=False, extra=None, attachments=None, unsub=True, esp=None, auth=("pass", "pass", "pass"), reply_to=None,
          precedence=None):
    html_only = (rng.random() < 0.15) if html_only is None else html_only
    root = kit.ats_shape(key, rng, brand, color, blocks, footer, html_only=html_only, text_only=text_only,
                         attachments=attachments)
    hs = []
    dom = frm[1].split("@")[1]
    if bulk:
        hs += kit.bulk_headers(rng, dom, key, unsub=unsub, precedence=precedence if precedence is not None else rng.random() < 0.7,
                               auto=rng.random() < 0.4, list_id=rng.random() < 0.3)
    hs += kit.esp_headers(rng, key, esp or rng.choice(["sendgrid", "ses", "mailgun", "sparkpost", "postmark", None]))
    if extra:
        hs += extra
    m = kit.Msg(key, "other", lang, frm, [ME], date, subj, root, label=kit.label(), headers=hs,
                msgid=kit.mid(key, dom, rng.choice(["plain", "ses", "sendgrid"])), crlf=rng.random() < 0.3, note=note,
                auth=auth, reply_to=reply_to)
    return m


def plain_mail(key, rng, date, frm, subj, body, lang="en", note="", client=None, extra=None, to=None, quote=None,
               attachments=None, auth=("pass", "pass", "pass"), cc=None):
    client = client or rng.choice(["gmail", "gmail", "iphone", "outlook", "plain", "webmail"])
    root, hs, crlf = kit.human_shape(key, rng, client, body, quote=quote, lang=lang, attachments=attachments)
    if extra:
        hs += extra
    irt = quote["msgid"] if quote else None
    m = kit.Msg(key, "other", lang, frm, to or [ME], date, subj, root, label=kit.label(), headers=hs,
                msgid=kit.msgid_for(client, key, frm[1].split("@")[1]), crlf=crlf, note=note, in_reply_to=irt,
                references=irt, auth=auth, cc=cc)
    return m


def region_zone(region):
    return {"UK": "Europe/London", "IE": "Europe/Dublin", "IN": "Asia/Kolkata", "AU": "Australia/Sydney",
            "ZA": "Africa/Johannesburg", "MX": "America/Mexico_City", "CA": "America/Toronto"}[region]


def comps_in(region):
    return [c for c in COMPANIES if c["region"] == region]


# ====================================================================== job alerts

ALERT_BOARDS = [
    # (brand, host, region, lang, color, style)
    ("LinkedIn", "linkedin-mail.example", None, "en", "#0a66c2", "li"),
    ("Indeed", "indeedemail.example", None, "en", "#2557a7", "indeed"),
    ("NHS Jobs", "jobs.nhs-mail.example", "UK", "en", "#005eb8", "saved"),
    ("Civil Service Jobs", "csjobs-mail.example", "UK", "en", "#1d70b8", "saved"),
    ("jobs.ac.uk", "jobsacuk-mail.example", "UK", "en", "#2b5797", "saved"),
    ("Tes", "tes-mail.example", "UK", "en", "#e6007e", "saved"),
    ("Reed", "reed-mail.example", "UK", "en", "#d5005f", "indeed"),
    ("IrishJobs", "irishjobs-mail.example", "IE", "en", "#00a651", "indeed"),
    ("publicjobs portal", "publicposts.example", "IE", "en", "#0b5c4b", "saved"),
    ("Naukri", "naukri-mail.example", "IN", "en", "#275df5", "naukri"),
    ("foundit", "foundit-mail.example", "IN", "en", "#6e00ff", "naukri"),
    ("SEEK", "seek-mail.example", "AU", "en", "#e60278", "seek"),
    ("APS Jobs", "apsjobs-mail.example", "AU", "en", "#26374a", "saved"),
    ("PNet", "pnet-mail.example", "ZA", "en", "#00a0dc", "indeed"),
    ("CareerJunction", "careerjunction-mail.example", "ZA", "en", "#f39200", "indeed"),
    ("OCC Mundial", "occ-mail.example", "MX", "es", "#1c4fa0", "es"),
    ("Computrabajo", "computrabajo-mail.example", "MX", "es", "#0d3878", "es"),
    ("Job Bank", "jobbank-mail.example", "CA", "en", "#26374a", "saved"),
    ("Gradcracker", "gradcracker-mail.example", "UK", "en", "#1b1b1b", "grad"),
    ("Prospects", "prospects-mail.example", "UK", "en", "#5c2d91", "grad"),
    ("GradConnect", "gradconnect-mail.example", "AU", "en", "#7a3ff2", "grad"),
    ("Glassdoor", "glassdoor-mail.example", None, "en", "#0caa41", "indeed"),
]
ALERT_TITLES_EN = ["Health Promotion Officer", "Public Health Officer", "Research Assistant", "Project Coordinator", "Healthcare Assistant",
                   "Administrative Officer", "Graduate Trainee", "Retail Supervisor", "Guest Relations Executive", "Teaching Assistant",
                   "Community Development Worker", "Data Officer", "Clinical Trials Assistant", "Policy Officer", "Student Support Officer",
                   "Front Desk Agent", "Health Care Assistant", "Programme Officer", "Wellbeing Coordinator", "Quality Improvement Lead"]
ALERT_TITLES_ES = ["Promotora de Salud", "Analista Jr. de Datos", "Coordinadora de Proyectos", "Recepcionista Bilingüe",
                   "Auxiliar Administrativo", "Docente de Ciencias", "Enfermera General", "Ejecutiva de Atención a Clientes"]


FILL_TITLES = {"health": ["Health Promotion Officer", "Public Health Officer", "Healthcare Assistant", "Clinical Trials Assistant",
                          "Quality Improvement Lead", "Wellbeing Coordinator", "Health Care Assistant"],
               "hotel": ["Guest Relations Executive", "Front Desk Agent", "Food & Beverage Supervisor", "Events Assistant"],
               "retail": ["Retail Supervisor", "Customer Service Advisor", "Pharmacy Assistant", "Assistant Store Manager"],
               "edu": ["Teaching Assistant", "Student Support Officer", "Learning Support Assistant", "Science Technician"],
               "public": ["Administrative Officer", "Policy Officer", "Programme Officer", "Community Development Worker", "Data Officer"],
               "es_health": ["Promotora de Salud", "Enfermera General", "Coordinadora de Proyectos"],
               "es_hotel": ["Recepcionista Bilingüe", "Ejecutiva de Atención a Clientes"],
               "es_retail": ["Auxiliar Administrativo", "Ejecutiva de Atención a Clientes", "Analista Jr. de Datos"],
               "es_edu": ["Docente de Ciencias", "Coordinadora de Proyectos"]}
FILL = {"UK": [("Bridgeford Housing", "public"), ("Calder Valley Council", "public"), ("Wessex Health Charity", "health"), ("Lowther Hotels", "hotel")],
        "IE": [("Shannon Care Group", "health"), ("Foyle Pharmacy", "retail"), ("Dublin Inner City Partnership", "public"), ("Atlantic Hotels", "hotel")],
        "IN": [("Medicare Plus", "health"), ("Sparkle EduTech", "edu"), ("Nirmal Hospitals", "health"), ("Kaveri Retail", "retail")],
        "AU": [("Coastal Care Network", "health"), ("Sunny Side Cafes", "hotel"), ("Western Health Alliance", "health"), ("Bright Minds Tutoring", "edu")],
        "ZA": [("Amani Health", "health"), ("Cape Peninsula NGO Forum", "public"), ("Jozi Retail", "retail"), ("Garden Route Hotels", "hotel")],
        "MX": [("Grupo Salud Integral", "es_health"), ("Hoteles Bahía", "es_hotel"), ("Tiendas Jacaranda", "es_retail"), ("Colegio Bilingüe Sol", "es_edu")],
        "CA": [("Prairie Health Network", "health"), ("Maritime Credit Union", "retail"), ("Evergreen Schools", "edu"), ("Cobalt Hotels", "hotel")]}


def _alert_jobs(rng, region, lang, n, include_known):
    """Alert rows: invented employers with fitting titles, sometimes an employer Maya applied to with one of its real roles."""
    pairs = [(rng.choice(FILL_TITLES[kind]), name) for name, kind in FILL[region]]
    if include_known:
        for c in rng.sample(comps_in(region), 2):
            pairs.append((rng.choice(c["roles"]), c["name"]))
    rng.shuffle(pairs)
    places = {"UK": ["London", "Leeds", "Bristol", "Manchester", "Hybrid"], "IE": ["Dublin", "Cork", "Galway", "Limerick"],
              "IN": ["Pune", "Mumbai", "Bengaluru", "Hyderabad"], "AU": ["Sydney NSW", "Melbourne VIC", "Brisbane QLD"],
              "ZA": ["Cape Town", "Johannesburg", "Durban"], "MX": ["Guadalajara", "CDMX", "Monterrey", "Cancún"],
              "CA": ["Toronto, ON", "Vancouver, BC", "Halifax, NS", "Ottawa, ON"]}[region]
    out = []
    for i in range(min(n, len(pairs))):
        t, name = pairs[i]
        out.append((t, name, rng.choice(places), "https://jobs.example/v/%s" % mk.h("%s%s%d%f" % (t, region, i, rng.random()), 10)))
    return out


def job_alert(key, rng, date, idx):
    brand, host, region, lang, color, style = ALERT_BOARDS[idx % len(ALERT_BOARDS)]
    if region is None:
        region = rng.choice(["UK", "IE", "AU", "CA", "IN", "ZA"])
    date = date.astimezone(kit.ZoneInfo(region_zone(region)))
    n = rng.randint(3, 6)
    jobs = _alert_jobs(rng, region, lang, n, include_known=rng.random() < 0.5)
    kw = rng.choice(["health promotion", "public health", "research assistant", "graduate", "project officer", "hotel", "teaching assistant"])
    place = jobs[0][2]
    if style == "es":
        subj = rng.choice(["%d vacantes nuevas para ti" % n, "Maya, estas vacantes te pueden interesar", "Vacantes de %s en %s" % (jobs[0][0], place),
                           "Tu alerta de empleo: %s" % jobs[0][0], "¡Postúlate hoy! Nuevas ofertas de empleo"])
        blocks = [("h", "Vacantes recomendadas para ti"), ("jobs", jobs),
                  ("p", rng.choice(["Postúlate con un clic desde la app.", "Las empresas revisan primero las postulaciones más recientes."])),
                  ("button", "Ver todas las vacantes", "https://%s/alertas" % host)]
        footer = ["Recibes este correo porque creaste una alerta de empleo.", cm.unsub_footer(rng, brand, host, "es")]
        note = "job alert in Spanish; 'ofertas de empleo' is not an offer"
    else:
        subj = {
            "li": rng.choice(["%s: %d new jobs in %s" % (jobs[0][0], n, place), "Maya, companies are hiring for %s" % jobs[0][0],
                              "Jobs you may be interested in", "%s at %s and %d more jobs" % (jobs[0][0], jobs[0][1], n - 1),
                              "Your job alert for %s" % kw]),
            "indeed": rng.choice(["%d new %s jobs in %s" % (n, kw, place), "Apply now: %s" % jobs[0][0], "Jobs you might like",
                                  "New jobs for you from %s" % brand, "%s – %s is hiring" % (jobs[0][0], jobs[0][1])]),
            "saved": rng.choice(["%d new jobs match your saved search" % n, "Job alert: %s" % kw, "New vacancies matching '%s'" % kw,
                                 "Your daily job alert", "Saved search results – %s" % kw]),
            "naukri": rng.choice(["Recommended jobs for you, Maya", "%d jobs matching your profile" % n, "Hiring now: %s" % jobs[0][0],
                                  "Apply to %s and %d more" % (jobs[0][1], n - 1)]),
            "seek": rng.choice(["%d new jobs for %s" % (n, kw), "SEEK job mail: %s" % jobs[0][0], "Recommended for you"]),
            "grad": rng.choice(["Graduate schemes closing this week", "%d graduate jobs you shouldn't miss" % n, "Deadlines approaching: apply now",
                                "New graduate opportunities in %s" % kw]),
        }[style]
        intro = rng.choice(["Based on your profile and recent activity.", "New jobs matching your alert were posted in the last 24 hours.",
                            "Don't miss out. Early applicants are more likely to hear back.", "Here are today's top picks.",
                            "These employers are actively hiring.", "Jobs similar to ones you've applied for."])
        blocks = [("p", intro), ("jobs", jobs)]
        if rng.random() < 0.4:
            blocks.append(("p", rng.choice(["Tip: tailor your CV to each application and prepare for the interview with our free guides.",
                                            "Looking for interview tips? Read our guide to competency-based questions.",
                                            "Easy Apply: send your application in one click.",
                                            "Salary insights: see what others earn in similar roles."])))
        blocks.append(("button", rng.choice(["See all jobs", "View jobs", "Search more jobs"]), "https://%s/jobs?alert=%s" % (host, mk.h(key, 8))))
        footer = ["You are receiving job alert emails for '%s'." % kw, cm.unsub_footer(rng, brand, host)]
        note = "job alert from %s%s" % (brand, "; lists employers Maya applied to, still other" if any(j[1] in [c["name"] for c in COMPANIES] for j in jobs) else "")
    frm = (brand if rng.random() < 0.6 else "%s Job Alerts" % brand, rng.choice(["jobalerts", "alerts", "noreply", "jobs-listings", "info"]) + "@" + host)
    return vmail(key, rng, date, frm, subj, blocks, footer, brand, color, lang, note=note)


# ====================================================================== newsletters with interview tips

NEWS = [
    ("The Graduate Digest", "graddigest.example", "en", ["5 interview questions you should prepare for", "How to answer 'tell me about yourself'",
                                                        "Assessment centres: what really happens", "Negotiating your first offer"]),
    ("CareerPulse Weekly", "careerpulse.example", "en", ["Interview tips: the STAR method explained", "Why you didn't get the job (and what to do next)",
                                                         "Following up after an interview: templates", "Ace your video interview"]),
    ("NHS Careers Bulletin", "healthcareers-news.example", "en", ["Writing a supporting statement that stands out", "Band 5 interviews: common questions",
                                                                 "Values-based recruitment explained"]),
    ("Prospects Luminate", "prospects-mail.example", "en", ["Graduate salaries in 2026", "Psychometric tests: practise for free", "Is a master's worth it?"]),
    ("Civil Service Careers", "cscareers-news.example", "en", ["Success Profiles: behaviours with examples", "Preparing for a strengths-based interview"]),
    ("Shine Careers", "shine-news.example", "en", ["Top 10 HR interview questions with answers", "How to mention CTC in interviews", "Resume mistakes freshers make"]),
    ("SEEK Career Advice", "seek-mail.example", "en", ["How to prepare for a phone interview", "What to wear to an interview in summer", "Award rates explained"]),
    ("Bumeran Blog", "bumeran-mail.example", "es", ["Consejos para tu entrevista de trabajo", "Cómo negociar tu sueldo", "Errores comunes en el CV"]),
    ("Careers in Teaching", "teachcareers-news.example", "en", ["Lesson observations: a survival guide", "Interview day checklist for teachers"]),
    ("Talent Canada Weekly", "talentcanada-news.example", "en", ["Informational interviews: how to ask", "Writing a Canadian-style resume"]),
    ("Careers24 Digest", "careers24-news.example", "en", ["Interview tips for learnerships", "How to spot a fake job offer"]),
    ("Irish Times-style Jobs Extra", "jobsextra-news.example", "en", ["Getting through a public appointments board", "The new hybrid work rules"]),
]


def newsletter(key, rng, date, idx):
    brand, host, lang, topics = NEWS[idx % len(NEWS)]
    t = rng.sample(topics, min(len(topics), rng.randint(2, 3)))
    if lang == "es":
        subj = rng.choice(["%s | %s" % (brand, t[0]), t[0], "Esta semana: %s" % t[0]])
        blocks = [("h", t[0]), ("p", "Prepárate para tu próxima entrevista con estos consejos de especialistas en reclutamiento."),
                  ("list", t[1:] + ["Descarga nuestra guía gratuita"]), ("button", "Leer más", "https://%s/blog" % host)]
        footer = [cm.unsub_footer(rng, brand, host, "es")]
    else:
        subj = rng.choice(["%s: %s" % (brand, t[0]), t[0], "This week: %s" % t[0].lower(), "📬 %s" % t[0], "%s + more" % t[0]])
        blocks = [("h", t[0]),
                  ("p", rng.choice(["Interviews can feel daunting. Our recruiters share what they actually listen for.",
                                    "This week we look at the questions that trip candidates up, and how to answer them.",
                                    "Got an interview coming up? Here's your cheat sheet.",
                                    "Plus: a reader asks how long to wait before following up on an application."])),
                  ("list", t[1:] + [rng.choice(["Free webinar: mastering the panel interview", "Salary guide download", "Ask a recruiter: your questions answered"])]),
                  ("button", "Read the full issue", "https://%s/issue/%d" % (host, 100 + idx)),
                  ("small", rng.choice(["Sponsored: Upgrade your CV with a professional review, 20% off this week.", "You're reading %s because you signed up on our site." % brand]))]
        footer = ["%s, %s" % (brand, rng.choice(["London", "Dublin", "Sydney", "Mumbai", "Cape Town", "Toronto"])), cm.unsub_footer(rng, brand, host)]
    frm = (brand, rng.choice(["newsletter", "hello", "news", "editor"]) + "@" + host)
    return vmail(key, rng, date, frm, subj, blocks, footer, brand, "#444466", lang, note="career newsletter with interview tips: other", precedence=True)


# ====================================================================== courses and bootcamps

COURSES = [
    ("DataLeap Academy", "dataleap.example", "en", "Public Health Data Analytics Bootcamp", "40% off until Sunday"),
    ("TEFL Pathways", "teflpathways.example", "en", "120-hour TEFL certificate", "Teach abroad: enrolment closes soon"),
    ("CareSkills Online", "careskills.example", "en", "Level 3 Certificate for Teaching Assistants", "Start today, finish in 12 weeks"),
    ("SafeServe Training", "safeserve.example", "en", "Food Safety Level 2 + RSA bundle", "Get job-ready for hospitality"),
    ("LearnFlow", "learnflow.example", "en", "Google-style Data Analytics Professional Certificate", "Your first month free"),
    ("IELTS Ready", "ieltsready.example", "en", "IELTS Academic prep course", "Score 7.5+ or your money back"),
    ("UpGrowth Edu", "upgrowth.example", "en", "PG Diploma in Healthcare Management", "No-cost EMI available. 100% placement assistance*"),
    ("Instituto Avanza", "institutoavanza.example", "es", "Diplomado en Gestión Hospitalaria", "Inscripciones abiertas, 30% de descuento"),
    ("ProjectPro Institute", "projectpro.example", "en", "PRINCE2 Foundation & Agile", "Certified in 5 days"),
    ("Interview Ace", "interviewace.example", "en", "Interview coaching masterclass", "Land your dream job: book a free strategy call"),
    ("CodeNation Bootcamp", "codenation.example", "en", "Career switch: 16-week UX bootcamp", "Graduates hired at top companies"),
]


def course(key, rng, date, idx):
    brand, host, lang, course_name, hook = COURSES[idx % len(COURSES)]
    if lang == "es":
        subj = rng.choice(["%s: %s" % (course_name, hook), "Maya, impulsa tu carrera", "Última oportunidad: %s" % hook])
        blocks = [("h", course_name), ("p", hook + ". Modalidad en línea con validez oficial."), ("list", ["Clases en vivo", "Bolsa de trabajo exclusiva", "Certificado digital"]),
                  ("button", "Inscríbete", "https://%s/inscripcion" % host)]
        footer = [cm.unsub_footer(rng, brand, host, "es")]
    else:
        subj = rng.choice(["%s – %s" % (course_name, hook), "Maya, your offer ends tonight", "%s: applications now open" % course_name,
                           "Boost your job applications with %s" % course_name, "Get hired faster 🚀", "You've been selected for a scholarship discount"])
        blocks = [("h", course_name), ("p", hook + "."),
                  ("list", rng.sample(["Learn from industry experts", "Career coaching and interview prep included", "Flexible, online, self-paced",
                                       "Apply by Friday to secure your place", "Alumni work at leading employers", "Pay in instalments"], 3)),
                  ("button", rng.choice(["Apply now", "Claim your offer", "Enrol today", "Book a call"]), "https://%s/enrol?c=%s" % (host, mk.h(key, 6))),
                  ("small", "*Terms apply. Offer valid for new students only.")]
        footer = ["%s Ltd" % brand, cm.unsub_footer(rng, brand, host)]
    frm = (rng.choice([brand, "%s Admissions" % brand, "Team %s" % brand]), rng.choice(["admissions", "hello", "offers", "info"]) + "@" + host)
    return vmail(key, rng, date, frm, subj, blocks, footer, brand, "#ff6f00", lang,
                 note="course/bootcamp marketing ('apply', 'offer', 'selected'): other")


# ====================================================================== promo 'offers'

PROMOS = [
    ("Corrib Rewards", "corribrewards.example", "IE", "en", "You have an offer waiting!", "€10 off your next shop when you spend €50."),
    ("Tolka Bank Cards", "cards.tolkabank.example", "IE", "en", "Maya, you're pre-approved", "A credit card with 0% on purchases for 12 months. Apply in minutes."),
    ("Halden & Pryce", "news.haldenpryce.example", "UK", "en", "An exclusive offer, just for you", "25% off beauty this weekend for cardholders."),
    ("SkyHop Airlines", "skyhop.example", None, "en", "Your fare offer to Sydney expires soon", "Return flights from €799. Book by midnight."),
    ("Varuna Bank", "offers.varunabank.example", "IN", "en", "Pre-approved Personal Loan offer of ₹5,00,000", "Instant disbursal. Minimal documentation. Offer valid till month end."),
    ("Zesto Foods", "zesto.example", None, "en", "Offer unlocked: 50% off your next 3 orders", "Hungry? Your exclusive code is inside."),
    ("Ubuntu Bank", "mail.ubuntubank.example", "ZA", "en", "Your pre-qualified credit offer", "You qualify for a credit limit of up to R35,000."),
    ("Tiendas La Ceiba", "laceiba.example", "MX", "es", "¡Tienes una oferta especial!", "Hasta 30% de descuento en línea blanca y 12 meses sin intereses."),
    ("Telco One", "telcoone.example", None, "en", "Upgrade offer: new phone, same price", "You're eligible for an upgrade."),
    ("Koala Hardware", "koalahardware.example", "AU", "en", "Your Koala Club member offer", "Double points this weekend on garden gear."),
    ("Laurentian Mutual", "laurentianmutual.example", "CA", "en", "An offer on travel insurance", "Save 15% on your first policy."),
    ("StayScape", "stayscape.example", None, "en", "Exclusive member offer: 20% off stays", "Weekend getaways, hand-picked for you."),
    ("Farmacias Azahar", "farmaciasazahar.example", "MX", "es", "Maya, tu cupón de bienestar", "2x1 en vitaminas esta semana."),
    ("Greenline Energy", "greenline.example", "UK", "en", "We have an offer for you, Maya", "Fix your energy price for 12 months."),
]


def promo(key, rng, date, idx):
    brand, host, region, lang, subj0, line = PROMOS[idx % len(PROMOS)]
    if region:
        date = date.astimezone(kit.ZoneInfo(region_zone(region)))
    subj = rng.choice([subj0, subj0 + " 🎁", "Maya, " + subj0[0].lower() + subj0[1:]]) if lang != "es" else subj0
    blocks = [("h", subj0), ("p", line),
              ("button", "Ver oferta" if lang == "es" else rng.choice(["View offer", "Accept offer", "Claim now", "Apply now"]),
               "https://%s/o/%s" % (host, mk.h(key, 8))),
              ("small", "Términos y condiciones aplican." if lang == "es" else rng.choice(["Terms and conditions apply. Subject to status.",
                                                                                         "Offer valid for a limited time.", "Representative APR 22.9% (variable)."]))]
    footer = [cm.unsub_footer(rng, brand, host, lang)]
    frm = (brand, rng.choice(["offers", "news", "hello", "marketing", "no-reply"]) + "@" + host)
    note = "promotional 'offer'%s: other" % (" from a brand that is also a hiring company in this mailbox" if any(brand in c["name"] for c in COMPANIES) else "")
    return vmail(key, rng, date, frm, subj, blocks, footer, brand, "#c2185b", lang, note=note)


# ====================================================================== rentals

RENTALS = [
    ("Daft-style Lettings", "lettings-ie.example", "IE", "en"), ("HomeLet Referencing", "homelet-ref.example", "UK", "en"),
    ("2Apply", "2apply-mail.example", "AU", "en"), ("Harbour Property Management", "harbourpm.example", "IE", "en"),
    ("RentCheck SA", "rentcheck.example", "ZA", "en"), ("Inmuebles Jacaranda", "inmueblesjacaranda.example", "MX", "es"),
    ("Maple Lane Rentals", "maplelanerentals.example", "CA", "en"), ("SpareRoom", "spareroom-mail.example", "UK", "en"),
]
RENT_MSGS = [
    ("Your rental application has been received", "Thanks for applying for {addr}. The property manager will review your application and may contact your references.", "received"),
    ("Application approved – {addr}", "Good news! Your application for {addr} has been approved. We are pleased to offer you the tenancy. Please pay the holding deposit within 48 hours to secure the property.", "approved"),
    ("Viewing confirmed: {addr}", "Your viewing is booked for {when}. Please bring photo ID. This is not a confirmation of tenancy.", "viewing"),
    ("Update on your application for {addr}", "The landlord has chosen another applicant for this property. We'll let you know about similar homes.", "declined"),
    ("Action required: tenant referencing", "To progress your application, please upload proof of income and employment. An offer of employment letter is acceptable.", "ref"),
    ("Your lease is ready to sign", "Your lease for {addr} is ready. Please review and sign electronically by {date}.", "lease"),
]
RENT_ES = [("Recibimos tu solicitud de arrendamiento", "Gracias por tu interés en el departamento de {addr}. Revisaremos tu solicitud y a tu aval."),
           ("Solicitud aprobada – {addr}", "¡Felicidades! Tu solicitud fue aprobada. Te pedimos el depósito en garantía para apartar el inmueble."),
           ("Cita para visitar el inmueble", "Tu visita quedó agendada {when}.")]
ADDRS = {"IE": ["Apt 4, 12 Harbour Road, Dún Laoghaire", "23 Portobello Place, Dublin 8"], "UK": ["Flat 2, 41 Gloucester Road, Bristol"],
         "AU": ["3/18 Ocean Street, Bondi NSW"], "ZA": ["Unit 7, 22 Kloof Nek Road, Tamboerskloof"], "MX": ["Av. Chapultepec 480, depto 302, Guadalajara"],
         "CA": ["Unit 1204, 88 Queens Quay West, Toronto"]}


def rental(key, rng, date, idx):
    brand, host, region, lang = RENTALS[idx % len(RENTALS)]
    date = date.astimezone(kit.ZoneInfo(region_zone(region)))
    addr = rng.choice(ADDRS[region])
    when_d = kit.shift_weekday((date + dt.timedelta(days=3)).date())
    when_dt = dt.datetime(when_d.year, when_d.month, when_d.day, rng.choice([11, 13, 17]), 30, tzinfo=date.tzinfo)
    if lang == "es":
        s, b = RENT_ES[idx % len(RENT_ES)]
        subj, body = s.format(addr=addr), b.format(addr=addr, when=kit.when(when_dt, "MX", rng))
        tag = "rental"
    else:
        s, b, tag = RENT_MSGS[(idx + rng.randint(0, 5)) % len(RENT_MSGS)]
        subj = s.format(addr=addr)
        body = b.format(addr=addr, when=kit.when(when_dt, region, rng), date=kit.date_words(when_d, region))
    blocks = [("p", cm.greet(rng, region, lang)), ("p", body),
              ("rows", [("Property", addr), ("Applicant", OWNER_NAME)] if lang != "es" else [("Inmueble", addr), ("Solicitante", OWNER_NAME)]),
              ("button", "View application" if lang != "es" else "Ver solicitud", "https://%s/app/%s" % (host, mk.h(key, 8))),
              ("p", (cm.signoff(rng, region, lang) + "\n" + brand))]
    footer = ["%s – lettings and property management" % brand if lang != "es" else brand, cm.unsub_footer(rng, brand, host, lang)]
    frm = (brand, rng.choice(["applications", "noreply", "lettings", "leasing"]) + "@" + host)
    return vmail(key, rng, date, frm, subj, blocks, footer, brand, "#2e7d32", lang,
                 note="rental application mail (%s), not a job: other" % tag, bulk=rng.random() < 0.7)


# ====================================================================== non-job applications: visa, passport, loans, school, etc.

APPS_NONJOB = [
    ("Department of Home Affairs (AU) – ImmiAccount", "immi-mail.example", "AU", "en",
     "Acknowledgement of application received – Working Holiday (subclass 417)",
     "We have received your application for a Working Holiday visa. Your Transaction Reference Number is EGO{n}. You will be notified when a decision is made.", "visa acknowledgement"),
    ("Department of Home Affairs (AU) – ImmiAccount", "immi-mail.example", "AU", "en", "Visa Grant Notification",
     "Your Working Holiday visa (subclass 417) has been granted. Please keep this notice with your passport.", "visa grant"),
    ("IRCC – International Experience Canada", "ircc-mail.example", "CA", "en", "Invitation to Apply – IEC Working Holiday",
     "You have received an invitation to apply (ITA) for a work permit under International Experience Canada. You have 10 days to accept or decline.", "IEC invitation"),
    ("UK Visas and Immigration", "ukvi-mail.example", "UK", "en", "Your biometric appointment is confirmed",
     "Your appointment at the visa application centre is confirmed. Bring your passport and appointment letter.", "visa biometrics"),
    ("Passport Online (IE)", "passportonline.example", "IE", "en", "Your passport application has been received",
     "Thank you. Your passport application (ref {n}) has been received and is being processed. Track your application online.", "passport"),
    ("Passport Online (IE)", "passportonline.example", "IE", "en", "Your passport has been dispatched",
     "Your new passport was dispatched today by registered post.", "passport"),
    ("Student Loans Service", "studentloans.example", "UK", "en", "Your repayment plan has been updated",
     "We've updated your repayment details following your recent application.", "loan"),
    ("Credit Union Dublin Central", "cudublin.example", "IE", "en", "Loan application decision",
     "We are pleased to let you know your loan application has been approved. Funds will be transferred within 2 working days.", "loan decision"),
    ("Scoil Bhríde Admissions", "scoilbhride.example", "IE", "en", "Admission application – Junior Infants 2026",
     "Thank you for your application on behalf of your niece. Offers of places will issue in March.", "school admission"),
    ("Ardmore Scholarships Office", "ucardmore.example", "IE", "en", "Scholarship application outcome",
     "Congratulations! You have been awarded the Global Citizen Scholarship. This offer is conditional on registration.", "scholarship"),
    ("VFS Global-style Visa Centre", "vfs-mail.example", "IN", "en", "Appointment confirmation – Visa application",
     "Your appointment is confirmed. Please arrive 15 minutes early with all supporting documents.", "visa appointment"),
    ("Nursing and Midwifery Registration Board", "nmrb-mail.example", "IE", "en", "Registration application – documents received",
     "We have received your documents. Your application for registration is now under assessment.", "professional registration"),
    ("Cancún Volunteer Turtle Project", "tortugas.example", "MX", "es", "Tu solicitud de voluntariado",
     "¡Gracias por postularte como voluntaria! Te confirmaremos tu lugar en la temporada de anidación.", "volunteer"),
    ("SAT – Servicio de Administración Tributaria (style)", "sat-mail.example", "MX", "es", "Acuse de recibo de tu solicitud de RFC",
     "Tu solicitud de inscripción al RFC fue recibida. Folio {n}.", "tax id"),
    ("Revenue PPSN Service", "ppsn-mail.example", "IE", "en", "PPS number appointment",
     "Your appointment to apply for a PPS number is scheduled. Bring proof of identity and address.", "PPSN"),
    ("Greenline Mobile", "greenline.example", "UK", "en", "Your contract application",
     "We couldn't approve your contract application at this time. You can still choose a SIM-only plan.", "phone contract"),
    ("Parkrun-style Volunteers", "runvolunteers.example", "IE", "en", "Thanks for your volunteer application!",
     "You're on the roster for marshal duty on Saturday.", "volunteer roster"),
    ("Municipal Library", "library-mail.example", "CA", "en", "Library card application approved",
     "Welcome! Your library card application has been approved.", "library"),
]


def nonjob_application(key, rng, date, idx):
    brand, host, region, lang, subj, body, tag = APPS_NONJOB[idx % len(APPS_NONJOB)]
    date = date.astimezone(kit.ZoneInfo(region_zone(region)))
    n = "%d" % (int(mk.h(key, 8), 16) % 10 ** 10)
    body = body.format(n=n)
    blocks = [("p", cm.greet(rng, region, lang, formal=True) if lang != "es" else "Estimada Maya Fernandes:"), ("p", body)]
    if rng.random() < 0.6:
        blocks.append(("rows", [("Reference" if lang != "es" else "Folio", n), ("Applicant" if lang != "es" else "Solicitante", OWNER_NAME)]))
    blocks.append(("p", "This is an automated message. Please do not reply." if lang != "es" else "Este es un mensaje automático."))
    footer = [brand]
    frm = (brand, rng.choice(["noreply", "notifications", "do-not-reply", "applications"]) + "@" + host)
    return vmail(key, rng, date, frm, subj, blocks, footer, brand, "#37474f", lang, note="non-job application (%s): other" % tag,
                 unsub=False, bulk=True)


# ====================================================================== university admissions

ADMISSIONS = [
    ("Kingsbridge University Admissions", "kingsbridge.ac.example", "UK", "en", "Conditional offer – MSc Global Health",
     "We are delighted to make you a conditional offer of a place on the MSc Global Health programme starting in September. To accept your offer, log in to the applicant portal."),
    ("Kingsbridge University Admissions", "kingsbridge.ac.example", "UK", "en", "Your application status has been updated",
     "There has been an update to your application for PhD Epidemiology. Please log in to the applicant portal to view it."),
    ("University of Southbank – Graduate Research", "southbank.edu.example", "AU", "en", "Invitation to interview – PhD admission",
     "The selection committee would like to interview you for admission to the Doctor of Philosophy (Public Health) on {when}. This is an admissions interview for the degree programme."),
    ("Westmount Bay University – Graduate Studies", "westmountbay.example", "CA", "en", "Decision on your application for admission",
     "Thank you for applying to the Master of Public Health. After careful review, the admissions committee is unable to offer you admission for the upcoming term."),
    ("Universidad Autónoma de Sierra Dorada – Posgrados", "uasd-mx.example", "MX", "es", "Resultado de admisión – Maestría en Salud Pública",
     "Nos complace informarte que fuiste admitida al programa de Maestría en Salud Pública. Tu inscripción deberá completarse antes del inicio del semestre."),
    ("Deccan Institute of Public Health – Admissions", "diph.ac.example", "IN", "en", "Admission offer: PG Diploma in Epidemiology",
     "Congratulations! You have been offered provisional admission. Please pay the seat acceptance fee to confirm your seat."),
    ("University of the Highveld – Admissions", "highveld.ac.example", "ZA", "en", "Application for admission: PhD Public Health – received",
     "Your application for admission has been received. Your student number is {n}."),
    ("UC Ardmore Postgraduate Admissions", "ucardmore.example", "IE", "en", "Graduation ceremony – registration open",
     "Congratulations on completing your MSc. Please register for your graduation ceremony by the deadline."),
    ("Kingsbridge University Admissions", "kingsbridge.ac.example", "UK", "en", "Reminder: respond to your offer",
     "You have not yet responded to your offer of a place. Offers not accepted within 28 days may be withdrawn."),
    ("Torrens Valley University – Future Students", "torrensvalley.edu.example", "AU", "en", "Your enquiry: postgraduate study",
     "Thanks for your interest in postgraduate study. Here's our guide to scholarships and application deadlines."),
]


def admissions(key, rng, date, idx):
    brand, host, region, lang, subj, body = ADMISSIONS[idx % len(ADMISSIONS)]
    date = date.astimezone(kit.ZoneInfo(region_zone(region)))
    w = kit.shift_weekday((date + dt.timedelta(days=9)).date())
    when_dt = dt.datetime(w.year, w.month, w.day, 10, 0, tzinfo=date.tzinfo)
    body = body.format(when=kit.when(when_dt, region, rng), n="%d" % (int(mk.h(key, 6), 16)))
    blocks = [("p", cm.greet(rng, region, lang, formal=True) if lang != "es" else "Estimada Maya:"), ("p", body),
              ("button", "Applicant portal" if lang != "es" else "Portal de aspirantes", "https://apply.%s/portal" % host),
              ("p", (cm.signoff(rng, region, lang) + "\n" + brand))]
    footer = [brand, "This email relates to an application for a programme of study, not employment." if rng.random() < 0.3 else ""]
    footer = [x for x in footer if x]
    frm = (brand, rng.choice(["admissions", "pgadmissions", "graduate.studies", "futurestudents"]) + "@" + host)
    note = "university admissions mail ('offer', 'interview', 'application status'), a degree not a job: other"
    return vmail(key, rng, date, frm, subj, blocks, footer, brand, "#4a148c", lang, note=note, bulk=rng.random() < 0.6, unsub=rng.random() < 0.3)


# ====================================================================== receipts

RECEIPTS = [
    ("IELTS Bookings", "ieltsbook.example", "IE", "en", "Booking confirmation and receipt – IELTS Academic", "Test fee: €255.00", "Paid by Visa ending 4417"),
    ("Irish Rail-style Tickets", "railtickets.example", "IE", "en", "Your e-ticket: Dublin Heuston → Galway", "Adult single: €24.99", "Seat 14C, Coach B"),
    ("RideNow", "ridenow.example", None, "en", "Your Tuesday morning trip with RideNow", "Total: €18.40", "Thanks for riding, Maya"),
    ("PrintHub", "printhub.example", "UK", "en", "Order #{n} – 20 x CV prints, premium paper", "£12.60 inc. VAT", "Ready for collection"),
    ("LinkedIn Premium", "linkedin-mail.example", None, "en", "Your LinkedIn Premium Career receipt", "€39.99 / month", "See who viewed your profile and get InMail credits"),
    ("Zoomit Video", "zoomit.example", None, "en", "Receipt for your Pro subscription", "$15.99", "Billing period: 1 month"),
    ("App Marketplace", "appmarket.example", None, "en", "Your receipt from App Marketplace", "Interview Prep Pro – €4.99", "Order ID M{n}"),
    ("Disclosure Online (volunteer)", "disclosure-online.example", "UK", "en", "Payment received – Basic DBS certificate (self-applied)", "£21.50", "You applied for this certificate yourself for volunteering."),
    ("Boletos Autobús", "boletos.example", "MX", "es", "Tu boleto: Guadalajara → León", "Total: $612.00 MXN", "Salida 07:15, asiento 22"),
    ("QuickCabs India", "quickcabs.example", "IN", "en", "Your trip receipt – Kharadi to Baner", "₹286.00", "Thanks for travelling with us"),
    ("Courier Express", "courierexp.example", "IE", "en", "Delivery receipt: documents to Embassy", "€32.00", "Tracking number included"),
]


def receipt(key, rng, date, idx):
    brand, host, region, lang, subj, amount, extra = RECEIPTS[idx % len(RECEIPTS)]
    if region:
        date = date.astimezone(kit.ZoneInfo(region_zone(region)))
    n = "%d" % (int(mk.h(key, 7), 16))
    subj = subj.format(n=n)
    blocks = [("h", "Receipt" if lang != "es" else "Comprobante"), ("rows", [("Item" if lang != "es" else "Concepto", subj), ("Amount" if lang != "es" else "Importe", amount),
                                                                       ("Date" if lang != "es" else "Fecha", kit.date_words(date, region or "IE"))]),
              ("p", extra.format(n=n)), ("small", "VAT no. IE%s" % n[:7] if lang != "es" else "RFC %s" % n[:9])]
    footer = [brand, "Questions? Visit our help centre." if lang != "es" else "¿Dudas? Visita nuestro centro de ayuda."]
    frm = (brand, rng.choice(["receipts", "no-reply", "billing", "orders"]) + "@" + host)
    return vmail(key, rng, date, frm, subj, blocks, footer, brand, "#00695c", lang, note="receipt: other", bulk=False)
