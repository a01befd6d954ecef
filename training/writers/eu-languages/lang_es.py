"""Spanish (Spain, including the Canary Islands)."""
CODE = "es"
NAME = "Spanish"
HTML_LANG = "es"
CONTENT_LANGUAGE = "es-ES"
PRIVACY_PATH = "politica-de-privacidad"
INFORMAL_P = 0.45
DISPLAY_STYLES = ["plain"]

WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
WDA = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MONA = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
NUM = {1: "una", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 7: "siete", 10: "diez", 15: "quince"}


def hm(d):
    return f"{d.hour}:{d.minute:02d}"


def zone_note(d):
    return "(hora canaria)" if d.tzinfo.key == "Atlantic/Canary" else "(hora peninsular)"


def when(d, i):
    i %= 6
    if i == 0:
        return f"el {WD[d.weekday()]} {d.day} de {MON[d.month - 1]} a las {hm(d)}"
    if i == 1:
        return f"el {d.day:02d}/{d.month:02d}/{d.year} a las {hm(d)} h"
    if i == 2:
        return f"el {WD[d.weekday()]}, {d.day} de {MON[d.month - 1]}, a las {hm(d)} {zone_note(d)}"
    if i == 3:
        return f"el próximo {WD[d.weekday()]} {d.day} a las {hm(d)}"
    if i == 4:
        return f"el día {d.day} de {MON[d.month - 1]} de {d.year} a las {d.hour:02d}:{d.minute:02d} h"
    return f"el {WD[d.weekday()]} {d.day}/{d.month} a las {hm(d)}"


N_WHEN = 6


def day(d, i):
    i %= 4
    if i == 0:
        return f"{d.day} de {MON[d.month - 1]} de {d.year}"
    if i == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if i == 2:
        return f"{WD[d.weekday()]} {d.day} de {MON[d.month - 1]}"
    return f"{d.day}/{d.month}"


N_DAY = 4


def lisbon_note(dl):
    return f"({hm(dl)} en Lisboa)"


def dur(n):
    return {60: "una hora", 90: "hora y media", 30: "media hora"}.get(n, f"{n} minutos")


def join(xs):
    xs = list(xs)
    if len(xs) == 1:
        return xs[0]
    last = xs[-1]
    conj = "e" if last[:1].lower() == "i" or last[:2].lower() == "hi" else "y"
    return ", ".join(xs[:-1]) + f" {conj} " + last


def money(n, cur="EUR"):
    return f"{n:,}".replace(",", ".") + " € brutos anuales"


PROMISE_KINDS = [("fri", None), ("end_next_week", None), ("n_weeks", [1, 2, 2, 3]), ("n_workdays", [3, 5, 10]),
                 ("date", [5, 7, 9, 12]), ("n_days", [10, 15]), ("end_week", None), ("tomorrow", None), ("mon", None), ("end_month", None)]


def promise(kind, n, target, sent, rng):
    if kind == "fri":
        return rng.choice(["antes del viernes", "el viernes como tarde", "este viernes"])
    if kind == "mon":
        return rng.choice(["el lunes", "el lunes como muy tarde"])
    if kind == "end_week":
        return rng.choice(["esta misma semana", "antes del fin de semana"])
    if kind == "end_next_week":
        return rng.choice(["a finales de la semana que viene", "antes de que termine la próxima semana"])
    if kind == "n_weeks":
        return rng.choice([f"en un plazo de {NUM.get(n, n)} semana{'s' if n > 1 else ''}", f"en las próximas {NUM.get(n, n)} semanas" if n > 1 else "en el plazo de una semana"])
    if kind == "n_workdays":
        return f"en un plazo de {NUM.get(n, n)} días hábiles"
    if kind == "n_days":
        return f"en un plazo de {NUM.get(n, n)} días"
    if kind == "date":
        return rng.choice([f"antes del {target.day} de {MON[target.month - 1]}", f"como muy tarde el {target.day:02d}/{target.month:02d}"])
    if kind == "tomorrow":
        return "mañana"
    if kind == "end_month":
        return rng.choice(["antes de que acabe el mes", "antes de final de mes"])
    raise ValueError(kind)


VAGUE = ["en breve", "lo antes posible", "en las próximas semanas", "próximamente", "cuando tengamos novedades", "a la mayor brevedad"]


def greet(p, reg, rng):
    if reg == "f":
        t = "Sra." if p.gender == "f" else "Sr."
        e = "Estimada" if p.gender == "f" else "Estimado"
        return rng.choice([f"{e} {t} {p.last}:", f"{e} {p.first}:", f"Buenos días, {p.first}:", f"{e} {p.first},"])
    return rng.choice([f"Hola, {p.first}:", f"Hola {p.first},", f"¡Hola, {p.first}!", f"Buenas, {p.first}:"])


def greet_many(ps, reg, rng):
    if reg == "f":
        return "Estimados " + join([p.first for p in ps]) + ":"
    return "Hola, " + join([p.first for p in ps]) + ":"


def attrib_gmail(d, name, addr):
    return f"El {WDA[d.weekday()]}, {d.day} {MONA[d.month - 1]} {d.year} a las {d.hour}:{d.minute:02d}, {name} (<{addr}>) escribió:"


def attrib_iphone(d, name, addr):
    return f"El {d.day} {MONA[d.month - 1]} {d.year}, a las {d.hour}:{d.minute:02d}, {name} <{addr}> escribió:"


def attrib_tb(d, name, addr):
    return f"El {d.day}/{d.month}/{d.year % 100} a las {d.hour}:{d.minute:02d}, {name} escribió:"


def outlook_block(d, frm, to, subj, cc):
    L = [f"De: {frm[0]} <{frm[1]}>", f"Enviado el: {WD[d.weekday()]}, {d.day} de {MON[d.month - 1]} de {d.year} {d.hour}:{d.minute:02d}",
         "Para: " + "; ".join(f"{n} <{a}>" if n else a for n, a in to)]
    if cc:
        L.append("CC: " + "; ".join(f"{n} <{a}>" for n, a in cc))
    L.append(f"Asunto: {subj}")
    return L


OUTLOOK_SEP = "________________________________"
RE = {"outlook": "RE:", "gmail": "Re:", "iphone": "Re:", "thunder": "Re:", "plain": "Re:"}
RE_ALL = ["Re:", "RE:", "RV:", "AW:", "RES:"]
AUTOREPLY_PREFIX = "Respuesta automática:"
CANCELLED = "Cancelada"
CAL_PREFIX_GOOGLE = "Invitación: "
MOBILE = ["Enviado desde mi iPhone", "Enviado desde mi móvil", "Enviado desde Outlook para iOS", "Enviado desde mi smartphone Samsung Galaxy."]
SIG = {"tel": "Tel.:", "mail": "Email:"}


def gcal_subject(summary, start):
    return f"Invitación: {summary} @ {WDA[start.weekday()]} {start.day} {MONA[start.month - 1]} {start.year} {start.hour}:{start.minute:02d} - (CE{'S' if start.utcoffset().total_seconds() >= 7200 else ''}T) (ines.hofmann@example.net)"


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Reunión de Microsoft Teams\nÚnase ahora a la reunión\n{link}\nId. de reunión: {id}\nCódigo de acceso: {pw}\n"
               "________________________________________________________________________________")
GCAL_BLOCK = ("Unirse con Google Meet\n{link}\n\nCuándo: {when}\nOrganizador: {org}\n\n"
              "Invitación de Google Calendar\nRecibes este correo porque eres un invitado del evento.")


def cal_desc(c, tool, link):
    return f"{tool}: {link}\n{c['when']}"


UI = dict(portal="Ir a mi área de candidato", job="Oferta", employer="Empresa", location="Ubicación", date="Inscrito el",
          view_apps="Ver mis candidaturas", similar="Ver ofertas similares", confirm="Confirmar asistencia", book="Elegir horario",
          what="Evento", when="Cuándo", who="Con", where="Dónde", resched="Reprogramar o cancelar", join="Unirse a la reunión",
          start_test="Empezar la prueba", status="Estado", reply="Responder", position="Puesto", salary="Salario bruto anual",
          start="Fecha de incorporación", sign="Revisar y firmar", reception="en recepción", jobs_box="Empleo {company}")
AUTO_NOTE = ["Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.",
             "Este buzón no admite respuestas. Si tienes dudas, escríbenos desde tu área de candidato.",
             "Por favor, no responda a este mensaje automático."]
GDPR = ["Información básica sobre protección de datos. Responsable: {legal}. Finalidad: gestión de procesos de selección. Legitimación: consentimiento del interesado. Derechos: acceso, rectificación, supresión y demás derechos en {privacy}",
        "De conformidad con el RGPD y la LOPDGDD, sus datos se conservarán durante el proceso de selección y, con su consentimiento, hasta 12 meses después. Más información: {privacy}",
        "Puede ejercer sus derechos escribiendo a privacidad@ o a través de {privacy}."]
POWERED = ["Enviado con {vendor}", "Gestionado con {vendor}", "Software de selección: {vendor}"]
CONF = ["Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
        "Antes de imprimir este correo, piense si es necesario. El medio ambiente es cosa de todos.",
        "AVISO LEGAL: la información contenida en este mensaje es confidencial."]
BOARD_FOOT = ["Recibes este email porque tienes una cuenta en {board}. Gestionar notificaciones · Darse de baja · Privacidad",
              "© {board} – Este es un mensaje automático.", "{board} · Ayuda · Preferencias de correo"]
GDPR14 = ["Información (art. 14 RGPD): hemos obtenido tus datos de una red profesional pública. Si no deseas que te contactemos, respóndeme y los eliminaremos.",
          "{agency_legal} trata sus datos en base a su interés legítimo. Puede oponerse en cualquier momento respondiendo a este correo."]
STATUS_LABELS = ["En revisión", "Preseleccionado", "En proceso", "Revisión del responsable"]
AGENDA = ["{t}–{t2}: entrevista con {who}", "{t}–{t2}: entrevista técnica con {who}", "{t}–{t2}: visita a las instalaciones con {who}"]
AGENDA_END = "{t}: comida con el equipo y cierre"
DOCS = ["una copia de tu título universitario", "dos referencias", "tu banda salarial", "tu fecha de incorporación",
        "tu vida laboral", "tu certificado de empresa", "tu NIE"]
CASE_FILES = ["Caso_practico_{company}.pdf", "Prueba_tecnica.pdf", "Enunciado_caso.pdf"]
OFFER_FILES = ["Carta_oferta_{last}.pdf", "Propuesta_{company}.pdf", "Oferta_{last}.pdf"]
OFFER_DOCS = ["Carta oferta – {role}", "Contrato laboral – {last}", "Propuesta de incorporación {company}"]
ASSESS = ["TestGorilla", "SHL", "AssessFirst", "Codility"]
ESIGN = ["Signaturit", "DocuSign", "Signaturit"]
SOCIAL = ["LinkedIn"]

FIRST_F = ["Lucía", "María", "Carmen", "Elena", "Paula", "Laura", "Marta", "Begoña", "Ainhoa", "Nerea", "Montserrat", "Núria", "Rocío", "Irene", "Alba", "Sonia"]
FIRST_M = ["Javier", "Alejandro", "Pablo", "Sergio", "David", "Jordi", "Iñaki", "Álvaro", "Carlos", "Miguel", "Raúl", "Óscar", "Xavier", "Rubén", "Andrés"]
LAST = ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero",
        "Ibáñez", "Etxeberria", "Puig", "Ferrer", "Castro", "Ortega", "Núñez", "Vidal", "Serrano"]
REGIONS = [
    dict(country="ES", tz="Europe/Madrid", w=8, cc="+34", cities=[("Madrid", "280", "91"), ("Barcelona", "080", "93"), ("Valencia", "460", "96"),
                                                                   ("Bilbao", "480", "94"), ("Sevilla", "410", "95"), ("Zaragoza", "500", "976"), ("Málaga", "290", "952")],
         forms=["S.L.", "S.L.", "S.A.", "S.L.U."], currency="EUR"),
    dict(country="IC", tz="Atlantic/Canary", w=1, cc="+34", cities=[("Las Palmas de Gran Canaria", "350", "928"), ("Santa Cruz de Tenerife", "380", "922")],
         forms=["S.L.", "S.A."], currency="EUR"),
]
STREETS = ["Calle de Alcalá", "Passeig de Gràcia", "Avenida de Aragón", "Gran Vía", "Calle Mayor", "Avenida Diagonal", "Paseo de la Castellana",
           "Calle Larios", "Avenida de la Constitución", "Calle Colón", "Alameda de Urquijo", "Calle Triana"]
CO_ROOTS = ["Meridiano", "Alborada", "Brisa", "Cierzo", "Levante", "Albero", "Mediterránea", "Olivar", "Sierra", "Ebro", "Tajo", "Ribera",
            "Altamar", "Candela", "Duna", "Faro", "Galerna", "Jara", "Lucero", "Nogal", "Palmeral", "Salinas"]
CO_WORDS = {"eng": ["Ingeniería", "Industrial", "Sistemas", "Automatización"], "mkt": ["Comunicación", "Estudio", "Media", "Marcas"],
            "log": ["Logística", "Transportes", "Supply", "Distribución"], "res": ["Biotech", "Investigación", "Labs", "Materiales"],
            "hosp": ["Hoteles", "Hospitality", "Resorts", "Alojamientos"]}
ROLES = {
    "eng": [("Ingeniero/a de Procesos", "Ingeniero/a de Procesos"), ("Técnico/a de Calidad (H/M)", "Técnico/a de Calidad"),
            ("Ingeniera de Producción (m/f)", "Ingeniera de Producción"), ("Jefe/a de Proyecto Industrial", "Jefe/a de Proyecto Industrial")],
    "mkt": [("Responsable de Marketing Digital", "Responsable de Marketing Digital"), ("Técnico/a de Marketing (H/M)", "Técnico/a de Marketing"),
            ("Product Marketing Manager Iberia", "Product Marketing Manager Iberia"), ("Brand Manager (m/f)", "Brand Manager")],
    "log": [("Responsable de Logística", "Responsable de Logística"), ("Analista de Supply Chain (H/M)", "Analista de Supply Chain"),
            ("Jefe/a de Almacén", "Jefe/a de Almacén"), ("Planificador/a de la Demanda", "Planificador/a de la Demanda")],
    "res": [("Investigador/a Postdoctoral", "Investigador/a Postdoctoral"), ("Técnico/a de Laboratorio (H/M)", "Técnico/a de Laboratorio"),
            ("Doctorando/a en Ciencia de Materiales", "Doctorando/a en Ciencia de Materiales"), ("Investigadora Senior en Biomateriales", "Investigadora Senior en Biomateriales")],
    "hosp": [("Jefe/a de Recepción (H/M)", "Jefe/a de Recepción"), ("Revenue Manager", "Revenue Manager"),
             ("Subdirector/a de Hotel", "Subdirector/a de Hotel"), ("Guest Experience Manager (m/f)", "Guest Experience Manager")],
}
REC_TITLES = ["Técnico de Selección|Técnica de Selección", "Talent Acquisition Specialist", "HR Business Partner", "Responsable de Selección",
              "Recruiter", "Consultor de RR. HH.|Consultora de RR. HH."]
HR_TITLES = ["Administración de Personal", "Responsable de RR. HH.", "Técnico de Nóminas|Técnica de Nóminas"]
HM_TITLES = {"eng": ["Director de Planta|Directora de Planta", "Responsable de Ingeniería", "Jefe de Producción|Jefa de Producción"],
             "mkt": ["Director de Marketing|Directora de Marketing", "Head of Brand", "Responsable de Comunicación"],
             "log": ["Director de Operaciones|Directora de Operaciones", "Responsable de Supply Chain", "Jefe de Tráfico|Jefa de Tráfico"],
             "res": ["Investigador Principal|Investigadora Principal", "Director de I+D|Directora de I+D", "Jefe de Grupo|Jefa de Grupo"],
             "hosp": ["Director del Hotel|Directora del Hotel", "Director de Alojamiento|Directora de Alojamiento", "Director General|Directora General"]}
PANEL_TITLES = {"eng": ["Ingeniero Senior|Ingeniera Senior", "Responsable de Calidad"], "mkt": ["Brand Manager Senior", "Content Lead"],
                "log": ["Responsable de Transporte", "Jefe de Turno|Jefa de Turno"], "res": ["Investigador Senior|Investigadora Senior", "Técnico de Laboratorio|Técnica de Laboratorio"],
                "hosp": ["Jefe de Recepción|Jefa de Recepción", "Revenue Director"]}
AGENT_TITLES = ["Consultor Senior|Consultora Senior", "Headhunter", "Associate Partner", "Consultor de Selección|Consultora de Selección"]
AGENCIES = [("Talento Norte", "S.L."), ("Cumbre Executive Search", "S.L."), ("Íbera Selección", "S.L."), ("Puerto Talent", "S.L.")]
CLIENT_DESC = {"eng": ["un grupo industrial líder del sector automoción", "una ingeniería con proyectos internacionales"], "mkt": ["una marca de moda en plena expansión", "una startup de foodtech"],
               "log": ["un operador logístico de referencia", "un e-commerce con almacén propio"], "res": ["una biotech surgida de un centro público", "un centro tecnológico privado"],
               "hosp": ["una cadena hotelera vacacional", "un resort de cinco estrellas en la costa"]}
SALARY = {"eng": (34000, 50000), "mkt": (30000, 45000), "log": (30000, 46000), "res": (26000, 40000), "hosp": (26000, 40000)}
FIELD_DESC = {"eng": "tu formación en ingeniería de organización y mejora continua", "mkt": "tu experiencia en marketing internacional",
              "log": "tu experiencia en cadena de suministro", "res": "tu trayectoria investigadora", "hosp": "tu experiencia en hotelería de lujo"}
SKILLS = {"eng": ["Lean Manufacturing", "mejora continua", "industrialización"], "mkt": ["marketing digital", "lanzamiento de productos", "investigación de mercados"],
          "log": ["gestión de almacenes", "SAP EWM", "planificación de transporte"], "res": ["caracterización de materiales", "proyectos europeos", "análisis de datos"],
          "hosp": ["revenue management", "atención al huésped", "gestión de equipos"]}
TOPICS = {"eng": ["la automatización de la nueva línea", "vuestro programa de mejora continua"], "mkt": ["el lanzamiento en Portugal", "el rediseño de la marca"],
          "log": ["la implantación del nuevo SGA", "la apertura del segundo almacén"], "res": ["el proyecto de reciclaje de cátodos", "las colaboraciones con la industria"],
          "hosp": ["la reapertura del hotel en primavera", "el programa de satisfacción del huésped"]}
CASES = {"eng": ["un análisis de tiempos de ciclo", "una propuesta para reducir el desperdicio"], "mkt": ["un plan de lanzamiento de producto", "una auditoría de nuestras redes sociales"],
         "log": ["un caso de optimización de ubicaciones", "un análisis de red para dos almacenes"], "res": ["una propuesta de proyecto de dos páginas", "el análisis de un conjunto de datos"],
         "hosp": ["un plan para mejorar el check-in", "una estrategia de precios para un fin de semana de congreso"]}
TESTS = {"eng": ["Razonamiento mecánico", "Razonamiento numérico"], "mkt": ["Prueba de marketing", "Cuestionario de personalidad"],
         "log": ["Razonamiento numérico", "Prueba de Excel"], "res": ["Razonamiento lógico", "Prueba de inglés"], "hosp": ["Juicio situacional", "Cuestionario de personalidad"]}
ATS = ["Factorial", "Bizneo", "Teamtailor", "Workday", "Personio", "SuccessFactors"]
BOARDS = ["InfoJobs", "InfoJobs", "LinkedIn", "Indeed"]


def ref(rng):
    return rng.choice([f"Ref. {rng.choice('ABCDEFG')}{rng.randint(100, 999)}", f"Oferta {rng.randint(10000, 99999)}", f"Código {rng.randint(1000, 9999)}/{rng.randint(25, 27)}"])


def company_name(root, word, rng):
    return rng.choice([f"{root} {word}", f"{word} {root}", f"{root} {word}"])


def address(rng, city, region, plz):
    st = rng.choice(STREETS)
    return f"{st}, {rng.randint(1, 200)}", f"{plz}{rng.randint(10, 99)} {city}"


def register_line(rng, co, region):
    return (f"Inscrita en el Registro Mercantil de {co['city']}, Tomo {rng.randint(1000, 45000)}, Folio {rng.randint(1, 220)}, "
            f"Hoja {co['city'][0]}-{rng.randint(10000, 599999)} · CIF {rng.choice('AB')}{rng.randint(10000000, 99999999)}")


def phone(rng, region, area):
    return f"+34 {area} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"

B = {
    "greet": ["f|Estimada Sra. Hofmann:", "f|Estimada Inês:", "f|Buenos días, Sra. Hofmann:", "f|Estimada candidata:", "f|Apreciada Inês:", "f|Estimada Sra. Duarte Hofmann:",
              "i|Hola, Inês:", "i|Hola Inês,", "i|¡Hola, Inês!", "i|Buenas, Inês:", "i|¡Hola Inês!", "i|Hola, Inês,"],
    "greetb": ["Hola, {first}:", "Hola {first},", "Estimada {full}:", "¡Hola!"],
    "close": ["f|Atentamente,", "f|Un cordial saludo,", "f|Reciba un cordial saludo,", "f|Saludos cordiales,", "f|Quedamos a su disposición.",
              "i|Un saludo,", "i|¡Un abrazo!", "i|Saludos,", "i|¡Gracias y un saludo!", "i|Nos vemos pronto,", "i|Abrazo,"],
    "oclose": ["f|Un cordial saludo,", "f|Atentamente,", "f|Saludos cordiales desde Lisboa,", "i|Un saludo,", "i|¡Gracias de nuevo!", "i|Un abrazo,"],
    "team": ["f|Departamento de Recursos Humanos\n{legal}", "f|El equipo de Selección de {company}", "f|Talent Acquisition – {company}", "f|Recursos Humanos | {legal}",
             "i|El equipo de {company}", "i|Equipo People de {company}", "i|Todo el equipo de {company}"],
    "ack.s": ["f|Su candidatura para {role}", "f|Confirmación de su candidatura – {role}", "f|Hemos recibido su candidatura", "f|{company}: candidatura recibida ({ref})",
              "i|¡Gracias por tu candidatura, {first}!", "i|Tu candidatura en {company}", "i|Hemos recibido tu candidatura 🙌", "i|{role}: candidatura recibida"],
    "ack.c": ["f|Le agradecemos su interés en {company}. Confirmamos la recepción de su candidatura para el puesto de {role}.",
              "f|Por medio de la presente le confirmamos que hemos recibido su candidatura ({ref}).",
              "f|Su candidatura para la oferta de {role} se ha registrado correctamente en nuestro sistema.",
              "f|Gracias por postularse en {company}. Su CV ya está en manos de nuestro equipo de selección.",
              "f|Hemos recibido su solicitud para el puesto de {role} en {city} y le agradecemos la confianza depositada.",
              "f|Le informamos de que su candidatura ha sido recibida y será evaluada por el equipo responsable.",
              "i|¡Gracias por inscribirte en la oferta de {role}! Ya tenemos tu candidatura.",
              "i|Tu candidatura para {role} ha llegado bien. ¡Gracias por pensar en {company}!",
              "i|Te confirmamos que hemos recibido tu CV para el puesto de {role}.",
              "i|¡Genial! Tu candidatura para {role} ya está con nosotros.",
              "i|Gracias por dedicar tu tiempo a inscribirte. Hemos recibido tu candidatura para {role}.",
              "i|Candidatura recibida ✔ Gracias por querer formar parte de {company}."],
    "ack.n": ["f|Revisaremos su candidatura con detenimiento y nos pondremos en contacto con usted {promise}.",
              "f|Recibirá una respuesta por nuestra parte {promise}.",
              "f|Nos comprometemos a responderle {promise}, sea cual sea el resultado.",
              "f|Nos pondremos en contacto con usted {vague}.",
              "f|Debido al elevado número de candidaturas, el proceso puede alargarse. Le contactaremos {vague}.",
              "f|Si su perfil encaja con lo que buscamos, nos pondremos en contacto en un plazo de dos semanas.",
              "f|En caso de no recibir noticias nuestras en un mes, entienda que su candidatura no ha sido seleccionada.",
              "i|Vamos a revisarlo todo con calma y te diremos algo {promise}.",
              "i|Tendrás noticias nuestras {promise}, ¡prometido!",
              "i|Te contactaremos {vague}.",
              "i|Si encajas, te escribiremos en unas dos semanas."],
    "ack.x": ["f|Puede consultar el estado de su candidatura en cualquier momento en su área de candidato.",
              "f|Le recomendamos revisar su carpeta de correo no deseado para no perderse nuestros mensajes.",
              "f|Si cambian sus datos de contacto, actualícelos directamente en el portal.",
              "i|Mientras tanto, échale un vistazo a nuestro blog para conocer al equipo.",
              "i|¿Dudas? Escríbenos desde tu área de candidato."],
    "ackb.s": ["Te has inscrito en la oferta {role}", "Tu candidatura se ha enviado a {company}", "Inscripción realizada: {role}", "{board}: candidatura en {company}"],
    "ackb.c": ["Te has inscrito correctamente en la oferta {role} de {company}.", "¡Buenas noticias! Tu candidatura ya está en camino: {company} la ha recibido a través de {board}.",
               "Acabas de inscribirte en {company} con tu perfil de {board}.", "Hemos enviado tu candidatura a la empresa. Este es el resumen:"],
    "ackb.x": ["Consejo: las empresas responden antes si tu CV está completo.", "Puedes ver todas tus inscripciones en «Mis candidaturas».",
               "La empresa decide los siguientes pasos y se pondrá en contacto contigo directamente."],
    "acke.c": ["f|Gracias por su correo. Este es un acuse de recibo automático: su mensaje ha llegado al equipo de selección.",
               "f|Hemos recibido su candidatura por correo electrónico. Le rogamos que no envíe consultas sobre el estado; nos pondremos en contacto con usted.",
               "i|¡Gracias por tu correo! Es una respuesta automática: tu candidatura ha llegado y la revisará el equipo de People."],
    "apply.s": ["Candidatura para {role}", "Candidatura – {role} – Inês Hofmann", "Solicitud puesto {role} ({ref})", "Oferta {role}"],
    "rej.s": ["f|Su candidatura en {company}", "f|Su candidatura para {role}", "f|Respuesta a su candidatura", "f|Proceso de selección {role}",
              "f|{company} – su candidatura", "f|Gracias por su interés en {company}", "i|Novedades sobre tu candidatura", "i|Tu candidatura en {company}"],
    "rej.thanks": ["f|Le agradecemos su interés en {company} y el tiempo dedicado a su candidatura.", "f|Gracias de nuevo por presentarse al puesto de {role}.",
                   "f|Agradecemos la confianza que ha depositado en nosotros.", "i|Gracias de nuevo por presentarte.", "i|Gracias por tu candidatura y por tu interés en {company}."],
    "rej.pre": ["f|Tras analizar detenidamente su candidatura, lamentamos comunicarle que no continuará en el proceso de selección.",
                "f|Hemos decidido seguir adelante con otros candidatos cuyo perfil se ajusta más a los requisitos del puesto.",
                "f|Lamentablemente, en esta ocasión su candidatura no ha sido seleccionada.",
                "f|Le informamos de que el proceso continuará con otras personas candidatas.",
                "f|Su perfil es interesante, pero buscamos una experiencia más consolidada en el sector.",
                "f|Dado el elevado número de candidaturas, no podemos ofrecerle una entrevista en esta ocasión.",
                "f|Sentimos comunicarle que no podemos tener en cuenta su candidatura para el puesto de {role}.",
                "i|Hemos revisado tu perfil y hemos decidido seguir con otras candidaturas.",
                "i|Esta vez no va a poder ser: seguimos con perfiles más cercanos a lo que necesitamos.",
                "i|No vamos a avanzar con tu candidatura, aunque tu trayectoria nos ha gustado mucho.",
                "i|Ha sido una decisión difícil, pero nos quedamos con alguien que ya conoce bien nuestro sector."],
    "rej.post": ["f|Gracias por la entrevista con {iv1}. Tras valorarlo con calma, hemos decidido continuar con otra candidata cuyo perfil se ajusta mejor a nuestras necesidades actuales.",
                 "f|Tras las entrevistas, hemos decidido seleccionar a otro candidato.",
                 "f|Hemos disfrutado mucho de las conversaciones, pero no continuaremos el proceso con usted.",
                 "f|Estaba entre las finalistas y la decisión no ha sido fácil: finalmente hemos elegido un perfil con experiencia directa en el sector.",
                 "f|Después de las entrevistas, lamentamos comunicarle que no seguiremos adelante con su candidatura.",
                 "i|¡Gracias por la entrevista con {iv1_first}! Ya hemos tomado una decisión y seguimos con otra persona.",
                 "i|Quería decírtelo personalmente: nos hemos decantado por otro perfil. Sé que no es la noticia que esperabas.",
                 "i|Ha estado muy reñido, pero hemos ofrecido el puesto a otra persona."],
    "rej.cancel": ["f|El puesto de {role} ha quedado congelado por motivos presupuestarios, por lo que cerramos el proceso de selección.",
                   "f|La vacante se ha cubierto de forma interna, por lo que damos por finalizado el proceso.",
                   "f|Debido a una reorganización, se ha cancelado la búsqueda para el puesto de {role}.",
                   "f|La posición ya está cubierta y cerramos todas las candidaturas pendientes.",
                   "i|Te cuento: tras una reorganización, el puesto de {role} desaparece, así que cerramos el proceso.",
                   "i|Al final hemos cubierto el puesto internamente, así que no seguimos adelante."],
    "rej.one": ["i|Hola {first}, te cuento rápido: seguimos con otro perfil. ¡Gracias y mucha suerte!",
                "i|{first}, nos quedamos con otra persona. ¡Gracias por tu tiempo!",
                "i|Hola {first}, esta vez no ha habido match, el puesto está cubierto. ¡Mucho éxito!",
                "i|Buenas {first}, te confirmo que no seguimos contigo en este proceso. ¡Un abrazo!",
                "f|Sra. {last}, le informo de que el puesto de {role} ya está cubierto. Un saludo.",
                "f|Estimada Sra. {last}, no continuaremos con su candidatura. Gracias y mucha suerte."],
    "rej.soft": ["f|Le deseamos mucho éxito en su búsqueda.", "f|Esta decisión no supone una valoración negativa de su trayectoria.",
                 "f|Estaremos encantados de recibir su candidatura para futuras ofertas.", "i|¡Te deseamos lo mejor en tu búsqueda!", "i|Sigue atenta a nuestras ofertas."],
    "rej.fb": ["f|Si lo desea, puedo darle feedback más detallado en una breve llamada.", "f|Quedo a su disposición para comentar el proceso.", "i|Si quieres feedback, dímelo sin problema."],
    "rej.pool": ["f|Con su consentimiento, conservaremos su CV en nuestra base de datos durante 12 meses para futuros procesos.",
                 "f|Conforme a nuestra política de privacidad, sus datos se eliminarán en seis meses.", "i|Si quieres, guardamos tu CV para futuras vacantes; solo dínoslo."],
    "rejb.s": ["Novedades en tu candidatura a {company}", "Proceso finalizado: {role}", "{company} ha actualizado tu candidatura"],
    "rejb.c": ["{company} ha actualizado el estado de tu candidatura en {board}: proceso finalizado. Mensaje de la empresa:",
               "Hay novedades en tu inscripción a {role}. {company} te ha enviado este mensaje:", "La empresa ha cerrado el proceso de selección de {role}:"],
    "inv.s": ["f|Invitación a entrevista – {role}", "f|Su candidatura: entrevista", "f|Entrevista {role} en {company}", "f|Próximos pasos – {company}",
              "f|Reunión con {company}", "i|¿Hablamos? ({role})", "i|Siguiente paso con {company}", "i|¿Te va bien una llamada?", "i|Charla con el equipo"],
    "inv.fixed": ["f|Su perfil nos ha resultado muy interesante y nos gustaría conocerle. Le proponemos una entrevista {when} con {iv}.",
                  "f|Nos complace invitarle a una entrevista {when}. Por parte de {company}: {iv}.",
                  "f|Nos gustaría continuar con el proceso y le proponemos vernos {when}, junto con {iv}.",
                  "f|En relación con su candidatura para {role}, le confirmo la entrevista {when}, con una duración aproximada de {dur}.",
                  "f|He reservado un hueco {when}. También estará {iv1}, del equipo.",
                  "f|Tal y como hemos hablado por teléfono, le confirmo la entrevista {when} con {iv}.",
                  "i|¡Nos encantaría conocerte! ¿Te viene bien {when}? Hablarás con {iv}.",
                  "i|Genial, te he reservado {when}. {iv1} también estará.",
                  "i|¿Hablamos {when}? Conocerás a {iv}.",
                  "i|Te confirmo nuestra charla {when}. Calcula unos {dur}."],
    "inv.screen": ["f|Me gustaría conocer mejor su trayectoria en una breve llamada. ¿Estaría disponible {when}? Serán unos {dur}.",
                   "f|Como primer paso le propongo una conversación telefónica {when}.", "f|Le llamaré {when} para contarle los detalles del puesto de {role}.",
                   "i|¿Te apetece una primera llamada conmigo? Estoy libre {when}, unos {dur}.", "i|Te llamo {when} y te cuento más sobre el equipo, ¿vale?",
                   "i|¿Hacemos una videollamada rápida {when}? Solo tú y yo, sin formalidades."],
    "inv.slots": ["f|Nos gustaría invitarle a una entrevista con {iv}. Estas son las opciones disponibles:", "f|Estaremos encantados de conocerle. Por favor, elija uno de estos horarios:",
                  "f|Para una primera conversación le proponemos estos huecos:", "i|¡Queremos conocerte! ¿Te va bien alguno de estos horarios?", "i|{iv1} y yo tenemos hueco en estos momentos:"],
    "inv.slots2": ["f|Indíqueme qué opción le resulta más cómoda. Si ninguna le encaja, buscaremos una alternativa.", "f|Quedo a la espera de su confirmación.",
                   "i|Dime cuál te viene mejor.", "i|Si no te cuadra ninguna, proponme otras horas."],
    "inv.link": ["f|Nos gustaría invitarle a una entrevista con {iv}. Por favor, reserve directamente un horario en este enlace: {link}",
                 "f|Puede elegir el horario de la entrevista en nuestra herramienta de reservas ({tool}): {link}", "f|Para la siguiente fase, reserve un hueco de {dur} aquí: {link}",
                 "i|Reserva el hueco que mejor te venga en mi agenda: {link}", "i|Aquí tienes el enlace para cuadrar una charla con {iv1}: {link}"],
    "inv.avail": ["f|Nos gustaría invitarle a una entrevista con {iv}. ¿Podría indicarme su disponibilidad para las próximas dos semanas?",
                  "f|Para organizar la entrevista con {iv1}, ¿podría indicarme dos o tres franjas horarias que le vengan bien?",
                  "f|Para una entrevista de unos {dur}, ¿qué disponibilidad tendría la semana que viene?",
                  "i|¿Cuándo tendrías un rato la semana que viene para hablar con {iv}? Pásame algunas opciones.",
                  "i|Dime tu disponibilidad de los próximos días y lo cuadro con el equipo."],
    "inv.cal": ["f|Le adjunto la convocatoria para nuestra entrevista. Un saludo.", "f|Tal como acordamos, le envío la invitación.",
                "f|Esta es la convocatoria oficial para su entrevista {when}.", "i|¡Te mando la invitación, nos vemos!", "i|Cerrado, aquí tienes la invitación para tu calendario."],
    "cal.sum": ["Entrevista {company} – Inês Hofmann", "Entrevista: {role}", "{company} <> Inês Hofmann", "Reunión Inês Hofmann / {company}", "Charla {role} | {company}"],
    "inv.remind.s": ["Recordatorio: tu cita con {company}", "Mañana: tu entrevista en {company}", "Recordatorio de tu cita", "Pronto: tu reunión con {company}"],
    "inv.remind": ["Te recordamos tu cita con {company} {when}.", "Se acerca tu reunión con {iv}: {when}.", "Recordatorio: tu entrevista por vídeo ({role}) es {when}.",
                   "Tu cita reservada con {company} está cerca."],
    "inv.resched": ["f|Siento tener que cambiar nuestra cita {old_when}, ya que {iv1} tiene un imprevisto. ¿Le vendría bien {when}?",
                    "f|Por motivos de agenda, debemos mover la entrevista. Nueva fecha: {when} (en lugar de {old_when}).",
                    "f|Un pequeño cambio: trasladamos la entrevista, que será {when}. Espero que le siga viniendo bien.",
                    "i|Perdona el cambio: ¿podemos pasar de {old_when} a {when}? A {iv1} le ha surgido algo.", "i|Tenemos que reorganizarnos: nueva hora {when}. ¿Te va bien?"],
    "inv.onsite": ["f|Nos complace invitarle a la última fase en nuestras oficinas. La jornada empezará {when}; este es el programa:",
                   "f|Como comentamos, le invitamos a pasar una mañana con nosotros en {city}. Inicio: {when}. Programa:",
                   "i|Te invitamos a la oficina para la última fase: empezamos {when}. Este es el plan:", "i|Para el último paso queremos conocerte en persona, {when}. La agenda:"],
    "inv.confirm.s": ["Confirmado: {event}", "Nuevo evento: {event} con {host}", "Tu reserva con {company} está confirmada"],
    "inv.confirm": ["Tu cita está programada. Adjuntamos la invitación de calendario.", "Tienes una cita con {host} ({company}).", "Gracias por tu reserva, estos son los detalles:"],
    "inv.prep": ["f|Le rogamos que reserve unos {dur}.", "f|Traiga su DNI o pasaporte y preséntese en recepción unos minutos antes.",
                 "f|No es necesario preparar nada; una breve presentación de su trayectoria (cinco minutos) será bienvenida.",
                 "i|Trae todas las preguntas que quieras.", "i|Dress code: como te sientas cómoda.", "i|Calcula unos {dur}."],
    "inv.ask": ["f|Le ruego que me confirme su asistencia.", "f|¿Podría confirmarme si le viene bien este horario?", "f|Si no le encaja, no dude en proponerme otra opción.",
                "i|¿Me confirmas?", "i|Si no te va bien, dímelo."],
    "mode.video": ["f|La entrevista será por {tool}: {link}", "Enlace de conexión ({tool}): {link}", "i|Nos vemos en {tool}: {link}", "Enlace: {link}"],
    "mode.site": ["f|Dirección: {place}. Por favor, pregunte {reception}.", "f|Nuestras oficinas están en {place}.", "i|Estamos en {place}; pregunta por mí {reception}."],
    "mode.phone": ["f|Le llamaremos al {phone}.", "f|Le llamaré al {phone}, ¿sigue siendo su número?", "i|Te llamo al {phone}.", "i|Si surge algo, mi número es el {rphone}."],
    "as.s": ["Tu prueba para {company}", "Invitación a una prueba online – {role}", "{company} te invita a realizar una evaluación", "Siguiente paso: prueba online ({role})"],
    "as.vendor": ["f|{company} le invita a realizar una evaluación online en {vendor} dentro del proceso para {role}. La prueba dura unos {mins} minutos y debe completarse antes del {deadline}.",
                  "f|Como siguiente paso, le rogamos que complete la prueba «{test}» antes del {deadline}.",
                  "f|Ha sido invitada a una evaluación para el puesto de {role} en {company}. El enlace es válido hasta el {deadline}.",
                  "i|{company} quiere conocerte mejor y te envía una prueba corta ({test}, unos {mins} minutos). Tienes hasta el {deadline}."],
    "as.tips": ["Consejo: usa un ordenador y una conexión estable.", "La prueba no se puede pausar: reserva {mins} minutos seguidos.", "Si tienes problemas técnicos, contacta con el soporte de {vendor}."],
    "as.remind.s": ["Recordatorio: tu prueba para {company} caduca pronto", "Pendiente: {test}", "Te queda poco tiempo para tu evaluación"],
    "as.remind": ["Tu prueba para {company} aún no está completada. El enlace caduca el {deadline}.",
                  "Todavía no has empezado la prueba «{test}» de {company}. Complétala antes del {deadline}."],
    "as.case.s": ["f|Caso práctico para la siguiente fase", "f|Prueba técnica – {role}", "i|Un pequeño reto para ti"],
    "as.case": ["f|Como siguiente paso, le pedimos que prepare {case}. Adjuntamos el enunciado; envíenos su propuesta antes del {deadline}.",
                "f|Le adjuntamos un caso práctico: {case}. Calcule unas {hours} horas de trabajo. Entrega antes del {deadline}.",
                "i|Antes de volver a vernos, tenemos un pequeño reto para ti: {case}. Todo está en el PDF; envíalo antes del {deadline}.",
                "i|Como te comenté, aquí va el caso ({case}). No le dediques más de {hours} horas."],
    "as.case2": ["f|Presentará su propuesta en la siguiente entrevista (unos 20 minutos).", "f|Quedo a su disposición para cualquier duda sobre el enunciado.",
                 "i|¡Cualquier duda, me escribes!", "i|Nos lo presentarás en la próxima reunión."],
    "as.video.s": ["Tu entrevista en vídeo diferida – {company}", "Vídeo entrevista grabada – {role}"],
    "as.video": ["f|Como siguiente paso, le invitamos a una entrevista en vídeo diferida en HireVue: responderá a {n} preguntas grabadas cuando le venga bien, antes del {deadline}.",
                 "f|Para el puesto de {role} utilizamos una entrevista en vídeo grabada ({n} preguntas, tres minutos por respuesta). Complétela antes del {deadline}.",
                 "i|Siguiente paso: una breve vídeo entrevista grabada ({n} preguntas). Solo necesitas cámara y micro, antes del {deadline}."],
    "rep.s": ["f|Su candidatura para {role}", "f|Actualización – {role}", "f|Consulta sobre su candidatura", "f|Su candidatura en {company}", "i|Novedades de tu candidatura", "i|Una pregunta rápida"],
    "rep.review": ["f|Le escribo para informarle de que su candidatura sigue en revisión. Le daremos respuesta {promise}.",
                   "f|Aún no hemos terminado de revisar las candidaturas. Tendrá noticias nuestras {promise}.",
                   "f|El responsable del área sigue revisando los perfiles; espero poder darle una respuesta {promise}.",
                   "f|Su candidatura sigue en proceso. Por las vacaciones, la respuesta se está retrasando; le contactaremos {vague}.",
                   "i|Una señal de vida: seguimos con ello y te decimos algo {promise}.", "i|¡Sigues en el proceso! Necesitamos un poco más de tiempo: tendrás noticias {promise}."],
    "rep.docs": ["f|Para continuar con su candidatura necesitamos {docs}. ¿Podría enviárnoslo?", "f|Antes de convocarle a entrevista, le ruego que me envíe {docs}.",
                 "f|Nos falta {docs} para completar su expediente. Puede responder directamente a este correo.", "i|¿Me podrías mandar {docs}? Así se lo paso todo al equipo."],
    "rep.hold": ["f|Gracias por su interés. El proceso para el puesto de {role} está actualmente en pausa por una reorganización interna. Le avisaremos en cuanto se reanude.",
                 "f|La vacante está congelada de momento, a la espera de la aprobación del presupuesto. Su candidatura sigue activa.",
                 "f|Hemos tenido que pausar el proceso temporalmente. Calculo que lo retomaremos {vague}.",
                 "i|¡Gracias por escribir! El puesto está parado ahora mismo por cambios en el equipo. Te aviso en cuanto se mueva."],
    "rep.timeline": ["f|Gracias de nuevo por la entrevista. Esta semana vemos a otros candidatos y le daremos una respuesta {promise}.",
                     "f|El equipo está valorando los siguientes pasos. Tendrá noticias mías {promise}.",
                     "f|Le informo: las últimas entrevistas son la semana que viene y tomaremos la decisión {vague}.",
                     "f|Seguimos comentándolo con {iv1} y le responderemos {promise}.",
                     "i|¡Gracias por tu tiempo! Esta semana hablamos con dos personas más y te decimos algo {promise}.",
                     "i|A {iv1_first} le encantó la conversación. Danos un poco de tiempo: tendrás noticias {promise}."],
    "rep.answer": ["f|Gracias por su mensaje. Aún no hay una decisión, ya que {iv1} está de vacaciones esta semana. Le informaré {promise}.",
                   "f|Gracias por su paciencia. Todavía no lo tenemos, pero contamos con darle una respuesta {promise}.",
                   "f|Estamos pendientes de la aprobación de dirección. En cuanto sepa algo, le escribo.",
                   "i|¡Gracias por escribir! Aún no lo hemos cerrado, pero te digo algo {promise}.", "i|Perdona la espera, todavía no hay decisión. Te mantengo informada."],
    "rep.q": ["f|Antes de organizar el siguiente paso: ¿cuál es su banda salarial y qué preaviso tiene?", "f|¿Podría indicarme su fecha de incorporación y si se plantea trasladarse a {city}?",
              "f|Una pregunta rápida: ¿necesita permiso de trabajo o tiene nacionalidad de la UE?", "i|Una pregunta antes de nada: ¿qué banda salarial buscas y cuándo podrías empezar?",
              "i|¿Te plantearías mudarte a {city} o buscas algo 100 % remoto?"],
    "rep.cv": ["f|¡Gracias por su rápida respuesta! Para presentar su perfil al responsable, ¿podría enviarme su CV actualizado?",
               "f|Me alegra su interés. Paso su perfil a {iv1} y le escribo {promise} con los siguientes pasos.",
               "i|¡Genial, me alegro! Mándame tu CV actualizado y te presento al equipo.", "i|¡Perfecto! Le paso tu perfil a {iv1_first} y te cuento {vague}."],
    "rep.post": ["f|¡Bienvenida a bordo! Para preparar su contrato necesitamos {docs}, además de su número de la Seguridad Social y un número de cuenta.",
                 "f|Gracias por aceptar nuestra oferta. Como siguiente paso, le pedimos una copia de su documento de identidad y {docs}.",
                 "f|¡Qué alegría su respuesta! Le adjunto la documentación de incorporación para que nos la devuelva firmada.",
                 "i|¡Qué bien que te unas! Para el contrato me falta {docs} y tu IBAN."],
    "rep.ivcancel": ["f|Lo siento, pero tenemos que cancelar la cita {old_when} por un cambio en nuestra planificación. Le propondré nuevas fechas {promise}.",
                     "f|Disculpe las molestias: la entrevista {old_when} no podrá celebrarse. Le enviaré nuevas opciones {vague}.",
                     "i|Perdona, tenemos que cancelar la cita {old_when}; te paso nuevas opciones {promise}."],
    "rep.status.s": ["El estado de tu candidatura ha cambiado", "Actualización: tu candidatura para {role}", "Novedades de tu candidatura en {company}"],
    "rep.status": ["f|El estado de su candidatura ha cambiado: su perfil está siendo revisado por el responsable del área.",
                   "f|Su candidatura ha pasado a la siguiente fase. Le informaremos en cuanto haya novedades.", "i|Tu candidatura avanza: el equipo está revisando tu perfil."],
    "out.s": ["f|Su perfil – {role} en {company}", "f|Oportunidad: {role} en {city}", "f|Un puesto que puede interesarle", "f|{company} busca talento",
              "i|¿Te animas a unirte a {company}?", "i|Una pregunta sobre tu perfil"],
    "out.s.agency": ["{role} – {company}, {city}", "Oportunidad en {company}", "Posición de {role} para nuestro cliente {company}"],
    "out.s.conf": ["Confidencial: {role} ({city})", "Propuesta discreta – {role}", "¿Un nuevo reto como {role}?"],
    "out.direct": ["f|Buscando talento para nuestro equipo, he encontrado su perfil: {field_desc} encaja muy bien con nuestra vacante de {role}.",
                   "f|Me llamo {rname} y soy {rtitle} en {company}. Buscamos un perfil de {role} y su experiencia en {skill} me ha llamado la atención.",
                   "f|Me pongo en contacto con usted porque tenemos una vacante de {role} en {city} y creo que su trayectoria encaja perfectamente.",
                   "i|Soy {rfirst}, del equipo de talento de {company}. Tu perfil me ha llamado la atención, sobre todo tu experiencia en {skill}. Buscamos {role}, ¿te gustaría saber más?",
                   "i|Espero que no te importe que te escriba así: estamos ampliando el equipo de {company} con un puesto de {role} y creo que encajarías genial."],
    "out.hm": ["f|Dirijo el equipo de {company} en el que buscamos un perfil de {role}. Su experiencia, especialmente en {skill}, me ha llamado la atención.",
               "i|Soy {rfirst}, {rtitle} en {company}. Busco a alguien para el puesto de {role} en mi equipo y tu perfil me ha encantado."],
    "out.agency": ["f|Soy {rtitle} en {agency} y colaboro con nuestro cliente {company} en la búsqueda de un perfil de {role} en {city}. Su experiencia en {skill} encaja muy bien.",
                   "f|En nombre de {legal}, busco un perfil de {role}. Su trayectoria me ha convencido y me gustaría presentarle la posición.",
                   "i|Trabajo en {agency} y estoy buscando {role} para {company} en {city}. ¿Te interesa?"],
    "out.conf": ["f|Soy {rtitle} en {agency}. Para {client_desc} busco en exclusiva un perfil de {role} con experiencia en {skill}. Le puedo contar el nombre de la empresa en una llamada.",
                 "f|Mi cliente, {client_desc}, quiere cubrir un puesto de {role} de forma confidencial. Su perfil encaja perfectamente.",
                 "i|Busco para un cliente ({client_desc}) un perfil de {role}. Por correo no puedo contar más, ¿te va una llamada rápida?"],
    "out.cta": ["f|¿Tendría unos minutos en los próximos días para una breve llamada?", "f|Le agradecería una respuesta, aunque sea breve.",
                "f|Si lo desea, le envío antes la descripción del puesto.", "i|Dime si te apetece una llamada rápida.", "i|Te cuento más si quieres, responde a este correo."],
    "out.nudge": ["f|Vuelvo a escribirle porque no he recibido respuesta. La posición de {role} en {company} sigue abierta.",
                  "f|¿Me permite recordarle mi mensaje anterior? Me encantaría presentarle el puesto.", "i|Te escribo de nuevo por si se te pasó mi mensaje: ¡el puesto sigue abierto!",
                  "i|Un pequeño recordatorio: ¿te apetece hablar del puesto de {role}?"],
    "out.nudge.conf": ["f|Le escribo de nuevo: la posición confidencial de {role} sigue abierta y a mi cliente le gustaría conocerle.",
                       "i|Un recordatorio de mi mensaje de la semana pasada: el puesto de {role} sigue disponible."],
    "out.inmail.s": ["{rname} te ha enviado un mensaje", "Nuevo mensaje de {rname} ({company})", "InMail: {role} en {company}"],
    "out.inmail": ["Tienes un mensaje nuevo de {rname}, {rtitle} en {company}:", "{rname} quiere contactar contigo:"],
    "off.s": ["f|Su oferta de empleo – {role}", "f|Oferta de {company}", "f|Nuestra propuesta", "i|¡Queremos que te unas!", "i|Tu oferta de {company}"],
    "off.letter": ["f|Nos complace ofrecerle el puesto de {role} en {company}. Le adjuntamos la carta oferta.",
                   "f|Tras unas conversaciones muy positivas, me complace hacerle una oferta formal para el puesto de {role}. Encontrará los detalles en el documento adjunto.",
                   "f|Es un placer proponerle que se incorpore a nuestro equipo como {role}. Le adjuntamos el contrato para su revisión.",
                   "i|¡Buenas noticias! Queremos que te unas a {company} como {role}. Tienes la oferta en el adjunto.",
                   "i|El equipo lo tiene claro: te ofrecemos el puesto de {role}. Todo está en la oferta adjunta."],
    "off.deadline": ["f|Le agradeceríamos una respuesta antes del {deadline}. Quedo a su disposición para cualquier consulta.",
                     "f|Le rogamos que nos devuelva el documento firmado antes del {deadline}.", "i|Dinos algo antes del {deadline}, ¡y llámame si tienes cualquier duda!"],
    "off.call.s": ["f|Buenas noticias – ¿podemos hablar?", "f|Su oferta: llamada", "f|Oferta para el puesto de {role}", "i|¡Buenas noticias! 🙂", "i|¿Tienes 15 minutos?"],
    "off.call": ["f|Tengo muy buenas noticias: queremos hacerle una oferta para el puesto de {role}. ¿Tendría un momento {when} para una llamada y le presento las condiciones?",
                 "f|El equipo la ha elegido y me gustaría presentarle nuestra oferta en persona. ¿Le va bien una llamada {when}?",
                 "i|¡Te quiero hacer una oferta! ¿Hablamos {when} y lo vemos juntas?", "i|Queremos ofrecerte el puesto 🎉 ¿Estás libre {when}? Te cuento todo sobre salario e incorporación."],
    "off.esign.s": ["{sender} te ha enviado un documento para firmar: {doc}", "Documento pendiente de firma: {doc}", "Firma requerida: {doc}"],
    "off.esign": ["{sender} ({company}) te ha enviado un documento para revisar y firmar electrónicamente a través de {vendor}.", "Tienes pendiente de firma el siguiente documento: {doc}."],
    "off.esign.msg": ["f|Mensaje de {sender}: Estimada Sra. Hofmann, le enviamos su contrato como {role}. ¡Estamos deseando trabajar con usted!",
                      "f|Mensaje: tal como hablamos, nuestra oferta para el puesto de {role}; por favor, revísela y fírmela.",
                      "i|Mensaje de {sender}: ¡Hola Inês! Aquí tienes tu carta oferta. ¡Bienvenida al equipo!"],
    "off.revised": ["f|Gracias por su sinceridad. Lo hemos hablado internamente y podemos ofrecerle una propuesta revisada: {salary}. El resto de condiciones no cambia.",
                    "f|Nos acercamos a su propuesta y subimos el salario a {salary}. Le adjunto la oferta revisada.", "i|¡Buenas noticias! Podemos llegar a {salary}. Te adjunto la oferta actualizada."],
    "ty.s": ["f|Gracias por la entrevista", "f|Agradecimiento – entrevista {role}", "f|Tras nuestra conversación – {role}", "i|¡Gracias por lo de hoy!", "i|Gracias por la charla"],
    "ty.c": ["f|Quería agradecerle el tiempo que me dedicó hoy. La conversación me dio una muy buena impresión de {company} y del puesto de {role}.",
             "f|Muchas gracias por la entrevista y por presentarme a su equipo.", "f|Le agradezco de nuevo nuestro encuentro, que ha reforzado mis ganas de incorporarme a {company}.",
             "i|¡Gracias de nuevo por la charla de hoy, me encantó!", "i|Gracias por tu tiempo y por ser tan transparente. Tengo aún más ganas de unirme a {company}."],
    "ty.detail": ["f|Me resultó especialmente interesante nuestra conversación sobre {topic}.", "f|Lo que me contó sobre {topic} me hizo ver cómo podría aportar con mi experiencia.",
                  "i|Me encantó lo que me contaste sobre {topic}.", "i|Sigo dándole vueltas a {topic}; ¡ya tengo algunas ideas!"],
    "ty.close": ["f|Quedo a la espera de sus noticias.", "f|No dude en contactarme si necesita más información.", "i|¡Espero noticias vuestras!", "i|Si tenéis más preguntas, aquí estoy."],
    "fu.s": ["f|Seguimiento de mi candidatura – {role}", "f|Consulta: {role}", "f|Estado de mi candidatura", "i|Pequeño seguimiento", "i|¿Alguna novedad?"],
    "fu.c": ["f|Espero que se encuentre bien. Tras nuestra entrevista del {when_done}, quería preguntarle si hay novedades sobre el puesto de {role}.",
             "f|Me permito escribirle para conocer el estado del proceso. Sigo muy interesada en el puesto.",
             "f|Como ya ha pasado aproximadamente una semana desde la entrevista con {iv1}, quería saber cómo va el proceso.",
             "i|Quería saber si hay alguna novedad. ¡Sigo con muchísimas ganas del puesto!", "i|Una pregunta rápida: ¿cómo lo veis? ¿Hay ya una decisión?"],
    "fu.apply": ["f|El {when_done} presenté mi candidatura para el puesto de {role} y quería saber si mi solicitud está completa y cuáles son los próximos pasos.",
                 "f|Hace unas semanas me inscribí en la oferta de {role} y le agradecería información sobre el estado de mi candidatura.",
                 "i|Me inscribí en la oferta de {role} hace unas semanas y quería saber si habéis podido ver mi candidatura."],
    "fu.promise": ["f|Me comentó que tendría noticias por estas fechas. ¿Hay alguna novedad sobre el puesto de {role}?",
                   "f|Quería preguntarle, con todo respeto, si ya se ha tomado una decisión.", "i|Me dijiste que me diríais algo por estas fechas, ¿hay novedades?"],
    "fu.close": ["f|Muchas gracias de antemano por su respuesta.", "f|Quedo a su disposición para cualquier información adicional.", "i|¡Mil gracias!", "i|Quedo atenta a tus noticias."],
    "o.acceptslot": ["f|¡Gracias por la invitación! Le confirmo la siguiente opción: {slot}. Un saludo.", "f|Confirmo con mucho gusto mi disponibilidad: {slot}.",
                     "i|¡Gracias! {slot} me va perfecto, ¡nos vemos!"],
    "o.interested": ["f|Gracias por su mensaje. El puesto me interesa mucho y estaré encantada de hablarlo. ¿Cuándo le vendría bien?",
                     "f|¡Gracias por contactarme! Me gustaría saber más sobre el puesto de {role}.", "i|Gracias por el mensaje, ¡suena genial! Me apunto a una llamada."],
    "o.withdraw": ["f|Quería comunicarle que retiro mi candidatura para el puesto de {role}, ya que he aceptado otra oferta. Muchas gracias por su tiempo y su interés.",
                   "f|Tras pensarlo detenidamente, he decidido retirar mi candidatura. Gracias por las agradables conversaciones.",
                   "i|Te escribo para decirte que retiro mi candidatura: he aceptado otra oferta. ¡Gracias por todo!"],
    "o.withdraw.s": ["Retirada de mi candidatura – {role}", "Mi candidatura para {role}"],
    "o.negotiate": ["f|Muchas gracias por la oferta, me alegra mucho. Antes de responder, me gustaría comentar el salario: por mi experiencia, había pensado en torno a {salary}. ¿Habría margen?",
                    "i|¡Gracias por la oferta, estoy encantada! En cuanto al salario, pensaba más bien en {salary}. ¿Hay algo de margen?"],
    "o.acceptoffer": ["f|Muchísimas gracias por la oferta, que acepto con mucho gusto. ¡Tengo muchas ganas de empezar en {company}!",
                      "f|Le confirmo mi aceptación para el puesto de {role}. Le devolveré el contrato firmado en los próximos días.", "i|¡Es un sí! 🎉 Gracias, tengo muchísimas ganas de empezar."],
    "o.generic.s": ["Re: {role}", "{role} – {company}", "Inês Hofmann – {role}"],
    "o.ooo": ["Gracias por su mensaje. Estoy fuera de la oficina hasta el {back} con acceso limitado al correo. Para asuntos urgentes, contacte con {colleague} ({colleague_mail}).",
              "En este momento no estoy disponible; volveré el {back}. Su correo no será reenviado.",
              "¡Hola! Estoy de vacaciones hasta el {back}. Para procesos de selección en curso, {colleague} ({colleague_mail}) podrá ayudarle."],
    "o.viewed.s": ["La empresa ha leído tu CV", "{company} ha visto tu candidatura", "Novedades: tu CV ha sido leído"],
    "o.viewed.c": ["{company} ha leído tu CV para la oferta {role}. Es un buen momento para actualizar tu perfil.",
                   "La empresa ha abierto tu candidatura para {role}. Te avisaremos si hay novedades."],
}

B.update({
    "x.alert.s": ["{n} nuevas ofertas para «{query}»", "Alerta de empleo: {query} en {city}", "Nuevas ofertas que encajan contigo", "Tu alerta diaria: {n} ofertas"],
    "x.alert.c": ["Estas son las últimas ofertas para tu búsqueda «{query}»:", "Hoy hemos encontrado nuevas ofertas para «{query}»:", "Estas empresas están contratando ahora – inscríbete en un clic:"],
    "x.alert.x": ["Consejo: con el CV completo te inscribes en un clic.", "Inscríbete pronto: las primeras candidaturas suelen leerse antes.", "Puedes editar o pausar esta alerta en tu configuración."],
    "x.news.s": ["Cómo triunfar en tu próxima entrevista", "Negociar el salario: 7 consejos antes de aceptar una oferta", "Tu newsletter de empleo del mes"],
    "x.news.c": ["Tu newsletter de carrera de {board}. En este número:", "Novedades en el blog de {board}: nuestra selección para tu búsqueda:"],
    "x.news.items": ["Las 10 preguntas más habituales en una entrevista", "Cómo negociar una oferta de trabajo", "¿Sigue siendo útil la carta de presentación?",
                     "Teletrabajar desde el extranjero: lo que debes saber", "Entrevista por vídeo: revisión técnica en cinco minutos", "¿Te han descartado? Cómo mantener la motivación"],
    "x.news.from": ["Blog"],
    "x.account.s": ["Confirma tu dirección de correo", "Tu cuenta de candidato está creada", "Restablecer contraseña", "Tu código de verificación: {code}"],
    "x.account.c": ["Confirma tu correo electrónico para activar tu cuenta de candidato en {company}.", "Has solicitado restablecer tu contraseña. Tu código es {code} (válido 15 minutos).",
                    "¡Bienvenida al portal de empleo de {company}! Con tu cuenta puedes guardar candidaturas y enviarlas después."],
    "x.views.s": ["Tu perfil se ha visto {n} veces", "Has aparecido en {n} búsquedas esta semana", "¿Quién ha visto tu perfil?"],
    "x.views.c": ["Los reclutadores han visto tu perfil {n} veces en los últimos 7 días. Con Premium sabrás quién.", "Has aparecido en {n} búsquedas: las empresas buscan perfiles como el tuyo."],
    "x.scam.s": ["Oferta de empleo: teletrabajo, {amount} € al día", "Tu candidatura ha sido aprobada – empiezas hoy", "Entrevista por WhatsApp"],
    "x.scam.c": ["Hola, hemos visto tu CV en un portal de empleo. Te ofrecemos un puesto de probadora de productos desde casa, {amount} € al día, sin experiencia.",
                 "¡Enhorabuena! Has sido seleccionada para un puesto remoto. Para la formación hay que abonar una cuota única de 49 €.",
                 "Nuestro equipo de RR. HH. quiere hacerte una breve entrevista por WhatsApp. Escribe al {phone}."],
    "x.scam.x": ["¡Responde rápido, las plazas son limitadas!", "Envíanos una copia de tu DNI y tu número de cuenta.", "Esta oferta solo es válida 24 horas."],
    "x.flat.s": ["Tu solicitud para el piso de {street}", "Invitación a visitar el piso", "Tu solicitud de alquiler"],
    "x.flat.c": ["Gracias por tu interés en el piso de {n} habitaciones en {street}. Te proponemos una visita {when}. Trae tus tres últimas nóminas y el contrato de trabajo.",
                 "Lamentamos comunicarte que el piso de {street} ya está alquilado.", "Hemos recibido tu solicitud de alquiler. La inmobiliaria te contactará cuando el propietario decida."],
    "x.card.s": ["Tu solicitud de tarjeta de crédito", "Tu solicitud ha sido aprobada", "Estamos revisando tu solicitud ({ref})"],
    "x.card.c": ["Gracias por solicitar la tarjeta {bank}. Estamos revisando tus datos y te contestaremos en unos días.", "¡Buenas noticias! Tu tarjeta ha sido aprobada y te la enviaremos por correo."],
    "x.visa.s": ["Cita previa confirmada – NIE", "Confirmación de cita: certificado de registro de ciudadano de la UE", "Tu cita en la Oficina de Extranjería"],
    "x.visa.c": ["Su cita ha quedado confirmada {when}. Localizador: {ref}. Acuda con su pasaporte, el formulario EX-18 y el justificante de pago de la tasa.",
                 "Le confirmamos la cita {when} (localizador {ref}). Si no puede acudir, anúlela en la sede electrónica."],
    "x.school.s": ["Tu solicitud de admisión al máster", "Convocatoria a entrevista de admisión", "Resolución de admisión – Máster executive"],
    "x.school.c": ["Gracias por solicitar la admisión en nuestro Máster en Supply Chain. Te convocamos a una entrevista de admisión {when}.",
                   "Tu solicitud para el máster semipresencial está completa. La comisión resolverá tras el cierre del plazo."],
    "x.promo.s": ["Solo hoy: {pct} % en todo – nuestra oferta para ti", "Tu oferta exclusiva te espera", "Última oportunidad: la oferta termina esta noche"],
    "x.promo.c": ["Aprovecha un {pct} % de descuento en {shop}. Oferta válida hasta el domingo.", "Por ser clienta habitual tienes una oferta especial: {pct} % en tu próximo pedido."],
    "x.social.s": ["{name} quiere conectar contigo", "{name} ha comentado tu publicación", "Nueva invitación"],
    "x.social.c": ["{name} ({title}) quiere unirse a tu red.", "{name} ha reaccionado a tu publicación: «¡Enhorabuena por la nueva etapa!»"],
    "x.receipt.s": ["Confirmación de tu reserva", "Tu factura de {shop}", "Confirmación de pago"],
    "x.receipt.c": ["Gracias por reservar con {shop}. Importe: {amount} €. Tienes la factura en tu área de cliente.", "Hemos recibido tu pago de {amount} €. Pedido n.º {ref}."],
    "x.personal.s": ["¿Qué tal fue?", "Mira esta oferta", "¡Mucha suerte!"],
    "x.personal.c": ["¡Hola Inês! ¿Qué tal la entrevista de ayer? ¡Cuéntamelo todo! Y si hay oferta, negocia un poco 😉",
                     "Inês, he visto esta oferta y me he acordado de ti. Échale un ojo, ¡apúntate!", "Querida Inês, ¡mucha suerte mañana! Ya nos contarás."],
    "x.event.s": ["Invitación: Feria de Empleo Logística", "Webinar: cómo negociar tu próxima oferta", "Tu inscripción a la Noche del Talento"],
    "x.event.c": ["Estás inscrita en nuestro evento {when}. Conoce a más de 40 empresas y revisa tu CV con expertos.",
                  "En el webinar {when} veremos cómo destacar en las entrevistas y negociar tu oferta. Adjuntamos la invitación de calendario."],
    "x.press.s": ["Solicitud de entrevista para nuestro pódcast", "Entrevista para la revista de antiguos alumnos", "¿Una entrevista sobre tu trayectoria?"],
    "x.press.c": ["Presento el pódcast «Mujeres en logística» y me encantaría entrevistarte. ¿Te va bien {when}? Son unos 30 minutos.",
                  "Para el próximo número de la revista de antiguos alumnos nos gustaría entrevistarte sobre tu carrera internacional, {when} por Zoom."],
    "x.pes.s": ["Citación: entrevista de orientación", "Tu cita en la oficina de empleo", "Recordatorio de cita"],
    "x.pes.c": ["Le citamos a una entrevista de orientación laboral {when}. Número de demanda: {ref}. Traiga su CV actualizado.",
                "Le recordamos su cita {when}. Si no puede acudir, comuníquelo con antelación."],
    "x.survey.s": ["¿Qué tal fue tu proceso de selección en {company}?", "Tu opinión cuenta: breve encuesta", "Tu experiencia como candidata"],
    "x.survey.c": ["Hace poco participaste en un proceso de {company}. ¿Qué te pareció? La encuesta dura dos minutos.",
                   "Ayúdanos a mejorar: valora tu proceso de selección en {company}. Tus respuestas son anónimas."],
    "x.outpersonal.s": ["¡Entrevista hoy!", "Novedades 🙂", "Te cuento"],
    "x.outpersonal.c": ["¡Hola {name}! Creo que la entrevista ha ido genial. Me dirán algo la semana que viene. ¡Cruza los dedos!",
                        "{name}, ¡me han hecho una oferta! Todavía le estoy dando vueltas al salario. ¿Hablamos el finde?"],
    "x.outflat.s": ["Sobre mi solicitud para el piso", "Piso en {street} – documentación"],
    "x.outflat.c": ["Hola, la semana pasada solicité el piso de {street} y quería saber si sigue disponible. Puedo enviar más documentación.",
                    "Hola, como hablamos, adjunto mis nóminas para el piso de {street}. Quedo a la espera de vuestra respuesta."],
    "x.tc.s": ["Nuevas ofertas en {company}", "Tu newsletter de talento de {company}", "Puestos que te pueden interesar"],
    "x.tc.c": ["Como miembro de nuestra comunidad de talento, estas son las últimas vacantes en {company}:", "¡Seguimos creciendo! Estos puestos acaban de abrirse en {company}:"],
    "x.bounce.s": ["No se puede entregar: Seguimiento de mi candidatura", "Error en la entrega del mensaje", "No entregado: candidatura"],
    "x.bounce.c": ["Su mensaje no se pudo entregar al siguiente destinatario: {addr}. La dirección de correo no existe.",
                   "Este mensaje se ha generado automáticamente. No se pudo entregar su mensaje a: {addr}"],
})
OSEND = {
    "scam": [("Departamento RRHH", "rrhh.ofertas@mailbox-fast.example"), ("Empleo Rápido", "info@quickhire.test")],
    "flat": [("Inmobiliaria Centro", "alquileres@inmo-centro.example"), ("PisoYa", "noreply@pisoya.example")],
    "card": [("Banco Mediterráneo Digital", "tarjetas@bmd.example"), ("Caja Norte", "atencion@cajanorte.example")],
    "visa": [("Cita Previa Extranjería", "no-responder@citaprevia.example"), ("Ayuntamiento – Padrón", "padron@ayto-servicios.example")],
    "school": [("Escuela de Negocios del Atlántico – Admisiones", "admisiones@ena.example"), ("Universidad Politécnica del Ebro", "master@upe.example")],
    "promo": [("Vuela Sur", "ofertas@vuelasur.example"), ("Librería Quijote", "boletin@libreria-quijote.example")],
    "receipt": [("Trenes Rápidos", "billetes@trenes-rapidos.example"), ("LinkedIn Premium", "billing@linkedin-mail.example")],
    "personal": [("Lucía Moreno", "lucia.moreno@correo-es.example"), ("Marta Ribeiro", "marta.ribeiro@correio.example")],
    "event": [("Feria de Empleo Madrid", "info@feriaempleo.example"), ("Mujeres en Logística", "webinars@mujereslogistica.example")],
    "press": [("Ana Torres", "ana@mujeresenlogistica-podcast.example"), ("Revista Alumni", "redaccion@alumni-rev.example")],
    "pes": [("Oficina de Empleo – Servicio Público", "no-responder@empleo-publico.example")],
}

CONTRACT = [("a", "el", "al"), ("de", "el", "del")]
UI["open"] = "Ver detalles"

UI["test"] = "Prueba"
