"""Work out who interviews the candidate, with addresses where the message gives them.

Thank-you drafts go one per interviewer (SPEC section 4), so this list decides who gets
mail. Sources, most reliable first: the calendar's ATTENDEE lines (not the candidate,
not rooms, not a coordinator who only organises), then phrases in the text ("you'll be
speaking with A, B and C", "Interviewer: A", "Gesprächspartner: A und B", "con A",
"avec A", a table column headed "Interviewer"). A name gets an address when the sender,
Reply-To or a calendar attendee with that name (or matching address) has one.
"""

# Long lines here are phrase patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from followthrough.classify.ical import CalendarEvent
from followthrough.model import Person

_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+"
_NAME = rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Herr|Frau|M|Mme|Sr|Sra)\.?\s+)?{_NAME_WORD}(?:\s+(?:van|von|de|da|del|der|di|le|la|du|dos|das)?\s*{_NAME_WORD}){{1,2}}"
_TITLE_PREFIX = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms|Herr|Frau|M|Mme|Sr|Sra)\.?\s+")

# A phrase that introduces the people the candidate will meet.
_INTRO = re.compile(
    r"""(?ix)
    (?:speaking|speak|meeting|meet|chat(?:ting)?|talk(?:ing)?|interview(?:ing)?|screen|call|session|conversation|design|coding|round)
        \s+with\s+(?!you\b)(?:our\s+|the\s+|your\s+)?(?:(?-i:[a-z ]{0,30}?),\s+)?
    | (?:you'll|you\s+will)\s+(?:meet|be\s+meeting|be\s+speaking\s+with|speak\s+with)\s*:?
    | interviewers?\s*:
    | interviewed\s+by
    | (?:hiring\s+manager|recruiter|engineering\s+manager|cto|ceo|team\s+lead)\s*,\s*(?=[A-Z])
    | (?:gesprächspartner(?:in)?|ansprechpartner(?:in)?|interviewer(?:in)?)\s*:
    | (?:gespräch|interview)\s+mit
    | \bavec\s+(?:notre\s+|votre\s+)?(?:[a-zé ]{0,25}?,\s+)?
    | \bcon\s+(?:nuestr[oa]\s+)?(?:[a-zé ]{0,25}?,\s+)?
    | \bcom\s+(?:[a-zé ]{0,25}?,\s+)?
    | \bmet\s+(?:onze\s+)?
    | entrevistador(?:a|es)?\s*:
    """
)
_SELF = re.compile(
    r"(?i)\b(?:with\s+me\b|just\s+be\s+me\b|avec\s+moi|mit\s+mir\b|conmigo\b|comigo\b|met\s+mij\b)"
)
_SCREEN_BY_SENDER = re.compile(
    r"(?i)\b(?:recruiter|phone|intro(?:ductory)?|initial)\s+(?:screen|call|chat|conversation)\b"
)
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|&)\s*")
_NOT_NAMES = {
    "microsoft teams", "google meet", "zoom", "video call", "the team", "our team", "hiring manager",
    "talent acquisition", "human resources", "head of", "staff engineer", "senior engineer",
}  # fmt: skip


def _fold(text: str) -> str:
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", text.lower())
        if not unicodedata.combining(c) and c.isalnum()
    )


def clean_name(name: str) -> str:
    """A person's name without honorifics and trailing role text."""
    name = _TITLE_PREFIX.sub("", name.strip())
    return " ".join(name.split())


def address_for(name: str, known: Iterable[Person]) -> str | None:
    """An address for ``name`` from people already known (same name, or local part)."""
    folded = _fold(name)
    parts = [_fold(p) for p in name.split() if p]
    for person in known:
        if person.name and _fold(clean_name(person.name)) == folded and person.address:
            return person.address
    for person in known:
        if not person.address:
            continue
        local = _fold(person.address.split("@", 1)[0])
        if local == folded or (
            len(parts) >= 2 and local in (parts[0] + parts[-1], parts[0][0] + parts[-1])
        ):
            return person.address
    return None


def _names_after(text: str, pos: int) -> list[str]:
    """Names listed right after position ``pos`` ("A, B and C", "A (Role) und B (Role)")."""
    chunk = text[pos : pos + 260]
    chunk = re.sub(r"\s*\([^)]{0,60}\)", "", chunk)  # drop "(Staff Engineer)"
    # An honorific's dot ("Dr. Paul Nakamura") does not end the sentence.
    chunk = re.sub(r"\b(Dr|Prof|Mr|Mrs|Ms|Mme|Sr|Sra|Jr)\.(?=\s+[A-ZÀ-Þ])", r"\1", chunk)
    chunk = re.split(r"[.;:!?\n](?:\s|$)|\n\n", chunk, maxsplit=1)[0]
    names: list[str] = []
    for piece in _LIST_SPLIT.split(chunk):
        piece = piece.strip()
        m = re.match(_NAME, piece)
        if not m:
            if names:
                break
            continue
        name = clean_name(m.group(0))
        if name.lower() in _NOT_NAMES or len(name.split()) < 2:
            if names:
                break
            continue
        names.append(name)
        rest = piece[m.end() :].strip(" -–,")
        if rest and not rest[0].isupper() and not names:
            break
    return names


def _table_names(text: str) -> list[str]:
    """Names in a column headed 'Interviewer' of a table rendered as 'a | b | c' rows."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if "|" not in line:
            continue
        cells = [c.strip().lower() for c in line.split("|")]
        col = next(
            (
                j
                for j, c in enumerate(cells)
                if c.startswith(("interviewer", "gesprächspartner", "entrevistador"))
            ),
            None,
        )
        if col is None:
            continue
        names: list[str] = []
        for row in lines[i + 1 :]:
            if "|" not in row:
                if row.strip():
                    break
                continue
            row_cells = [c.strip() for c in row.split("|")]
            if col < len(row_cells):
                m = re.match(_NAME, row_cells[col])
                if m:
                    names.append(clean_name(m.group(0)))
        return names
    return []


def interviewers_from_text(
    text: str,
    *,
    sender: Person | None,
    known: Iterable[Person],
    is_screen_by_sender: bool,
) -> tuple[Person, ...]:
    """Interviewers named in the text, addresses filled from ``known`` people."""
    known = list(known)
    names: list[str] = _table_names(text)
    if not names:
        flat = re.sub(r"(?<!\n)\n(?!\n)", " ", text)
        for m in _INTRO.finditer(flat):
            for name in _names_after(flat, m.end()):
                if name not in names:
                    names.append(name)
    sender_name = clean_name(sender.name) if sender and sender.name else None
    if sender_name and _SELF.search(text) and sender_name not in names:
        names.insert(0, sender_name)
    if not names and sender_name and is_screen_by_sender and _SCREEN_BY_SENDER.search(text):
        names.append(sender_name)
    people: list[Person] = []
    for name in names:
        people.append(Person(name, address_for(name, known)))
    return tuple(people)


def interviewers_from_calendar(
    event: CalendarEvent, *, account: str | None, text: str, candidate_names: Iterable[str]
) -> tuple[Person, ...]:
    """ATTENDEEs who are not the candidate; the organizer too when the text says 'with me'."""
    skip = {n.lower() for n in candidate_names if n}
    people: list[Person] = []
    for person in event.attendees:
        if account and person.address == account:
            continue
        if person.name and person.name.lower() in skip:
            continue
        if person.address and person.address.split("@")[0].startswith(
            ("noreply", "no-reply", "room", "resource")
        ):
            continue
        people.append(Person(clean_name(person.name) if person.name else None, person.address))
    org = event.organizer
    if (
        org
        and org.address
        and org.address != account
        and all(p.address != org.address for p in people)
        and _SELF.search(text)
    ):
        people.insert(0, Person(clean_name(org.name) if org.name else None, org.address))
    return tuple(people)
