"""Find dates and times written in mail text, in English, German, French, Spanish,
Portuguese and Dutch.

Interview confirmations often carry the time only in prose ("Tuesday, February 10 at
1:00 PM Eastern", "Dienstag, 17. März 2026, 10:00 Uhr (MEZ)", "le mardi 24 mars à 16h00
(heure de Paris)"). A year left out, a weekday alone ("Tuesday at 2pm ET") or "tomorrow"
is resolved against the message's own Date header. A time without a zone takes the
zone named elsewhere in the text, else the offset of the Date header (the zones are
resolved in :mod:`followthrough.classify.when_zones`).
"""

# Long lines here are date and zone patterns; splitting them would hide the alternatives.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from followthrough.classify.when_words import FULL_WEEKDAYS, MONTHS, WEEKDAYS, alternation
from followthrough.classify.when_zones import ZONE_RE, zone_from_match, zone_in_text

_MON = alternation(list(MONTHS))
_WD = alternation(list(WEEKDAYS))
_WD_FULL = alternation(list(FULL_WEEKDAYS))

# Dates. Each alternative has its own groups; _match_date() reads whichever matched.
DATE_RE = re.compile(
    rf"""(?ix)(?<!\w)(?:
    (?:(?P<wd1>{_WD})\.?,?\s+(?:the\s+)?)?(?P<mon1>{_MON})\.?\s+(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\b
        (?:,?\s+(?P<year1>\d{{4}}))?
    | (?:(?P<wd2>{_WD})\.?,?\s+(?:den\s+|le\s+|el\s+|the\s+|dia\s+)?)?(?P<day2>\d{{1,2}})(?:\.|er|º|°|st|nd|rd|th)?\s*
        (?:de\s+|of\s+)?(?P<mon2>{_MON})\b\.?(?:,?\s+(?:de\s+)?(?P<year2>\d{{4}}))?
    | (?:(?P<wd3>{_WD})\.?,?\s+)?(?P<d3>\d{{1,2}})\.(?P<m3>\d{{1,2}})\.(?P<y3>\d{{4}}|\d{{2}})?(?!\d)
    | (?:(?P<wd4>{_WD})\.?,?\s+)?(?P<a4>\d{{1,2}})/(?P<b4>\d{{1,2}})(?:/(?P<y4>\d{{4}}|\d{{2}}))?(?![\d/])
    | (?P<y5>20\d\d)-(?P<m5>\d\d)-(?P<d5>\d\d)
    )"""
)
# A weekday or "tomorrow" without a date: resolved from the message date.
RELATIVE_DAY_RE = re.compile(
    rf"(?i)\b(?:(?P<next>next|this|coming|nächsten|prochain)\s+)?(?P<wd>{_WD_FULL})\b(?:\s+(?:prochain|next))?"
    r"|\b(?P<tomorrow>tomorrow|demain|mañana|amanhã)\b"
)
TIME_RE = re.compile(
    r"""(?ix)
    (?<![\d:/.])(?P<h>[01]?\d|2[0-3])
    (?:(?P<sep>[:.h])(?P<min>[0-5]\d))?(?!\d)
    \s*(?P<ampm>[ap]\.?\s?m\b\.?)?
    (?P<suffix>\s*(?:uhr|h(?![a-z])))?
    """
)


@dataclass(frozen=True)
class FoundDate:
    """A date mentioned in text: where it is and what it resolves to."""

    start: int
    end: int
    date: dt.date
    weekday_only: bool = False


@dataclass(frozen=True)
class FoundTime:
    """A date with a time of day."""

    start: int
    end: int
    when: dt.datetime
    end_time: dt.datetime | None


def _year_for(ref: dt.date, month: int, day: int) -> dt.date | None:
    """The occurrence of month/day nearest after ``ref`` (allowing a month back)."""
    for year in (ref.year, ref.year + 1, ref.year - 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if -45 <= (cand - ref).days <= 320:
            return cand
    return None


def _make(ref: dt.date, year: str | None, month: int, day: int) -> dt.date | None:
    if year:
        y = int(year)
        if y < 100:
            y += 2000
        try:
            return dt.date(y, month, day)
        except ValueError:
            return None
    return _year_for(ref, month, day)


def _match_date(m: re.Match[str], ref: dt.date, day_first: bool) -> dt.date | None:
    g = m.groupdict()
    if g["mon1"]:
        return _make(ref, g["year1"], MONTHS[g["mon1"].lower()], int(g["day1"]))
    if g["mon2"]:
        return _make(ref, g["year2"], MONTHS[g["mon2"].lower()], int(g["day2"]))
    if g["d3"]:
        if not g["y3"] and not g["wd3"]:
            return None  # "10.30" is more likely a time than a date
        month, day = int(g["m3"]), int(g["d3"])
        if 1 <= month <= 12:
            return _make(ref, g["y3"], month, day)
        return None
    if g["a4"]:
        a, b = int(g["a4"]), int(g["b4"])
        month, day = (b, a) if day_first else (a, b)
        if month > 12 and day <= 12:
            month, day = day, month
        if 1 <= month <= 12:
            return _make(ref, g["y4"], month, day)
        return None
    if g["y5"]:
        try:
            return dt.date(int(g["y5"]), int(g["m5"]), int(g["d5"]))
        except ValueError:
            return None
    return None


def next_weekday(ref: dt.date, weekday: int, *, allow_today: bool = False) -> dt.date:
    """The next date falling on ``weekday`` after ``ref`` (a week on when it is today)."""
    ahead = (weekday - ref.weekday()) % 7
    if ahead == 0 and not allow_today:
        ahead = 7
    return ref + dt.timedelta(days=ahead)


def find_dates(text: str, ref: dt.date, *, day_first: bool = False) -> list[FoundDate]:
    """Every explicit date in ``text``, plus weekdays and 'tomorrow' not inside one."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for m in DATE_RE.finditer(text):
        when = _match_date(m, ref, day_first)
        if when is not None:
            found.append(FoundDate(m.start(), m.end(), when))
            taken.append((m.start(), m.end()))
    for m in RELATIVE_DAY_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m.group("tomorrow"):
            found.append(FoundDate(m.start(), m.end(), ref + dt.timedelta(days=1), True))
            continue
        wd = WEEKDAYS[m.group("wd").lower()]
        when = next_weekday(ref, wd)
        found.append(FoundDate(m.start(), m.end(), when, True))
    found.sort(key=lambda f: f.start)
    return found


def _parse_time(m: re.Match[str]) -> tuple[int, int] | None:
    hour = int(m.group("h"))
    minute = int(m.group("min") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    sep = m.group("sep")
    if not ampm and not m.group("suffix") and sep not in (":", "h"):
        return None  # a bare number is not a time
    if sep == "." and not m.group("suffix") and not ampm:
        return None
    if ampm:
        if hour > 12 or hour == 0:
            return None
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    return hour, minute


def find_times(
    text: str,
    ref: dt.datetime,
    *,
    day_first: bool = False,
    window: int = 90,
    home: dt.tzinfo | None = None,
) -> list[FoundTime]:
    """Dates followed (within ``window`` characters) by a time of day, zone applied.

    A time with no zone in the text takes ``home`` (see :func:`home_zone`), else the
    Date header's offset.
    """
    ref_zone = home or ref.tzinfo or dt.UTC
    default_zone = zone_in_text(text) or ref_zone
    results: list[FoundTime] = []
    dates = find_dates(text, ref.date(), day_first=day_first)
    for i, found in enumerate(dates):
        limit = min(len(text), found.end + window)
        if i + 1 < len(dates):
            limit = min(limit, dates[i + 1].start)
        segment = text[found.end : limit]
        tm = None
        for cand in TIME_RE.finditer(segment):
            if _parse_time(cand) is not None:
                tm = cand
                break
        if tm is None:
            continue
        if "\n\n" in segment[: tm.start()]:
            continue
        parsed = _parse_time(tm)
        assert parsed is not None
        # A range "2:00 PM - 3:30 PM": the second time ends it, and am/pm may be shared.
        after = segment[tm.end() : tm.end() + 40]
        end_match = re.match(r"\s*(?:-|–|—|to|bis|à|a|até|tot|until)\s*", after)
        end_parsed: tuple[int, int] | None = None
        zone_search_from = tm.end()
        if end_match:
            em = TIME_RE.match(after, end_match.end())
            if em and _parse_time(em):
                end_parsed = _parse_time(em)
                zone_search_from = tm.end() + em.end()
                # "2 - 3:30 PM": the shared PM applies to the start too.
                shared_pm = (
                    not tm.group("ampm")
                    and em.group("ampm")
                    and em.group("ampm").lower().startswith("p")
                    and end_parsed is not None
                    and end_parsed[0] >= 12
                    and parsed[0] + 12 <= end_parsed[0]
                )
                if shared_pm:
                    parsed = (parsed[0] + 12, parsed[1])
        zone: dt.tzinfo = default_zone
        tail = segment[zone_search_from : zone_search_from + 40]
        zm = ZONE_RE.search(tail)
        if zm and zm.start() <= 12:
            zone = zone_from_match(zm) or default_zone
        try:
            start = dt.datetime.combine(found.date, dt.time(parsed[0], parsed[1]), tzinfo=zone)
        except ValueError:
            continue
        end_dt = None
        if end_parsed is not None:
            end_dt = dt.datetime.combine(found.date, dt.time(*end_parsed), tzinfo=zone)
            if end_dt <= start:
                end_dt = None
        results.append(FoundTime(found.start, found.end + tm.end(), start, end_dt))
    return results
