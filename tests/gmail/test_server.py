"""The local Gmail server speaks the v1 shapes of the discovery document in the client."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import googleapiclient
import pytest

from tests.contract.provider_contract import make_mail
from tests.servers.gmail_server import QUOTA_UNITS, GmailServer

DISCOVERY = json.loads(
    (Path(googleapiclient.__file__).parent / "discovery_cache/documents/gmail.v1.json").read_text()
)
SCHEMAS: dict[str, Any] = DISCOVERY["schemas"]


def conforms(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """Problems of ``value`` against a discovery schema: unknown fields, wrong types."""
    if "$ref" in schema:
        return conforms(value, SCHEMAS[schema["$ref"]], path)
    kind = schema.get("type")
    problems: list[str] = []
    if kind == "object":
        if not isinstance(value, dict):
            return [f"{path}: not an object"]
        props = schema.get("properties", {})
        for key, item in value.items():
            if key not in props:
                problems.append(f"{path}.{key}: not in the discovery schema")
            else:
                problems += conforms(item, props[key], f"{path}.{key}")
    elif kind == "array":
        if not isinstance(value, list):
            return [f"{path}: not an array"]
        for i, item in enumerate(value):
            problems += conforms(item, schema["items"], f"{path}[{i}]")
    elif kind == "string":
        if not isinstance(value, str):
            problems.append(f"{path}: {value!r} is not a string (int64/uint64 are strings)")
    elif kind == "integer" and not isinstance(value, int):
        problems.append(f"{path}: {value!r} is not an integer")
    return problems


def _response_schema(method: str) -> dict[str, Any]:
    resource, _, name = method.rpartition(".")
    users = DISCOVERY["resources"]["users"]
    node = users["methods"][name] if not resource else users["resources"][resource]["methods"][name]
    return {"$ref": node["response"]["$ref"]}


class Client:
    def __init__(self, server: GmailServer) -> None:
        self.server = server
        self.token, _ = server.issue_access_token()

    def request(self, verb: str, path: str, body: Any = None) -> tuple[int, Any, dict[str, str]]:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            f"{self.server.url}/gmail/v1/users/me/{path}", data=data, method=verb
        )
        request.add_header("Authorization", f"Bearer {self.token}")
        request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                raw = answer.read()
                return answer.status, json.loads(raw) if raw else None, dict(answer.headers)
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read() or b"null"), dict(exc.headers)


@pytest.fixture
def client(server: GmailServer) -> Client:
    return Client(server)


def test_every_method_answers_in_the_discovery_shape(server: GmailServer, client: Client) -> None:
    gid = server.add_message(make_mail(), ("INBOX", "UNREAD", "CATEGORY_UPDATES"))
    thread = server.message(gid).thread_id
    start = server.mailbox.history_id
    server.add_message(make_mail())
    import base64

    raw = base64.urlsafe_b64encode(make_mail()).decode()
    status, draft, _ = client.request("POST", "drafts", {"message": {"raw": raw}})
    assert status == 200
    calls = {
        "getProfile": "profile",
        "messages.list": "messages?q=in:inbox&maxResults=1",
        "messages.get": f"messages/{gid}?format=full",
        "history.list": f"history?startHistoryId={start}",
        "drafts.list": "drafts",
        "drafts.get": f"drafts/{draft['id']}?format=raw",
        "threads.get": f"threads/{thread}?format=metadata&metadataHeaders=Subject",
    }
    assert conforms(draft, _response_schema("drafts.create")) == []
    for method, path in calls.items():
        status, body, _ = client.request("GET", path)
        assert status == 200, method
        assert conforms(body, _response_schema(method)) == [], method
    for fmt in ("raw", "metadata", "minimal"):
        _, body, _ = client.request("GET", f"messages/{gid}?format={fmt}")
        assert conforms(body, _response_schema("messages.get")) == []
    _, body, _ = client.request("GET", f"messages/{gid}?format=metadata&metadataHeaders=Subject")
    assert [h["name"] for h in body["payload"]["headers"]] == ["Subject"]
    status, body, _ = client.request("DELETE", f"drafts/{draft['id']}")
    assert (status, body) == (204, None)


def test_history_of_an_expired_id_is_404_in_googles_error_shape(
    server: GmailServer, client: Client
) -> None:
    start = server.mailbox.history_id
    server.add_message(make_mail())
    server.expire_history()
    status, body, _ = client.request("GET", f"history?startHistoryId={start}")
    assert status == 404
    assert body["error"]["code"] == 404
    assert body["error"]["errors"][0]["reason"] == "notFound"
    status, body, _ = client.request("GET", f"history?startHistoryId={server.mailbox.history_id}")
    assert status == 200
    assert "history" not in body  # empty repeated fields are left out, as Gmail does


def test_history_ids_grow_with_gaps(server: GmailServer, client: Client) -> None:
    start = server.mailbox.history_id
    for _ in range(20):
        server.add_message(make_mail())
    _, body, _ = client.request("GET", f"history?startHistoryId={start}&historyTypes=messageAdded")
    ids = [int(h["id"]) for h in body["history"]]
    assert ids == sorted(ids)
    assert len(ids) == 20
    assert ids[-1] - ids[0] > 19  # not contiguous
    assert int(body["historyId"]) == ids[-1]


def test_unknown_or_missing_token_is_401(server: GmailServer, client: Client) -> None:
    client.token = "ya29.forged"
    status, body, headers = client.request("GET", "profile")
    assert status == 401
    assert body["error"]["status"] == "UNAUTHENTICATED"
    assert "Bearer" in headers["WWW-Authenticate"]


def test_unsupported_query_is_refused_not_ignored(client: Client) -> None:
    status, body, _ = client.request("GET", "messages?q=has:attachment")
    assert status == 400
    assert "Unsupported" in body["error"]["message"]


def test_counters_use_gmails_unit_costs(server: GmailServer, client: Client) -> None:
    gid = server.add_message(make_mail())
    client.request("GET", "profile")
    client.request("GET", f"messages/{gid}?format=raw")
    client.request("GET", "messages")
    assert server.units("getProfile") == QUOTA_UNITS["getProfile"] == 1
    assert server.units("messages.get") == 5
    assert server.units() == 11
    assert server.calls() == 3


def test_injected_faults_carry_retry_after_and_reason(server: GmailServer, client: Client) -> None:
    server.inject("getProfile", 429, 1, retry_after=2)
    server.inject("getProfile", 403, 1)
    status, body, headers = client.request("GET", "profile")
    assert (status, headers["Retry-After"]) == (429, "2")
    status, body, _ = client.request("GET", "profile")
    assert (status, body["error"]["errors"][0]["reason"]) == (403, "userRateLimitExceeded")
    status, _, _ = client.request("GET", "profile")
    assert status == 200


def test_quota_window_is_enforced_and_frees_up(server: GmailServer, client: Client) -> None:
    server.set_quota(10, window=0.3)
    gid = server.add_message(make_mail())
    assert client.request("GET", f"messages/{gid}?format=minimal")[0] == 200
    assert client.request("GET", f"messages/{gid}?format=minimal")[0] == 200
    status, body, headers = client.request("GET", f"messages/{gid}?format=minimal")
    assert status == 429
    assert body["error"]["errors"][0]["reason"] == "userRateLimitExceeded"
    wait = float(headers["Retry-After"])
    assert 0 < wait <= 0.3
    time.sleep(wait + 0.02)
    assert client.request("GET", f"messages/{gid}?format=minimal")[0] == 200
    assert server.units("messages.get") == 15  # the refused call cost nothing


def test_batch_rejects_more_than_100_parts(server: GmailServer) -> None:
    token, _ = server.issue_access_token()
    parts = "".join(
        f"--b\r\nContent-Type: application/http\r\nContent-ID: <x+{i}>\r\n\r\n"
        f"GET /gmail/v1/users/me/profile HTTP/1.1\r\n\r\n"
        for i in range(101)
    )
    request = urllib.request.Request(
        f"{server.url}/batch/gmail/v1", data=(parts + "--b--\r\n").encode(), method="POST"
    )
    request.add_header("Content-Type", "multipart/mixed; boundary=b")
    request.add_header("Authorization", f"Bearer {token}")
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10)
    assert caught.value.code == 400
