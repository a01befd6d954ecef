"""Spanish phrase pools (Spain, Mexico, Argentina, Colombia). Casey is addressed as a woman."""

GREET = ["Hola Casey:", "Hola Casey,", "Estimada Casey:", "Buenos días, Casey.", "Buenas tardes, Casey:", "¿Qué tal, Casey?",
         "Hola, Casey, ¿cómo estás?", "Querida Casey:", "Casey, buenas."]
CLOSE = ["Un saludo,", "Saludos cordiales,", "Un abrazo,", "Quedo a tu disposición,", "Muchas gracias,",
         "Saludos,", "Atentamente,", "Cordialmente,", "¡Gracias!"]

OUT = [
    "Te escribo porque estamos buscando un perfil de {role} en {company} y tu experiencia en {cur} encaja muy bien con lo que necesitamos.",
    "Soy {sender_first}, del equipo de Talento de {company}. Hemos abierto una posición de {role} y me encantaría contarte más.",
    "Vi tu perfil en LinkedIn y me pareció muy interesante para una vacante de {role} en {company}. ¿Tendrías unos minutos esta semana para una llamada?",
    "Me pongo en contacto contigo por una oportunidad de {role} en {company}, con modalidad remota y viajes puntuales a {city}.",
    "Estoy apoyando a {company} en la búsqueda de un/a {role}. ¿Te interesaría conversar?",
    "Quería platicarte de una posición de {role} que acabamos de abrir en {company}. Creo que tu trayectoria es justo lo que buscamos.",
    "Te contacto de parte de {hm}, {hm_title} de {company}, que está armando el equipo y te quiere conocer para el puesto de {role}.",
    "¿Estarías abierta a escuchar una propuesta? En {company} buscamos {role} y tu nombre salió en varias conversaciones.",
    "Desde {agency} estamos trabajando con {client_desc} en la búsqueda de un/a {role}. Por ahora no puedo compartir el nombre del cliente, pero te cuento todo en una llamada.",
]
NUDGE = ["Te escribo de nuevo por si se te pasó mi mensaje anterior.", "Solo quería retomar el correo de abajo, ¿te interesa?",
         "Último intento, ¡lo prometo! Si no es buen momento, no pasa nada.", "Vuelvo a escribirte por la posición de {role}; seguimos con la búsqueda abierta."]
ASK = ["¿Te viene bien una llamada de 20 minutos esta semana?", "Si te interesa, respóndeme y te paso horarios.",
       "¿Cuándo te vendría bien hablar?", "Puedes elegir un horario aquí: {book}"]

INV_FIXED = [
    "¿Te viene bien {when}? Te dejo el enlace de Meet: {link}",
    "Te confirmo la entrevista con {hm} ({hm_title}) {when}. Enlace: {link}",
    "Hemos agendado tu conversación con {hm_first} para {when}. Te llegará la invitación al calendario.",
    "¿Podrías {when}? Sería una charla de 45 minutos con {hm_first}. Link: {link}",
    "Te propongo {when} para la siguiente etapa con el equipo. Aquí el enlace: {link}",
    "Queda confirmada la reunión para {when}. Cualquier cambio, avísame.",
    "Disculpa el cambio de último momento: {hm_first} tuvo un imprevisto. ¿Podemos pasarla a {when}?",
    "Perfecto, entonces nos vemos {when}. Te mando el link por aquí: {link}",
]
INV_SLOTS = ["¿Me pasas tu disponibilidad para la próxima semana? Sería una videollamada con {hm}, {panel_short}.",
             "Nos gustaría avanzar con una entrevista con el equipo. ¿Qué días te vienen mejor?",
             "Puedes reservar directamente un hueco en la agenda de {hm_first}: {book}",
             "¿Tienes disponibilidad el martes o el jueves por la tarde (hora de España)?"]
PANEL = ["Te paso el detalle de la entrevista final {when}. Vas a conocer a:",
         "Para la siguiente etapa, {when}, estarán en el panel:"]

ASSESS = [
    "Como siguiente paso, te enviamos un caso práctico. Tienes hasta el {deadline} para enviarlo.",
    "Te adjunto el ejercicio del que hablamos. No debería llevarte más de tres horas. Plazo: {deadline}.",
    "{company} te invita a completar una prueba técnica en línea para la posición de {role}. El enlace caduca el {deadline}.",
    "La siguiente fase es una prueba online (razonamiento y un cuestionario de estilo de trabajo). Aquí tienes el acceso.",
    "Antes del panel final, queremos que prepares un breve caso. Te dejo el enunciado adjunto.",
    "Hola! te paso el desafío técnico, cualquier duda me escribes. idealmente para el {deadline}",
    "Para avanzar, nos gustaría que resolvieras un ejercicio práctico (adjunto). Calcula unas dos horas; entrega antes del {deadline}.",
    "Te envío el enunciado de la prueba para la posición de {role}. Luego lo comentamos con {hm_first} en la entrevista final.",
]
REPLY = [
    "Gracias por escribir. Todavía estamos esperando el feedback de {hm_first}; en cuanto lo tenga te aviso.",
    "Seguimos en proceso: nos queda una entrevista más y después tomaremos una decisión. Te escribo {rb_phrase}.",
    "Perdona la demora. La posición sigue abierta y tu candidatura sigue en marcha.",
    "¿Me podrías enviar tu CV actualizado y tus expectativas salariales? Así lo comparto con el equipo.",
    "Necesitamos dos referencias profesionales para avanzar. ¿Me puedes pasar nombres y contactos?",
    "Te cuento que la búsqueda está en pausa hasta el próximo trimestre por temas de presupuesto. Te aviso en cuanto se reactive.",
    "¡Muy buen feedback de la entrevista! Estamos coordinando la siguiente etapa y te escribo pronto.",
    "Todavía no hay novedades, disculpa. El equipo está con el cierre de trimestre.",
    "Te escribimos {rb_phrase} con una respuesta, sea cual sea.",
]
REJ = [
    "Gracias por tu tiempo durante el proceso. Después de valorarlo con el equipo, hemos decidido avanzar con otra candidatura.",
    "Te escribo para contarte que no vamos a seguir adelante con tu candidatura para {role}. Ha sido una decisión difícil.",
    "Lamentablemente, la posición de {role} se ha cancelado por una reorganización interna.",
    "Finalmente la vacante se cubrió de forma interna, así que cerramos el proceso. Muchas gracias por tu interés.",
    "Hemos decidido continuar con otro perfil que se ajusta más a lo que el equipo necesita en este momento.",
    "Hola Casey, te cuento rápido: el cliente eligió a otra persona. Una pena, estuviste muy cerca.",
    "Agradecemos mucho tu interés en {company}. En esta ocasión tu candidatura no ha sido seleccionada para continuar en el proceso.",
    "Queremos informarte de que la vacante de {role} ya ha sido cubierta.",
]
OFFER = [
    "¡Buenas noticias! Queremos hacerte una oferta para el puesto de {role}. ¿Tienes un rato {when} para que te cuente los detalles?",
    "Nos alegra mucho enviarte la carta oferta para la posición de {role} en {company}. La encontrarás adjunta.",
    "Te adjunto la propuesta formal: salario bruto anual de {salary_one}, incorporación el {start_date}.",
    "Estamos encantados de ofrecerte el puesto de {role}. ¿Podemos hablar mañana para repasar la oferta?",
    "El cliente me confirmó que quiere avanzar con una oferta. ¿Te llamo hoy por la tarde?",
    "Te enviamos la oferta revisada con los cambios que hablamos. Quedamos atentos a tus comentarios.",
]
ACK = [
    "Hemos recibido tu candidatura para el puesto de {role}. Nuestro equipo la revisará y te contactaremos si tu perfil encaja.",
    "¡Gracias por postularte a {role} en {company}! Tu candidatura se ha registrado correctamente.",
    "Confirmamos la recepción de tu CV para la vacante de {role}. Si avanzas a la siguiente fase, te escribiremos.",
    "Gracias por tu interés en {company}. Hemos recibido tu solicitud para {role}.",
    "Tu postulación a {role} fue enviada con éxito. El equipo de selección la está revisando.",
    "Recibimos tu aplicación. Revisamos todas las candidaturas y respondemos en un plazo aproximado de dos semanas.",
]
TY = [
    "Muchas gracias por tu tiempo {day_ref} y por la conversación sobre {topic1}. Me quedé con muchas ganas de sumarme al equipo.",
    "Quería agradecerte la entrevista {day_ref}. Me encantó conocer más sobre {topic1}.",
    "Gracias de nuevo por la charla. Fue muy útil entender cómo están pensando {topic1}.",
    "Te escribo para darte las gracias por la entrevista para {role}. Disfruté mucho la conversación.",
    "Mil gracias por el tiempo {day_ref}; la conversación sobre {topic1} me pareció muy interesante.",
    "Gracias por recibirme {day_ref}. Salí todavía más entusiasmada con el puesto.",
]
FU = [
    "Espero que estés bien. Quería saber si hay novedades sobre el proceso de {role}.",
    "Te escribo para hacer seguimiento de la entrevista de la semana pasada. Sigo muy interesada en la posición.",
    "¿Hay alguna actualización sobre el proceso? Si necesitan algo más de mi parte, me dices.",
    "Solo quería retomar este hilo: ¿sabes cuándo tendrán una decisión?",
    "Hola! ¿alguna novedad sobre {role}? gracias!",
    "Quería consultar si ya hay fecha para la siguiente etapa.",
    "Perdona que insista: ¿sabes si el panel ya se reunió?",
    "Te escribo de nuevo por si hay noticias del proceso. Tengo otra oferta en curso y me ayudaría saber los tiempos.",
    "Sigo muy interesada en {company}. ¿Hay algo más que pueda enviarte?",
]
