"""The provider contract: what every mailbox (Maildir, Gmail, Outlook) must do.

Terms: a *cursor* is an opaque sync position (Gmail historyId, Graph deltaLinks,
Maildir scan state); a *ref* is the provider-local id of a message or draft.
Providers return these domain types, never API dicts, so nothing above them knows
which mailbox it talks to.
"""

from __future__ import annotations

import abc
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar

from followthrough.model import Direction, Person


@dataclass(frozen=True)
class MessageRef:
    """A message the provider found.

    :param ref: provider-local id, stable across runs (used as the primary key with the mailbox).
    :param direction: ``OUT`` when it was found in the sent folder, else ``IN``.
    :param thread_id: the provider's conversation id where it has one (Gmail threadId,
        Graph conversationId); Maildir leaves it None and threading uses headers.
    """

    ref: str
    direction: Direction
    thread_id: str | None = None


@dataclass(frozen=True)
class ChangeSet:
    """New messages since a cursor, and the cursor to store once they are processed."""

    messages: tuple[MessageRef, ...]
    cursor: str


@dataclass(frozen=True)
class DraftSpec:
    """A reply draft to leave in the mailbox's Drafts folder.

    :param message_id: the Message-ID we generate for the draft (without angle
        brackets), stored before the provider is called so a draft written just before
        a crash can be found again.
    :param in_reply_to: Message-ID (without brackets) of the message answered.
    :param references: the References chain of the answered message plus its own id.
    :param thread_id: provider thread id of the answered message, where there is one.
    :param reply_to_ref: provider ref of the answered message (Outlook createReply).
    """

    message_id: str
    sender: Person
    to: Person
    subject: str
    body: str
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    thread_id: str | None = None
    reply_to_ref: str | None = None


@dataclass(frozen=True)
class DraftRef:
    """Where a draft the service made lives in the mailbox."""

    ref: str
    message_id: str


class RemoteDraftState(StrEnum):
    """What the mailbox says about one of our drafts."""

    PRESENT = "present"
    SENT = "sent"
    DELETED = "deleted"


@dataclass(frozen=True)
class DraftSeen:
    """What one poll saw of an open draft: its state, and where it lives now (a
    provider may learn a better ref, e.g. the message a draft the user edited became)."""

    state: RemoteDraftState
    ref: DraftRef


class Provider(abc.ABC):
    """A mailbox. Implementations: MaildirProvider, GmailProvider, OutlookProvider.

    Contract:
    - :meth:`fetch_changes` never marks anything processed; the service stores the
      returned cursor only after it stored every message of the change set.
    - :meth:`create_draft` never sends mail.
    - Errors: :class:`~followthrough.errors.CursorExpiredError` when the cursor is gone,
      :class:`~followthrough.errors.AuthError` for a sign-in that no longer works,
      :class:`~followthrough.errors.TransientError` for failures worth retrying later,
      :class:`~followthrough.errors.MailboxError` for a mailbox the user must fix.
    """

    name: ClassVar[str]

    @abc.abstractmethod
    def fetch_changes(self, cursor: str | None) -> ChangeSet:
        """List messages added to the inbox or sent folder since ``cursor``.

        :param cursor: what a previous ChangeSet returned, or None for a first sync.
        :returns: the new messages (oldest first where the provider can tell) and the next cursor.
        :raises CursorExpiredError: the provider no longer knows ``cursor``.
        """

    @abc.abstractmethod
    def get_message(self, ref: MessageRef) -> bytes:
        """Return the raw RFC 5322 bytes of one message.

        :raises MalformedMessageError: the message vanished or cannot be read.
        """

    @abc.abstractmethod
    def create_draft(self, draft: DraftSpec) -> DraftRef:
        """Leave ``draft`` in the Drafts folder as a reply in its thread; never send."""

    @abc.abstractmethod
    def draft_state(self, ref: DraftRef) -> RemoteDraftState:
        """Tell whether one of our drafts is still there, was sent, or was deleted."""

    def draft_states(self, refs: Sequence[DraftRef], cursor: str | None) -> dict[str, DraftSeen]:
        """The state of each open draft in ``refs``, keyed by ``DraftRef.ref``.

        :param cursor: the sync cursor stored by the last pass. Every draft in ``refs``
            was present as of that cursor or was made after it, so a provider whose
            change feed covers drafts (Gmail history, a Graph Drafts delta) checks only
            the drafts the mailbox changed since, and an idle poll costs nothing per
            draft. A :meth:`fetch_changes` of the same pass may carry what this call
            learnt into the cursor it returns. The default checks each draft.
        """
        return {ref.ref: DraftSeen(self.draft_state(ref), ref) for ref in refs}

    @abc.abstractmethod
    def find_draft(self, message_id: str) -> DraftRef | None:
        """Find a draft by the Message-ID we gave it (crash recovery), or None."""

    @abc.abstractmethod
    def delete_draft(self, ref: DraftRef) -> None:
        """Remove one of our drafts; a draft already gone is not an error."""

    def begin_pass(self, now: Callable[[], dt.datetime]) -> None:  # noqa: B027 - optional hook
        """A pass starts: count time from its clock (``--now`` or now), never the wall clock.

        The service calls it at the start of every pass, before anything else. A provider
        may remember what it read from the mailbox until the next ``begin_pass`` (Gmail
        walks its history once a pass, for the drafts and the new mail alike) and must
        answer right whatever order the pass's other calls come in. A provider that reads
        the time (a first sync's look-back, a cursor's time) uses ``now``. The default
        remembers nothing.
        """

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections; the default has nothing to release."""
