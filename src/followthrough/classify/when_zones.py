"""Resolve the time zone of a time written in mail.

A time takes the zone written right after it ("2pm ET", "10:00 Uhr (MEZ)", "heure de
Paris", "GMT+1"), else the zone named elsewhere in the text, else the sender's home zone
guessed from the Date header's offset and the mail's language, so that a time a few
days on is read across a change to or from summer time.
"""

# Long lines here are date and zone patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from followthrough.classify.when_words import CITY_ZONES, ZONE_WORDS, alternation

_CITY = alternation(list(CITY_ZONES))
ZONE_RE = re.compile(
    rf"""(?x)
    \(?\s*(?:GMT|UTC)\s*(?P<off>[+-−]\s*\d{{1,2}}(?::?\d{{2}})?)\)?
    | \b(?P<abbr>ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|UTC|GMT|BST|CET|CEST|MEZ|MESZ|WET|WEST|IST)\b
    | (?i:\b(?P<word>eastern|central|mountain|pacific)\b(?:\s+(?:standard\s+|daylight\s+)?time)?)
    | (?i:(?:heure|hora|horário|hor[aá]rio|zeit|time|tijd)\s+(?:de\s+|d'|von\s+|in\s+)?(?P<city1>{_CITY})\b)
    | (?i:\b(?P<city2>{_CITY})(?:er)?\s+(?:time|zeit|tijd)\b)
    """
)


def zone_from_match(m: re.Match[str]) -> dt.tzinfo | None:
    """The zone a ZONE_RE match names."""
    if m.group("off"):
        raw = m.group("off").replace("−", "-").replace(" ", "")
        sign = -1 if raw.startswith("-") else 1
        digits = raw[1:].replace(":", "")
        hours = int(digits[:-2] or 0) if len(digits) > 2 else int(digits)
        minutes = int(digits[-2:]) if len(digits) > 2 else 0
        return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    word = m.group("abbr") or m.group("word")
    if word:
        return ZoneInfo(ZONE_WORDS[word.lower()])
    city = m.group("city1") or m.group("city2")
    if city:
        return ZoneInfo(CITY_ZONES[city.lower()])
    return None


def zone_in_text(text: str) -> dt.tzinfo | None:
    """The first time zone named anywhere in ``text``."""
    for m in ZONE_RE.finditer(text):
        # A bare "CT"/"MT"/"PT"/"ET" far from any time is too ambiguous on its own.
        if m.group("abbr") in ("ET", "CT", "MT", "PT", "IST", "WEST") or (
            m.group("word")
            and "time" not in m.group(0).lower()
            and "(" not in text[max(0, m.start() - 1) : m.start()]
        ):
            continue
        zone = zone_from_match(m)
        if zone is not None:
            return zone
    return None


#: Where mail in each language is usually written from, most likely first; the first
#: zone whose offset matches the Date header's at that moment is the sender's zone.
_HOME_CANDIDATES: dict[str, tuple[str, ...]] = {
    "en": ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
           "America/Phoenix", "Europe/London", "Europe/Dublin", "Europe/Berlin",
           "Asia/Kolkata", "Asia/Singapore", "Australia/Sydney"),
    "de": ("Europe/Berlin",),
    "fr": ("Europe/Paris", "America/Toronto"),
    "es": ("Europe/Madrid", "America/Mexico_City", "America/Bogota",
           "America/Argentina/Buenos_Aires", "America/Santiago"),
    "pt": ("Europe/Lisbon", "America/Sao_Paulo"),
    "nl": ("Europe/Amsterdam",),
    "it": ("Europe/Rome",),
    "da": ("Europe/Copenhagen",),
    "sv": ("Europe/Stockholm",),
    "nb": ("Europe/Oslo",),
    "pl": ("Europe/Warsaw",),
}  # fmt: skip
_ANY_HOME = tuple(dict.fromkeys(z for zones in _HOME_CANDIDATES.values() for z in zones))


def home_zone(sent: dt.datetime, language: str = "en") -> dt.tzinfo:
    """The sender's zone as a region with DST rules, guessed from the Date header.

    "Tuesday at 3pm" in mail sent at +01:00 from Germany on 27 March means 15:00
    Berlin time on 31 March, which is +02:00: the header's fixed offset would be an
    hour off across the change. The offset and the language pick the region; when no
    usual region has that offset then, the fixed offset is kept.
    """
    fixed = sent.tzinfo or dt.UTC
    offset = sent.utcoffset()
    if offset is None or (offset == dt.timedelta(0) and language == "en"):
        return fixed  # UTC stamps are common from servers; they say nothing about place
    for name in (*_HOME_CANDIDATES.get(language, ()), *_ANY_HOME):
        zone = ZoneInfo(name)
        if sent.astimezone(zone).utcoffset() == offset:
            return zone
    return fixed
