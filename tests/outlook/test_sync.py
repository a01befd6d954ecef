"""Delta sync of Inbox and Sent Items against the local Graph server."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

import pytest

from followthrough.config import Config
from followthrough.errors import CursorExpiredError, MailboxError, TransientError
from followthrough.model import Direction
from followthrough.providers.outlook import CURSOR_PREFIX
from tests.servers.graph_server import GraphServer

from . import mail, provider_for, signed_in

T0 = dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphServer]:
    with GraphServer(tmp_path_factory.mktemp("graph")) as srv:
        yield srv


@pytest.fixture
def cfg(server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    return signed_in(server, tmp_path, monkeypatch)


def test_first_sync_pages_through_both_folders_oldest_first(
    server: GraphServer, cfg: Config
) -> None:
    ids = [server.deliver(mail(), "inbox", at=T0 + dt.timedelta(minutes=i)) for i in range(23)]
    sent = server.deliver(mail(sender="sam.lee@example.com"), "sentitems", at=T0)
    provider = provider_for(cfg, page_size=10)
    changes = provider.fetch_changes(None)
    assert [m.ref for m in changes.messages if m.direction is Direction.IN] == ids
    assert [m.ref for m in changes.messages if m.direction is Direction.OUT] == [sent]
    assert changes.messages[0].ref in (ids[0], sent)  # oldest first across folders
    assert server.counts["delta:inbox"] == 3  # 10 + 10 + 3
    assert server.counts["delta:sentitems"] == 1
    threads = {m.ref: m.thread_id for m in changes.messages}
    assert threads[ids[0]] == server.messages[ids[0]].conversation_id
    first = next(entry for entry in server.request_log if "delta" in entry[1])
    assert "$select=id,conversationId,receivedDateTime,isDraft" in unquote(first[1])
    assert "changeType=created" in first[1]
    assert "odata.maxpagesize=10" in first[2]
    assert 'IdType="ImmutableId"' in first[2]


def test_incremental_sync_lists_only_new_mail_and_idle_poll_costs_two(
    server: GraphServer, cfg: Config
) -> None:
    server.deliver(mail(), "inbox")
    provider = provider_for(cfg)
    first = provider.fetch_changes(None)
    new_in = server.deliver(mail(), "inbox")
    new_out = server.deliver(mail(sender="sam.lee@example.com"), "sentitems")
    second = provider.fetch_changes(first.cursor)
    assert {(m.ref, m.direction) for m in second.messages} == {
        (new_in, Direction.IN),
        (new_out, Direction.OUT),
    }
    server.counts.clear()
    idle = provider.fetch_changes(second.cursor)
    assert idle.messages == ()
    assert server.graph_requests() == 2
    assert server.counts["id:token"] == 0


def test_deleted_and_moved_messages_are_not_listed_again(server: GraphServer, cfg: Config) -> None:
    keep = server.deliver(mail(), "inbox")
    gone = server.deliver(mail(), "inbox")
    provider = provider_for(cfg)
    cursor = provider.fetch_changes(None).cursor
    server.user_deletes(gone)  # to Deleted Items: an @removed entry in the inbox delta
    server.user_deletes(gone)  # and for good
    fresh = server.deliver(mail(), "inbox")
    changes = provider.fetch_changes(cursor)
    assert [m.ref for m in changes.messages] == [fresh]
    assert keep in server.messages


def test_expired_delta_link_raises_and_a_fresh_sync_keeps_the_same_refs(
    server: GraphServer, cfg: Config
) -> None:
    old = [server.deliver(mail(), "inbox") for _ in range(3)]
    provider = provider_for(cfg)
    cursor = provider.fetch_changes(None).cursor
    server.expire_delta()
    new = server.deliver(mail(), "inbox")
    with pytest.raises(CursorExpiredError):
        provider.fetch_changes(cursor)
    relisted = provider.fetch_changes(None)
    assert [m.ref for m in relisted.messages] == [*old, new]  # same ids: the store dedupes


def test_sync_state_not_found_as_400_also_expires(server: GraphServer, cfg: Config) -> None:
    provider = provider_for(cfg)
    cursor = provider.fetch_changes(None).cursor
    server.expiry_status = 400
    server.expire_delta("sentitems")
    with pytest.raises(CursorExpiredError):
        provider.fetch_changes(cursor)


def test_state_lost_mid_round_restarts_the_folder_once(server: GraphServer, cfg: Config) -> None:
    ids = [server.deliver(mail(), "inbox", at=T0 + dt.timedelta(minutes=i)) for i in range(15)]
    server.fail("delta:inbox", 410, skip=1)  # the second page finds the state gone
    provider = provider_for(cfg, page_size=10)
    changes = provider.fetch_changes(None)
    assert [m.ref for m in changes.messages] == ids  # each once, none lost
    assert server.counts["delta:inbox"] == 4  # page 1, the 410, then two pages again
    server.fail("delta:inbox", 410, times=2, skip=1)
    with pytest.raises(TransientError):
        provider.fetch_changes(None)


@pytest.mark.parametrize(
    "links",
    [
        {"inbox": "https://evil.example/v1.0/me/mailFolders/inbox/messages/delta?x=1"},
        {"inbox": None, "sentitems": None},
        ["not", "a", "dict"],
    ],
)
def test_foreign_cursor_expires_without_a_request(
    server: GraphServer, cfg: Config, links: object
) -> None:
    provider = provider_for(cfg)
    with pytest.raises(CursorExpiredError):
        provider.fetch_changes(CURSOR_PREFIX + json.dumps(links))
    assert server.graph_requests() == 0


def test_links_outside_the_graph_endpoint_are_never_followed(cfg: Config) -> None:
    provider = provider_for(cfg)
    with pytest.raises(TransientError, match="outside"):
        provider.client.request("GET", "https://evil.example/v1.0/me/messages")


def test_a_bad_request_is_a_mailbox_error(server: GraphServer, cfg: Config) -> None:
    server.fail("delta:inbox", 400)
    with pytest.raises(MailboxError, match="HTTP 400"):
        provider_for(cfg).fetch_changes(None)


def test_delta_links_are_kept_in_the_form_graph_documents(server: GraphServer, cfg: Config) -> None:
    server.deliver(mail(), "inbox")
    provider = provider_for(cfg)
    first = provider.fetch_changes(None)
    links = json.loads(first.cursor[len(CURSOR_PREFIX) :])
    assert all("/me/mailfolders('" in link for link in links.values())  # id form, lower case
    server.counts.clear()
    idle = provider.fetch_changes(first.cursor)
    assert idle.messages == ()  # no relisting of the inbox
    assert server.graph_requests() == 2
    host = cfg.outlook["graph_endpoint"].split("/")[2]
    foreign = {k: v.replace(host, "graph.evil.example") for k, v in links.items()}
    with pytest.raises(CursorExpiredError):  # the token never goes to another host
        provider.fetch_changes(CURSOR_PREFIX + json.dumps(foreign))
