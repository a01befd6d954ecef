"""Mail that belongs to no application: alerts, newsletters, scams, personal mail, non-job 'applications'..."""
import datetime as dt
import random
from zoneinfo import ZoneInfo

import kit
import mime
import vendors
from mail import Msg, Person, OWNER
from threads import signature, mobile_sig

UTC = dt.timezone.utc
R = random.Random(77123)


def when(r, tz, start=dt.datetime(2025, 1, 3, tzinfo=UTC), days=900, hours=(8, 21), weekend=True):
    for _ in range(50):
        d = (start + dt.timedelta(days=r.randrange(days), minutes=r.randrange(1440))).astimezone(ZoneInfo(tz))
        if hours[0] <= d.hour < hours[1] and (weekend or d.weekday() < 5):
            return d.replace(second=r.randrange(60), microsecond=0)
    return d


def label(m, note, kind="other"):
    m.label = dict(kind=kind, company=None, role=None, interview_start=None, interviewers=None, reply_by=None, note=note)
    return m


def push(w, m, note, lang="en", key="other"):
    if not m.mid:
        m.mid = w.mid("vendor", m.sender_domain or m.frm.email.split("@")[1])
    m.lang_tag = lang
    m.key = key
    m.lang = lang
    if m.crlf is False and w.rng.random() < 0.3:
        m.crlf = True
    w.msgs.append(label(m, note))
    return m


def human(w, frm, to, date, subject, new, *, client=None, lang="en", cc=None, reply_to_msg=None, sig="", note="", plain=None,
          headers=None, atts=None, cal=None):
    r = w.rng
    client = client or frm.client
    m = Msg(frm=frm, to=to, cc=cc or [], date=date, subject=subject, new=new, sig=sig, client=client, lang=lang,
            plain_only=plain if plain is not None else (client == "iphone" and r.random() < 0.6), headers=headers or [],
            attachments=atts or [])
    m.mid = w.mid(client, frm.email.split("@")[1])
    if reply_to_msg is not None:
        m.quote = reply_to_msg
        m.irt = reply_to_msg.mid
        m.refs = (reply_to_msg.refs + [reply_to_msg.mid])[-8:]
        pre = "RE: " if client == "outlook" else "Re: "
        base = reply_to_msg.subject
        for x in ("Re: ", "RE: "):
            base = base[len(x):] if base.startswith(x) else base
        m.subject = pre + base
    if cal:
        m.cal, m.cal_style = cal, "google"
    m.crlf = client == "outlook"
    return push(w, m, note, lang)


def V(w, key, date, subject, paras, note, lang="en", **kw):
    m = vendors.vendor(w.rng, key, company=kw.pop("company", ""), domain=kw.pop("domain", ""), date=date, subject=subject,
                       paras=paras, lang=lang, **kw)
    return push(w, m, note, lang)


def org_mail(w, name, addr, date, subject, paras, note, lang="en", platform="sendgrid", unsub=True, bulk=True, button=None,
             heading=None, html_only=False, auto=True, cal=None, atts=None):
    """Automated mail from a non-job organisation, using the vendor skeleton."""
    key = "_org"
    vendors.V[key] = (name, addr, platform, kw_footer(name), "#444444", addr.split("@")[1])
    m = vendors.vendor(w.rng, key, company="", domain="", date=date, subject=subject, paras=paras, lang=lang, unsub=unsub,
                       bulk=bulk, button=button, heading=heading or name, html_only=html_only, auto=auto, cal=cal, attachments=atts)
    return push(w, m, note, lang)


def kw_footer(name):
    return f"You're receiving this because you have an account with {name}."


# =============================================================================== job alerts & boards

ALERT_JOBS = {
    "tech": ["Engineering Manager - {c}", "Senior Engineering Manager - {c}", "Head of Platform Engineering - {c}", "Director of Engineering - {c}"],
    "design": ["Head of Design - {c}", "Design Manager - {c}", "Principal Product Designer - {c}"],
    "nursing": ["Nurse Unit Manager - {c}", "Ward Manager Band 7 - {c}", "Clinical Nurse Manager - {c}", "Matron - {c}"],
    "accounting": ["Finance Manager - {c}", "Financial Controller - {c}", "Finance Business Partner - {c}"],
}


def job_alerts(w):
    import people as PP
    r = w.rng
    boards = [("linkedin", "en", "Europe/London"), ("seek", "en", "Australia/Sydney"), ("indeed", "en", "America/Chicago"),
              ("reed", "en", "Europe/London"), ("nhsjobs", "en", "Europe/London"), ("linkedin", "en", "Europe/London"),
              ("seek", "en", "Australia/Melbourne"), ("indeed", "en", "Europe/London"), ("linkedin", "en", "Europe/London"),
              ("reed", "en", "Europe/London")]
    subjects = ["{n} new jobs for \"engineering manager\" in London", "Casey, new {role} jobs match your preferences",
                "{n} new jobs for Nurse Unit Manager in Sydney NSW", "Jobs you may be interested in", "Your daily job alert",
                "New: {role} and {n} more", "Don't miss these {role} jobs", "Apply now: {n} roles matching your search",
                "Casey, {company} is hiring", "Your job alert for finance manager"]
    for i, (b, lang, tz) in enumerate(boards):
        field = r.choice(list(ALERT_JOBS))
        comps = r.sample([c[0] for c in PP.COMPANIES if c[5] == field and c[6] == "en"], 3)
        jobs = [kit.fill(r.choice(ALERT_JOBS[field]), r, c=c) for c in comps]
        sal = r.choice(["£85k-£100k", "$170k-$190k", "Competitive", "Band 7", "$160,000 + super", "£60k-£70k"])
        paras = ["Based on your job alert and your profile, here are new roles:"] + [f"{j}\n{r.choice(['London', 'Remote', 'Sydney NSW', 'Hybrid', 'Melbourne VIC', 'Leeds'])} · {sal}\n{r.choice(['Easy Apply', 'Be an early applicant', 'Actively recruiting', 'Quick apply', '2 days ago'])}" for j in jobs] + \
                [r.choice(["Your application is more likely to be seen if you apply in the first 3 days.", "Tip: prepare for your interview with our free interview questions guide.",
                           "Applications close soon for some of these roles.", "Update your profile to get better offers from recruiters."])]
        subj = kit.fill(r.choice(subjects), r, n=r.randrange(3, 40), role=jobs[0].split(" - ")[0], company=comps[0])
        V(w, b, when(r, tz), subj, paras, f"{b} job alert naming employers, some of them real applications: other", lang=lang,
          button="See all jobs", unsub=True, bulk=True, heading=vendors.V[b][0])
    # Spanish and Portuguese boards
    es = [("InfoJobs", "alertas@infojobs.example", "Nuevas ofertas de Responsable de Ingeniería en Madrid", ["Hola Casey, tenemos 12 ofertas nuevas para ti:",
          "Engineering Manager - Grupo Alcaraván · Madrid · Híbrido", "Head of Engineering - Nubaria Software · Valencia · Remoto",
          "Inscríbete hoy: las empresas revisan primero las candidaturas más recientes."]),
          ("Computrabajo", "avisos@computrabajo.example", "Empleos de Gerente de Finanzas en CDMX", ["Nuevas vacantes que coinciden con tu búsqueda:",
           "Gerente de Finanzas - Finanzas Lumbre · Ciudad de México", "Controller Financiero - empresa confidencial · Monterrey", "Postúlate en un clic."])]
    for name, addr, subj, paras in es:
        org_mail(w, name, addr, when(r, "Europe/Madrid"), subj, paras, "Spanish job-board alert: other", lang="es", button="Ver ofertas")
    pt = [("Catho", "alertas@catho.example", "Vagas de Gerente de Engenharia para você", ["Olá Casey! Encontramos novas vagas:",
          "Gerente de Engenharia - Maré Tecnologia · São Paulo · Híbrido", "Tech Manager - Ipê Saúde Digital · Remoto", "Candidate-se agora e aumente suas chances."]),
          ("Net-Empregos", "alertas@net-empregos.example", "Novas ofertas: Enfermeiro Gestor (Porto)", ["Novas ofertas de emprego para o seu perfil:",
           "Enfermeira Gestora - Hospital Vila Serena · Porto", "Enfermeiro Chefe - Unidade de Cuidados Continuados · Braga", "Candidate-se já."])]
    for name, addr, subj, paras in pt:
        org_mail(w, name, addr, when(r, "America/Sao_Paulo"), subj, paras, "Portuguese job-board alert: other", lang="pt", button="Ver vagas")


def board_notices(w):
    r = w.rng
    V(w, "linkedin", when(r, "Europe/London"), "Your application was viewed by Tessellate Health",
      ["Tessellate Health viewed your application for Engineering Manager.", "This is a good sign - employers typically view applications they're interested in.",
       "Keep the momentum going: here are similar jobs."], "LinkedIn 'application viewed' notice: other", button="View similar jobs", unsub=True,
      heading="LinkedIn")
    V(w, "linkedin", when(r, "Europe/London"), "You appeared in 27 searches this week",
      ["Your profile was found by people from Health and Financial Services.", "Recruiters from 3 companies viewed your profile.", "Try Premium for free to see who."],
      "LinkedIn search stats: other", button="See all views", unsub=True, heading="LinkedIn")
    V(w, "linkedin", when(r, "Europe/London"), "Casey, you have 1 new message",
      ["You have a new message waiting for you.", "Sign in to read it and reply."], "LinkedIn message teaser with no content: other",
      button="View message", unsub=True, heading="LinkedIn")
    V(w, "seek", when(r, "Australia/Sydney"), "3 employers viewed your SEEK Profile",
      ["Employers are looking! Your profile was viewed 3 times this week.", "Keep your profile up to date so the right opportunities find you."],
      "SEEK profile-view notice: other", button="Update profile", unsub=True, heading="SEEK")
    V(w, "indeed", when(r, "America/New_York"), "Update on your application",
      ["The employer viewed your application for Finance Manager.", "We'll let you know if there are any more updates.", "Meanwhile, here are jobs you might like."],
      "Indeed 'update' that is only a view: other", button="See jobs", unsub=True, heading="Indeed")
    # ATS account mail
    V(w, "workday", when(r, "America/New_York"), "Verify your email address",
      ["Thanks for creating a candidate account.", "Please verify your email address to continue your application. This link expires in 24 hours."],
      "ATS account verification: other", company="Meridian Ledger", domain="meridianledger.example", button="Verify email", bulk=True)
    V(w, "icims", when(r, "America/Chicago"), "Password reset request",
      ["We received a request to reset the password for your candidate account.", "If you didn't request this, you can ignore this email."],
      "ATS password reset: other", company="Calloway Regional Medical Center", domain="callowayregional.example", button="Reset password")
    V(w, "smartrecruiters", when(r, "Europe/London"), "Your profile is 60% complete",
      ["Complete your profile to apply faster next time.", "Add your work experience and education."],
      "ATS profile nag: other", company="Larkspur Energy", domain="larkspurenergy.example", button="Complete profile", unsub=True)
    V(w, "greenhouse", when(r, "Europe/London"), "Jobs you may be interested in at Tessellate Health",
      ["Hi Casey, we think these roles might interest you:", "Staff Engineer · London", "Director of Product · London", "Engineering Manager, Data · Remote",
       "You're receiving this because you joined our talent community."], "talent-community job recommendations from an employer: other",
      company="Tessellate Health", domain="tessellatehealth.example", button="View openings", unsub=True)
    V(w, "pageup", when(r, "Australia/Sydney"), "Job alert: new vacancies at St Brigid's Private Hospital",
      ["New vacancies matching your job alert:", "Nurse Unit Manager - Oncology (Permanent Full Time)", "Clinical Nurse Educator - ICU", "Apply before the closing date."],
      "employer job alert: other", company="St Brigid's Private Hospital", domain="stbrigids.example", button="View jobs", unsub=True)


# =============================================================================== newsletters, marketing, events

def newsletters(w):
    r = w.rng
    items = [
        ("The Manager's Desk", "hello@managersdesk.example", "Europe/London", "The 6 questions to ask at the end of every interview",
         ["This week: what to ask at the end of an interview, how to negotiate an offer without burning bridges, and a reader's question about onboarding a new team.",
          "1. What does success look like in the first 90 days?\n2. What's the biggest risk in this team right now?", "Read the full issue on the web."]),
        ("Nursing Leaders Weekly", "news@nursingleaders.example", "Europe/London", "Band 7 interview prep: what panels want to hear",
         ["In this issue: interview tips for ward manager posts, the latest on safe staffing guidance, and our CPD webinar schedule.",
          "Plus: three nurse leaders share how they prepared for their matron interview."]),
        ("Finance Function", "digest@financefunction.example", "Australia/Sydney", "Month-end, AI and your next role",
         ["Your weekly briefing for finance leaders in ANZ.", "Career corner: how to stand out at a CFO interview.", "Events: FP&A roundtable, Sydney."]),
        ("Design Leadership Notes", "notes@designleadership.example", "America/Los_Angeles", "Portfolio reviews that actually get offers",
         ["Hey Casey - this month we're talking portfolio reviews, presenting to non-designers and how to handle a take-home you disagree with.",
          "New: our salary survey for design managers is out."]),
        ("Liderazgo Tech", "boletin@liderazgotech.example", "Europe/Madrid", "Cómo preparar una entrevista para Engineering Manager",
         ["En este número: preguntas frecuentes en entrevistas de liderazgo técnico, cómo negociar una oferta y el informe salarial 2026."]),
        ("Gestão em Saúde", "newsletter@gestaoemsaude.example", "America/Sao_Paulo", "Dicas para a sua próxima entrevista de liderança",
         ["Nesta edição: como se preparar para entrevistas de gestão, tendências de contratação em saúde e um convite para o nosso webinar."]),
    ]
    for name, addr, tz, subj, paras in items:
        lang = "es" if "Liderazgo" in name else ("pt" if "Gestão" in name else "en")
        org_mail(w, name, addr, when(r, tz), subj, paras, "newsletter mentioning interviews/offers: other", lang=lang, platform=r.choice(["sendgrid", "ses"]),
                 button={"es": "Leer", "pt": "Ler mais"}.get(lang, "Read more"))
    promos = [
        ("LinkedIn", "premium@linkedin.example", "Casey, an exclusive offer: 2 months of Premium for £0", ["Stand out to recruiters and see who viewed your profile.", "Offer ends Sunday."]),
        ("CareerBoost CV", "offers@careerboost.example", "Last chance: 40% off a professional CV rewrite", ["Land more interviews with a CV written by experts.", "Use code OFFER40 at checkout. Offer valid until midnight."]),
        ("Qantas Frequent Flyer", "offers@qantasff.example", "A special offer on flights to Sydney", ["Fly London to Sydney from £1,099 return.", "Offer ends soon. T&Cs apply."]),
        ("Headspace Pro", "hello@headspacepro.example", "Your offer is waiting: 50% off annual", ["Job hunting is stressful. Take 10 minutes for yourself.", "This offer expires in 48 hours."]),
        ("Interview Coach Academy", "team@interviewcoach.example", "Free masterclass: ace your leadership interview", ["Join our free 45-minute masterclass on STAR answers for senior roles.", "Register now - places are limited."]),
    ]
    for name, addr, subj, paras in promos:
        org_mail(w, name, addr, when(r, "Europe/London"), subj, paras, "marketing with 'offer'/'interview' words: other", button="Claim offer")
    # webinar with a PUBLISH calendar
    s = when(r, "Europe/London", hours=(9, 17), weekend=False).replace(minute=0, second=0) + dt.timedelta(days=1)
    cal = mime.ics(r, method="PUBLISH", start=s, minutes=60, summary="Webinar: Interviewing for NHS leadership roles",
                   organizer=("Nursing Leaders Weekly", "events@nursingleaders.example"), attendees=[], location="Online",
                   description="Webinar", tzmode="utc", stamp=s - dt.timedelta(days=5))
    org_mail(w, "Nursing Leaders Weekly", "events@nursingleaders.example", s - dt.timedelta(days=4), "You're registered: Interviewing for NHS leadership roles",
             ["Thanks for registering! The webinar starts at " + kit.when_en(s, r, "UK") + ".", "Add it to your calendar using the attachment."],
             "webinar registration with a calendar part (PUBLISH): other", cal=cal)


# =============================================================================== scams

def scams(w):
    r = w.rng
    p = Person("Jennifer Collins HR", "hr.recruit.team2025@gmail.example", region="US", client="gmail", tz="America/New_York")
    human(w, p, [OWNER], when(r, "America/New_York"), "Job Offer - Remote Project Manager ($48/hour)",
          "Dear Candidate,\n\nWe reviewed your resume on the job portal and we are pleased to offer you the position of Remote Project Manager. "
          "No interview is required. Salary is $48/hour, paid weekly.\n\nTo proceed, contact our hiring manager on WhatsApp at +1 555 0100 "
          "and provide your bank details for direct deposit.\n\nRegards,\nJennifer Collins\nHR Department", client="gmail",
          note="scam 'offer' from a free-mail address: other")
    p = Person("Talent Team", "careers@amaz0n-jobs.example", region="US", client="gmail", tz="America/Los_Angeles")
    human(w, p, [OWNER], when(r, "America/Los_Angeles"), "Congratulations! You have been shortlisted",
          "Hello,\n\nYou have been shortlisted for a part-time online role (1-2 hours a day). Earn up to £300 per day liking products.\n\n"
          "Click here to start your application: http://amaz0n-jobs.example/start\n\nThis offer is only valid for 24 hours.", note="task scam: other")
    p = Person("Recursos Humanos", "rrhh.seleccion.global@outlook.example", region="ES", client="outlook", tz="Europe/Madrid")
    human(w, p, [OWNER], when(r, "Europe/Madrid"), "Oferta de empleo desde casa - 2.500 EUR/mes",
          "Estimado/a candidato/a:\n\nHemos seleccionado su perfil para un puesto de asistente administrativo desde casa. No se requiere entrevista. "
          "Para formalizar el contrato, envíe una copia de su DNI y una transferencia de 50 EUR en concepto de alta.\n\nAtentamente,\nDpto. de Selección",
          lang="es", note="Spanish job scam: other")
    p = Person("Vagas Home Office", "vagas.homeoffice.br@gmail.example", region="BR", client="gmail", tz="America/Sao_Paulo")
    human(w, p, [OWNER], when(r, "America/Sao_Paulo"), "Parabéns! Você foi aprovada para a vaga",
          "Olá!\n\nSeu perfil foi aprovado para trabalhar em casa avaliando produtos. Ganhe até R$ 500 por dia.\n\nChame no WhatsApp para receber a sua proposta.",
          lang="pt", note="Portuguese job scam: other")
    p = Person("Stelvio Partners HR", "offers@stelvio-partners.example", region="UK", client="gmail", tz="Europe/London")
    human(w, p, [OWNER], when(r, "Europe/London"), "Offer Letter - Finance Director",
          "Dear Casey,\n\nFollowing your online interview, please find attached your offer letter. To secure your position you must purchase the "
          "onboarding equipment from our approved supplier. Reply with your bank details today.\n\nHR Team", atts=[("application/pdf", mime.fake_pdf(r, "x"), "Offer_Letter.pdf")],
          note="fake offer letter from a company Casey never applied to: other")


# =============================================================================== non-job 'applications'

def applications(w):
    r = w.rng
    org_mail(w, "Harcourt Lettings", "lettings@harcourtlettings.example", when(r, "Europe/London"), "Your tenancy application - Flat 4, 21 Arden Road",
             ["Dear Casey,", "Thank you for your application for Flat 4, 21 Arden Road. We have received your documents and will carry out referencing.",
              "We aim to respond within 3 working days."], "rental application received: other", unsub=False)
    org_mail(w, "Harcourt Lettings", "lettings@harcourtlettings.example", when(r, "Europe/London"), "Good news - your application has been approved",
             ["Dear Casey,", "We're pleased to offer you the tenancy of Flat 4, 21 Arden Road, subject to contract.", "Please sign the tenancy agreement via the link below."],
             "rental approval 'offer': other", unsub=False, button="Sign agreement")
    org_mail(w, "Department of Home Affairs", "noreply@immi.homeaffairs.example", when(r, "Australia/Canberra" if False else "Australia/Sydney"),
             "Acknowledgement of valid application received", ["This is an automated message.", "Your application for a Partner visa has been received. Transaction Reference Number: EGO" + str(r.randrange(10**9, 10**10)),
             "Please do not reply to this email."], "visa application acknowledgement: other", unsub=False, auto=True)
    org_mail(w, "US Visa Appointment Service", "no-reply@usvisa-info.example", when(r, "Europe/London"), "Interview appointment confirmation",
             ["Your visa interview appointment at the U.S. Embassy London is confirmed.", "Please bring your passport and DS-160 confirmation."],
             "consular 'interview' appointment: other", unsub=False)
    org_mail(w, "Kingsbridge University Admissions", "admissions@kingsbridge.ac.example", when(r, "Europe/London"), "Your application to MSc Health Data Science",
             ["Dear Casey,", "Thank you for applying to the MSc Health Data Science (part-time). Your application has been passed to the admissions tutor.",
              "You may be invited to an interview as part of the selection process."], "university admissions: other", unsub=False)
    org_mail(w, "Kingsbridge University Admissions", "admissions@kingsbridge.ac.example", when(r, "Europe/London"), "Offer of a place - MSc Health Data Science",
             ["Dear Casey,", "We are delighted to offer you a place on the MSc Health Data Science starting in September.", "Please accept your offer in the applicant portal."],
             "university offer of a place: other", unsub=False, button="Respond to offer")
    org_mail(w, "Corvane Bank", "cards@corvanebank.example", when(r, "Europe/London"), "Your credit card application",
             ["Thanks for applying for the Corvane Rewards card.", "Your application is being reviewed and we'll update you within 5 working days."],
             "credit card application: other")
    org_mail(w, "Brightmoor Building Society", "mortgages@brightmoor.example", when(r, "Europe/London"), "Your Agreement in Principle",
             ["Good news! We've issued an Agreement in Principle for up to £420,000.", "This is not a mortgage offer."], "mortgage AIP: other")
    org_mail(w, "Nursing and Midwifery Council", "noreply@nmc-uk.example", when(r, "Europe/London"), "Your revalidation application has been received",
             ["Dear Casey Marlowe,", "Thank you for submitting your revalidation application. We'll let you know the outcome within 30 days."],
             "professional revalidation (not a job): other", unsub=False)
    org_mail(w, "Cruz Verde Voluntariado", "voluntariado@cruzverde.example", when(r, "Europe/Madrid"), "Hemos recibido tu solicitud de voluntariado",
             ["Hola Casey:", "Gracias por querer colaborar como voluntaria en nuestro programa de acompañamiento hospitalario.", "Te llamaremos para una breve entrevista."],
             "volunteering application: other", lang="es")
    org_mail(w, "Consulado-Geral do Brasil em Londres", "agendamento@consulado-br.example", when(r, "Europe/London"), "Agendamento confirmado - passaporte",
             ["Prezada Casey Marlowe,", "Seu agendamento para renovação de passaporte foi confirmado.", "Compareça com 15 minutos de antecedência."],
             "consulate appointment: other", lang="pt", unsub=False)


# =============================================================================== personal mail and social

def personal(w):
    r = w.rng
    mum = Person("Conceição Marlowe", "ceica.marlowe@uol.example", region="BR", client="iphone", tz="Australia/Sydney")
    sis = Person("Jess Marlowe", "jessmarlowe@bigpond.example", region="AU", client="iphone", tz="Australia/Brisbane")
    tash = Person("Tash Abernethy", "tash.abernethy@gmail.example", region="AU", client="gmail", tz="Australia/Sydney")
    jonno = Person("Jonno Pryce", "jonno.pryce@gmail.example", region="UK", client="gmail", tz="Europe/London")
    bea = Person("Bea Oyelaran", "bea.oyelaran@icloud.example", region="UK", client="apple", tz="Europe/London")
    lu = Person("Lucía Etxeberria", "lucia.etxe@gmail.example", region="ES", client="gmail", tz="Europe/Madrid")
    rui = Person("Rui Magalhães", "rui.magalhaes@sapo.example", region="PT", client="gmail", tz="Europe/Lisbon")
    me = lambda c="gmail": Person(OWNER.name, OWNER.email, region="UK", client=c, tz="Europe/London")

    d = when(r, "Australia/Sydney")
    m1 = human(w, mum, [OWNER], d, "Oi filha", "Oi filha, tudo bem? Como foi a entrevista ontem? Seu pai mandou um beijo. Me liga quando puder.\n\nBeijos\nMãe",
               lang="pt", sig="Enviado do meu iPhone", note="mother asks how the interview went (Portuguese): other")
    human(w, me("iphone"), [mum], d + dt.timedelta(hours=9), "", "Oi mãe! Foi bem, acho. Eles disseram que dão retorno na semana que vem. Te ligo no domingo. Beijos",
          lang="pt", reply_to_msg=m1, sig="Enviado do meu iPhone", note="candidate's personal reply to her mother: other (outbound)")
    d = when(r, "Australia/Brisbane")
    m2 = human(w, sis, [OWNER], d, "are you actually moving home??", "mum says you've got interviews in sydney!!! tell me everything. also can you be godmother, asking for a friend (me)\n\nj x",
               sig="Sent from my iPhone", note="sister's personal mail mentioning interviews: other")
    human(w, me(), [sis], d + dt.timedelta(hours=11), "", "Haha nothing's decided yet! Two interviews, one at a private hospital and one a tech thing. And YES obviously. Call you Sat x",
          reply_to_msg=m2, note="candidate's reply to her sister: other (outbound)")
    m3 = human(w, tash, [OWNER], when(r, "Australia/Sydney"), "how'd it go?!", "Heya - how did the final round go? Did the CNO grill you on rostering? Wine on me next time you're in Sydney regardless x",
               note="friend asking about an interview: other")
    human(w, jonno, [OWNER], when(r, "Europe/London"), "saw this and thought of you", "Not sure if you've seen it - link below, Head of Design at some health startup in Shoreditch. "
          "Might be a bit junior for you tbh.\n\nhttps://jobs.lever.example/greyfriars/head-of-design\n\nPints Thursday?\nJ", note="friend forwards a job link: other")
    m5 = human(w, bea, [OWNER], when(r, "Europe/London"), "Could I put you down as a referee?",
               "Hi Casey,\n\nHope you're well! I'm applying for a charge nurse post at the Royal and they've asked for two referees. Would you be okay being one of them, since you managed me on 7B? "
               "They'd send you a short form.\n\nThank you so much,\nBea", note="former report asks Casey to be her referee: other")
    human(w, me(), [bea], m5.date + dt.timedelta(hours=20), "", "Of course, Bea - I'd be delighted. Give them this address and my mobile. Good luck!!\n\nCasey",
          reply_to_msg=m5, note="candidate agrees to be a referee: other (outbound)")
    human(w, lu, [OWNER], when(r, "Europe/Madrid"), "¿Cena en Madrid?", "¡Casey! Me dijo Marta que vienes a Madrid por una entrevista. ¿Cenamos el jueves? Conozco un sitio nuevo en Lavapiés.\n\nBesos,\nLucía",
          lang="es", note="friend (Spanish) mentions an interview trip: other")
    human(w, rui, [OWNER], when(r, "Europe/Lisbon"), "Fotos do casamento", "Olá Casey!\n\nFinalmente as fotos do casamento estão prontas. Partilho o link: https://photos.example/album/rui-e-ana\n\nUm abraço,\nRui",
          lang="pt", note="personal mail (Portuguese): other")
    human(w, jonno, [OWNER], when(r, "Europe/London"), "Book club - March pick", "Alright book clubbers, the vote is in: we're reading 'The Offer' (yes really, it's a thriller). "
          "Next meet 28th at mine.\n\nJ", note="book club mail with the word offer: other")
    # group trip thread
    m7 = human(w, tash, [OWNER, Person("Dee Kavanagh", "dee.kavanagh@outlook.example")], when(r, "Australia/Sydney"), "Byron trip dates",
               "Okay team, are we doing 12-15 Jan or 19-22? I need to book the house by Friday.\n\nT", note="personal group thread: other")
    human(w, me("iphone"), [tash], m7.date + dt.timedelta(hours=14), "", "19-22 for me - I might have an interview the week before. x", reply_to_msg=m7,
          sig="Sent from my iPhone", note="candidate's personal reply: other (outbound)")
    # reference check about someone else (employer side, but not Casey's application)
    hr = Person("Marcus Greer", "marcus.greer@ridgelinehealth.example", title="Talent Acquisition Lead", org="Ridgeline Health", region="US", client="outlook", tz="America/Chicago")
    human(w, hr, [OWNER], when(r, "America/Chicago", weekend=False), "Reference request - Jordan Pryce",
          "Hi Casey,\n\nJordan Pryce has applied for a Senior Engineering Manager role with us and listed you as a referee. We're close to making an offer and "
          "would value 15 minutes of your time this week. Could you let me know a convenient time, or answer the short questionnaire linked below?\n\n"
          "https://forms.ridgelinehealth.example/ref/8812\n\nThanks,\nMarcus", sig=signature(hr, r, "full"),
          note="another company checks references for someone Casey managed: other (not her application)")
    hr2 = Person("Sinéad Kershaw", "s.kershaw@northvale-nhs.example", title="Recruitment Officer", org="Northvale NHS Trust", region="UK", client="outlook", tz="Europe/London")
    human(w, hr2, [OWNER], when(r, "Europe/London", weekend=False), "Employment reference: Bea Oyelaran",
          "Dear Ms Marlowe,\n\nBea Oyelaran has been offered the post of Charge Nurse, subject to references. Please complete the attached reference form and return it within 5 working days.\n\nKind regards,\nSinéad",
          sig=signature(hr2, r, "full_disc"), atts=[("application/vnd.openxmlformats-officedocument.wordprocessingml.document", mime.fake_docx(r), "Reference_Request.docx")],
          note="reference request about a former colleague: other")
    # mentor coffee chat with calendar (not a job interview)
    mentor = Person("Harriet Ashworth", "harriet@ashworthcoaching.example", title="Leadership Coach", org="Ashworth Coaching", region="UK", client="gmail", tz="Europe/London")
    s = when(r, "Europe/London", hours=(9, 16), weekend=False).replace(minute=0, second=0)
    cal = mime.ics(r, method="REQUEST", start=s + dt.timedelta(days=5), minutes=60, summary="Coaching session - Casey / Harriet",
                   organizer=(mentor.name, mentor.email), attendees=[("Casey Marlowe", OWNER.email)], location="https://meet.google.example/abc-defg-hij",
                   description="Prep for your upcoming interviews", tzmode="iana", stamp=s)
    human(w, mentor, [OWNER], s, "Invitation: Coaching session - Casey / Harriet", "Coaching session - Casey / Harriet\nWe'll do a mock panel interview and work on your offer negotiation.\n\nInvitation from Google Calendar",
          cal=cal, note="paid coaching session invite (mock interview) with a calendar part: other")
    pod = Person("Nia Caldwell", "nia@thehealthtechshow.example", title="Host", org="The Health Tech Show", region="US", client="gmail", tz="America/New_York")
    human(w, pod, [OWNER], when(r, "America/New_York", weekend=False), "Podcast interview request",
          "Hi Casey,\n\nI host The Health Tech Show and would love to interview you about moving from nursing into engineering leadership. Would you be up for a 45-minute recorded interview next month?\n\nNia",
          sig=signature(pod, r, "compact"), note="podcast 'interview' request: other")
    dent = Person("Arden Dental", "reminders@ardendental.example", region="UK", client="vendor", tz="Europe/London")
    org_mail(w, "Arden Dental Practice", "reminders@ardendental.example", when(r, "Europe/London"), "Appointment reminder",
             ["Hi Casey, this is a reminder of your appointment on Tuesday at 8:40am with Dr Shah.", "Reply C to confirm."], "dentist reminder: other", unsub=False)
    # out of office from a friend / colleague
    col = Person("Rhys Hughes", "rhys.hughes@fernhillhealth.example", title="Head of Product", org="Fernhill Health", region="UK", client="outlook", tz="Europe/London")
    human(w, col, [OWNER], when(r, "Europe/London"), "Automatic reply: lunch next week?", "I'm on paternity leave until 3 March. For urgent product matters please contact product@fernhillhealth.example.",
          headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], note="ex-colleague's auto-reply: other")
    # personal outbound: Casey forwards a rejection to her partner-ish friend? (a forward out)
    human(w, me(), [jonno], when(r, "Europe/London"), "Fwd: news", "Well, that's that one. Pub?\n\n---------- Forwarded message ---------\nFrom: Fenwick Row <no-reply@ashbyhq.example>\n"
          "Subject: Your application\n\nThank you for your interest... we will not be moving forward.", note="candidate forwards a rejection to a friend: other (outbound)")
    # receipts
    org_mail(w, "Uber", "receipts@uber.example", when(r, "Europe/London"), "Your Tuesday morning trip with Uber",
             ["Total £18.40", "Trip to 1 Granary Square, London", "Thanks for riding, Casey."], "ride receipt: other", unsub=False)
    org_mail(w, "Trainline", "tickets@trainline.example", when(r, "Europe/London"), "Your e-ticket: London to Wexcombe",
             ["Outward: Thursday 07:32 London Paddington to Wexcombe", "Your ticket is attached."], "train ticket (for an interview trip): other", unsub=False,
             atts=[("application/pdf", mime.fake_pdf(r, "ticket"), "eticket.pdf")])
    org_mail(w, "LinkedIn", "billing@linkedin.example", when(r, "Europe/London"), "Your LinkedIn Premium receipt",
             ["Thank you for your payment of £29.99 for Premium Career.", "Invoice number: " + str(r.randrange(10**8, 10**9))], "subscription receipt: other", unsub=False)
    org_mail(w, "Meetup", "info@meetup.example", when(r, "Europe/London"), "Reminder: Health Tech Leaders London is tomorrow",
             ["Health Tech Leaders London: 'From offer to onboarding - your first 90 days as a new EM'", "Tomorrow at 6:30pm, Kings Cross"], "meetup reminder: other")
    org_mail(w, "Slack", "no-reply@slack.example", when(r, "Europe/London"), "New messages in Women in Health Tech",
             ["#jobs: 4 new messages", "Ana: anyone interviewed at Kelpie Labs? their take-home looks intense", "#general: 12 new messages"], "community digest mentioning interviews: other")
    mailer = Person("Mail Delivery Subsystem", "mailer-daemon@mx.example.net", region="UK", client="vendor", tz="Europe/London")
    human(w, mailer, [OWNER], when(r, "Europe/London"), "Undelivered Mail Returned to Sender",
          "This is the mail system at host mx.example.net.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
          "<talent@oldco-hiring.example>: host mx.oldco-hiring.example said: 550 5.1.1 User unknown\n\n--- original message: Subject: Following up on my application ---",
          headers=[("Auto-Submitted", "auto-replied")], plain=True, note="bounce of a follow-up: other")
    agencyblast = Person("Hollis Sloane Recruitment", "jobs@hollissloane.example", region="UK", client="vendor", tz="Europe/London")
    org_mail(w, "Hollis Sloane Recruitment", "jobs@hollissloane.example", when(r, "Europe/London"), "Hot jobs this week: 14 leadership roles",
             ["Head of Engineering - fintech, London - £130k", "Finance Director - healthcare, Birmingham", "Design Director - agency, Bristol", "Matron - private hospital, Surrey",
              "Reply with your updated CV and we'll be in touch."], "agency mass mail listing many roles: other")
    org_mail(w, "Bluegum Talent", "news@bluegumtalent.example", when(r, "Australia/Sydney"), "Salary guide 2026 + our latest roles",
             ["Our 2026 salary guide for technology leaders is out.", "Featured: Engineering Manager (Melbourne), Head of Data (Sydney)."], "agency newsletter: other")


def build(w):
    job_alerts(w)
    board_notices(w)
    newsletters(w)
    scams(w)
    applications(w)
    personal(w)
