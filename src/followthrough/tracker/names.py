"""Normalised keys for companies and roles,

Matching mail to applications compares these keys, so "Acme, Inc." and "ACME" meet,
and "Senior Backend Engineer" meets "Backend Engineer (Senior)".
"""

from __future__ import annotations

import re
import unicodedata

LEGAL_SUFFIXES = frozenset(
    {
        "inc", "incorporated", "llc", "llp", "ltd", "limited", "plc", "corp", "corporation",
        "co", "company", "gmbh", "ag", "kg", "se", "sa", "sas", "sarl", "srl", "spa", "bv",
        "nv", "oy", "ab", "as", "aps", "pty", "pte", "kk", "sl", "lda", "ug", "group",
    }
)  # fmt: skip
_ROLE_NOISE = frozenset({"the", "a", "an", "of", "for", "and", "m", "w", "d", "f", "h", "x"})


#: Letters that no Unicode decomposition takes apart ("Wisła" is "Wisla" to a person).
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
     "ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ı": "i"}
)  # fmt: skip


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def company_key(name: str | None) -> str | None:
    """``"Acme Robotics, Inc."`` → ``"acme robotics"``; None for nothing usable."""
    if not name:
        return None
    words = _fold(name).split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words) or None


def same_company(a: str | None, b: str | None) -> bool:
    """Whether two company keys name the same employer.

    Equal keys, or one a prefix of the other once spaces are gone ("pelicanridge",
    taken from a domain, meets "pelican ridge health"; "acme" meets "acme robotics").
    """
    if not a or not b:
        return False
    if a == b:
        return True
    ja, jb = a.replace(" ", ""), b.replace(" ", "")
    short, long = sorted((ja, jb), key=len)
    return len(short) >= 4 and long.startswith(short)


def role_words(role: str | None) -> frozenset[str]:
    """The meaningful words of a role title, for fuzzy comparison."""
    if not role:
        return frozenset()
    return frozenset(w for w in _fold(role).split() if w not in _ROLE_NOISE)


def same_role(a: str | None, b: str | None) -> bool:
    """Whether two role titles name the same job (word sets nearly equal or nested)."""
    wa, wb = role_words(a), role_words(b)
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return True
    return len(wa & wb) / len(wa | wb) >= 0.6


def domain_of(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].lower()
