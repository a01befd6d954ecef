"""Parts of a calendar the parser skips: alarms, and zone definitions known by name.

A zone the name does not tell (a sender's own definition) must still be read, or the
interview time of an invitation from such a calendar would be lost or wrong.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from followthrough.classify.ical import _unread, main_event

ZONE = """BEGIN:VTIMEZONE
TZID:{tzid}
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:{offset}
TZOFFSETTO:{offset}
TZNAME:XST
END:STANDARD
END:VTIMEZONE
"""


def invite(tzid: str, zone: str) -> str:
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nMETHOD:REQUEST\n"
        + zone
        + f"BEGIN:VEVENT\nUID:u1\nDTSTART;TZID={tzid}:20261110T140000\n"
        f"DTEND;TZID={tzid}:20261110T150000\nSUMMARY:Interview\n"
        "ATTENDEE;CN=Ana Diaz:mailto:ana@acme.example\n"
        "BEGIN:VALARM\nACTION:DISPLAY\nDESCRIPTION:Reminder\n"
        "ATTENDEE:mailto:alarm@acme.example\nTRIGGER:-PT15M\nEND:VALARM\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )


def test_a_zone_of_its_own_is_still_read() -> None:
    text = invite("Head Office Time", ZONE.format(tzid="Head Office Time", offset="+0530"))
    event = main_event((text,))
    assert event is not None
    assert event.start is not None
    assert event.start.utcoffset() == dt.timedelta(hours=5, minutes=30)


def test_a_named_zone_uses_the_zone_of_its_name() -> None:
    # A wrong definition of a named zone does not move the time: its name decides.
    text = invite("Europe/Berlin", ZONE.format(tzid="Europe/Berlin", offset="+0900"))
    event = main_event((text,))
    assert event is not None
    assert event.start == dt.datetime(2026, 11, 10, 14, tzinfo=ZoneInfo("Europe/Berlin"))


def test_alarm_attendees_are_not_interview_attendees() -> None:
    event = main_event((invite("Europe/Berlin", ""),))
    assert event is not None
    assert [p.address for p in event.attendees] == ["ana@acme.example"]


def test_a_named_zone_whose_name_holds_a_colon_uses_the_zone_of_its_name() -> None:
    tzid = '"(UTC-05:00) Eastern Time (US & Canada)"'
    text = invite(tzid, ZONE.format(tzid=tzid, offset="+0900"))
    assert "BEGIN:VTIMEZONE" not in _unread(text)  # known by its name: not parsed
    event = main_event((text,))
    assert event is not None
    assert event.start == dt.datetime(2026, 11, 10, 14, tzinfo=ZoneInfo("America/New_York"))
