"""Whole sync passes of the service over the local Gmail server and a real SQLite file.

Nothing above the provider knows it is Gmail: these run ``sync_once`` as the CLI does.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from followthrough import scenario as sc
from followthrough.clock import FixedClock
from followthrough.config import Config, parse
from followthrough.errors import AuthError
from followthrough.providers.gmail import GmailProvider, draft_id_of
from followthrough.providers.gmail_auth import GmailSettings
from followthrough.service.sync import sync_once
from followthrough.store.db import open_database
from followthrough.store.models import Draft, Message, SyncState
from tests.conftest import ROOT
from tests.contract.provider_contract import make_mail
from tests.servers.gmail_server import GmailServer

from .conftest import fast_policy

PANEL = ROOT / "tests/scenarios/10-panel-missing-address"
AFTER_PANEL = dt.datetime.fromisoformat("2026-09-29T21:00:00-05:00")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[GmailServer, Config]]:
    scenario = sc.load(PANEL)
    with GmailServer(address=scenario.account) as server:
        for message in scenario.messages:
            labels = ("SENT",) if message.folder == "sent" else ("INBOX",)
            server.add_message(message.path.read_bytes(), labels, internal_date=message.date)
        server.write_credentials(tmp_path / "gmail.json")
        cfg = parse(
            {
                "account": {
                    "address": scenario.account,
                    "name": "Jordan Park",
                    "timezone": scenario.timezone,
                },
                "mailbox": {"provider": "gmail"},
                "storage": {"database": f"sqlite:///{tmp_path / 'state.db'}"},
                "gmail": {
                    "credentials": str(tmp_path / "gmail.json"),
                    "client_secret": str(tmp_path / "client_secret.json"),
                    "api_endpoint": server.url,
                },
            }
        )
        yield server, cfg


def _provider(cfg: Config, at: dt.datetime) -> GmailProvider:
    return GmailProvider(
        GmailSettings.from_config(cfg), policy=fast_policy(), clock=lambda: at.timestamp()
    )


def _pass(cfg: Config, at: dt.datetime) -> None:
    provider = _provider(cfg, at)
    try:
        sync_once(cfg, provider, open_database(cfg.database), FixedClock(at))
    finally:
        provider.close()


def _count(cfg: Config) -> tuple[int, int]:
    with open_database(cfg.database)() as session:
        rows = session.scalar(select(func.count()).select_from(Message)) or 0
        distinct = session.scalar(select(func.count(func.distinct(Message.provider_ref)))) or 0
        return rows, distinct


def _cursor(cfg: Config) -> str | None:
    with open_database(cfg.database)() as session:
        state = session.get(SyncState, cfg.mailbox_key)
        return state.cursor if state else None


def test_service_makes_thank_you_drafts_as_replies_in_gmail(
    world: tuple[GmailServer, Config],
) -> None:
    server, cfg = world
    _pass(cfg, AFTER_PANEL)
    invite_id = server.message(next(iter(server.mailbox.messages))).message_id
    drafts = [server.draft_message(d) for d in server.draft_ids()]
    assert len(drafts) == 2
    for stored in drafts:
        draft = email.message_from_bytes(stored.raw, policy=email.policy.default)
        assert draft["In-Reply-To"] == f"<{invite_id}>"
        assert f"<{invite_id}>" in draft["References"]
        assert draft["Subject"].startswith("Thank you - Jordan Park")
    with open_database(cfg.database)() as session:
        rows = list(session.scalars(select(Draft)))
    assert {r.status for r in rows} == {"open"}
    # our drafts do not come back as mail on the next pass
    before = _count(cfg)
    _pass(cfg, AFTER_PANEL + dt.timedelta(minutes=5))
    assert _count(cfg) == before


def test_an_idle_pass_with_open_drafts_costs_one_history_call(
    world: tuple[GmailServer, Config],
) -> None:
    server, cfg = world
    _pass(cfg, AFTER_PANEL)
    _pass(cfg, AFTER_PANEL + dt.timedelta(minutes=5))  # reads the history of making them
    assert len(server.draft_ids()) == 2
    server.reset_counters()
    _pass(cfg, AFTER_PANEL + dt.timedelta(minutes=10))
    assert (server.calls(), server.units()) == (1, 2)
    assert server.calls("history.list") == 1
    server.delete_draft(server.draft_ids()[0])
    _pass(cfg, AFTER_PANEL + dt.timedelta(minutes=15))
    with open_database(cfg.database)() as session:
        statuses = sorted(r.status for r in session.scalars(select(Draft)))
    assert statuses == ["deleted", "open"]


def test_user_sends_one_draft_and_deletes_the_other(world: tuple[GmailServer, Config]) -> None:
    server, cfg = world
    _pass(cfg, AFTER_PANEL)
    first, second = server.draft_ids()
    server.send_draft(first, new_message_id="CAF-sent@mail.gmail.com")
    server.delete_draft(second)
    _pass(cfg, AFTER_PANEL + dt.timedelta(hours=2))
    with open_database(cfg.database)() as session:
        statuses = sorted(r.status for r in session.scalars(select(Draft)))
    assert statuses == ["deleted", "sent"]
    assert server.draft_ids() == []  # the deleted one was not made again


def test_expired_history_resync_stores_each_message_once(
    world: tuple[GmailServer, Config],
) -> None:
    server, cfg = world
    _pass(cfg, AFTER_PANEL)
    stored, _ = _count(cfg)
    for _ in range(3):
        server.add_message(make_mail(), internal_date=AFTER_PANEL + dt.timedelta(hours=1))
    server.expire_history()
    _pass(cfg, AFTER_PANEL + dt.timedelta(hours=2))
    rows, distinct = _count(cfg)
    assert rows == distinct == stored + 3


def test_revoked_grant_stops_the_pass_and_loses_nothing(
    world: tuple[GmailServer, Config], tmp_path: Path
) -> None:
    server, cfg = world
    _pass(cfg, AFTER_PANEL)
    cursor, stored = _cursor(cfg), _count(cfg)
    server.add_message(make_mail(), internal_date=AFTER_PANEL + dt.timedelta(hours=1))
    server.revoke()
    with pytest.raises(AuthError, match="run `followthrough auth gmail` again"):
        _pass(cfg, AFTER_PANEL + dt.timedelta(hours=2))
    assert _cursor(cfg) == cursor
    assert _count(cfg) == stored
    server.write_credentials(tmp_path / "gmail.json")  # the user signs in again
    _pass(cfg, AFTER_PANEL + dt.timedelta(hours=3))
    assert _count(cfg)[0] == stored[0] + 1


def test_sync_under_faults_stores_every_message_exactly_once(
    world: tuple[GmailServer, Config],
) -> None:
    server, cfg = world
    _pass(cfg, AFTER_PANEL)
    stored, _ = _count(cfg)
    for _ in range(60):
        server.add_message(make_mail(), internal_date=AFTER_PANEL + dt.timedelta(hours=1))
    server.inject("history.list", 503, 1)
    server.inject("messages.get", 500, 6)
    server.inject("messages.get", 429, 6, retry_after=0.01)
    server.inject("batch", 502, 1)
    _pass(cfg, AFTER_PANEL + dt.timedelta(hours=2))
    rows, distinct = _count(cfg)
    assert rows == distinct == stored + 60
    with open_database(cfg.database)() as session:
        errors = session.scalar(select(func.count()).where(Message.error.is_not(None)))
    assert errors == 0


def test_draft_refs_are_stored_verbatim(world: tuple[GmailServer, Config]) -> None:
    server, cfg = world
    _pass(cfg, AFTER_PANEL)
    with open_database(cfg.database)() as session:
        refs = [r.provider_ref for r in session.scalars(select(Draft))]
    from followthrough.providers.base import DraftRef

    assert sorted(draft_id_of(DraftRef(ref or "", "")) for ref in refs) == sorted(
        server.draft_ids()
    )


def _wall_clock_provider(cfg: Config) -> GmailProvider:
    """Built as the command line builds it: no clock given, so the wall clock by default."""
    return GmailProvider(GmailSettings.from_config(cfg), policy=fast_policy())


def test_first_sync_and_resync_count_from_the_pass_clock_not_the_wall_clock(
    world: tuple[GmailServer, Config],
) -> None:
    server, cfg = world
    # Within 90 days of the pass, but more than 90 days before today's date.
    old = server.add_message(make_mail(), internal_date=AFTER_PANEL - dt.timedelta(days=80))
    provider = _wall_clock_provider(cfg)
    sync_once(cfg, provider, open_database(cfg.database), FixedClock(AFTER_PANEL))
    with open_database(cfg.database)() as session:
        refs = set(session.scalars(select(Message.provider_ref)))
    assert old in refs
    stored = len(refs)
    # Mail dated between the old cursor and the next pass, then Gmail drops the history.
    later = [
        server.add_message(make_mail(), internal_date=AFTER_PANEL + dt.timedelta(hours=h))
        for h in (2, 30)
    ]
    server.expire_history()
    provider = _wall_clock_provider(cfg)
    sync_once(
        cfg, provider, open_database(cfg.database), FixedClock(AFTER_PANEL + dt.timedelta(days=3))
    )
    with open_database(cfg.database)() as session:
        refs = set(session.scalars(select(Message.provider_ref)))
    assert set(later) <= refs
    assert len(refs) == stored + 2  # nothing stored twice


def test_a_follow_up_is_a_reply_in_the_employer_s_gmail_thread(
    world: tuple[GmailServer, Config],
) -> None:
    server, cfg = world
    for day in range(0, 16, 3):
        _pass(cfg, AFTER_PANEL + dt.timedelta(days=day))
    with open_database(cfg.database)() as session:
        rows = list(session.scalars(select(Draft).where(Draft.kind == "follow_up")))
    assert rows, "the panel scenario owes a follow-up after a week of silence"
    wanted = {r.draft_message_id for r in rows}
    drafts = [server.draft_message(d) for d in server.draft_ids()]
    (stored,) = [d for d in drafts if d.message_id in wanted]
    draft = email.message_from_bytes(stored.raw, policy=email.policy.default)
    answered = next(
        m
        for m in server.mailbox.messages.values()
        if m.message_id == draft["In-Reply-To"].strip("<>")
    )
    assert draft["Subject"] == "Re: " + answered.subject.removeprefix("Re: ")
    assert stored.thread_id == answered.thread_id  # Gmail filed it in their conversation
    body = draft.get_content()
    ours, _, quoted = body.partition("\n> ")
    assert "wrote:" in ours.rstrip().rsplit("\n", 1)[-1]
    assert quoted  # their message below ours
