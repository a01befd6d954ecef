"""A local Microsoft Graph and identity server over TLS, for the Outlook tests and demo.

It speaks the v1.0 shapes :mod:`followthrough.providers.outlook` uses, over HTTPS on
127.0.0.1 with a CA made on the spot (MSAL accepts only https authorities):

- message delta per folder (https://learn.microsoft.com/graph/api/message-delta,
  https://learn.microsoft.com/graph/delta-query-messages): ``$select``, ``changeType``,
  ``Prefer: odata.maxpagesize``, ``@odata.nextLink``/``@odata.deltaLink`` paging and
  ``@removed``; an expired state answers 410 with a ``Location`` header (or, in
  ``expiry_status=400`` mode, a 400 ``syncStateNotFound``);
- message get and ``$value`` (MIME), ``$filter`` on internetMessageId/conversationId,
  createReply (https://learn.microsoft.com/graph/api/message-createreply), POST, PATCH
  and DELETE (which moves to Deleted Items, as Outlook does); ids stay the same when a
  message moves (https://learn.microsoft.com/graph/outlook-immutable-id);
- the identity endpoints MSAL calls with ``instance_discovery=False``:
  ``{authority}/v2.0/.well-known/openid-configuration``, ``/oauth2/v2.0/devicecode``,
  ``/oauth2/v2.0/token`` (device code, authorization code and refresh token grants,
  ``invalid_grant``) and ``/oauth2/v2.0/authorize`` (answers with the code, as a
  self-submitting form when asked for ``response_mode=form_post``, which msal does);
- per-endpoint counters, the most concurrent Graph requests seen, and fault injection
  (any status, ``Retry-After``, a dropped connection, optionally after doing the work).
"""

from __future__ import annotations

import base64
import datetime as dt
import email.policy
import html
import ipaddress
import itertools
import json
import random
import re
import secrets
import ssl
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime, getaddresses, parseaddr
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, parse_qsl, unquote, urlencode, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.servers.quiet import QuietHTTPServer

__all__ = ["Fault", "GraphServer", "make_ca"]

CLIENT_ID = "00000000-0000-0000-0000-00000000f00d"
FOLDERS = ("inbox", "sentitems", "drafts", "deleteditems")
_FILTER_RE = re.compile(r"(\w+) eq '((?:[^']|'')*)'")


def make_ca(directory: Path) -> tuple[Path, Path, Path]:
    """Write a CA and a server certificate for 127.0.0.1 and localhost.

    :returns: paths of the CA certificate (for REQUESTS_CA_BUNDLE), the server
        certificate and the server key, all PEM.
    """
    directory.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "followthrough test CA")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    san = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(san), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = (directory / n for n in ("ca.pem", "server.pem", "key.pem"))
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)
    return ca_path, cert_path, key_path


@dataclass
class Fault:
    """One injected failure: ``status`` 0 drops the connection without an answer."""

    status: int
    retry_after: float | None = None
    processed: bool = False  # do the work first, then fail (a lost response)


@dataclass
class FakeMessage:
    id: str
    folder: str
    conversation_id: str
    internet_message_id: str  # with angle brackets, as Graph shows it
    subject: str
    sender: tuple[str, str]
    to: list[tuple[str, str]]
    received: dt.datetime
    raw: bytes | None = None  # delivered mail; drafts are composed on demand
    is_draft: bool = False
    body: str = ""
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)


@dataclass
class _DeltaState:
    folder: str
    seq: int
    select: list[str]
    change_type: str | None
    pending: list[tuple[str, str]] = field(default_factory=list)  # (kind, id) still to page


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _iso(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _recipients(people: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [{"emailAddress": {"name": n, "address": a}} for n, a in people]


def _people(value: Any) -> list[tuple[str, str]]:
    out = []
    for item in value or []:
        addr = item.get("emailAddress", {})
        out.append((str(addr.get("name", "")), str(addr.get("address", ""))))
    return out


class GraphServer:
    """The fake: a stateful mailbox, an identity provider and a TLS HTTP server.

    :param directory: where the CA and server certificate are written.
    :param owner: the mailbox owner's (name, address).
    :param client_id: the only client id the token endpoint accepts.
    :param tenant: the tenant segment of :attr:`authority`.
    """

    def __init__(
        self,
        directory: Path,
        *,
        owner: tuple[str, str] = ("Sam Lee", "sam.lee@example.com"),
        client_id: str = CLIENT_ID,
        tenant: str = "common",
    ) -> None:
        self.ca_path, cert, key = make_ca(directory)
        self.owner = owner
        self.client_id = client_id
        self.tenant = tenant
        self.lock = threading.RLock()
        self.counts: Counter[str] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self.access_token_lifetime = 3600
        self.latency = 0.002  # seconds each Graph call takes, so overlapping calls are seen
        self.device_approved = True
        self.expiry_status = 410
        self.scopes_requested: list[list[str]] = []
        self.request_log: deque[tuple[str, str, str]] = deque(maxlen=2000)  # method, path, Prefer
        self._faults: dict[str, deque[Fault]] = {}
        self._skips: dict[str, int] = {}
        self._random: tuple[float, random.Random, tuple[int, ...], float] | None = None
        self.random_faults_served = 0
        self._access: dict[str, float] = {}
        self._refresh: set[str] = set()
        self._codes: dict[str, str] = {}  # authorization code -> the nonce it came with
        self._ids = itertools.count(1)
        self.reset_mailbox()
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        self._httpd = QuietHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self._httpd.socket = ctx.wrap_socket(self._httpd.socket, server_side=True)
        self.port = self._httpd.server_address[1]
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    @property
    def authority(self) -> str:
        return f"{self.base_url}/{self.tenant}"

    @property
    def graph_endpoint(self) -> str:
        return f"{self.base_url}/v1.0"

    def outlook_config(self, token_cache: Path) -> dict[str, str]:
        """The ``[outlook]`` table that points followthrough at this server."""
        return {
            "client_id": self.client_id,
            "authority": self.authority,
            "graph_endpoint": self.graph_endpoint,
            "token_cache": str(token_cache),
        }

    def start(self) -> GraphServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> GraphServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- mailbox: what the outside world does -------------------------------------------------

    def reset_mailbox(self) -> None:
        """Empty every folder and forget every delta state (tokens stay valid)."""
        with self.lock:
            self.messages: dict[str, FakeMessage] = {}
            self._seq = itertools.count(1)
            self._log: dict[str, list[tuple[int, str, str]]] = {f: [] for f in FOLDERS}
            self._delta: dict[str, _DeltaState] = {}
            self._faults.clear()
            self._skips.clear()
            self.counts.clear()
            self.expiry_status = 410
            self.max_in_flight = 0
            self.latency = 0.002

    def _new_id(self) -> str:
        return f"AAMk{next(self._ids):06d}{secrets.token_urlsafe(12)}="

    def _enter(self, msg: FakeMessage, folder: str) -> None:
        if msg.folder in self._log and msg.id in self.messages:
            self._log[msg.folder].append((next(self._seq), "removed", msg.id))
        msg.folder = folder
        self.messages[msg.id] = msg
        self._log[folder].append((next(self._seq), "created", msg.id))

    def _conversation_for(self, ids: list[str]) -> str:
        wanted = set(ids)
        for msg in self.messages.values():
            if msg.internet_message_id.strip("<>") in wanted:
                return msg.conversation_id
        return "AAQk" + secrets.token_urlsafe(16)

    def deliver(self, raw: bytes, folder: str = "inbox", *, at: dt.datetime | None = None) -> str:
        """Put raw RFC 5322 bytes in ``inbox`` or ``sentitems``; returns the Graph id."""
        headers = BytesHeaderParser(policy=email.policy.default).parsebytes(raw)
        refs = str(headers.get("References", "")).split()
        irt = str(headers.get("In-Reply-To", "")).strip() or None
        chain = [r.strip("<>") for r in [*refs, *([irt] if irt else [])]]
        mid = str(headers.get("Message-ID", "")).strip() or f"<{secrets.token_hex(8)}@fake>"
        with self.lock:
            msg = FakeMessage(
                id=self._new_id(),
                folder=folder,
                conversation_id=self._conversation_for(chain),
                internet_message_id=mid,
                subject=str(headers.get("Subject", "")),
                sender=parseaddr(str(headers.get("From", ""))),
                to=getaddresses([str(v) for v in headers.get_all("To", [])]),
                received=at or dt.datetime.now(dt.UTC),
                raw=raw,
                in_reply_to=irt,
                references=refs,
            )
            self._enter(msg, folder)
            return msg.id

    def user_sends_draft(
        self, draft_id: str, *, keep_id: bool = True, new_message_id: bool = False
    ) -> str:
        """What Outlook does when the user sends a draft: it lands in Sent Items.

        :param keep_id: the sent copy keeps the draft's (immutable) id; False gives it a
            new id, as a client without immutable ids would see.
        :param new_message_id: the sending client assigns a new Message-ID.
        """
        with self.lock:
            msg = self.messages[draft_id]
            if new_message_id:
                msg.internet_message_id = f"<{secrets.token_hex(8)}@outlook.example>"
            msg.raw = self.draft_mime(draft_id)
            msg.is_draft = False
            msg.received = dt.datetime.now(dt.UTC)
            if not keep_id:
                self._log[msg.folder].append((next(self._seq), "removed", msg.id))
                del self.messages[msg.id]
                msg.id = self._new_id()
                msg.folder = "gone"
            self._enter(msg, "sentitems")
            return msg.id

    def user_deletes(self, message_id: str, *, hard: bool = False) -> None:
        """Delete like Outlook: to Deleted Items, or for good from there (or ``hard``)."""
        with self.lock:
            msg = self.messages.get(message_id)
            if msg is None:
                return
            if hard or msg.folder == "deleteditems":
                self._log[msg.folder].append((next(self._seq), "removed", msg.id))
                del self.messages[msg.id]
            else:
                self._enter(msg, "deleteditems")

    def in_folder(self, folder: str) -> list[FakeMessage]:
        with self.lock:
            return [m for m in self.messages.values() if m.folder == folder]

    def draft_mime(self, draft_id: str) -> bytes:
        """The MIME a draft would be sent as (From, To, Subject, ids, text body)."""
        msg = self.messages[draft_id]
        if msg.raw is not None and not msg.is_draft:
            return msg.raw
        out = EmailMessage(policy=email.policy.default)
        out["From"] = f"{self.owner[0]} <{self.owner[1]}>"
        if msg.to:
            out["To"] = ", ".join(f"{n} <{a}>" if n else a for n, a in msg.to)
        out["Subject"] = msg.subject
        out["Date"] = format_datetime(msg.received)
        out["Message-ID"] = msg.internet_message_id
        if msg.in_reply_to:
            out["In-Reply-To"] = msg.in_reply_to
        if msg.references:
            out["References"] = " ".join(msg.references)
        out.set_content(msg.body)
        return out.as_bytes()

    # -- delta state ------------------------------------------------------------------------------

    def expire_delta(self, folder: str | None = None) -> None:
        """Forget delta states (all, or one folder's): their links now answer 410."""
        with self.lock:
            for token, state in list(self._delta.items()):
                if folder is None or state.folder == folder:
                    del self._delta[token]

    # -- tokens -----------------------------------------------------------------------------------

    def revoke_access_tokens(self) -> None:
        with self.lock:
            self._access.clear()

    def revoke_refresh_tokens(self) -> None:
        with self.lock:
            self._refresh.clear()

    def issue_tokens(self, *, nonce: str | None = None) -> dict[str, Any]:
        """A token response as Entra ID gives it, with id_token and client_info."""
        now = int(time.time())
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        with self.lock:
            self._access[access] = now + self.access_token_lifetime
            self._refresh.add(refresh)
        claims = {
            "iss": f"{self.base_url}/tid-1/v2.0",
            "sub": "sub-1",
            "aud": self.client_id,
            "iat": now,
            "exp": now + 3600,
            "oid": "uid-1",
            "tid": "tid-1",
            "name": self.owner[0],
            "preferred_username": self.owner[1],
        }
        if nonce:
            claims["nonce"] = nonce
        id_token = ".".join(
            [_b64url(b'{"alg":"none","typ":"JWT"}'), _b64url(json.dumps(claims).encode()), ""]
        )
        return {
            "token_type": "Bearer",
            "scope": "Mail.ReadWrite openid profile email",
            "expires_in": self.access_token_lifetime,
            "ext_expires_in": self.access_token_lifetime,
            "access_token": access,
            "refresh_token": refresh,
            "id_token": id_token,
            "client_info": _b64url(json.dumps({"uid": "uid-1", "utid": "tid-1"}).encode()),
        }

    def token_valid(self, token: str) -> bool:
        with self.lock:
            expires = self._access.get(token)
        return expires is not None and expires > time.time()

    # -- faults and counters ----------------------------------------------------------------------

    def fail(
        self,
        endpoint: str,
        status: int,
        *,
        times: int = 1,
        retry_after: float | None = None,
        processed: bool = False,
        skip: int = 0,
    ) -> None:
        """Make ``times`` calls of ``endpoint`` fail, after letting ``skip`` calls through.

        Endpoint names are those of :attr:`counts` (``delta:inbox``, ``message:value``,
        ``message:createReply``, ``id:token``...).
        """
        with self.lock:
            queue = self._faults.setdefault(endpoint, deque())
            queue.extend(Fault(status, retry_after, processed) for _ in range(times))
            self._skips[endpoint] = self._skips.get(endpoint, 0) + skip

    def reset_faults(self) -> None:
        with self.lock:
            self._faults.clear()
            self._skips.clear()
            self._random = None

    def random_faults(
        self,
        rate: float,
        *,
        seed: int = 0,
        statuses: tuple[int, ...] = (500, 503, 429),
        processed_share: float = 0.25,
    ) -> None:
        """Fail a random ``rate`` of all calls (identity ones too), reproducibly from ``seed``.

        ``processed_share`` of those do the work first and lose the answer, as a proxy
        timing out after Graph made the draft does. A 429 or 503 carries Retry-After.
        """
        with self.lock:
            self._random = (rate, random.Random(seed), statuses, processed_share) if rate else None

    def take_fault(self, endpoint: str) -> Fault | None:
        with self.lock:
            queue = self._faults.get(endpoint)
            if not queue and self._random is not None:
                rate, rng, statuses, processed_share = self._random
                if rng.random() < rate:
                    self.random_faults_served += 1
                    status = rng.choice(statuses)
                    wait = 0.05 if status in (429, 503) else None
                    return Fault(status, wait, rng.random() < processed_share)
                return None
            if not queue:
                return None
            if self._skips.get(endpoint, 0) > 0:
                self._skips[endpoint] -= 1
                return None
            return queue.popleft()

    def graph_requests(self) -> int:
        """Graph calls counted so far (identity endpoints excluded)."""
        with self.lock:
            return sum(n for k, n in self.counts.items() if not k.startswith("id:"))

    # -- Graph views used by the handler ----------------------------------------------------------

    def resolve_folder(self, name: str) -> str | None:
        low = name.lower()
        if low in FOLDERS:
            return low
        for folder in FOLDERS:
            if name == self.folder_id(folder):
                return folder
        return None

    @staticmethod
    def folder_id(folder: str) -> str:
        return "AQMkFolder-" + folder

    def to_json(self, msg: FakeMessage, select: list[str] | None = None) -> dict[str, Any]:
        full: dict[str, Any] = {
            "id": msg.id,
            "conversationId": msg.conversation_id,
            "internetMessageId": msg.internet_message_id,
            "subject": msg.subject,
            "isDraft": msg.is_draft,
            "parentFolderId": self.folder_id(msg.folder),
            "receivedDateTime": _iso(msg.received),
            "sentDateTime": _iso(msg.received),
            "createdDateTime": _iso(msg.received),
            "from": {"emailAddress": {"name": msg.sender[0], "address": msg.sender[1]}},
            "toRecipients": _recipients(msg.to),
            "body": {"contentType": "text", "content": msg.body},
        }
        if not select:
            return full
        return {k: v for k, v in full.items() if k == "id" or k in select}

    def delta_page(
        self, folder: str, query: dict[str, str], page_size: int
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        """Answer one delta request: (status, body, extra headers)."""
        # Links name the folder by id, as the delta documentation's examples do:
        # .../me/mailfolders('AQMk...')/messages/delta?$deltatoken=...
        base = f"{self.graph_endpoint}/me/mailfolders('{self.folder_id(folder)}')/messages/delta"
        with self.lock:
            token = query.get("$deltatoken") or query.get("$skiptoken")
            if token is not None:
                state = self._delta.pop(token, None)
                if state is None or state.folder != folder:
                    return self._sync_state_gone(base)
                if "$deltatoken" in query:
                    state.pending = self._changes_since(state)
                    state.seq = self._last_seq(folder)
            else:
                select = [s for s in query.get("$select", "").split(",") if s]
                state = _DeltaState(folder, self._last_seq(folder), select, query.get("changeType"))
                current = sorted(
                    (m for m in self.messages.values() if m.folder == folder),
                    key=lambda m: m.received,
                )
                state.pending = [("created", m.id) for m in current]
            page, state.pending = state.pending[:page_size], state.pending[page_size:]
            values: list[dict[str, Any]] = []
            for kind, mid in page:
                msg = self.messages.get(mid)
                if kind == "removed" or msg is None or msg.folder != folder:
                    values.append({"@removed": {"reason": "deleted"}, "id": mid})
                else:
                    values.append(self.to_json(msg, state.select))
            new_token = secrets.token_urlsafe(16)
            self._delta[new_token] = state
            body: dict[str, Any] = {"@odata.context": f"{base}/$metadata", "value": values}
            if state.pending:
                body["@odata.nextLink"] = f"{base}?$skiptoken={new_token}"  # as documented:
            else:  # a literal "$", the token url-safe
                body["@odata.deltaLink"] = f"{base}?$deltatoken={new_token}"
            return 200, body, {}

    def _sync_state_gone(self, base: str) -> tuple[int, dict[str, Any], dict[str, str]]:
        error = {"error": {"code": "syncStateNotFound", "message": "The sync state is gone."}}
        if self.expiry_status == 410:
            error["error"]["code"] = "resyncRequired"
            return 410, error, {"Location": base}
        return self.expiry_status, error, {}

    def _last_seq(self, folder: str) -> int:
        log = self._log[folder]
        return log[-1][0] if log else 0

    def _changes_since(self, state: _DeltaState) -> list[tuple[str, str]]:
        """(kind, id) for each message that changed since ``state``; the last change wins."""
        latest: dict[str, str] = {}
        for seq, kind, mid in self._log[state.folder]:
            if seq > state.seq:
                latest[mid] = kind
        changes = [(kind, mid) for mid, kind in latest.items()]
        if state.change_type == "created":
            changes = [(kind, mid) for kind, mid in changes if kind == "created"]
        return changes

    def search(self, folder: str | None, filter_: str) -> list[FakeMessage]:
        """``$filter`` with ``prop eq 'value'`` terms joined by ``and``."""
        terms = {k: v.replace("''", "'") for k, v in _FILTER_RE.findall(filter_)}
        props = {"internetMessageId": "internet_message_id", "conversationId": "conversation_id"}
        with self.lock:
            found = []
            for msg in self.messages.values():
                if folder is not None and msg.folder != folder:
                    continue
                if all(getattr(msg, props.get(k, "id")) == v for k, v in terms.items()):
                    found.append(msg)
            return found

    def create_reply(self, parent_id: str, body: dict[str, Any]) -> FakeMessage | None:
        with self.lock:
            parent = self.messages.get(parent_id)
            if parent is None:
                return None
            sender = parent.sender
            draft = FakeMessage(
                id=self._new_id(),
                folder="drafts",
                conversation_id=parent.conversation_id,
                internet_message_id=f"<{secrets.token_hex(12)}@outlook.example>",
                subject="RE: " + parent.subject,
                sender=self.owner,
                to=[sender] if sender[1] else [],
                received=dt.datetime.now(dt.UTC),
                is_draft=True,
                body=str(body.get("comment", "")) + "\n\n-----Original Message-----\n",
                in_reply_to=parent.internet_message_id,
                references=[*parent.references, parent.internet_message_id],
            )
            self.apply_patch(draft, body.get("message") or {})
            self._enter(draft, "drafts")
            return draft

    def create_draft(self, body: dict[str, Any]) -> FakeMessage:
        with self.lock:
            draft = FakeMessage(
                id=self._new_id(),
                folder="drafts",
                conversation_id="AAQk" + secrets.token_urlsafe(16),
                internet_message_id=f"<{secrets.token_hex(12)}@outlook.example>",
                subject="",
                sender=self.owner,
                to=[],
                received=dt.datetime.now(dt.UTC),
                is_draft=True,
            )
            self.apply_patch(draft, body)
            self._enter(draft, "drafts")
            return draft

    @staticmethod
    def apply_patch(msg: FakeMessage, patch: dict[str, Any]) -> str | None:
        """Apply writable properties; returns an error message for a read-only one."""
        for key, value in patch.items():
            if key == "subject":
                msg.subject = str(value)
            elif key == "body":
                msg.body = str(value.get("content", ""))
            elif key == "toRecipients":
                msg.to = _people(value)
            elif key in ("ccRecipients", "bccRecipients"):
                continue
            elif key == "internetMessageId":
                if not msg.is_draft:
                    return "internetMessageId is updatable only if isDraft is true"
                msg.internet_message_id = str(value)
            else:
                return f"property {key} is not writable here"
        return None


# -- HTTP ------------------------------------------------------------------------------------------


def _graph_route(method: str, parts: list[str]) -> tuple[str, dict[str, str]] | None:
    """Map ``/v1.0/me/...`` path parts to an endpoint name and its parameters."""
    if parts[:2] != ["v1.0", "me"]:
        return None
    rest: list[str] = []
    for part in parts[2:]:  # mailfolders('id') is the key form of mailFolders/id
        keyed = re.fullmatch(r"(?i)mailfolders\('([^']*)'\)", part)
        if keyed is not None:
            rest += ["mailFolders", keyed.group(1)]
        else:
            rest.append("mailFolders" if part.lower() == "mailfolders" else part)
    match method, rest:
        case "GET", ["mailFolders", folder, "messages", "delta"]:
            name = folder.removeprefix("AQMkFolder-").lower()
            return "delta:" + name, {"folder": folder}
        case "GET", ["mailFolders", folder]:
            return "folder:get", {"folder": folder}
        case "GET", ["mailFolders", folder, "messages"]:
            return "folder:list", {"folder": folder}
        case "GET", ["messages"]:
            return "messages:list", {}
        case "POST", ["messages"]:
            return "messages:create", {}
        case "GET", ["messages", mid]:
            return "message:get", {"id": mid}
        case "GET", ["messages", mid, "$value"]:
            return "message:value", {"id": mid}
        case "POST", ["messages", mid, "createReply"]:
            return "message:createReply", {"id": mid}
        case "PATCH", ["messages", mid]:
            return "message:patch", {"id": mid}
        case "DELETE", ["messages", mid]:
            return "message:delete", {"id": mid}
    return None


def _make_handler(server: GraphServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_GET(self) -> None:
            self._dispatch("GET")

        def do_POST(self) -> None:
            self._dispatch("POST")

        def do_PATCH(self) -> None:
            self._dispatch("PATCH")

        def do_DELETE(self) -> None:
            self._dispatch("DELETE")

        # -- plumbing ------------------------------------------------------------------------

        def _body(self) -> bytes:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else b""

        def _send(
            self,
            status: int,
            body: dict[str, Any] | bytes | None = None,
            headers: dict[str, str] | None = None,
            content_type: str = "application/json",
        ) -> None:
            data = json.dumps(body).encode() if isinstance(body, dict) else (body or b"")
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if data:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, code: str, message: str) -> None:
            self._send(status, {"error": {"code": code, "message": message}})

        def _fault(self, fault: Fault) -> None:
            if fault.status == 0:
                self.close_connection = True
                self.connection.shutdown(2)
                return
            headers = {}
            if fault.retry_after is not None:
                headers["Retry-After"] = f"{fault.retry_after:g}"
            error = {"error": {"code": "injectedFault", "message": "injected by the test"}}
            self._send(fault.status, error, headers)

        def _dispatch(self, method: str) -> None:
            url = urlsplit(self.path)
            parts = [unquote(p) for p in url.path.split("/") if p]
            query = dict(parse_qsl(url.query, keep_blank_values=True))
            body = self._body()
            server.request_log.append((method, self.path, self.headers.get("Prefer", "")))
            if parts and parts[0] == "v1.0":
                self._graph(method, parts, query, body)
            else:
                self._identity(method, parts, query, body)

        # -- identity ------------------------------------------------------------------------

        def _identity(
            self, method: str, parts: list[str], query: dict[str, str], body: bytes
        ) -> None:
            if len(parts) < 2 or parts[0] != server.tenant:
                self._send(404, {"error": "not_found"})
                return
            tail = "/".join(parts[1:])
            name = "id:" + tail.rsplit("/", 1)[-1]
            with server.lock:
                server.counts[name] += 1
            fault = server.take_fault(name)
            if fault is not None:
                self._fault(fault)
                return
            root = server.authority
            if method == "GET" and tail == "v2.0/.well-known/openid-configuration":
                self._send(
                    200,
                    {
                        "issuer": f"{server.base_url}/{{tenantid}}/v2.0",
                        "authorization_endpoint": f"{root}/oauth2/v2.0/authorize",
                        "token_endpoint": f"{root}/oauth2/v2.0/token",
                        "device_authorization_endpoint": f"{root}/oauth2/v2.0/devicecode",
                        "response_types_supported": ["code"],
                    },
                )
            elif method == "GET" and tail == "oauth2/v2.0/authorize":
                code = secrets.token_urlsafe(16)
                with server.lock:
                    server._codes[code] = query.get("nonce", "")
                target = query.get("redirect_uri", "")
                fields = {"code": code, "state": query.get("state", "")}
                if query.get("response_mode") == "form_post":  # what msal asks for
                    inputs = "".join(
                        f'<input type="hidden" name="{k}" value="{html.escape(v)}">'
                        for k, v in fields.items()
                    )
                    page = (
                        f'<html><body onload="document.forms[0].submit()"><form method="post" '
                        f'action="{html.escape(target)}">{inputs}</form></body></html>'
                    )
                    self._send(200, page.encode(), content_type="text/html")
                else:
                    self._send(302, headers={"Location": f"{target}?{urlencode(fields)}"})
            elif method == "POST" and tail == "oauth2/v2.0/devicecode":
                form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
                server.scopes_requested.append(form.get("scope", "").split())
                code = secrets.token_hex(4).upper()
                self._send(
                    200,
                    {
                        "device_code": "dc-" + secrets.token_urlsafe(16),
                        "user_code": code,
                        "verification_uri": f"{server.base_url}/devicelogin",
                        "expires_in": 900,
                        "interval": 1,
                        "message": f"To sign in, use a web browser to open the page "
                        f"{server.base_url}/devicelogin and enter the code {code} to "
                        "authenticate.",
                    },
                )
            elif method == "POST" and tail == "oauth2/v2.0/token":
                self._token({k: v[0] for k, v in parse_qs(body.decode()).items()})
            else:
                self._send(404, {"error": "not_found"})

        def _token(self, form: dict[str, str]) -> None:
            if form.get("client_id") != server.client_id:
                self._send(400, {"error": "unauthorized_client", "error_description": "bad id"})
                return
            grant = form.get("grant_type", "")
            if "scope" in form:
                server.scopes_requested.append(form["scope"].split())
            if grant == "urn:ietf:params:oauth:grant-type:device_code":
                if not server.device_approved:
                    self._send(400, {"error": "authorization_pending"})
                    return
            elif grant == "authorization_code":
                with server.lock:
                    nonce = server._codes.pop(form.get("code", ""), None)
                if nonce is None:
                    self._send(400, {"error": "invalid_grant"})
                    return
                self._send(200, server.issue_tokens(nonce=nonce or None))
                return
            elif grant == "refresh_token":
                with server.lock:
                    known = form.get("refresh_token") in server._refresh
                    server._refresh.discard(form.get("refresh_token", ""))
                if not known:
                    self._send(
                        400,
                        {
                            "error": "invalid_grant",
                            "error_description": "AADSTS70000: The refresh token was "
                            "revoked.\r\nTrace ID: 0\r\nCorrelation ID: 0",
                            "error_codes": [70000],
                            "suberror": "bad_token",
                        },
                    )
                    return
            else:
                self._send(400, {"error": "unsupported_grant_type"})
                return
            self._send(200, server.issue_tokens())

        # -- Graph ---------------------------------------------------------------------------

        def _graph(self, method: str, parts: list[str], query: dict[str, str], body: bytes) -> None:
            route = _graph_route(method, parts)
            if route is None:
                self._error(400, "BadRequest", "Unsupported segment or method")
                return
            name, params = route
            with server.lock:
                server.counts[name] += 1
            self._graph_call(method, name, params, query, body)

        def _graph_call(
            self,
            method: str,
            name: str,
            params: dict[str, str],
            query: dict[str, str],
            body: bytes,
        ) -> None:
            auth = self.headers.get("Authorization", "")
            if not auth.startswith("Bearer ") or not server.token_valid(auth[7:]):
                self._error(401, "InvalidAuthenticationToken", "Access token has expired.")
                return
            fault = server.take_fault(name)
            if fault is not None and not fault.processed:
                self._fault(fault)
                return
            with server.lock:  # concurrency as Outlook counts it: calls being worked on
                server.in_flight += 1
                server.max_in_flight = max(server.max_in_flight, server.in_flight)
            try:
                time.sleep(server.latency)
                answer = self._answer(method, name, params, query, body)
            finally:
                with server.lock:
                    server.in_flight -= 1
            if fault is not None:
                self._fault(fault)
                return
            status, payload, headers, ctype = answer
            self._send(status, payload, headers, ctype)

        def _answer(
            self,
            method: str,
            name: str,
            params: dict[str, str],
            query: dict[str, str],
            body: bytes,
        ) -> tuple[int, dict[str, Any] | bytes | None, dict[str, str], str]:
            js = "application/json"
            select = [s for s in query.get("$select", "").split(",") if s]
            not_found = {"error": {"code": "ErrorItemNotFound", "message": "Not found."}}
            if name.startswith("delta:") or name in ("folder:get", "folder:list"):
                folder = server.resolve_folder(params["folder"])
                if folder is None:
                    return 404, {"error": {"code": "ErrorInvalidIdMalformed"}}, {}, js
                if name == "folder:get":
                    return 200, {"id": server.folder_id(folder), "displayName": folder}, {}, js
                if name == "folder:list":
                    found = server.search(folder, query.get("$filter", ""))
                    values = [server.to_json(m, select) for m in found]
                    return 200, {"value": values}, {}, js
                size = 10
                match = re.search(r"odata\.maxpagesize=(\d+)", self.headers.get("Prefer", ""))
                if match:
                    size = max(1, int(match.group(1)))
                status, payload, headers = server.delta_page(folder, query, size)
                return status, payload, headers, js
            if name == "messages:list":
                found = server.search(None, query.get("$filter", ""))
                return 200, {"value": [server.to_json(m, select) for m in found]}, {}, js
            request = json.loads(body) if body else {}
            if name == "messages:create":
                return 201, server.to_json(server.create_draft(request)), {}, js
            with server.lock:
                msg = server.messages.get(params.get("id", ""))
            if name == "message:createReply":
                draft = server.create_reply(params["id"], request)
                if draft is None:
                    return 404, not_found, {}, js
                return 201, server.to_json(draft), {}, js
            if msg is None:
                return 404, not_found, {}, js
            if name == "message:get":
                return 200, server.to_json(msg, select), {}, js
            if name == "message:value":
                with server.lock:
                    raw = server.draft_mime(msg.id)
                return 200, raw, {}, "message/rfc822"
            if name == "message:patch":
                with server.lock:
                    problem = server.apply_patch(msg, request)
                if problem:
                    error = {"error": {"code": "ErrorInvalidProperty", "message": problem}}
                    return 400, error, {}, js
                return 200, server.to_json(msg), {}, js
            server.user_deletes(msg.id)
            return 204, None, {}, js

    return Handler
