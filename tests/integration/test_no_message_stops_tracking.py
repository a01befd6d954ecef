"""No message can stop the pipeline: the user's own mail in INBOX, a message the tracker
fails on, a message that cannot be read for a while. Each pass completes, the rest of
the mailbox is tracked, and the failed message is tried again later."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, ClassVar

import pytest
from sqlalchemy import select

from followthrough import scenario as sc
from followthrough.clock import FixedClock
from followthrough.config import Config, load
from followthrough.providers.base import MessageRef
from followthrough.providers.maildir import MaildirProvider
from followthrough.service import track
from followthrough.service.sync import sync_once
from followthrough.store.db import open_database
from followthrough.store.models import Application, Message
from tests.conftest import ROOT, maildir_config

STORY = ROOT / "tests/scenarios/08-german-invite-rejection"
LATER = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    story = sc.load(STORY)
    path = maildir_config(
        tmp_path, tmp_path / "state.db", account=story.account, timezone=story.timezone
    )
    for message in story.messages:
        sc.deliver(message, tmp_path / "Mail")
    return load(path)


def _maildir(cfg: Config) -> Path:
    assert cfg.mailbox.path is not None
    return cfg.mailbox.path


def _messages(cfg: Config) -> list[Message]:
    with open_database(cfg.database)() as session:
        return list(session.scalars(select(Message).order_by(Message.id)))


def _states(cfg: Config) -> list[str]:
    with open_database(cfg.database)() as session:
        return [a.state for a in session.scalars(select(Application))]


def _pass(cfg: Config, at: dt.datetime, provider: MaildirProvider | None = None) -> None:
    sync_once(cfg, provider or MaildirProvider.from_config(cfg), open_database(cfg.database),
              FixedClock(at))  # fmt: skip


def test_the_users_own_mail_in_the_inbox_opens_an_application(cfg: Config) -> None:
    account = cfg.account.address
    # A note to self that reads like an ATS acknowledgement (the user pasted one).
    own = (
        f"From: Me <{account}>\nTo: Me <{account}>\n"
        "Subject: Thank you for applying to Lindenhain\n"
        "Date: Mon, 05 Oct 2026 09:00:00 +0200\nMessage-ID: <own@example.com>\n\n"
        "Thank you for applying for the Backend developer position at Lindenhain GmbH. We "
        "have received your application and our team will review it shortly.\n"
    ).encode()
    (_maildir(cfg) / "INBOX" / "cur" / "own-copy:2,S").write_bytes(own)
    _pass(cfg, LATER)
    _pass(cfg, LATER + dt.timedelta(hours=1))  # and every later pass goes on too
    rows = {m.provider_ref: m for m in _messages(cfg)}
    assert rows["INBOX/own-copy"].direction == "out"
    assert all(m.error is None for m in rows.values())
    assert all(m.processed for m in rows.values())
    assert "rejected" in _states(cfg)  # the story's own mail was tracked as before


def test_a_message_the_tracker_fails_on_is_set_aside_and_tried_again(
    cfg: Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = track.Tracker.apply
    victim = sorted((_maildir(cfg) / "INBOX").glob("*/*"))[-1].name.split(":")[0]

    def apply(self: track.Tracker, msg: Message) -> None:
        if msg.provider_ref.endswith(victim):
            raise RuntimeError("a bug on this one message")
        real(self, msg)

    monkeypatch.setattr(track.Tracker, "apply", apply)
    _pass(cfg, LATER)
    failed = [m for m in _messages(cfg) if m.error]
    assert [m.provider_ref.endswith(victim) for m in failed] == [True]
    assert failed[0].processed is False
    assert failed[0].retry_at is not None
    assert len([m for m in _messages(cfg) if m.processed]) == len(_messages(cfg)) - 1

    monkeypatch.setattr(track.Tracker, "apply", real)  # the next release fixed the bug
    _pass(cfg, LATER + dt.timedelta(minutes=5))  # too soon: still waiting
    assert [m.error is not None for m in _messages(cfg)].count(True) == 1
    _pass(cfg, LATER + dt.timedelta(hours=2))
    assert all(m.error is None and m.processed for m in _messages(cfg))
    assert "rejected" in _states(cfg)


class FlakyMaildir(MaildirProvider):
    """A mailbox where one file cannot be read for a while (a client rewriting it)."""

    unreadable: ClassVar[set[str]] = set()

    def get_message(self, ref: MessageRef) -> bytes:
        if ref.ref in self.unreadable:
            raise PermissionError(13, "Permission denied", ref.ref)
        return super().get_message(ref)


def test_a_message_that_cannot_be_read_now_is_read_on_a_later_pass(cfg: Config) -> None:
    provider: Any = FlakyMaildir.from_config(cfg)
    refs = [r.ref for r in provider.fetch_changes(None).messages]
    rejection = refs[-1]
    FlakyMaildir.unreadable = {rejection}
    _pass(cfg, LATER, provider)
    row = next(m for m in _messages(cfg) if m.provider_ref == rejection)
    assert row.error is not None
    assert row.error.startswith("unreadable")
    assert "rejected" not in _states(cfg)
    FlakyMaildir.unreadable = set()
    _pass(cfg, LATER + dt.timedelta(hours=2), FlakyMaildir.from_config(cfg))
    row = next(m for m in _messages(cfg) if m.provider_ref == rejection)
    assert row.error is None
    assert row.kind == "rejection"
    assert "rejected" in _states(cfg)
