"""Syncs under injected faults and the enforced quota: every message processed exactly once."""

from __future__ import annotations

import collections

import pytest

from followthrough.errors import MailboxError, TransientError
from followthrough.providers.base import MessageRef
from followthrough.providers.gmail import GmailProvider
from followthrough.providers.gmail_auth import GmailSettings
from tests.contract.provider_contract import make_mail
from tests.servers.gmail_server import GmailServer

from .conftest import Sleeps, fast_policy


def _fetch_all(provider: GmailProvider, refs: tuple[MessageRef, ...]) -> list[bytes]:
    return [provider.get_message(ref) for ref in refs]


def _deliver(server: GmailServer, n: int) -> list[bytes]:
    raws = [make_mail(body=f"message {i}\n") for i in range(n)]
    for raw in raws:
        server.add_message(raw)
    return raws


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (500, None),
        (503, None),
        (429, None),
        (403, "userRateLimitExceeded"),
        (403, "rateLimitExceeded"),
    ],
)
def test_single_calls_are_retried(
    server: GmailServer, provider: GmailProvider, sleeps: Sleeps, status: int, reason: str | None
) -> None:
    _deliver(server, 2)
    cursor = provider.fetch_changes(None).cursor
    raws = _deliver(server, 1)
    server.inject("history.list", status, 2, reason=reason)
    changes = provider.fetch_changes(cursor)
    assert _fetch_all(provider, changes.messages) == raws
    assert server.calls("history.list") == 3
    assert len(sleeps.waits) == 2
    assert all(0 <= w <= 0.05 for w in sleeps.waits)  # full jitter under the cap


def test_retry_after_is_honoured(
    server: GmailServer, provider: GmailProvider, sleeps: Sleeps
) -> None:
    server.inject("getProfile", 429, 1, retry_after=0.25)
    provider.fetch_changes(None)
    assert len(sleeps.waits) == 1
    assert 0.25 <= sleeps.waits[0] <= 0.25 + 0.03


def test_other_client_errors_are_not_retried(server: GmailServer, provider: GmailProvider) -> None:
    server.inject("getProfile", 403, 1, reason="domainPolicy")
    with pytest.raises(MailboxError):
        provider.fetch_changes(None)
    assert server.calls("getProfile") == 1


def test_persistent_failure_gives_up_with_a_transient_error(
    server: GmailServer, settings: GmailSettings
) -> None:
    provider = GmailProvider(settings, policy=fast_policy(tries=3))
    server.inject("getProfile", 500, 10)
    with pytest.raises(TransientError):
        provider.fetch_changes(None)
    assert server.calls("getProfile") == 3


def test_batch_retries_only_the_failed_parts(server: GmailServer, provider: GmailProvider) -> None:
    raws = _deliver(server, 30)
    changes = provider.fetch_changes(None)
    server.inject("messages.get", 500, 4)  # the first four parts of the first batch fail
    assert _fetch_all(provider, changes.messages) == raws
    stats = server.stats()
    assert stats["messages.get"].calls == 30 + 4
    assert stats["messages.get"].ok == 30
    assert stats["batch"].calls == 2  # the 30 parts, then only the 4 failed ones


def test_whole_batch_failure_is_retried(server: GmailServer, provider: GmailProvider) -> None:
    raws = _deliver(server, 12)
    changes = provider.fetch_changes(None)
    server.inject("batch", 503, 2)
    assert _fetch_all(provider, changes.messages) == raws
    assert server.stats()["batch"].calls == 3
    assert server.stats()["messages.get"].ok == 12


def test_mixed_faults_across_a_sync_process_each_message_exactly_once(
    server: GmailServer, provider: GmailProvider
) -> None:
    raws = _deliver(server, 120)
    server.inject("getProfile", 503, 1)
    server.inject("messages.list", 429, 1, retry_after=0.01)
    server.inject("messages.get", 500, 7)
    server.inject("messages.get", 403, 5, reason="userRateLimitExceeded")
    server.inject("messages.get", 429, 9, retry_after=0.02)
    server.inject("batch", 502, 1)
    changes = provider.fetch_changes(None)
    got = _fetch_all(provider, changes.messages)
    assert got == raws
    assert collections.Counter(got) == collections.Counter(raws)  # once each, none missing
    assert server.stats()["messages.get"].ok == 120  # no message fetched twice


def test_enforced_quota_slows_the_sync_but_nothing_fails(
    server: GmailServer, settings: GmailSettings, sleeps: Sleeps
) -> None:
    server.set_quota(400, window=0.4)  # 80 messages.get per 0.4 s
    raws = _deliver(server, 300)
    provider = GmailProvider(settings, policy=fast_policy(sleeps))
    changes = provider.fetch_changes(None)
    assert _fetch_all(provider, changes.messages) == raws
    assert server.quota_rejections > 0
    assert server.stats()["messages.get"].ok == 300
    assert sleeps.waits  # it waited as told (Retry-After)
    assert max(sleeps.waits) <= 0.4 + 0.05


def test_long_retry_after_is_not_waited_for(server: GmailServer, settings: GmailSettings) -> None:
    provider = GmailProvider(settings, policy=fast_policy(max_retry_after=1.0))
    server.inject("getProfile", 429, 1, retry_after=3600)
    with pytest.raises(TransientError, match="try again"):
        provider.fetch_changes(None)
