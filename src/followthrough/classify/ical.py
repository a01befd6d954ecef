"""Read interview facts from text/calendar parts (iTIP invitations).

A calendar part is the most reliable source of an interview's time: SPEC section 2 says
``interview_start`` comes from it first. Calendar mail is messy in practice: Outlook
writes Windows zone names ("Eastern Standard Time") as TZIDs, some tools send UTC
``Z`` times, reschedules bump SEQUENCE, and a part can be an attachment or base64.
Only the event with the highest SEQUENCE counts.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followthrough.model import Person

log = logging.getLogger(__name__)

#: Common Windows time-zone names (CLDR windowsZones, territory 001) to IANA names.
WINDOWS_ZONES: dict[str, str] = {
    "dateline standard time": "Etc/GMT+12",
    "hawaiian standard time": "Pacific/Honolulu",
    "alaskan standard time": "America/Anchorage",
    "pacific standard time": "America/Los_Angeles",
    "us mountain standard time": "America/Phoenix",
    "mountain standard time": "America/Denver",
    "central standard time": "America/Chicago",
    "central america standard time": "America/Guatemala",
    "canada central standard time": "America/Regina",
    "mexico standard time": "America/Mexico_City",
    "central standard time (mexico)": "America/Mexico_City",
    "eastern standard time": "America/New_York",
    "us eastern standard time": "America/Indianapolis",
    "atlantic standard time": "America/Halifax",
    "newfoundland standard time": "America/St_Johns",
    "sa pacific standard time": "America/Bogota",
    "e. south america standard time": "America/Sao_Paulo",
    "argentina standard time": "America/Buenos_Aires",
    "utc": "UTC",
    "coordinated universal time": "UTC",
    "gmt standard time": "Europe/London",
    "greenwich standard time": "Atlantic/Reykjavik",
    "w. europe standard time": "Europe/Berlin",
    "central europe standard time": "Europe/Budapest",
    "romance standard time": "Europe/Paris",
    "central european standard time": "Europe/Warsaw",
    "w. central africa standard time": "Africa/Lagos",
    "e. europe standard time": "Europe/Chisinau",
    "gtb standard time": "Europe/Bucharest",
    "fle standard time": "Europe/Kiev",
    "israel standard time": "Asia/Jerusalem",
    "south africa standard time": "Africa/Johannesburg",
    "russian standard time": "Europe/Moscow",
    "arabian standard time": "Asia/Dubai",
    "turkey standard time": "Europe/Istanbul",
    "india standard time": "Asia/Calcutta",
    "singapore standard time": "Asia/Singapore",
    "china standard time": "Asia/Shanghai",
    "tokyo standard time": "Asia/Tokyo",
    "korea standard time": "Asia/Seoul",
    "aus eastern standard time": "Australia/Sydney",
    "e. australia standard time": "Australia/Brisbane",
    "new zealand standard time": "Pacific/Auckland",
}

_PARAM_TZID = re.compile(
    r'^(DT(?:START|END))[^:\n]*?;TZID=(?:"([^"\n]+)"|([^:;"\n]+))[^:\n]*:(\S+)', re.M
)
#: Outlook writes display-name TZIDs unquoted although they hold a colon:
#: ``DTSTART;TZID=(UTC-08:00) Pacific Time (US & Canada):20260310T093000``.
_UNQUOTED_TZID = re.compile(
    r'^(DT(?:START|END)[^:\n"]*;TZID=)([^"\n;]*:[^"\n;]*):(\d{8}(?:T\d{6}Z?)?)\r?$', re.M
)


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT of an invitation, times aware."""

    start: dt.datetime | None
    end: dt.datetime | None
    method: str
    sequence: int
    uid: str | None
    summary: str
    description: str
    organizer: Person | None
    attendees: tuple[Person, ...]
    cancelled: bool


#: Outlook display names ("(UTC-08:00) Pacific Time (US & Canada)"), by a telling part.
DISPLAY_ZONES: tuple[tuple[str, str], ...] = (
    ("pacific time", "America/Los_Angeles"),
    ("eastern time", "America/New_York"),
    ("central time (us", "America/Chicago"),
    ("mountain time (us", "America/Denver"),
    ("arizona", "America/Phoenix"),
    ("alaska", "America/Anchorage"),
    ("hawaii", "Pacific/Honolulu"),
    ("atlantic time", "America/Halifax"),
    ("brasilia", "America/Sao_Paulo"),
    ("buenos aires", "America/Argentina/Buenos_Aires"),
    ("bogota", "America/Bogota"),
    ("guadalajara, mexico city", "America/Mexico_City"),
    ("dublin, edinburgh, lisbon, london", "Europe/London"),
    ("amsterdam, berlin", "Europe/Berlin"),
    ("brussels, copenhagen, madrid, paris", "Europe/Paris"),
    ("belgrade, bratislava", "Europe/Budapest"),
    ("sarajevo, skopje, warsaw", "Europe/Warsaw"),
    ("athens, bucharest", "Europe/Bucharest"),
    ("helsinki, kyiv", "Europe/Helsinki"),
    ("jerusalem", "Asia/Jerusalem"),
    ("moscow", "Europe/Moscow"),
    ("chennai, kolkata", "Asia/Kolkata"),
    ("kuala lumpur, singapore", "Asia/Singapore"),
    ("beijing", "Asia/Shanghai"),
    ("osaka, sapporo, tokyo", "Asia/Tokyo"),
    ("canberra, melbourne, sydney", "Australia/Sydney"),
    ("auckland, wellington", "Pacific/Auckland"),
    ("coordinated universal time", "UTC"),
)


def zone_for(tzid: str) -> dt.tzinfo | None:
    """An IANA zone for a TZID, also accepting Windows names ('Eastern Standard Time')
    and Outlook display names ('(UTC+01:00) Amsterdam, Berlin, Bern, Rome, ...')."""
    name = tzid.strip().strip('"')
    if not name:
        return None
    low = name.lower()
    if low.startswith(("(utc", "(gmt")):
        for part, zone in DISPLAY_ZONES:
            if part in low:
                return ZoneInfo(zone)
        return None
    name = WINDOWS_ZONES.get(low, name)
    if name.startswith("/"):  # some producers prefix a vendor path
        name = name.rsplit("/", 2)[-2] + "/" + name.rsplit("/", 1)[-1]
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _person(value: Any) -> Person | None:
    if value is None:
        return None
    address = str(value)
    if address.lower().startswith("mailto:"):
        address = address[7:]
    address = address.strip().lower() or ""
    params = getattr(value, "params", {}) or {}
    name = params.get("CN")
    name = str(name).strip().strip('"') if name else None
    if not name and not address:
        return None
    return Person(name or None, address or None)


def _takes_part(value: Any) -> bool:
    """False for rooms, resources, distribution lists and non-participants (RFC 5545
    CUTYPE and ROLE): they get no thank-you."""
    params = getattr(value, "params", {}) or {}
    cutype = str(params.get("CUTYPE", "INDIVIDUAL")).upper()
    role = str(params.get("ROLE", "REQ-PARTICIPANT")).upper()
    return cutype in ("INDIVIDUAL", "UNKNOWN") and role != "NON-PARTICIPANT"


def _raw_times(text: str) -> dict[str, tuple[str, str]]:
    """DTSTART/DTEND TZID and value as written, so Windows names can be re-read."""
    found: dict[str, tuple[str, str]] = {}
    for m in _PARAM_TZID.finditer(text):
        found.setdefault(m.group(1).upper(), (m.group(2) or m.group(3), m.group(4)))
    return found


def _normalise(text: str) -> str:
    """Unfold lines and quote TZID values that hold a colon, so the parser reads them."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    return _UNQUOTED_TZID.sub(r'\1"\2":\3', _unread(unfolded))


_ALARM = re.compile(r"(?ms)^BEGIN:VALARM\b.*?^END:VALARM[^\n]*\n?")
_ZONE = re.compile(r"(?ms)^BEGIN:VTIMEZONE\b.*?^END:VTIMEZONE[^\n]*\n?")
_ZONE_ID = re.compile(r"(?m)^TZID(?:;[^:\r\n]*)?:([^\r\n]*)")  # a value may hold ":"


def _unread(text: str) -> str:
    """Without the parts the parser need not read: alarms, and the definitions of
    zones :func:`zone_for` knows by name (:func:`_as_aware` uses its zone for those).
    They were most of the parsing time of an invitation."""

    def zone(m: re.Match[str]) -> str:
        tzid = _ZONE_ID.search(m.group(0))
        known = tzid is not None and zone_for(tzid.group(1).strip().strip('"')) is not None
        return "" if known else m.group(0)

    return _ZONE.sub(zone, _ALARM.sub("", text))


def _as_aware(value: Any, raw: tuple[str, str] | None) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        if raw is not None:
            zone = zone_for(raw[0])
            if zone is not None:
                try:
                    naive = dt.datetime.strptime(raw[1][:15], "%Y%m%dT%H%M%S")
                    return naive.replace(tzinfo=zone)
                except ValueError:
                    pass
        if value.tzinfo is None:
            return None  # floating time: the caller falls back to the text
        return value
    if isinstance(value, dt.date):
        return None  # an all-day event carries no time
    return None


def parse_calendars(parts: tuple[str, ...]) -> list[CalendarEvent]:
    """Every VEVENT in ``parts`` (duplicates from an attached copy collapse by UID).

    Parsed with the ``icalendar`` package (RFC 5545: folding, escaping, parameters);
    TZIDs it cannot resolve are mapped by :func:`zone_for` from the raw DTSTART/DTEND.
    """
    events: dict[str, CalendarEvent] = {}
    for index, text in enumerate(parts):
        found = _library_events(text)
        for event in found:
            key = event.uid or f"part{index}"
            old = events.get(key)
            if old is None or event.sequence > old.sequence:
                events[key] = event
    return sorted(
        events.values(),
        key=lambda e: (-e.sequence, e.start or dt.datetime.max.replace(tzinfo=dt.UTC)),
    )


def _library_events(text: str) -> list[CalendarEvent]:
    import icalendar

    found: list[CalendarEvent] = []
    text = _normalise(text)
    try:
        cal = icalendar.Calendar.from_ical(text)
    except Exception:  # icalendar raises ValueError and friends on bad input
        log.debug("unreadable calendar part")
        return found
    method = str(cal.get("METHOD", "") or "").upper()
    raw = _raw_times(text)
    for ev in cal.walk("VEVENT"):
        try:
            start = (
                _as_aware(ev.decoded("DTSTART"), raw.get("DTSTART")) if "DTSTART" in ev else None
            )
            end = _as_aware(ev.decoded("DTEND"), raw.get("DTEND")) if "DTEND" in ev else None
        except Exception:
            start, end = None, None
        try:
            sequence = int(ev.get("SEQUENCE", 0))
        except (TypeError, ValueError):
            sequence = 0
        attendees_raw = ev.get("ATTENDEE", [])
        if not isinstance(attendees_raw, list):
            attendees_raw = [attendees_raw]
        attendees = tuple(
            p for p in (_person(a) for a in attendees_raw if _takes_part(a)) if p is not None
        )
        uid = str(ev.get("UID")) if ev.get("UID") else None
        event = CalendarEvent(
            start=start,
            end=end,
            method=method,
            sequence=sequence,
            uid=uid,
            summary=str(ev.get("SUMMARY", "") or ""),
            description=str(ev.get("DESCRIPTION", "") or ""),
            organizer=_person(ev.get("ORGANIZER")),
            attendees=attendees,
            cancelled=method == "CANCEL" or str(ev.get("STATUS", "")).upper() == "CANCELLED",
        )
        found.append(event)
    return found


def main_event(parts: tuple[str, ...]) -> CalendarEvent | None:
    """The event that matters: latest SEQUENCE, then earliest start."""
    events = [e for e in parse_calendars(parts) if not e.cancelled]
    return events[0] if events else None
