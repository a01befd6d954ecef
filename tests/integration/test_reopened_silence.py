"""A ghosted application that the employer reopens starts its silence clock again.

Replays weeks of a real Maildir through the real sync, every six hours, delivering each
message when its Date comes. The employer promised an answer by a date in September and
then went quiet until the application was ghosted; in November they write again. That old
promise must not make a follow-up due at once: the next one is due 7 days after their new
mail (SPEC section 4, "any employer reply resets the silence clock"), and the budget of
follow-ups starts again from that mail (README, "Follow-up policy").
"""

from __future__ import annotations

import datetime as dt
from email.utils import format_datetime
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
from tests.control.helpers import mail

STORY = ROOT / "tests/scenarios/06-ghosted-then-reopened"
CDT = dt.timezone(dt.timedelta(hours=-5))
REOPENED = dt.datetime(2026, 11, 9, 10, 20, tzinfo=dt.timezone(dt.timedelta(hours=-6)))


def _promise() -> bytes:
    """The day after the interview: "we will get back to you by Tuesday, September 15"."""
    return mail(
        sender="Amara Nwosu <amara.nwosu@ridgebacksupply.example>",
        to="Jordan Park <jordan.park@example.com>",
        subject="Re: Solutions Architect role - next steps",
        body="Hi Jordan,\n\nThank you for speaking with us yesterday. We will get back to "
        "you by Tuesday, September 15 with our decision.\n\nRegards,\nAmara Nwosu\n"
        "Director of Solutions, Ridgeback Supply Co.",
        date=dt.datetime(2026, 9, 11, 9, tzinfo=CDT),
    )


def test_a_reopened_application_waits_a_full_silence_again(tmp_path: Path) -> None:
    story = sc.load(STORY)
    config = maildir_config(
        tmp_path, tmp_path / "state.db", account=story.account, timezone=story.timezone
    )
    cfg = load(config)
    sessions = open_database(cfg.database)
    pending = list(story.messages)
    promise = _promise()
    at = dt.datetime(2026, 9, 8, 18, tzinfo=dt.UTC)
    states: dict[dt.datetime, str] = {}
    while at < dt.datetime(2027, 1, 15, tzinfo=dt.UTC):
        for message in [m for m in pending if m.date <= at]:
            sc.deliver(message, tmp_path / "Mail")
            pending.remove(message)
        if promise and at >= dt.datetime(2026, 9, 11, 14, tzinfo=dt.UTC):
            (tmp_path / "Mail" / "INBOX" / "new" / "promise.eml").write_bytes(promise)
            promise = b""
        sync_once(cfg, MaildirProvider.from_config(cfg), sessions, FixedClock(at))
        with sessions() as session:
            states[at] = session.scalars(select(Application)).one().state
        at += dt.timedelta(hours=6)
    with sessions() as session:
        drafts = sorted(session.scalars(select(Draft)), key=lambda d: d.created_at)
    before = [s for t, s in states.items() if t < REOPENED]
    assert "ghosted" in before, "the story must go ghosted before the employer writes again"
    after = [d for d in drafts if d.created_at.replace(tzinfo=dt.UTC) >= REOPENED]
    assert after, "a reopened application that falls silent again gets a follow-up"
    first = after[0]
    waited = first.created_at.replace(tzinfo=dt.UTC) - REOPENED
    assert first.kind == "follow_up"
    assert dt.timedelta(days=7) <= waited < dt.timedelta(days=7, hours=6), (
        f"follow-up made {waited} after the employer's new mail",
        format_datetime(first.created_at),
    )
    assert first.to_address == "amara.nwosu@ridgebacksupply.example"
    # The budget starts again from that mail: three in all, then ghosted once more.
    assert [d.kind for d in after] == ["follow_up", "check_in", "check_in"]
    assert list(states.values())[-1] == "ghosted"
