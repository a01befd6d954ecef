"""application_ack, recruiter_outreach and assessment messages."""
import datetime as dt

import common as cm
import jk
import kit
import mimekit as mk
from world import AGENCIES, OWNER

# ====================================================================== application_ack

ACK_SUBJ = ["Application received – {role}", "Thank you for your application", "Your application for {role}",
            "We've received your application", "{short}: application confirmation",
            "Application submitted: {role} ({ref})", "Confirmation of application – {ref}",
            "Thanks for applying to {short}!", "Your application to {short}", "Application Acknowledgement - {role}",
            "[{short}] Application confirmation", "Job Reference {ref}: Application Received",
            "Your {short} application is in", "Application complete – what happens next",
            "Receipt of application: {role}", "Application for the post of {role}", "{role} – application confirmed",
            "We have your application, Maya", "Vacancy {ref} – acknowledgement"]
ACK_SUBJ_ES = ["Recibimos tu postulación – {role}", "Confirmación de postulación", "Gracias por postularte a {short}",
               "Tu solicitud para la vacante {role}", "Acuse de recibo de tu CV", "Postulación registrada: {role}",
               "¡Gracias por tu interés en {short}!"]

ACK_CORE = [
    "Thank you for applying for the {role} position at {company}. We have received your application and it is now with our recruitment team.",
    "This is to confirm that your application for {role} (reference {ref}) was submitted successfully on {date}.",
    "We've got it! Your application for {role} has landed safely with the {short} team.",
    "Thanks for your interest in joining {company}. Your application for the role of {role} has been received.",
    "Your application for the post of {role} has been received and will be considered after the closing date.",
    "We are writing to acknowledge receipt of your application for {role}.",
    "Thank you for taking the time to complete our application form for {role}.",
    "We confirm that we have received your completed application form for {role} at {short}.",
    "Thanks for applying! We're reviewing applications for {role} on a rolling basis.",
    "Your application (ID {ref}) for {role} is now complete and has been passed to the recruiting manager.",
    "This email confirms that you have successfully applied for {role}.",
    "Thank you for submitting your details for the {role} vacancy. A member of the team will review them against the person specification.",
    "We appreciate you considering {company} as your next employer. We have your application for {role}.",
    "Received with thanks: your application for {role}.",
    "Thank you for registering your interest and applying for {role}; your submission is safely stored in our system.",
    "Good news, your application for {role} is in.",
    "Thanks for applying to work with us at {short}. We've received your application for {role} and our team will take a look.",
    "Your application has been successfully submitted for {role}. Please keep this email for your records.",
    "We are pleased to confirm receipt of your application for the {role} vacancy.",
    "Many thanks for your application for {role}, which reached us today.",
    "Your application for {role} has been logged under reference {ref}.",
    "Thank you for applying. You applied for: {role}.",
    "Cheers for applying for the {role} role with us!",
    "We acknowledge with thanks the receipt of your resume for the post of {role}.",
]
ACK_NEXT_PLAIN = [
    "Shortlisting is expected to take place after the closing date, and shortlisted candidates will be contacted by email.",
    "If you have not heard from us within four weeks of the closing date, please assume that on this occasion your application has not been successful.",
    "We review every application carefully. If your experience matches what we're looking for, someone from the team will be in touch.",
    "You can track the progress of your application at any time by signing in to your candidate account.",
    "Due to the high volume of applications we receive, we are not always able to respond to every applicant individually.",
    "Please check your junk or spam folder regularly, as all future correspondence about this vacancy will be sent by email.",
    "Interviews are likely to be held in the weeks after the closing date; please let us know if you will be unavailable.",
    "If you need any reasonable adjustments at any stage of the process, just reply to this email or contact the recruitment team.",
    "Next, a recruiter will look at your application. This usually takes a couple of weeks.",
    "There's nothing more you need to do right now.",
]
ACK_NEXT_PROMISE = [
    ("We aim to contact all applicants, successful or not, by {d}.", "date"),
    ("You will hear from us either way within two weeks.", 14),
    ("We will be in touch within 10 working days to let you know the outcome of shortlisting.", "w10"),
    ("All candidates will be notified of the shortlisting outcome by {d}.", "date"),
    ("We'll let you know whether you've been shortlisted by the end of next week.", "eonw"),
    ("Expect to hear from us within 5 working days.", "w5"),
]
ACK_CORE_ES = [
    "Hemos recibido tu postulación para la vacante de {role} en {company}. Gracias por tu interés.",
    "Te confirmamos que tu CV para el puesto de {role} quedó registrado con el folio {ref}.",
    "¡Gracias por postularte! Tu solicitud para {role} ya está en manos de nuestro equipo de Reclutamiento.",
    "Por medio del presente acusamos de recibido tu solicitud de empleo para {role}.",
    "Tu postulación a {role} se envió correctamente el {date}.",
    "Agradecemos que hayas considerado a {short} para tu desarrollo profesional; recibimos tus documentos para {role}.",
    "Recibimos tu información para la vacante {role}. En breve la revisaremos.",
]
ACK_NEXT_ES = [
    "Si tu perfil cumple con los requisitos, te contactaremos para agendar una entrevista.",
    "Por el volumen de postulaciones, solo nos comunicaremos con las personas seleccionadas.",
    "Puedes consultar el estatus de tu proceso en tu cuenta de candidata.",
    "Revisa tu bandeja de correo no deseado; ahí podrían llegar nuestras notificaciones.",
    "No es necesario que respondas este mensaje.",
]
ACK_PROMISE_ES = [("Te daremos respuesta, sea cual sea el resultado, a más tardar el {d}.", "date"),
                  ("En un plazo máximo de 10 días hábiles te informaremos si continúas en el proceso.", "w10")]

BOARDS = {
    "UK": [("Reed", "reed-mail.example"), ("Totaljobs", "totaljobs-mail.example"), ("LinkedIn", "linkedin-mail.example"),
           ("Indeed", "indeedemail.example")],
    "IE": [("IrishJobs", "irishjobs-mail.example"), ("LinkedIn", "linkedin-mail.example"), ("Indeed", "indeedemail.example"),
           ("Jobs.ie", "jobsie-mail.example")],
    "IN": [("Naukri", "naukri-mail.example"), ("LinkedIn", "linkedin-mail.example"), ("foundit", "foundit-mail.example"),
           ("Indeed", "indeedemail.example")],
    "AU": [("SEEK", "seek-mail.example"), ("LinkedIn", "linkedin-mail.example"), ("Indeed", "indeedemail.example")],
    "ZA": [("PNet", "pnet-mail.example"), ("CareerJunction", "careerjunction-mail.example"), ("LinkedIn", "linkedin-mail.example")],
    "MX": [("OCC Mundial", "occ-mail.example"), ("Computrabajo", "computrabajo-mail.example"), ("LinkedIn", "linkedin-mail.example")],
    "CA": [("Job Bank", "jobbank-mail.example"), ("Indeed", "indeedemail.example"), ("LinkedIn", "linkedin-mail.example")],
}


def _fmt(s, app, extra=None):
    c = app["c"]
    d = dict(role=app["role"], company=c["name"], short=c["short"], ref=app["ref"], city=c["city"])
    if extra:
        d.update(extra)
    return s.format(**d)


def _promise(rng, ev, pool, region):
    text, how = rng.choice(pool)
    d = ev["date"]
    if how == "date":
        rb = kit.shift_weekday((d + dt.timedelta(days=rng.randint(12, 25))).date())
        return text.format(d=kit.date_words(rb, region)), rb
    if how == "w10":
        return text, kit.add_workdays(d, 10)
    if how == "w5":
        return text, kit.add_workdays(d, 5)
    if how == "eonw":
        return text, kit.end_of_next_week(d)
    return text, (d + dt.timedelta(days=how)).date()


def gen_ack(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    channel = ev.get("sub") or app["channel"]
    dstr = kit.date_words(ev["date"], region)
    if channel == "board":
        return _ack_board(app, ev, rng)
    if channel == "email":
        return _ack_autoreply(app, ev, rng)
    # ---- portal / ATS
    reply_by = None
    if lang == "es":
        subj = _fmt(rng.choice(ACK_SUBJ_ES), app)
        core = _fmt(rng.choice(ACK_CORE_ES), app, dict(date=dstr))
        nxt = rng.sample(ACK_NEXT_ES, 2)
        if rng.random() < 0.3:
            t, reply_by = _promise(rng, ev, ACK_PROMISE_ES, region)
            nxt.append(t)
        g = cm.greet(rng, region, "es")
        so = cm.signoff(rng, region, "es") + "\n" + rng.choice(["Equipo de Reclutamiento", "Capital Humano", "Atracción de Talento"]) + " | " + c["short"]
        rows = [("Vacante", app["role"]), ("Folio", app["ref"]), ("Fecha", dstr)]
        footer = [cm.legal_footer(rng, region, c["name"], c["sector"]), cm.unsub_footer(rng, c["short"], c["domain"], "es")]
    else:
        subj = _fmt(rng.choice(ACK_SUBJ), app)
        core = _fmt(rng.choice(ACK_CORE), app, dict(date=dstr))
        nxt = rng.sample(ACK_NEXT_PLAIN, rng.randint(1, 3))
        if rng.random() < 0.3:
            t, reply_by = _promise(rng, ev, ACK_NEXT_PROMISE, region)
            nxt = [x for x in nxt if "assume" not in x and "not always able" not in x]
            nxt.insert(0, t)
        g = cm.greet(rng, region, "en")
        so = cm.signoff(rng, region, "en") + "\n" + rng.choice(["The Recruitment Team", "Talent Acquisition", "People & Culture",
                                                               "HR Department", "Resourcing Team", "Early Careers Team",
                                                               "Recruitment Services"]) + "\n" + c["name"]
        rows = [("Job title", app["role"]), ("Reference", app["ref"]), ("Submitted", dstr)]
        if rng.random() < 0.5:
            rows.append(("Location", c["city"]))
        footer = [cm.legal_footer(rng, region, c["name"], c["sector"]),
                  cm.unsub_footer(rng, jk.vendor(app)["brand"] if jk.vendor(app) else c["short"], c["domain"])]
    blocks = [("p", g), ("p", core)]
    if rng.random() < 0.6:
        blocks.append(("rows", rows))
    blocks.append(("p", "\n".join(nxt) if rng.random() < 0.4 else "\n\n".join(nxt)))
    if rng.random() < 0.5:
        blocks.append(("button", "View your application" if lang != "es" else "Ver mi postulación", jk.portal_url(app)))
    if c["sector"] == "graduate" and lang != "es" and rng.random() < 0.6:
        blocks.append(("p", "Next step: if your application meets our criteria you will be invited to complete our online assessments. Look out for an email from our assessment partner."))
    if rng.random() < 0.35 and lang != "es":
        blocks.append(("p", rng.choice(["While you wait, why not follow us on social media to find out more about life at %s?" % c["short"],
                                        "Interested in other roles? Join our talent community and we'll let you know when similar jobs come up.",
                                        "Did you know you can set up job alerts for roles like this one?"])))
    blocks.append(("p", so))
    lab = kit.label(company=app["company"], role=app["role"], reply_by=reply_by)
    note = "ATS acknowledgement (%s)%s" % (app["vendor"], ", promises an answer date" if reply_by else "")
    m = jk.ats_msg(app, ev, rng, "application_ack", subj, blocks, footer, lab, note,
                   html_only=rng.random() < 0.15, text_only=rng.random() < 0.12)
    return m


def _ack_board(app, ev, rng):
    c = app["c"]
    region = c["region"]
    board, host = rng.choice(BOARDS[region])
    lang = app["lang"]
    key = ev["key"]
    similar = _similar_jobs(rng, region, lang, exclude=c["name"])
    if lang == "es":
        subj = rng.choice(["Tu postulación fue enviada a {short}", "Postulación enviada: {role}", "Maya, te postulaste a {role}"])
        subj = _fmt(subj, app)
        blocks = [("h", "¡Listo! Tu postulación fue enviada"),
                  ("rows", [("Vacante", app["role"]), ("Empresa", c["name"]), ("Ubicación", c["city"])]),
                  ("p", rng.choice(["La empresa revisará tu perfil. Te avisaremos si hay novedades.",
                                    "Te recomendamos mantener tu CV actualizado para aumentar tus posibilidades."])),
                  ("h", "Vacantes similares"), ("jobs", similar)]
        footer = ["%s · Ayuda · Privacidad" % board, cm.unsub_footer(rng, board, host, "es")]
    else:
        subj = rng.choice(["Your application was sent to {short}", "Application submitted: {role} at {short}",
                           "Maya, your application for {role} is on its way", "You applied for {role}",
                           "Application sent – {role}", "{board}: you've applied to {short}"])
        subj = _fmt(subj, app, dict(board=board))
        blocks = [("h", rng.choice(["Your application was sent to %s" % c["name"], "Application submitted",
                                    "Nice one, you've applied!"])),
                  ("rows", [("Job", app["role"]), ("Employer", c["name"]), ("Location", c["city"]),
                            ("Applied on", kit.date_words(ev["date"], region))]),
                  ("p", rng.choice(["The employer will contact you directly if they'd like to move forward.",
                                    "Employers usually review applications within a few weeks. We'll let you know if your application is viewed.",
                                    "Keep your profile up to date, as employers may view it alongside your application.",
                                    "Tip: applying early increases your chances of being seen."])),
                  ("button", "Track your applications", "https://%s/myjobs" % host),
                  ("h", rng.choice(["Jobs you may also like", "Similar jobs", "People who applied for this job also applied for"])),
                  ("jobs", similar)]
        footer = ["This email was intended for Maya Fernandes.", "%s, %s" % (board, rng.choice(["Dublin 2", "Sydney NSW 2000", "London EC2A", "Bengaluru 560103", "Toronto ON"])),
                  cm.unsub_footer(rng, board, host)]
    frm = ("%s" % board if rng.random() < 0.5 else "%s Jobs" % board, "%s@%s" % (rng.choice(["jobs-noreply", "noreply", "applications", "alerts"]), host))
    root = kit.ats_shape(key, rng, board, "#0a66c2", blocks, footer)
    hs = kit.bulk_headers(rng, host, key, unsub=True, precedence=True, auto=rng.random() < 0.5)
    hs += kit.esp_headers(rng, key, rng.choice(["sendgrid", "ses", "sparkpost"]))
    lab = kit.label(company=app["company"], role=app["role"])
    note = "%s 'application sent' receipt: application_ack for the employer, with other jobs below" % board
    return jk.build(app, ev, rng, "application_ack", subj, root, frm, lab, note, headers=hs,
                    msgid=kit.mid(key, host), vendor_host=host, crlf=rng.random() < 0.3)


def _similar_jobs(rng, region, lang, exclude=None):
    en = [("Healthcare Assistant", "Bank staff pool"), ("Administrator", "Regional council"), ("Research Officer", "Health charity"),
          ("Retail Supervisor", "Fashion retailer"), ("Receptionist", "Boutique hotel"), ("Graduate Trainee", "Insurance group"),
          ("Project Support Officer", "Housing association"), ("Teaching Assistant", "Primary school"),
          ("Customer Service Advisor", "Energy supplier"), ("Data Officer", "Public health agency"),
          ("Pharmacy Assistant", "Community pharmacy"), ("Events Assistant", "Conference centre")]
    es = [("Auxiliar Administrativo", "Empresa de logística"), ("Promotor de Ventas", "Cadena comercial"),
          ("Recepcionista", "Hotel boutique"), ("Analista de Datos Jr.", "Aseguradora"), ("Enfermera", "Clínica privada"),
          ("Maestra de Inglés", "Colegio bilingüe")]
    pool = es if lang == "es" else en
    places = {"UK": ["Leeds", "London", "Bristol", "Remote"], "IE": ["Dublin 8", "Cork", "Limerick", "Galway"],
              "IN": ["Pune", "Mumbai", "Bengaluru", "Remote"], "AU": ["Sydney NSW", "Parramatta NSW", "Melbourne VIC"],
              "ZA": ["Cape Town", "Sandton", "Durban"], "MX": ["Guadalajara, Jal.", "CDMX", "Monterrey, N.L."],
              "CA": ["Toronto, ON", "Mississauga, ON", "Halifax, NS"]}[region]
    picks = rng.sample(pool, 3)
    return [(t, comp, rng.choice(places), "https://jobs.example/j/%s" % mk.h(t + comp + str(rng.random()), 8)) for t, comp in picks]


def _ack_autoreply(app, ev, rng):
    """An HR mailbox's automatic acknowledgement of an emailed application."""
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    hr = ("HR " + c["short"] if lang != "es" else "Recursos Humanos " + c["short"],
          rng.choice(["hr", "careers", "recruitment", "jobs", "office"]) + "@" + c["domain"]) if lang != "es" else \
        ("Recursos Humanos " + c["short"], rng.choice(["rh", "reclutamiento", "vacantes"]) + "@" + c["domain"])
    orig_subj = rng.choice(["Application for %s" % app["role"], "%s – Maya Fernandes" % app["role"],
                            "CV: %s" % app["role"], "Application: %s position" % app["role"]]) if lang != "es" else \
        rng.choice(["Postulación: %s" % app["role"], "CV Maya Fernandes – %s" % app["role"]])
    pre = rng.choice(["Automatic reply: ", "Auto: ", "Re: ", "Acknowledgement: "]) if lang != "es" else \
        rng.choice(["Respuesta automática: ", "RE: "])
    subj = pre + orig_subj
    if lang == "es":
        body = jk.join(cm.greet(rng, region, "es"),
                       rng.choice(["Gracias por tu correo. Este es un mensaje automático para confirmar que recibimos tu CV.",
                                   "Acusamos de recibido tu mensaje y documentos. Nuestro equipo los revisará a la brevedad."]),
                       rng.choice(["Si tu perfil es seleccionado para la vacante de %s, te llamaremos para una entrevista." % app["role"],
                                   "Las personas preseleccionadas para %s serán contactadas por teléfono o correo." % app["role"]]),
                       cm.signoff(rng, region, "es") + "\n" + hr[0])
        role = app["role"]
    else:
        core = rng.choice([
            "Thank you for your email. This is an automatic acknowledgement that your application has been received by the %s HR office." % c["short"],
            "Thanks for getting in touch with %s. We confirm receipt of your CV and covering letter." % c["name"],
            "This mailbox is monitored during office hours. Your application has been received and will be passed to the relevant manager.",
            "We acknowledge receipt of your email and attached documents. Please do not send duplicate applications.",
            "Your message has reached the Recruitment inbox at %s. This reply is automatic." % c["short"],
            "Thank you for applying. Due to the number of applications, only shortlisted candidates will be contacted.",
        ])
        extra = rng.choice(["Closing date for applications for %s is shown on the advert; shortlisting takes place shortly afterwards." % app["role"],
                            "If your application for %s is shortlisted, we'll contact you by phone or email." % app["role"],
                            "For queries about the %s vacancy please call the school office." % app["role"], ""])
        role = app["role"] if app["role"] in extra else None
        body = jk.join(cm.greet(rng, region, "en"), core, extra, cm.signoff(rng, region, "en") + "\n" + hr[0])
    root = mk.text(body, cte=rng.choice(["quoted-printable", "7bit", "8bit"]))
    hs = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    if rng.random() < 0.5:
        hs.append(("Precedence", "auto_reply"))
    lab = kit.label(company=app["company"], role=role if lang != "es" else role)
    note = "HR mailbox auto-reply to an emailed application: application_ack"
    m = jk.build(app, ev, rng, "application_ack", subj, root, hr, lab, note, headers=hs,
                 in_reply_to="<%s@mail.gmail.example>" % mk.h(ev["key"] + "orig", 20),
                 references="<%s@mail.gmail.example>" % mk.h(ev["key"] + "orig", 20), crlf=rng.random() < 0.5)
    return m


# ====================================================================== recruiter_outreach

OUT_OPEN = [
    "I came across your profile and thought you could be a great fit for a {role} opening with {company}.",
    "I'm reaching out because we're hiring a {role} and your background in public health caught my eye.",
    "Your CV was recommended to me by a colleague, and I wondered whether you'd be open to a conversation about a {role} post at {company}.",
    "I lead recruitment for {company} and I'm currently looking for a {role}.",
    "Hope you don't mind the cold message. I saw your MSc research on health inequalities and I think it lines up really well with a {role} vacancy we have.",
    "Quick one: would you be interested in hearing about a {role} role at {company}?",
    "We have an immediate requirement for a {role} and your profile on {board} matches closely.",
    "I'm working on a {role} position for {company} and would love to tell you more about it.",
    "Are you still looking? I've got a {role} opportunity that I think suits you.",
    "I noticed you recently applied for a similar role elsewhere on {board}, so I wanted to flag a {role} vacancy with us.",
    "I'm a recruiter at {company}, and your experience in retail and health promotion is exactly the mix our {role} role needs.",
    "Our {role} recruitment campaign opens next week and I'd like to invite you to apply.",
    "Following the careers fair last month, I wanted to reach out personally about our {role} opportunity.",
    "We're building a team for a new community health project and the {role} post seems made for someone with your CV.",
    "I hope you're well. I'm getting in touch about a {role} vacancy which I think would be of interest.",
    "Your name came up when I was searching for candidates with both Spanish and English for a {role} role.",
    "Apologies for the unsolicited email. We are expanding and looking for a {role}.",
    "Would you consider a move into {sector} work? We have a {role} role open at {company}.",
    "I'm the hiring manager for a {role} vacancy and I'd welcome a short chat if you're open to it.",
    "I found your profile while looking for graduates with a health background for our {role} intake.",
    "Greetings from {company}! We are hiring for the position of {role}.",
]
OUT_AGENCY = [
    "I'm a consultant at {agency} and I'm working on a {role} vacancy with {company}.",
    "We're recruiting on behalf of {company} for a {role}, and your CV on {board} stood out.",
    "I've got a {role} role with {company} that I think suits your background really well.",
    "My client, {company}, is looking for a {role}. Would you be open to a confidential chat?",
    "Are you still looking? I've got a {role} opportunity with {company} that I think suits you.",
    "I'm reaching out from {agency}. We place {sector} professionals, and I have a {role} post with {company} you might like.",
    "Hope you're well! I'm recruiting a {role} for {company} and wondered if you'd like to hear more.",
]
OUT_HINGLISH = [
    "Hope you are doing well. Humne aapka profile {board} pe dekha and it matches our {role} requirement at {company}.",
    "Greetings from {company}! We have an urgent opening for {role}, aur aapki profile bahut relevant lag rahi hai.",
    "Namaste! I am calling/mailing from {company} regarding a {role} position. Aap interested ho toh please revert.",
    "Aapka CV hamare paas referral se aaya hai. We are hiring a {role} at {company} in {city}.",
]
OUT_DETAIL = [
    "It's a {contract} role based in {city}, with a salary in the region of {salary}.",
    "The role is {contract}, {city}-based with some hybrid working.",
    "Hours are flexible, and the team is small and friendly.",
    "The post comes with a relocation package and support with registration.",
    "There's a structured training programme and a clear route to promotion.",
    "Start date would ideally be within the next six to eight weeks.",
    "Sponsorship can be considered for the right candidate.",
    "It's a newly created post funded for two years, with the possibility of extension.",
]
OUT_ASK = [
    "Would you be free for a quick call this week?",
    "If it's of interest, just reply with a good time to talk and an up-to-date CV.",
    "Let me know if you'd like the full job description.",
    "Happy to share more details if you're interested.",
    "Could you let me know your current availability and notice period?",
    "If now isn't the right time, no worries at all, just let me know.",
    "You can book 15 minutes with me here: https://calendly.example/{slug}/intro",
    "Please share your updated CV along with current CTC, expected CTC and notice period.",
    "Let me know if you'd like me to put you forward.",
]
OUT_SUBJ = ["{role} opportunity – {short}", "Opportunity at {company}", "Are you open to a {role} role?",
            "Quick question about your next move", "{role} vacancy – thought of you", "Your profile – {role}",
            "Re: {role} at {short}", "Exciting {role} opening in {city}", "Hello from {short}", "{role} ({city})",
            "Interested in a new role?", "Opening for {role} | {short}", "Following up: {role} at {short}"]
OUT_ES_OPEN = [
    "Vi tu perfil en {board} y me gustaría platicarte sobre una vacante de {role} en {company}.",
    "Te escribo porque estamos buscando una {role} y tu experiencia me pareció muy interesante.",
    "Espero que estés muy bien. En {company} tenemos una posición abierta de {role} que podría interesarte.",
    "Me llamo {me} y colaboro en el área de Atracción de Talento de {company}. ¿Estarías abierta a escuchar una propuesta?",
    "Tu CV nos lo compartió una colega y creo que encajas muy bien con nuestra vacante de {role}.",
    "¡Hola! Estamos ampliando el equipo y buscamos {role}. ¿Te interesaría conocer los detalles?",
    "Por tu formación en salud pública, pensé en ti para la vacante de {role} en {city}.",
]
OUT_ES_ASK = ["¿Tendrías unos minutos esta semana para una llamada?", "Si te interesa, compárteme tu CV actualizado y tu expectativa económica.",
              "Quedo atenta a tu respuesta para agendar una breve plática.", "¿Te puedo marcar mañana por la tarde?"]
SALARY = {"UK": ["£27,000–£31,000", "£24,500 plus benefits", "Band 5 (£29,970–£36,483)"],
          "IE": ["€34,000–€38,000", "€31,500 DOE", "Grade V scale"], "IN": ["₹6–8 LPA", "₹4.5 LPA + incentives", "₹9 LPA"],
          "AU": ["$78,000 + super", "$34.50/hr + penalty rates", "APS 5 ($88,000–$96,000)"],
          "ZA": ["R22,000 per month", "R280,000 p.a. CTC", "market-related"], "MX": ["$22,000 MXN mensuales", "sueldo competitivo"],
          "CA": ["$58,000–$64,000", "$24/hour", "PM-02 scale"]}


SALARY_HOURLY = {"UK": ["£12.60/hour", "£13.10 per hour plus tips"], "IE": ["€14.20/hour", "€15.50 per hour plus tips"],
                 "IN": ["₹22,000 per month", "₹3.2 LPA"], "AU": ["$31.50/hr + super", "$34.50/hr + penalty rates"],
                 "ZA": ["R9,500 per month plus service charge", "R12,000 pm"], "MX": ["$11,000 MXN mensuales más propinas"],
                 "CA": ["$18.50/hour plus gratuities", "$19/hour"]}


def gen_outreach(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    ag = app.get("agency")
    nudge = ev.get("sub") == "nudge"
    board = rng.choice(BOARDS[region])[0]
    if ag:
        sender_p = ag["person"]
        sender = cm.paddr(sender_p, ag["domain"])
        org = dict(name=ag["name"], domain=ag["domain"], region=ag["region"], city=c["city"])
    else:
        sender_p = jk.person(app, 0 if rng.random() < 0.7 else 1)
        sender = jk.person_addr(app, sender_p)
        org = c
    confidential = bool(ag) and ev.get("confidential")
    company_txt = c["name"] if not confidential else rng.choice(["a leading private hospital group", "a well-known client",
                                                                 "one of our key clients", "a large %s employer" % c["sector"]])
    sector_word = {"healthcare": "healthcare", "education": "education", "retail": "retail", "hospitality": "hospitality",
                   "public": "public sector", "university": "university", "graduate": "graduate"}[c["sector"]]
    fmt = dict(role=app["role"], company=company_txt, short=c["short"] if not confidential else "our client", city=c["city"],
               board=board, sector=sector_word, me=cm.bare(sender_p[0]), agency=ag["name"] if ag else "",
               contract=rng.choice(["permanent, full-time", "12-month fixed-term", "part-time (0.6 FTE)", "full-time"]),
               salary=rng.choice(SALARY_HOURLY[region] if c["sector"] in ("hospitality", "retail") else SALARY[region]), slug=cm.local_part(sender_p[0]).replace(".", "-"))
    if lang == "es":
        body_core = rng.choice(OUT_ES_OPEN).format(**fmt)
        parts = [cm.greet(rng, region, "es"), body_core,
                 rng.choice(["Es un puesto de tiempo completo en %s, con prestaciones superiores a las de ley." % c["city"],
                             "La posición es presencial en %s, horario de lunes a viernes." % c["city"],
                             "Ofrecemos contratación directa, seguro de gastos médicos mayores y vales de despensa."]),
                 rng.choice(OUT_ES_ASK), cm.signoff(rng, region, "es") + "\n" + cm.bare(sender_p[0]) + "\n" + sender_p[1] + " | " + org["name"]]
        subj = rng.choice(["Vacante {role} – {short}", "Oportunidad laboral en {short}", "¿Te interesa una nueva oportunidad?",
                           "Propuesta: {role}"]).format(**fmt)
    else:
        g = cm.greet(rng, region, "en")
        if region == "IN" and rng.random() < 0.45:
            core = rng.choice(OUT_HINGLISH).format(**fmt)
        else:
            core = rng.choice(OUT_AGENCY if ag else OUT_OPEN).format(**fmt)
        det = rng.sample(OUT_DETAIL, rng.randint(0, 2))
        det = [d.format(**fmt) for d in det]
        ask = rng.choice(OUT_ASK).format(**fmt)
        if region != "IN" and "CTC" in ask:
            ask = OUT_ASK[0]
        sig = cm.signoff(rng, region, "en") + "\n" + cm.signature(rng, sender_p, org if ag else c, style=rng.randint(0, 3))
        parts = [g, core] + det + [ask, sig]
        subj = rng.choice(OUT_SUBJ).format(**fmt)
        if nudge:
            parts = [g, rng.choice(["Just bumping this to the top of your inbox in case it got buried.",
                                    "Following up on my note below, are you open to a quick chat about the %s role?" % app["role"],
                                    "I know inboxes get busy, so one more nudge on the %s opportunity." % app["role"],
                                    "Circling back on this one. The %s role is still open and I'd love to hear from you." % app["role"]]),
                     sig]
    body = jk.join(*parts)
    quote = None
    if nudge and app["thread"]:
        quote = app["thread"][-1]
        subj = kit.reply_subject(quote["subject"])
    role_lab = app["role"] if app["role"] in body or app["role"] in subj else None
    comp_lab = None if confidential else (app["company"] if (c["short"] in body or c["name"] in body or c["short"] in subj) else None)
    lab = kit.label(company=comp_lab, role=role_lab)
    note = "recruiter first contact" if not nudge else "unanswered second nudge stays recruiter_outreach"
    if ag:
        note += "; agency %s%s" % (ag["name"], ", client kept confidential so company null" if confidential else
                                   (", client named" if comp_lab else ", client named only in the quoted first mail, so company null"))
    hs = []
    if rng.random() < 0.25 and not ag:
        # sequencing tool sent from the recruiter's mailbox
        hs = kit.bulk_headers(rng, org["domain"], ev["key"], unsub=True, precedence=False, auto=False, suppress=False)
        note += "; sent through a sourcing sequence with List-Unsubscribe"
    m = jk.human_msg(app, ev, rng, "recruiter_outreach", subj, body, sender, lab, note, quote=quote, extra_headers=hs,
                     lang=lang)
    jk.remember(app, m, body)
    return m


def gen_inmail(app, ev, rng):
    """LinkedIn-style InMail notification carrying a recruiter's first message."""
    c = app["c"]
    p = jk.person(app, 0)
    host = "linkedin-mail.example"
    key = ev["key"]
    msg = rng.choice([
        "Hi Maya, we're hiring a %s at %s and your background looks like a strong match. Would you be open to a chat?" % (app["role"], c["name"]),
        "Hello Maya - I look after recruitment at %s. Our %s vacancy has just opened and I'd love to tell you about it." % (c["name"], app["role"]),
        "Maya, I saw your post about finishing your MSc. Congratulations! %s has a %s role I think you'd like." % (c["name"], app["role"]),
    ])
    subj = rng.choice(["%s sent you a message" % cm.bare(p[0]), "New message from %s" % cm.bare(p[0]),
                       "%s: %s opportunity" % (cm.bare(p[0]), app["role"])])
    blocks = [("p", "%s, %s at %s" % (cm.bare(p[0]), p[1], c["name"])), ("p", msg), ("button", "Reply", "https://%s/messaging/%s" % (host, mk.h(key, 10))),
              ("small", "InMail from %s. You can control who sends you InMail in your settings." % cm.bare(p[0]))]
    footer = ["This email was intended for Maya Fernandes (MSc Public Health).", "LinkedIn Ireland Unlimited Company, Dublin 2.",
              "Unsubscribe: https://%s/e/unsub" % host]
    root = kit.ats_shape(key, rng, "LinkedIn", "#0a66c2", blocks, footer)
    hs = kit.bulk_headers(rng, host, key, unsub=True, precedence=True, auto=False)
    lab = kit.label(company=app["company"], role=app["role"])
    m = jk.build(app, ev, rng, "recruiter_outreach", subj, root, ("%s via LinkedIn" % cm.bare(p[0]), "inmail-hit-reply@" + host),
                 lab, "InMail notification carrying the recruiter's first message: recruiter_outreach", headers=hs,
                 msgid=kit.mid(key, host), vendor_host=host)
    return m


# ====================================================================== assessment

ASSESS_VENDORS = {
    "en": [("SHL", "shl-assess.example", "verbal and numerical reasoning tests"),
           ("Talogy", "talogy-mail.example", "situational judgement test"),
           ("Pearson TalentLens", "talentlens-mail.example", "Watson Glaser critical thinking appraisal"),
           ("Arctic Shores", "arcticshores-mail.example", "game-based assessment"),
           ("Sova", "sova-mail.example", "blended online assessment"),
           ("Cappfinity", "cappfinity-mail.example", "strengths-based assessment"),
           ("Criteria", "criteria-mail.example", "Criteria Cognitive Aptitude Test (CCAT)"),
           ("TestGorilla", "testgorilla-mail.example", "skills assessment"),
           ("HireVue", "hirevue-mail.example", "on-demand video interview"),
           ("Tazio", "tazio-mail.example", "Civil Service Judgement Test"),
           ("Mercer | Mettl", "mettl-mail.example", "online aptitude assessment"),
           ("AMCAT", "amcat-mail.example", "AMCAT employability test"),
           ("Clevry", "clevry-mail.example", "numerical reasoning test")],
    "es": [("Evaluar", "evaluar-mail.example", "evaluación psicométrica"),
           ("Psicometrix", "psicometrix-mail.example", "pruebas de personalidad y razonamiento"),
           ("HireVue", "hirevue-mail.example", "entrevista en video grabada")],
}
ASSESS_SUBJ = ["Complete your online assessment for {role}", "Action required: online tests – {short}",
               "Next step: your {test}", "Invitation to complete the {test}", "{short} – online assessment invitation",
               "Your assessment link ({role})", "Reminder: your assessment expires soon", "You're invited to the next stage: {test}",
               "Online testing – {ref}", "Please complete: {test}", "{short} {role}: stage 2 assessment"]
ASSESS_CORE = [
    "Thank you for your application for {role}. The next stage of our process is an online assessment, which we'd like you to complete by {deadline}.",
    "We are pleased to let you know that your application for {role} has progressed to the online testing stage.",
    "As part of the selection process for {role}, we'd like you to complete a short {test}.",
    "Congratulations on progressing! The next step for the {role} programme is the {test}.",
    "Please find below your personal link to the {test}. It takes around {mins} minutes and must be finished in one sitting.",
    "You've been invited by {company} to complete the {test} for the {role} vacancy.",
    "Before we can consider your application further, we need you to complete the {test}.",
    "Your application passed the initial sift. The next stage is the {test}, which is assessed automatically.",
    "This is a friendly reminder that your {test} for {role} has not yet been completed. Your link expires on {deadline}.",
    "To help us learn more about you, {company} has asked you to complete a {test}.",
    "Thanks for your application for {role}. Everyone who meets the minimum criteria is now invited to sit the {test}.",
    "The next part of the process for {role} is an online {test}; please complete it before {deadline}.",
    "Good news: you've passed the application form stage for {role}! Stage 2 is our {test}.",
    "We'd like to invite you to take the {test} as part of your application to {company}.",
    "Your personalised link for the {role} {test} is ready. It will remain active until {deadline}.",
    "As the role involves a lot of data work, we ask all shortlisted applicants for {role} to complete a {test}.",
    "You are invited to complete a short online exercise, the {test}, for the {role} vacancy.",
    "Please set aside about {mins} minutes to complete the {test} for {role}. There are no trick questions.",
    "Please complete the attached written exercise for the {role} post and return it to me by {deadline}.",
    "As discussed, here is the short take-home task for the {role} position: a one-page health promotion plan for a community pharmacy. Please send it back by {deadline}.",
]
ASSESS_TIPS = ["Find a quiet place with a stable internet connection.", "You may use a calculator and rough paper for the numerical section.",
               "There are practice questions before each timed section.", "If you need extra time or another adjustment, contact us before you start.",
               "Use a laptop or desktop computer; the test is not suitable for mobile phones.",
               "Your results are used alongside your application form; there is no pass mark published in advance.",
               "The assessment cannot be paused once started."]
ASSESS_ES = [
    "Como parte del proceso para la vacante de {role}, te pedimos realizar la {test} antes del {deadline}.",
    "¡Felicidades, avanzaste a la siguiente etapa! Ahora te invitamos a responder la {test}.",
    "Te compartimos el enlace para tu {test}. La duración aproximada es de {mins} minutos.",
    "Te recordamos que tu {test} sigue pendiente. El enlace vence el {deadline}.",
    "Para continuar con tu proceso en {short}, es necesario que completes la {test}.",
    "Adjunto encontrarás el caso práctico para la vacante de {role}. Envíanos tu propuesta a más tardar el {deadline}.",
]


def gen_assessment(app, ev, rng):
    c = app["c"]
    lang = app["lang"]
    region = c["region"]
    sub = ev.get("sub", "vendor")
    pool = ASSESS_VENDORS["es" if lang == "es" else "en"]
    vend = rng.choice([p for p in pool if (p[0] != "Tazio" or c["sector"] == "public") and (p[0] not in ("AMCAT", "Mercer | Mettl") or region == "IN")])
    vname, vhost, test = vend
    deadline_d = ev["date"] + dt.timedelta(days=rng.randint(3, 9))
    deadline = kit.date_words(deadline_d, region) + ("" if lang == "es" else rng.choice(["", " at 23:59", " (midnight)", ", 11:59pm"]))
    mins = rng.choice([20, 25, 30, 40, 45, 60])
    fmt = dict(role=app["role"], short=c["short"], company=c["name"], test=test, deadline=deadline, mins=mins, ref=app["ref"])
    key = ev["key"]
    if sub == "takehome":
        p = jk.person(app, 1)
        sender = jk.person_addr(app, p)
        if lang == "es":
            core = ASSESS_ES[5].format(**fmt)
        else:
            core = rng.choice([x for x in ASSESS_CORE if "attached" in x or "take-home" in x]).format(**fmt)
        body = jk.join(cm.greet(rng, region, lang), core,
                       "Please keep it to two pages; there's no need to spend more than a couple of hours on it." if lang != "es" else
                       "No es necesario invertir más de dos horas; lo importante es tu enfoque.",
                       cm.signoff(rng, region, lang) + "\n" + cm.signature(rng, p, c, lang))
        att = [mk.attachment(("Written_exercise_%s.pdf" if lang != "es" else "Caso_practico_%s.pdf") % cm.ascii_fold(c["short"]).replace(" ", "_").replace("'", ""),
                             "application/pdf", mk.fake_pdf("Exercise " + app["role"]))]
        quote = jk.last_thread(app, sender[1])
        subj = kit.reply_subject(quote["subject"]) if quote and rng.random() < 0.5 else \
            (rng.choice(["Written exercise – {role}", "Next stage: short task", "{short}: pre-interview task"]) if lang != "es" else
             rng.choice(["Caso práctico – {role}", "Siguiente etapa: ejercicio"])).format(**fmt)
        lab = kit.label(company=app["company"], role=app["role"] if app["role"] in body or app["role"] in subj else None)
        m = jk.human_msg(app, ev, rng, "assessment", subj, body, sender, lab,
                         "a person sends a written task with a deadline; the deadline is the candidate's, so reply_by null",
                         quote=quote, attachments=att)
        jk.remember(app, m, body)
        return m
    reminder = sub == "reminder"
    if lang == "es":
        core = (ASSESS_ES[3] if reminder else rng.choice(ASSESS_ES[:5])).format(**fmt)
        blocks = [("p", cm.greet(rng, region, "es")), ("p", core),
                  ("rows", [("Empresa", c["name"]), ("Vacante", app["role"]), ("Fecha límite", deadline), ("Duración", "%d min" % mins)]),
                  ("button", "Iniciar evaluación", "https://%s/start/%s" % (vhost, mk.h(key, 16))),
                  ("p", "Si tienes problemas técnicos, escribe a soporte@%s." % vhost)]
        subj = rng.choice(["Tu evaluación para {role}", "Recordatorio: evaluación pendiente", "Invitación a {test}",
                           "{short}: siguiente etapa del proceso"]).format(**fmt)
        footer = ["%s en nombre de %s" % (vname, c["name"]), cm.unsub_footer(rng, vname, vhost, "es")]
    else:
        rem = [x for x in ASSESS_CORE if x.startswith("This is a friendly reminder")]
        normal = [x for x in ASSESS_CORE if x not in rem and "attached" not in x and "take-home" not in x]
        core = (rem[0] if reminder else rng.choice(normal)).format(**fmt)
        if test == "on-demand video interview":
            core += " You'll record answers to %d pre-set questions; there is no live interviewer, and you can complete it at any time before the deadline." % rng.randint(3, 6)
        blocks = [("p", cm.greet(rng, region, "en")), ("p", core),
                  ("rows", [("Organisation", c["name"]), ("Role", app["role"]), ("Complete by", deadline),
                            ("Estimated time", "%d minutes" % mins)]),
                  ("button", rng.choice(["Start assessment", "Begin now", "Launch test", "Go to my assessment"]),
                   "https://%s/candidate/%s" % (vhost, mk.h(key, 16))),
                  ("list", rng.sample(ASSESS_TIPS, 3)),
                  ("p", cm.signoff(rng, region, "en") + "\n" + rng.choice(["Recruitment Team, %s" % c["name"], "%s Assessment Support on behalf of %s" % (vname, c["short"])]))]
        subj = (ASSESS_SUBJ[6] if reminder else rng.choice(ASSESS_SUBJ)).format(**fmt)
        footer = ["This assessment is administered by %s on behalf of %s." % (vname, c["name"]),
                  "Candidate privacy notice: https://%s/privacy" % vhost]
    frm = (rng.choice(["%s Assessments" % vname, "%s on behalf of %s" % (vname, c["short"]), c["short"] + " via " + vname]),
           rng.choice(["noreply", "candidates", "assessments", "do-not-reply"]) + "@" + vhost)
    root = kit.ats_shape(key, rng, vname, "#203864", blocks, footer)
    hs = kit.bulk_headers(rng, vhost, key, unsub=rng.random() < 0.3, precedence=rng.random() < 0.6, auto=True)
    hs += kit.esp_headers(rng, key, rng.choice(["sendgrid", "ses", "mailgun"]))
    lab = kit.label(company=app["company"], role=app["role"])
    note = "%s %s for %s%s; company is the employer, not the vendor" % (vname, test, c["short"], " (reminder)" if reminder else "")
    if test.startswith("on-demand video") or test.startswith("entrevista en video"):
        note += "; one-way recorded video is assessment"
    m = jk.build(app, ev, rng, "assessment", subj, root, frm, lab, note, headers=hs, msgid=kit.mid(key, vhost),
                 vendor_host=vhost, crlf=rng.random() < 0.3)
    jk.remember(app, m, core, human=False)
    return m
