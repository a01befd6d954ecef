"""Calendar arithmetic in the user's time zone: weekends, business days, Monday 09:00."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

SATURDAY = 5


def off_weekend(at: dt.datetime, tz: ZoneInfo, *, monday_hour: int = 9) -> dt.datetime:
    """Move a time that falls on a Saturday or Sunday (in ``tz``) to Monday ``monday_hour``:00.

    Weekday times are returned unchanged, converted to ``tz``.
    """
    local = at.astimezone(tz)
    if local.weekday() < SATURDAY:
        return local
    monday = local.date() + dt.timedelta(days=7 - local.weekday())
    return dt.datetime.combine(monday, dt.time(monday_hour), tzinfo=tz)


def add_business_days(day: dt.date, count: int) -> dt.date:
    """The date ``count`` business days (Monday to Friday) after ``day``."""
    current = day
    added = 0
    while added < count:
        current += dt.timedelta(days=1)
        if current.weekday() < SATURDAY:
            added += 1
    return current


def at_local(day: dt.date, hour: int, tz: ZoneInfo) -> dt.datetime:
    """``hour``:00 on ``day`` in ``tz``, as an aware datetime."""
    return dt.datetime.combine(day, dt.time(hour), tzinfo=tz)
