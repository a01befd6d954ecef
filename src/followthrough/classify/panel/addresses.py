"""Join the names of the people met to addresses that the mail and the search know.

A thank-you needs an address, and one is never made up from a name: it comes from a
person written with their address ("Priya Raman <priya@x>", a quoted "From:" line, a
signature), a known person of the same full name, or an address whose local part
spells the name ("praman@x" for Priya Raman).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from followthrough.classify.panel.names import NAME, NAME_RE, clean, looks_like_name, same_person
from followthrough.keys import spaced as fold
from followthrough.model import Person

_EMAIL_IN_TEXT = re.compile(r"([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)")
_HEADER_PREFIX = re.compile(
    r"(?i)^(?:from|to|cc|de|von|van|para|från|od|da|a|à|an|e-?mail|mail|correo|courriel|e-post)\s*:\s*"
)


def people_in_text(text: str) -> list[Person]:
    """People written with their address in the text or quoted headers: "Priya Raman
    <priya@x>", "From: Raman, Priya <priya@x>", "On Monday A B <a@x> wrote:", signatures."""
    found: list[Person] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        for m in _EMAIL_IN_TEXT.finditer(line):
            before = line[: m.start()].strip(' <(:-–—|,\t>["')
            before = _HEADER_PREFIX.sub("", before).strip(' :"')
            tries = [before, before.split(",")[0]] if before else []
            trailing = re.search(rf"({NAME})$", before) if before else None
            if trailing:
                tries.append(trailing.group(1))
            if not before and i > 0:
                tries.append(lines[i - 1].strip(" >"))
            name = next((clean(t) for t in tries if looks_like_name(clean(t))), None)
            found.append(Person(name, m.group(1).lower().rstrip(".")))
    return found


def _local_matches(name: str, address: str) -> bool:
    """An existing address whose local part spells this full name (joins, never invents)."""
    toks = [re.sub(r"[^a-z]", "", t) for t in fold(name).split()]
    toks = [t for t in toks if t]
    if len(toks) < 2:
        return False
    first, last = toks[0], toks[-1]
    local = re.sub(r"[^a-z]", "", fold(address.split("@", 1)[0]))
    return local in {
        first + last,
        first[0] + last,
        first + last[0],
        last + first,
        last + first[0],
        last,
    }


def full_names(text: str) -> list[str]:
    """Every full name written in ``text`` (two or more words, shaped like a person's)."""
    out: list[str] = []
    # Booking links carry the host's name: calendly.example/marcus-caldwell/30min.
    for m in re.finditer(
        r"https?://[^\s/]+/([a-z]{2,20}(?:-[a-z]{2,20}){1,2})(?=[/?#\s>]|$)", text
    ):
        slug = " ".join(part.capitalize() for part in m.group(1).split("-"))
        if looks_like_name(slug) and slug not in out:
            out.append(slug)
    for m in NAME_RE.finditer(text):
        name = clean(m.group(0))
        if len(name.split()) >= 2 and looks_like_name(name) and name not in out:
            out.append(name)
    return out


def join_address(name: str, known: Sequence[Person], written: Sequence[str] = ()) -> Person:
    """``name`` with the address (and the fuller name) that a known person gives them;
    a first name alone is completed from the one full name of that first name written in
    the mail or its thread, else from the one known person of that first name."""
    target = fold(name)
    if len(target.split()) == 1:
        fuller = {w for w in written if fold(w).split()[0] == target}
        matches = {
            (clean(p.name), p.address)
            for p in known
            if p.address and p.name and fold(clean(p.name)).split()[:1] == [target]
        }
        if len(fuller) == 1:
            name = fuller.pop()
            target = fold(name)
        elif len(matches) == 1:
            full, address = matches.pop()
            return Person(full, address)
        else:
            return Person(name, None)
    for person in known:
        if person.address and person.name and fold(clean(person.name)) == target:
            return Person(name, person.address)
    for person in known:
        if person.address and person.name and same_person(person.name, name):
            return Person(name, person.address)
    spelled = {p.address for p in known if p.address and _local_matches(name, p.address)}
    if len(spelled) == 1:
        return Person(name, spelled.pop())
    return Person(name, None)
