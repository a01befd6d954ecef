"""Which language a message is written in, from its function words.

The language picks the phrasing of dates ("3/4" is the 3rd of April outside English),
the language of a draft, and is shown with the classification; a count of the commonest
short words of each language is enough for that, and needs no model or dictionary.

Languages the product has no templates for (Italian, the Scandinavian languages,
Polish) are still named as what they are: labelled the nearest shipped language, an
Italian thread would be answered in Spanish or Portuguese.
"""

from __future__ import annotations

import re

_LANG_WORDS = {
    "de": re.compile(r"(?i)\b(?:und|der|die|das|ihre?|wir|sie|nicht|mit|für|bei|vielen|grüße)\b"),
    "fr": re.compile(r"(?i)\b(?:et|le|la|les|vous|nous|votre|pour|avec|une|des|bonjour)\b"),
    "es": re.compile(r"(?i)\b(?:y|el|los|las|tu|su|para|con|una|hola|gracias|por)\b"),
    "pt": re.compile(r"(?i)\b(?:e|o|os|as|você|sua|seu|para|com|uma|olá|obrigad[oa]|não)\b"),
    "nl": re.compile(r"(?i)\b(?:en|het|de|een|je|jij|wij|voor|met|bedankt|niet)\b"),
    "en": re.compile(r"(?i)\b(?:and|the|you|your|we|for|with|to|thanks|thank|our)\b"),
}

#: Languages without templates: only words no shipped language uses as a function word,
#: so that a message of a shipped language never tips over to one of these.
_OTHER_WORDS = {
    "it": re.compile(
        r"(?i)\b(?:il|che|di|per|ci|è|ho|hai|sei|tuo|tua|gli|dei|della|delle|degli|dal|dalla|"
        r"sul|sulla|alla|nel|nella|più|già|perché|nostro|nostra|vostro|vostra|siamo|sono|"
        r"grazie|mille|gentile|cordiali|saluti|buongiorno|ciao|anche|questo|questa|molto)(?!\w)"
    ),
    "da": re.compile(
        r"(?i)\b(?:og|jeg|ikke|af|har|tak|venlig|hilsen|hej|dit|jeres|vores|kan|vil|også)\b"
    ),
    "sv": re.compile(
        r"(?i)\b(?:och|jag|inte|att|är|har|tack|hälsningar|hej|ditt|vår|våra|kan|vill|också)\b"
    ),
    "nb": re.compile(r"(?i)\b(?:og|jeg|ikke|å|har|takk|hilsen|hei|ditt|vår|våre|kan|vil|også)\b"),
    "pl": re.compile(
        r"(?i)\b(?:się|że|nie|jest|dla|dziękuję|dziękujemy|pozdrawiam|pozdrawiamy|dzień|dobry|"
        r"pan|pani|państwa|oraz|który|która|naszej|naszego)\b"
    ),
}


def detect_language(text: str) -> str:
    """A two-letter code from function-word counts (good enough to pick phrasing rules)."""
    sample = text[:1000]
    counts = {lang: len(rx.findall(sample)) for lang, rx in _LANG_WORDS.items()}
    counts["nl"] = int(counts["nl"] * 0.8)
    counts["pt"] = int(counts["pt"] * 0.8)
    best = max(counts, key=lambda k: counts[k]) if any(counts.values()) else "en"
    others = {lang: _count_lower(rx, sample) for lang, rx in _OTHER_WORDS.items()}
    other = max(others, key=lambda k: others[k])
    if others[other] >= 2 and others[other] >= counts[best]:
        return other
    return best


def _count_lower(rx: re.Pattern[str], text: str) -> int:
    """Matches not written in capitals: "IL" is Illinois in a job list, not Italian "il"."""
    return sum(1 for m in rx.finditer(text) if not m.group().isupper())
