"""Turn raw RFC 5322 bytes into a small, immutable :class:`ParsedMessage`.

Every later stage (classifier, tracker, drafts) reads this structure instead of the
``email`` package objects, so the parsing quirks live in one place. Real mailboxes are
hostile: unknown charsets, broken base64 or quoted-printable, missing or garbled headers,
huge bodies. Parsing therefore degrades field by field and only raises
:class:`~followthrough.errors.MalformedMessageError` when nothing usable is left.
"""

from __future__ import annotations

import datetime as dt
import email
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from types import MappingProxyType

from followthrough.errors import MalformedMessageError
from followthrough.mail import limits
from followthrough.mail.headers import addresses, header, header_date, msg_ids
from followthrough.mail.html import html_to_visible
from followthrough.mail.parts import read_parts
from followthrough.model import Person

#: Cap on the decoded text kept from one message (characters).
MAX_TEXT = 32_000
#: Header names kept (lower-case) in :attr:`ParsedMessage.headers`.
KEPT_HEADERS = (
    "auto-submitted",
    "list-unsubscribe",
    "list-id",
    "precedence",
    "x-auto-response-suppress",
    "x-autoreply",
    "x-autorespond",
    "x-failed-recipients",
    "return-path",
    "sender",
    "x-mailer",
    "content-type",
    "thread-topic",
    "x-priority",
)

#: Every header field parsing reads (here, in ``headers`` and in ``parts``): kept whole
#: by ``limits.bound``.
READ_HEADERS = frozenset(KEPT_HEADERS) | {
    "from", "to", "cc", "reply-to", "subject", "date", "message-id", "in-reply-to",
    "references", "mime-version", "content-transfer-encoding", "content-disposition",
}  # fmt: skip

_WS_RE = re.compile(r"[ \t\f\v\u00a0]+")
_BLANKS_RE = re.compile(r"\n\s*\n\s*\n+")


class _LazyHeaderPolicy(policy.EmailPolicy):
    """``policy.default`` without building header objects on access.

    The header registry parses every header it is asked for, which costs more than the
    rest of parsing together; :mod:`followthrough.mail.headers` decodes the few headers
    parsing needs (RFC 2047 words, address lists, dates), so fetching returns the raw
    string.
    """

    def header_fetch_parse(self, name: str, value: str) -> str:
        return value


_POLICY = _LazyHeaderPolicy()


@dataclass(frozen=True)
class ParsedMessage:
    """The parts of one message the rest of followthrough needs."""

    message_id: str | None = None
    subject: str = ""
    sender: Person | None = None
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    reply_to: Person | None = None
    date: dt.datetime | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    text: str = ""
    html_only: bool = False
    calendars: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    #: What had to be cut or repaired to read it (``limits``); empty for ordinary mail.
    degraded: tuple[str, ...] = ()


def html_to_text(html: str) -> str:
    """Visible text of an HTML body: scripts, styles and comments dropped."""
    return normalise_text(html_to_visible(html[: limits.MAX_HTML_CHARS]))


def normalise_text(text: str) -> str:
    """Unify line ends and blank runs, strip trailing blanks, cap the length."""
    text = text[: MAX_TEXT * 3]  # the cap first: what lies past it is never looked at
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_WS_RE.sub(" ", line).rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = _BLANKS_RE.sub("\n\n", text).strip()
    return text[:MAX_TEXT]


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one message; raise MalformedMessageError only when nothing is usable."""
    if not raw or not raw.strip():
        raise MalformedMessageError("empty message")
    raw, cut = limits.bound(raw, READ_HEADERS)
    degraded = list(cut)
    try:
        msg: Message = email.message_from_bytes(raw, policy=_POLICY)
    except Exception as exc:  # the stdlib parser is lenient; this is rare
        raise MalformedMessageError(f"unparseable message: {type(exc).__name__}") from exc
    if not list(msg.keys()):
        raise MalformedMessageError("message has no headers")

    parts = read_parts(msg, degraded)

    text = ""
    html_only = False
    plain_text = normalise_text("\n\n".join(p for p in parts.plain if p.strip()))
    if plain_text:
        text = plain_text
    elif parts.html:
        html_only = True
        markup = "\n".join(parts.html)
        if len(markup) > limits.MAX_HTML_CHARS:
            degraded.append("HTML cut")
        text = html_to_text(markup)

    if "\ufffd" in text:
        degraded.append("lossy decode")
    text = limits.cut_runs(text)
    headers = {}
    for name in KEPT_HEADERS:
        value = header(msg, name)
        if value:
            headers[name] = value

    sender_list = addresses(msg, "from")
    reply_to = addresses(msg, "reply-to")
    in_reply_to = msg_ids(header(msg, "in-reply-to"))
    message_ids = msg_ids(header(msg, "message-id"))
    return ParsedMessage(
        message_id=message_ids[0] if message_ids else None,
        subject=limits.cut_runs(header(msg, "subject")),
        sender=sender_list[0] if sender_list else None,
        to=addresses(msg, "to"),
        cc=addresses(msg, "cc"),
        reply_to=reply_to[0] if reply_to else None,
        date=header_date(msg),
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=msg_ids(header(msg, "references")),
        headers=MappingProxyType(headers),
        text=text,
        html_only=html_only,
        calendars=tuple(parts.calendars),
        attachments=tuple(parts.attachments),
        degraded=tuple(dict.fromkeys(degraded)),
    )


__all__ = ["ParsedMessage", "html_to_text", "normalise_text", "parse_message"]
