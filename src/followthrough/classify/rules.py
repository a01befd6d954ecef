"""Phrase rules that vote for a message kind, in English, German, French, Spanish,
Portuguese and Dutch.

Each rule is one idea ("the employer chose someone else", "the candidate is asked
for availability") written as a family of phrasings across languages, with a weight.
The classifier sums the weights per kind over the newest part of the message (and the
subject), so a rejection that mentions an offer made to someone else still scores as a
rejection, and "an offer to interview" scores as an invitation. Rule names end up in
``Classification.evidence``.
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import re
from dataclasses import dataclass, field

from followthrough.classify.prefilter import required_literals
from followthrough.model import Kind

#: Words that, written just before an offer phrase, turn it around
#: ("unable to offer you", "won't be extending an offer").
NEGATORS = re.compile(
    r"(?:unable\s+to|not\s+able\s+to|cannot|can't|can\s+not|won't|will\s+not|not\s+be|not\s+in\s+a\s+position\s+to|"
    r"decided\s+not\s+to|no|nicht|pas|no\s+podemos|não)\s+(?:\w+\s+){0,2}$"
)


@dataclass(frozen=True)
class Rule:
    """One phrase family voting for one kind."""

    name: str
    kind: Kind
    weight: float
    pattern: re.Pattern[str]
    subject_only: bool = False
    negatable: bool = False
    #: Literals one of which every match starts with (None: no cheap test known).
    literals: tuple[str, ...] | None = field(default=None, compare=False)


#: Rules whose phrases may sit inside a compound word (German "Bewerbungsabsage").
_INSIDE_WORDS = frozenset(
    {
        "rejection.de",
        "offer.de",
        "invite.de",
        "invite.de_words",
        "ack.other_languages",
        "assessment.other_languages",
    }
)


def rule(
    name: str, kind: Kind, weight: float, pattern: str, *, subject: bool = False, neg: bool = False
) -> Rule:
    # Anchoring at a word start lets the regex engine skip mid-word positions quickly,
    # which halves the cost of scoring.
    anchored = pattern if name in _INSIDE_WORDS else rf"(?<!\w)(?:{pattern})"
    compiled = re.compile(anchored, re.IGNORECASE | re.VERBOSE)
    return Rule(name, kind, weight, compiled, subject, neg, required_literals(compiled))


K = Kind
INBOUND_RULES: tuple[Rule, ...] = (
    # ---- rejection -------------------------------------------------------------------
    rule(
        "rejection.not_moving_forward",
        K.REJECTION,
        4,
        r"""
        \bnot\s+(?:be\s+)?(?:moving|move|going|proceed(?:ing)?|progress(?:ing)?|advanc(?:e|ing))\s+(?:forward\s+)?(?:with\s+)?(?:your|you)\b
        | \b(?:won't|will\s+not|cannot|can't|are\s+unable\s+to)\s+(?:be\s+)?(?:mov(?:e|ing)|progress(?:ing)?|proceed(?:ing)?)\s+(?:forward\s+)?with\s+(?:your|you)
        | decided\s+not\s+to\s+(?:move|proceed|progress|continue|advance|go)\b
        | (?:chosen|decided|opted)\s+not\s+to\s+(?:progress|proceed|pursue|move)
        | not\s+to\s+progress\s+(?:it|your)""",
    ),
    rule(
        "rejection.other_candidate",
        K.REJECTION,
        4,
        r"""
        \b(?:move|moving|go|going|gone|proceed|proceeding|continue|pursue|pursuing|went|decided\s+on|selected|chose|chosen|hired|offered\s+the\s+(?:role|position)\s+to)\s+
            (?:forward\s+)?(?:with\s+)?(?:another|other|a\s+different|a\s+more|someone|somebody|a\s+candidate|the\s+candidate|candidates)\b
        | \bother\s+candidates\s+(?:whose|who|with|that)\b
        | \bextended\s+(?:an\s+)?offer\s+to\s+(?:another|a\s+different|someone|a\s+candidate|other)""",
    ),
    rule(
        "rejection.regret",
        K.REJECTION,
        3,
        r"""
        regret\s+to\s+(?:inform|let\s+you\s+know|tell)|we\s+are\s+sorry\s+to\s+inform|i'm\s+sorry\s+to\s+say|sorry\s+it's\s+not\s+better\s+news
        | not\s+(?:been\s+)?selected\s+(?:for|to)|were\s+not\s+selected|weren't\s+selected
        | (?:not|won't|will\s+not)\s+(?:be\s+)?extending\s+(?:you\s+)?an\s+offer|unable\s+to\s+offer\s+you|not\s+able\s+to\s+offer\s+you""",
    ),
    rule(
        "rejection.position_closed",
        K.REJECTION,
        4,
        r"""
        (?:position|role|job|opening|vacancy|requisition)\s+(?:has\s+been|was|is\s+now|is)\s+(?:filled|closed|cancell?ed|withdrawn|eliminated)
        | decided\s+not\s+to\s+fill|closing\s+all\s+applications|no\s+longer\s+(?:hiring|recruiting)\s+for|(?:have\s+)?filled\s+the\s+(?:position|role)""",
    ),
    rule(
        "rejection.soft",
        K.REJECTION,
        1.5,
        r"""
        \bunfortunately\b|best\s+of\s+luck\s+(?:in|with)\s+your|wish\s+you\s+(?:every|the\s+best\s+of|all\s+the\s+best\s+in)\s+
        |keep\s+your\s+(?:resume|cv|details|information)\s+on\s+file|hardest\s+decisions|close\s+call|
        encourage\s+you\s+to\s+apply\s+(?:for|to)\s+(?:future|other)|consider\s+you\s+for\s+future""",
    ),
    rule(
        "rejection.de",
        K.REJECTION,
        4,
        r"""
        für\s+(?:eine\s+andere|einen\s+anderen)\s+(?:kandidat|bewerber)|anderweitig\s+besetzt|absage
        |nicht\s+(?:weiter\s+)?berücksichtigen|nicht\s+in\s+die\s+engere\s+auswahl|leider\s+mitteilen
        |müssen\s+wir\s+ihnen\s+leider|nicht\s+für\s+sie\s+entschieden|stelle\s+(?:wurde|ist)\s+(?:bereits\s+)?besetzt""",
    ),
    rule(
        "rejection.de_soft",
        K.REJECTION,
        1.5,
        r"\bleider\b|für\s+ihre\s+berufliche\s+zukunft\s+alles\s+gute",
    ),
    rule(
        "rejection.fr",
        K.REJECTION,
        4,
        r"""
        au\s+regret\s+de\s+vous\s+informer|ne\s+(?:pouvons|pourrons)\s+pas\s+donner\s+(?:une\s+)?suite\s+favorable
        |(?:n'a|n'avez)\s+pas\s+été\s+retenu|pas\s+été\s+retenue?|d'autres\s+candidat|autre\s+candidat
        |ne\s+pas\s+poursuivre|décidé\s+de\s+ne\s+pas\s+(?:retenir|donner\s+suite)""",
    ),
    rule(
        "rejection.fr_soft",
        K.REJECTION,
        1.5,
        r"\bmalheureusement\b|belle\s+réussite\s+dans\s+vos\s+recherches",
    ),
    rule(
        "rejection.es",
        K.REJECTION,
        4,
        r"""
        (?:continuar|seguir|avanzar)\s+con\s+otr[oa]s\s+candidat|otros\s+candidatos\s+cuyo|no\s+(?:has|ha)\s+sido\s+seleccionad
        |lamentamos\s+(?:informarte|comunicarte)|no\s+continuar\s+con\s+tu\s+candidatura|no\s+seguir\s+adelante\s+con\s+tu""",
    ),
    rule(
        "rejection.es_soft",
        K.REJECTION,
        1.5,
        r"\blamentablemente\b|mucha\s+suerte\s+en\s+tu\s+búsqueda",
    ),
    rule(
        "rejection.pt",
        K.REJECTION,
        4,
        r"""
        seguir\s+com\s+outr[oa]s\s+candidat|não\s+foi\s+selecionad|não\s+(?:iremos|vamos)\s+(?:seguir|avançar)\s+com\s+(?:a\s+sua|sua)""",
    ),
    rule("rejection.pt_soft", K.REJECTION, 1.5, r"\binfelizmente\b"),
    rule(
        "rejection.nl",
        K.REJECTION,
        4,
        r"""
        andere\s+kandidaat|niet\s+verder\s+(?:gaan|te\s+gaan)\s+met\s+je|besloten\s+(?:om\s+)?niet|afgewezen""",
    ),
    rule("rejection.nl_soft", K.REJECTION, 1.5, r"\bhelaas\b"),
    # ---- offer -----------------------------------------------------------------------
    rule(
        "offer.extend",
        K.OFFER,
        4,
        r"""
        (?:pleased|delighted|happy|thrilled|excited|glad)\s+to\s+(?:extend|offer|make|present)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:formal\s+|verbal\s+|written\s+|official\s+)?(?:offer|position|role|job)
        | (?:would|'d)\s+(?:like|love)\s+to\s+(?:make\s+you|extend\s+(?:you\s+)?)\s*an?\s+offer
        | \bextend\s+(?:you\s+)?an?\s+offer""",
        neg=True,
    ),
    rule(
        "offer.offer_you_role",
        K.OFFER,
        4,
        r"""
        \boffer\s+you\s+(?:the\s+|a\s+|this\s+|our\s+)?(?:position|role|job|contract)\b(?!\s+(?:at\s+this\s+time|right\s+now))
        | \boffer\s+you\s+the\s+(?:[\w,/()\-]+\s+){0,7}?(?:role|position|job)\b""",
        neg=True,
    ),
    rule(
        "offer.letter",
        K.OFFER,
        3,
        r"""
        \boffer\s+letter\b|\boffer\s+of\s+employment\b|\byour\s+offer\b|\bjob\s+offer\b|\bcontract\s+offer\b|\bverbal\s+offer\b
        |\bformal\s+offer\b|\brevise[d]?\s+(?:the\s+)?offer\b|\bupdated\s+offer\b|\boffer\s+details\b""",
        neg=True,
    ),
    rule(
        "offer.de",
        K.OFFER,
        4,
        r"vertragsangebot|arbeitsvertrag|jobzusage|\bzusage\b|in\s+unserem\s+team\s+begrüßen\s+(?:möchten|dürfen)|ihnen\s+ein\s+angebot",
    ),
    rule(
        "offer.fr",
        K.OFFER,
        4,
        r"promesse\s+d'embauche|proposition\s+d'embauche|lettre\s+d'offre|plaisir\s+de\s+vous\s+(?:proposer|offrir)\s+le\s+poste|proposition\s+de\s+contrat",
    ),
    rule(
        "offer.es",
        K.OFFER,
        4,
        r"carta\s+de\s+oferta|ofrecerte\s+el\s+puesto|ofrecerle\s+el\s+puesto|propuesta\s+de\s+contratación|nos\s+complace\s+ofrecer",
    ),
    rule(
        "offer.pt",
        K.OFFER,
        4,
        r"proposta\s+de\s+(?:emprego|trabalho|contratação)|carta\s+(?:de\s+)?oferta|oferecer\s+(?:a\s+você|lhe)\s+a\s+vaga",
    ),
    rule(
        "offer.nl",
        K.OFFER,
        4,
        r"arbeidsovereenkomst|contractvoorstel|bieden\s+(?:je|u)\s+(?:graag\s+)?de\s+functie|aanbod\s+(?:doen|voor\s+de\s+functie)",
    ),
    rule(
        "offer.subject",
        K.OFFER,
        2,
        r"\boffer\b|oferta|angebot|\boffre\b|proposta",
        subject=True,
        neg=True,
    ),
    rule(
        "offer.congrats",
        K.OFFER,
        1,
        r"\bcongratulations\b|\benhorabuena\b|\bfélicitations\b|\bherzlichen\s+glückwunsch\b|\bparabéns\b|\bgefeliciteerd\b",
    ),
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


def score(
    rules: tuple[Rule, ...], subject: str, body: str
) -> tuple[dict[Kind, float], dict[Kind, list[str]]]:
    """Sum rule weights per kind; ``body`` and ``subject`` are lower-cased and flattened."""
    totals: dict[Kind, float] = {}
    fired: dict[Kind, list[str]] = {}
    both = f"{subject}\n{body}"
    # The literal test sees the subject/body break as the space it is to \\s.
    spaced = f"{subject} {body}"
    for rule in rules:
        region = subject if rule.subject_only else both
        if rule.literals is not None:
            probe = subject if rule.subject_only else spaced
            if not any(lit in probe for lit in rule.literals):
                continue
        hit = False
        for m in rule.pattern.finditer(region):
            if rule.negatable and NEGATORS.search(region[max(0, m.start() - 40) : m.start()]):
                continue
            hit = True
            break
        if hit:
            totals[rule.kind] = totals.get(rule.kind, 0.0) + rule.weight
            fired.setdefault(rule.kind, []).append(rule.name)
    return totals, fired
