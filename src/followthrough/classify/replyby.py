"""Find the date an employer promised to answer by ("we'll get back to you by Friday").

SPEC section 4 moves the follow-up to that date plus two business days, so a wrong date
costs the user a badly timed draft: only clear first-person promises count. A deadline
set for the candidate ("please sign by April 10", "bitte bis zum 27. Februar") is not a
promise, and vague phrases ("in a few weeks", "as soon as I have news") give nothing.
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re

from followthrough.classify.when import find_dates, next_weekday
from followthrough.classify.when_words import WEEKDAYS

# The employer (we / I / they for an agency) commits to come back.
_PROMISE = re.compile(
    r"""(?ix)
    \b(?:we|i|they|the\s+team|our\s+team|you)\b[^.!?\n]{0,40}?
      (?:get\s+back|be\s+in\s+touch|reach\s+out|follow\s+up|let\s+you\s+know|update\s+you|come\s+back
        |respond|reply|circle\s+back|revert|have\s+(?:a\s+|an\s+)?(?:decision|answer|feedback|news|dates|an\s+update|update)
        |hear\s+(?:back\s+)?from\s+(?:us|me)|make\s+(?:a|our)\s+decision|decide|contact\s+you|send\s+you|share)
    | \b(?:wir|ich)\b[^.!?\n]{0,60}?(?:melden|rückmeldung|zurückkommen|entscheidung|informieren|antworten|bescheid)
    | \b(?:nous|je)\b[^.!?\n]{0,50}?(?:reviendr|recontacter|répondr|donnerons|tiendr|informer|ferons)
    | \bon\s+(?:(?:te|vous)\s+)?(?:revient|reviendra|recontacte|recontactera|tient|tiendra|dit|dira|répond|répondra|fait\s+signe|fera\s+signe)
    | \b(?:te|le|les|os|nos)\s+(?:daremos|darem|responderemos|contactaremos|escribiremos|informaremos|diremos)
    | (?:daremos|responderemos|contactaremos|informaremos|volveremos)\b
    | \b(?:retornaremos|daremos\s+um\s+retorno|entraremos\s+em\s+contato|responderemos)
    | \b(?:wij|we|ik)\b[^.!?\n]{0,40}?(?:laten\s+(?:je|u)\s+weten|nemen\s+contact|koppelen\s+terug|reageren)
    """
)
# The sentence sets a deadline for the candidate instead.
_CANDIDATE_DEADLINE = re.compile(
    r"""(?ix)
    \b(?:please|kindly|bitte|merci\s+de|veuillez|por\s+favor|te\s+pedimos|gelieve)\b
    | \b(?:sign|accept|complete|submit|return|respond\s+to\s+this\s+offer|expires?|deadline|abschlie|ab\.)\b
    | \bif\s+you\s+(?:don't|do\s+not|haven't)\b
    | \byou\s+(?:must|need\s+to|have\s+to|should)\b
    """
)
_WITHIN = re.compile(
    r"""(?ix)
    \b(?:within|in\s+the\s+next|innerhalb\s+(?:von\s+)?|in\s+den\s+nächsten|dans\s+les|sous|d'ici|en\s+las?\s+próximas?|dentro\s+de|en\s+un\s+plazo\s+de|em\s+até|binnen)\s+
    (?P<n>\d+|one|two|three|four|five|six|seven|ten|a|an|einer|zwei|drei|vier|fünf|une|deux|trois|quatre|cinq|un|una|dos|tres|cuatro|cinco|uma|duas|twee|vier)\s+
    (?:(?:business|working|calendar)\s+)?
    (?P<unit>days?|weeks?|tage?n?|wochen?|woche|jours?|semaines?|días?|dias?|semanas?|dagen|weken|werktage?n?|jours\s+ouvrés)
    """
)
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "einer": 1, "une": 1, "un": 1, "una": 1, "uma": 1,
    "two": 2, "zwei": 2, "deux": 2, "dos": 2, "duas": 2, "twee": 2,
    "three": 3, "drei": 3, "trois": 3, "tres": 3,
    "four": 4, "vier": 4, "quatre": 4, "cuatro": 4,
    "five": 5, "fünf": 5, "cinq": 5, "cinco": 5,
    "six": 6, "seven": 7, "ten": 10,
}  # fmt: skip
# Phrases that anchor a date as a limit ("by", "bis", "avant", "antes del", ...).
_BY = re.compile(
    r"""(?ix)
    (?:\bby|\bbefore|\bno\s+later\s+than|\bon|\buntil|\bbis(?:\s+(?:spätestens|zum|zu|am))*|\bspätestens(?:\s+(?:am|bis))?
      |\bavant(?:\s+le)?|\bd'ici(?:\s+le)?|\bau\s+plus\s+tard\s+le|\bantes\s+del?|\bhasta\s+el|\bel
      |\baté|\buiterlijk|\bvóór|\bvoor|\bam|\ble)\s*(?:the\s+)?(?:end\s+of\s+)?$
    """
)
_END_OF_NEXT_WEEK = re.compile(
    r"(?i)\b(?:by\s+the\s+end\s+of\s+next\s+week|bis\s+ende\s+(?:der\s+)?nächste[rn]?\s+woche"
    r"|d'ici\s+la\s+fin\s+de\s+la\s+semaine\s+prochaine|antes\s+del\s+final\s+de\s+la\s+próxima\s+semana"
    r"|a\s+finales\s+de\s+la\s+próxima\s+semana|até\s+o\s+final\s+da\s+próxima\s+semana|eind\s+volgende\s+week)\b"
)
_END_OF_WEEK = re.compile(
    r"(?i)\b(?:by\s+the\s+end\s+of\s+(?:the|this)\s+week|by\s+end\s+of\s+week|bis\s+ende\s+(?:der|dieser)\s+woche"
    r"|d'ici\s+la\s+fin\s+de\s+la\s+semaine|antes\s+del\s+final\s+de\s+(?:la|esta)\s+semana|até\s+o\s+final\s+da\s+semana)\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?!\d)|\n|$)")


def _sentences(text: str) -> list[str]:
    flat = re.sub(r"(?<!\n)\n(?!\n)", " ", text)
    return [
        s.strip() for s in re.split(r"(?<=[a-zà-ÿ)][.!?])\s+(?=[A-ZÀ-Ý¿¡])|\n+", flat) if s.strip()
    ]


def promised_date(
    text: str, sent: dt.datetime | None, *, day_first: bool = False
) -> dt.date | None:
    """The date the sender promises to answer by, or None."""
    if sent is None:
        return None
    ref = sent.date()
    for sentence in _sentences(text):
        promise = _PROMISE.search(sentence)
        if not promise:
            continue
        if _CANDIDATE_DEADLINE.search(sentence[: promise.start()]) or re.match(
            r"(?i)\s*(?:please|bitte|merci de|veuillez|por favor)", sentence
        ):
            continue
        tail = sentence[promise.end() :]
        if _END_OF_NEXT_WEEK.search(tail):
            return next_weekday(ref, 4) + dt.timedelta(days=7 if ref.weekday() < 4 else 0)
        if _END_OF_WEEK.search(tail):
            return next_weekday(ref, 4, allow_today=True)
        within = _WITHIN.search(tail)
        if within:
            n = within.group("n").lower()
            count = int(n) if n.isdigit() else _NUMBERS.get(n, 0)
            unit = within.group("unit").lower()
            if count:
                if unit.startswith(("w", "sem")):
                    return ref + dt.timedelta(weeks=count)
                if "business" in within.group(0).lower() or "working" in within.group(0).lower():
                    day = ref
                    left = count
                    while left:
                        day += dt.timedelta(days=1)
                        if day.weekday() < 5:
                            left -= 1
                    return day
                return ref + dt.timedelta(days=count)
        for found in find_dates(tail, ref, day_first=day_first):
            before = tail[max(0, found.start - 40) : found.start]
            if not _BY.search(before) and "at the latest" not in tail[found.end : found.end + 20]:
                continue
            when = found.date
            if found.weekday_only:
                word = tail[found.start : found.end].lower().split()[-1]
                wd = WEEKDAYS.get(word)
                if wd is not None:
                    when = next_weekday(ref, wd)
            if when < ref:
                continue
            return when
    return None
