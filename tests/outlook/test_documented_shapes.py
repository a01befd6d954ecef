"""The provider against Graph's answers in the forms its documentation shows, and the
local Graph server against those same forms.

The pages below follow the examples of https://learn.microsoft.com/graph/delta-query-messages
(ids and subjects are ours): links that name the folder by id in both spellings Graph
uses (``mailFolders/AAMk...`` and ``mailfolders('AQMk...')``), ``@odata.type`` and
``@odata.etag`` on every item, a deletion as ``{"id", "@removed": {"reason"}}``, and
values typed loosely (``"isRead": "true"``). Graph's answers cannot be fetched here, so
they are replayed with ``responses``; the local server must agree with them, which is
what keeps the rest of the Outlook tests honest.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import requests
import responses

from followthrough.mail.compose import make_message_id
from followthrough.model import Direction, Person
from followthrough.providers.base import DraftRef, DraftSpec, RemoteDraftState
from followthrough.providers.outlook import OutlookProvider
from followthrough.providers.outlook_drafts import _DraftLocator
from followthrough.providers.retry import RetryPolicy
from tests.servers.graph_server import GraphServer

from . import OWNER, Sleeps, mail, provider_for, signed_in

GRAPH = "https://graph.microsoft.com/v1.0"
INBOX_ID, SENT_ID, DRAFTS_ID = "AQMkADNkNAAAgEMAAAA", "AQMkADNkNAAAgEJAAAA", "AQMkADNkNAAAgEPAAAA"
# the documented forms of a delta link: folder by id, in parentheses or as a path segment
LINK = re.compile(
    r"^https://graph\.microsoft\.com/v1\.0/me/mail[fF]olders(\('[^']+'\)|/[^/?]+)"
    r"/messages/delta\?\$(skip|delta)token=[^&]+$"
)


def _item(graph_id: str, subject: str, **extra: Any) -> dict[str, Any]:
    return {
        "@odata.type": "#microsoft.graph.message",
        "@odata.etag": 'W/"CQAAABYAAAARn2vdzPFjSbaPPxzjlzOTAAASsKZz"',
        "id": graph_id,
        "subject": subject,
        "isRead": "true",
        "conversationId": "AAQkADNkNAAA" + graph_id[-6:],
        "receivedDateTime": "2026-03-02T09:00:00Z",
        **extra,
    }


def _page(value: list[dict[str, Any]], **links: str) -> dict[str, Any]:
    return {"@odata.context": f"{GRAPH}/$metadata#Collection(message)", "value": value, **links}


class _Token:
    def token(self, *, force_refresh: bool = False) -> str:
        return "documented-example-token"


def _provider() -> OutlookProvider:
    return OutlookProvider(
        GRAPH, _Token(), policy=RetryPolicy(tries=2, sleep=Sleeps()), session=requests.Session()
    )


def _delta(folder: str) -> str:
    return f"{GRAPH}/me/mailFolders/{folder}/messages/delta"


@responses.activate
def test_documented_delta_pages_are_followed_and_their_links_kept_as_given() -> None:
    next_inbox = f"{GRAPH}/me/mailFolders/{INBOX_ID}/messages/delta?$skiptoken=GwcBoTmPuoTQ"
    inbox_link = f"{GRAPH}/me/mailfolders('{INBOX_ID}')/messages/delta?$deltatoken=GwcBoTmPuoGN"
    sent_link = f"{GRAPH}/me/mailfolders('{SENT_ID}')/messages/delta?$deltatoken=Q2hhbmdlcw"
    responses.get(
        _delta("inbox"),
        json=_page(
            [_item("AAMkADNkNAAASq35xAAA=", "Interview")], **{"@odata.nextLink": next_inbox}
        ),
    )
    responses.get(
        next_inbox,
        json=_page([_item("AQMkADNkNAAAgWkAAAA", "Offer")], **{"@odata.deltaLink": inbox_link}),
    )
    responses.get(_delta("sentitems"), json=_page([], **{"@odata.deltaLink": sent_link}))
    provider = _provider()
    changes = provider.fetch_changes(None)
    assert [(m.ref, m.direction) for m in changes.messages] == [
        ("AAMkADNkNAAASq35xAAA=", Direction.IN),
        ("AQMkADNkNAAAgWkAAAA", Direction.IN),
    ]
    # the next poll asks exactly the links Graph gave, whatever their form
    removed = {
        "@odata.type": "#microsoft.graph.message",
        "id": "AAMkADk0MGFk=",
        "@removed": {"reason": "deleted"},
    }
    responses.get(inbox_link, json=_page([removed], **{"@odata.deltaLink": inbox_link}))
    responses.get(sent_link, json=_page([], **{"@odata.deltaLink": sent_link}))
    again = provider.fetch_changes(changes.cursor)
    assert again.messages == ()
    assert [call.request.url for call in responses.calls[-2:]] == [inbox_link, sent_link]


@responses.activate
def test_a_documented_removal_in_drafts_is_what_sends_us_to_look_at_a_draft() -> None:
    kept = DraftRef(_DraftLocator("AAMkDraftKept=").to_ref(), "kept@example.com")
    gone = DraftRef(_DraftLocator("AAMkDraftGone=").to_ref(), "gone@example.com")
    drafts_link = f"{GRAPH}/me/mailfolders('{DRAFTS_ID}')/messages/delta?$deltatoken=RHJhZnRz"
    inbox_link = f"{GRAPH}/me/mailfolders('{INBOX_ID}')/messages/delta?$deltatoken=SW5ib3g"
    sent_link = f"{GRAPH}/me/mailfolders('{SENT_ID}')/messages/delta?$deltatoken=U2VudA"
    for url in (_delta("inbox"), _delta("sentitems")):
        link = inbox_link if "inbox" in url else sent_link
        responses.get(url, json=_page([], **{"@odata.deltaLink": link}))
    responses.get(
        _delta("drafts"),
        json=_page(
            [_item("AAMkDraftKept=", "Re: x"), _item("AAMkDraftGone=", "Re: y")],
            **{"@odata.deltaLink": drafts_link},
        ),
    )
    provider = _provider()
    seen = provider.draft_states([kept, gone], None)
    assert {s.state for s in seen.values()} == {RemoteDraftState.PRESENT}
    cursor = provider.fetch_changes(None).cursor
    removal = {
        "@odata.type": "#microsoft.graph.message",
        "id": "AAMkDraftGone=",
        "@removed": {"reason": "deleted"},
    }
    responses.get(drafts_link, json=_page([removal], **{"@odata.deltaLink": drafts_link}))
    responses.get(
        f"{GRAPH}/me/messages/AAMkDraftGone%3D",
        status=404,
        json={"error": {"code": "ErrorItemNotFound"}},
    )
    responses.get(f"{GRAPH}/me/mailFolders/sentitems/messages", json={"value": []})
    seen = provider.draft_states([kept, gone], cursor)
    assert seen[kept.ref].state is RemoteDraftState.PRESENT
    assert seen[gone.ref].state is RemoteDraftState.DELETED
    looked_up = [c.request.url for c in responses.calls if "/me/messages/" in c.request.url]
    assert looked_up
    assert all("AAMkDraftGone" in url for url in looked_up)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with GraphServer(tmp_path_factory.mktemp("graph")) as srv:
        yield srv


def test_the_local_server_answers_in_the_documented_forms(
    server: GraphServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = signed_in(server, tmp_path, monkeypatch)
    provider = provider_for(cfg)
    parent = server.deliver(mail(), "inbox")
    provider.fetch_changes(None)
    spec = DraftSpec(
        make_message_id("example.com"),
        Person(*OWNER),
        Person("Dana", "dana@acme.example"),
        "Re: x",
        "Hi\n",
        reply_to_ref=parent,
    )
    ref = provider.create_draft(spec)
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {provider.client.tokens.token()}"
    first = session.get(
        f"{server.graph_endpoint}/me/mailFolders/drafts/messages/delta?$select=id"
    ).json()
    assert set(first) == {"@odata.context", "@odata.deltaLink", "value"}
    local = re.compile(
        LINK.pattern.replace(
            re.escape("https://graph.microsoft.com/v1.0"), re.escape(server.graph_endpoint)
        )
    )
    assert local.match(first["@odata.deltaLink"]), first["@odata.deltaLink"]
    assert "('" in first["@odata.deltaLink"]  # the parenthesised form Graph's own examples use
    server.user_deletes(_DraftLocator.from_ref(ref.ref).id)
    second = session.get(first["@odata.deltaLink"]).json()
    (removal,) = second["value"]
    assert set(removal) <= {"@odata.type", "id", "@removed"}
    assert removal["@removed"] == {"reason": "deleted"}
