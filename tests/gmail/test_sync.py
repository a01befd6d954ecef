"""First sync, incremental sync and the expired-history fallback, over the real client."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from followthrough.errors import CursorExpiredError
from followthrough.model import Direction
from followthrough.providers.gmail import GmailProvider
from followthrough.providers.gmail_auth import GmailSettings
from tests.contract.provider_contract import ME, RECRUITER, make_mail
from tests.servers.gmail_server import GmailServer

from .conftest import fast_policy


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_first_sync_lists_the_lookback_window_oldest_first(
    server: GmailServer, settings: GmailSettings
) -> None:
    old = server.add_message(make_mail(), internal_date=_now() - dt.timedelta(days=40))
    ids = [
        server.add_message(make_mail(), internal_date=_now() - dt.timedelta(days=d)) for d in (3, 2)
    ]
    sent = server.add_message(make_mail(sender=ME, to=RECRUITER), ("SENT",))
    server.add_message(make_mail(), ("SPAM",))
    server.add_message(make_mail(), ("TRASH",))
    provider = GmailProvider(settings, lookback_days=30, policy=fast_policy())
    changes = provider.fetch_changes(None)
    assert [m.ref for m in changes.messages] == [*ids, sent]  # not the 40-day-old one
    assert old not in {m.ref for m in changes.messages}
    assert [m.direction for m in changes.messages] == [Direction.IN, Direction.IN, Direction.OUT]
    assert all(m.thread_id for m in changes.messages)
    assert json.loads(changes.cursor)["historyId"] == str(server.mailbox.history_id)
    # profile + one listing for Sent and one for the rest, no message fetched yet
    assert server.calls("getProfile") == 1
    assert server.calls("messages.list") == 2
    assert server.calls("messages.get") == 0


def test_first_sync_pages_through_long_listings_and_fetches_in_batches_of_50(
    server: GmailServer, provider: GmailProvider
) -> None:
    raws = [make_mail(body=f"n{i}\n") for i in range(620)]
    for raw in raws:
        server.add_message(raw)
    changes = provider.fetch_changes(None)
    assert len(changes.messages) == 620
    assert server.calls("messages.list") == 1 + 2  # Sent (empty) + pages of 500 and 120
    fetched = [provider.get_message(ref) for ref in changes.messages]
    assert fetched == raws  # oldest first, exact bytes
    assert server.calls("messages.get") == 620  # each message once
    assert server.calls("batch") == 13  # ceil(620 / 50)


def test_incremental_sync_reports_only_new_messages(
    server: GmailServer, provider: GmailProvider
) -> None:
    server.add_message(make_mail())
    cursor = provider.fetch_changes(None).cursor
    inbound = make_mail(subject="Next steps")
    new_in = server.add_message(inbound)
    new_out = server.add_message(make_mail(sender=ME, to=RECRUITER), ("SENT",))
    server.add_message(make_mail(), ("SPAM",))
    changes = provider.fetch_changes(cursor)
    assert [(m.ref, m.direction) for m in changes.messages] == [
        (new_in, Direction.IN),
        (new_out, Direction.OUT),
    ]
    assert provider.get_message(changes.messages[0]) == inbound
    assert provider.fetch_changes(changes.cursor).messages == ()


def test_idle_poll_is_one_history_call_of_two_units(
    server: GmailServer, provider: GmailProvider
) -> None:
    server.add_message(make_mail())
    cursor = provider.fetch_changes(None).cursor
    server.reset_counters()
    assert provider.fetch_changes(cursor).messages == ()
    assert server.calls() == 1
    assert server.calls("history.list") == 1
    assert server.units() == 2
    assert server.http_requests == 1


def test_poll_with_ten_new_messages_is_one_history_call_and_one_batch(
    server: GmailServer, provider: GmailProvider
) -> None:
    cursor = provider.fetch_changes(None).cursor
    for _ in range(10):
        server.add_message(make_mail())
    server.reset_counters()
    changes = provider.fetch_changes(cursor)
    for ref in changes.messages:
        provider.get_message(ref)
    assert server.http_requests == 2
    assert server.calls("history.list") == 1
    assert server.calls("messages.get") == 10
    assert server.units() == 2 + 10 * 5


def test_history_pages_are_followed(server: GmailServer, provider: GmailProvider) -> None:
    cursor = provider.fetch_changes(None).cursor
    added = [server.add_message(make_mail()) for _ in range(505)]
    changes = provider.fetch_changes(cursor)
    assert [m.ref for m in changes.messages] == added
    assert server.calls("history.list") == 2  # 500 records, then 5


def test_message_added_then_deleted_before_the_poll_is_not_reported(
    server: GmailServer, provider: GmailProvider
) -> None:
    cursor = provider.fetch_changes(None).cursor
    gone = server.add_message(make_mail())
    kept = server.add_message(make_mail())
    server.mailbox.delete(gone)
    assert [m.ref for m in provider.fetch_changes(cursor).messages] == [kept]


def test_message_deleted_between_listing_and_fetch_is_malformed_not_fatal(
    server: GmailServer, provider: GmailProvider
) -> None:
    from followthrough.errors import MalformedMessageError

    first = make_mail()
    ids = [server.add_message(first), server.add_message(make_mail())]
    changes = provider.fetch_changes(None)
    server.mailbox.delete(ids[1])
    assert provider.get_message(changes.messages[0]) == first
    with pytest.raises(MalformedMessageError):
        provider.get_message(changes.messages[1])


def test_expired_history_raises_then_resync_lists_from_the_old_cursor_time(
    server: GmailServer, settings: GmailSettings
) -> None:
    clock = [dt.datetime(2026, 11, 1, tzinfo=dt.UTC).timestamp()]
    provider = GmailProvider(settings, policy=fast_policy(), clock=lambda: clock[0])
    day = dt.timedelta(days=1)
    start = dt.datetime.fromtimestamp(clock[0], dt.UTC)
    early = server.add_message(make_mail(), internal_date=start - 20 * day)
    cursor = provider.fetch_changes(None).cursor
    clock[0] += 10 * 86_400  # ten days later Gmail has dropped that history
    late = [server.add_message(make_mail(), internal_date=start + d * day) for d in (2, 9)]
    server.expire_history()
    with pytest.raises(CursorExpiredError):
        provider.fetch_changes(cursor)
    resync = provider.fetch_changes(None)
    refs = [m.ref for m in resync.messages]
    assert refs == late  # bounded: from the old cursor's time less a day, not 90 days
    assert early not in refs
    # the new cursor works again
    fresh = server.add_message(make_mail())
    assert [m.ref for m in provider.fetch_changes(resync.cursor).messages] == [fresh]


def test_a_new_instance_resyncs_the_whole_lookback(
    server: GmailServer, settings: GmailSettings
) -> None:
    early = server.add_message(make_mail(), internal_date=_now() - dt.timedelta(days=20))
    cursor = GmailProvider(settings, policy=fast_policy()).fetch_changes(None).cursor
    server.expire_history()
    provider = GmailProvider(settings, policy=fast_policy())
    with pytest.raises(CursorExpiredError):
        provider.fetch_changes(cursor)
    assert [m.ref for m in GmailProvider(settings).fetch_changes(None).messages] == [early]


@pytest.mark.parametrize(
    "cursor", ["", "{}", '{"historyId": "abc"}', "[1]", '{"historyId": null}', "md1:AAAA"]
)
def test_foreign_cursors_are_expired(provider: GmailProvider, cursor: str) -> None:
    with pytest.raises(CursorExpiredError):
        provider.fetch_changes(cursor)


def test_sent_draft_keeping_its_id_is_reported_as_sent_mail(
    server: GmailServer, provider: GmailProvider
) -> None:
    parent = make_mail()
    server.add_message(parent)
    cursor = provider.fetch_changes(None).cursor
    from tests.contract.provider_contract import ProviderContract

    spec = ProviderContract().reply_spec(parent)
    ref = provider.create_draft(spec)
    changes = provider.fetch_changes(cursor)
    assert changes.messages == ()  # a draft is not mail
    from followthrough.providers.gmail import draft_id_of

    sent_id = server.send_draft(draft_id_of(ref), keep_id=True)  # labels DRAFT -> SENT
    later = provider.fetch_changes(changes.cursor)
    assert [(m.ref, m.direction) for m in later.messages] == [(sent_id, Direction.OUT)]
