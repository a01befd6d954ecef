"""The Gmail provider: history-based sync, batched fetches, reply drafts in the thread.

Sync follows https://developers.google.com/workspace/gmail/api/guides/sync:

- first sync: ``users.getProfile`` gives the mailbox historyId (the cursor), then
  ``messages.list`` pages through the look-back (``after:<epoch>``), once for Sent and
  once for everything else that is not a draft, spam, trash or chat;
- incremental sync: ``users.history.list`` from the stored historyId, all pages. An
  idle poll is that one call (2 quota units). History older than Gmail keeps (about a
  week) answers 404: we raise :class:`~followthrough.errors.CursorExpiredError`, and
  the service's resync lists from the old cursor's time (less a day) instead of the
  whole look-back; the service skips what it already stored, so nothing is lost or
  stored twice.

Messages are fetched lazily in batches of 50 ``messages.get(format=raw)``
(https://developers.google.com/workspace/gmail/api/guides/batch): when the service asks
for one message, it and the next ones of the change set are fetched together, so
memory stays bounded and a poll with 10 new messages costs one history.list and one
batch. We do not fetch ``format=metadata`` first: every ``messages.get`` costs 5 units
whatever the format (https://developers.google.com/workspace/gmail/api/reference/quota),
so a header pass can only add quota, and dropping mail on headers risks missing an ATS
message (benchmarks/gmail_quota.py measures both).

Drafts are ``users.drafts.create`` with the answered message's ``threadId`` and our own
In-Reply-To, References and Message-ID (built by :func:`~followthrough.mail.compose.compose_draft`).
Gmail files a draft in the thread only when the subject matches the thread's too
(``Message.threadId`` in the API reference,
https://developers.google.com/workspace/gmail/api/guides/threads#adding_drafts_and_messages_to_threads).
A draft gone from Drafts was sent when Sent holds our Message-ID, or a reply in the
same thread to the same message and recipient written after the draft; else deleted.
Whether anything happened to a draft is read from the pass's one history.list walk
(its message deleted or relabelled, a sent message in its thread), so an idle poll
stays one call, 2 units, however many drafts are open; only a draft history speaks
of is fetched.

Every call goes through one retry policy (:mod:`followthrough.providers.retry`); the
client's own ``num_retries`` stays 0. ``drafts.create`` is not idempotent: before a
retry we look for the draft by its Message-ID.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import socket
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qsl, quote, unquote, urlencode

from followthrough.errors import (
    AuthError,
    CursorExpiredError,
    MailboxError,
    MalformedMessageError,
    TransientError,
)
from followthrough.mail.compose import compose_draft
from followthrough.model import Direction
from followthrough.providers import draftref, retry
from followthrough.providers.base import (
    ChangeSet,
    DraftRef,
    DraftSeen,
    DraftSpec,
    MessageRef,
    Provider,
    RemoteDraftState,
)
from followthrough.providers.gmail_auth import CredentialStore, GmailSettings
from followthrough.providers.gmail_batch import MAX_PARTS, run_batches

if TYPE_CHECKING:
    from followthrough.config import Config

logger = logging.getLogger(__name__)

LIST_PAGE = 500  # messages.list and history.list maximum page size
RESYNC_SLACK_SECONDS = 86_400
_SENT_SLACK_MS = draftref.SENT_SLACK_SECONDS * 1000
_SKIP_LABELS = frozenset({"DRAFT", "SPAM", "TRASH", "CHAT"})
_DRAFT_REF = "gmail-draft:"


def classify(exc: BaseException) -> retry.Failure | None:
    """Which failures of googleapiclient/httplib2 are worth retrying, and for how long."""
    from googleapiclient.errors import HttpError

    if isinstance(exc, HttpError):
        status = int(exc.resp.status)
        reason = _error_reason(exc)
        wait = retry.parse_retry_after(exc.resp.get("retry-after"))
        return retry.Failure(retry.retryable_status(status, reason), wait, f"{status} {reason}")
    import httplib2

    if isinstance(exc, httplib2.HttpLib2Error | OSError | socket.timeout):
        return retry.Failure(True, None, type(exc).__name__)
    return None


def _error_reason(exc: Any) -> str:
    try:
        data = json.loads(exc.content or b"{}")
        errors = data.get("error", {}).get("errors") or [{}]
        return str(errors[0].get("reason") or data["error"].get("status") or "")
    except (ValueError, AttributeError, KeyError, TypeError, IndexError):
        return ""


def _status(exc: BaseException) -> int | None:
    from googleapiclient.errors import HttpError

    return int(exc.resp.status) if isinstance(exc, HttpError) else None


@dataclass(frozen=True)
class _Cursor:
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
    def decode(cls, text: str) -> _Cursor:
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


class _Resources:
    """The users() resources, built once: googleapiclient builds every method of a
    resource each time one is asked for, which costs more than the HTTP call."""

    def __init__(self, users: Any) -> None:
        self._users = users
        self._messages, self._history = users.messages(), users.history()
        self._drafts, self._threads = users.drafts(), users.threads()

    def getProfile(self, **kwargs: Any) -> Any:
        return self._users.getProfile(**kwargs)

    def messages(self) -> Any:
        return self._messages

    def history(self) -> Any:
        return self._history

    def drafts(self) -> Any:
        return self._drafts

    def threads(self) -> Any:
        return self._threads


@dataclass
class _Probe:
    """One history.list walk, shared by draft_states and fetch_changes in the same pass.

    Whichever of them walks from a historyId first leaves it here; the other uses it
    when it starts from the same historyId. ``begin_pass`` forgets it; a second
    fetch_changes in one pass walks again (it asks what is new since the first).
    """

    start: int
    records: list[dict[str, Any]]
    history_id: int


class GmailProvider(Provider):
    """A Gmail mailbox through the Gmail API v1.

    :param settings: the ``[gmail]`` settings (credentials file, endpoint).
    :param lookback_days: how far back a first sync reaches.
    :param policy: the retry policy (tests pass a fast one).
    :param timeout: socket timeout of each HTTP request, seconds.
    :raises AuthError: no usable credentials are stored.
    """

    name: ClassVar[str] = "gmail"

    def __init__(
        self,
        settings: GmailSettings,
        *,
        lookback_days: int = 90,
        policy: retry.RetryPolicy | None = None,
        timeout: float = 60.0,
        batch_size: int = MAX_PARTS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        import google_auth_httplib2  # type: ignore[import-untyped]
        import httplib2
        from googleapiclient.discovery import build

        self.settings = settings
        self.endpoint = settings.api_endpoint.rstrip("/")
        self.batch_uri = f"{self.endpoint}/batch/gmail/v1"
        self.lookback_days = lookback_days
        self.policy = policy or retry.RetryPolicy()
        self.batch_size = batch_size
        self._clock = clock
        self._store = CredentialStore(settings)
        self._creds = self._store.load()
        self._store.refresh_if_needed(self._creds)
        self._http = google_auth_httplib2.AuthorizedHttp(
            self._creds, http=httplib2.Http(timeout=timeout)
        )
        self._service = build(
            "gmail",
            "v1",
            http=self._http,
            client_options={"api_endpoint": self.endpoint},
            static_discovery=True,
            cache_discovery=False,
        )
        self._resources = _Resources(self._service.users())
        self._order: list[str] = []  # refs of the last change set, in order
        self._position: dict[str, int] = {}
        self._cache: dict[str, bytes] = {}
        self._gone: set[str] = set()
        self._resync_since: int | None = None  # epoch seconds, after an expired cursor
        self._probe: _Probe | None = None
        self._changes_read = False  # fetch_changes has read this pass's walk
        self._drafts_as_of: int | None = None  # historyId the last draft_states read up to

    @classmethod
    def from_config(cls, cfg: Config) -> GmailProvider:
        """Build from ``[gmail]`` and ``[service] lookback_days``."""
        return cls(GmailSettings.from_config(cfg), lookback_days=cfg.service.lookback_days)

    # -- calls ----------------------------------------------------------------------------

    @property
    def _users(self) -> Any:
        return self._resources

    def _call(self, make: Callable[[], Any], what: str) -> Any:
        """One API call under the retry policy, with auth errors translated."""
        with self._store.guard(self._creds):
            try:
                return retry.call(
                    lambda: make().execute(num_retries=0),
                    classify=classify,
                    policy=self.policy,
                    what=what,
                )
            except Exception as exc:
                translated = self._translate(exc, what)
                if translated is exc:
                    raise
                raise translated from exc

    def _translate(self, exc: Exception, what: str) -> Exception:
        """Leave HttpErrors the caller handles (404) alone; name the others."""
        status = _status(exc)
        if status is None or status == 404:
            return exc
        if status == 401:
            return AuthError(
                "Gmail refused the stored sign-in: run `followthrough auth gmail` again"
            )
        if status == 403 and _error_reason(exc) in ("insufficientPermissions", "forbidden"):
            return AuthError(
                "the Gmail sign-in lacks a permission: run `followthrough auth gmail` again "
                "and allow reading mail and managing drafts"
            )
        if retry.retryable_status(status, _error_reason(exc)):
            return TransientError(f"Gmail {what} failed ({status}); will try again")
        return MailboxError(f"Gmail refused {what} ({status} {_error_reason(exc)})")

    # -- sync -----------------------------------------------------------------------------

    def begin_pass(self, now: Callable[[], dt.datetime]) -> None:
        """Forget the last pass's history walk; count time from this pass's clock, so a
        first sync's look-back and a resync after an expired history go back from the
        time the cursor was written, also under ``--now``."""
        self._clock = lambda: now().timestamp()
        self._probe = None
        self._changes_read = False
        self._drafts_as_of = None

    def fetch_changes(self, cursor: str | None) -> ChangeSet:
        """New messages in the mailbox since ``cursor`` (Sent → OUT, the rest → IN).

        :raises CursorExpiredError: the cursor is not ours, or Gmail no longer has its history.
        :raises AuthError: the sign-in was revoked or expired.
        :raises TransientError: Gmail kept failing.
        """
        if cursor is None:
            refs, history_id = self._full_listing()
        else:
            position = _Cursor.decode(cursor)
            # A second call from the same cursor asks what is new since: it walks again.
            probe = self._history(position.history_id, reuse=not self._changes_read)
            self._changes_read = True
            if probe is None:
                since = position.at - RESYNC_SLACK_SECONDS if position.at else None
                self._resync_since = since
                raise CursorExpiredError("Gmail no longer has the history of the stored cursor")
            refs, history_id = self._added(probe.records), probe.history_id
        self._order = [r.ref for r in refs]
        self._position = {ref: i for i, ref in enumerate(self._order)}
        self._cache.clear()
        self._gone.clear()
        logger.info("gmail: %d new message(s) up to history %d", len(refs), history_id)
        drafts, self._drafts_as_of = self._drafts_as_of, None
        next_cursor = _Cursor(history_id, int(self._clock()), drafts).encode()
        return ChangeSet(messages=tuple(refs), cursor=next_cursor)

    def _history(self, start: int, *, reuse: bool = True) -> _Probe | None:
        """All history records after ``start`` (reusing this pass's walk), or None on 404."""
        probe = self._probe
        if reuse and probe is not None and probe.start == start:
            return probe
        records: list[dict[str, Any]] = []
        token: str | None = None
        history_id = start
        while True:
            kwargs: dict[str, Any] = {"userId": "me", "startHistoryId": str(start)}
            kwargs["maxResults"] = LIST_PAGE
            if token:
                kwargs["pageToken"] = token
            try:
                page = self._call(_bind(self._users.history().list, kwargs), "history.list")
            except Exception as exc:
                if _status(exc) == 404:
                    return None
                raise
            records.extend(page.get("history", []))
            history_id = int(page.get("historyId", history_id))
            token = page.get("nextPageToken")
            if not token:
                break
        self._probe = _Probe(start, records, history_id)
        return self._probe

    @staticmethod
    def _added(records: Iterable[dict[str, Any]]) -> list[MessageRef]:
        """Messages added (or a draft turned into a sent message) and still there, in order.

        All history types are read, not only messageAdded: deletions drop messages
        that came and went, and a label change is how a draft sent in place shows.
        """
        found: dict[str, MessageRef] = {}
        for record in records:
            for entry in record.get("messagesAdded", []):
                _consider(found, entry.get("message", {}))
            for entry in record.get("labelsAdded", []):
                if "SENT" in entry.get("labelIds", []):
                    _consider(found, entry.get("message", {}))
            for entry in record.get("messagesDeleted", []):
                found.pop(str(entry.get("message", {}).get("id", "")), None)
        return list(found.values())

    def _full_listing(self) -> tuple[list[MessageRef], int]:
        profile = self._call(lambda: self._users.getProfile(userId="me"), "getProfile")
        history_id = int(profile["historyId"])
        since = int(self._clock()) - self.lookback_days * 86_400
        if self._resync_since is not None:
            since = max(since, self._resync_since)
            self._resync_since = None
        found: dict[str, MessageRef] = {}
        for query, direction in (
            (f"after:{since} in:sent", Direction.OUT),
            (f"after:{since} -in:sent -in:drafts -in:chats", Direction.IN),
        ):
            for item in self._list_messages(query):
                ref = str(item["id"])
                found.setdefault(ref, MessageRef(ref, direction, item.get("threadId")))
        # Gmail ids grow with time, so sorting them gives oldest first without a fetch.
        refs = sorted(found.values(), key=lambda r: (len(r.ref), r.ref))
        return refs, history_id

    def _list_messages(self, query: str) -> Iterable[dict[str, Any]]:
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"userId": "me", "q": query, "maxResults": LIST_PAGE}
            if token:
                kwargs["pageToken"] = token
            page = self._call(_bind(self._users.messages().list, kwargs), "messages.list")
            yield from page.get("messages", [])
            token = page.get("nextPageToken")
            if not token:
                return

    # -- messages -------------------------------------------------------------------------

    def get_message(self, ref: MessageRef) -> bytes:
        """The raw message, fetched in a batch with the next ones of the change set.

        :raises MalformedMessageError: the message is gone from the mailbox.
        :raises TransientError: Gmail kept failing (the service stops the pass, keeping
            the cursor, so the message is fetched again next time).
        """
        raw = self._cache.pop(ref.ref, None)
        if raw is None and ref.ref not in self._gone:
            self._prefetch(ref.ref)
            raw = self._cache.pop(ref.ref, None)
        if raw is None:
            raise MalformedMessageError(f"message {ref.ref} is no longer in the mailbox")
        return raw

    def _prefetch(self, wanted: str) -> None:
        start = self._position.get(wanted)
        following = self._order[start + 1 :] if start is not None else []
        keys = [wanted] + [r for r in following if r not in self._cache and r not in self._gone]
        keys = keys[: self.batch_size]
        if start is not None:  # what the service skipped will not be asked for again
            for ref in self._order[:start]:
                self._cache.pop(ref, None)
        users = self._users

        def factory(ref: str) -> Callable[[], Any]:
            return lambda: users.messages().get(userId="me", id=ref, format="raw")

        with self._store.guard(self._creds):
            try:
                outcome = run_batches(
                    {ref: factory(ref) for ref in keys},
                    batch_uri=self.batch_uri,
                    classify=classify,
                    policy=self.policy,
                    max_parts=self.batch_size,
                )
            except Exception as exc:
                translated = self._translate(exc, "messages.get")
                if translated is exc:
                    raise
                raise translated from exc
        for ref, data in outcome.results.items():
            try:
                self._cache[ref] = base64.urlsafe_b64decode(str(data["raw"]) + "==")
            except (KeyError, ValueError, TypeError):
                self._gone.add(ref)
        for ref, error in outcome.failed.items():
            if _status(error) in (400, 404):
                self._gone.add(ref)
            elif isinstance(error, Exception):
                raise self._translate(error, "messages.get") from error
            else:
                raise error

    # -- drafts ---------------------------------------------------------------------------

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
                if _status(exc) == 404 and "threadId" in message:
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
        position: _Cursor | None = None
        if cursor is not None:
            try:
                position = _Cursor.decode(cursor)
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
            if _status(exc) != 404:
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
            if _status(exc) == 404:
                return False
            raise
        for msg in thread.get("messages", []):
            if "SENT" not in msg.get("labelIds", []):
                continue
            if int(msg.get("internalDate", 0)) < locator.created_ms - _SENT_SLACK_MS:
                continue
            values = {h["name"].lower(): h["value"] for h in msg["payload"].get("headers", [])}
            replied = draftref.message_ids(values.get("in-reply-to")) + draftref.message_ids(
                values.get("references")
            )
            if draftref.is_sent_copy(
                in_reply_to=locator.in_reply_to,
                to_hash=locator.to_hash,
                replied=replied,
                sent_to_hash=draftref.first_recipient_hash([values.get("to", "")]),
            ):
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
                    _bind(
                        users.drafts().get, {"userId": "me", "id": item["id"], "format": "metadata"}
                    ),
                    "drafts.get",
                )
            except Exception as exc:
                if _status(exc) == 404:
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
            if _status(exc) != 404:
                raise
        logger.info("gmail: draft %s deleted", ref.message_id)

    def close(self) -> None:
        self._http.close()


def draft_id_of(ref: DraftRef) -> str:
    """The Gmail draft id inside one of our draft refs."""
    return _DraftLocator.from_ref(ref.ref).draft_id


def _bind(method: Callable[..., Any], kwargs: dict[str, Any]) -> Callable[[], Any]:
    """A request factory: each retry builds a fresh HttpRequest."""
    return lambda: method(**kwargs)


def _consider(found: dict[str, MessageRef], message: dict[str, Any]) -> None:
    ref = str(message.get("id", ""))
    labels = set(message.get("labelIds", []))
    if not ref or labels & _SKIP_LABELS or ref in found:
        return
    direction = Direction.OUT if "SENT" in labels else Direction.IN
    found[ref] = MessageRef(ref, direction, message.get("threadId"))


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
