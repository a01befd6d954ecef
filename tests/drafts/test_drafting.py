"""Real drafts over a Maildir: the thread's language, the lint, the rejection reply."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import logging
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from followthrough import scenario as sc
from followthrough.clock import FixedClock
from followthrough.config import Config, load
from followthrough.providers.maildir import MaildirProvider
from followthrough.service.status import status
from followthrough.service.sync import sync_once
from followthrough.store.db import open_database
from followthrough.store.models import Draft
from tests.conftest import ROOT

GERMAN = ROOT / "tests/scenarios/08-german-invite-rejection"
AFTER_INTERVIEW = dt.datetime.fromisoformat("2026-10-22T21:00:00+02:00")
AFTER_REJECTION = dt.datetime.fromisoformat("2026-10-27T18:00:00+01:00")


def _setup(tmp_path: Path, drafts: str = "", templates: dict[str, str] | None = None) -> Config:
    maildir = tmp_path / "Mail"
    sc.make_maildir(maildir)
    for message in sc.load(GERMAN).messages:
        sc.deliver(message, maildir)
    path = tmp_path / "config.toml"
    text = sc.config_text(
        account="jordan.park@example.com",
        name="Jordan Park",
        timezone="Europe/Berlin",
        maildir=maildir,
        database=tmp_path / "state.db",
    )
    if templates is not None:
        folder = tmp_path / "templates"
        for name, body in templates.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(body, encoding="utf-8")
        drafts += f'\ntemplates = "{folder}"'
    path.write_text(f"{text}\n[drafts]\n{drafts}\n", encoding="utf-8")
    return load(path)


def _sync(cfg: Config, at: dt.datetime) -> None:
    sync_once(cfg, MaildirProvider.from_config(cfg), open_database(cfg.database), FixedClock(at))


def _drafts(cfg: Config) -> list[EmailMessage]:
    assert cfg.mailbox.path is not None
    folder = cfg.mailbox.path / "Drafts" / "cur"
    out = []
    for path in sorted(folder.iterdir()):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        out.append(msg)
    return out


def _rows(cfg: Config) -> list[Draft]:
    with open_database(cfg.database)() as session:
        return list(session.scalars(select(Draft).order_by(Draft.id)))


def test_german_thread_gets_a_german_thank_you(tmp_path: Path) -> None:
    cfg = _setup(tmp_path)
    _sync(cfg, AFTER_INTERVIEW)
    (draft,) = _drafts(cfg)
    assert draft["To"].addresses[0].addr_spec == "matthias.krueger@lindenhain.example"
    assert draft["Subject"].startswith("Vielen Dank - Jordan Park, Vorstellungsgespräch")
    body = draft.get_content()
    assert body.startswith("Hallo Matthias,\n")
    assert "am Donnerstag" in body  # the interview day, in German
    assert "Mit freundlichen Grüßen\nJordan Park" in body


def test_forced_language(tmp_path: Path) -> None:
    cfg = _setup(tmp_path, 'language = "en"')
    _sync(cfg, AFTER_INTERVIEW)
    (draft,) = _drafts(cfg)
    assert draft["Subject"].startswith("Thank you - Jordan Park")
    assert draft.get_content().startswith("Hi Matthias,\n")
    assert "on Thursday" in draft.get_content()


def test_rejection_reply_is_off_by_default(tmp_path: Path) -> None:
    cfg = _setup(tmp_path)
    _sync(cfg, AFTER_INTERVIEW)
    _sync(cfg, AFTER_REJECTION)
    assert [r.kind for r in _rows(cfg)] == ["thank_you"]


def test_rejection_reply_when_asked_for(tmp_path: Path) -> None:
    cfg = _setup(tmp_path, "rejection_reply = true")
    _sync(cfg, AFTER_INTERVIEW)
    _sync(cfg, AFTER_REJECTION)
    _sync(cfg, AFTER_REJECTION + dt.timedelta(days=1))  # made once, and kept
    rows = _rows(cfg)
    # the unsent thank-you is removed as the application closes; the reply stays
    assert [(r.kind, r.status) for r in rows] == [
        ("thank_you", "removed"),
        ("rejection_reply", "open"),
    ]
    (reply,) = _drafts(cfg)
    assert reply["To"].addresses[0].addr_spec == "katrin.vogel@lindenhain.example"
    rejection = next(
        email.message_from_bytes(m.path.read_bytes(), policy=email.policy.default)
        for m in sc.load(GERMAN).messages
        if "70793a6b7f724f5a" in m.path.read_text(encoding="utf-8", errors="replace")
    )
    # a reply in Katrin's conversation: her subject, her message quoted below ours
    assert reply["Subject"] == f"Re: {rejection['Subject']}"
    assert reply["In-Reply-To"] == "<70793a6b7f724f5a.7d4910469935@lindenhain.example>"
    body = reply.get_content()
    assert body.startswith("Hallo Katrin,\n")
    assert "verbessern" in body
    ours, _, quoted = body.partition("\nAm ")
    assert "schrieb Katrin" in quoted.split("\n", 1)[0]  # the German attribution line
    first_line = rejection.get_body(("plain",)).get_content().strip().split("\n", 1)[0]
    assert f"> {first_line.strip()}" in quoted
    assert all(line.startswith(">") for line in quoted.strip().split("\n")[1:])
    assert "Jordan Park" in ours  # the sign-off comes before the quote


def test_rejection_reply_not_for_old_rejections(tmp_path: Path) -> None:
    cfg = _setup(tmp_path, "rejection_reply = true")
    _sync(cfg, AFTER_REJECTION + dt.timedelta(days=30))
    assert all(r.kind != "rejection_reply" for r in _rows(cfg))


def test_a_draft_failing_lint_is_not_written_and_status_says_why(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    broken = "Subject: Danke - {{ user_name }}\n\nHallo [Name],\n\nDanke.\n"
    cfg = _setup(tmp_path, templates={"de/thank_you.txt": broken})
    with caplog.at_level(logging.WARNING, logger="followthrough.service.drafting"):
        _sync(cfg, AFTER_INTERVIEW)
    assert _drafts(cfg) == []
    assert [(r.status, r.kind) for r in _rows(cfg)] == [("blocked", "thank_you")]
    assert "thank_you draft not written" in caplog.text
    assert "unfilled placeholder '[Name]'" in caplog.text
    with open_database(cfg.database)() as session:
        [app] = status(session, cfg, AFTER_INTERVIEW)["applications"]
    assert app["drafts"] == []  # never made
    assert "[Name]" in app["blocked"][0]["problem"]

    assert cfg.drafts.templates is not None
    (cfg.drafts.templates / "de" / "thank_you.txt").unlink()  # the user fixes the template
    _sync(cfg, AFTER_INTERVIEW + dt.timedelta(hours=2))
    assert len(_drafts(cfg)) == 1
    assert [(r.status, r.problem) for r in _rows(cfg)] == [("open", None)]


def test_a_note_given_after_the_interview_reaches_the_open_thank_you(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    cfg = _setup(tmp_path)
    _sync(cfg, AFTER_INTERVIEW)  # drafted the minute the interview ended, without a note
    (before,) = _drafts(cfg)
    assert "Datenplattform" not in before.get_content()
    later = AFTER_INTERVIEW + dt.timedelta(hours=1)
    done = run_cli(
        "--config", str(tmp_path / "config.toml"), "note", "Lindenhain",
        "die Migration der Datenplattform", "--person", "Matthias", "--now", later.isoformat(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Matthias" in done.stdout
    _sync(cfg, later + dt.timedelta(minutes=5))
    (after,) = _drafts(cfg)  # written again: one draft, with the note
    assert after["To"] == before["To"]
    assert "Besonders gefreut hat mich unser Austausch über die Migration der Datenplattform." in (
        after.get_content()
    )
    assert after["Message-ID"] != before["Message-ID"]
    rows = [r for r in _rows(cfg) if r.kind == "thank_you"]
    assert [r.status for r in rows] == ["open"]
    _sync(cfg, later + dt.timedelta(minutes=10))  # nothing newer: left alone
    (again,) = _drafts(cfg)
    assert again["Message-ID"] == after["Message-ID"]


def test_a_rewrite_interrupted_anywhere_leaves_one_draft(tmp_path: Path) -> None:
    cfg = _setup(tmp_path)
    _sync(cfg, AFTER_INTERVIEW)
    (row,) = _rows(cfg)
    (old,) = _drafts(cfg)
    with open_database(cfg.database).begin() as session:  # as _make leaves it mid-rewrite
        stored = session.get(Draft, row.id)
        assert stored is not None
        stored.status, stored.draft_message_id = "pending", "never-written@example.com"
    _sync(cfg, AFTER_INTERVIEW + dt.timedelta(minutes=5))
    drafts = _drafts(cfg)
    assert len(drafts) == 1  # the old one deleted, the thank-you planned and made again
    assert drafts[0]["Message-ID"] not in (old["Message-ID"], "<never-written@example.com>")
    assert [r.status for r in _rows(cfg)] == ["open"]
