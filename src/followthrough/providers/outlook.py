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

The delta sync lives here, the HTTP edge (token, retries, quota) in ``outlook_http``,
the draft calls in ``outlook_drafts``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import quote

import requests

from followthrough.errors import CursorExpiredError, MalformedMessageError, TransientError
from followthrough.model import Direction
from followthrough.providers.base import ChangeSet, MessageRef, Provider
from followthrough.providers.outlook_drafts import DRAFTS, OutlookDrafts
from followthrough.providers.outlook_http import (
    MAX_CONCURRENT,
    GraphClient,
    TokenSource,
    error_code,
    refused,
)
from followthrough.providers.retry import RetryPolicy

if TYPE_CHECKING:
    from followthrough.config import Config

logger = logging.getLogger(__name__)

FOLDERS: tuple[tuple[str, Direction], ...] = (
    ("inbox", Direction.IN),
    ("sentitems", Direction.OUT),
)
CURSOR_PREFIX = "graph1:"
DELTA_SELECT = "id,conversationId,receivedDateTime,isDraft"
MAX_PAGES = 2_000  # bounds one delta round: 100,000 messages at 50 a page
MAX_MESSAGE_BYTES = 50 * 1024 * 1024
_GONE_CODES = frozenset({"syncstatenotfound", "syncstateinvalid", "resyncrequired"})


class OutlookProvider(OutlookDrafts, Provider):
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
                400 <= resp.status_code < 500 and error_code(resp).lower() in _GONE_CODES
            ):
                if page == 0 and link is not None:
                    raise CursorExpiredError(f"Graph no longer knows the {folder} delta state")
                if restarted:
                    raise TransientError(f"Graph lost the {folder} delta state twice in a row")
                logger.warning("Graph lost the %s delta state mid-round; restarting it", folder)
                url, restarted = self._start_url(folder), True
                continue
            if resp.status_code != 200:
                raise refused(resp, f"the {folder} delta query")
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
            raise refused(resp, "a message download")
        if len(resp.content) > MAX_MESSAGE_BYTES:
            raise MalformedMessageError(f"message {ref.ref} is over {MAX_MESSAGE_BYTES} bytes")
        return resp.content
