"""Merging, splitting, moving and adding applications through the real CLI."""

from __future__ import annotations

from pathlib import Path

from tests.control.helpers import make_box


def test_split_then_merge_then_undo(tmp_path: Path) -> None:
    box = make_box(tmp_path, "02-ats-then-company-recruiter")
    box.deliver("01", "02")
    box.sync("2026-09-15T12:00:00-05:00")
    [app] = box.status()["applications"]
    assert app["state"] == "interview_scheduled"
    invite = box.message_id(app["id"], "next step")
    done = box.cli(
        "split", str(app["id"]), str(invite), "--role", "Platform Engineer",
        "--now", "2026-09-15T13:00:00-05:00",
    )  # fmt: skip
    assert "applied" in done.stdout
    box.sync("2026-09-16T12:00:00-05:00")  # a later sync keeps them apart
    apps = {a["role"]: a for a in box.status()["applications"]}
    assert len(apps) == 2
    assert apps["Platform Engineer"]["state"] == "interview_scheduled"
    original = next(a for r, a in apps.items() if r != "Platform Engineer")
    assert original["state"] == "applied"
    assert [e["to"] for e in original["events"]] == ["applied"]
    new_id = apps["Platform Engineer"]["id"]
    box.cli("merge", str(original["id"]), str(new_id), "--now", "2026-09-16T13:00:00-05:00")
    [merged] = box.status()["applications"]
    assert merged["id"] == original["id"]
    assert merged["state"] == "interview_scheduled"
    assert len(box.show(merged["id"])["messages"]) == 2
    assert box.show(f"#{new_id}")["id"] == original["id"]  # a merged id leads to the kept one
    box.cli("undo", "--now", "2026-09-16T14:00:00-05:00")  # the merge
    assert len(box.status()["applications"]) == 2
    box.cli("undo", "--now", "2026-09-16T15:00:00-05:00")  # the split
    [back] = box.status()["applications"]
    assert back["state"] == "interview_scheduled"
    assert len(box.show(back["id"])["messages"]) == 2


def test_move_a_message_to_another_application_sticks(tmp_path: Path) -> None:
    box = make_box(tmp_path, "03-two-roles-one-company")
    box.deliver("01", "02", "03", "04")
    box.sync("2026-09-09T12:00:00-05:00")
    analyst = box.app("Orchard Lane Media", "Data Analyst")
    engineer = box.app("Orchard Lane Media", "Analytics Engineer")
    rejection = box.message_id(analyst["id"], "Update on your Data Analyst")
    box.cli("move", str(rejection), str(engineer["id"]), "--now", "2026-09-09T13:00:00-05:00")
    box.sync("2026-09-12T12:00:00-05:00")
    assert box.app("Orchard Lane Media", "Data Analyst")["state"] == "applied"
    engineer = box.app("Orchard Lane Media", "Analytics Engineer")
    assert engineer["state"] == "rejected"
    assert engineer["drafts"] == []  # no thank-you for a rejected application
    assert any("move message" in e["cause"] for e in engineer["events"])
    box.cli("undo", "--now", "2026-09-12T13:00:00-05:00")
    assert box.app("Orchard Lane Media", "Data Analyst")["state"] == "rejected"


def test_add_an_application_the_mailbox_never_saw(tmp_path: Path) -> None:
    box = make_box(tmp_path, "07-reschedule-same-uid")
    box.deliver("01")
    done = box.cli(
        "add", "Heron Labs", "--role", "Data Engineer", "--date", "2026-09-01",
        "--now", "2026-10-01T12:00:00-05:00",
    )  # fmt: skip
    assert "Heron Labs - Data Engineer [applied]" in done.stdout
    box.sync("2026-10-06T12:00:00-05:00")
    heron = box.app("Heron Labs")
    assert heron["state"] == "applied"
    assert heron["events"][0]["at"].startswith("2026-09-01")
    assert heron["events"][0]["cause"].startswith("user: add applied")
    assert box.app("Glasshouse Learning")["state"] == "interview_scheduled"
    box.cli("undo", "--now", "2026-10-06T13:00:00-05:00")
    assert [a["company"] for a in box.status()["applications"]] == ["Glasshouse Learning"]
