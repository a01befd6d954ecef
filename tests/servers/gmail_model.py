"""The mailbox behind the local Gmail server: messages, labels, threads, drafts and history.

It keeps the state a real Gmail mailbox exposes through the v1 API, in the resource
shapes of the discovery document shipped in google-api-python-client
(``googleapiclient/discovery_cache/documents/gmail.v1.json``):

- every change gets a new, increasing ``historyId`` with random gaps, and a History
  record (messagesAdded / messagesDeleted / labelsAdded / labelsRemoved); history older
  than the retention window is dropped, and a ``startHistoryId`` before it answers 404
  (https://developers.google.com/workspace/gmail/api/guides/sync#limitations);
- a message or draft joins a thread only when its ``threadId`` is given, it references a
  message of the thread, and the subjects match (the three criteria of
  ``Message.threadId`` in the discovery document and
  https://developers.google.com/workspace/gmail/api/guides/threads#adding_drafts_and_messages_to_threads);
  received mail is threaded the same way by its references;
- ``q`` understands the search operators the provider uses (``after:``, ``before:``,
  ``in:``, ``label:``, ``rfc822msgid:``, with ``-`` for negation) and refuses others, so a
  client cannot silently depend on a query this model does not evaluate
  (https://support.google.com/mail/answer/7190).
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import itertools
import random
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage, Message
from typing import Any

SYSTEM_LABELS = frozenset(
    {"INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD", "STARRED", "IMPORTANT", "CHAT"}
    | {f"CATEGORY_{c}" for c in ("PERSONAL", "SOCIAL", "PROMOTIONS", "UPDATES", "FORUMS")}
)
_IN_NAMES = {"inbox": "INBOX", "sent": "SENT", "drafts": "DRAFT", "draft": "DRAFT"}
_IN_NAMES |= {"spam": "SPAM", "trash": "TRASH", "chats": "CHAT", "starred": "STARRED"}
_PREFIX_RE = re.compile(r"^\s*((re|fwd?|aw|sv)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_ID_RE = re.compile(r"<([^<>\s]+)>")


class ApiError(Exception):
    """An error answer in Google's JSON error shape."""

    def __init__(self, code: int, message: str, reason: str, status: str) -> None:
        super().__init__(message)
        self.code, self.message, self.reason, self.status = code, message, reason, status

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "errors": [{"message": self.message, "domain": "global", "reason": self.reason}],
                "status": self.status,
            }
        }


def not_found(what: str = "Requested entity was not found.") -> ApiError:
    return ApiError(404, what, "notFound", "NOT_FOUND")


def bad_request(what: str) -> ApiError:
    return ApiError(400, what, "invalidArgument", "INVALID_ARGUMENT")


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def normalize_subject(subject: str) -> str:
    """The subject Gmail compares when threading: no Re:/Fwd: prefixes, case-folded."""
    return " ".join(_PREFIX_RE.sub("", subject or "").split()).casefold()


def _ids(value: str | None) -> list[str]:
    return _ID_RE.findall(value or "")


@dataclass
class StoredMessage:
    id: str
    thread_id: str
    raw: bytes
    labels: set[str]
    internal_date: int  # epoch milliseconds
    history_id: int
    headers: Message = field(repr=False)
    _snippet: str | None = field(default=None, repr=False)

    @property
    def message_id(self) -> str:
        found = _ids(self.headers.get("Message-ID"))
        return found[0] if found else ""

    @property
    def subject(self) -> str:
        return str(self.headers.get("Subject", ""))

    def snippet(self) -> str:
        if self._snippet is None:
            self._snippet = _snippet(self.raw)
        return self._snippet

    def references(self) -> list[str]:
        return _ids(self.headers.get("References")) + _ids(self.headers.get("In-Reply-To"))


@dataclass
class HistoryRecord:
    id: int
    at: float
    message: StoredMessage
    kind: str  # messagesAdded | messagesDeleted | labelsAdded | labelsRemoved
    labels: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        stub = {"id": self.message.id, "threadId": self.message.thread_id}
        entry: dict[str, Any] = {"message": {**stub, "labelIds": sorted(self.message.labels)}}
        if self.kind in ("labelsAdded", "labelsRemoved"):
            entry["labelIds"] = list(self.labels)
        return {"id": str(self.id), "messages": [stub], self.kind: [entry]}


class Mailbox:
    """One user's mailbox; every public method is thread-safe."""

    def __init__(self, *, history_ttl: float = 7 * 86_400, seed: int | None = None) -> None:
        self.lock = threading.RLock()
        self.history_ttl = history_ttl
        self._rng = random.Random(seed)
        self.history_id = 1_000 + self._rng.randrange(1_000)
        self._floor = 0  # history ids before this are gone
        self._ids = itertools.count(0x18C0_0000_0000_0000 + self._rng.randrange(1 << 32))
        self._draft_ids = itertools.count(1_000_000 + self._rng.randrange(1_000_000))
        self.messages: dict[str, StoredMessage] = {}
        self.drafts: dict[str, str] = {}  # draft id -> message id
        self.history: list[HistoryRecord] = []

    # -- changes --------------------------------------------------------------------------

    def _bump(self) -> int:
        self.history_id += self._rng.randint(1, 3)  # not contiguous, as the docs warn
        return self.history_id

    def _record(self, msg: StoredMessage, kind: str, labels: Iterable[str] = ()) -> None:
        msg.history_id = self._bump()
        self.history.append(HistoryRecord(msg.history_id, time.time(), msg, kind, tuple(labels)))

    def _thread_for(self, headers: Message, requested: str | None) -> str | None:
        refs = set(_ids(headers.get("References")) + _ids(headers.get("In-Reply-To")))
        subject = normalize_subject(str(headers.get("Subject", "")))
        candidates = [requested] if requested else []
        if not requested:
            candidates = [m.thread_id for m in self.messages.values() if m.message_id in refs]
        for thread_id in candidates:
            members = [m for m in self.messages.values() if m.thread_id == thread_id]
            if not members:
                continue
            if not any(m.message_id in refs for m in members):
                continue
            if any(normalize_subject(m.subject) == subject for m in members):
                return thread_id
        return None

    def insert(
        self,
        raw: bytes,
        labels: Iterable[str] = ("INBOX",),
        *,
        thread_id: str | None = None,
        force_thread: bool = False,
        internal_date: dt.datetime | None = None,
    ) -> StoredMessage:
        """Add a message; threads it like Gmail unless ``force_thread``."""
        headers = email.message_from_bytes(raw, policy=email.policy.compat32, _class=Message)
        with self.lock:
            gid = f"{next(self._ids):016x}"
            if force_thread and thread_id:
                tid = thread_id
            else:
                tid = self._thread_for(headers, thread_id) or gid
            when = internal_date or dt.datetime.now(dt.UTC)
            msg = StoredMessage(
                id=gid,
                thread_id=tid,
                raw=raw,
                labels=set(labels),
                internal_date=int(when.timestamp() * 1000),
                history_id=0,
                headers=headers,
                _snippet=_snippet(raw),  # now, so reads cost what they would at Gmail
            )
            self.messages[gid] = msg
            self._record(msg, "messagesAdded")
            return msg

    def delete(self, message_id: str) -> None:
        with self.lock:
            msg = self.messages.pop(message_id, None)
            if msg is None:
                raise not_found()
            self._record(msg, "messagesDeleted")

    def relabel(self, message_id: str, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        with self.lock:
            msg = self.get(message_id)
            added = [label for label in add if label not in msg.labels]
            removed = [label for label in remove if label in msg.labels]
            msg.labels |= set(added)
            msg.labels -= set(removed)
            if removed:
                self._record(msg, "labelsRemoved", removed)
            if added:
                self._record(msg, "labelsAdded", added)

    def create_draft(self, raw: bytes, thread_id: str | None) -> tuple[str, StoredMessage]:
        with self.lock:
            if thread_id and not any(m.thread_id == thread_id for m in self.messages.values()):
                raise not_found("Requested entity was not found. (threadId)")
            msg = self.insert(raw, ("DRAFT",), thread_id=thread_id)
            draft_id = f"r{next(self._draft_ids)}"
            self.drafts[draft_id] = msg.id
            return draft_id, msg

    def draft(self, draft_id: str) -> StoredMessage:
        with self.lock:
            message_id = self.drafts.get(draft_id)
            if message_id is None or message_id not in self.messages:
                raise not_found()
            return self.messages[message_id]

    def delete_draft(self, draft_id: str) -> None:
        with self.lock:
            msg = self.draft(draft_id)
            del self.drafts[draft_id]
            self.delete(msg.id)

    def edit_draft(self, draft_id: str, raw: bytes | None = None) -> StoredMessage:
        """What Gmail does when a draft is edited (drafts.update, or typing in the web
        client): the draft keeps its id but becomes a new message; the old one is deleted."""
        with self.lock:
            old = self.draft(draft_id)
            self.delete(old.id)
            msg = self.insert(
                raw or old.raw, ("DRAFT",), thread_id=old.thread_id, force_thread=True
            )
            self.drafts[draft_id] = msg.id
            return msg

    def send_draft(
        self, draft_id: str, *, new_message_id: str | None = None, keep_id: bool = False
    ) -> StoredMessage:
        """What Gmail does when the user sends a draft: it leaves Drafts and lands in Sent.

        :param new_message_id: give the sent copy this Message-ID (a client that rewrites
            it); by default the draft's own Message-ID is kept.
        :param keep_id: keep the Gmail message id and only move labels (DRAFT → SENT);
            by default the draft message is deleted and a new SENT message is added.
        """
        with self.lock:
            msg = self.draft(draft_id)
            del self.drafts[draft_id]
            raw = msg.raw
            if new_message_id is not None:
                parsed = email.message_from_bytes(raw, policy=email.policy.default)
                del parsed["Message-ID"]
                parsed["Message-ID"] = f"<{new_message_id}>"
                raw = parsed.as_bytes()
            if keep_id and new_message_id is None:
                self.relabel(msg.id, add=["SENT"], remove=["DRAFT"])
                return msg
            self.delete(msg.id)
            return self.insert(raw, ("SENT",), thread_id=msg.thread_id, force_thread=True)

    def expire_history(self) -> None:
        """Drop every history record so far: any older startHistoryId now answers 404."""
        with self.lock:
            self.history.clear()
            self._floor = self._bump()

    # -- reads ----------------------------------------------------------------------------

    def get(self, message_id: str) -> StoredMessage:
        with self.lock:
            msg = self.messages.get(message_id)
            if msg is None:
                raise not_found()
            return msg

    def history_since(
        self, start: int, *, types: set[str] | None, label: str | None
    ) -> list[HistoryRecord]:
        """Records after ``start``, oldest first.

        :raises ApiError: 404 when ``start`` is before the retained history.
        """
        with self.lock:
            cutoff = time.time() - self.history_ttl
            while self.history and self.history[0].at < cutoff:
                self._floor = self.history.pop(0).id
            if start < self._floor:
                raise not_found()
            out = []
            for rec in self.history:
                if rec.id <= start:
                    continue
                if types and rec.kind not in types:
                    continue
                if label and label not in rec.message.labels and label not in rec.labels:
                    continue
                out.append(rec)
            return out

    def search(
        self, q: str, *, label_ids: Iterable[str] = (), spam_trash: bool = False
    ) -> list[StoredMessage]:
        """Messages matching ``q`` and ``label_ids``, newest first."""
        test = compile_query(q)
        wanted = set(label_ids)
        with self.lock:
            found = []
            for msg in self.messages.values():
                hidden = bool(msg.labels & {"SPAM", "TRASH"})
                if hidden and not (spam_trash or test.anywhere):
                    continue
                if wanted - msg.labels or not test(msg):
                    continue
                found.append(msg)
        return sorted(found, key=lambda m: (m.internal_date, m.id), reverse=True)

    def thread(self, thread_id: str) -> list[StoredMessage]:
        with self.lock:
            members = [m for m in self.messages.values() if m.thread_id == thread_id]
        if not members:
            raise not_found()
        return sorted(members, key=lambda m: (m.internal_date, m.id))


class Query:
    """A compiled ``q``: a conjunction of (negated) terms."""

    def __init__(self) -> None:
        self.terms: list[tuple[bool, str, str]] = []
        self.anywhere = False

    def __call__(self, msg: StoredMessage) -> bool:
        return all(_term(msg, op, value) != negated for negated, op, value in self.terms)


def _when(value: str) -> int:
    """Epoch milliseconds from ``after:``/``before:``: seconds since the epoch or a date."""
    if value.isdigit():
        return int(value) * 1000
    try:
        day = dt.datetime.strptime(value.replace("-", "/"), "%Y/%m/%d").replace(tzinfo=dt.UTC)
    except ValueError:
        raise bad_request(f"Invalid query date: {value}") from None
    return int(day.timestamp() * 1000)


def compile_query(q: str) -> Query:
    query = Query()
    for token in q.split():
        negated = token.startswith("-")
        op, sep, value = token.lstrip("-").partition(":")
        op = op.lower()
        if not sep or not value:
            raise bad_request(f"Unsupported search term in this local server: {token}")
        if op == "in" and value.lower() == "anywhere":
            query.anywhere = True
            continue
        if op in ("in", "label", "is"):
            label = _IN_NAMES.get(value.lower(), value.upper())
            if label not in SYSTEM_LABELS:
                raise bad_request(f"Unknown label in query: {value}")
            query.terms.append((negated, "label", label))
        elif op in ("after", "before"):
            query.terms.append((negated, op, str(_when(value))))
        elif op == "rfc822msgid":
            query.terms.append((negated, op, value.strip("<>")))
        else:
            raise bad_request(f"Unsupported search operator in this local server: {op}")
    return query


def _term(msg: StoredMessage, op: str, value: str) -> bool:
    if op == "label":
        return value in msg.labels
    if op == "after":
        return msg.internal_date >= int(value)
    if op == "before":
        return msg.internal_date < int(value)
    return msg.message_id == value  # rfc822msgid


# -- resource shapes ----------------------------------------------------------------------


def _snippet(raw: bytes) -> str:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    try:
        body = parsed.get_body(preferencelist=("plain",))
        text = body.get_content() if isinstance(body, EmailMessage) else ""
    except (LookupError, ValueError, KeyError):
        text = ""
    return " ".join(str(text).split())[:200]


def _part(part: Message, part_id: str) -> dict[str, Any]:
    headers = [{"name": k, "value": str(v)} for k, v in part.items()]
    out: dict[str, Any] = {
        "partId": part_id,
        "mimeType": part.get_content_type(),
        "filename": part.get_filename() or "",
        "headers": headers,
    }
    if part.is_multipart():
        children = part.get_payload()
        assert isinstance(children, list)
        prefix = f"{part_id}." if part_id else ""
        out["body"] = {"size": 0}
        out["parts"] = [_part(child, f"{prefix}{i}") for i, child in enumerate(children)]
    else:
        data = part.get_payload(decode=True)
        payload = data if isinstance(data, bytes) else b""
        if out["filename"]:
            out["body"] = {"attachmentId": f"att-{part_id}", "size": len(payload)}
        else:
            out["body"] = {"size": len(payload), "data": b64url(payload)}
    return out


def message_json(
    msg: StoredMessage, fmt: str = "full", metadata_headers: Iterable[str] = ()
) -> dict[str, Any]:
    """A Message resource in one of the four formats of ``messages.get``."""
    out: dict[str, Any] = {
        "id": msg.id,
        "threadId": msg.thread_id,
        "labelIds": sorted(msg.labels),
        "snippet": msg.snippet() if fmt != "minimal" else "",
        "sizeEstimate": len(msg.raw),
        "historyId": str(msg.history_id),
        "internalDate": str(msg.internal_date),
    }
    if fmt == "raw":
        out["raw"] = b64url(msg.raw)
    elif fmt == "metadata":
        wanted = {h.lower() for h in metadata_headers}
        headers = [
            {"name": k, "value": str(v)}
            for k, v in msg.headers.items()
            if not wanted or k.lower() in wanted
        ]
        out["payload"] = {"mimeType": msg.headers.get_content_type(), "headers": headers}
    elif fmt == "full":
        parsed = email.message_from_bytes(msg.raw, policy=email.policy.compat32)
        out["payload"] = _part(parsed, "")
    elif fmt != "minimal":
        raise bad_request(f"Invalid value for format: {fmt}")
    return out
