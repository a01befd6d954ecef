"""A message under review holds the nudges of the application it would move.

An unsure "other" or rejection may be the employer's "no": until the user says what it
is, the application makes no follow-up or check-in, and once it is settled as a
rejection none is ever made. Real Maildir, real SQLite, the real CLI.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.control.helpers import ACCOUNT, Box, mail, make_box

CDT = dt.timezone(dt.timedelta(hours=-5))
RECRUITER = "Dana Whitlow <dana.whitlow@larchmont-analytics.example>"
INVITE_ID = "<invite-1@larchmont-analytics.example>"


def _box(tmp_path: Path) -> tuple[Box, str]:
    """An interview on 5 October, then (under review) a short note in its thread."""
    box = make_box(tmp_path, extra="\n[review]\nall = true\n")
    box.deliver_raw(
        mail(
            sender=RECRUITER,
            to=f"Jordan Park <{ACCOUNT}>",
            subject="Interview for the Data Analyst role at Larchmont Analytics",
            body="Hi Jordan,\n\nThank you for applying for the Data Analyst role. We would "
            "like to invite you to a video interview with me on Monday 5 October 2026 at "
            "10:00 CDT. Please confirm that this time works for you.\n\nBest regards,\n"
            "Dana Whitlow\nTalent Partner, Larchmont Analytics",
            date=dt.datetime(2026, 9, 28, 9, tzinfo=CDT),
            message_id=INVITE_ID,
        )
    )
    box.sync("2026-09-28T12:00:00-05:00")
    first = box.cli("review", "--list").stdout.split()[0].lstrip("#")
    box.cli("review", "--accept", first, "--now", "2026-09-28T12:30:00-05:00")
    assert box.app("Larchmont Analytics")["state"] == "interview_scheduled"
    box.deliver_raw(
        mail(
            sender=RECRUITER,
            to=f"Jordan Park <{ACCOUNT}>",
            subject="Re: Interview for the Data Analyst role at Larchmont Analytics",
            body="Hi Jordan,\n\nThanks again for your time on Monday. We have now made our "
            "decision on the role and I wanted to let you know where things stand.\n\nDana",
            date=dt.datetime(2026, 10, 7, 9, tzinfo=CDT),
            reply_to=INVITE_ID,
        )
    )
    box.sync("2026-10-07T12:00:00-05:00")
    listed = box.cli("review", "--list").stdout
    assert "[review]" in listed, listed
    return box, listed.split()[0].lstrip("#")


def _nudges(box: Box) -> list[dict[str, str]]:
    """Follow-up and check-in drafts ever made for the application (any status)."""
    drafts = box.app("Larchmont Analytics")["drafts"]
    return [d for d in drafts if d["kind"] in ("follow_up", "check_in")]


def test_no_follow_up_while_a_message_of_the_application_waits(tmp_path: Path) -> None:
    box, _pending = _box(tmp_path)
    box.sync("2026-10-20T12:00:00-05:00")  # two weeks of silence: a nudge would be due
    box.sync("2026-11-05T12:00:00-05:00")
    assert _nudges(box) == []
    assert box.status()["review"] == 1


def test_settled_as_rejection_no_follow_up_ever(tmp_path: Path) -> None:
    box, pending = _box(tmp_path)
    box.cli("review", "--kind", pending, "rejection", "--now", "2026-10-08T09:00:00-05:00")
    assert box.app("Larchmont Analytics")["state"] == "rejected"
    box.sync("2026-10-20T12:00:00-05:00")
    box.sync("2026-11-20T12:00:00-05:00")
    assert _nudges(box) == []
    assert box.drafts() == []  # the thank-you, unsent, went when the "no" was settled


def test_settled_as_other_the_follow_up_comes(tmp_path: Path) -> None:
    box, pending = _box(tmp_path)
    box.cli("review", "--kind", pending, "other", "--now", "2026-10-08T09:00:00-05:00")
    box.sync("2026-10-20T12:00:00-05:00")
    assert [d["kind"] for d in _nudges(box)] == ["follow_up"]
