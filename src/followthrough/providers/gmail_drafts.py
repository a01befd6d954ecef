"""Gmail drafts: what a draft ref and the sync cursor encode, and the draft calls.

A draft gone from Drafts was sent when Sent holds our Message-ID, or a reply in the
same thread to the same message and recipient written after the draft; else deleted.
Whether anything happened to a draft is read from the pass's one history.list walk
(its message deleted or relabelled, a sent message in its thread), so an idle poll
stays one call, 2 units, however many drafts are open; only a draft history speaks
of is fetched. ``drafts.create`` is not idempotent: before a retry we look for the
draft by its Message-ID.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode

from followthrough.errors import CursorExpiredError
from followthrough.mail.compose import compose_draft
from followthrough.providers import draftref, retry
from followthrough.providers.base import DraftRef, DraftSeen, DraftSpec, RemoteDraftState
from followthrough.providers.gmail_auth import CredentialStore
from followthrough.providers.gmail_errors import bind, classify, status_of

logger = logging.getLogger("followthrough.providers.gmail")

_SENT_SLACK_MS = draftref.SENT_SLACK_SECONDS * 1000
_DRAFT_REF = "gmail-draft:"


@dataclass
class Probe:
    """One history.list walk, shared by draft_states and fetch_changes in the same pass.

    Whichever of them walks from a historyId first leaves it here; the other uses it
    when it starts from the same historyId. ``begin_pass`` forgets it; a second
    fetch_changes in one pass walks again (it asks what is new since the first).
    """

    start: int
    records: list[dict[str, Any]]
    history_id: int


@dataclass(frozen=True)
class Cursor:
    """The stored sync position: Gmail's historyId and when it was written.

    ``drafts`` is the historyId as of which the open drafts' states were last read,
    when that is earlier than ``history_id`` (the pass walked history twice): the next
    pass reads draft changes from there, so none falls between the two walks.
    """

    history_id: int
    at: int
    drafts: int | None = None

    def encode(self) -> str:
        data: dict[str, Any] = {"historyId": str(self.history_id), "at": self.at}
        if self.drafts is not None and self.drafts < self.history_id:
            data["drafts"] = str(self.drafts)
        return json.dumps(data, sort_keys=True)

    @property
    def drafts_from(self) -> int:
        return self.drafts if self.drafts is not None else self.history_id

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            data = json.loads(text)
            value = str(data["historyId"])
            at = int(data.get("at", 0))
            drafts = str(data.get("drafts", ""))
        except (ValueError, TypeError, KeyError, AttributeError):
            raise CursorExpiredError("not a Gmail sync cursor") from None
        if not value.isdigit():
            raise CursorExpiredError("not a Gmail sync cursor")
        return cls(int(value), at, int(drafts) if drafts.isdigit() else None)


@dataclass(frozen=True)
class _DraftLocator:
    """What ``DraftRef.ref`` encodes: the draft id, its thread, and how to spot it sent.

    ``gmail-draft:<draft id>?t=<threadId>&irt=<replied-to id>&to=<recipient hash>&m=<Gmail
    message id>&at=<ms>``; the recipient is a salted hash so refs hold no address. ``m``
    is the Gmail message the draft is now (it changes when the user edits the draft):
    history names messages, not drafts, so it is how history tells us about the draft.
    Refs of older releases have no ``m``; such a draft is checked once and gets one.
    """

    draft_id: str
    thread_id: str = ""
    in_reply_to: str = ""
    to_hash: str = ""
    created_ms: int = 0
    message: str = ""

    def to_ref(self) -> str:
        query = {"t": self.thread_id, "irt": self.in_reply_to, "to": self.to_hash}
        if self.message:
            query["m"] = self.message
        return f"{_DRAFT_REF}{quote(self.draft_id)}?{urlencode(query)}&at={self.created_ms}"

    @classmethod
    def from_ref(cls, ref: str) -> _DraftLocator:
        body = ref.removeprefix(_DRAFT_REF)
        draft_id, _, query = body.partition("?")
        fields = dict(parse_qsl(query))
        at = fields.get("at", "0")
        return cls(
            draft_id=unquote(draft_id),
            thread_id=fields.get("t", ""),
            in_reply_to=fields.get("irt", ""),
            to_hash=fields.get("to", ""),
            created_ms=int(at) if at.isdigit() else 0,
            message=fields.get("m", ""),
        )


def draft_id_of(ref: DraftRef) -> str:
    """The Gmail draft id inside one of our draft refs."""
    return _DraftLocator.from_ref(ref.ref).draft_id


def _draft_news(records: Iterable[dict[str, Any]]) -> tuple[set[str], set[str]]:
    """From history: every message id it mentions, and the threads that gained a sent
    message (a draft sent from another client may come back under a new id)."""
    touched: set[str] = set()
    sent_threads: set[str] = set()
    for record in records:
        for stub in record.get("messages", []):
            touched.add(str(stub.get("id", "")))
        for key in ("messagesAdded", "messagesDeleted", "labelsAdded", "labelsRemoved"):
            for entry in record.get(key, []):
                message = entry.get("message", {})
                touched.add(str(message.get("id", "")))
                sent = "SENT" in message.get("labelIds", []) or (
                    key == "labelsAdded" and "SENT" in entry.get("labelIds", [])
                )
                if sent and message.get("threadId"):
                    sent_threads.add(str(message["threadId"]))
    touched.discard("")
    return touched, sent_threads


class GmailDrafts:
    """The draft calls of :class:`~followthrough.providers.gmail.GmailProvider`, which
    gives the calls, the credentials and the pass's history walk declared here."""

    policy: retry.RetryPolicy
    _store: CredentialStore
    _creds: Any
    _clock: Callable[[], float]
    _drafts_as_of: int | None

    @property
    def _users(self) -> Any:
        raise NotImplementedError

    def _call(self, make: Callable[[], Any], what: str) -> Any:
        raise NotImplementedError

    def _translate(self, exc: Exception, what: str) -> Exception:
        raise NotImplementedError

    def _history(self, start: int, *, reuse: bool = True) -> Probe | None:
        raise NotImplementedError

    def create_draft(self, draft: DraftSpec) -> DraftRef:
        """Create a reply draft in the answered message's thread; never sends.

        :raises AuthError, TransientError, MailboxError: as for every call.
        """
        raw = compose_draft(draft, date=dt.datetime.now().astimezone())
        message: dict[str, Any] = {"raw": base64.urlsafe_b64encode(raw).decode("ascii")}
        if draft.thread_id:
            message["threadId"] = draft.thread_id
        attempts = self.policy.start()
        while True:
            try:
                with self._store.guard(self._creds):
                    made = self._users.drafts().create(userId="me", body={"message": message})
                    result = made.execute(num_retries=0)
                break
            except Exception as exc:
                if status_of(exc) == 404 and "threadId" in message:
                    logger.warning(
                        "thread of draft %s is gone; creating it unthreaded", draft.message_id
                    )
                    del message["threadId"]
                    continue
                failure = classify(exc)
                if failure is None or not attempts.wait_or_give_up(failure):
                    translated = self._translate(exc, "drafts.create")
                    if translated is exc:
                        raise
                    raise translated from exc
                found = self.find_draft(draft.message_id)  # the failed call may have landed
                if found is not None:
                    return found
        locator = _DraftLocator(
            draft_id=str(result["id"]),
            thread_id=str(result.get("message", {}).get("threadId", "")),
            message=str(result.get("message", {}).get("id", "")),
            in_reply_to=(draft.in_reply_to or "").strip().strip("<>"),
            to_hash=draftref.recipient_hash(draft.to.address or ""),
            created_ms=int(self._clock() * 1000),
        )
        logger.info("gmail: draft %s created as %s", draft.message_id, locator.draft_id)
        return DraftRef(ref=locator.to_ref(), message_id=draft.message_id)

    def draft_states(self, refs: Sequence[DraftRef], cursor: str | None) -> dict[str, DraftSeen]:
        """Read draft changes from the history since ``cursor``: the same history.list
        walk the pass's fetch_changes reuses, so an idle poll is one call however many
        drafts are open. Only a draft whose message history mentions (deleted, relabelled
        as sent, replaced by an edit), or whose thread gained a sent message, is fetched.
        """
        self._drafts_as_of = None
        if not refs:
            return {}
        position: Cursor | None = None
        if cursor is not None:
            try:
                position = Cursor.decode(cursor)
            except CursorExpiredError:
                position = None
        probe = self._history(position.drafts_from) if position is not None else None
        if probe is None:  # no history to read: ask about each, as of now
            profile = self._call(lambda: self._users.getProfile(userId="me"), "getProfile")
            self._drafts_as_of = int(profile["historyId"])
            return {ref.ref: self._seen(ref) for ref in refs}
        touched, sent_threads = _draft_news(probe.records)
        seen: dict[str, DraftSeen] = {}
        for ref in refs:
            locator = _DraftLocator.from_ref(ref.ref)
            quiet = locator.message and locator.message not in touched
            if quiet and not (locator.thread_id and locator.thread_id in sent_threads):
                seen[ref.ref] = DraftSeen(RemoteDraftState.PRESENT, ref)
            else:
                seen[ref.ref] = self._seen(ref)
        self._drafts_as_of = probe.history_id
        return seen

    def _seen(self, ref: DraftRef) -> DraftSeen:
        state, message = self._draft_now(ref)
        locator = _DraftLocator.from_ref(ref.ref)
        if message and message != locator.message:
            ref = DraftRef(replace(locator, message=message).to_ref(), ref.message_id)
        return DraftSeen(state, ref)

    def draft_state(self, ref: DraftRef) -> RemoteDraftState:
        """PRESENT while Gmail has the draft; SENT once Sent holds it; else DELETED."""
        return self._draft_now(ref)[0]

    def _draft_now(self, ref: DraftRef) -> tuple[RemoteDraftState, str]:
        """The draft's state, and the Gmail message it is now while present."""
        locator = _DraftLocator.from_ref(ref.ref)
        users = self._users
        try:
            found = self._call(
                lambda: users.drafts().get(userId="me", id=locator.draft_id, format="minimal"),
                "drafts.get",
            )
            return RemoteDraftState.PRESENT, str(found.get("message", {}).get("id", ""))
        except Exception as exc:
            if status_of(exc) != 404:
                raise
        query = f"rfc822msgid:{ref.message_id} in:sent"
        listing = self._call(
            lambda: users.messages().list(userId="me", q=query, maxResults=1), "list"
        )
        if listing.get("messages") or self._sent_in_thread(locator):
            return RemoteDraftState.SENT, ""
        return RemoteDraftState.DELETED, ""

    def _sent_in_thread(self, locator: _DraftLocator) -> bool:
        """A reply the user sent in the thread, to the same message and person, after the
        draft was made: Gmail or another client may have given it a new Message-ID."""
        if not (locator.thread_id and locator.in_reply_to and locator.to_hash):
            return False
        headers = ["Message-ID", "In-Reply-To", "References", "To"]
        try:
            thread = self._call(
                lambda: self._users.threads().get(
                    userId="me", id=locator.thread_id, format="metadata", metadataHeaders=headers
                ),
                "threads.get",
            )
        except Exception as exc:
            if status_of(exc) == 404:
                return False
            raise
        for msg in thread.get("messages", []):
            if "SENT" not in msg.get("labelIds", []):
                continue
            if int(msg.get("internalDate", 0)) < locator.created_ms - _SENT_SLACK_MS:
                continue
            values = {h["name"].lower(): h["value"] for h in msg["payload"].get("headers", [])}
            to = [values.get("to", "")]
            if draftref.is_sent_copy(locator.in_reply_to, locator.to_hash, values.get, to):
                return True
        return False

    def find_draft(self, message_id: str) -> DraftRef | None:
        """Find one of our drafts by the Message-ID we gave it (crash recovery)."""
        wanted = message_id.strip().strip("<>")
        users = self._users
        listing = self._call(
            lambda: users.drafts().list(userId="me", q=f"rfc822msgid:{wanted}", maxResults=10),
            "drafts.list",
        )
        for item in listing.get("drafts", []):
            try:
                draft = self._call(
                    bind(
                        users.drafts().get, {"userId": "me", "id": item["id"], "format": "metadata"}
                    ),
                    "drafts.get",
                )
            except Exception as exc:
                if status_of(exc) == 404:
                    continue
                raise
            msg = draft.get("message", {})
            values = {
                h["name"].lower(): h["value"] for h in msg.get("payload", {}).get("headers", [])
            }
            if wanted not in draftref.message_ids(values.get("message-id")):
                continue
            irt = draftref.message_ids(values.get("in-reply-to"))
            locator = _DraftLocator(
                draft_id=str(draft["id"]),
                thread_id=str(msg.get("threadId", "")),
                in_reply_to=irt[0] if irt else "",
                to_hash=draftref.first_recipient_hash([values.get("to", "")]),
                created_ms=int(msg.get("internalDate", 0)),
                message=str(msg.get("id", "")),
            )
            return DraftRef(ref=locator.to_ref(), message_id=wanted)
        return None

    def delete_draft(self, ref: DraftRef) -> None:
        """Delete one of our drafts; one already gone is fine."""
        locator = _DraftLocator.from_ref(ref.ref)
        try:
            self._call(
                lambda: self._users.drafts().delete(userId="me", id=locator.draft_id),
                "drafts.delete",
            )
        except Exception as exc:
            if status_of(exc) != 404:
                raise
        logger.info("gmail: draft %s deleted", ref.message_id)
