"""Phrase rules for the steps before a decision: interview invitations, assessments,
application acknowledgements, recruiter outreach and recruiter replies.
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

from followthrough.classify.phrase_rule import Rule, rule
from followthrough.model import Kind

K = Kind
PROGRESS_RULES: tuple[Rule, ...] = (
    # ---- interview invitation --------------------------------------------------------
    rule(
        "invite.invite_to_interview",
        K.INTERVIEW_INVITE,
        4,
        r"""
        invit(?:e|ing)\s+you\s+(?:to|for)\s+(?:an?\s+|the\s+|your\s+)?(?:\w+\s+){0,3}?(?:interview|round|onsite|on-site|screen|conversation|meeting|call)
        | offer\s+you\s+an\s+interview|an\s+offer\s+to\s+interview|(?:schedule|book)\s+your\s+interview
        | interview\s+(?:is|has\s+been|was)\s+(?:confirmed|scheduled|rescheduled|booked|moved|updated)
        | confirm\s+your\s+interview|pleased\s+to\s+confirm\s+your\s+interview|interview\s+confirmation
        | (?:confirmed|booked)\s+for\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day""",
    ),
    rule(
        "invite.schedule",
        K.INTERVIEW_INVITE,
        3,
        r"""
        (?:would|'d)\s+(?:like|love)\s+to\s+(?:set\s+up|schedule|arrange|book|do|have|invite\s+you\s+to|speak\s+with\s+you|meet\s+you|talk\s+with\s+you)\s*(?:a|an|for|about|the|your)?\s*(?:[\w-]+\s+){0,3}?(?:interview|screen|call|chat|conversation|round|onsite|meeting|session)?
        | next\s+(?:step|stage)\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:interview|screen|call|chat|conversation|round)
        | (?:pick|choose|select|grab|book|find)\s+(?:a|any|your|the)?\s*(?:time|slot|day)\b
        | (?:share|send|provide|let\s+(?:us|me)\s+know)\s+(?:us\s+|me\s+)?(?:your\s+)?(?:availability|(?:a\s+few\s+|some\s+|three\s+or\s+four\s+|two\s+or\s+three\s+)?(?:[\w-]+\s+)?(?:windows|times|slots))
        | would\s+(?:either|any\s+of)\b[^.?!]{0,80}\bwork\b
        | (?:let's|let\s+us|we\s+can|we'll|we\s+will|i'll|i\s+will|i'd\s+like\s+to|want\s+to)\s+(?:set\s+up|schedule|arrange|book|line\s+up)\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,3}?(?:interview|screen|round|onsite)\b""",
    ),
    rule(
        "invite.words",
        K.INTERVIEW_INVITE,
        2,
        r"""
        \bavailability\b|\bscheduling\s+link\b|self-schedul|\bfinal\s+round\b|\bsecond\s+round\b|\bnext\s+round\b|\bonsite\b|\bon-site\s+interview\b
        |\bvideo\s+interview\b|\bphone\s+screen\b|\btechnical\s+screen\b|\binterviewers?\s*:|\byou'll\s+(?:meet|be\s+speaking\s+with)""",
    ),
    rule(
        "invite.subject",
        K.INTERVIEW_INVITE,
        2,
        r"\binterview\b|\bentretien\b|\bentrevista\b|gespräch|\binvitation\b|\bschedul|\bgesprek\b",
        subject=True,
    ),
    rule(
        "invite.de",
        K.INTERVIEW_INVITE,
        4,
        r"einladung\s+zu(?:m|r)\s+(?:\w+\s+)?(?:vorstellungsgespräch|gespräch|interview|kennenlernen)|laden\s+sie\s+(?:\w+\s+){0,6}?ein\b",
    ),
    rule(
        "invite.de_words", K.INTERVIEW_INVITE, 1.5, r"vorstellungsgespräch|video-interview|termin:"
    ),
    rule(
        "invite.fr",
        K.INTERVIEW_INVITE,
        4,
        r"invitation\s+à\s+un\s+entretien|vous\s+proposer\s+un\s+entretien|convier\s+à\s+un\s+entretien|vous\s+rencontrer\s+(?:lors\s+d'un|pour\s+un)\s+entretien|planifier\s+un\s+entretien",
    ),
    rule(
        "invite.es",
        K.INTERVIEW_INVITE,
        4,
        r"invitación\s+a\s+(?:una\s+)?entrevista|conocerte\s+en\s+una\s+entrevista|agendar\s+una\s+entrevista|programar\s+una\s+entrevista|te\s+invitamos\s+a\s+una\s+entrevista",
    ),
    rule(
        "invite.pt",
        K.INTERVIEW_INVITE,
        4,
        r"convite\s+para\s+(?:uma\s+)?entrevista|agendar\s+(?:uma\s+)?entrevista|convidar\s+para\s+uma\s+entrevista",
    ),
    rule(
        "invite.nl",
        K.INTERVIEW_INVITE,
        4,
        r"uitnodiging\s+voor\s+(?:een\s+)?(?:sollicitatie)?gesprek|sollicitatiegesprek|kennismakingsgesprek",
    ),
    # ---- assessment ------------------------------------------------------------------
    rule(
        "assessment.invite",
        K.ASSESSMENT,
        4,
        r"""
        (?:complete|take|start|begin|attempt)\s+(?:an?\s+|the\s+|your\s+|our\s+)?(?:[\w-]+\s+){0,4}?(?:assessment|test|challenge|exercise|assignment)
        | invited\s+you\s+to\s+(?:take|complete)|invites\s+you\s+to\s+take|start\s+(?:test|assessment)|test\s+duration|invite\s+expires
        | next\s+(?:step|stage)\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:take-home|take\s+home|work\s+sample|exercise|assignment|test|challenge|assessment)""",
    ),
    rule(
        "assessment.words",
        K.ASSESSMENT,
        2,
        r"""
        \btake-home\b|\btake\s+home\s+(?:exercise|assignment|test|challenge)|\bwork\s+sample\b|\bcoding\s+(?:test|challenge|exercise|assessment)
        |\bonline\s+(?:test|assessment)|\btechnical\s+(?:test|exercise|challenge|assignment)|\bcase\s+study\b|\bassessment\b""",
    ),
    rule(
        "assessment.other_languages",
        K.ASSESSMENT,
        4,
        r"""
        online-(?:fach)?test|fachtest|eignungstest|testaufgabe|probeaufgabe|coding-challenge
        |test\s+technique|exercice\s+technique|cas\s+pratique|évaluation\s+en\s+ligne
        |prueba\s+técnica|ejercicio\s+técnico|evaluación\s+(?:en\s+línea|online)
        |teste\s+técnico|desafio\s+técnico|avaliação\s+online|technische\s+opdracht|programmeeropdracht""",
    ),
    # ---- application acknowledgement -------------------------------------------------
    rule(
        "ack.received",
        K.APPLICATION_ACK,
        4,
        r"""
        (?:received|receipt\s+of|got)\s+your\s+(?:job\s+)?application|application\s+(?:has\s+been\s+|was\s+|is\s+)?received
        | your\s+application\s+(?:was|has\s+been)\s+(?:sent|submitted|delivered)|confirm(?:s|ing)?\s+(?:the\s+)?receipt
        | (?:this\s+email\s+)?confirms\s+that\s+we\s+have\s+received|application\s+confirmation|we've\s+got\s+your\s+application""",
    ),
    rule(
        "ack.thanks",
        K.APPLICATION_ACK,
        3,
        r"thank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:applying|your\s+application|submitting\s+your\s+application|your\s+interest\s+in\s+(?:the\s+)?[\w ,()-]{0,60}?(?:position|role))",
    ),
    rule(
        "ack.review",
        K.APPLICATION_ACK,
        1.5,
        r"(?:will|to)\s+review\s+(?:your\s+application|it|your\s+qualifications|your\s+profile)|will\s+be\s+reviewed|reviewing\s+it\s+now|what\s+happens\s+next|nothing\s+else\s+you\s+need\s+to\s+do",
    ),
    rule(
        "ack.other_languages",
        K.APPLICATION_ACK,
        4,
        r"""
        eingangsbestätigung|eingang\s+ihrer\s+(?:bewerbung|unterlagen)|bewerbung\s+ist\s+(?:bei\s+uns\s+)?eingegangen
        |accusé\s+de\s+réception|(?:dossier|candidature)\s+a\s+bien\s+été\s+reçue?|nous\s+avons\s+bien\s+reçu\s+votre\s+candidature
        |hemos\s+recibido\s+tu\s+(?:candidatura|solicitud)|hemos\s+recibido\s+su\s+(?:candidatura|solicitud)
        |recebemos\s+(?:a\s+sua|sua|o\s+seu|seu)\s+(?:candidatura|currículo|inscrição)|sollicitatie\s+(?:in\s+goede\s+orde\s+)?ontvangen
        |(?:hebben|heb)\s+(?:je|jouw|uw)\s+(?:sollicitatie|gegevens|cv|reactie)\s+(?:in\s+goede\s+orde\s+|goed\s+)?ontvangen
        |wir\s+haben\s+ihre\s+bewerbung\s+(?:\w+\s+)?erhalten|nous\s+avons\s+bien\s+reçu\s+votre\s+(?:dossier|cv)""",
    ),
    rule(
        "ack.other_languages_thanks",
        K.APPLICATION_ACK,
        2,
        r"vielen\s+dank\s+für\s+ihre\s+bewerbung|remercions\s+pour\s+votre\s+candidature|gracias\s+por\s+tu\s+(?:candidatura|solicitud)|obrigad[oa]\s+pela\s+(?:sua\s+)?candidatura|obrigad[oa]\s+por\s+se\s+candidatar|(?:bedankt|dank\s+je\s+wel|hartelijk\s+dank)\s+voor\s+(?:je|jouw|uw)\s+sollicitatie|danke\s+für\s+ihre\s+bewerbung|merci\s+pour\s+votre\s+candidature|gracias\s+por\s+postularte",
    ),
    # ---- recruiter outreach ----------------------------------------------------------
    rule(
        "outreach.cold",
        K.RECRUITER_OUTREACH,
        3,
        r"""
        came\s+across\s+your|(?:your|the)\s+(?:profile|background|experience|work)\s+(?:[\w-]+\s+){0,3}?(?:caught|stood|lines\s+up|is\s+a\s+(?:great|strong|very\s+strong)\s+fit)
        | reach(?:ing)?\s+out\s+(?:on\s+behalf|because|to\s+(?:see|ask)|about|regarding)|suggested\s+i\s+reach\s+out|wanted\s+to\s+reconnect|reconnecting
        | (?:are|would)\s+you\s+(?:be\s+)?(?:open|interested)\s+(?:to|in)\s+(?:new|a|hearing|learning|exploring|chatting|talking)
        | (?:i'm|i\s+am)\s+(?:a|an|the|on\s+the)\s+(?:[\w-]+\s+){0,2}?(?:recruiter|sourcer|talent\s+partner|recruiting\s+team|co-founders?|founder)
        | (?:i'm|i\s+am)\s+one\s+of\s+the\s+(?:co-)?founders|i\s+lead\s+the\s+[\w ]+\s+team""",
    ),
    rule(
        "outreach.hiring",
        K.RECRUITER_OUTREACH,
        2,
        r"""
        we're\s+(?:hiring|looking\s+for|growing|opening)|we\s+are\s+(?:hiring|looking\s+for)|i'm\s+hiring\s+for|(?:just\s+)?opened\s+a\s+[\w ,]+(?:role|position)
        |opening\s+a\s+[\w ,]+role|would\s+you\s+be\s+(?:up\s+for|open\s+to)|are\s+you\s+open\s+to|would\s+love\s+to\s+(?:chat|talk|tell\s+you)|talk\s+shop
        |before\s+it\s+goes\s+public|\bopportunity\b|partnering\s+(?:exclusively\s+)?with""",
    ),
    rule(
        "outreach.other_languages",
        K.RECRUITER_OUTREACH,
        3,
        r"""
        auf\s+(?:mich|uns)\s+aufmerksam|hätten\s+sie\s+interesse|spannende\s+position|ihr\s+profil
        |m'a\s+parlé\s+de\s+vous|seriez-vous\s+(?:disponible|intéressée?)|votre\s+profil|je\s+suis\s+recruteu(?:r|se)|nous\s+recherchons
        |te\s+interesaría|tu\s+perfil|estamos\s+buscando|teria\s+interesse|seu\s+perfil|heb\s+je\s+interesse|je\s+profiel""",
    ),
    rule(
        "reply.promise",
        K.RECRUITER_REPLY,
        2,
        r"melden\s+uns\s+bis|get\s+back\s+to\s+you\s+by|be\s+in\s+touch\s+by|reviendrons\s+vers\s+vous\s+d'ici|respuesta\s+antes\s+del",
    ),
    # ---- recruiter reply -------------------------------------------------------------
    rule(
        "reply.status",
        K.RECRUITER_REPLY,
        2.5,
        r"""
        \bon\s+hold\b|still\s+(?:interviewing|reviewing|gathering|collecting|meeting)|haven't\s+made\s+a\s+decision|no\s+decision\s+yet
        |(?:collecting|gathering)\s+feedback|debrief|finali[sz]ing\s+things|final\s+stages|thanks\s+for\s+(?:checking\s+in|your\s+patience|submitting|the\s+(?:kind\s+)?note|sending)
        |thank\s+you\s+for\s+your\s+patience|references\b|salary\s+expectations|notice\s+period|positive\s+feedback|quick\s+update|still\s+in\s+process""",
    ),
    rule(
        "reply.other_languages",
        K.RECRUITER_REPLY,
        2.5,
        r"""
        weitere\s+gespräche|noch\s+keine\s+entscheidung|rencontrons\s+encore|reviendrons\s+vers\s+vous\s+d'ici
        |seguimos\s+en\s+proceso|te\s+daremos\s+una\s+respuesta|ainda\s+estamos|nog\s+geen\s+beslissing""",
    ),
)
