"""A local Gmail API v1 server on 127.0.0.1 for tests, benchmarks and ``demo --gmail``.

The real google-api-python-client and google-auth talk to it over HTTP; nothing is
mocked. It serves the methods followthrough uses, in the shapes of the discovery
document shipped with google-api-python-client (``gmail.v1.json``):
``users.getProfile``, ``users.messages.list/get`` (raw, full, metadata, minimal),
``users.history.list`` (404 for an expired ``startHistoryId``),
``users.drafts.create/list/get/delete``, ``users.threads.get``, the batch endpoint
(``POST /batch/gmail/v1``, multipart/mixed of ``application/http`` parts,
https://developers.google.com/workspace/gmail/api/guides/batch), and an OAuth 2.0
authorization and token endpoint (authorization_code and refresh_token grants,
``invalid_grant`` for a revoked grant, https://developers.google.com/identity/protocols/oauth2/native-app).

It also keeps per-method call and quota-unit counters with Gmail's published unit
costs, injects faults on demand (500/503, 429 with Retry-After, 403
userRateLimitExceeded / rateLimitExceeded, 401), and enforces a per-user quota over a
sliding window: 6,000 units per minute by default, Gmail's current per-user limit
(https://developers.google.com/workspace/gmail/api/reference/quota); the window can be
scaled down so that a benchmark need not wait minutes.

Use it as a context manager::

    with GmailServer() as server:
        server.add_message(raw)
        server.write_credentials(path)      # an authorized-user JSON pointing here
        ...  # [gmail] api_endpoint = server.url
"""

from __future__ import annotations

import base64
import collections
import email
import email.policy
import json
import logging
import os
import random
import secrets
import threading
import time
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tests.servers.gmail_model import (
    ApiError,
    Mailbox,
    StoredMessage,
    bad_request,
    message_json,
    not_found,
    unb64url,
)
from tests.servers.quiet import QuietHTTPServer

logger = logging.getLogger(__name__)

__all__ = ["QUOTA_UNITS", "SCOPES", "GmailServer"]

SCOPES = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
)
QUOTA_UNITS = {
    "getProfile": 1,
    "messages.list": 5,
    "messages.get": 5,
    "history.list": 2,
    "drafts.create": 10,
    "drafts.list": 5,
    "drafts.get": 5,
    "drafts.delete": 10,
    "threads.get": 10,
    "batch": 0,
}
_PREFIX = "/gmail/v1/users/"
_MAX_BATCH = 100
_FAULTS = {
    500: ("Internal error encountered.", "backendError", "INTERNAL"),
    502: ("Bad Gateway", "backendError", "UNAVAILABLE"),
    503: ("The service is currently unavailable.", "backendError", "UNAVAILABLE"),
    429: ("Too many concurrent requests for user.", "rateLimitExceeded", "RESOURCE_EXHAUSTED"),
    401: ("Request had invalid authentication credentials.", "authError", "UNAUTHENTICATED"),
}


@dataclass
class _Fault:
    status: int
    reason: str | None
    retry_after: float | None
    left: int


@dataclass
class Stats:
    """Counters of one method: attempts, successes, quota units charged, answer bytes."""

    calls: int = 0
    ok: int = 0
    errors: int = 0
    units: int = 0
    bytes: int = 0


@dataclass
class _Answer:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, data: Any, headers: dict[str, str] | None = None) -> _Answer:
        body = json.dumps(data).encode()
        return cls(
            status, body, {"Content-Type": "application/json; charset=UTF-8"} | (headers or {})
        )

    @classmethod
    def error(cls, exc: ApiError, headers: dict[str, str] | None = None) -> _Answer:
        return cls.json(exc.code, exc.body(), headers)


def _fmt_seconds(value: float) -> str:
    """Retry-After as an integer when whole (the RFC form), else with millisecond digits."""
    return str(int(value)) if value == int(value) else f"{value:.3f}"


class GmailServer:
    """A stateful, single-user Gmail API on ``127.0.0.1:<free port>``.

    :param address: the mailbox owner (getProfile's emailAddress).
    :param quota_units: per-user quota units allowed per window (None: no limit).
    :param quota_window: the window in seconds (60 for Gmail; scale it down in benchmarks).
    :param history_ttl: seconds history is kept; older startHistoryIds answer 404.
    :param access_token_ttl: lifetime of the access tokens the token endpoint issues.
    """

    def __init__(
        self,
        *,
        address: str = "sam.lee@example.com",
        quota_units: int | None = 6_000,
        quota_window: float = 60.0,
        history_ttl: float = 7 * 86_400,
        access_token_ttl: int = 3_600,
        client_id: str = "followthrough-local.apps.googleusercontent.com",
        client_secret: str = "local-secret",
        seed: int | None = None,
    ) -> None:
        self.address = address
        self.mailbox = Mailbox(history_ttl=history_ttl, seed=seed)
        self.quota_units, self.quota_window = quota_units, quota_window
        self.access_token_ttl = access_token_ttl
        self.client_id, self.client_secret = client_id, client_secret
        self._lock = threading.Lock()
        self._usage: collections.deque[tuple[float, int]] = collections.deque()
        self._faults: dict[str, list[_Fault]] = collections.defaultdict(list)
        self._random: tuple[float, random.Random, tuple[int, ...], float] | None = None
        self.random_faults_served = 0
        self._stats: dict[str, Stats] = collections.defaultdict(Stats)
        self._access: dict[str, float] = {}  # token -> expiry (epoch seconds)
        self._refresh: dict[str, tuple[str, ...]] = {}  # refresh token -> scopes
        self._revoked: set[str] = set()
        self._codes: dict[str, tuple[str, tuple[str, ...]]] = {}  # code -> (redirect, scopes)
        self.http_requests = 0
        self.quota_rejections = 0
        self.token_requests = 0
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> GmailServer:
        handler = type("Handler", (_Handler,), {"gmail": self})
        self._httpd = QuietHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(0.05,), name="gmail-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> GmailServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """The api_endpoint to configure: ``http://127.0.0.1:<port>``."""
        assert self._httpd is not None, "the server is not started"
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    @property
    def token_uri(self) -> str:
        return f"{self.url}/token"

    # -- the outside world: mail arriving, the user in the Gmail UI ------------------------

    def add_message(
        self,
        raw: bytes,
        labels: Iterable[str] = ("INBOX",),
        thread_id: str | None = None,
        *,
        internal_date: Any = None,
    ) -> str:
        """Deliver ``raw`` (received: INBOX; sent by the user: SENT); returns its Gmail id.

        Without ``thread_id`` the message is threaded as Gmail would (references and
        subject); with one it is put in that thread.
        """
        return self.mailbox.insert(
            raw, labels, thread_id=thread_id, force_thread=True, internal_date=internal_date
        ).id

    def message(self, message_id: str) -> StoredMessage:
        return self.mailbox.get(message_id)

    def draft_message(self, draft_id: str) -> StoredMessage:
        return self.mailbox.draft(draft_id)

    def draft_ids(self) -> list[str]:
        with self.mailbox.lock:
            return list(self.mailbox.drafts)

    def send_draft(
        self, draft_id: str, *, new_message_id: str | None = None, keep_id: bool = False
    ) -> str:
        """The user presses Send on a draft in Gmail; returns the sent message's id."""
        return self.mailbox.send_draft(draft_id, new_message_id=new_message_id, keep_id=keep_id).id

    def edit_draft(self, draft_id: str, raw: bytes | None = None) -> str:
        """The user edits a draft in Gmail; returns the id of the message it is now."""
        return self.mailbox.edit_draft(draft_id, raw).id

    def delete_draft(self, draft_id: str) -> None:
        """The user discards a draft in Gmail."""
        self.mailbox.delete_draft(draft_id)

    def expire_history(self) -> None:
        """Make every historyId handed out so far too old (history.list answers 404)."""
        self.mailbox.expire_history()

    # -- credentials ----------------------------------------------------------------------

    def issue_refresh_token(self, scopes: Iterable[str] = SCOPES) -> str:
        token = "1//local-" + secrets.token_urlsafe(24)
        with self._lock:
            self._refresh[token] = tuple(scopes)
        return token

    def issue_access_token(self, ttl: float | None = None) -> tuple[str, float]:
        token = "ya29.local-" + secrets.token_urlsafe(24)
        expiry = time.time() + (self.access_token_ttl if ttl is None else ttl)
        with self._lock:
            self._access[token] = expiry
        return token, expiry

    def authorized_user_info(self, *, valid: bool = False) -> dict[str, Any]:
        """An authorized-user JSON as google-auth writes it, with token_uri pointing here.

        :param valid: include a live access token; by default the first call refreshes.
        """
        info: dict[str, Any] = {
            "refresh_token": self.issue_refresh_token(),
            "token_uri": self.token_uri,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "scopes": list(SCOPES),
            "universe_domain": "googleapis.com",
            "account": "",
        }
        if valid:
            token, expiry = self.issue_access_token()
            info["token"] = token
            info["expiry"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(expiry))
        return info

    def write_credentials(self, path: str | os.PathLike[str], *, valid: bool = False) -> Path:
        """Write :meth:`authorized_user_info` to ``path`` with mode 0600."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self.authorized_user_info(valid=valid), fh)
        os.chmod(target, 0o600)
        return target

    def client_secret_info(self) -> dict[str, Any]:
        """A Desktop-app client secret whose auth and token URIs point here."""
        return {
            "installed": {
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "auth_uri": f"{self.url}/o/oauth2/auth",
                "token_uri": self.token_uri,
                "redirect_uris": ["http://localhost"],
            }
        }

    def write_client_secret(self, path: str | os.PathLike[str]) -> Path:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(self.client_secret_info()), encoding="utf-8")
        return target

    def revoke(self) -> None:
        """The user removes the app's access (myaccount.google.com → Security)."""
        with self._lock:
            self._revoked |= set(self._refresh)
            self._access.clear()

    def expire_access_tokens(self) -> None:
        """Every access token issued so far now answers 401 (forces a refresh)."""
        with self._lock:
            self._access.clear()

    # -- faults, quota, counters ----------------------------------------------------------

    def inject(
        self,
        method: str,
        status: int,
        count: int = 1,
        *,
        reason: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        """Answer the next ``count`` calls of ``method`` (e.g. ``messages.get``, ``batch``,
        ``*``) with ``status``; 403 takes ``reason`` (userRateLimitExceeded by default)."""
        if status == 403 and reason is None:
            reason = "userRateLimitExceeded"
        with self._lock:
            self._faults[method].append(_Fault(status, reason, retry_after, count))

    def random_faults(
        self,
        rate: float,
        *,
        seed: int = 0,
        statuses: tuple[int, ...] = (500, 503, 429),
        processed_share: float = 0.25,
    ) -> None:
        """Fail a random ``rate`` of calls, batch parts included, reproducibly from ``seed``.

        ``processed_share`` of the failures happen after the work was done (a lost
        answer); 429 and 503 carry Retry-After. ``rate=0`` turns it off.
        """
        with self._lock:
            self._random = (rate, random.Random(seed), statuses, processed_share) if rate else None

    def _random_fault(self) -> tuple[_Fault, bool] | None:
        with self._lock:
            if self._random is None:
                return None
            rate, rng, statuses, processed_share = self._random
            if rng.random() >= rate:
                return None
            self.random_faults_served += 1
            status = rng.choice(statuses)
            wait = 0.05 if status in (429, 503) else None
            return _Fault(status, None, wait, 1), rng.random() < processed_share

    def set_quota(self, units: int | None, window: float = 60.0) -> None:
        with self._lock:
            self.quota_units, self.quota_window = units, window
            self._usage.clear()

    def stats(self) -> dict[str, Stats]:
        with self._lock:
            return {k: Stats(**vars(v)) for k, v in self._stats.items()}

    def calls(self, method: str | None = None) -> int:
        """Method calls (batch parts counted one by one, the batch envelope not)."""
        stats = self.stats()
        if method is not None:
            return stats[method].calls if method in stats else 0
        return sum(s.calls for m, s in stats.items() if m != "batch")

    def units(self, method: str | None = None) -> int:
        stats = self.stats()
        if method is not None:
            return stats[method].units if method in stats else 0
        return sum(s.units for s in stats.values())

    def reset_counters(self) -> None:
        with self._lock:
            self._stats.clear()
            self.http_requests = 0
            self.quota_rejections = 0

    def _take_fault(self, method: str) -> _Fault | None:
        with self._lock:
            for key in (method, "*"):
                queue = self._faults.get(key)
                if queue and (key != "*" or method != "batch"):
                    fault = queue[0]
                    fault.left -= 1
                    if fault.left <= 0:
                        queue.pop(0)
                    return fault
        return None

    def _charge(self, units: int) -> float | None:
        """Take ``units`` from the sliding window, or return seconds until they fit."""
        if self.quota_units is None or units == 0:
            return None
        with self._lock:
            now = time.monotonic()
            while self._usage and self._usage[0][0] <= now - self.quota_window:
                self._usage.popleft()
            used = sum(u for _, u in self._usage)
            if used + units <= self.quota_units:
                self._usage.append((now, units))
                return None
            self.quota_rejections += 1
            freed, wait = used + units - self.quota_units, self.quota_window
            for at, u in self._usage:
                freed -= u
                if freed <= 0:
                    wait = at + self.quota_window - now
                    break
            return max(wait, 0.001)

    def _count(self, method: str, answer: _Answer, units: int) -> None:
        with self._lock:
            stats = self._stats[method]
            stats.calls += 1
            stats.units += units
            stats.bytes += len(answer.body)
            if answer.status < 300:
                stats.ok += 1
            else:
                stats.errors += 1

    # -- dispatch -------------------------------------------------------------------------

    def _token_ok(self, authorization: str | None) -> bool:
        if not authorization or not authorization.startswith("Bearer "):
            return False
        token = authorization[len("Bearer ") :].strip()
        with self._lock:
            expiry = self._access.get(token)
        return expiry is not None and expiry > time.time()

    def call(
        self, verb: str, target: str, body: bytes, headers: Message | dict[str, str]
    ) -> _Answer:
        """Serve one API call (a plain request or one batch part)."""
        parsed = urllib.parse.urlsplit(target)
        params = urllib.parse.parse_qs(parsed.query)
        try:
            method, args = _route(verb, parsed.path)
        except ApiError as exc:
            return _Answer.error(exc)
        answer, units = self._serve(method, args, params, body, headers)
        self._count(method, answer, units)
        return answer

    def _serve(
        self,
        method: str,
        args: list[str],
        params: dict[str, list[str]],
        body: bytes,
        headers: Message | dict[str, str],
    ) -> tuple[_Answer, int]:
        if not self._token_ok(headers.get("Authorization")):
            code, reason, status = 401, "authError", "UNAUTHENTICATED"
            exc = ApiError(code, _FAULTS[401][0], reason, status)
            return _Answer.error(exc, {"WWW-Authenticate": 'Bearer realm="local"'}), 0
        fault = self._take_fault(method)
        if fault is not None:
            return _fault_answer(fault), 0
        chance = self._random_fault()
        if chance is not None and not chance[1]:
            return _fault_answer(chance[0]), 0
        units = QUOTA_UNITS[method]
        wait = self._charge(units)
        if wait is not None:
            exc = ApiError(
                429,
                "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute per "
                "user' of service 'gmail.googleapis.com'.",
                "userRateLimitExceeded",
                "RESOURCE_EXHAUSTED",
            )
            return _Answer.error(exc, {"Retry-After": _fmt_seconds(round(wait, 3))}), 0
        try:
            if args and args[0] != "me" and args[0] != self.address:
                raise ApiError(403, "Delegation denied", "forbidden", "PERMISSION_DENIED")
            data = _METHODS[method](self, args[1:], params, body)
        except ApiError as exc:
            return _Answer.error(exc), units
        if chance is not None:  # the work is done, the answer is lost
            return _fault_answer(chance[0]), units
        if data is None:
            return _Answer(204), units
        return _Answer.json(200, data), units

    # -- methods --------------------------------------------------------------------------

    def _profile(self, args: list[str], params: dict[str, list[str]], body: bytes) -> Any:
        box = self.mailbox
        with box.lock:
            total = len(box.messages)
            threads = len({m.thread_id for m in box.messages.values()})
            return {
                "emailAddress": self.address,
                "messagesTotal": total,
                "threadsTotal": threads,
                "historyId": str(box.history_id),
            }

    def _messages_list(self, args: list[str], params: dict[str, list[str]], body: bytes) -> Any:
        found = self.mailbox.search(
            _one(params, "q", ""),
            label_ids=params.get("labelIds", []),
            spam_trash=_one(params, "includeSpamTrash", "false") == "true",
        )
        page, token = _page(found, params, default=100, cap=500)
        out: dict[str, Any] = {"resultSizeEstimate": len(page)}
        if page:
            out["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
        if token:
            out["nextPageToken"] = token
        return out

    def _messages_get(self, args: list[str], params: dict[str, list[str]], body: bytes) -> Any:
        msg = self.mailbox.get(args[0])
        return message_json(msg, _one(params, "format", "full"), params.get("metadataHeaders", []))

    def _history_list(self, args: list[str], params: dict[str, list[str]], body: bytes) -> Any:
        start = _one(params, "startHistoryId", "")
        if not start.isdigit():
            raise bad_request("Invalid startHistoryId")
        types = set(params.get("historyTypes", []))
        if types - _HISTORY_TYPES.keys():
            raise bad_request(f"Invalid value for historyTypes: {sorted(types)}")
        kinds = {_HISTORY_TYPES[t] for t in types}
        with self.mailbox.lock:
            records = self.mailbox.history_since(
                int(start), types=kinds or None, label=_one(params, "labelId", "") or None
            )
            current = self.mailbox.history_id
        page, token = _page(records, params, default=100, cap=500)
        out: dict[str, Any] = {"historyId": str(current)}
        if page:
            out["history"] = [rec.as_json() for rec in page]
        if token:
            out["nextPageToken"] = token
        return out

    def _drafts_create(self, args: list[str], params: dict[str, list[str]], body: bytes) -> Any:
        try:
            request = json.loads(body or b"{}")
            message = request["message"]
            raw = unb64url(message["raw"])
        except (ValueError, KeyError, TypeError):
            raise bad_request("Missing draft message") from None
        draft_id, msg = self.mailbox.create_draft(raw, message.get("threadId"))
        return {"id": draft_id, "message": _stub(msg)}

    def _drafts_list(self, args: list[str], params: dict[str, list[str]], body: bytes) -> Any:
        box = self.mailbox
        q = _one(params, "q", "")
        with box.lock:
            matching = {m.id for m in box.search(q, label_ids=["DRAFT"])}
            drafts = [(d, box.messages[m]) for d, m in box.drafts.items() if m in matching]
        drafts.sort(key=lambda item: item[1].internal_date, reverse=True)
        page, token = _page(drafts, params, default=100, cap=500)
        out: dict[str, Any] = {"resultSizeEstimate": len(page)}
        if page:
            out["drafts"] = [{"id": d, "message": _stub(m)} for d, m in page]
        if token:
            out["nextPageToken"] = token
        return out

    def _drafts_get(self, args: list[str], params: dict[str, list[str]], body: bytes) -> Any:
        msg = self.mailbox.draft(args[0])
        return {"id": args[0], "message": message_json(msg, _one(params, "format", "full"))}

    def _drafts_delete(self, args: list[str], params: dict[str, list[str]], body: bytes) -> Any:
        self.mailbox.delete_draft(args[0])
        return None

    def _threads_get(self, args: list[str], params: dict[str, list[str]], body: bytes) -> Any:
        members = self.mailbox.thread(args[0])
        fmt, wanted = _one(params, "format", "full"), params.get("metadataHeaders", [])
        return {
            "id": args[0],
            "historyId": str(max(m.history_id for m in members)),
            "messages": [message_json(m, fmt, wanted) for m in members],
        }

    # -- batch ----------------------------------------------------------------------------

    def batch(self, content_type: str, body: bytes, headers: Message) -> _Answer:
        """Serve ``POST /batch/gmail/v1``: each part is answered as if sent on its own."""
        fault = self._take_fault("batch")
        if fault is not None:
            answer = _fault_answer(fault)
            self._count("batch", answer, 0)
            return answer
        if not self._token_ok(headers.get("Authorization")):
            exc = ApiError(401, _FAULTS[401][0], "authError", "UNAUTHENTICATED")
            return _Answer.error(exc)
        envelope = email.message_from_bytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body, policy=email.policy.compat32
        )
        parts = envelope.get_payload() if envelope.is_multipart() else None
        if not isinstance(parts, list) or not parts:
            return _Answer.error(bad_request("Batch request has no parts"))
        if len(parts) > _MAX_BATCH:
            return _Answer.error(bad_request(f"Too many requests in batch (max {_MAX_BATCH})"))
        boundary = "batch_" + secrets.token_hex(12)
        out: list[bytes] = []
        for part in parts:
            assert isinstance(part, Message)
            content_id = str(part.get("Content-ID", "")).strip()
            answer = self._batch_part(str(part.get_payload()), headers)
            response_id = "<response-" + content_id[1:] if content_id.startswith("<") else ""
            lines = [f"HTTP/1.1 {answer.status} {_REASONS.get(answer.status, 'Error')}"]
            lines += [f"{k}: {v}" for k, v in answer.headers.items()]
            lines += [f"Content-Length: {len(answer.body)}"]
            head = (
                f"--{boundary}\r\nContent-Type: application/http\r\n"
                f"Content-ID: {response_id}\r\n\r\n" + "\r\n".join(lines) + "\r\n\r\n"
            )
            out.append(head.encode() + answer.body + b"\r\n")
        out.append(f"--{boundary}--\r\n".encode())
        answer = _Answer(
            200, b"".join(out), {"Content-Type": f"multipart/mixed; boundary={boundary}"}
        )
        self._count("batch", answer, 0)
        return answer

    def _batch_part(self, text: str, outer: Message) -> _Answer:
        head, _, body = text.replace("\r\n", "\n").partition("\n\n")
        request_line, _, header_text = head.partition("\n")
        try:
            verb, target, _ = request_line.split(" ", 2)
        except ValueError:
            return _Answer.error(bad_request("Malformed batch part"))
        inner = email.message_from_string(header_text + "\n\n", policy=email.policy.compat32)
        if inner.get("Authorization") is None and outer.get("Authorization"):
            inner["Authorization"] = str(outer["Authorization"])
        return self.call(verb, target, body.encode(), inner)


_METHODS: dict[str, Any] = {
    "getProfile": GmailServer._profile,
    "messages.list": GmailServer._messages_list,
    "messages.get": GmailServer._messages_get,
    "history.list": GmailServer._history_list,
    "drafts.create": GmailServer._drafts_create,
    "drafts.list": GmailServer._drafts_list,
    "drafts.get": GmailServer._drafts_get,
    "drafts.delete": GmailServer._drafts_delete,
    "threads.get": GmailServer._threads_get,
}
_ROUTES = {
    ("GET", "profile", 0): "getProfile",
    ("GET", "messages", 0): "messages.list",
    ("GET", "messages", 1): "messages.get",
    ("GET", "history", 0): "history.list",
    ("POST", "drafts", 0): "drafts.create",
    ("GET", "drafts", 0): "drafts.list",
    ("GET", "drafts", 1): "drafts.get",
    ("DELETE", "drafts", 1): "drafts.delete",
    ("GET", "threads", 1): "threads.get",
}
_HISTORY_TYPES = {
    "messageAdded": "messagesAdded",
    "messageDeleted": "messagesDeleted",
    "labelAdded": "labelsAdded",
    "labelRemoved": "labelsRemoved",
}
_REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 401: "Unauthorized"}
_REASONS |= {403: "Forbidden", 404: "Not Found", 429: "Too Many Requests"}
_REASONS |= {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def _route(verb: str, path: str) -> tuple[str, list[str]]:
    if not path.startswith(_PREFIX):
        raise not_found(f"No such method: {path}")
    pieces = [urllib.parse.unquote(p) for p in path[len(_PREFIX) :].split("/")]
    if len(pieces) < 2:
        raise not_found(f"No such method: {path}")
    user, collection, rest = pieces[0], pieces[1], pieces[2:]
    method = _ROUTES.get((verb, collection, len(rest)))
    if method is None:
        raise not_found(f"No such method: {verb} {path}")
    return method, [user, *rest]


def _one(params: dict[str, list[str]], key: str, default: str) -> str:
    values = params.get(key)
    return values[0] if values else default


def _page(
    items: list[Any], params: dict[str, list[str]], *, default: int, cap: int
) -> tuple[list[Any], str | None]:
    size = _one(params, "maxResults", str(default))
    if not size.isdigit() or int(size) < 1:
        raise bad_request("Invalid maxResults")
    token = _one(params, "pageToken", "0")
    if not token.isdigit():
        raise bad_request("Invalid pageToken")
    start, size_n = int(token), min(int(size), cap)
    page = items[start : start + size_n]
    more = start + size_n < len(items)
    return page, str(start + size_n) if more else None


def _stub(msg: StoredMessage) -> dict[str, Any]:
    return {"id": msg.id, "threadId": msg.thread_id, "labelIds": sorted(msg.labels)}


def _fault_answer(fault: _Fault) -> _Answer:
    headers = {"Retry-After": _fmt_seconds(fault.retry_after)} if fault.retry_after else {}
    if fault.status == 403:
        reason = fault.reason or "userRateLimitExceeded"
        text = "User-rate limit exceeded." if reason.startswith("user") else "Rate limit exceeded."
        return _Answer.error(ApiError(403, text, reason, "PERMISSION_DENIED"), headers)
    message, reason, status = _FAULTS.get(fault.status, _FAULTS[500])
    return _Answer.error(ApiError(fault.status, message, fault.reason or reason, status), headers)


class _Handler(BaseHTTPRequestHandler):
    gmail: GmailServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("gmail-server: " + format, *args)

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(self, answer: _Answer) -> None:
        self.send_response(answer.status)
        for key, value in answer.headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    def _dispatch(self, verb: str) -> None:
        server = self.gmail
        with server._lock:
            server.http_requests += 1
        body = self._body()
        path = urllib.parse.urlsplit(self.path).path
        if path == "/token" and verb == "POST":
            self._send(_token(server, body, self.headers.get("Authorization")))
        elif path == "/o/oauth2/auth" and verb == "GET":
            self._authorize()
        elif path == "/batch/gmail/v1" and verb == "POST":
            content_type = self.headers.get("Content-Type", "")
            self._send(server.batch(content_type, body, self.headers))
        else:
            self._send(server.call(verb, self.path, body, self.headers))

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def _authorize(self) -> None:
        """The consent screen, already agreed to: redirect back with a code."""
        server = self.gmail
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
        redirect = query.get("redirect_uri", "")
        if query.get("client_id") != server.client_id or not redirect.startswith("http://"):
            self._send(_Answer(400, b"invalid_request"))
            return
        code = "4/local-" + secrets.token_urlsafe(16)
        scopes = tuple(query.get("scope", "").split())
        with server._lock:
            server._codes[code] = (redirect, scopes)
        back = {"code": code, "scope": " ".join(scopes)}
        if "state" in query:
            back["state"] = query["state"]
        location = redirect + ("&" if "?" in redirect else "?") + urllib.parse.urlencode(back)
        self._send(_Answer(302, b"", {"Location": location}))


def _token(server: GmailServer, body: bytes, authorization: str | None) -> _Answer:
    """The OAuth token endpoint (RFC 6749 sections 4.1.3 and 6); the client authenticates
    in the form (client_secret_post) or with HTTP Basic (client_secret_basic)."""
    form = dict(urllib.parse.parse_qsl(body.decode("utf-8", "replace")))
    if authorization and authorization.startswith("Basic "):
        try:
            pair = base64.b64decode(authorization[6:]).decode()
        except ValueError:
            pair = ":"
        client_id, _, secret = pair.partition(":")
        form.setdefault("client_id", urllib.parse.unquote_plus(client_id))
        form.setdefault("client_secret", urllib.parse.unquote_plus(secret))
    with server._lock:
        server.token_requests += 1

    def error(code: str, description: str, status: int = 400) -> _Answer:
        return _Answer.json(status, {"error": code, "error_description": description})

    if form.get("client_id") != server.client_id or form.get("client_secret") != (
        server.client_secret
    ):
        return error("invalid_client", "The OAuth client was not found.", 401)
    grant = form.get("grant_type")
    refresh: str | None = None
    if grant == "authorization_code":
        with server._lock:
            entry = server._codes.pop(form.get("code", ""), None)
        if entry is None or entry[0] != form.get("redirect_uri"):
            return error("invalid_grant", "Malformed auth code.")
        scopes = entry[1]
        refresh = server.issue_refresh_token(scopes)
    elif grant == "refresh_token":
        token = form.get("refresh_token", "")
        with server._lock:
            known = server._refresh.get(token)
            revoked = token in server._revoked
        if known is None or revoked:
            return error("invalid_grant", "Token has been expired or revoked.")
        scopes = known
    else:
        return error("unsupported_grant_type", f"Invalid grant_type: {grant}")
    access, _ = server.issue_access_token()
    data: dict[str, Any] = {
        "access_token": access,
        "expires_in": server.access_token_ttl,
        "scope": " ".join(scopes),
        "token_type": "Bearer",
    }
    if refresh is not None:
        data["refresh_token"] = refresh
    return _Answer.json(200, data, {"Cache-Control": "no-store"})
