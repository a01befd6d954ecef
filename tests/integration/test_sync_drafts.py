"""Sync passes in-process over a real Maildir and SQLite file: drafts exactly once.

Covers a crash between "draft written to the mailbox" and "database committed", the
user deleting or sending a draft, and drafts removed when an application closes.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest
from sqlalchemy import select

from followthrough import scenario as sc
from followthrough.clock import FixedClock
from followthrough.config import Config, load
from followthrough.providers.base import DraftRef, DraftSpec
from followthrough.providers.maildir import MaildirProvider
from followthrough.service.sync import sync_once
from followthrough.store.db import open_database
from followthrough.store.models import Draft
from tests.conftest import ROOT

PANEL = ROOT / "tests/scenarios/10-panel-missing-address"
AFTER_PANEL = dt.datetime.fromisoformat("2026-09-29T21:00:00-05:00")


class Crash(BaseException):
    """Stands for the process dying (not an Exception: nothing may catch it)."""


class CrashingMaildir(MaildirProvider):
    """Writes the draft, then dies before the service can record it."""

    def create_draft(self, draft: DraftSpec) -> DraftRef:
        super().create_draft(draft)
        raise Crash


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Config, Path]:
    maildir = tmp_path / "Mail"
    sc.make_maildir(maildir)
    for message in sc.load(PANEL).messages:
        sc.deliver(message, maildir)
    path = tmp_path / "config.toml"
    path.write_text(
        sc.config_text(
            account="jordan.park@example.com",
            name="Jordan Park",
            timezone="America/Chicago",
            maildir=maildir,
            database=tmp_path / "state.db",
        ),
        encoding="utf-8",
    )
    return load(path), maildir


def _drafts_on_disk(maildir: Path) -> list[Path]:
    return sorted((maildir / "Drafts" / "cur").iterdir())


def _rows(cfg: Config) -> list[Draft]:
    with open_database(cfg.database)() as session:
        return list(session.scalars(select(Draft).order_by(Draft.id)))


def test_crash_after_writing_a_draft_makes_no_duplicate(setup: tuple[Config, Path]) -> None:
    cfg, maildir = setup
    sessions = open_database(cfg.database)
    with pytest.raises(Crash):
        sync_once(cfg, CrashingMaildir.from_config(cfg), sessions, FixedClock(AFTER_PANEL))
    assert len(_drafts_on_disk(maildir)) == 1
    assert [r.status for r in _rows(cfg)] == ["pending"]

    sync_once(cfg, MaildirProvider.from_config(cfg), sessions, FixedClock(AFTER_PANEL))
    rows = _rows(cfg)
    assert len(_drafts_on_disk(maildir)) == 2  # the second panelist, not the first again
    assert sorted(r.to_address for r in rows) == [
        "gideon.ames@fernhollow.example",
        "rhea.santos@fernhollow.example",
    ]
    assert {r.status for r in rows} == {"open"}

    sync_once(
        cfg,
        MaildirProvider.from_config(cfg),
        sessions,
        FixedClock(AFTER_PANEL + dt.timedelta(hours=3)),
    )
    assert len(_drafts_on_disk(maildir)) == 2


def test_draft_is_a_reply_in_the_thread(setup: tuple[Config, Path]) -> None:
    cfg, maildir = setup
    sync_once(
        cfg, MaildirProvider.from_config(cfg), open_database(cfg.database), FixedClock(AFTER_PANEL)
    )
    invite = email.message_from_bytes(
        sc.load(PANEL).messages[0].path.read_bytes(), policy=email.policy.default
    )
    for path in _drafts_on_disk(maildir):
        draft = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert draft["In-Reply-To"] == invite["Message-ID"]
        assert invite["Message-ID"] in draft["References"]
        assert draft["From"].addresses[0].addr_spec == "jordan.park@example.com"
        assert draft["Subject"].startswith("Thank you - Jordan Park")
        first = draft["To"].addresses[0].display_name.split()[0]
        assert f"Hi {first}," in draft.get_content()
        assert path.name.endswith(":2,D")


def test_deleted_draft_is_not_made_again(setup: tuple[Config, Path]) -> None:
    cfg, maildir = setup
    sessions = open_database(cfg.database)
    sync_once(cfg, MaildirProvider.from_config(cfg), sessions, FixedClock(AFTER_PANEL))
    victim = _drafts_on_disk(maildir)[0]
    victim.unlink()
    sync_once(
        cfg,
        MaildirProvider.from_config(cfg),
        sessions,
        FixedClock(AFTER_PANEL + dt.timedelta(hours=2)),
    )
    assert len(_drafts_on_disk(maildir)) == 1
    assert sorted(r.status for r in _rows(cfg)) == ["deleted", "open"]


def test_sent_draft_counts_as_sent(setup: tuple[Config, Path]) -> None:
    cfg, maildir = setup
    sessions = open_database(cfg.database)
    sync_once(cfg, MaildirProvider.from_config(cfg), sessions, FixedClock(AFTER_PANEL))
    draft = _drafts_on_disk(maildir)[0]
    draft.rename(maildir / "Sent" / "cur" / draft.name.replace(":2,D", ":2,S"))
    sync_once(
        cfg,
        MaildirProvider.from_config(cfg),
        sessions,
        FixedClock(AFTER_PANEL + dt.timedelta(hours=2)),
    )
    assert sorted(r.status for r in _rows(cfg)) == ["open", "sent"]
    assert len(_drafts_on_disk(maildir)) == 1
