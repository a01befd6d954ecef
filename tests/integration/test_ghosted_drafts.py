"""When an application turns ghosted, the service's unsent drafts for it are removed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from followthrough import scenario as sc
from followthrough.clock import FixedClock
from followthrough.config import load
from followthrough.providers.maildir import MaildirProvider
from followthrough.service.sync import sync_once
from followthrough.store.db import open_database
from followthrough.store.models import Application, Draft
from tests.conftest import ROOT, maildir_config

STORY = ROOT / "tests/scenarios/06-ghosted-then-reopened"


def test_a_ghosted_application_keeps_no_open_draft(tmp_path: Path) -> None:
    story = sc.load(STORY)
    config = maildir_config(
        tmp_path, tmp_path / "state.db", account=story.account, timezone=story.timezone
    )
    for message in story.messages[:2]:  # the invite and the thank-you; nothing sent later
        sc.deliver(message, tmp_path / "Mail")
    cfg = load(config)
    sessions = open_database(cfg.database)
    at = dt.datetime(2026, 9, 9, 12, tzinfo=dt.UTC)
    while at < dt.datetime(2026, 12, 20, tzinfo=dt.UTC):
        sync_once(cfg, MaildirProvider.from_config(cfg), sessions, FixedClock(at))
        at += dt.timedelta(hours=12)
    with sessions() as session:
        (app,) = session.scalars(select(Application)).all()
        drafts = list(session.scalars(select(Draft)))
    assert app.state == "ghosted"
    assert drafts, "follow-ups were drafted while the application was open"
    assert [d.status for d in drafts if d.status == "open"] == []
    assert list((tmp_path / "Mail" / "Drafts" / "cur").iterdir()) == []
