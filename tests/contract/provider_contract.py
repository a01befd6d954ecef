"""The provider contract suite: generic tests every mailbox provider must pass.

Modelled on vdirsyncer's ``StorageTests``: subclass :class:`ProviderContract`, give it a
``provider`` fixture and implement the hooks that play the part of the outside world
(mail arriving, the user sending or deleting a draft in their mail client). A provider
does not count as working until its subclass passes.
"""

from __future__ import annotations

import email
import email.policy
import itertools
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr
from typing import Literal

import pytest

from followthrough.errors import CursorExpiredError
from followthrough.mail.compose import make_message_id
from followthrough.model import Direction, Person
from followthrough.providers.base import (
    DraftRef,
    DraftSpec,
    MessageRef,
    Provider,
    RemoteDraftState,
)

Folder = Literal["inbox", "sent"]

ME = Person("Sam Lee", "sam.lee@example.com")
RECRUITER = Person("Dana Díaz", "dana@acme.example")
_counter = itertools.count(1)


def make_mail(
    *,
    sender: Person = RECRUITER,
    to: Person = ME,
    subject: str = "Interview for Backend Engineer",
    body: str = "Hello,\n\nCan you do Tuesday at 10:00?\n",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
) -> bytes:
    """Raw bytes of a plain message; ids are given and returned without brackets."""
    n = next(_counter)
    msg = EmailMessage(policy=email.policy.default)
    msg["From"] = str(sender)
    msg["To"] = str(to)
    msg["Subject"] = f"{subject} #{n}"
    msg["Date"] = format_datetime(email.utils.localtime())
    msg["Message-ID"] = f"<{message_id}>" if message_id else make_msgid(domain="acme.example")
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        msg["References"] = " ".join(f"<{r}>" for r in references)
    msg.set_content(body)
    return msg.as_bytes()


def message_id_of(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return str(msg["Message-ID"]).strip().strip("<>")


class ProviderContract:
    """Generic provider tests; subclasses supply the fixture and the hooks below."""

    @pytest.fixture
    def provider(self) -> Provider:
        raise NotImplementedError

    # -- hooks: the outside world ---------------------------------------------------------

    def deliver(self, raw: bytes, folder: Folder) -> None:
        """Make ``raw`` appear in the inbox (received) or the sent folder (sent by the user)."""
        raise NotImplementedError

    def user_sends_draft(self, ref: DraftRef) -> None:
        """Do what a mail client does when the user sends our draft (maybe with a new id)."""
        raise NotImplementedError

    def user_deletes_draft(self, ref: DraftRef) -> None:
        """Do what a mail client does when the user deletes our draft."""
        raise NotImplementedError

    def read_draft(self, ref: DraftRef) -> bytes:
        """Return the raw bytes of a draft as stored in the mailbox."""
        raise NotImplementedError

    # -- helpers --------------------------------------------------------------------------

    def reply_spec(self, parent: bytes, *, to: Person = RECRUITER) -> DraftSpec:
        msg = email.message_from_bytes(parent, policy=email.policy.default)
        parent_id = message_id_of(parent)
        chain = tuple(r.strip("<>") for r in str(msg.get("References", "")).split())
        return DraftSpec(
            message_id=make_message_id(ME.address or ""),
            sender=ME,
            to=to,
            subject="Re: Interview for Backend Engineer",
            body="Hi Dana,\n\nThank you for your time today.\n\nSam\n",
            in_reply_to=parent_id,
            references=(*chain, parent_id),
        )

    def draft_in_reply(self, provider: Provider) -> tuple[DraftRef, DraftSpec]:
        parent = make_mail(references=("root@acme.example",))
        self.deliver(parent, "inbox")
        spec = self.reply_spec(parent)
        return provider.create_draft(spec), spec

    # -- sync -----------------------------------------------------------------------------

    def test_first_fetch_lists_everything_with_directions(self, provider: Provider) -> None:
        self.deliver(make_mail(), "inbox")
        self.deliver(make_mail(), "inbox")
        self.deliver(make_mail(sender=ME, to=RECRUITER), "sent")
        changes = provider.fetch_changes(None)
        directions = sorted(m.direction for m in changes.messages)
        assert directions == [Direction.IN, Direction.IN, Direction.OUT]
        assert len({m.ref for m in changes.messages}) == 3
        assert changes.cursor

    def test_second_fetch_with_cursor_lists_nothing(self, provider: Provider) -> None:
        self.deliver(make_mail(), "inbox")
        self.deliver(make_mail(sender=ME, to=RECRUITER), "sent")
        first = provider.fetch_changes(None)
        second = provider.fetch_changes(first.cursor)
        assert second.messages == ()
        assert provider.fetch_changes(second.cursor).messages == ()

    def test_new_mail_after_cursor_appears_once(self, provider: Provider) -> None:
        self.deliver(make_mail(), "inbox")
        first = provider.fetch_changes(None)
        raw = make_mail(subject="Update on your application")
        self.deliver(raw, "inbox")
        self.deliver(make_mail(sender=ME, to=RECRUITER), "sent")
        second = provider.fetch_changes(first.cursor)
        assert sorted(m.direction for m in second.messages) == [Direction.IN, Direction.OUT]
        inbound = next(m for m in second.messages if m.direction is Direction.IN)
        assert provider.get_message(inbound) == raw
        assert provider.fetch_changes(second.cursor).messages == ()

    def test_cursor_survives_a_new_provider_instance(self, provider: Provider) -> None:
        self.deliver(make_mail(), "inbox")
        cursor = provider.fetch_changes(None).cursor
        self.deliver(make_mail(), "inbox")
        again = self.reopen(provider)
        assert len(again.fetch_changes(cursor).messages) == 1

    def reopen(self, provider: Provider) -> Provider:
        """A fresh provider over the same mailbox (a restart); override when needed."""
        return provider

    def test_get_message_returns_exact_bytes(self, provider: Provider) -> None:
        raws = [make_mail(body=f"Body {i}\n\n-- \nAcme\n") for i in range(3)]
        for raw in raws:
            self.deliver(raw, "inbox")
        changes = provider.fetch_changes(None)
        assert sorted(provider.get_message(m) for m in changes.messages) == sorted(raws)

    @pytest.mark.parametrize("garbage", ["", "garbage", "md1:!!!", "md1:AAAA", "x" * 100])
    def test_garbage_cursor_raises_cursor_expired(self, provider: Provider, garbage: str) -> None:
        with pytest.raises(CursorExpiredError):
            provider.fetch_changes(garbage)

    # -- drafts ---------------------------------------------------------------------------

    def test_created_draft_is_present_and_threads(self, provider: Provider) -> None:
        ref, spec = self.draft_in_reply(provider)
        assert ref.message_id == spec.message_id
        assert provider.draft_state(ref) is RemoteDraftState.PRESENT
        draft = email.message_from_bytes(self.read_draft(ref), policy=email.policy.default)
        assert draft["Message-ID"] == f"<{spec.message_id}>"
        assert draft["In-Reply-To"] == f"<{spec.in_reply_to}>"
        assert draft["References"].split() == [f"<{r}>" for r in spec.references]
        assert draft["Subject"] == spec.subject
        assert parseaddr(str(draft["To"]))[1] == RECRUITER.address
        assert draft.get_content() == spec.body

    def test_draft_is_never_listed_as_new_mail(self, provider: Provider) -> None:
        cursor = provider.fetch_changes(None).cursor
        self.draft_in_reply(provider)
        later = provider.fetch_changes(cursor)
        assert all(m.direction is Direction.IN for m in later.messages)
        assert len(later.messages) == 1  # the parent only, not the draft
        listed = provider.fetch_changes(None).messages
        assert [m.direction for m in listed] == [Direction.IN]

    def test_user_deletes_draft(self, provider: Provider) -> None:
        ref, _ = self.draft_in_reply(provider)
        self.user_deletes_draft(ref)
        assert provider.draft_state(ref) is RemoteDraftState.DELETED

    def test_user_sends_draft(self, provider: Provider) -> None:
        ref, _ = self.draft_in_reply(provider)
        self.user_sends_draft(ref)
        assert provider.draft_state(ref) is RemoteDraftState.SENT

    def test_other_reply_in_thread_is_not_our_draft_sent(self, provider: Provider) -> None:
        parent = make_mail()
        self.deliver(parent, "inbox")
        ours = provider.create_draft(self.reply_spec(parent))
        # The user replies to the same message, but to somebody else, and bins our draft.
        other = Person("Lee Park", "lee@acme.example")
        reply = make_mail(sender=ME, to=other, in_reply_to=message_id_of(parent))
        self.deliver(reply, "sent")
        self.user_deletes_draft(ours)
        assert provider.draft_state(ours) is RemoteDraftState.DELETED

    def test_delete_draft_is_idempotent(self, provider: Provider) -> None:
        ref, _ = self.draft_in_reply(provider)
        provider.delete_draft(ref)
        assert provider.draft_state(ref) is RemoteDraftState.DELETED
        provider.delete_draft(ref)
        assert provider.draft_state(ref) is RemoteDraftState.DELETED
        assert provider.find_draft(ref.message_id) is None

    def test_find_draft(self, provider: Provider) -> None:
        ref, spec = self.draft_in_reply(provider)
        found = provider.find_draft(spec.message_id)
        assert found is not None
        assert found.message_id == ref.message_id == spec.message_id
        assert provider.draft_state(found) is RemoteDraftState.PRESENT
        assert provider.find_draft(make_message_id("example.com")) is None

    def test_found_draft_can_be_tracked_to_sent(self, provider: Provider) -> None:
        _, spec = self.draft_in_reply(provider)
        found = provider.find_draft(spec.message_id)
        assert found is not None
        self.user_sends_draft(found)
        assert provider.draft_state(found) is RemoteDraftState.SENT

    def test_listed_refs_are_message_refs(self, provider: Provider) -> None:
        self.deliver(make_mail(), "inbox")
        (ref,) = provider.fetch_changes(None).messages
        assert isinstance(ref, MessageRef)
        assert ref.ref
