"""What an employer's message asks of the candidate: availability, documents, salary...

``status`` lists such messages while they go unanswered; the reply is the candidate's
to write. Only the newest part of a message counts (quoted history and the signature
are cut off first), so an old question quoted below a new answer is not asked again.
Phrase families in English, German, French, Spanish, Portuguese and Dutch; a request
must be addressed to the reader ("please send", "let us know", "could you"), so a
polite "if you have any questions" in an acknowledgement is not a question asked.
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import re

from followthrough.classify.quote import split_signature, strip_quoted

_FLAGS = re.IGNORECASE | re.VERBOSE

# Checked in this order; the first family found is the answer.
ASKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "salary expectations",
        re.compile(
            r"""salary\s+(?:expectations?|requirements?|range)|expected\s+(?:salary|compensation)|compensation\s+expectations?
            | gehaltsvorstellung(?:en)?|gehaltswunsch|gehaltsvorstellungen
            | prétentions?\s+salariales?|attentes\s+salariales|rémunération\s+souhaitée
            | expectativas?\s+salarial(?:es)?|pretensiones?\s+salarial(?:es)?|pretensão\s+salarial|pretensões\s+salariais
            | salarisindicatie|salariswens(?:en)?|salarisverwachting(?:en)?""",
            _FLAGS,
        ),
    ),
    (
        "availability",
        re.compile(
            r"""(?:let\s+(?:me|us)\s+know|send\s+(?:me|us)|share|tell\s+(?:me|us)|what\s+is|what\s+are|please\s+(?:provide|confirm)|could\s+you\s+(?:share|send|provide|confirm))\s+(?:your\s+|some\s+)?(?:availability|available\s+(?:times|slots|dates))
            | when\s+(?:are|would)\s+you\s+(?:be\s+)?(?:available|free)|are\s+you\s+available|which\s+(?:times?|slots?|days?)\s+(?:works?|suits?)\s+(?:best\s+)?for\s+you|what\s+times?\s+works?\s+(?:best\s+)?for\s+you
            | wann\s+(?:hätten|haben|wären|sind)\s+sie\s+zeit|ihre\s+verfügbarkeit|wann\s+(?:sind|wären)\s+sie\s+verfügbar|welche\s+termine\s+(?:passen|würden)
            | vos\s+disponibilités|quand\s+(?:êtes-vous|seriez-vous)\s+disponible|êtes-vous\s+disponible
            | su\s+disponibilidad|cuándo\s+(?:estaría|está|estás)\s+disponible|está\s+disponible
            | sua\s+disponibilidade|quando\s+(?:estaria|está|você\s+está)\s+disponível|está\s+disponível
            | uw\s+beschikbaarheid|je\s+beschikbaarheid|wanneer\s+(?:bent\s+u|ben\s+je)\s+beschikbaar""",
            _FLAGS,
        ),
    ),
    (
        "references",
        re.compile(
            r"""(?:send|share|provide|list)\s+(?:me\s+|us\s+)?(?:(?:two|three|2|3|some|a\s+few|your)\s+)?(?:professional\s+)?references
            | contact\s+details\s+(?:of|for)\s+(?:two|three|2|3|your)?\s*references|names?\s+of\s+(?:two|three|2|3)?\s*references
            | referenzen\s+(?:nennen|schicken|senden|zukommen)|referenzpersonen
            | (?:vos|des)\s+références\s+professionnelles|coordonnées\s+de\s+(?:vos\s+)?références
            | referencias\s+(?:laborales|profesionales)|referências\s+(?:profissionais)
            | referenties\s+(?:sturen|opgeven|doorgeven)|referentiepersonen""",
            _FLAGS,
        ),
    ),
    (
        "documents",
        re.compile(
            r"""(?:send|share|provide|upload|attach|forward)\s+(?:me\s+|us\s+)?(?:over\s+)?(?:a\s+copy\s+of\s+)?(?:your|an?\s+updated|the)\s+(?:updated\s+)?(?:cv|resume|résumé|portfolio|cover\s+letter|transcripts?|diploma|certificates?|work\s+samples?|id|passport|documents?|right[-\s]to[-\s]work)
            | (?:please|could\s+you|can\s+you)\s+(?:also\s+)?(?:fill\s+(?:out|in)|complete|sign)\s+(?:the\s+|this\s+)?(?:attached\s+)?(?:form|questionnaire|background\s+check|application\s+form)
            | (?:senden|schicken|übermitteln)\s+sie\s+(?:uns\s+)?(?:bitte\s+)?(?:ihren|ihre|ihr)\s+(?:aktuellen\s+)?(?:lebenslauf|zeugnisse|unterlagen|anschreiben)|(?:ihren|ihre)\s+(?:lebenslauf|zeugnisse|unterlagen)\s+(?:zu|zukommen|senden|schicken)
            | (?:envoyer|transmettre|faire\s+parvenir)\s+(?:votre|vos)\s+(?:cv|lettre\s+de\s+motivation|diplômes?|justificatifs?|documents?)
            | (?:enviar(?:nos)?|envíe(?:nos)?|mandar(?:nos)?|envie(?:-nos)?)\s+(?:su|tu|seu|sua|o\s+seu|a\s+sua|os\s+seus)\s+(?:cv|currículo|curriculum|carta\s+de\s+(?:presentación|apresentação)|documentos?|certificados?|diplomas?)
            | (?:stuur|sturen|toesturen|opsturen)\s+(?:ons\s+)?(?:uw|je|jouw)\s+(?:cv|motivatiebrief|diploma'?s?|documenten|getuigschriften)|(?:uw|je)\s+(?:cv|documenten)\s+(?:toesturen|opsturen|sturen)""",
            _FLAGS,
        ),
    ),
    (
        "questions",
        re.compile(
            r"""(?:could|can|would)\s+you\s+(?:please\s+)?(?:answer|respond\s+to|reply\s+to)\s+(?:the\s+|a\s+few\s+|these\s+|some\s+)?(?:following\s+)?questions|(?:please\s+)?answer\s+the\s+following\s+questions|a\s+few\s+questions\s+for\s+you|questions?\s+(?:for|to)\s+you\s*:|(?:could|can)\s+you\s+(?:tell|let)\s+(?:me|us)\s+(?:more\s+)?(?:about|whether|if)
            | (?:folgenden|einige|ein\s+paar)\s+fragen\s+(?:an\s+sie|beantworten)|könnten\s+sie\s+(?:uns\s+)?(?:kurz\s+)?(?:mitteilen|sagen|beantworten)
            | répondre\s+aux\s+questions\s+suivantes|quelques\s+questions\s+(?:à\s+vous\s+poser|pour\s+vous)|pourriez-vous\s+(?:nous\s+)?(?:indiquer|préciser|dire)
            | responder\s+(?:a\s+)?las\s+siguientes\s+preguntas|algunas\s+preguntas\s+para\s+(?:usted|ti)|podría\s+(?:indicarnos|decirnos|confirmarnos)
            | responder\s+(?:às|as)\s+seguintes\s+perguntas|algumas\s+perguntas\s+para\s+(?:você|si)|poderia\s+(?:nos\s+)?(?:informar|dizer|confirmar)
            | de\s+volgende\s+vragen\s+(?:beantwoorden|voor\s+u)|een\s+paar\s+vragen\s+(?:voor\s+u|voor\s+je|aan\s+u)|(?:kunt|zou)\s+u\s+(?:ons\s+)?(?:laten\s+weten|aangeven|vertellen)""",
            _FLAGS,
        ),
    ),
)


def newest_text(text: str) -> str:
    """The newest part of a message, without quoted history or signature."""
    body, _signature = split_signature(strip_quoted(text))
    return body


def asks_candidate(text: str) -> str | None:
    """What the newest part of ``text`` asks of the reader, or None.

    >>> asks_candidate("Could you let us know your availability next week?")
    'availability'
    >>> asks_candidate("Thanks for applying. If you have any questions, reply here.") is None
    True
    """
    newest = newest_text(text)
    for what, pattern in ASKS:
        if pattern.search(newest):
            return what
    return None
