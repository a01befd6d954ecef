"""The Outlook provider: Microsoft Graph delta sync of Inbox and Sent Items, createReply drafts.

Graph v1.0 pages relied on:
- message delta (https://learn.microsoft.com/graph/api/message-delta and
  https://learn.microsoft.com/graph/delta-query-messages): one delta round per folder,
  ``$select`` and ``changeType=created`` given on the first request are carried inside
  the ``@odata.nextLink``/``@odata.deltaLink`` URLs; ``Prefer: odata.maxpagesize`` sets the
  page size. The cursor is the two deltaLinks, so an idle poll is one request per folder,
  plus one for Drafts while drafts of ours are open: the Drafts delta (every change
  type) reports a draft that was sent or deleted as ``@removed``, and only such a draft
  is looked up, so the poll costs the same with 1 open draft or 50.
  Mail delta links have no fixed lifetime; a gone state answers 410 (with a Location
  header) or a 4xx ``syncStateNotFound``/``resyncRequired``
  (https://learn.microsoft.com/graph/delta-query-overview), which raises
  CursorExpiredError; the service then relists and skips the refs it already stored.
- immutable ids (https://learn.microsoft.com/graph/outlook-immutable-id): every request
  sends ``Prefer: IdType="ImmutableId"``, so a message keeps its id when it moves, and a
  sent draft is found under the draft's own id with ``isDraft`` false.
- createReply (https://learn.microsoft.com/graph/api/message-createreply) makes the draft
  in Drafts inside the conversation; PATCH (https://learn.microsoft.com/graph/api/message-update)
  then sets subject, text body and recipients. ``internetMessageId`` is writable while
  ``isDraft`` is true (https://learn.microsoft.com/graph/api/resources/message), so the
  draft carries the Message-ID the service chose and is found by it after a crash.
- ``GET /me/messages/{id}/$value`` returns the MIME of a message
  (https://learn.microsoft.com/graph/outlook-get-mime-message).
- throttling (https://learn.microsoft.com/graph/throttling-limits#outlook-service-limits):
  10,000 requests per 10 minutes and 4 concurrent requests per app and mailbox; 429
  and 503 carry Retry-After (https://learn.microsoft.com/graph/throttling).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Protocol
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import requests

from followthrough.errors import (
    AuthError,
    CursorExpiredError,
    MailboxError,
    MalformedMessageError,
    TransientError,
)
from followthrough.model import Direction
from followthrough.providers import draftref
from followthrough.providers.base import (
    ChangeSet,
    DraftRef,
    DraftSeen,
    DraftSpec,
    MessageRef,
    Provider,
    RemoteDraftState,
)
from followthrough.providers.retry import Failure, RetryPolicy, parse_retry_after

if TYPE_CHECKING:
    from followthrough.config import Config

logger = logging.getLogger(__name__)

FOLDERS: tuple[tuple[str, Direction], ...] = (
    ("inbox", Direction.IN),
    ("sentitems", Direction.OUT),
)
DRAFTS = "drafts"  # read only for what happened to our drafts
CURSOR_PREFIX = "graph1:"
DELTA_SELECT = "id,conversationId,receivedDateTime,isDraft"
MAX_CONCURRENT = 4  # per app and mailbox (Outlook service limits)
RATE_LIMIT = (10_000, 600.0)  # requests per seconds, per app and mailbox
MAX_PAGES = 2_000  # bounds one delta round: 100,000 messages at 50 a page
MAX_MESSAGE_BYTES = 50 * 1024 * 1024
_GONE_CODES = frozenset({"syncstatenotfound", "syncstateinvalid", "resyncrequired"})
_TIMEOUT = (10.0, 60.0)


class TokenSource(Protocol):
    """Where access tokens come from (MSAL in production, anything in tests)."""

    def token(self, *, force_refresh: bool = False) -> str: ...


class _AmbiguousError(TransientError):
    """A non-idempotent request failed in a way that may have done its work."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class _RateWindow:
    """A sliding-window limit: at most ``limit`` requests in any ``window`` seconds."""

    def __init__(
        self,
        limit: int,
        window: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.limit, self.window, self.clock, self.sleep = limit, window, clock, sleep
        self._times: deque[float] = deque()
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            now = self.clock()
            while self._times and now - self._times[0] >= self.window:
                self._times.popleft()
            if len(self._times) >= self.limit:
                wait = self.window - (now - self._times[0])
                logger.info("pausing %.1fs to stay under the Outlook request quota", wait)
                self.sleep(wait)
                self._times.popleft()
                now = self.clock()
            self._times.append(now)


def _error_code(resp: requests.Response) -> str:
    try:
        return str(resp.json()["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return ""


class GraphClient:
    """The one HTTP edge to Graph: auth header, immutable ids, retries, concurrency cap.

    Idempotent calls (GET, PATCH, DELETE) are retried on 429, 5xx and connection
    errors, honouring Retry-After; a failed POST is never repeated here: it raises
    :class:`_AmbiguousError`, so its caller can look for what it may have made before
    trying again. A 401 gets one silent token
    refresh. Links the server returns are followed only on the configured origin, so
    the bearer token never goes anywhere else.
    """

    def __init__(
        self,
        endpoint: str,
        tokens: TokenSource,
        *,
        session: requests.Session | None = None,
        policy: RetryPolicy | None = None,
        max_concurrent: int = MAX_CONCURRENT,
        rate: tuple[int, float] = RATE_LIMIT,
    ) -> None:
        self.endpoint = endpoint.rstrip("/")
        parts = urlsplit(self.endpoint)
        self.origin = f"{parts.scheme}://{parts.netloc}"
        self.tokens = tokens
        self.session = session or requests.Session()  # trust_env: REQUESTS_CA_BUNDLE honoured
        self.policy = policy or RetryPolicy(tries=6, base=0.5, cap=30.0, deadline=300.0)
        self._slots = threading.BoundedSemaphore(max_concurrent)
        self._rate = _RateWindow(*rate, sleep=self.policy.sleep)

    def url(self, path: str, params: dict[str, str] | None = None) -> str:
        query = "?" + urlencode(params, safe="$,'", quote_via=quote) if params else ""
        return f"{self.endpoint}{path}{query}"

    def owns(self, url: str) -> bool:
        """Whether ``url`` is on the configured Graph endpoint (safe to send the token)."""
        return url.startswith(self.endpoint + "/")

    def request(
        self,
        method: str,
        url: str,
        *,
        json_body: dict[str, Any] | None = None,
        prefer: str = "",
        what: str = "request",
    ) -> requests.Response:
        """Send one call with retries; returns the response for any status below 500.

        :raises AuthError: 401 after a refresh, or 403 (consent missing).
        :raises TransientError: retries exhausted (``_AmbiguousError`` for a POST).
        """
        if not self.owns(url):
            raise TransientError(f"Graph returned a link outside {self.origin}; not followed")
        idempotent = method != "POST"
        attempts = self.policy.start()
        refreshed = force = False
        while True:
            failure, resp = self._attempt(method, url, json_body, prefer, force)
            force = False
            if resp is not None and resp.status_code == 401 and not refreshed:
                resp.close()
                refreshed = force = True  # one silent refresh per call
                continue
            if failure is None and resp is not None:
                return self._checked(resp)
            assert failure is not None
            # A POST is never sent twice here, even after a 429 or a 503 with Retry-After:
            # Graph can answer those after it made the draft. The caller looks first.
            safe = idempotent
            if safe and attempts.wait_or_give_up(failure):
                continue
            message = f"Graph {what} failed ({failure.reason}); will try again on the next pass"
            if safe:
                raise TransientError(message)
            raise _AmbiguousError(message, failure.retry_after)

    def _attempt(
        self,
        method: str,
        url: str,
        json_body: dict[str, Any] | None,
        prefer: str,
        refresh: bool,
    ) -> tuple[Failure | None, requests.Response | None]:
        token = self.tokens.token(force_refresh=refresh)
        headers = {
            "Authorization": f"Bearer {token}",
            "Prefer": ", ".join(p for p in ('IdType="ImmutableId"', prefer) if p),
        }
        with self._slots:  # held until the whole body is read (requests reads it eagerly)
            self._rate.acquire()
            try:
                resp = self.session.request(
                    method, url, json=json_body, headers=headers, timeout=_TIMEOUT
                )
            except (requests.ConnectionError, requests.Timeout) as exc:
                return Failure(True, None, type(exc).__name__), None
        status = resp.status_code
        if status == 429 or status >= 500:
            after = parse_retry_after(resp.headers.get("Retry-After"))
            reason = "429" if status == 429 else str(status)
            if status == 503 and after is not None:
                reason = "503+Retry-After"
            resp.close()
            return Failure(True, after, reason), None
        return None, resp

    @staticmethod
    def _checked(resp: requests.Response) -> requests.Response:
        if resp.status_code == 401:
            raise AuthError(
                "Outlook refused the access token; run `followthrough auth outlook` again"
            )
        if resp.status_code == 403:
            raise AuthError(
                "Outlook denied access (Mail.ReadWrite not granted?); "
                "run `followthrough auth outlook` again"
            )
        return resp


def _fail(resp: requests.Response, what: str) -> MailboxError:
    code = _error_code(resp) or "no error code"
    return MailboxError(f"Outlook refused {what}: HTTP {resp.status_code} {code}")


def _first_recipient_hash(item: dict[str, Any]) -> str:
    for person in item.get("toRecipients") or []:
        address = (person.get("emailAddress") or {}).get("address")
        if address:
            return draftref.recipient_hash(str(address))
    return ""


def _timestamp(value: object) -> int:
    try:
        return int(dt.datetime.fromisoformat(str(value).replace("Z", "+00:00")).timestamp())
    except ValueError:
        return 0


def _odata_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True)
class _DraftLocator:
    """What ``DraftRef.ref`` encodes: the draft's id and how to spot it once sent.

    Format: URL-encoded ``id``, ``c`` (conversationId), ``to`` (a salted hash of the
    first recipient, so refs never hold an address) and ``t`` (creation, unix time).
    """

    id: str
    conversation: str = ""
    to_hash: str = ""
    created: int = 0

    def to_ref(self) -> str:
        return urlencode(
            {"id": self.id, "c": self.conversation, "to": self.to_hash, "t": self.created}
        )

    @classmethod
    def from_ref(cls, ref: str) -> _DraftLocator:
        fields = dict(parse_qsl(ref))
        if not fields.get("id"):
            raise MailboxError("not an Outlook draft ref; was the mailbox provider changed?")
        created = fields.get("t", "0")
        return cls(fields["id"], fields.get("c", ""), fields.get("to", ""), int(created or 0))

    @classmethod
    def from_item(cls, item: dict[str, Any]) -> _DraftLocator:
        return cls(
            str(item["id"]),
            str(item.get("conversationId") or ""),
            _first_recipient_hash(item),
            _timestamp(item.get("createdDateTime")),
        )


class OutlookProvider(Provider):
    """An Outlook.com or Microsoft 365 mailbox through Microsoft Graph.

    :param graph_endpoint: the Graph root, e.g. ``https://graph.microsoft.com/v1.0``.
    :param tokens: gives access tokens (``outlook_auth.MsalTokenSource`` in production).
    :param page_size: the ``odata.maxpagesize`` preference for delta pages.
    :param policy: retry policy (tests pass one that does not really sleep).
    """

    name: ClassVar[str] = "outlook"

    def __init__(
        self,
        graph_endpoint: str,
        tokens: TokenSource,
        *,
        page_size: int = 50,
        policy: RetryPolicy | None = None,
        session: requests.Session | None = None,
        max_concurrent: int = MAX_CONCURRENT,
    ) -> None:
        self.client = GraphClient(
            graph_endpoint, tokens, session=session, policy=policy, max_concurrent=max_concurrent
        )
        self.page_size = page_size
        self._folder_ids: dict[str, str] = {}
        self._drafts_link: str | None = None  # the Drafts deltaLink draft_states reached

    @classmethod
    def from_config(cls, cfg: Config) -> OutlookProvider:
        """Build from ``[outlook]``: client_id, authority, graph_endpoint, token_cache."""
        from followthrough.providers.outlook_auth import MsalTokenSource, OutlookSettings

        settings = OutlookSettings.from_config(cfg)
        return cls(settings.graph_endpoint, MsalTokenSource(settings))

    def close(self) -> None:
        self.client.session.close()

    # -- cursor ----------------------------------------------------------------------------

    def _encode(self, links: dict[str, str]) -> str:
        return CURSOR_PREFIX + json.dumps(links, sort_keys=True, separators=(",", ":"))

    def _decode(self, cursor: str) -> dict[str, str]:
        """The deltaLinks of a cursor; anything not written by this provider has expired."""
        if not cursor.startswith(CURSOR_PREFIX):
            raise CursorExpiredError("not an Outlook cursor")
        try:
            links = json.loads(cursor[len(CURSOR_PREFIX) :])
        except ValueError:
            raise CursorExpiredError("unreadable Outlook cursor") from None
        for folder, _ in FOLDERS:
            link = links.get(folder) if isinstance(links, dict) else None
            # Stored as Graph returned it: Graph names the folder by id and in its own
            # case (mailfolders('AQMk...')), so only the endpoint (host and version) and
            # that it is a delta link are checked, never the path's form.
            if not isinstance(link, str) or not self.client.owns(link):
                raise CursorExpiredError("the Outlook cursor belongs to another endpoint")
            if "/delta" not in link.lower():
                raise CursorExpiredError("the Outlook cursor holds no delta link")
        kept = {folder: links[folder] for folder, _ in FOLDERS}
        drafts = links.get(DRAFTS)
        if isinstance(drafts, str) and self.client.owns(drafts) and "/delta" in drafts.lower():
            kept[DRAFTS] = drafts  # optional: cursors of older releases have none
        return kept

    # -- sync ------------------------------------------------------------------------------

    def fetch_changes(self, cursor: str | None) -> ChangeSet:
        """New messages in Inbox and Sent Items since ``cursor``, oldest first.

        :raises CursorExpiredError: the cursor is not ours or Graph forgot its state.
        """
        links = self._decode(cursor) if cursor is not None else {}
        found: dict[str, tuple[str, MessageRef]] = {}
        new_links: dict[str, str] = {}
        for folder, direction in FOLDERS:

            def note(item: dict[str, Any], direction: Direction = direction) -> None:
                if "@removed" in item or item.get("isDraft") or not item.get("id"):
                    return
                ref = MessageRef(str(item["id"]), direction, item.get("conversationId"))
                found.setdefault(ref.ref, (str(item.get("receivedDateTime") or ""), ref))

            new_links[folder] = self._delta_round(folder, links.get(folder), note)
        drafts = self._drafts_link or links.get(DRAFTS)
        self._drafts_link = None
        if drafts:
            new_links[DRAFTS] = drafts
        ordered = sorted(found.values(), key=lambda pair: pair[0])
        logger.info("Outlook delta: %d new message(s)", len(ordered))
        return ChangeSet(tuple(ref for _, ref in ordered), self._encode(new_links))

    def _start_url(self, folder: str) -> str:
        if folder == DRAFTS:  # every change, removals included: that is what we look for
            return self.client.url(f"/me/mailFolders/{folder}/messages/delta", {"$select": "id"})
        params = {"$select": DELTA_SELECT, "changeType": "created"}
        return self.client.url(f"/me/mailFolders/{folder}/messages/delta", params)

    def _delta_round(
        self, folder: str, link: str | None, note: Callable[[dict[str, Any]], None]
    ) -> str:
        """Follow one folder's delta pages to the deltaLink, giving each item to ``note``;
        restart once if the state is lost mid-round.

        :raises CursorExpiredError: Graph no longer knows ``link``.
        """
        url = link or self._start_url(folder)
        restarted = False
        for page in range(MAX_PAGES):
            resp = self.client.request(
                "GET", url, prefer=f"odata.maxpagesize={self.page_size}", what="delta"
            )
            if resp.status_code == 410 or (
                400 <= resp.status_code < 500 and _error_code(resp).lower() in _GONE_CODES
            ):
                if page == 0 and link is not None:
                    raise CursorExpiredError(f"Graph no longer knows the {folder} delta state")
                if restarted:
                    raise TransientError(f"Graph lost the {folder} delta state twice in a row")
                logger.warning("Graph lost the %s delta state mid-round; restarting it", folder)
                url, restarted = self._start_url(folder), True
                continue
            if resp.status_code != 200:
                raise _fail(resp, f"the {folder} delta query")
            data = resp.json()
            for item in data.get("value", []):
                note(item)
            if data.get("@odata.deltaLink"):
                return str(data["@odata.deltaLink"])
            if not data.get("@odata.nextLink"):
                raise TransientError("a Graph delta page had neither nextLink nor deltaLink")
            url = str(data["@odata.nextLink"])
        raise TransientError(f"the {folder} delta round went past {MAX_PAGES} pages")

    def get_message(self, ref: MessageRef) -> bytes:
        """The MIME of one message from ``$value``.

        :raises MalformedMessageError: it vanished or is too large.
        """
        url = self.client.url(f"/me/messages/{quote(ref.ref, safe='')}/$value")
        resp = self.client.request("GET", url, what="message download")
        if resp.status_code == 404:
            raise MalformedMessageError(f"message {ref.ref} is no longer in the mailbox")
        if resp.status_code != 200:
            raise _fail(resp, "a message download")
        if len(resp.content) > MAX_MESSAGE_BYTES:
            raise MalformedMessageError(f"message {ref.ref} is over {MAX_MESSAGE_BYTES} bytes")
        return resp.content

    # -- drafts ------------------------------------------------------------------------------

    def _get_item(self, graph_id: str, select: str) -> dict[str, Any] | None:
        url = self.client.url(f"/me/messages/{quote(graph_id, safe='')}", {"$select": select})
        resp = self.client.request("GET", url, what="message lookup")
        if resp.status_code == 404:
            return None
        if resp.status_code != 200:
            raise _fail(resp, "a message lookup")
        item: dict[str, Any] = resp.json()
        return item

    def _search(self, path: str, filter_: str, select: str) -> list[dict[str, Any]]:
        url = self.client.url(path, {"$filter": filter_, "$select": select, "$top": "25"})
        resp = self.client.request("GET", url, what="search")
        if resp.status_code != 200:
            raise _fail(resp, "a search")
        return list(resp.json().get("value", []))

    def _folder_id(self, name: str) -> str:
        if name not in self._folder_ids:
            url = self.client.url(f"/me/mailFolders/{name}", {"$select": "id"})
            resp = self.client.request("GET", url, what="folder lookup")
            if resp.status_code != 200:
                raise _fail(resp, f"the {name} folder lookup")
            self._folder_ids[name] = str(resp.json()["id"])
        return self._folder_ids[name]

    def _parent_id(self, spec: DraftSpec) -> str | None:
        if spec.reply_to_ref:
            return spec.reply_to_ref
        if not spec.in_reply_to:
            return None
        found = self._search(
            "/me/messages", f"internetMessageId eq {_odata_string(f'<{spec.in_reply_to}>')}", "id"
        )
        return str(found[0]["id"]) if found else None

    def create_draft(self, draft: DraftSpec) -> DraftRef:
        """createReply on the answered message, then subject, text body and recipient.

        The draft carries ``draft.message_id`` as its internetMessageId from the first
        request on, so when that request fails ambiguously the draft is looked up before
        trying again: the same draft is never made twice.
        """
        mid = f"<{draft.message_id}>"
        props: dict[str, Any] = {
            "subject": draft.subject,
            "body": {"contentType": "text", "content": draft.body},
            "toRecipients": [
                {"emailAddress": {"name": draft.to.name or "", "address": draft.to.address or ""}}
            ],
            "internetMessageId": mid,
        }
        parent = self._parent_id(draft)
        item = self._create(parent, props, draft.message_id)
        if parent is not None:
            url = self.client.url(f"/me/messages/{quote(str(item['id']), safe='')}")
            resp = self.client.request("PATCH", url, json_body=props, what="draft update")
            if resp.status_code != 200:
                raise _fail(resp, "the draft update")
            item = resp.json()
        logger.info("draft %s created as %s", draft.message_id, item["id"])
        return DraftRef(_DraftLocator.from_item(item).to_ref(), draft.message_id)

    def _create(self, parent: str | None, props: dict[str, Any], message_id: str) -> dict[str, Any]:
        for attempt in range(3):
            try:
                if parent is not None:
                    url = self.client.url(f"/me/messages/{quote(parent, safe='')}/createReply")
                    body = {"message": {"internetMessageId": props["internetMessageId"]}}
                    resp = self.client.request("POST", url, json_body=body, what="createReply")
                    if resp.status_code == 400:  # a server that will not take the id here
                        resp = self.client.request("POST", url, json_body={}, what="createReply")
                    if resp.status_code == 404:
                        logger.warning("the answered message is gone; drafting a new message")
                        parent = None
                if parent is None:
                    url = self.client.url("/me/messages")
                    resp = self.client.request("POST", url, json_body=props, what="draft create")
                if resp.status_code not in (200, 201):
                    raise _fail(resp, "the draft creation")
                created: dict[str, Any] = resp.json()
                return created
            except _AmbiguousError as exc:
                found = self._draft_item(message_id)
                if found is not None:
                    return found
                if attempt == 2:
                    raise
                self.client.policy.sleep(self.client.policy.delay(attempt, exc.retry_after))
        raise AssertionError("unreachable")

    def _draft_item(self, message_id: str) -> dict[str, Any] | None:
        wanted = _odata_string(f"<{message_id.strip().strip('<>')}>")
        found = self._search(
            "/me/mailFolders/drafts/messages",
            f"internetMessageId eq {wanted}",
            "id,conversationId,toRecipients,createdDateTime",
        )
        return found[0] if found else None

    def draft_states(self, refs: Sequence[DraftRef], cursor: str | None) -> dict[str, DraftSeen]:
        """Read the Drafts folder's delta since the cursor's: only a draft that left
        Drafts (``@removed``: sent, deleted or moved) is looked up, so an idle poll costs
        one request however many drafts are open. Without a Drafts deltaLink (a first
        pass, a cursor of an older release, a lost state) the round lists Drafts once.
        """
        self._drafts_link = None
        try:
            link = self._decode(cursor).get(DRAFTS) if cursor is not None else None
        except CursorExpiredError:
            link = None
        if not refs:
            self._drafts_link = link  # nothing to ask: carry the link on unread
            return {}
        removed: set[str] = set()
        listed: set[str] = set()

        def note(item: dict[str, Any]) -> None:
            (removed if "@removed" in item else listed).add(str(item.get("id", "")))

        try:
            self._drafts_link = self._delta_round(DRAFTS, link, note)
        except CursorExpiredError:
            logger.warning("Graph no longer knows the Drafts delta state; listing Drafts")
            removed.clear()
            listed.clear()
            link = None
            self._drafts_link = self._delta_round(DRAFTS, None, note)
        seen: dict[str, DraftSeen] = {}
        for ref in refs:
            graph_id = _DraftLocator.from_ref(ref.ref).id
            changed = graph_id in removed if link is not None else graph_id not in listed
            state = self.draft_state(ref) if changed else RemoteDraftState.PRESENT
            seen[ref.ref] = DraftSeen(state, ref)
        return seen

    def draft_state(self, ref: DraftRef) -> RemoteDraftState:
        """PRESENT while a draft; SENT once sent (same immutable id, or found in Sent
        Items by Message-ID, or by conversation and recipient); DELETED otherwise,
        including a draft in Deleted Items.
        """
        locator = _DraftLocator.from_ref(ref.ref)
        item = self._get_item(locator.id, "isDraft,parentFolderId")
        if item is not None:
            if not item.get("isDraft", True):
                return RemoteDraftState.SENT
            if item.get("parentFolderId") == self._folder_id("deleteditems"):
                return RemoteDraftState.DELETED
            return RemoteDraftState.PRESENT
        if self._sent_match(ref, locator):
            return RemoteDraftState.SENT
        return RemoteDraftState.DELETED

    def _sent_match(self, ref: DraftRef, locator: _DraftLocator) -> bool:
        sent = "/me/mailFolders/sentitems/messages"
        wanted = _odata_string(f"<{ref.message_id}>")
        if self._search(sent, f"internetMessageId eq {wanted}", "id"):
            return True
        if not locator.conversation or not locator.to_hash:
            return False
        since = locator.created - draftref.SENT_SLACK_SECONDS
        candidates: Iterable[dict[str, Any]] = self._search(
            sent,
            f"conversationId eq {_odata_string(locator.conversation)}",
            "id,toRecipients,sentDateTime",
        )
        return any(
            _first_recipient_hash(c) == locator.to_hash
            and _timestamp(c.get("sentDateTime")) >= since
            for c in candidates
        )

    def find_draft(self, message_id: str) -> DraftRef | None:
        """Find one of our drafts in Drafts by the internetMessageId we gave it."""
        item = self._draft_item(message_id)
        if item is None:
            return None
        return DraftRef(_DraftLocator.from_item(item).to_ref(), message_id.strip().strip("<>"))

    def delete_draft(self, ref: DraftRef) -> None:
        """Delete one of our drafts (Outlook moves it to Deleted Items).

        Only a message that is still a draft outside Deleted Items is deleted: with
        immutable ids a sent draft keeps its id, and the user's sent mail is not ours.
        """
        if self.draft_state(ref) is not RemoteDraftState.PRESENT:
            return
        locator = _DraftLocator.from_ref(ref.ref)
        url = self.client.url(f"/me/messages/{quote(locator.id, safe='')}")
        resp = self.client.request("DELETE", url, what="draft deletion")
        if resp.status_code not in (200, 204, 404):
            raise _fail(resp, "the draft deletion")
        logger.info("draft %s deleted", ref.message_id)
