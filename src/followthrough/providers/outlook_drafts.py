"""Outlook drafts: what a draft ref encodes, and the draft calls on Graph.

Kept apart from sync so the draft life cycle reads in one place: createReply then
PATCH (the draft carries our Message-ID as its internetMessageId, so an ambiguous
failure is looked up before trying again), and what became of a draft: a draft that
left Drafts in the Drafts delta is looked up, under its immutable id, in Sent Items
by Message-ID, or by conversation and recipient.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from followthrough.errors import CursorExpiredError, MailboxError
from followthrough.providers import draftref
from followthrough.providers.base import DraftRef, DraftSeen, DraftSpec, RemoteDraftState
from followthrough.providers.outlook_http import AmbiguousError, GraphClient, refused

logger = logging.getLogger("followthrough.providers.outlook")

DRAFTS = "drafts"  # read only for what happened to our drafts


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


class OutlookDrafts:
    """The draft calls of :class:`~followthrough.providers.outlook.OutlookProvider`,
    which gives the Graph client, the cursor's links and the delta round declared here."""

    client: GraphClient
    _folder_ids: dict[str, str]
    _drafts_link: str | None

    def _decode(self, cursor: str) -> dict[str, str]:
        raise NotImplementedError

    def _delta_round(
        self, folder: str, link: str | None, note: Callable[[dict[str, Any]], None]
    ) -> str:
        raise NotImplementedError

    def _get_item(self, graph_id: str, select: str) -> dict[str, Any] | None:
        url = self.client.url(f"/me/messages/{quote(graph_id, safe='')}", {"$select": select})
        resp = self.client.request("GET", url, what="message lookup")
        if resp.status_code == 404:
            return None
        if resp.status_code != 200:
            raise refused(resp, "a message lookup")
        item: dict[str, Any] = resp.json()
        return item

    def _search(self, path: str, filter_: str, select: str) -> list[dict[str, Any]]:
        url = self.client.url(path, {"$filter": filter_, "$select": select, "$top": "25"})
        resp = self.client.request("GET", url, what="search")
        if resp.status_code != 200:
            raise refused(resp, "a search")
        return list(resp.json().get("value", []))

    def _folder_id(self, name: str) -> str:
        if name not in self._folder_ids:
            url = self.client.url(f"/me/mailFolders/{name}", {"$select": "id"})
            resp = self.client.request("GET", url, what="folder lookup")
            if resp.status_code != 200:
                raise refused(resp, f"the {name} folder lookup")
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
                raise refused(resp, "the draft update")
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
                    raise refused(resp, "the draft creation")
                created: dict[str, Any] = resp.json()
                return created
            except AmbiguousError as exc:
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
            raise refused(resp, "the draft deletion")
        logger.info("draft %s deleted", ref.message_id)
