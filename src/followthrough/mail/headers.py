"""Reading header fields of a parsed ``email`` message: raw values, encoded words,
address lists, Message-IDs and dates.

Split from :mod:`followthrough.mail.parse` so that header decoding, which both the
message itself and its MIME parts (file names) need, lives apart from body assembly.
Each reader degrades to an empty value instead of raising.
"""

from __future__ import annotations

import datetime as dt
import email.header
import email.utils
import re
from email.message import Message

from followthrough.mail import limits
from followthrough.model import Person

_MSGID_RE = re.compile(r"<([^<>\s]+)>")


def raw_header(msg: Message, name: str) -> str | None:
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


def charset_decode(payload: bytes, charset: str | None) -> str:
    """Bytes as text in the declared charset, else UTF-8, else cp1252."""
    for cs in (charset, "utf-8"):
        if not cs:
            continue
        try:
            return limits.scrub(payload.decode(cs))
        except (LookupError, ValueError, TypeError):  # unknown, lying, or not a text codec
            continue
    # Neither the declared charset nor UTF-8: cp1252 maps almost every byte.
    return payload.decode("cp1252", errors="replace")


def decode_words(value: str) -> str:
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
            out.append(charset_decode(chunk, charset))
        else:
            out.append(chunk)
    return limits.scrub("".join(out))


def header(msg: Message, name: str) -> str:
    """One header as a decoded, single-line string ('' when absent or unreadable)."""
    value = raw_header(msg, name)
    if value is None:
        return ""
    value = value[: limits.MAX_HEADER_CHARS * 4]
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return " ".join(decode_words(value).split())[: limits.MAX_HEADER_CHARS]


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    name = " ".join(name.replace('"', " ").split()).strip(" '")
    return name or None


def addresses(msg: Message, name: str) -> tuple[Person, ...]:
    """Every address in a header as Persons, addresses lower-cased, names decoded."""
    raw = raw_header(msg, name)
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
        person = Person(_clean_name(decode_words(display)), address)
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


def msg_ids(value: str) -> tuple[str, ...]:
    """The Message-IDs in a header value, without their angle brackets."""
    ids = _MSGID_RE.findall(value)
    if not ids and value.strip():
        ids = [v.strip("<>") for v in value.split() if v.strip("<>")]
    return tuple(ids)


def header_date(msg: Message) -> dt.datetime | None:
    """The Date header as an aware datetime (UTC when it names no zone), or None."""
    raw = header(msg, "date")
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
