"""Review mode, what is expected of the user, and export, through the real CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from followthrough import cli
from tests.control.helpers import ACCOUNT, mail, make_box

CDT = dt.timezone(dt.timedelta(hours=-5))
THEO = "Theo Marchetti <theo.marchetti@glasshouse-learning.example>"
INVITE_ID = "<50945a51c9544f56.83c03d362d0f@glasshouse-learning.example>"


def test_review_all_holds_back_every_state_change_until_accepted(tmp_path: Path) -> None:
    box = make_box(tmp_path, "07-reschedule-same-uid", "\n[review]\nall = true\n")
    box.deliver("01")
    box.sync("2026-10-06T12:00:00-05:00")
    data = box.status()
    assert data["applications"] == []
    assert data["review"] == 1
    listed = box.cli("review").stdout  # not a terminal: lists, with the evidence
    assert "interview_invite [review]" in listed
    assert "calendar.request" in listed
    msg = listed.split()[0].lstrip("#")
    done = box.cli("review", "--accept", msg, "--now", "2026-10-06T12:30:00-05:00")
    assert "interview_scheduled" in done.stdout
    box.deliver("02")  # the reschedule waits for review in turn
    box.sync("2026-10-08T12:00:00-05:00")
    assert box.status()["review"] == 1
    box.cli("undo", "--now", "2026-10-08T12:30:00-05:00")  # the accept
    assert box.status()["applications"] == []
    assert box.status()["review"] == 2


def test_low_confidence_message_waits_and_can_be_given_its_kind(tmp_path: Path) -> None:
    box = make_box(tmp_path, "07-reschedule-same-uid", "\n[review]\nmin_confidence = 1.0\n")
    box.deliver("01")
    box.sync("2026-10-06T12:00:00-05:00")
    assert box.status()["applications"] == []
    listed = box.cli("review", "--list").stdout
    msg = listed.split()[0].lstrip("#")
    done = box.cli("review", "--kind", msg, "assessment", "--now", "2026-10-06T12:30:00-05:00")
    assert "assessment" in done.stdout
    app = box.app("Glasshouse Learning")
    assert app["state"] == "assessment"
    assert "kind set by the user" in app["events"][0]["cause"]
    assert box.cli("review", "--list").stdout.strip() == "Nothing waits for review."


def test_interactive_review_takes_a_keystroke(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    box = make_box(tmp_path, "07-reschedule-same-uid", "\n[review]\nall = true\n")
    box.deliver("01")
    box.sync("2026-10-06T12:00:00-05:00")

    class Keys(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Keys("a\n"))
    code = cli.main(["--config", str(box.config), "review", "--now", "2026-10-06T12:30:00-05:00"])
    assert code == 0
    assert "[a]ccept" in capsys.readouterr().out
    assert box.app("Glasshouse Learning")["state"] == "interview_scheduled"


def test_status_lists_what_the_employer_asked_first_until_answered(tmp_path: Path) -> None:
    box = make_box(tmp_path, "07-reschedule-same-uid")
    box.deliver("01")
    ask = mail(
        sender=THEO,
        to=f"Jordan Park <{ACCOUNT}>",
        subject="Re: Invitation: Glasshouse Learning - Frontend Engineer interview",
        body="Hi Jordan,\n\nBefore Thursday, could you send us your updated CV?\n\nThanks,\nTheo",
        date=dt.datetime(2026, 10, 6, 15, 0, tzinfo=CDT),
        reply_to=INVITE_ID,
    )
    box.deliver_raw(ask)
    box.sync("2026-10-06T16:00:00-05:00")
    assert box.status("2026-10-06T20:00:00-05:00")["expected_of_you"] == []  # not a day yet
    data = box.status("2026-10-07T16:00:00-05:00")
    assert next(iter(data)) == "expected_of_you"
    [waiting] = data["expected_of_you"]
    assert waiting["asks"] == "documents"
    assert waiting["company"] == "Glasshouse Learning"
    table = box.cli("status", "--now", "2026-10-07T16:00:00-05:00").stdout
    assert table.startswith("Expected of you")
    assert "asked for documents" in table
    reply = mail(
        sender=f"Jordan Park <{ACCOUNT}>",
        to=THEO,
        subject="Re: Invitation: Glasshouse Learning - Frontend Engineer interview",
        body="Hi Theo,\n\nAttached. See you Thursday.\n\nJordan",
        date=dt.datetime(2026, 10, 7, 17, 0, tzinfo=CDT),
        reply_to=INVITE_ID,
    )
    box.deliver_raw(reply, folder="Sent")
    box.sync("2026-10-07T18:00:00-05:00")
    assert box.status("2026-10-07T18:00:00-05:00")["expected_of_you"] == []


def test_export_json_csv_and_ics(tmp_path: Path) -> None:
    box = make_box(tmp_path, "07-reschedule-same-uid")
    box.deliver("01", "02")
    box.sync("2026-10-08T08:00:00-05:00")
    data = json.loads(box.cli("export", "--format", "json").stdout)
    [app] = data["applications"]
    assert app["company"] == "Glasshouse Learning"
    assert app["events"][0]["to"] == "interview_scheduled"
    assert len(app["messages"]) == 2
    out = tmp_path / "apps.csv"
    box.cli("export", "--format", "csv", "-o", str(out))
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["company"] == "Glasshouse Learning"
    assert rows[0]["to"] == "interview_scheduled"
    assert "message #" in rows[0]["cause"]

    def uids_and_events() -> list[tuple[str, dt.datetime, dt.datetime, str]]:
        text = box.cli("export", "--format", "ics", "--now", "2026-10-08T08:00:00-05:00").stdout
        cal = Calendar.from_ical(text)
        return [
            (str(e["UID"]), e.decoded("DTSTART"), e.decoded("DTEND"), str(e["SUMMARY"]))
            for e in cal.walk("VEVENT")
        ]

    [(uid, start, end, summary)] = uids_and_events()
    assert start == dt.datetime(2026, 10, 12, 15, 0, tzinfo=dt.UTC)  # the rescheduled time
    assert end == dt.datetime(2026, 10, 12, 16, 0, tzinfo=dt.UTC)
    assert summary == "Interview: Frontend Engineer at Glasshouse Learning"
    box.cli("set-state", "glass", "assessment", "--now", "2026-10-08T09:00:00-05:00")
    box.cli("undo", "--now", "2026-10-08T09:10:00-05:00")  # two rebuilds later
    assert uids_and_events()[0][0] == uid
    later = box.cli("export", "--format", "ics", "--now", "2026-10-13T08:00:00-05:00").stdout
    assert "BEGIN:VEVENT" not in later  # past interviews are not upcoming
