"""The drafts follow what the user did and what time it is (a real Maildir, real SQLite).

- a check-in that falls due while the follow-up before it is still unsent takes its
  place: one open nudge at a time, the old one listed as removed, the budget counting
  both;
- the user's own thank-you to a panelist removes ours to that person;
- a first sync of an old mailbox builds the states and drafts nothing stale;
- an assessment after an interview is not undone by that interview's end;
- a reply whose subject names the sender's own title stays with the job it answers;
- mail from one of the user's other addresses is theirs.
"""

from __future__ import annotations

import datetime as dt
import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import select

from followthrough import scenario as sc
from followthrough.clock import FixedClock
from followthrough.config import Config, load
from followthrough.providers.maildir import MaildirProvider
from followthrough.service.runner import read_status
from followthrough.service.sync import sync_once
from followthrough.store.db import open_database
from followthrough.store.models import Application, Draft
from tests.conftest import ROOT, maildir_config, run_main

GHOSTED = ROOT / "tests/scenarios/06-ghosted-then-reopened"
PANEL = ROOT / "tests/scenarios/10-panel-missing-address"
ME = "jordan.park@example.com"


def _setup(tmp_path: Path, story: Path, count: int | None = None) -> tuple[Config, sc.Scenario]:
    scenario = sc.load(story)
    config = maildir_config(
        tmp_path, tmp_path / "state.db", account=scenario.account, timezone=scenario.timezone
    )
    for message in scenario.messages[:count]:
        sc.deliver(message, tmp_path / "Mail")
    return load(config), scenario


def _sync(cfg: Config, at: dt.datetime) -> None:
    sync_once(cfg, MaildirProvider.from_config(cfg), open_database(cfg.database), FixedClock(at))


def _drafts_in_folder(tmp_path: Path) -> list[Path]:
    return [p for sub in ("new", "cur") for p in (tmp_path / "Mail" / "Drafts" / sub).iterdir()]


def test_a_check_in_takes_the_place_of_the_unsent_follow_up(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path, GHOSTED, 2)  # the invite and the thank-you; nothing sent later
    sessions = open_database(cfg.database)
    at = dt.datetime(2026, 9, 9, 12, tzinfo=dt.UTC)
    most_open = 0
    while at < dt.datetime(2026, 12, 20, tzinfo=dt.UTC):
        _sync(cfg, at)
        with sessions() as session:
            nudges = session.scalars(
                select(Draft).where(Draft.kind.in_(["follow_up", "check_in"]))
            ).all()
            most_open = max(most_open, sum(d.status == "open" for d in nudges))
        assert len(_drafts_in_folder(tmp_path)) <= 1, f"two unsent nudges in Drafts at {at}"
        at += dt.timedelta(hours=12)
    with sessions() as session:
        (app,) = session.scalars(select(Application)).all()
        kinds = [(d.kind, d.status) for d in sorted(app.drafts, key=lambda d: d.created_at)]
    assert most_open == 1
    # the budget of three counts the drafts made, sent or not; then the application is ghosted
    assert kinds == [("follow_up", "removed"), ("check_in", "removed"), ("check_in", "removed")]
    assert app.state == "ghosted"
    shown = read_status(cfg, FixedClock(at))
    assert [d["status"] for d in shown["applications"][0]["drafts"]] == ["removed"] * 3


def _thank_you_from_user(to: str, name: str, date: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Jordan Park <{ME}>"
    msg["To"] = f"{name} <{to}>"
    msg["Subject"] = "Thank you for today"
    msg["Date"] = date
    msg["Message-ID"] = "<own-thanks-1@example.com>"
    msg.set_content(
        f"Hi {name.split()[0]},\n\nThank you for the conversation this afternoon about the "
        "role at Fernhollow Health. I enjoyed hearing about the team.\n\nBest,\nJordan\n"
    )
    return msg.as_bytes()


def test_the_users_own_thank_you_removes_ours_to_that_person(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path, PANEL)
    _sync(cfg, dt.datetime(2026, 9, 29, 21, tzinfo=dt.UTC))  # the panel ended at 20:00 UTC
    before = read_status(cfg, FixedClock(dt.datetime(2026, 9, 29, 21, tzinfo=dt.UTC)))
    opened = {d["to"]: d["status"] for d in before["applications"][0]["drafts"]}
    assert opened == {
        "rhea.santos@fernhollow.example": "open",
        "gideon.ames@fernhollow.example": "open",
    }
    # the user writes their own note to Rhea from their mail program instead
    sent = tmp_path / "Mail" / "Sent" / "new" / "1790000000.own.host"
    sent.write_bytes(
        _thank_you_from_user(
            "rhea.santos@fernhollow.example", "Rhea Santos", "Tue, 29 Sep 2026 21:30:00 +0000"
        )
    )
    _sync(cfg, dt.datetime(2026, 9, 30, 9, tzinfo=dt.UTC))
    after = read_status(cfg, FixedClock(dt.datetime(2026, 9, 30, 9, tzinfo=dt.UTC)))
    status = {d["to"]: d["status"] for d in after["applications"][0]["drafts"]}
    assert status == {
        "rhea.santos@fernhollow.example": "removed",
        "gideon.ames@fernhollow.example": "open",
    }
    left = [p.read_text(encoding="utf-8") for p in _drafts_in_folder(tmp_path)]
    assert len(left) == 1
    assert "gideon.ames@fernhollow.example" in left[0]


def test_a_first_sync_of_an_old_mailbox_drafts_nothing_stale(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path, GHOSTED, 2)  # an interview and a thank-you of September 2026
    config = cfg.source
    assert config is not None
    first = "2027-03-01T12:00:00+00:00"
    done = run_main("--config", str(config), "sync", "--now", first)
    assert done.returncode == 0, done.stderr
    assert "not made" in done.stdout or "not made" in done.stderr
    assert _drafts_in_folder(tmp_path) == []
    shown = run_main("--config", str(config), "status", "--json", "--now", first)
    (app,) = json.loads(shown.stdout)["applications"]
    assert app["drafts"] == []
    assert [s["kind"] for s in app["skipped"]] == ["follow_up", "check_in", "check_in"]
    assert all(s["due_at"] < "2026-12-01" for s in app["skipped"])
    # the next passes build the rest of the story from it, still without a draft
    later = "2027-03-02T12:00:00+00:00"
    assert run_main("--config", str(config), "sync", "--now", later).returncode == 0
    text = run_main("--config", str(config), "status", "--now", later).stdout
    assert "[ghosted]" in text
    assert "before the first sync" in text
    assert _drafts_in_folder(tmp_path) == []


def test_a_first_sync_still_drafts_what_is_due_within_the_window(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path, GHOSTED, 2)
    # the thank-you was sent on 10 Sep; the follow-up fell due a week later, two days ago
    _sync(cfg, dt.datetime(2026, 9, 19, 18, tzinfo=dt.UTC))
    shown = read_status(cfg, FixedClock(dt.datetime(2026, 9, 19, 18, tzinfo=dt.UTC)))
    (app,) = shown["applications"]
    assert [d["kind"] for d in app["drafts"]] == ["follow_up"]
    assert app["skipped"] == []


def _mail(
    *,
    sender: str,
    to: str,
    subject: str,
    date: dt.datetime,
    body: str,
    message_id: str,
    in_reply_to: str | None = None,
    ics: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = date.strftime("%a, %d %b %Y %H:%M:%S +0000")
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = in_reply_to
    msg.set_content(body)
    if ics:
        msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
    return msg.as_bytes()


def _put(tmp_path: Path, folder: str, raw: bytes, date: dt.datetime) -> None:
    name = f"{int(date.timestamp())}.{abs(hash(raw))}.host"
    target = tmp_path / "Mail" / folder / "new" / name
    target.write_bytes(raw)


def _replay(cfg: Config, start: dt.datetime, end: dt.datetime) -> dict[str, Any]:
    """A sync every 12 hours from ``start`` to ``end``; the status at ``end``."""
    at = start
    while at <= end:
        _sync(cfg, at)
        at += dt.timedelta(hours=12)
    return read_status(cfg, FixedClock(end))


def _empty_box(tmp_path: Path, *, aliases: str = "") -> Config:
    path = maildir_config(tmp_path, tmp_path / "state.db", account=ME, name="Jordan Park")
    if aliases:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("[account]\n", f"[account]\n{aliases}\n", 1), encoding="utf-8")
    return load(path)


D0 = dt.datetime(2026, 10, 1, 14, tzinfo=dt.UTC)
ICS = """BEGIN:VCALENDAR
VERSION:2.0
METHOD:REQUEST
PRODID:-//Example//Scheduler//EN
BEGIN:VEVENT
UID:loom-interview-1@loomworks.example
DTSTART:20261005T150000Z
DTEND:20261005T160000Z
SUMMARY:Interview: Data Engineer - Jordan Park
ORGANIZER;CN=Priya Raman:mailto:priya.raman@loomworks.example
ATTENDEE;CN=Priya Raman;ROLE=REQ-PARTICIPANT:mailto:priya.raman@loomworks.example
ATTENDEE;CN=Jordan Park;ROLE=REQ-PARTICIPANT:mailto:jordan.park@example.com
END:VEVENT
END:VCALENDAR
"""


def test_an_assessment_after_the_interview_is_not_undone_by_its_end(tmp_path: Path) -> None:
    cfg = _empty_box(tmp_path)
    priya = "Priya Raman <priya.raman@loomworks.example>"
    _put(tmp_path, "INBOX", _mail(
        sender=priya, to=ME, subject="Interview: Data Engineer at Loomworks", date=D0,
        message_id="<inv-1@loomworks.example>", ics=ICS,
        body="Hi Jordan,\n\nI'm looking forward to our interview for the Data Engineer role "
        "on Monday, October 5 at 3:00 PM UTC. It will be a 60-minute video call with me.\n\n"
        "Best,\nPriya Raman\nEngineering Manager, Loomworks",
    ), D0)  # fmt: skip
    thanks = D0 + dt.timedelta(days=4, hours=4)
    _put(tmp_path, "Sent", _mail(
        sender=f"Jordan Park <{ME}>", to=priya, subject="Thank you - Data Engineer interview",
        date=thanks, message_id="<thanks-1@example.com>",
        body="Hi Priya,\n\nThank you for taking the time to speak with me today about the Data "
        "Engineer role. I enjoyed the conversation.\n\nBest,\nJordan",
    ), thanks)  # fmt: skip
    task = D0 + dt.timedelta(days=6)
    _put(tmp_path, "INBOX", _mail(
        sender=priya, to=ME, subject="Next step: take-home assignment for Data Engineer",
        date=task, message_id="<task-1@loomworks.example>",
        body="Hi Jordan,\n\nThanks again for your time on Monday. As the next step we would "
        "like you to complete a take-home assignment: the coding exercise is attached. "
        "Please submit your solution within 7 days.\n\nBest,\nPriya Raman",
    ), task)  # fmt: skip
    shown = _replay(cfg, D0 - dt.timedelta(days=1), D0 + dt.timedelta(days=40))
    (app,) = shown["applications"]
    assert app["state"] == "assessment"
    times = [e["at"] for e in app["events"]]
    assert times == sorted(times), app["events"]
    assert [e["to"] for e in app["events"]].count("interviewed") <= 1
    # the next step is the user's: no "any news?" while the take-home waits
    assert [d["kind"] for d in app["drafts"] if d["kind"] in ("follow_up", "check_in")] == []


def test_a_reply_whose_subject_is_the_senders_title_stays_with_its_job(tmp_path: Path) -> None:
    cfg = _empty_box(tmp_path)
    hana = "Hana Iversen <hana.iversen@mossbank.example>"
    subject = "Engineering Manager at Mossbank Media - would love to chat"
    _put(tmp_path, "INBOX", _mail(
        sender=hana, to=ME, subject=subject, date=D0, message_id="<hi-1@mossbank.example>",
        body="Hi Jordan,\n\nI lead the delivery team at Mossbank Media. We're opening a Senior "
        "Software Engineer, Video Delivery role on my team and I'd like to tell you about it. "
        "Would you be up for a call next week?\n\nThanks,\nHana Iversen\n"
        "Engineering Manager, Mossbank Media",
    ), D0)  # fmt: skip
    reply = D0 + dt.timedelta(days=1)
    _put(tmp_path, "Sent", _mail(
        sender=f"Jordan Park <{ME}>", to=hana, subject=f"Re: {subject}", date=reply,
        message_id="<jp-1@example.com>", in_reply_to="<hi-1@mossbank.example>",
        body="Hi Hana,\n\nThursday at 4pm UTC works for me.\n\nJordan",
    ), reply)  # fmt: skip
    confirm = D0 + dt.timedelta(days=2)
    # her mail program lost the References: only the subject and the person tie it
    _put(tmp_path, "INBOX", _mail(
        sender=hana, to=ME, subject=f"Re: {subject}", date=confirm,
        message_id="<hi-2@mossbank.example>", in_reply_to="<unknown-7@example.com>",
        body="Perfect, confirmed for Thursday, October 8 at 4:00 PM UTC. It'll just be me, "
        "45 minutes, a conversation about the team.\n\nHana",
    ), confirm)  # fmt: skip
    shown = _replay(cfg, D0 - dt.timedelta(hours=1), D0 + dt.timedelta(days=5))
    assert [(a["company"], a["role"]) for a in shown["applications"]] == [
        ("Mossbank Media", "Senior Software Engineer, Video Delivery")
    ]
    assert shown["applications"][0]["state"] == "interview_scheduled"


def test_mail_from_another_address_of_the_user_is_theirs(tmp_path: Path) -> None:
    cfg = _empty_box(tmp_path, aliases='aliases = ["jordan.park@oldmail.example"]')
    assert cfg.account.aliases == ("jordan.park@oldmail.example",)
    priya = "Priya Raman <priya.raman@loomworks.example>"
    _put(tmp_path, "INBOX", _mail(
        sender=priya, to=ME, subject="Interview: Data Engineer at Loomworks", date=D0,
        message_id="<inv-1@loomworks.example>", ics=ICS,
        body="Hi Jordan,\n\nI'm looking forward to our interview for the Data Engineer role "
        "on Monday, October 5 at 3:00 PM UTC.\n\nBest,\nPriya Raman",
    ), D0)  # fmt: skip
    thanks = D0 + dt.timedelta(days=4, hours=2)
    # written from the old address, and a copy of it landed in the inbox
    _put(tmp_path, "INBOX", _mail(
        sender="Jordan Park <jordan.park@oldmail.example>", to=priya,
        subject="Thank you - Data Engineer interview", date=thanks,
        message_id="<thanks-2@oldmail.example>",
        body="Hi Priya,\n\nThank you for speaking with me today about the Data Engineer role."
        "\n\nBest,\nJordan",
    ), thanks)  # fmt: skip
    shown = _replay(cfg, D0 - dt.timedelta(hours=1), D0 + dt.timedelta(days=5))
    (app,) = shown["applications"]
    assert app["state"] == "awaiting_response"
    assert [d["kind"] for d in app["drafts"]] == []  # she was thanked already


def test_a_no_that_names_no_company_closes_the_job_its_writer_spoke_about(
    tmp_path: Path,
) -> None:
    cfg = _empty_box(tmp_path)
    gavin = "Gavin Holt <gavin.holt@crestline-talent.example>"
    _put(tmp_path, "INBOX", _mail(
        sender=gavin, to=ME, subject="Senior Backend Engineer with my client Brindle Labs",
        date=D0, message_id="<gh-1@crestline-talent.example>",
        body="Hi Jordan,\n\nI'm recruiting on behalf of my client Brindle Labs for a Senior "
        "Backend Engineer. Would you be open to a call this week?\n\nGavin Holt\n"
        "Crestline Talent",
    ), D0)  # fmt: skip
    sent = D0 + dt.timedelta(days=1)
    _put(tmp_path, "Sent", _mail(
        sender=f"Jordan Park <{ME}>", to=gavin, subject="Following up - Senior Backend Engineer",
        date=sent, message_id="<jp-9@example.com>",
        body="Hi Gavin,\n\nThanks for reaching out; I'd be glad to talk. Is there any news from "
        "Brindle Labs?\n\nJordan",
    ), sent)  # fmt: skip
    no = D0 + dt.timedelta(days=9)
    _put(tmp_path, "INBOX", _mail(
        sender=gavin, to=ME, subject="Quick update", date=no,
        message_id="<gh-2@crestline-talent.example>",
        body="Hi Jordan,\n\nUnfortunately they've decided to move forward with another "
        "candidate. I'm sorry it didn't work out this time.\n\nGavin",
    ), no)  # fmt: skip
    shown = _replay(cfg, D0 - dt.timedelta(hours=1), D0 + dt.timedelta(days=60))
    apps = shown["applications"]
    assert [(a["company"], a["state"]) for a in apps] == [("Brindle Labs", "rejected")]
    made_late = [d for d in apps[0]["drafts"] if d["created_at"] > no.isoformat()]
    assert made_late == []


def test_a_thank_you_left_unsent_past_its_window_is_removed(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path, PANEL)
    _sync(cfg, dt.datetime(2026, 9, 29, 21, tzinfo=dt.UTC))  # the panel ended at 20:00 UTC
    assert len(_drafts_in_folder(tmp_path)) == 2
    _sync(cfg, dt.datetime(2026, 10, 5, 12, tzinfo=dt.UTC))  # within the 7 days: kept
    assert len(_drafts_in_folder(tmp_path)) == 2
    _sync(cfg, dt.datetime(2026, 10, 7, 12, tzinfo=dt.UTC))  # past them
    shown = read_status(cfg, FixedClock(dt.datetime(2026, 10, 7, 12, tzinfo=dt.UTC)))
    thanks = [d for d in shown["applications"][0]["drafts"] if d["kind"] == "thank_you"]
    assert [d["status"] for d in thanks] == ["removed", "removed"]
    left = [p.read_text(encoding="utf-8") for p in _drafts_in_folder(tmp_path)]
    assert all("thank" not in text.lower().split("subject:")[1][:40] for text in left)
