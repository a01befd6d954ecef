"""The local Gmail server answers in the shapes Google publishes for the Gmail API.

The reference is the discovery document google-api-python-client ships
(``discovery_cache/documents/gmail.v1.json``, the schemas of ``ListHistoryResponse``,
``History``, ``Draft``, ``Message``...): every field the server returns must be a field
of the documented schema, with the documented JSON type (ids and historyIds are
strings, ``sizeEstimate`` a number). The history of a draft being made, edited, sent
and deleted is what the provider reads draft states from, so it is checked record by
record.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import googleapiclient
import pytest
import requests

from tests.contract.provider_contract import make_mail
from tests.servers.gmail_server import GmailServer

SCHEMAS: dict[str, Any] = json.loads(
    (Path(googleapiclient.__file__).parent / "discovery_cache/documents/gmail.v1.json").read_text()
)["schemas"]
JSON_TYPES = {"string": str, "integer": (int, str), "boolean": bool, "array": list, "object": dict}


def conforms(value: Any, schema: dict[str, Any], where: str = "$") -> list[str]:
    """Where ``value`` leaves the documented schema (empty when it does not)."""
    if "$ref" in schema:
        return conforms(value, SCHEMAS[schema["$ref"]], where)
    kind = schema.get("type", "object")
    if not isinstance(value, JSON_TYPES[kind]):
        return [f"{where}: {type(value).__name__}, documented {kind}"]
    faults: list[str] = []
    if kind == "array":
        for i, item in enumerate(value):
            faults += conforms(item, schema.get("items", {}), f"{where}[{i}]")
    elif kind == "object" and "properties" in schema:
        for key, item in value.items():
            if key not in schema["properties"]:
                faults.append(f"{where}.{key}: not a documented field")
            else:
                faults += conforms(item, schema["properties"][key], f"{where}.{key}")
    return faults


def test_the_checker_finds_what_leaves_the_schema() -> None:
    assert conforms({"history": [], "historyId": "12"}, {"$ref": "ListHistoryResponse"}) == []
    assert conforms({"historyId": 12}, {"$ref": "ListHistoryResponse"})  # a number, not a string
    assert conforms({"history": [{"draftsAdded": []}]}, {"$ref": "ListHistoryResponse"})


@pytest.fixture
def api() -> Any:
    with GmailServer(seed=3) as server:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {server.issue_access_token()[0]}"
        yield server, session


def _get(session: requests.Session, server: GmailServer, path: str, **params: str) -> Any:
    resp = session.get(f"{server.url}/gmail/v1/users/me/{path}", params=params)
    assert resp.status_code == 200, resp.text
    return resp.json()


def test_draft_history_has_the_documented_shape(api: Any) -> None:
    server, session = api
    start = _get(session, server, "profile")["historyId"]
    server.add_message(make_mail())
    made = session.post(
        f"{server.url}/gmail/v1/users/me/drafts",
        json={"message": {"raw": "RnJvbTogYUBiLmV4YW1wbGUKClRoYW5rcwo="}},
    ).json()
    assert conforms(made, {"$ref": "Draft"}) == []
    server.edit_draft(made["id"])
    got = _get(session, server, f"drafts/{made['id']}", format="minimal")
    assert conforms(got, {"$ref": "Draft"}) == []
    assert got["message"]["id"] != made["message"]["id"]  # an edit makes a new message
    server.send_draft(made["id"], keep_id=True)
    history = _get(session, server, "history", startHistoryId=start)
    assert conforms(history, {"$ref": "ListHistoryResponse"}) == []
    kinds = [k for record in history["history"] for k in record if k not in ("id", "messages")]
    assert kinds == [
        "messagesAdded",
        "messagesAdded",
        "messagesDeleted",
        "messagesAdded",
        "labelsRemoved",
        "labelsAdded",
    ]
    for record in history["history"]:  # "messages" carry only id and threadId
        assert all(set(m) == {"id", "threadId"} for m in record["messages"])
    ids = [int(r["id"]) for r in history["history"]]
    assert ids == sorted(ids)
    assert int(history["historyId"]) >= ids[-1]
