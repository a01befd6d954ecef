"""Thank-yous follow the people the candidate meets, read from real invitation shapes.

Each test writes a real Maildir (an Exchange meeting request with a Windows time-zone
name, a Google Calendar invitation listing its organiser as a guest, invites that name
the panel only in German or Swedish, a reschedule that changes the panel), runs the real
CLI (``sync --now``) over it, and reads what it left in the Drafts folder and ``status``.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from tests.control.helpers import ACCOUNT, Box, make_box

CDT = dt.timezone(dt.timedelta(hours=-5))
OWNER = f"Jordan Park <{ACCOUNT}>"


def _fold(line: str) -> str:
    """RFC 5545 folding at 75 octets, as Exchange and Google write it."""
    out, rest = [], line
    while len(rest) > 74:
        out.append(rest[:74])
        rest = " " + rest[74:]
    out.append(rest)
    return "\r\n".join(out)


def ics(
    *,
    uid: str,
    start: str,
    end: str,
    tzid: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
    sequence: int = 0,
    extra_attendee_params: str = "",
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        _fold(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"),
    ]
    for name, address in attendees:
        lines.append(
            _fold(
                f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
                f"{extra_attendee_params};CN={name}:mailto:{address}"
            )
        )
    lines += [
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        "SUMMARY:Interview: Data Analyst",
        f"DTSTART;TZID={tzid}:{start}",
        f"DTEND;TZID={tzid}:{end}",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def invite(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    date: dt.datetime,
    calendar: str | None = None,
    cc: str | None = None,
    message_id: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id or make_msgid(domain="test.example")
    msg.set_content(body)
    if calendar is not None:
        msg.add_alternative(calendar, subtype="calendar", params={"method": "REQUEST"})
    return bytes(msg)


def sent(*, to: str, subject: str, body: str, date: dt.datetime) -> bytes:
    msg = EmailMessage()
    msg["From"] = OWNER
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(domain="example.com")
    msg.set_content(body)
    return bytes(msg)


def thank_you_recipients(box: Box) -> list[str]:
    """The To of every draft in the Drafts folder that the service made as a thank-you
    (status names its kind; the folder holds the message), lower-case, sorted."""
    made = {
        d["to"]
        for a in box.status("2026-10-01T00:00:00-05:00")["applications"]
        for d in a["drafts"]
        if d["kind"] == "thank_you"
    }
    found = []
    for path in box.drafts():
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        to = str(msg["To"]).lower()
        if any(address in to for address in made):
            found.append(to)
    return sorted(found)


PANEL = [
    ("Dana Whitlow", "dana.whitlow@larchmont.example"),
    ("Omar Haddad", "omar.haddad@larchmont.example"),
    ("Lena Brandt", "lena.brandt@larchmont.example"),
]
COORDINATOR = ("Rita Okafor", "rita.okafor@larchmont.example")


def _exchange_request(box: Box) -> None:
    """Rita (a coordinator who only schedules) sends an Exchange meeting request for a
    panel of three on Monday 5 October 2026, 10:00-11:30 "Central Standard Time"."""
    body = (
        "Hi Jordan,\n\nAs discussed, I'm sending over the invite for your panel interview "
        "for the Data Analyst role at Larchmont Analytics. Please let me know if anything "
        "changes on your end.\n\nThanks,\nRita Okafor\nRecruiting Coordinator, Larchmont Analytics"
    )
    calendar = ics(
        uid="040000008200E00074C5B7101A82E0080000000050B1",
        start="20261005T100000",
        end="20261005T113000",
        tzid="Central Standard Time",
        organizer=COORDINATOR,
        attendees=[("Jordan Park", ACCOUNT), *PANEL],
    )
    box.deliver_raw(
        invite(
            sender=f"{COORDINATOR[0]} <{COORDINATOR[1]}>",
            to=", ".join([OWNER, *(f"{n} <{a}>" for n, a in PANEL)]),
            subject="Panel interview: Data Analyst - Larchmont Analytics",
            body=body,
            date=dt.datetime(2026, 9, 28, 9, tzinfo=CDT),
            calendar=calendar,
        )
    )


def test_exchange_request_with_a_windows_zone_makes_one_thank_you_per_panelist(
    tmp_path: Path,
) -> None:
    box = make_box(tmp_path)
    _exchange_request(box)
    box.sync("2026-09-28T12:00:00-05:00")
    app = box.app("Larchmont Analytics", now="2026-09-28T12:00:00-05:00")
    assert app["state"] == "interview_scheduled"
    assert box.drafts() == []
    # "Central Standard Time" is America/Chicago (CDT in October): ends 11:30 -05:00.
    assert app["next_due"]["kind"] == "thank_you"
    assert app["next_due"]["at"].startswith("2026-10-05T11:30")
    box.sync("2026-10-05T15:00:00-05:00")
    assert thank_you_recipients(box) == sorted(f"{n.lower()} <{a}>" for n, a in PANEL), (
        "one thank-you per panelist, none for the coordinator or the candidate"
    )
    for path in box.drafts():
        text = path.read_text(encoding="utf-8", errors="replace")
        first = next(n for n, a in PANEL if a in text.lower())
        assert first.split()[0] in text  # each draft names its own interviewer


def test_a_panelist_already_thanked_gets_no_draft(tmp_path: Path) -> None:
    box = make_box(tmp_path)
    _exchange_request(box)
    box.sync("2026-09-28T12:00:00-05:00")
    box.deliver_raw(
        sent(
            to=f"{PANEL[1][0]} <{PANEL[1][1]}>",
            subject="Thank you",
            body="Hi Omar,\n\nThank you for your time today and for walking me through "
            "the analytics platform. I enjoyed our conversation.\n\nBest,\nJordan",
            date=dt.datetime(2026, 10, 5, 12, 10, tzinfo=CDT),
        ),
        folder="Sent",
    )
    box.sync("2026-10-05T15:00:00-05:00")
    assert thank_you_recipients(box) == sorted(
        f"{n.lower()} <{a}>" for n, a in PANEL if n != "Omar Haddad"
    )


def test_google_invite_drops_the_organiser_who_only_schedules(tmp_path: Path) -> None:
    box = make_box(tmp_path)
    organiser = ("Siobhan Yates", "siobhan.yates@emberline.example")
    interviewer = ("Dmitri Sandoval", "dmitri.sandoval@emberline.example")
    calendar = ics(
        uid="7kukuqrfedlm2f9t4ac2hvq5cd@google.com",
        start="20261006T140000",
        end="20261006T144500",
        tzid="America/Chicago",
        organizer=organiser,
        attendees=[organiser, interviewer, ("Jordan Park", ACCOUNT)],
        extra_attendee_params=";CUTYPE=INDIVIDUAL;X-NUM-GUESTS=0",
    )
    body = (
        "Invitation from Google Calendar\n\nInterview: Data Analyst\nTuesday 6 Oct 2026 "
        "2pm - 2:45pm (Central Time - Chicago)\n\nOrganizer\nSiobhan Yates\n\nGuests\n"
        "Siobhan Yates - organizer\nDmitri Sandoval\nJordan Park\nView all guest info\n"
    )
    box.deliver_raw(
        invite(
            sender=f"{organiser[0]} <{organiser[1]}>",
            to=ACCOUNT,
            subject="Invitation: Interview: Data Analyst @ Tue 6 Oct 2026 2pm - 2:45pm (CDT)",
            body=body,
            date=dt.datetime(2026, 9, 29, 9, tzinfo=CDT),
            calendar=calendar,
        )
    )
    box.sync("2026-10-06T18:00:00-05:00")
    assert thank_you_recipients(box) == ["dmitri sandoval <dmitri.sandoval@emberline.example>"]


def test_a_panel_named_only_in_german_text_gets_its_thank_yous(tmp_path: Path) -> None:
    box = make_box(tmp_path)
    body = (
        "Hallo Jordan,\n\nvielen Dank für Ihre Bewerbung als Data Analyst. Wir laden Sie am "
        "Mittwoch, 7. Oktober 2026 um 10:00 Uhr (MESZ) zu einem Videogespräch ein. Sie "
        "sprechen mit Katrin Vogel (Teamleiterin Data) und Jonas Albers (Senior Engineer).\n\n"
        "Viele Grüße\nMarie Schulz\nPersonalreferentin, Kranich Logistik GmbH"
    )
    box.deliver_raw(
        invite(
            sender="Marie Schulz <marie.schulz@kranich-logistik.example>",
            to=OWNER,
            cc="Katrin Vogel <katrin.vogel@kranich-logistik.example>, "
            "Jonas Albers <jonas.albers@kranich-logistik.example>",
            subject="Einladung zum Vorstellungsgespräch: Data Analyst",
            body=body,
            date=dt.datetime(2026, 9, 30, 9, tzinfo=CDT),
        )
    )
    box.sync("2026-10-01T12:00:00-05:00")
    # The titles are kept apart from the names, and the calendar export lists both people.
    ics_file = tmp_path / "interviews.ics"
    box.cli("export", "--format", "ics", "-o", str(ics_file), "--now", "2026-10-01T12:00:00-05:00")
    exported = ics_file.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "mailto:katrin.vogel@kranich-logistik.example" in exported
    assert r"With Katrin Vogel\, Jonas Albers" in exported  # RFC 5545 escapes the comma
    box.sync("2026-10-07T12:00:00-05:00")
    assert thank_you_recipients(box) == [
        "jonas albers <jonas.albers@kranich-logistik.example>",
        "katrin vogel <katrin.vogel@kranich-logistik.example>",
    ]


def test_a_panel_named_only_in_swedish_text(tmp_path: Path) -> None:
    """The names come from the text; their addresses from earlier mail of the search."""
    box = make_box(tmp_path)
    box.deliver_raw(
        invite(
            sender="Elin Berg <elin.berg@norrsken.example>",
            to=OWNER,
            subject="Tack för din ansökan: Data Analyst",
            body="Hej Jordan,\n\ntack för din ansökan till tjänsten som Data Analyst. Vi "
            "återkommer inom två veckor.\n\nVänliga hälsningar\nElin Berg\nHR, Norrsken Energi",
            date=dt.datetime(2026, 9, 20, 9, tzinfo=CDT),
        )
    )
    box.deliver_raw(
        invite(
            sender="Anders Lund <anders.lund@norrsken.example>",
            to=OWNER,
            cc="Elin Berg <elin.berg@norrsken.example>",
            subject="Re: Tack för din ansökan: Data Analyst",
            body="Hej Jordan,\n\njag leder analysteamet och ser fram emot att höra mer om dig. "
            "Elin bokar en tid åt oss.\n\nAnders",
            date=dt.datetime(2026, 9, 24, 9, tzinfo=CDT),
        )
    )
    box.deliver_raw(
        invite(
            sender="Elin Berg <elin.berg@norrsken.example>",
            to=OWNER,
            subject="Intervju för tjänsten som Data Analyst",
            body="Hej Jordan,\n\nvi vill gärna bjuda in dig till en intervju på torsdag den "
            "8 oktober 2026 kl. 10:00 (svensk tid) via Teams. Du kommer att träffa Anders "
            "Lund och Sara Holm.\n\nVänliga hälsningar\nElin Berg\nHR, Norrsken Energi",
            date=dt.datetime(2026, 9, 30, 9, tzinfo=CDT),
        )
    )
    box.sync("2026-10-01T12:00:00-05:00")
    app = box.app("Norrsken Energi")
    assert app["state"] == "interview_scheduled"
    box.sync("2026-10-08T12:00:00-05:00")
    # Anders wrote before: his thank-you is drafted. Sara has no address anywhere: none
    # is made up for her, and status says a thank-you is owed with nobody to send it to.
    assert thank_you_recipients(box) == ["anders lund <anders.lund@norrsken.example>"]
    owed = box.app("Norrsken Energi", now="2026-10-08T12:00:00-05:00")["unaddressed"]
    assert [(u["kind"], u["name"]) for u in owed] == [("thank_you", "Sara Holm")]
    text = box.cli("status", "--now", "2026-10-08T12:00:00-05:00").stdout
    assert "thank_you to Sara Holm: nobody with an address to send it to" in text


def test_a_reschedule_that_changes_the_panel_replaces_it(tmp_path: Path) -> None:
    box = make_box(tmp_path)
    _exchange_request(box)
    box.sync("2026-09-28T12:00:00-05:00")
    new_panel = [PANEL[0], ("Priya Raman", "priya.raman@larchmont.example")]
    calendar = ics(
        uid="040000008200E00074C5B7101A82E0080000000050B1",
        start="20261007T130000",
        end="20261007T140000",
        tzid="Central Standard Time",
        organizer=COORDINATOR,
        attendees=[("Jordan Park", ACCOUNT), *new_panel],
        sequence=1,
    )
    box.deliver_raw(
        invite(
            sender=f"{COORDINATOR[0]} <{COORDINATOR[1]}>",
            to=", ".join([OWNER, *(f"{n} <{a}>" for n, a in new_panel)]),
            subject="Updated: Panel interview: Data Analyst - Larchmont Analytics",
            body="Hi Jordan,\n\nWe had to move your panel to Wednesday 7 October, 1:00 PM "
            "Central. Omar and Lena can no longer join; you'll meet Dana Whitlow and Priya "
            "Raman instead.\n\nThanks,\nRita Okafor\nRecruiting Coordinator, Larchmont Analytics",
            date=dt.datetime(2026, 9, 30, 9, tzinfo=CDT),
            calendar=calendar,
        )
    )
    box.sync("2026-10-05T15:00:00-05:00")  # the old time has passed: nothing is owed yet
    assert thank_you_recipients(box) == []
    box.sync("2026-10-07T16:00:00-05:00")
    assert thank_you_recipients(box) == sorted(f"{n.lower()} <{a}>" for n, a in new_panel)
