"""Phrase rules for mail the candidate sends: thank-you notes and follow-ups.

The inbound families live in :mod:`followthrough.classify.rules`; these are scored the
same way (:func:`~followthrough.classify.rules.score`) over the candidate's own mail.
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

from followthrough.classify.phrase_rule import Rule, rule
from followthrough.model import Kind

K = Kind
OUTBOUND_RULES: tuple[Rule, ...] = (
    rule(
        "thank_you.thanks_for_meeting",
        K.THANK_YOU,
        4,
        r"""
        thank(?:s|\s+you)\s+(?:(?:so|very)\s+much\s+|again\s+)*for\s+(?:taking\s+the\s+time|your\s+time|(?:the|our|this|\w+(?:'|’)s)\s+(?:[\w-]+\s+){0,2}?(?:conversation|chat|interview|call|discussion|time|opportunity|session|meeting)|meeting|speaking|interviewing|today|this\s+(?:morning|afternoon))
        | (?:it\s+was|was)\s+(?:great|a\s+pleasure|wonderful|nice)\s+(?:to\s+)?(?:meet|speak|talk|chat)|enjoyed\s+(?:our|the)\s+(?:conversation|discussion|chat|interview)""",
    ),
    rule(
        "thank_you.other_languages",
        K.THANK_YOU,
        4,
        r"""
        (?:vielen\s+)?dank\s+für\s+das\s+(?:\w+\s+)?(?:gespräch|interview|kennenlernen)|merci\s+(?:beaucoup\s+)?pour\s+(?:cet|notre|l')\s*(?:échange|entretien)
        |gracias\s+por\s+(?:la\s+entrevista|tu\s+tiempo|su\s+tiempo)|obrigad[oa]\s+pela\s+(?:entrevista|conversa)|bedankt\s+voor\s+het\s+gesprek""",
    ),
    rule(
        "thank_you.subject_interview",
        K.THANK_YOU,
        4,
        r"\bthank(?:s|\s+you)\b.{0,80}\b(?:interview|conversation|call|chat|meeting)",
        subject=True,
    ),
    rule(
        "thank_you.subject",
        K.THANK_YOU,
        2,
        r"\bthank|\bdank|\bmerci|\bgracias|\bobrigad|\bbedankt",
        subject=True,
    ),
    rule(
        "follow_up.status",
        K.FOLLOW_UP,
        4,
        r"""
        follow(?:ing)?\s+up\s+(?:on|about|regarding)|check(?:ing)?\s+in\s+(?:on|about|to\s+see|again|one\s+last)|checking\s+in\b
        |(?:any|an)\s+update\s+(?:on|regarding|about)|(?:would\s+welcome|glad\s+to\s+hear|hear)\s+(?:any\s+update|where\s+things\s+stand)|where\s+things\s+stand
        |status\s+of\s+(?:my|the)|make\s+sure\s+it\s+came\s+through|is\s+there\s+any\s+update|\bany\s+news\b""",
    ),
    rule(
        "follow_up.other_languages",
        K.FOLLOW_UP,
        4,
        r"""
        nachfrage|nach\s+dem\s+(?:aktuellen\s+)?stand|erkundigen|revenir\s+vers\s+vous|avez-vous\s+des\s+nouvelles|suivi\s+de\s+ma\s+candidature|où\s+en\s+est
        |seguimiento|alguna\s+novedad|estado\s+de\s+mi\s+(?:candidatura|proceso)|alguma\s+(?:novidade|atualização)|stand\s+van\s+zaken|even\s+informeren""",
    ),
    rule(
        "follow_up.subject",
        K.FOLLOW_UP,
        2,
        r"follow(?:ing)?[\s-]up|check(?:ing)?[\s-]in|nachfrage|suivi|seguimiento",
        subject=True,
    ),
    rule(
        "other.accepting_offer",
        K.OTHER,
        6,
        r"(?:happy|delighted|pleased|thrilled|excited)\s+to\s+accept|accept\s+(?:the|your)\s+(?:revised\s+)?offer|signed\s+the\s+(?:offer\s+)?letter|nehme\s+das\s+angebot|j'accepte|acepto\s+la\s+oferta",
    ),
)
