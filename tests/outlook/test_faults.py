"""Throttling and faults: syncs that complete under injected failures, through the service.

The service's own ``ingest`` stores what the provider lists into a real SQLite file, so
"processed exactly once" is checked where it matters: rows in the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from followthrough.config import Config
from followthrough.errors import AuthError, TransientError
from followthrough.providers.outlook import OutlookProvider
from followthrough.providers.outlook_http import _RateWindow
from followthrough.service.ingest import ingest
from followthrough.store.db import open_database
from followthrough.store.models import Message, SyncState
from tests.servers.graph_server import GraphServer

from . import Sleeps, mail, provider_for, signed_in

NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphServer]:
    with GraphServer(tmp_path_factory.mktemp("graph")) as srv:
        yield srv


@pytest.fixture
def cfg(server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    return signed_in(server, tmp_path, monkeypatch)


@pytest.fixture
def sessions(cfg: Config) -> sessionmaker[Session]:
    return open_database(cfg.database)


def run(provider: OutlookProvider, sessions: sessionmaker[Session], cfg: Config) -> int:
    report = ingest(
        provider, sessions, mailbox=cfg.mailbox_key, account=cfg.account.address, now=NOW
    )
    return report.stored


def stored(sessions: sessionmaker[Session]) -> tuple[int, int]:
    """(rows, distinct provider refs) in the store."""
    with sessions() as session:
        rows = session.scalar(select(func.count()).select_from(Message)) or 0
        refs = session.scalar(select(func.count(func.distinct(Message.provider_ref)))) or 0
    return rows, refs


def cursor_of(sessions: sessionmaker[Session], cfg: Config) -> str | None:
    with sessions() as session:
        state = session.get(SyncState, cfg.mailbox_key)
        return state.cursor if state else None


def test_syncs_complete_under_faults_with_each_message_stored_once(
    server: GraphServer, cfg: Config, sessions: sessionmaker[Session]
) -> None:
    for _ in range(30):
        server.deliver(mail(), "inbox")
    for _ in range(5):
        server.deliver(mail(sender="sam.lee@example.com"), "sentitems")
    server.fail("delta:inbox", 500, times=2)
    server.fail("delta:inbox", 429, retry_after=2, skip=1)  # on the second page
    server.fail("delta:sentitems", 503, retry_after=1)
    server.fail("message:value", 0, times=2)  # connections dropped
    server.fail("message:value", 502, skip=5)
    sleeps = Sleeps()
    provider = provider_for(cfg, sleeps, page_size=10)
    assert run(provider, sessions, cfg) == 35
    assert stored(sessions) == (35, 35)
    assert any(s >= 2 for s in sleeps)  # Retry-After: 2
    assert any(1 <= s < 2 for s in sleeps)  # Retry-After: 1
    assert server.counts["message:value"] == 35 + 3

    for _ in range(10):
        server.deliver(mail(), "inbox")
    server.fail("delta:inbox", 503, retry_after=1)
    server.fail("message:value", 500, times=3, skip=4)
    assert run(provider, sessions, cfg) == 10
    assert stored(sessions) == (45, 45)
    assert run(provider, sessions, cfg) == 0


def test_expired_delta_resyncs_without_duplicates(
    server: GraphServer, cfg: Config, sessions: sessionmaker[Session]
) -> None:
    for _ in range(4):
        server.deliver(mail(), "inbox")
    provider = provider_for(cfg)
    assert run(provider, sessions, cfg) == 4
    server.expire_delta("inbox")
    server.deliver(mail(), "inbox")
    server.deliver(mail(sender="sam.lee@example.com"), "sentitems")
    report = ingest(
        provider, sessions, mailbox=cfg.mailbox_key, account=cfg.account.address, now=NOW
    )
    assert report.resynced
    assert (report.seen, report.stored) == (6, 2)
    assert stored(sessions) == (6, 6)


def test_giving_up_stores_nothing_and_keeps_the_cursor(
    server: GraphServer, cfg: Config, sessions: sessionmaker[Session]
) -> None:
    server.deliver(mail(), "inbox")
    provider = provider_for(cfg)
    run(provider, sessions, cfg)
    before = cursor_of(sessions, cfg)
    server.deliver(mail(), "inbox")
    server.fail("message:value", 500, times=50)
    with pytest.raises(TransientError):
        run(provider, sessions, cfg)
    assert cursor_of(sessions, cfg) == before
    assert stored(sessions) == (1, 1)
    server.reset_faults()
    assert run(provider, sessions, cfg) == 1


def test_failed_sign_in_loses_nothing(
    server: GraphServer, cfg: Config, sessions: sessionmaker[Session]
) -> None:
    server.deliver(mail(), "inbox")
    run(provider_for(cfg), sessions, cfg)
    before = cursor_of(sessions, cfg)
    server.deliver(mail(), "inbox")
    server.revoke_access_tokens()
    server.revoke_refresh_tokens()
    with pytest.raises(AuthError):
        run(provider_for(cfg), sessions, cfg)
    assert cursor_of(sessions, cfg) == before
    assert stored(sessions) == (1, 1)


def test_long_retry_after_is_not_waited_for(server: GraphServer, cfg: Config) -> None:
    sleeps = Sleeps()
    server.fail("delta:inbox", 429, retry_after=900)
    with pytest.raises(TransientError):
        provider_for(cfg, sleeps).fetch_changes(None)
    assert sleeps == []


def test_at_most_four_requests_in_flight(server: GraphServer, cfg: Config) -> None:
    for _ in range(32):
        server.deliver(mail(), "inbox")
    provider = provider_for(cfg)
    refs = provider.fetch_changes(None).messages
    server.max_in_flight = 0
    server.latency = 0.03
    with ThreadPoolExecutor(max_workers=12) as pool:
        bodies = list(pool.map(provider.get_message, refs))
    assert len(bodies) == 32
    assert 2 <= server.max_in_flight <= 4


def test_rate_window_pauses_at_the_quota() -> None:
    now = [0.0]
    sleeps = Sleeps()

    def sleep(seconds: float) -> None:
        sleeps(seconds)
        now[0] += seconds

    window = _RateWindow(3, 600.0, clock=lambda: now[0], sleep=sleep)
    for t in (0.0, 100.0, 200.0, 250.0):
        now[0] = t
        window.acquire()
    assert sleeps == [350.0]  # the 4th waits until the 1st leaves the window
    now[0] = 1_500.0
    window.acquire()
    assert sleeps == [350.0]
