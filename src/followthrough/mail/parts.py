"""Walking a message's MIME tree: each leaf part sorted into plain text, HTML,
calendar invitations or attachments, and its payload decoded.

Split from :mod:`followthrough.mail.parse`, which assembles these pieces into a
:class:`~followthrough.mail.parse.ParsedMessage`. Broken transfer encodings, lying
charsets and pathological nesting degrade to less text, never to an exception.
"""

from __future__ import annotations

import base64
import binascii
import logging
import quopri
import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import Message

from followthrough.mail import limits
from followthrough.mail.headers import charset_decode, decode_words, raw_header

log = logging.getLogger("followthrough.mail.parse")

#: Cap on one decoded part before it is even looked at (bytes).
MAX_PART_BYTES = 2_000_000

_CTYPE_RE = re.compile(r"^\s*([\w.+-]+/[\w.+-]+)")
_PARAM_RE = r"(?:^|;)\s*{}\s*=\s*(?:\"([^\"]*)\"|([^;\s]+))"


@dataclass
class Parts:
    """The decoded leaf parts of one message, by what they are."""

    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    calendars: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)


def _param(value: str, name: str) -> str | None:
    m = re.search(_PARAM_RE.format(re.escape(name)), value, re.IGNORECASE)
    if not m:
        return None
    return m.group(1) if m.group(1) is not None else m.group(2)


def _content_type(part: Message) -> str:
    value = raw_header(part, "content-type") or ""
    m = _CTYPE_RE.match(value)
    return m.group(1).lower() if m else "text/plain"


def _charset(part: Message) -> str | None:
    value = raw_header(part, "content-type") or ""
    cs = _param(value, "charset")
    return cs.strip().lower() if cs else None


def _payload_bytes(part: Message) -> bytes:
    """The decoded bytes of a leaf part, tolerant of broken transfer encodings."""
    cte = (raw_header(part, "content-transfer-encoding") or "").strip().lower()
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
    return charset_decode(_payload_bytes(part), _charset(part))


def _filename(part: Message) -> str | None:
    for header, param in (("content-disposition", "filename"), ("content-type", "name")):
        value = raw_header(part, header)
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
            return decode_words(plain).strip() or None
    return None


def _disposition(part: Message) -> str:
    value = raw_header(part, "content-disposition") or ""
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


def read_parts(msg: Message, degraded: list[str]) -> Parts:
    """Sort and decode the leaf parts of ``msg``; what had to be cut goes to ``degraded``."""
    found = Parts()
    for part in _walk(msg, degraded):
        ctype = _content_type(part)
        filename = _filename(part)
        disposition = _disposition(part)
        if _looks_like_calendar(ctype, filename):
            cal, cal_cut = limits.bound_calendar(_part_text(part))
            if "BEGIN:VCALENDAR" in cal.upper() and len(found.calendars) < 3:
                found.calendars.append(cal)
                if cal_cut:
                    degraded.append("calendar cut")
            if filename:
                found.attachments.append(filename)
            continue
        if filename or disposition == "attachment":
            found.attachments.append(filename or "(unnamed)")
            continue
        if ctype == "text/plain":
            found.plain.append(_part_text(part))
        elif ctype == "text/html":
            found.html.append(_part_text(part))
        elif ctype == "message/delivery-status" or ctype.startswith("message/"):
            found.plain.append(_part_text(part))
    return found
