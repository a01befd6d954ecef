"""Text and addresses folded for comparison: one definition for every part of the program.

A person compares "Wisła" and "Wisla", "Café Ltd" and "CAFE LTD" as equal; so do the
classifier, the tracker and the draft lint, through these functions only.
"""

from __future__ import annotations

import functools
import re
import unicodedata

#: Letters that no Unicode decomposition takes apart ("Wisła" is "Wisla" to a person).
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
     "ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i"}
)  # fmt: skip
_NOT_WORD = re.compile(r"[^a-z0-9]+")

#: The legal forms written after a company's name ("Acme, Inc.", "Kobold GmbH & Co. KG",
#: "Lanterna S.p.A."), as patterns: the one list for extraction, keys and drafts.
LEGAL_FORMS = (
    r"Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|LLP|PLC|GmbH|AG|SE|KG|"
    r"GmbH\s*&\s*Co\.?\s*KG|SAS|S\.A\.S|SA|S\.A|SARL|SL|S\.L|SpA|S\.p\.A|S\.r\.l|Srl|BV|B\.V|NV|"
    r"N\.V|AB|Oy|ApS|AS|A/S|Pty|Pte|Pvt|Private|Ltda|Lda|KK|K\.K|S\.?A\.? de C\.?V|Sp\.\s*z\s*o\.o|"
    r"e\.K|e\.V|gGmbH|UG"
)
#: Legal forms at the end of a name, as written (capitalised: "Acme Co" is not "Acme co").
LEGAL_SUFFIX = re.compile(rf"(?:,?\s+(?:{LEGAL_FORMS})\.?)+$")
_ANY_CASE_SUFFIX = re.compile(LEGAL_SUFFIX.pattern, re.IGNORECASE)


def without_legal_form(name: str, *, any_case: bool = False) -> str:
    """'Acme Robotics, Inc.' -> 'Acme Robotics'; ``any_case`` for names a user typed."""
    return (_ANY_CASE_SUFFIX if any_case else LEGAL_SUFFIX).sub("", name).strip()


@functools.lru_cache(maxsize=16384)
def letters(text: str) -> str:
    """Case- and accent-folded text, everything else kept ('Café  Ltd' -> 'cafe  ltd')."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def spaced(text: str) -> str:
    """Folded text with its whitespace collapsed, for comparing names and phrases."""
    return " ".join(letters(text).split())


def words(text: str) -> str:
    """Folded ASCII words and digits, one space between ('Acme, Inc.' -> 'acme inc')."""
    return _NOT_WORD.sub(" ", letters(text)).strip()


@functools.lru_cache(maxsize=16384)
def compact(text: str) -> str:
    """Folded letters and digits only ('Café Ltd' -> 'cafeltd'): a key for names and labels."""
    return "".join(c for c in letters(text) if c.isalnum())


def domain_of(address: str | None) -> str | None:
    """The domain part of an address, lower-cased; None when there is none."""
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].strip(">").lower() or None
