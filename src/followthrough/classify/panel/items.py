"""One person from one piece of an invite's text, title split off.

A list item ("A (Staff Engineer)", "Head of Data, A", "A - Director") or the names that
follow a meeting phrase to the end of its sentence ("with A, B and our CTO, C"): each
becomes a :class:`Named`, or nothing when it is a company, a title or a word of prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from followthrough.classify.panel.names import (
    COORDINATOR,
    HONORIFIC,
    NAME,
    NOT_NAME_WORDS,
    clean,
    is_organisation,
    is_title,
    looks_like_name,
)
from followthrough.keys import spaced as fold


@dataclass(frozen=True)
class Named:
    """A person named in the text, with the title the text gave them."""

    name: str
    title: str | None = None
    strong: bool = True  # found by a label or a meeting phrase, not only as a subject


#: Words that may stand between the phrase and the names ("with our Head of Data, A").
LEAD_IN = re.compile(
    r"""(?ix)^(?:(?:our|the|your|my|(?-i:o|a|el|la|il|lo)|two\s+of\s+our|a\s+few\s+of\s+our|members\s+of\s+our|unser(?:e[mnr]?)?|
        Ihr(?:e[mnr]?)?|notre|nos|votre|nuestr[oa]s?|su|nosso|nossa|il\s+nostro|la\s+nostra|onze|vår|våra|
        naszym|naszą)\s+)+"""
)
_SPLIT = re.compile(
    r"\s*(?:,|;|\s&\s|\s(?:and|und|et|y|e|en|och|og|ed|oraz|i|as\s+well\s+as|plus)\s)\s*"
)
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?](?:\s|$)|\n\s*\n|\n")
_PRONOUN = re.compile(r"(?i)me|myself|us|mir|moi|mí|mim|me\s+myself|mij|mig|mną")
_PAREN = re.compile(r"\s*\(([^)]{0,80})\)")
_HONORIFIC_DOT = re.compile(r"\b(Dr|Prof|Mr|Mrs|Ms|Mx|Mme|Sr|Sra|Jr|St)\.(?=\s+[A-ZÀ-Þ])")


def parenthesised(text: str) -> str:
    """The "(Finance Director)" of "Imogen Fairweather (Finance Director) will join"."""
    found = _PAREN.search(text)
    return f" ({found.group(1)})" if found else ""


def person_at(piece: str, org_words: Iterable[str], strict: bool = False) -> Named | None:
    """The person a list item starts with, title split off ("A (Title)", "A - Title")."""
    piece = LEAD_IN.sub("", piece.strip(" \t-–—:"))
    piece = HONORIFIC.sub("", piece)
    title: str | None = None
    paren = _PAREN.search(piece)
    if paren:
        title = paren.group(1).strip() or None
        piece = (piece[: paren.start()] + piece[paren.end() :]).strip()
    # A title before the name ("Head of Data Priya Raman", "Engineering Manager, A").
    head = re.match(r"^((?:[A-Za-zÀ-ÿ&]+\s+){0,5}?[A-Za-zÀ-ÿ&]+)[,\s]+(?=[A-ZÀ-Þ])", piece)
    if head and is_title(head.group(1)):
        title = title or head.group(1)
        piece = piece[head.end() :]
    m = re.match(NAME, piece)
    if not m:
        return None
    name = m.group(0)
    rest = piece[m.end() :].strip()
    if strict and rest and rest[0].islower():
        return None  # "View all guest info": a line of prose, not a person
    if rest and rest[0] in ",-–—|/:" and is_title(rest.lstrip(",-–—|/: ")):
        title = title or rest.lstrip(",-–—|/: ")
    name = clean(name)
    if is_organisation(name):
        return None  # "Sunbird Retail Group", "Carrow Whitlock LLP"
    # Trailing title words that were capitalised with the name ("Dana Ruiz Staff Engineer"),
    # and a weekday or month right after it ("speaking with Courtney Tue 6/1").
    toks = name.split()
    while len(toks) > 1 and (is_title(toks[-1]) or fold(toks[-1]) in NOT_NAME_WORDS):
        if is_title(toks[-1]):
            title = title or toks[-1]
        toks.pop()
    name = " ".join(toks)
    if not looks_like_name(name, org_words):
        return None
    if title and COORDINATOR.search(title):
        return None
    return Named(name, title)


def names_inline(text: str, start: int, org_words: Iterable[str]) -> list[Named]:
    """Names listed from ``start`` to the end of the sentence."""
    chunk = text[start : start + 300]
    chunk = _HONORIFIC_DOT.sub(r"\1", chunk)
    end = _SENTENCE_END.search(chunk)
    chunk = chunk[: end.start()] if end else chunk
    chunk = re.sub(
        r"\s*\([^)]{0,80}\)",
        lambda m: re.sub(r",|\s&\s|\s(?:and|und|et|y|e|en|och)\s", " / ", m.group(0)),
        chunk,
    )
    found: list[Named] = []
    pos = 0
    for piece in _SPLIT.split(chunk):
        at = chunk.find(piece, pos)
        sep = chunk[pos:at] if at >= 0 else ""
        pos = at + len(piece) if at >= 0 else pos
        if not piece.strip() or _PRONOUN.fullmatch(piece.strip()):
            continue
        person = person_at(piece, org_words)
        if person is not None and found and "," in sep and len(person.name.split()) == 1:
            continue  # "Jonas Oberhuber, Logistik", "Vancouver, Canada": not a person
        if person is None:
            if found and not is_title(piece.strip(" -–—")):
                break
            if not found and not is_title(LEAD_IN.sub("", piece.strip())):
                break
            continue
        found.append(person)
    return found
