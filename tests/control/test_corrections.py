"""Corrections through the real CLI against a Maildir: they stick across syncs and undo."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from tests.control.helpers import make_box


def _body(path: Path) -> str:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain",))  # type: ignore[attr-defined]
    assert part is not None
    return str(part.get_content())


def test_withdrawn_survives_a_later_invite_and_undo_reopens(tmp_path: Path) -> None:
    box = make_box(tmp_path, "07-reschedule-same-uid")
    box.deliver("01")
    box.sync("2026-10-06T12:00:00-05:00")
    app = box.app("Glasshouse Learning")
    assert app["state"] == "interview_scheduled"
    done = box.cli("set-state", "glass", "withdrawn", "--now", "2026-10-06T13:00:00-05:00")
    assert "withdrawn" in done.stdout
    box.deliver("02")  # the rescheduled invite would move it back to interview_scheduled
    box.sync("2026-10-07T12:00:00-05:00")
    app = box.app("Glasshouse Learning")
    assert app["state"] == "withdrawn"
    assert app["events"][-1]["cause"].startswith("user: set-state withdrawn")
    assert app["next_due"] is None
    box.cli("undo", "--now", "2026-10-07T12:05:00-05:00")
    assert box.app("Glasshouse Learning")["state"] == "interview_scheduled"
    assert box.cli("undo", "--list").stdout.strip() == "No corrections."


def test_withdrawn_removes_the_open_draft_at_the_next_sync(tmp_path: Path) -> None:
    box = make_box(tmp_path, "03-two-roles-one-company")
    box.deliver("01", "02", "03")
    box.sync("2026-09-11T21:00:00-05:00")
    engineer = box.app("Orchard Lane Media", "Analytics Engineer")
    assert [d["status"] for d in engineer["drafts"]] == ["open"]
    assert len(box.drafts()) == 1
    box.cli("set-state", f"#{engineer['id']}", "withdrawn", "--now", "2026-09-11T22:00:00-05:00")
    box.sync("2026-09-19T12:00:00-05:00")
    engineer = box.app("Orchard Lane Media", "Analytics Engineer")
    assert engineer["state"] == "withdrawn"
    assert [d["status"] for d in engineer["drafts"]] == ["removed"]  # and no follow_up made
    assert box.drafts() == []


def test_corrected_kind_sticks_across_syncs_and_changes_the_history(tmp_path: Path) -> None:
    box = make_box(tmp_path, "03-two-roles-one-company")
    box.deliver("01", "02", "04")
    box.sync("2026-09-09T12:00:00-05:00")
    analyst = box.app("Orchard Lane Media", "Data Analyst")
    assert analyst["state"] == "rejected"
    rejection = next(e for e in analyst["events"] if e["to"] == "rejected")
    msg = int(rejection["cause"].split("message #")[1].split(")")[0])  # the cause names it
    done = box.cli("correct", str(msg), "recruiter_reply", "--now", "2026-09-09T13:00:00-05:00")
    assert "applied" in done.stdout
    box.deliver("03")
    box.sync("2026-09-12T12:00:00-05:00")  # a later sync must not bring the rejection back
    analyst = box.app("Orchard Lane Media", "Data Analyst")
    assert analyst["state"] == "applied"
    assert not any(e["to"] == "rejected" for e in analyst["events"])
    assert any(e["cause"].startswith("user: correct message") for e in analyst["events"])
    shown = box.show(analyst["id"])
    corrected = next(m for m in shown["messages"] if m["id"] == msg)
    assert corrected["kind"] == "recruiter_reply"
    assert corrected["classified_as"] == "rejection"
    box.cli("undo", "--now", "2026-09-12T13:00:00-05:00")
    assert box.app("Orchard Lane Media", "Data Analyst")["state"] == "rejected"


def test_undo_a_given_correction_leaves_the_others(tmp_path: Path) -> None:
    box = make_box(tmp_path, "07-reschedule-same-uid")
    box.deliver("01")
    box.sync("2026-10-06T12:00:00-05:00")
    box.cli("set-state", "glass", "assessment", "--now", "2026-10-06T12:30:00-05:00")
    box.cli("note", "glass", "their design system", "--now", "2026-10-06T12:40:00-05:00")
    listed = box.cli("undo", "--list").stdout
    assert "set-state assessment" in listed
    first = listed.split()[0]
    box.cli("undo", first, "--now", "2026-10-06T12:50:00-05:00")
    assert box.app("Glasshouse Learning")["state"] == "interview_scheduled"
    assert box.show("glass")["notes"][0]["text"] == "their design system"
    again = box.cli("undo", first, ok=False)
    assert again.returncode == 2
    assert "no correction" in again.stderr


def test_note_is_woven_into_the_thank_you_draft(tmp_path: Path) -> None:
    box = make_box(tmp_path, "03-two-roles-one-company")
    box.deliver("01", "02", "03")
    box.sync("2026-09-10T12:00:00-05:00")
    box.cli(
        "note",
        "orchard lane media",
        "the dbt migration",
        "--now",
        "2026-09-10T13:00:00-05:00",
        ok=False,
    )  # two roles at Orchard Lane: the prefix is ambiguous
    engineer = box.app("Orchard Lane Media", "Analytics Engineer")
    box.cli("note", str(engineer["id"]), "the dbt  migration", "--now", "2026-09-11T16:00:00-05:00")
    box.sync("2026-09-11T21:00:00-05:00")
    drafts = box.drafts()
    assert len(drafts) == 1
    assert "the dbt migration" in " ".join(_body(drafts[0]).split())


def test_snooze_holds_the_follow_up_until_the_date(tmp_path: Path) -> None:
    box = make_box(tmp_path, "01-reply-within-two-weeks")
    box.deliver("01", "02", "03")
    box.sync("2026-09-20T12:00:00-05:00")
    box.cli("snooze", "cormorant", "2026-10-20", "--now", "2026-09-20T13:00:00-05:00")
    box.sync("2026-10-07T12:00:00-05:00")  # the follow-up was due on 6 Oct
    app = box.app("Cormorant Robotics")
    assert app["drafts"] == []
    assert app["next_due"]["at"].startswith("2026-10-20T09:00")
    box.sync("2026-10-20T10:00:00-05:00")
    assert [d["kind"] for d in box.app("Cormorant Robotics")["drafts"]] == ["follow_up"]


def test_ignored_sender_moves_nothing_now_or_later_and_undo_brings_it_back(
    tmp_path: Path,
) -> None:
    box = make_box(tmp_path, "07-reschedule-same-uid")
    box.deliver("01")
    box.sync("2026-10-06T12:00:00-05:00")
    done = box.cli("ignore", "glasshouse-learning.example", "--now", "2026-10-06T13:00:00-05:00")
    assert "1 message" in done.stdout
    assert box.status()["applications"] == []
    box.deliver("02")
    box.sync("2026-10-08T12:00:00-05:00")
    assert box.status()["applications"] == []  # new mail from it is ignored too
    box.cli("undo", "--now", "2026-10-08T13:00:00-05:00")
    app = box.app("Glasshouse Learning")
    assert app["state"] == "interview_scheduled"
    assert len(box.show(app["id"])["messages"]) == 2


def test_bad_names_are_one_line_and_exit_2(tmp_path: Path) -> None:
    box = make_box(tmp_path, "07-reschedule-same-uid")
    box.deliver("01")
    box.sync("2026-10-06T12:00:00-05:00")
    for args, needle in (
        (["show", "#99"], "no application #99"),
        (["set-state", "nobody", "withdrawn"], "no application at a company"),
        (["correct", "12345", "rejection"], "no message '12345'"),
        (["move", "abc", "glass"], "no message 'abc'"),
        (["snooze", "glass", "soon"], "not a date"),
        (["undo", "7"], "no correction"),
    ):
        done = box.cli(*args, ok=False)
        assert done.returncode == 2, (args, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1
        assert needle in lines[0]
