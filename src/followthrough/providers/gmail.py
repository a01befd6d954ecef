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
import logging
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from followthrough.errors import (
    AuthError,
    CursorExpiredError,
    MailboxError,
    MalformedMessageError,
    TransientError,
)
from followthrough.model import Direction
from followthrough.providers import retry
from followthrough.providers.base import (
    ChangeSet,
    MessageRef,
    Provider,
)
from followthrough.providers.gmail_auth import CredentialStore, GmailSettings
from followthrough.providers.gmail_batch import MAX_PARTS, run_batches
from followthrough.providers.gmail_drafts import Cursor, GmailDrafts, Probe
from followthrough.providers.gmail_drafts import draft_id_of as draft_id_of
from followthrough.providers.gmail_errors import bind, classify, error_reason, status_of

if TYPE_CHECKING:
    from followthrough.config import Config

logger = logging.getLogger(__name__)

LIST_PAGE = 500  # messages.list and history.list maximum page size
RESYNC_SLACK_SECONDS = 86_400
_SKIP_LABELS = frozenset({"DRAFT", "SPAM", "TRASH", "CHAT"})


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


class GmailProvider(GmailDrafts, Provider):
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
        self._probe: Probe | None = None
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
        status = status_of(exc)
        if status is None or status == 404:
            return exc
        if status == 401:
            return AuthError(
                "Gmail refused the stored sign-in: run `followthrough auth gmail` again"
            )
        if status == 403 and error_reason(exc) in ("insufficientPermissions", "forbidden"):
            return AuthError(
                "the Gmail sign-in lacks a permission: run `followthrough auth gmail` again "
                "and allow reading mail and managing drafts"
            )
        if retry.retryable_status(status, error_reason(exc)):
            return TransientError(f"Gmail {what} failed ({status}); will try again")
        return MailboxError(f"Gmail refused {what} ({status} {error_reason(exc)})")

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
            position = Cursor.decode(cursor)
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
        next_cursor = Cursor(history_id, int(self._clock()), drafts).encode()
        return ChangeSet(messages=tuple(refs), cursor=next_cursor)

    def _history(self, start: int, *, reuse: bool = True) -> Probe | None:
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
                page = self._call(bind(self._users.history().list, kwargs), "history.list")
            except Exception as exc:
                if status_of(exc) == 404:
                    return None
                raise
            records.extend(page.get("history", []))
            history_id = int(page.get("historyId", history_id))
            token = page.get("nextPageToken")
            if not token:
                break
        self._probe = Probe(start, records, history_id)
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
            page = self._call(bind(self._users.messages().list, kwargs), "messages.list")
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
            if status_of(error) in (400, 404):
                self._gone.add(ref)
            elif isinstance(error, Exception):
                raise self._translate(error, "messages.get") from error
            else:
                raise error

    def close(self) -> None:
        self._http.close()


def _consider(found: dict[str, MessageRef], message: dict[str, Any]) -> None:
    ref = str(message.get("id", ""))
    labels = set(message.get("labelIds", []))
    if not ref or labels & _SKIP_LABELS or ref in found:
        return
    direction = Direction.OUT if "SENT" in labels else Direction.IN
    found[ref] = MessageRef(ref, direction, message.get("threadId"))
