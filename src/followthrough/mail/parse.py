"""Turn raw RFC 5322 bytes into a small, immutable :class:`ParsedMessage`.

Every later stage (classifier, tracker, drafts) reads this structure instead of the
``email`` package objects, so the parsing quirks live in one place. Real mailboxes are
hostile: unknown charsets, broken base64 or quoted-printable, missing or garbled headers,
huge bodies. Parsing therefore degrades field by field and only raises
:class:`~followthrough.errors.MalformedMessageError` when nothing usable is left.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import email
import email.header
import email.utils
import logging
import quopri
import re
import urllib.parse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from types import MappingProxyType

from followthrough.errors import MalformedMessageError
from followthrough.mail import limits
from followthrough.mail.html import html_to_visible
from followthrough.model import Person

log = logging.getLogger(__name__)

#: Cap on the decoded text kept from one message (characters).
MAX_TEXT = 32_000
#: Cap on one decoded part before it is even looked at (bytes).
MAX_PART_BYTES = 2_000_000
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

#: Every header field this module reads: kept whole by ``limits.bound``.
READ_HEADERS = frozenset(KEPT_HEADERS) | {
    "from", "to", "cc", "reply-to", "subject", "date", "message-id", "in-reply-to",
    "references", "mime-version", "content-transfer-encoding", "content-disposition",
}  # fmt: skip

_MSGID_RE = re.compile(r"<([^<>\s]+)>")
_WS_RE = re.compile(r"[ \t\f\v\u00a0]+")
_BLANKS_RE = re.compile(r"\n\s*\n\s*\n+")


class _LazyHeaderPolicy(policy.EmailPolicy):
    """``policy.default`` without building header objects on access.

    The header registry parses every header it is asked for, which costs more than the
    rest of parsing together; this module decodes the few headers it needs itself
    (RFC 2047 words, address lists, dates), so fetching returns the raw string.
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


def _raw_header(msg: Message, name: str) -> str | None:
    """A header's raw (undecoded) value; reading raw avoids the slow header registry.

    The first value of each header is indexed once per message part, since parsing
    asks for a dozen of them."""
    index: dict[str, str] | None = getattr(msg, "_ft_header_index", None)
    if index is None:
        index = {}
        try:
            for key, value in msg.raw_items():
                index.setdefault(key.lower(), str(value))
        except Exception:
            return None
        setattr(msg, "_ft_header_index", index)  # noqa: B010 - not a declared attribute
    return index.get(name)


def _decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words, tolerating unknown charsets."""
    if "=?" not in value:
        return value
    try:
        parts = email.header.decode_header(value)
    except Exception:
        return value
    try:
        return limits.scrub(str(email.header.make_header(parts)))
    except Exception:  # unknown or lying charset (CharsetError, LookupError, ...)
        pass  # decode each word on our own
    out: list[str] = []
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            out.append(_charset_decode(chunk, charset))
        else:
            out.append(chunk)
    return limits.scrub("".join(out))


def _header(msg: Message, name: str) -> str:
    """One header as a decoded, single-line string ('' when absent or unreadable)."""
    value = _raw_header(msg, name)
    if value is None:
        return ""
    value = value[: limits.MAX_HEADER_CHARS * 4]
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return " ".join(_decode_words(value).split())[: limits.MAX_HEADER_CHARS]


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = " ".join(name.replace('"', " ").split()).strip(" '")
    return name or None


def _addresses(msg: Message, name: str) -> tuple[Person, ...]:
    """Every address in a header as Persons, addresses lower-cased, names decoded."""
    raw = _raw_header(msg, name)
    if not raw:
        return ()
    raw = raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    people: list[Person] = []
    try:
        pairs = email.utils.getaddresses([" ".join(raw.split())])
    except Exception:
        return ()
    pairs = _join_split_names(pairs[: limits.MAX_ADDRESSES])
    for display, addr in pairs:
        address = addr.strip().lower() or None
        if address and "@" not in address and not display:
            display, address = address, None
        person = Person(_clean_name(_decode_words(display)), address)
        if person.name or person.address:
            people.append(person)
    return tuple(people)


def _join_split_names(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rejoin a "Last, First <addr>" display name that a sender left unquoted, which the
    address-list grammar splits into a bare word and an address."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(pairs):
        display, addr = pairs[i]
        if (
            not display
            and addr
            and "@" not in addr
            and i + 1 < len(pairs)
            and "@" in pairs[i + 1][1]
            and pairs[i + 1][0]
        ):
            out.append((f"{addr}, {pairs[i + 1][0]}", pairs[i + 1][1]))
            i += 2
            continue
        out.append((display, addr))
        i += 1
    return out


def _msg_ids(value: str) -> tuple[str, ...]:
    ids = _MSGID_RE.findall(value)
    if not ids and value.strip():
        ids = [v.strip("<>") for v in value.split() if v.strip("<>")]
    return tuple(ids)


def _date(msg: Message) -> dt.datetime | None:
    raw = _header(msg, "date")
    if not raw:
        return None
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    if not 1970 <= when.year <= 2200:  # a date no mail has; arithmetic on it overflows
        return None
    return when


_CTYPE_RE = re.compile(r"^\s*([\w.+-]+/[\w.+-]+)")
_PARAM_RE = r"(?:^|;)\s*{}\s*=\s*(?:\"([^\"]*)\"|([^;\s]+))"


def _param(value: str, name: str) -> str | None:
    m = re.search(_PARAM_RE.format(re.escape(name)), value, re.IGNORECASE)
    if not m:
        return None
    return m.group(1) if m.group(1) is not None else m.group(2)


def _content_type(part: Message) -> str:
    value = _raw_header(part, "content-type") or ""
    m = _CTYPE_RE.match(value)
    return m.group(1).lower() if m else "text/plain"


def _charset(part: Message) -> str | None:
    value = _raw_header(part, "content-type") or ""
    cs = _param(value, "charset")
    return cs.strip().lower() if cs else None


def _charset_decode(payload: bytes, charset: str | None) -> str:
    for cs in (charset, "utf-8"):
        if not cs:
            continue
        try:
            return limits.scrub(payload.decode(cs))
        except (LookupError, ValueError, TypeError):  # unknown, lying, or not a text codec
            continue
    # Neither the declared charset nor UTF-8: cp1252 maps almost every byte.
    return payload.decode("cp1252", errors="replace")


def _payload_bytes(part: Message) -> bytes:
    """The decoded bytes of a leaf part, tolerant of broken transfer encodings."""
    cte = (_raw_header(part, "content-transfer-encoding") or "").strip().lower()
    try:
        raw = part.get_payload(decode=False)
    except Exception:  # a charset parameter made of undecodable bytes, and the like
        raw = getattr(part, "_payload", "")
    if isinstance(raw, list):
        return b""
    if not isinstance(raw, str):
        return b""
    raw = raw[: MAX_PART_BYTES * 2]
    if cte == "base64":
        cleaned = re.sub(r"[^A-Za-z0-9+/]", "", raw)
        if len(cleaned) % 4 == 1:  # a truncated quantum cannot be decoded: drop it
            cleaned = cleaned[:-1]
        cleaned += "=" * (-len(cleaned) % 4)
        try:
            return base64.b64decode(cleaned, validate=False)[:MAX_PART_BYTES]
        except (binascii.Error, ValueError):
            log.debug("undecodable base64 part")
            return b""
    try:
        data = raw.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # a str payload set by hand, not parsed from bytes
        data = raw.encode("utf-8", "surrogateescape")
    if cte == "quoted-printable":
        try:
            return quopri.decodestring(data)[:MAX_PART_BYTES]
        except (ValueError, binascii.Error):
            return data[:MAX_PART_BYTES]
    return data[:MAX_PART_BYTES]


def _part_text(part: Message) -> str:
    return _charset_decode(_payload_bytes(part), _charset(part))


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


def _filename(part: Message) -> str | None:
    for header, param in (("content-disposition", "filename"), ("content-type", "name")):
        value = _raw_header(part, header)
        if not value:
            continue
        star = _param(value, param + "*")
        if star:
            _, _, encoded = star.partition("''")
            try:
                return urllib.parse.unquote(encoded or star).strip() or None
            except Exception:
                return star
        plain = _param(value, param)
        if plain:
            return _decode_words(plain).strip() or None
    return None


def _disposition(part: Message) -> str:
    value = _raw_header(part, "content-disposition") or ""
    return value.split(";", 1)[0].strip().lower()


def _walk(msg: Message, degraded: list[str]) -> Iterable[Message]:
    """The leaf parts, at most ``limits.MAX_PARTS`` of them."""
    leaves = 0
    try:
        for part in msg.walk():
            if part.is_multipart():
                continue
            leaves += 1
            if leaves > limits.MAX_PARTS:
                degraded.append("parts cut")
                return
            yield part
    except Exception:  # pathological nesting
        log.debug("could not walk the MIME tree")
        degraded.append("MIME tree unreadable")
        if not leaves:
            yield msg


def _looks_like_calendar(ctype: str, filename: str | None) -> bool:
    if ctype in ("text/calendar", "application/ics", "text/x-vcalendar"):
        return True
    return bool(filename and filename.lower().endswith((".ics", ".vcs")))


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

    plain: list[str] = []
    html: list[str] = []
    calendars: list[str] = []
    attachments: list[str] = []
    for part in _walk(msg, degraded):
        ctype = _content_type(part)
        filename = _filename(part)
        disposition = _disposition(part)
        if _looks_like_calendar(ctype, filename):
            cal, cal_cut = limits.bound_calendar(_part_text(part))
            if "BEGIN:VCALENDAR" in cal.upper() and len(calendars) < 3:
                calendars.append(cal)
                if cal_cut:
                    degraded.append("calendar cut")
            if filename:
                attachments.append(filename)
            continue
        if filename or disposition == "attachment":
            attachments.append(filename or "(unnamed)")
            continue
        if ctype == "text/plain":
            plain.append(_part_text(part))
        elif ctype == "text/html":
            html.append(_part_text(part))
        elif ctype == "message/delivery-status" or ctype.startswith("message/"):
            plain.append(_part_text(part))

    text = ""
    html_only = False
    plain_text = normalise_text("\n\n".join(p for p in plain if p.strip()))
    if plain_text:
        text = plain_text
    elif html:
        html_only = True
        markup = "\n".join(html)
        if len(markup) > limits.MAX_HTML_CHARS:
            degraded.append("HTML cut")
        text = html_to_text(markup)

    if "\ufffd" in text:
        degraded.append("lossy decode")
    text = limits.cut_runs(text)
    headers = {}
    for name in KEPT_HEADERS:
        value = _header(msg, name)
        if value:
            headers[name] = value

    sender_list = _addresses(msg, "from")
    reply_to = _addresses(msg, "reply-to")
    in_reply_to = _msg_ids(_header(msg, "in-reply-to"))
    message_ids = _msg_ids(_header(msg, "message-id"))
    return ParsedMessage(
        message_id=message_ids[0] if message_ids else None,
        subject=limits.cut_runs(_header(msg, "subject")),
        sender=sender_list[0] if sender_list else None,
        to=_addresses(msg, "to"),
        cc=_addresses(msg, "cc"),
        reply_to=reply_to[0] if reply_to else None,
        date=_date(msg),
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=_msg_ids(_header(msg, "references")),
        headers=MappingProxyType(headers),
        text=text,
        html_only=html_only,
        calendars=tuple(calendars),
        attachments=tuple(attachments),
        degraded=tuple(dict.fromkeys(degraded)),
    )


__all__ = ["ParsedMessage", "html_to_text", "normalise_text", "parse_message"]
