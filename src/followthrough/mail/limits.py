"""Bounds on what is read of one message, applied to the raw bytes before any parsing.

A mailbox receives everything, including mail built to make parsers slow: thousands of
stacked headers, megabyte subjects, MIME trees thousands deep, NUL bytes. Everything
after this step (the ``email`` parser, HTML to text, calendars, the classifier) costs
at most linear time in what is left, so cutting here bounds the whole path: a message
past a limit is classified on what was read within it, and says so in ``degraded``.
"""

from __future__ import annotations

import re

#: Bytes of one message handed to the parser (a large offer's attachments come after
#: its text, so the text and the calendar part are inside this).
MAX_RAW_BYTES = 1536 * 1024
#: Header fields kept besides the ones this service reads, and bytes per field.
MAX_HEADER_FIELDS = 200
MAX_HEADER_FIELD_BYTES = 8 * 1024
#: ``boundary=`` declarations (MIME nesting and sibling multiparts) read, and lines
#: that start with ``--`` (part delimiters; the parser's cost grows with each).
MAX_BOUNDARIES = 32
MAX_DELIMITER_LINES = 160
#: Leaf parts looked at, HTML characters converted, calendar characters and events read.
MAX_PARTS = 64
MAX_HTML_CHARS = 120_000
MAX_CALENDAR_CHARS = 120_000
MAX_CALENDAR_EVENTS = 12
#: Characters kept of a decoded header (a subject, a display name).
MAX_HEADER_CHARS = 2_000
#: Addresses read from one address header.
MAX_ADDRESSES = 100
#: Characters kept of one unbroken run (a word, a link): longer runs say nothing more,
#: and name patterns backtrack over them.
MAX_RUN = 160


_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_BOUNDARY = re.compile(rb"boundary\s*=", re.IGNORECASE)
_SURROGATES = re.compile("[\ud800-\udfff]")
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def cut_runs(text: str) -> str:
    """Text with every unbroken run of characters cut to ``MAX_RUN``."""
    return _LONG_RUN.sub(lambda m: m.group()[:MAX_RUN], text) if len(text) > MAX_RUN else text


def scrub(text: str) -> str:
    """Replace lone surrogates (from UTF-7/UTF-16 words or escaped bytes) with U+FFFD."""
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


def _fields(block: bytes) -> list[bytes]:
    """Header lines grouped into fields (a continuation line starts with space or tab)."""
    fields: list[bytes] = []
    for line in block.split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b"\n" + line
        else:
            fields.append(line)
    return fields


def _bound_headers(block: bytes, wanted: frozenset[str], degraded: list[str]) -> bytes:
    if len(block) <= 64 * 1024 and block.count(b"\n") < MAX_HEADER_FIELDS:
        return block  # the usual case: nothing to cut, no copy made
    kept: list[bytes] = []
    seen: dict[bytes, int] = {}
    others = 0
    cut = False
    for field in _fields(block):
        name = field.split(b":", 1)[0].strip().lower()
        if len(field) > MAX_HEADER_FIELD_BYTES:
            field = field[:MAX_HEADER_FIELD_BYTES]
            cut = True
        if name.decode("ascii", "replace") in wanted:
            seen[name] = seen.get(name, 0) + 1
            if seen[name] <= 2:
                kept.append(field)
                continue
        others += 1
        if others <= MAX_HEADER_FIELDS:
            kept.append(field)
        else:
            cut = True
    if cut:
        degraded.append("headers cut")
    return b"\n".join(kept)


def bound(raw: bytes, wanted: frozenset[str]) -> tuple[bytes, tuple[str, ...]]:
    """``raw`` cut to the limits above, and what was cut or repaired (empty if nothing).

    :param wanted: lower-case names of the header fields the reader uses; the first two
        of each are kept wherever they stand, however many others come before them.
    """
    degraded: list[str] = []
    if b"\x00" in raw:
        raw = raw.replace(b"\x00", b"")
        degraded.append("NUL bytes removed")
    if len(raw) > MAX_RAW_BYTES:
        raw = raw[:MAX_RAW_BYTES]
        degraded.append(f"cut at {MAX_RAW_BYTES // 1024} kB")
    end = _BLANK_LINE.search(raw)
    if end is None:
        head, sep, body = raw, b"", b""
    else:
        head, sep, body = raw[: end.start()], raw[end.start() : end.end()], raw[end.end() :]
    head = _bound_headers(head, wanted, degraded)
    delimiters = body.count(b"\n--")
    if delimiters > MAX_DELIMITER_LINES:
        at = -1
        for _ in range(MAX_DELIMITER_LINES + 1):
            at = body.find(b"\n--", at + 1)
        body = body[: at + 1]
        degraded.append("parts cut")
    for count, match in enumerate(_BOUNDARY.finditer(body), start=1):
        if count > MAX_BOUNDARIES:
            line_start = body.rfind(b"\n", 0, match.start()) + 1
            body = body[:line_start]
            degraded.append("MIME tree cut")
            break
    return head + sep + body, tuple(degraded)


def bound_calendar(text: str) -> tuple[str, bool]:
    """A calendar cut to its first events (and closed again), and whether it was cut."""
    cut = False
    if len(text) > MAX_CALENDAR_CHARS:
        text, cut = text[:MAX_CALENDAR_CHARS], True
    upper = text.upper()
    position = 0
    for _ in range(MAX_CALENDAR_EVENTS):
        found = upper.find("END:VEVENT", position)
        if found < 0:
            break
        position = found + len("END:VEVENT")
    else:
        if upper.find("BEGIN:VEVENT", position) >= 0:
            text, cut = text[:position], True
    if cut and "END:VCALENDAR" not in text[-200:].upper():
        text = text.rstrip() + "\r\nEND:VCALENDAR\r\n"
    return text, cut
