"""Which of the user's notes a draft uses, and in which form.

A note is the user's own words about an interview: a phrase ("the migration to
Kafka") or a whole sentence. The advice the product follows says a thank-you should
name something specific from the conversation, with that person; the faults of an
earlier release were the same note in every later follow-up, pasted to a coordinator
who was not there, in English into a Dutch mail, and mid-sentence when it was a
sentence. So:

- a note about a person (``note APP --person NAME``) goes only into drafts to them;
- a note about nobody in particular goes into the thank-you to the first interviewer
  of the interview it follows (a panel's other thank-yous get their own notes);
- a follow-up uses a note only when no thank-you went to that person for that
  interview and they were in it; a check-in or rejection reply never does;
- only notes given after the interview began count;
- a note that is plainly in another language than the draft is left out;
- a phrase fills ``note`` (inside a sentence), a sentence fills ``note_sentence``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from followthrough.model import DraftKind, Person

_WORDS = {
    "en": r"and|the|you|your|we|for|with|to|our|about|of|was|were|how",
    "de": r"und|der|die|das|wir|sie|mit|über|für|von|zu|wie|unser|unsere",
    "fr": r"et|le|la|les|des|nous|vous|avec|pour|sur|de|du|une",
    "es": r"y|el|los|las|nosotros|usted|con|para|sobre|del|una|cómo",
    "nl": r"en|het|een|wij|jullie|met|voor|over|van|hoe|onze",
    "pt": r"e|os|as|nós|você|com|para|sobre|do|da|uma|como",
}
_LANG_RE = {lang: re.compile(rf"(?i)\b(?:{words})\b") for lang, words in _WORDS.items()}
_SENTENCE_END = re.compile(r"[.!?…]$")


@dataclass(frozen=True)
class Note:
    """One note the user gave: when, the text, and who it is about (None: nobody)."""

    at: dt.datetime
    text: str
    person: str | None = None


@dataclass(frozen=True)
class NoteUse:
    """The note a draft uses, and whether it is a whole sentence."""

    text: str
    sentence: bool


def about(note: Note, person: Person | None) -> bool:
    """Whether ``note`` names ``person`` (by address, full name, or a part of the name)."""
    if note.person is None or person is None:
        return False
    key = " ".join(note.person.casefold().split())
    if "@" in key:
        return bool(person.address) and person.address.lower() == key  # type: ignore[union-attr]
    name = " ".join((person.name or "").casefold().split())
    return bool(name) and (key == name or key in name.split() or name.startswith(key + " "))


def language_of(text: str) -> str | None:
    """The language a note is plainly written in (two function words or more), else None."""
    counts = {lang: len(rx.findall(text)) for lang, rx in _LANG_RE.items()}
    best = max(counts, key=lambda k: counts[k])
    if counts[best] < 2 or sorted(counts.values())[-2] == counts[best]:
        return None
    return best


def form(text: str) -> NoteUse:
    """A sentence (five words or more, ending like one) or a phrase (trailing marks dropped)."""
    text = " ".join(text.split())
    if _SENTENCE_END.search(text) and len(text.split()) >= 5:
        sentence = text[0].upper() + text[1:]
        return NoteUse(sentence, True)
    return NoteUse(text.rstrip(" .;,:!?…"), False)


def pick(
    notes: Iterable[Note],
    *,
    kind: DraftKind,
    to: Person | None,
    since: dt.datetime | None,
    first_interviewer: Person | None,
    was_there: bool,
    thanked_them: bool,
    language: str,
) -> tuple[NoteUse | None, str]:
    """The note for one draft and, when a fitting note was left out, why ("" otherwise).

    :param since: the start of the interview the draft is about (notes before it are
        about something else); None: no interview, no note.
    :param first_interviewer: who gets a note about nobody in particular.
    :param was_there: ``to`` was an interviewer of that interview.
    :param thanked_them: a thank-you was already made to ``to`` for that interview.
    """
    if since is None or kind not in (DraftKind.THANK_YOU, DraftKind.FOLLOW_UP):
        return None, ""
    if kind is DraftKind.FOLLOW_UP and (thanked_them or not was_there):
        return None, ""
    recent = [n for n in notes if n.at >= since]
    personal = [n for n in recent if about(n, to)]
    general = [n for n in recent if n.person is None]
    gets_general = kind is DraftKind.FOLLOW_UP or _same(to, first_interviewer)
    chosen = personal[-1] if personal else (general[-1] if general and gets_general else None)
    if chosen is None:
        return None, ""
    written = language_of(chosen.text)
    if written is not None and written != language:
        return None, f"the note is in {written}, the draft in {language}: not used"
    return form(chosen.text), ""


def _same(a: Person | None, b: Person | None) -> bool:
    return bool(a and b and a.address and b.address and a.address.lower() == b.address.lower())


def first_with_address(people: Sequence[Person]) -> Person | None:
    return next((p for p in people if p.address), None)
