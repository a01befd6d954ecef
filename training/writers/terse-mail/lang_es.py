"""Spanish (Spain, Mexico, Colombia, Argentina): short mail written by people; usted and tú (and some voseo)."""
from lang_en import F

CODE = "es"
P_FORMAL = 0.5
WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
WDA = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
       "diciembre"]
MONA = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ZN = {"America/Mexico_City": "hora de Ciudad de México", "America/Bogota": "hora de Colombia",
      "America/Argentina/Buenos_Aires": "hora de Buenos Aires"}


def _h(t, rng):
    if t.minute == 0 and t.hour >= 15 and rng.random() < 0.4:
        return f"a las {t.hour - 12} de la tarde"
    if t.minute == 0 and t.hour <= 11 and rng.random() < 0.4:
        return f"a las {t.hour} de la mañana"
    return rng.choice([f"a las {t.hour}:{t.minute:02d}", f"a las {t.hour}:{t.minute:02d} h"])


def _z(zone):
    return f" ({ZN[zone]})" if zone in ZN else ""


def when(t, rng, reg, zone):
    wd, d, mon = WD[t.weekday()], t.day, MON[t.month - 1]
    return rng.choice([f"el {wd} {d} de {mon} {_h(t, rng)}", f"el {wd} {d:02d}/{t.month:02d} {_h(t, rng)}",
                       f"el {wd}, {d} de {mon}, {_h(t, rng)}"]) + _z(zone)


def tomorrow(t, rng, reg, zone):
    return rng.choice([f"mañana {_h(t, rng)}", f"mañana {WD[t.weekday()]} {_h(t, rng)}"]) + _z(zone)


def quote_hdr(t, name, addr, rng, reg):
    if rng.random() < 0.7:
        return f"El {WDA[t.weekday()]}, {t.day} {MONA[t.month - 1]} {t.year} a las {t.hour}:{t.minute:02d}, {name} (<{addr}>) escribió:"
    return f"El {t.day} de {MON[t.month - 1]} de {t.year}, a las {t.hour}:{t.minute:02d}, {name} <{addr}> escribió:"


def city(reg, co):
    return {"America/Mexico_City": "Ciudad de México", "America/Bogota": "Bogotá",
            "America/Argentina/Buenos_Aires": "Buenos Aires"}.get(co[3], "Barcelona" if "tramontana" in co[1] else "Madrid")


RE = ["Re: ", "RE: ", "Re: "]
PHONE = ["Enviado desde mi iPhone", "Enviado desde mi móvil", "Enviado desde mi celular"]
GREET_ME = {"f": ["Estimada Mira:", "Estimada Sra. Lindgren:", "Hola, Mira:", "Buenos días, Mira:", "Buenas tardes, Mira:"],
            "i": ["Hola Mira,", "¡Hola, Mira!", "Hola Mira!", "Mira,", "¿Qué tal, Mira?", "Buenas, Mira:"]}
GREET_TO = {"f": {"f": ["Estimada {tf}:", "Estimada Sra. {tl}:", "Hola, {tf}:", "Buenos días, {tf}:"],
                  "m": ["Estimado {tf}:", "Estimado Sr. {tl}:", "Hola, {tf}:", "Buenos días, {tf}:"]},
            "i": {"f": ["Hola {tf},", "¡Hola, {tf}!", "{tf},"], "m": ["Hola {tf},", "¡Hola, {tf}!", "{tf},"]}}
CLOSE = {"f": ["Un cordial saludo,", "Saludos cordiales,", "Atentamente,", "Un saludo,", "Muchas gracias,"],
         "i": ["Un abrazo,", "Saludos,", "¡Gracias!", "Un saludo,", "Nos vemos,", "Abrazo,"]}
TITLES = [("Técnico de Selección", "Técnica de Selección"), ("Responsable de RR. HH.",) * 2, ("Talent Acquisition",) * 2,
          ("Reclutador", "Reclutadora"), ("Director de Operaciones", "Directora de Operaciones"), ("Fundador", "Fundadora")]
IV_TITLES = [("responsable de Datos",) * 2, ("nuestro CTO", "nuestra CTO"), ("director de Operaciones", "directora de Operaciones"),
             ("jefe de Supply Chain", "jefa de Supply Chain")]
ATS_NAMES = ["Selección {co}", "{co} Talento", "Equipo de Selección de {co}", "{co} Empleo"]
SIG_TEAM = ["El equipo de Selección de {co}", "{co} | Personas"]
CLIENT_HIDDEN = ["mi cliente", "nuestro cliente"]
CLIENT_DESC = ["una empresa de logística en plena expansión en {city}", "una aseguradora consolidada en {city}",
               "una fintech de {city}", "un grupo de distribución con sede en {city}"]
ROLES = ["Analista de Datos", "Data Analyst", "Analista de Negocio", "Planificadora de Supply Chain", "Analista de BI",
         "Analista de Operaciones"]
VAGUE = ["Una pregunta", "Próximos pasos", "Novedades", "Hola", "Seguimiento", "", "Consulta", "Info", "Hola Mira"]

SUBJ = {
    "application_ack": ["f:Su candidatura", "i:Tu candidatura", "Candidatura recibida", "Candidatura {role}",
                        "i:Gracias por postularte a {co}", "Re: {role}"],
    "recruiter_outreach": ["Oportunidad: {role}", "Posición de {role} en {co}", "¿Hablamos?", "i:Tu perfil", "f:Su perfil",
                           "Oportunidad en {co}"],
    "interview_invite": ["Entrevista - {role}", "Invitación a entrevista", "Entrevista en {co}", "Propuesta de horario",
                         "¿Hablamos esta semana?", "Siguiente paso"],
    "assessment": ["Siguiente paso: caso práctico", "Prueba online - {role}", "Caso práctico", "Prueba técnica"],
    "recruiter_reply": ["Novedades", "Actualización", "Re: {role}", "f:Su candidatura - novedades", "Unas preguntas"],
    "rejection": ["f:Su candidatura", "i:Tu candidatura", "Candidatura {role}", "Proceso de selección {role}",
                  "f:Respuesta a su candidatura"],
    "offer": ["Oferta - {role}", "¡Buenas noticias!", "Propuesta de {co}", "¿Hablamos hoy?", "Oferta {role}"],
    "thank_you": ["Gracias", "Gracias por la entrevista", "Gracias - entrevista {role}", "¡Gracias!", "Entrevista en {co}"],
    "follow_up": ["Seguimiento de mi candidatura", "Seguimiento", "{role} - ¿novedades?", "Seguimiento: {role} en {co}",
                  "¿Alguna novedad?"],
}

K = {
    "application_ack": [
        F("person", "f", ["Le agradecemos su candidatura para el puesto de {role}. La hemos recibido y la revisaremos en los próximos días.",
                          "Gracias por su interés en {co}; hemos recibido su CV correctamente.",
                          "Le confirmo que hemos recibido su candidatura."]),
        F("person", "i", ["¡Gracias por postularte! Reviso tu CV esta semana.", "Recibido, gracias. Se lo paso al equipo.",
                          "Te confirmo que nos ha llegado tu candidatura para {role}."], short=True),
        F("ats", "*", ["Gracias por presentar su candidatura al puesto de {role} en {co}. La hemos recibido correctamente.",
                       "Hemos recibido su solicitud para {role}. Si su perfil encaja, nos pondremos en contacto con usted."], who="ats"),
    ],
    "recruiter_outreach": [
        F("direct", "f", ["He visto su perfil y creo que podría encajar muy bien en nuestra vacante de {role} en {co}. ¿Le interesaría una breve llamada?",
                          "Estamos buscando un/a {role} y su experiencia me ha llamado la atención. ¿Estaría abierta a conversar?"]),
        F("direct", "i", ["He visto tu perfil: buscamos un/a {role} en {co}. ¿Te apetece que hablemos?",
                          "¿Estás abierta a nuevas oportunidades? Tenemos una posición de {role} que te puede encajar."], short=True),
        F("direct", "i", ["Vi tu perfil y me encantaría platicarte de una vacante de {role} en {co}. ¿Tienes chance esta semana?"],
          geo=["mx"], short=True),
        F("direct", "i", ["Vi tu perfil y me gustaría contarte sobre una búsqueda de {role} en {co}. ¿Tenés un rato esta semana?"],
          geo=["ar"], short=True),
        F("agency", "f", ["Estoy buscando un/a {role} para {client}. ¿Tendría unos minutos esta semana para hablar?",
                          "Llevo un proceso de {role} para {desc}. ¿Estaría abierta a escuchar la propuesta?"], who="agency"),
        F("nudge", "*", ["Le escribo de nuevo por si no vio mi mensaje.", "¡Hola de nuevo! La vacante sigue abierta, ¿te interesa?"],
          nudge=True, nodetail=True, short=True),
        F("nudge", "*", ["Vuelvo a escribirle por la posición de abajo. ¿Ha podido pensarlo?"], who="agency", nudge=True,
          nodetail=True, short=True),
    ],
    "interview_invite": [
        F("time", "f", ["Nos gustaría invitarle a una entrevista {when}. ¿Le viene bien?",
                        "En relación con su candidatura para {role}, le proponemos una entrevista por videollamada {when}.",
                        "Queremos conocerla: le proponemos una entrevista {when}."], time=True, meet=True),
        F("time", "i", ["¿Te viene bien una entrevista {when}?", "¡Nos gustaría conocerte! ¿Puedes {when}?"], time=True, meet=True,
          short=True),
        F("time_self", "f", ["Me gustaría tener una llamada con usted {when}. La llamaré a su móvil.",
                             "¿Tendría disponibilidad para una llamada conmigo {when}?"], time=True, self=True),
        F("time_self", "i", ["¿Hablamos {when}? Te llamo yo.", "¿Te va bien una llamada conmigo {when}? Te mando el enlace de Meet."],
          time=True, self=True, short=True),
        F("time_self", "i", ["¿Tenés un rato para una llamada {when}? Te llamo yo."], geo=["ar"], time=True, self=True, short=True),
        F("ask", "f", ["Nos gustaría invitarle a una primera entrevista. ¿Podría indicarme su disponibilidad la próxima semana?",
                       "Su perfil nos interesa para el puesto de {role}. ¿Qué días le vendrían bien para una entrevista?"], meet=True),
        F("ask", "i", ["¡El equipo quiere conocerte! ¿Qué días te vienen bien la semana que viene?",
                       "El siguiente paso es una entrevista con la responsable del área. Pásame un par de huecos."], meet=True, short=True),
        F("ask_self", "*", ["f:Me gustaría hacer una primera llamada para conocerle. ¿Cuándo le viene bien esta semana?",
                            "i:¿Tienes 20 minutos esta semana para una llamada conmigo?"], self=True),
        F("ag_time", "f", ["Buenas noticias: {client} quiere entrevistarle {when}. ¿Le viene bien?"], who="agency", time=True),
        F("ag_ask", "f", ["Buenas noticias: {client} quiere conocerle. ¿Qué disponibilidad tiene?"], who="agency"),
    ],
    "assessment": [
        F("case", "f", ["Como siguiente paso, le pedimos que realice un breve caso práctico. Encontrará el enunciado aquí: {tlink}",
                        "La siguiente fase es una prueba técnica; dispondrá de cinco días para entregarla."]),
        F("case", "i", ["Siguiente paso: un pequeño caso práctico, unas 2-3 horas. Aquí el enlace: {tlink}",
                        "¿Te animas a hacer una prueba de SQL? {tlink}"], short=True),
        F("test", "f", ["Le rogamos que complete nuestra prueba online en este enlace: {tlink} (unos 40 minutos)."]),
        F("ats", "*", ["{co} le invita a realizar una prueba online para el puesto de {role}: {tlink}"], who="ats"),
    ],
    "recruiter_reply": [
        F("wait", "f", ["Gracias por su paciencia. Seguimos con el proceso y le informaremos en cuanto tengamos novedades.",
                        "Gracias por su correo. El responsable todavía no ha tomado una decisión."]),
        F("wait", "i", ["Todavía no hay novedades, perdona - la responsable está de vacaciones esta semana.",
                        "Sigo esperando el feedback del equipo, les insisto."], short=True),
        F("hold", "i", ["Un apunte rápido: el proceso de {role} está en pausa de momento por presupuesto. Te aviso en cuanto se reactive."]),
        F("docs", "*", ["f:¿Me podría indicar su banda salarial y su plazo de preaviso?", "i:¿Me pasas dos referencias?"], short=True),
        F("pos", "i", ["Al equipo le gustó mucho la entrevista y quiere seguir adelante contigo. Te cuento los próximos pasos en breve."]),
        F("ag", "f", ["He enviado su perfil a {client}; lo están revisando esta semana."], who="agency"),
    ],
    "rejection": [
        F("std", "f", ["Le agradecemos su interés. Lamentablemente, hemos decidido continuar con otras candidaturas.",
                       "Tras valorar su perfil, hemos optado por otra persona para el puesto de {role}.",
                       "Gracias por la entrevista. Por desgracia, no vamos a seguir adelante con su candidatura."]),
        F("short", "i", ["Lamentablemente esta vez no ha podido ser: nos hemos decantado por otro perfil.",
                         "Gracias por escribir. Siento decirte que la respuesta es negativa.", "La vacante ya está cubierta, lo siento."],
          short=True),
        F("filled", "f", ["El puesto de {role} se ha cubierto internamente, por lo que no podemos continuar con su candidatura."]),
        F("ats", "*", ["Gracias por su candidatura en {co}. Lamentamos comunicarle que no continuará en el proceso de selección."], who="ats"),
        F("ag", "*", ["Me ha respondido {client}: por desgracia han elegido a otro candidato."], who="agency", short=True),
    ],
    "offer": [
        F("offer", "f", ["Me complace ofrecerle el puesto de {role} en {co}. Mañana le enviaremos la propuesta por escrito.",
                         "Tras las entrevistas, estamos encantados de hacerle una oferta."]),
        F("offer", "i", ["¡Buenas noticias: queremos contratarte! Hoy te mando la propuesta.", "¡Te queremos en el equipo! Te paso los detalles de la oferta."],
          short=True),
        F("call", "f", ["¿Tiene unos minutos hoy? Me gustaría llamarla: queremos hacerle una oferta."], short=True, nodetail=True),
    ],
    "thank_you": [
        F("ty", "f", ["Muchas gracias por la entrevista de esta mañana. El puesto de {role} en {co} me motiva mucho.",
                      "Quería agradecerle su tiempo ayer y la presentación del equipo."]),
        F("ty", "i", ["¡Gracias otra vez por la charla de hoy, me gustó mucho!", "Gracias por tu tiempo ayer, fue un placer."]),
    ],
    "follow_up": [
        F("fu", "f", ["Le escribo para preguntar por el estado de mi candidatura al puesto de {role}.",
                      "¿Hay alguna novedad sobre mi candidatura en {co}?"]),
        F("fu", "i", ["Te escribo para ver si hay novedades del proceso.", "¿Sabes algo del puesto de {role}?"]),
    ],
    "other_out": [
        F("apply", "f", ["Me gustaría presentar mi candidatura al puesto de {role} publicado en su web. Mi CV está aquí: https://cv.example/mira-lindgren"],
          noreply=True),
        F("interest", "*", ["Gracias por escribirme: me encantaría hablar.", "¡Suena interesante! Tengo libres casi todas las tardes."],
          parent="recruiter_outreach"),
        F("avail", "*", ["¡Gracias! Puedo {when}, o el miércoles por la mañana."], time=True, parent="interview_invite",
          parent_fam=["ask", "ask_self"]),
        F("avail_open", "*", ["Gracias por la respuesta. La semana que viene tengo bastante flexibilidad."], parent="recruiter_outreach"),
        F("accept", "*", ["Gracias, me va perfecto. ¡Hasta entonces!", "Perfecto, allí estaré.", "Genial, confirmado."], reply=True,
          parent="interview_invite", parent_fam=["time", "time_self"], reuse_when=True),
        F("question", "*", ["Una pregunta antes de hablar: ¿el puesto es híbrido o 100 % remoto?",
                            "¿Podría indicarme la banda salarial del puesto de {role}?"]),
        F("decline", "*", ["Gracias por pensar en mí, pero ahora mismo no estoy buscando cambio."], reply=True,
          parent="recruiter_outreach"),
        F("acc_offer", "*", ["¡Acepto la oferta con mucho gusto! Tengo muchas ganas de empezar."], reply=True, parent="offer"),
        F("withdraw", "f", ["Quisiera retirar mi candidatura, ya que he aceptado otra oferta. Gracias por su tiempo."]),
        F("personal", "i", ["¿Seguimos en pie para el sábado? Llevo el vino.", "Hoy tuve la entrevista, creo que fue bien. ¡Luego te cuento!"],
          who="friend"),
        F("nonjob", "*", ["Me interesa el piso de la calle Argumosa. ¿Cuándo podría visitarlo?"], who="friend"),
    ],
    "other_in": [
        F("friend_iv", "i", ["¿¿Qué tal la entrevista?? ¡Llámame!", "Hoy tuve la segunda entrevista en el banco, ¡cruza los dedos!"],
          who="friend", lookalike=True, s=["¿¿y??", "entrevista", "esta noche"], why="a friend writing about interviews"),
        F("friend_offer", "i", ["¡¡Me han dado el trabajo!! Me hicieron la oferta esta mañana. ¿Celebramos el sábado?"], who="friend",
          lookalike=True, s=["¡¡noticia!!", "adivina"], why="a friend's own job news"),
        F("flat", "f", ["Hemos recibido su solicitud para el piso de {place}. La visita será {when}.",
                        "Gracias por su solicitud de alquiler para {place}; le contactaremos después de las visitas."], who="org",
          hosts=["fincas-lavapies.example"], lookalike=True, time=True,
          v={"place": ["calle Argumosa 14", "calle del Pez 3", "avenida de América 22"]},
          s=["Su solicitud de alquiler", "Visita {place}", "Solicitud piso"], sig=["{mef}\nFincas Lavapiés"],
          why="a flat rental application"),
        F("talk", "i", ["Nos encantaría invitarte a dar una charla en nuestro meetup de datos {when}. ¿Te animas?"], who="org",
          hosts=["datosmeetup.example"], lookalike=True, time=True, s=["Invitación a ponente", "Charla en el meetup"],
          why="a meetup talk invitation"),
        F("visa", "f", ["Su solicitud de visado ha sido recibida. Su cita en el consulado es {when}."], who="org",
          hosts=["consulado.example"], lookalike=True, time=True, disp=["Sección Consular"], addr="citas",
          s=["Cita - solicitud de visado"], why="a visa application and appointment"),
        F("ooo", "f", ["Estaré fuera de la oficina hasta el lunes. Para temas urgentes, escriba a seleccion@cerezo.example."],
          who="org", hosts=["cerezo.example"], lookalike=True, s=["Respuesta automática: Seguimiento", "Fuera de la oficina"],
          sig=["{mef}"], why="a recruiter's out-of-office auto-reply"),
        F("receipt", "i", ["Gracias por tu pedido n.º {num}. Lo recibirás el jueves."], who="org", hosts=["tienda.example"],
          disp=["Pedidos"], addr="no-reply", v={"num": ["40912", "77120"]}, s=["Tu pedido {num}"], why="a receipt"),
        F("family", "i", ["No te olvides de llamar a la abuela el domingo, ¡es su cumple!"], who="family", s=["domingo"],
          why="family mail"),
    ],
}

MEET = {"f": ["Se reunirá con {iv}, {ivt}.", "La entrevista será con {iv} ({ivt})."],
        "i": ["Hablarás con {iv}, {ivt}.", "Estará {ivf}, del equipo de datos."]}

DETAIL = {
    "application_ack": [("f", "Le responderemos en un plazo de dos semanas.", "d14"),
                        ("f", "Le daremos respuesta antes del final de la semana que viene.", "eonw"),
                        ("i", "Te digo algo antes del viernes.", "fri"),
                        ("*", "Estamos recibiendo muchas candidaturas, así que puede tardar un poco.", None)],
    "recruiter_outreach": [("*", "Es un puesto híbrido, dos días en oficina.", None), ("f", "Le puedo enviar la descripción del puesto.", None)],
    "interview_invite": [("*", "Serán unos 45 minutos por videollamada.", None), ("*", "Enlace: {link}", None),
                         ("f", "Le agradecería que me confirmara su asistencia.", None)],
    "assessment": [("f", "Cualquier duda, me dice.", None), ("i", "¡No hace falta preparar nada!", None)],
    "recruiter_reply": [("f", "Le respondo antes del viernes.", "fri"), ("*", "Esperamos tener una decisión en un plazo de dos semanas.", "d14"),
                        ("*", "Sabremos algo antes del final de la semana que viene.", "eonw"), ("i", "El lunes te digo algo.", "mon"),
                        ("*", "Gracias por la paciencia.", None)],
    "rejection": [("f", "Le deseamos mucha suerte en su búsqueda.", None), ("i", "¡Mucha suerte!", None)],
    "offer": [("*", "El salario es el que hablamos.", None), ("f", "Tómese unos días para pensarlo.", None)],
    "thank_you": [("f", "Quedo a la espera de sus noticias.", None)],
    "follow_up": [("*", "Sigo muy interesada en el puesto.", None)],
}
