"""The language a draft is written in, and dates spelled out in that language.

A draft answers in the language the employer wrote in: the most recent inbound
message of the thread (else of the application) that has a detected language wins.
When that is a language without templates (Italian, Danish, Polish ...), the draft is
written in the language the user writes to the employer in, else in English: the
same for every draft of the application, never a neighbouring language that only
looks alike. The user can force one language for every draft (``[drafts] language``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol

from followthrough.drafts.render import SHIPPED_LANGUAGES

DEFAULT = "en"

_DAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
    "dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
_DATE_FORMAT = {
    "en": "{month} {day}",
    "de": "{day}. {month}",
    "fr": "{day} {month}",
    "es": "{day} de {month}",
    "pt": "{day} de {month}",
    "nl": "{day} {month}",
}


class StoredMessage(Protocol):
    """What this module reads of a stored message (``store.models.Message``)."""

    @property
    def direction(self) -> str: ...
    @property
    def date(self) -> dt.datetime: ...
    @property
    def language(self) -> str | None: ...
    @property
    def thread_id(self) -> str | None: ...


def supported(code: str | None) -> str | None:
    """``code`` as a shipped language ("de", "DE", "de-AT" -> "de"), else None."""
    if not code:
        return None
    short = code.strip().lower().replace("_", "-").split("-", 1)[0]
    return short if short in SHIPPED_LANGUAGES else None


def thread_language(
    messages: Iterable[StoredMessage],
    *,
    override: str | None = None,
    thread_id: str | None = None,
) -> str:
    """The language to write a draft in.

    ``override`` (the user's ``[drafts] language``) wins. Otherwise the most recent
    inbound message with a known language: of the thread ``thread_id`` when it has one,
    else of all ``messages``. When that language has no templates, or nothing is known,
    the user's own (their latest message in a shipped language), else English.
    """
    forced = supported(override)
    if forced:
        return forced
    newest_first = sorted(messages, key=lambda m: m.date, reverse=True)
    inbound = [m for m in newest_first if m.direction == "in" and m.language]
    if thread_id:
        in_thread = [m for m in inbound if m.thread_id == thread_id]
        inbound = in_thread or inbound
    theirs = supported(inbound[0].language) if inbound else None
    if theirs:
        return theirs
    own = (supported(m.language) for m in newest_first if m.direction == "out")
    return next((lang for lang in own if lang), DEFAULT)


def _lang(language: str) -> str:
    return supported(language) or DEFAULT


def day_name(day: dt.date, language: str) -> str:
    """The weekday of ``day`` in ``language`` ("Tuesday", "Dienstag", "mardi" ...)."""
    return _DAYS[_lang(language)].split(" ")[day.weekday()]


def date_text(day: dt.date, language: str) -> str:
    """``day`` as a recruiter writes it ("March 5", "5. März", "5 de marzo" ...)."""
    lang = _lang(language)
    month = _MONTHS[lang].split(" ")[day.month - 1]
    return _DATE_FORMAT[lang].format(day=day.day, month=month)
