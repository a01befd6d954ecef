"""Reply drafts through createReply + PATCH, and what becomes of them."""

from __future__ import annotations

import email
import email.policy
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from followthrough.config import Config
from followthrough.errors import TransientError
from followthrough.mail.compose import make_message_id
from followthrough.model import Person
from followthrough.providers.base import DraftRef, DraftSpec, RemoteDraftState
from followthrough.providers.outlook import CURSOR_PREFIX, OutlookProvider
from followthrough.providers.outlook_drafts import _DraftLocator
from tests.servers.graph_server import GraphServer

from . import OWNER, Sleeps, mail, provider_for, signed_in

DANA = Person("Dana Díaz", "dana@acme.example")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphServer]:
    with GraphServer(tmp_path_factory.mktemp("graph")) as srv:
        yield srv


@pytest.fixture
def cfg(server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    return signed_in(server, tmp_path, monkeypatch)


def reply_to(provider: OutlookProvider, server: GraphServer) -> tuple[str, DraftSpec]:
    """Deliver a message, sync it, and return its id and the spec of a reply to it."""
    parent = server.deliver(mail(), "inbox")
    (ref,) = provider.fetch_changes(None).messages
    assert ref.ref == parent
    return parent, DraftSpec(
        message_id=make_message_id("example.com"),
        sender=Person(*OWNER),
        to=DANA,
        subject="Thank you - Sam Lee, Backend Engineer interview",
        body="Hi Dana,\n\nThank you for your time today.\n\nSam\n",
        in_reply_to=server.messages[parent].internet_message_id.strip("<>"),
        thread_id=ref.thread_id,
        reply_to_ref=ref.ref,
    )


def graph_id(ref: DraftRef) -> str:
    return _DraftLocator.from_ref(ref.ref).id


def test_reply_draft_sits_in_drafts_inside_the_conversation(
    server: GraphServer, cfg: Config
) -> None:
    provider = provider_for(cfg)
    parent, spec = reply_to(provider, server)
    ref = provider.create_draft(spec)
    (draft,) = server.in_folder("drafts")
    assert draft.id == graph_id(ref)
    assert draft.is_draft
    assert draft.conversation_id == server.messages[parent].conversation_id
    assert draft.internet_message_id == f"<{spec.message_id}>"
    assert (draft.subject, draft.body, draft.to) == (
        spec.subject,
        spec.body,
        [(DANA.name, DANA.address)],
    )
    mime = email.message_from_bytes(server.draft_mime(draft.id), policy=email.policy.default)
    assert mime["In-Reply-To"] == server.messages[parent].internet_message_id
    assert server.counts["message:createReply"] == 1
    assert server.counts["message:patch"] == 1
    assert provider.draft_state(ref) is RemoteDraftState.PRESENT
    assert ref.message_id == spec.message_id
    assert "dana" not in ref.ref  # the ref holds a hash of the recipient, not the address


def test_user_sends_draft_and_the_service_leaves_the_sent_mail_alone(
    server: GraphServer, cfg: Config
) -> None:
    provider = provider_for(cfg)
    _, spec = reply_to(provider, server)
    ref = provider.create_draft(spec)
    server.user_sends_draft(graph_id(ref))  # immutable id: same id, now in Sent Items
    assert provider.draft_state(ref) is RemoteDraftState.SENT
    provider.delete_draft(ref)
    assert server.counts["message:delete"] == 0
    assert [m.id for m in server.in_folder("sentitems")] == [graph_id(ref)]


@pytest.mark.parametrize("new_message_id", [False, True])
def test_sent_from_a_client_that_changes_ids_is_still_sent(
    server: GraphServer, cfg: Config, new_message_id: bool
) -> None:
    provider = provider_for(cfg)
    _, spec = reply_to(provider, server)
    ref = provider.create_draft(spec)
    server.user_sends_draft(graph_id(ref), keep_id=False, new_message_id=new_message_id)
    assert graph_id(ref) not in server.messages
    assert provider.draft_state(ref) is RemoteDraftState.SENT


@pytest.mark.parametrize("hard", [False, True])
def test_user_deletes_draft(server: GraphServer, cfg: Config, hard: bool) -> None:
    provider = provider_for(cfg)
    _, spec = reply_to(provider, server)
    ref = provider.create_draft(spec)
    server.user_deletes(graph_id(ref), hard=hard)
    assert provider.draft_state(ref) is RemoteDraftState.DELETED
    assert provider.find_draft(spec.message_id) is None


def test_another_reply_in_the_thread_to_someone_else_is_not_our_draft(
    server: GraphServer, cfg: Config
) -> None:
    provider = provider_for(cfg)
    parent, spec = reply_to(provider, server)
    ref = provider.create_draft(spec)
    server.user_deletes(graph_id(ref), hard=True)
    in_reply = server.messages[parent].internet_message_id.strip("<>")
    server.deliver(mail(sender=OWNER[1], to="lee@acme.example", in_reply_to=in_reply), "sentitems")
    assert provider.draft_state(ref) is RemoteDraftState.DELETED


def test_service_removes_its_draft_to_deleted_items(server: GraphServer, cfg: Config) -> None:
    provider = provider_for(cfg)
    _, spec = reply_to(provider, server)
    ref = provider.create_draft(spec)
    provider.delete_draft(ref)
    assert [m.id for m in server.in_folder("deleteditems")] == [graph_id(ref)]
    provider.delete_draft(ref)  # idempotent: never purges it from Deleted Items
    assert server.counts["message:delete"] == 1
    assert provider.draft_state(ref) is RemoteDraftState.DELETED


def test_answered_message_gone_gives_a_plain_draft(server: GraphServer, cfg: Config) -> None:
    provider = provider_for(cfg)
    parent, spec = reply_to(provider, server)
    server.user_deletes(parent, hard=True)
    ref = provider.create_draft(spec)
    (draft,) = server.in_folder("drafts")
    assert draft.internet_message_id == f"<{spec.message_id}>"
    assert server.counts["messages:create"] == 1
    assert provider.draft_state(ref) is RemoteDraftState.PRESENT


def test_reply_found_by_message_id_when_the_ref_is_unknown(
    server: GraphServer, cfg: Config
) -> None:
    provider = provider_for(cfg)
    parent, spec = reply_to(provider, server)
    bare = DraftSpec(**{**spec.__dict__, "reply_to_ref": None, "thread_id": None})
    provider.create_draft(bare)
    (draft,) = server.in_folder("drafts")
    assert draft.conversation_id == server.messages[parent].conversation_id


def test_lost_createreply_response_still_makes_one_draft(server: GraphServer, cfg: Config) -> None:
    provider = provider_for(cfg)
    _, spec = reply_to(provider, server)
    server.fail("message:createReply", 500, processed=True)
    ref = provider.create_draft(spec)
    assert len(server.in_folder("drafts")) == 1
    assert server.counts["message:createReply"] == 1  # found, not made again
    assert provider.draft_state(ref) is RemoteDraftState.PRESENT


@pytest.mark.parametrize(("status", "retry_after"), [(500, None), (0, None), (429, 3.0)])
def test_createreply_refused_before_doing_anything_is_retried(
    server: GraphServer, cfg: Config, status: int, retry_after: float | None
) -> None:
    sleeps = Sleeps()
    provider = provider_for(cfg, sleeps)
    _, spec = reply_to(provider, server)
    server.fail("message:createReply", status, retry_after=retry_after)
    provider.create_draft(spec)
    assert len(server.in_folder("drafts")) == 1
    assert server.counts["message:createReply"] == 2
    if retry_after is not None:
        assert sleeps
        assert min(sleeps) >= retry_after


def test_half_made_draft_is_found_after_a_crash(server: GraphServer, cfg: Config) -> None:
    provider = provider_for(cfg)
    _, spec = reply_to(provider, server)
    server.fail("message:patch", 503, times=20)
    with pytest.raises(TransientError):
        provider.create_draft(spec)
    found = provider.find_draft(spec.message_id)  # what reconcile() asks after a restart
    assert found is not None
    assert graph_id(found) == server.in_folder("drafts")[0].id
    assert provider.draft_state(found) is RemoteDraftState.PRESENT


@pytest.mark.parametrize(("status", "retry_after"), [(503, 0.5), (429, 0.5), (503, None)])
def test_createreply_that_made_the_draft_then_failed_leaves_one_draft(
    server: GraphServer, cfg: Config, status: int, retry_after: float | None
) -> None:
    provider = provider_for(cfg, Sleeps())
    _, spec = reply_to(provider, server)
    server.fail("message:createReply", status, retry_after=retry_after, processed=True)
    provider.create_draft(spec)
    assert len(server.in_folder("drafts")) == 1
    assert server.counts["message:createReply"] == 1  # looked up, not posted again


def _pass(provider: OutlookProvider, refs: list[DraftRef], cursor: str) -> tuple[dict, str]:
    """What one service pass asks: the drafts' states from the stored cursor, then changes."""
    seen = provider.draft_states(refs, cursor)
    changes = provider.fetch_changes(cursor)
    return seen, changes.cursor


def _open_drafts(server: GraphServer, cfg: Config, n: int) -> tuple[list[DraftRef], str]:
    provider = provider_for(cfg)
    parents = [server.deliver(mail(subject=f"Interview {i}"), "inbox") for i in range(n)]
    cursor = provider.fetch_changes(None).cursor
    refs = []
    for i, parent in enumerate(parents):
        spec = DraftSpec(
            message_id=make_message_id("example.com"),
            sender=Person(*OWNER),
            to=DANA,
            subject=f"Re: Interview {i}",
            body="Hi Dana,\n\nThank you.\n\nSam\n",
            reply_to_ref=parent,
        )
        refs.append(provider.create_draft(spec))
    _, cursor = _pass(provider, refs, cursor)  # the pass after: starts the Drafts delta
    provider.close()
    return refs, cursor


@pytest.mark.parametrize("n", [0, 5, 50])
def test_an_idle_poll_is_at_most_three_requests_whatever_the_open_drafts(
    server: GraphServer, cfg: Config, n: int
) -> None:
    refs, cursor = _open_drafts(server, cfg, n)
    for _ in range(2):  # `followthrough --sync` from a timer: a new provider every pass
        provider = provider_for(cfg)
        server.counts.clear()
        seen, cursor = _pass(provider, refs, cursor)
        assert [seen[r.ref].state for r in refs] == [RemoteDraftState.PRESENT] * n
        assert server.graph_requests() == (3 if n else 2)
        asked = {n for n, count in server.counts.items() if count and not n.startswith("id:")}
        # no draft looked up, no message read again: only the folders' deltas
        assert asked <= {"delta:inbox", "delta:sentitems", "delta:drafts"}
        provider.close()


@pytest.mark.parametrize("action", ["send", "send with a new id", "delete", "delete for good"])
def test_a_draft_the_user_sends_or_deletes_is_seen_at_the_next_poll(
    server: GraphServer, cfg: Config, action: str
) -> None:
    refs, cursor = _open_drafts(server, cfg, 3)
    target = graph_id(refs[1])
    if action == "send":
        server.user_sends_draft(target)
    elif action == "send with a new id":
        server.user_sends_draft(target, keep_id=False, new_message_id=True)
    else:
        server.user_deletes(target, hard=action == "delete for good")
    provider = provider_for(cfg)
    seen, cursor = _pass(provider, refs, cursor)
    expected = RemoteDraftState.SENT if action.startswith("send") else RemoteDraftState.DELETED
    assert [seen[r.ref].state for r in refs] == [
        RemoteDraftState.PRESENT,
        expected,
        RemoteDraftState.PRESENT,
    ]


def test_a_cursor_without_a_drafts_link_lists_drafts_once(server: GraphServer, cfg: Config) -> None:
    refs, cursor = _open_drafts(server, cfg, 2)
    links = json.loads(cursor.removeprefix(CURSOR_PREFIX))
    del links["drafts"]  # as an older release stored it
    old = CURSOR_PREFIX + json.dumps(links)
    server.user_deletes(graph_id(refs[0]))
    provider = provider_for(cfg)
    seen, cursor = _pass(provider, refs, old)
    assert [seen[r.ref].state for r in refs] == [RemoteDraftState.DELETED, RemoteDraftState.PRESENT]
    assert "drafts" in json.loads(cursor.removeprefix(CURSOR_PREFIX))
    server.expire_delta("drafts")  # and a lost Drafts state is listed again, not an error
    server.user_deletes(graph_id(refs[1]))
    seen, _ = _pass(provider_for(cfg), refs[1:], cursor)
    assert seen[refs[1].ref].state is RemoteDraftState.DELETED
