"""Drafts: replies in the Gmail thread, and noticing when the user sends or deletes them."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re

import pytest

from followthrough.errors import CursorExpiredError
from followthrough.mail.compose import make_message_id
from followthrough.model import Person
from followthrough.providers.base import DraftRef, DraftSpec, RemoteDraftState
from followthrough.providers.gmail import GmailProvider, draft_id_of
from followthrough.providers.gmail_auth import GmailSettings
from tests.contract.provider_contract import ME, RECRUITER, make_mail, message_id_of
from tests.servers.gmail_model import StoredMessage
from tests.servers.gmail_server import GmailServer

from .conftest import fast_policy

PARENT_SUBJECT = "Interview for Backend Engineer"


def _parent(server: GmailServer) -> tuple[bytes, str]:
    raw = make_mail(subject=PARENT_SUBJECT, references=("root@acme.example",))
    gid = server.add_message(raw)
    return raw, gid


def _spec(server: GmailServer, raw: bytes, gid: str, *, subject: str) -> DraftSpec:
    parent_id = message_id_of(raw)
    return DraftSpec(
        message_id=make_message_id("example.com"),
        sender=ME,
        to=RECRUITER,
        subject=subject,
        body="Hi Dana,\n\nThank you for your time today.\n\nSam\n",
        in_reply_to=parent_id,
        references=("root@acme.example", parent_id),
        thread_id=server.message(gid).thread_id,
        reply_to_ref=gid,
    )


def test_draft_with_the_thread_subject_lands_in_the_thread(
    server: GmailServer, provider: GmailProvider
) -> None:
    raw, gid = _parent(server)
    subject = "Re: " + str(email.message_from_bytes(raw, policy=email.policy.default)["Subject"])
    spec = _spec(server, raw, gid, subject=subject)
    ref = provider.create_draft(spec)
    stored = server.draft_message(draft_id_of(ref))
    assert stored.thread_id == server.message(gid).thread_id
    assert stored.labels == {"DRAFT"}
    draft = email.message_from_bytes(stored.raw, policy=email.policy.default)
    assert draft["In-Reply-To"] == f"<{spec.in_reply_to}>"
    assert draft["References"] == f"<root@acme.example> <{spec.in_reply_to}>"
    assert draft["Message-ID"] == f"<{spec.message_id}>"
    assert draft["Subject"] == subject
    # and the request really carried the threadId: drafts.create was called once
    assert server.calls("drafts.create") == 1
    assert provider.draft_state(ref) is RemoteDraftState.PRESENT


def test_draft_with_another_subject_starts_its_own_conversation(
    server: GmailServer, provider: GmailProvider
) -> None:
    """Gmail's third threading criterion: the subjects must match. The service's
    "Thank you - <Name>, <Role> interview" subjects do not match the invite's."""
    raw, gid = _parent(server)
    spec = _spec(server, raw, gid, subject="Thank you - Sam Lee, Backend Engineer interview")
    ref = provider.create_draft(spec)
    stored = server.draft_message(draft_id_of(ref))
    assert stored.thread_id != server.message(gid).thread_id
    draft = email.message_from_bytes(stored.raw, policy=email.policy.default)
    assert draft["In-Reply-To"] == f"<{spec.in_reply_to}>"  # other clients still thread it


def test_draft_for_a_vanished_thread_is_still_made(
    server: GmailServer, provider: GmailProvider
) -> None:
    raw, gid = _parent(server)
    spec = _spec(server, raw, gid, subject="Re: x")
    server.mailbox.delete(gid)
    ref = provider.create_draft(spec)
    assert server.draft_message(draft_id_of(ref)).labels == {"DRAFT"}


def test_user_sends_draft_with_the_same_message_id(
    server: GmailServer, provider: GmailProvider
) -> None:
    raw, gid = _parent(server)
    ref = provider.create_draft(_spec(server, raw, gid, subject="Re: " + PARENT_SUBJECT))
    sent = server.send_draft(draft_id_of(ref))
    assert server.message(sent).labels == {"SENT"}
    server.reset_counters()
    assert provider.draft_state(ref) is RemoteDraftState.SENT
    assert server.calls("threads.get") == 0  # found by rfc822msgid, no thread walk


def test_user_sends_draft_and_gmail_gives_it_a_new_message_id(
    server: GmailServer, provider: GmailProvider
) -> None:
    raw, gid = _parent(server)
    ref = provider.create_draft(_spec(server, raw, gid, subject="Re: " + PARENT_SUBJECT))
    server.send_draft(draft_id_of(ref), new_message_id="CAF00@mail.gmail.com")
    assert provider.draft_state(ref) is RemoteDraftState.SENT
    assert server.calls("threads.get") == 1


def test_user_deletes_draft_and_replies_to_someone_else(
    server: GmailServer, provider: GmailProvider
) -> None:
    raw, gid = _parent(server)
    ref = provider.create_draft(_spec(server, raw, gid, subject="Re: " + PARENT_SUBJECT))
    other = Person("Lee Park", "lee@acme.example")
    reply = make_mail(sender=ME, to=other, in_reply_to=message_id_of(raw))
    server.add_message(reply, ("SENT",), thread_id=server.message(gid).thread_id)
    server.delete_draft(draft_id_of(ref))
    assert provider.draft_state(ref) is RemoteDraftState.DELETED


def test_service_deletes_its_draft_and_it_stays_deleted(
    server: GmailServer, provider: GmailProvider
) -> None:
    raw, gid = _parent(server)
    ref = provider.create_draft(_spec(server, raw, gid, subject="Re: " + PARENT_SUBJECT))
    provider.delete_draft(ref)
    assert server.draft_ids() == []
    provider.delete_draft(ref)  # already gone: fine
    assert provider.draft_state(ref) is RemoteDraftState.DELETED
    assert provider.find_draft(ref.message_id) is None


def test_find_draft_recovers_the_ref_after_a_crash(
    server: GmailServer, settings: GmailSettings
) -> None:
    raw, gid = _parent(server)
    spec = _spec(server, raw, gid, subject="Re: " + PARENT_SUBJECT)
    GmailProvider(settings, policy=fast_policy()).create_draft(spec)  # ...then the crash
    fresh = GmailProvider(settings, policy=fast_policy())
    found = fresh.find_draft(spec.message_id)
    assert found is not None
    assert fresh.draft_state(found) is RemoteDraftState.PRESENT
    server.send_draft(draft_id_of(found), new_message_id="CAF01@mail.gmail.com")
    assert fresh.draft_state(found) is RemoteDraftState.SENT


def test_create_retried_after_a_lost_answer_makes_one_draft(
    server: GmailServer, provider: GmailProvider
) -> None:
    """A 503 after the draft was stored must not leave two drafts behind."""
    raw, gid = _parent(server)
    spec = _spec(server, raw, gid, subject="Re: " + PARENT_SUBJECT)
    original = server.mailbox.create_draft

    def create_then_fail(raw: bytes, thread_id: str | None) -> tuple[str, StoredMessage]:
        original(raw, thread_id)
        server.mailbox.create_draft = original  # type: ignore[method-assign]
        from tests.servers.gmail_model import ApiError

        raise ApiError(503, "backend went away", "backendError", "UNAVAILABLE")

    server.mailbox.create_draft = create_then_fail  # type: ignore[method-assign]
    ref = provider.create_draft(spec)
    assert len(server.draft_ids()) == 1
    assert draft_id_of(ref) == server.draft_ids()[0]
    assert provider.draft_state(ref) is RemoteDraftState.PRESENT


def test_draft_refs_hold_no_address(server: GmailServer, provider: GmailProvider) -> None:
    raw, gid = _parent(server)
    ref = provider.create_draft(_spec(server, raw, gid, subject="Re: " + PARENT_SUBJECT))
    assert "@acme" not in ref.ref.replace(message_id_of(raw), "")
    assert "dana" not in ref.ref.lower()


def _open_drafts(server: GmailServer, provider: GmailProvider, n: int) -> list[DraftRef]:
    refs = []
    for i in range(n):
        raw = make_mail(subject=f"{PARENT_SUBJECT} {i}", message_id=f"parent-{i}@acme.example")
        gid = server.add_message(raw)
        refs.append(
            provider.create_draft(_spec(server, raw, gid, subject=f"Re: {PARENT_SUBJECT} {i}"))
        )
    return refs


def _pass(
    provider: GmailProvider, refs: list[DraftRef], cursor: str, *, changes_first: bool = False
) -> tuple[dict, str]:
    """What one service pass asks: the drafts' states from the stored cursor, and changes
    (the service asks for the drafts first; the contract lets the calls come in any order)."""
    provider.begin_pass(lambda: dt.datetime.now(dt.UTC))
    if changes_first:
        next_cursor = provider.fetch_changes(cursor).cursor
        return provider.draft_states(refs, cursor), next_cursor
    seen = provider.draft_states(refs, cursor)
    return seen, provider.fetch_changes(cursor).cursor


@pytest.mark.parametrize("n", [0, 1, 5, 50])
def test_an_idle_poll_is_one_history_call_whatever_the_open_drafts(
    server: GmailServer, settings: GmailSettings, n: int
) -> None:
    first = GmailProvider(settings, policy=fast_policy())
    cursor = first.fetch_changes(None).cursor
    refs = _open_drafts(server, first, n)
    seen, cursor = _pass(first, refs, cursor)  # the pass after: sees the drafts being made
    assert {s.state for s in seen.values()} <= {RemoteDraftState.PRESENT}
    refs = [seen[r.ref].ref for r in refs]
    first.close()
    for _ in range(2):  # `followthrough --sync` from cron: a new provider every pass
        provider = GmailProvider(settings, policy=fast_policy())
        server.reset_counters()
        seen, cursor = _pass(provider, refs, cursor)
        assert (server.calls(), server.units()) == (1, 2)
        assert [seen[r.ref].state for r in refs] == [RemoteDraftState.PRESENT] * n
        provider.close()


@pytest.mark.parametrize("action", ["send", "send in place", "send rewritten", "delete", "edit"])
def test_a_draft_the_user_touches_is_seen_at_the_next_poll(
    server: GmailServer, provider: GmailProvider, action: str
) -> None:
    cursor = provider.fetch_changes(None).cursor
    refs = _open_drafts(server, provider, 3)
    seen, cursor = _pass(provider, refs, cursor)
    refs = [seen[r.ref].ref for r in refs]
    seen, cursor = _pass(provider, refs, cursor)  # idle
    target = draft_id_of(refs[1])
    if action == "send":
        server.send_draft(target)
    elif action == "send in place":
        server.send_draft(target, keep_id=True)
    elif action == "send rewritten":  # another client gives the sent copy a new Message-ID
        server.send_draft(target, new_message_id=make_message_id("client.example"))
    elif action == "delete":
        server.delete_draft(target)
    else:
        server.edit_draft(target)
    server.reset_counters()
    seen, cursor = _pass(provider, refs, cursor)
    expected = {
        "delete": RemoteDraftState.DELETED,
        "edit": RemoteDraftState.PRESENT,
    }.get(action, RemoteDraftState.SENT)
    assert [seen[r.ref].state for r in refs] == [
        RemoteDraftState.PRESENT,
        expected,
        RemoteDraftState.PRESENT,
    ]
    assert server.calls("drafts.get") == 1  # only the draft history spoke of
    if action == "edit":  # the draft is another message now; the next deletion is seen too
        refs[1] = seen[refs[1].ref].ref
        server.delete_draft(target)
        seen, cursor = _pass(provider, refs, cursor)
        assert seen[refs[1].ref].state is RemoteDraftState.DELETED


@pytest.mark.parametrize("changes_first", [False, True])
def test_the_calls_of_a_pass_may_come_in_any_order(
    server: GmailServer, provider: GmailProvider, changes_first: bool
) -> None:
    """No answer depends on which call of a pass came first, nor on how soon passes follow."""
    cursor = provider.fetch_changes(None).cursor
    refs = _open_drafts(server, provider, 3)
    seen, cursor = _pass(provider, refs, cursor, changes_first=changes_first)
    refs = [seen[r.ref].ref for r in refs]
    server.reset_counters()
    seen, cursor = _pass(provider, refs, cursor, changes_first=changes_first)  # idle
    assert server.calls("history.list") == 1  # one walk a pass, whichever call made it
    server.send_draft(draft_id_of(refs[0]))
    server.delete_draft(draft_id_of(refs[2]))
    new = server.add_message(make_mail(subject="Interview", message_id="late@acme.example"))
    # The next pass follows at once: what changed in between is seen, whatever the order.
    provider.begin_pass(lambda: dt.datetime.now(dt.UTC))
    if changes_first:
        changes = provider.fetch_changes(cursor)
        states = provider.draft_states(refs, cursor)
    else:
        states = provider.draft_states(refs, cursor)
        changes = provider.fetch_changes(cursor)
    assert new in {m.ref for m in changes.messages}
    assert [states[r.ref].state for r in refs] == [
        RemoteDraftState.SENT,
        RemoteDraftState.PRESENT,
        RemoteDraftState.DELETED,
    ]


def test_a_draft_ref_of_an_older_release_is_checked_once_then_read_from_history(
    server: GmailServer, settings: GmailSettings, provider: GmailProvider
) -> None:
    cursor = provider.fetch_changes(None).cursor
    (ref,) = _open_drafts(server, provider, 1)
    _, cursor = _pass(provider, [ref], cursor)
    old = DraftRef(re.sub(r"&m=[^&]+", "", ref.ref), ref.message_id)  # no Gmail message id
    assert "m=" not in old.ref
    server.reset_counters()
    seen, cursor = _pass(provider, [old], cursor)
    assert seen[old.ref].state is RemoteDraftState.PRESENT
    assert server.calls("drafts.get") == 1
    upgraded = seen[old.ref].ref
    assert "m=" in upgraded.ref
    server.reset_counters()
    _pass(provider, [upgraded], cursor)
    assert server.calls() == 1


def test_without_history_each_draft_is_asked_about_and_nothing_is_missed_after(
    server: GmailServer, provider: GmailProvider
) -> None:
    cursor = provider.fetch_changes(None).cursor
    refs = _open_drafts(server, provider, 2)
    _, cursor = _pass(provider, refs, cursor)
    server.expire_history()
    server.delete_draft(draft_id_of(refs[0]))
    seen = provider.draft_states(refs, cursor)
    assert [seen[r.ref].state for r in refs] == [RemoteDraftState.DELETED, RemoteDraftState.PRESENT]
    with pytest.raises(CursorExpiredError):
        provider.fetch_changes(cursor)
    server.delete_draft(draft_id_of(refs[1]))  # between the checks and the resync's listing
    cursor = provider.fetch_changes(None).cursor
    seen = provider.draft_states([refs[1]], cursor)
    assert seen[refs[1].ref].state is RemoteDraftState.DELETED


def test_draft_body_is_the_spec_body(server: GmailServer, provider: GmailProvider) -> None:
    raw, gid = _parent(server)
    spec = _spec(server, raw, gid, subject="Re: " + PARENT_SUBJECT)
    ref = provider.create_draft(spec)
    stored = server.draft_message(draft_id_of(ref))
    draft = email.message_from_bytes(stored.raw, policy=email.policy.default)
    assert draft.get_content() == spec.body
