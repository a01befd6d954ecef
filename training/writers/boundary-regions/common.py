"""Shared pieces: addresses of people, greetings, sign-offs, signatures, legal and unsubscribe footers."""
import re
import unicodedata

from world import REGIONS

HONORIFICS = ["Dr. ", "Dr ", "Mrs ", "Mr ", "Ms ", "Miss ", "Prof. ", "Prof ", "Lic. ", "Mtra. ", "Mtro. ", "Dra. ",
              "Shri ", "Smt. "]
LEGAL = [" Pvt Ltd", " LLP", " Ltd", " S.A. de C.V."]


def bare(name):
    for hn in HONORIFICS:
        if name.startswith(hn):
            return name[len(hn):]
    return name


def first(name):
    b = bare(name)
    return b.split(" ")[0]


ES_MALE = ["Javier", "Luis", "Rodrigo", "Andrés", "Óscar", "Efraín", "Ricardo", "Roberto"]


def es_male(name):
    return first(name) in ES_MALE


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def local_part(name, style=0):
    b = ascii_fold(bare(name)).lower().replace("'", "").replace(".", "")
    parts = [p for p in re.split(r"[\s\-]+", b) if p]
    if len(parts) == 1:
        return parts[0]
    if style == 1:
        return parts[0][0] + parts[-1]
    if style == 2:
        return parts[0]
    return parts[0] + "." + parts[-1]


def paddr(person, domain, style=0):
    """(display name, address) for a person tuple (name, title)."""
    name = person[0]
    return (bare(name), "%s@%s" % (local_part(name, style), domain))


def company_label(c):
    n = c["name"]
    for s in LEGAL:
        if n.endswith(s):
            n = n[: -len(s)]
    return n


# ---------------------------------------------------------------- greetings

GREET_EN = ["Dear Maya,", "Hi Maya,", "Hello Maya,", "Dear Ms Fernandes,", "Dear Maya Fernandes,", "Hi Maya!",
            "Maya,", "Good morning Maya,", "Good afternoon Maya,", "Hey Maya,", "Hi there Maya,", "Morning Maya,",
            "Hello Ms Fernandes,", "Maya -", "Dear Miss Fernandes,"]
GREET_REGION = {
    "IE": ["A Maya, a chara,", "Dia duit Maya,", "Hi Maya,", "Dear Maya,"],
    "IN": ["Dear Maya,", "Hi Maya,", "Dear Ms. Maya Fernandes,", "Greetings of the day!\n\nDear Maya,", "Hello Maya ji,",
           "Namaste Maya,", "Dear Candidate,", "Respected Madam,"],
    "ZA": ["Dear Maya,", "Hi Maya,", "Good day Maya,", "Dear Ms Fernandes,", "Morning Maya,", "Sawubona Maya,"],
    "AU": ["Hi Maya,", "G'day Maya,", "Hey Maya,", "Dear Maya,", "Hi Maya, hope your week's going well."],
    "CA": ["Hi Maya,", "Dear Ms. Fernandes,", "Hello Maya,", "Good morning Maya,", "Bonjour/Hello Maya,"],
    "UK": ["Dear Maya,", "Hi Maya,", "Dear Ms Fernandes,", "Hello Maya,", "Morning Maya,"],
}
GREET_ES = ["Hola Maya:", "Estimada Maya:", "Estimada Sra. Fernandes:", "Buen día, Maya.", "Buenas tardes, Maya:",
            "Hola, Maya, ¿cómo estás?", "Apreciable Maya:", "Estimada candidata:", "Querida Maya:", "Maya, buen día:",
            "Hola Maya, buenas tardes."]

SIGN_EN = ["Kind regards,", "Best wishes,", "Many thanks,", "Regards,", "Best,", "Warm regards,", "Thanks,",
           "Yours sincerely,", "All the best,", "With best regards,", "Thanks again,", "Kindest regards,"]
SIGN_REGION = {
    "IE": ["Mise le meas,", "Kind regards,", "Le gach dea-ghuí,", "Many thanks,"],
    "IN": ["Thanks & Regards,", "Warm Regards,", "Regards,", "Thanks and regards,", "With warm regards,", "Dhanyavaad,"],
    "AU": ["Cheers,", "Thanks heaps,", "Kind regards,", "Warm regards,"],
    "ZA": ["Kind regards,", "Regards,", "Warm regards,", "Baie dankie,"],
    "CA": ["Best regards,", "Sincerely,", "Thanks,", "Cordialement / Best regards,"],
    "UK": ["Kind regards,", "Best wishes,", "Many thanks,", "Cheers,"],
}
SIGN_ES = ["Saludos cordiales,", "Atentamente,", "Quedo atenta a tus comentarios.\n\nSaludos,", "Un saludo,",
           "Saludos,", "Sin más por el momento, quedo a sus órdenes.", "Gracias y saludos,", "Quedo pendiente,",
           "Cordialmente,", "Reciba un cordial saludo,"]


TIME_OF_DAY = ("Good morning", "Good afternoon", "Morning", "Buenas tardes", "buenas tardes", "Buen día", "buen día")
CASUAL = ("Hey", "Hi there", "Maya -", "Maya,", "G'day", "Hi Maya!", "Hello Maya ji")
CTX = {"sector": None}


def greet(rng, region, lang, formal=None):
    if lang == "es":
        pool = [g for g in GREET_ES if not any(t in g for t in TIME_OF_DAY)]
        return rng.choice(pool)
    pool = GREET_REGION.get(region, []) + GREET_EN
    pool = [g for g in pool if not any(g.startswith(t) for t in TIME_OF_DAY)]
    if formal is True:
        pool = [g for g in pool if "Dear" in g or "Respected" in g or "chara" in g]
    elif CTX["sector"] in ("public", "healthcare", "university") or formal == "semi":
        pool = [g for g in pool if not g.startswith(CASUAL)]
    return rng.choice(pool)


def time_greeting(rng, body, hour, lang):
    """Sometimes turn the plain first greeting of a human mail into a time-of-day one that fits the hour."""
    if rng.random() > 0.3:
        return body
    first_line, _, rest = body.partition("\n")
    if lang == "es":
        if first_line in ("Hola Maya:", "Estimada Maya:", "Hola Maya,"):
            g = "Buen día, Maya:" if hour < 12 else "Buenas tardes, Maya:"
            return g + "\n" + rest
        return body
    if first_line in ("Hi Maya,", "Dear Maya,", "Hello Maya,"):
        g = "Good morning Maya," if hour < 12 else ("Good afternoon Maya," if hour < 18 else "Good evening Maya,")
        if rng.random() < 0.3 and hour < 12:
            g = "Morning Maya,"
        return g + "\n" + rest
    return body


def signoff(rng, region, lang):
    if lang == "es":
        return rng.choice(SIGN_ES)
    pool = SIGN_REGION.get(region, []) + SIGN_EN
    return rng.choice(pool)


def phone(region, n):
    pat = REGIONS[region]["phone"]
    return pat % (n % (1000 if "%03d" in pat else 10000))


def signature(rng, person, comp, lang="en", style=None, address=True, mobile=False):
    """Signature block for a person at a company dict."""
    name = person[0]
    title = person[1]
    cname = comp["name"]
    n = sum(ord(c) for c in name)
    ph = phone(comp["region"], n * 7)
    style = rng.randint(0, 5) if style is None else style
    lines = []
    if style == 0:
        lines = [bare(name), title, cname]
    elif style == 1:
        lines = [bare(name) + " | " + title, cname + (" | " + comp["city"] if address else ""), ("T: " if lang != "es" else "Tel. ") + ph]
    elif style == 2:
        lines = [name, title + ", " + cname, ph]
    elif style == 3:
        lines = [bare(name), title]
        lines += [cname]
        if address:
            lines += [comp["city"] + ", " + REGIONS[comp["region"]]["country"]]
        lines += [("Direct: " if lang != "es" else "Directo: ") + ph]
    elif style == 4:
        lines = [first(name)]
    else:
        lines = [bare(name), title, cname, "www." + comp["domain"]]
    if mobile:
        lines.append(rng.choice(["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS",
                                 "Sent from my Galaxy"] if lang != "es" else
                                ["Enviado desde mi iPhone", "Enviado desde Outlook para Android"]))
    return "\n".join(lines)


PRONOUNS = ["(she/her)", "(he/him)", "(they/them)"]


# ---------------------------------------------------------------- footers

def legal_footer(rng, region, comp_name, sector):
    opts = {
        "UK": ["This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. %s may monitor email traffic." % comp_name,
               "%s is committed to safeguarding and promoting the welfare of children and young people and expects all staff to share this commitment. Appointments are subject to an enhanced DBS check." % comp_name,
               "Information about how we process your personal data as a job applicant is set out in our Applicant Privacy Notice, available on our careers site.",
               "NHS email: this message may contain information that is confidential. Communications on the NHS network may be monitored."],
        "IE": ["This e-mail and any files transmitted with it are confidential. %s is subject to the Freedom of Information Act 2014 and the Data Protection Acts; the contents of this email may be released in accordance with that legislation." % comp_name,
               "Tá an ríomhphost seo faoi rún. This email is confidential and intended only for the named recipient.",
               "Your personal data is processed in accordance with the GDPR. See our Candidate Privacy Statement for details."],
        "IN": ["DISCLAIMER: The information contained in this e-mail message is privileged and confidential. %s does not charge any fee at any stage of recruitment. Beware of fraudulent job offers." % comp_name,
               "Please consider the environment before printing this email.",
               "This communication is intended only for the addressee and may contain confidential information. Personal data is handled in line with the Digital Personal Data Protection Act, 2023."],
        "AU": ["%s acknowledges the Traditional Custodians of the lands on which we work and pays respect to Elders past and present." % comp_name,
               "This email is confidential. If you are not the intended recipient, please notify us and delete it. Personal information is collected and handled in accordance with the Privacy Act 1988 (Cth).",
               "We are an equal opportunity employer and encourage Aboriginal and Torres Strait Islander people, people with disability and people from culturally and linguistically diverse backgrounds to apply."],
        "ZA": ["This e-mail is subject to the disclaimer at www.%s.example/disclaimer. Personal information is processed in terms of the Protection of Personal Information Act, 4 of 2013 (POPIA)." % "".join(ch for ch in ascii_fold(comp_name).lower() if ch.isalnum()),
               "%s is an equal opportunity employer and preference may be given to candidates in line with our Employment Equity Plan." % comp_name,
               "Confidentiality notice: the contents of this message are confidential and may be legally privileged."],
        "MX": ["AVISO DE PRIVACIDAD: %s, con domicilio en México, es responsable del tratamiento de sus datos personales conforme a la Ley Federal de Protección de Datos Personales en Posesión de los Particulares. Consulte el aviso integral en nuestro sitio web." % comp_name,
               "Este correo electrónico y sus anexos son confidenciales. Si usted lo recibió por error, favor de notificar al remitente y eliminarlo.",
               "%s no solicita pagos ni depósitos en ninguna etapa del proceso de reclutamiento." % comp_name],
        "CA": ["This message is intended only for the addressee and may contain confidential information. Personal information is collected under applicable privacy legislation (PIPEDA / FIPPA).",
               "Ce message est confidentiel. This message is confidential.",
               "%s is committed to accessibility. Accommodations are available on request at any stage of the hiring process." % comp_name],
    }
    pool = opts[region]
    if region == "UK":
        pool = [pool[0], pool[2]] + ([pool[1]] if sector in ("education", "university") else []) + ([pool[3]] if sector == "healthcare" else [])
    return rng.choice(pool)


def unsub_footer(rng, brand, domain, lang="en"):
    if lang == "es":
        return rng.choice([
            "Recibiste este correo porque te postulaste a una vacante a través de %s. Darte de baja: https://%s/baja" % (brand, domain),
            "¿No quieres recibir más notificaciones? Administra tus preferencias en https://%s/preferencias" % domain])
    return rng.choice([
        "You are receiving this email because you applied for a role via %s. Unsubscribe: https://%s/unsubscribe" % (brand, domain),
        "Manage your email preferences: https://%s/preferences  |  Unsubscribe from non-essential emails" % domain,
        "Don't want these emails? Update your notification settings at https://%s/settings" % domain,
        "This is an automated message from %s. Please do not reply. To stop receiving marketing emails, click unsubscribe." % brand,
        "Powered by %s. Privacy policy: https://%s/privacy  -  Unsubscribe: https://%s/u" % (brand, domain, domain)])
