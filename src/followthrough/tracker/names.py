"""Normalised keys for companies and roles,

Matching mail to applications compares these keys, so "Acme, Inc." and "ACME" meet,
and "Senior Backend Engineer" meets "Backend Engineer (Senior)".
"""

from __future__ import annotations

from followthrough.keys import without_legal_form
from followthrough.keys import words as words_key

#: Words a company's key drops after its legal form: "Acme Group" and "Acme" are one employer.
_KEY_NOISE = frozenset({"group"})
_ROLE_NOISE = frozenset({"the", "a", "an", "of", "for", "and", "m", "w", "d", "f", "h", "x"})


def company_key(name: str | None) -> str | None:
    """``"Acme Robotics, Inc."`` → ``"acme robotics"``; None for nothing usable."""
    if not name:
        return None
    words = words_key(without_legal_form(name, any_case=True)).split()
    while len(words) > 1 and words[-1] in _KEY_NOISE:
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
    return frozenset(w for w in words_key(role).split() if w not in _ROLE_NOISE)


def same_role(a: str | None, b: str | None) -> bool:
    """Whether two role titles name the same job (word sets nearly equal or nested)."""
    wa, wb = role_words(a), role_words(b)
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return True
    return len(wa & wb) / len(wa | wb) >= 0.6
