"""Compose the RFC 5322 reply drafts the service leaves in a mailbox (it never sends them).

A draft is a single ``text/plain; charset=utf-8`` part with the threading headers
of RFC 5322 section 3.6.4 (In-Reply-To, References) so mail clients file it in the
right conversation. Headers are built with :class:`email.message.EmailMessage` and
the ``email.policy.default`` policy, which RFC 2047-encodes non-ASCII names and
subjects. Header injection is impossible by construction: CR, LF and other control
characters in a subject or a display name are folded into spaces before the header
is set, an address that is not exactly one addr-spec is refused, and message ids
are checked against a strict character set.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
from collections.abc import Iterable
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime
from typing import Any

from followthrough.model import Person
from followthrough.providers.base import DraftSpec

logger = logging.getLogger(__name__)

__all__ = ["compose_draft", "make_message_id"]

# An id-left "@" id-right without brackets: printable ASCII without whitespace, angle
# brackets, quotes or backslashes (RFC 5322 section 3.6.4 msg-id, minus the obsolete forms).
_MSG_ID_RE = re.compile(r"[!#-;=?-\[\]-~]+@[!#-;=?-\[\]-~]+")
_DOMAIN_RE = re.compile(
    r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+"
)
_CONTROL_CHARS = dict.fromkeys([*range(0x20), 0x7F], " ")
_ID_HEADERS = frozenset({"message-id", "in-reply-to", "references"})
_MAX_ID_LENGTH = 900  # keeps every folded line under the 998-octet limit of RFC 5322 2.1.1


class _DraftPolicy(EmailPolicy):
    """``email.policy.default`` that folds message-id lists between ids.

    The stock policy treats In-Reply-To and References as unstructured text and
    RFC 2047-encodes an id longer than a line, which breaks threading in every client.
    Values reaching these headers were validated by :func:`_clean_id`, so they are
    plain ASCII tokens separated by single spaces.
    """

    def fold(self, name: str, value: Any) -> str:
        if name.lower() in _ID_HEADERS:
            return self._fold_ids(name, str(value))
        if name.lower() == "subject" and _one_piece(str(value)):
            return f"{name}: {value}{self.linesep}"
        return str(super().fold(name, value))

    def fold_binary(self, name: str, value: Any) -> bytes:
        if name.lower() in _ID_HEADERS:
            return self._fold_ids(name, str(value)).encode("ascii")
        if name.lower() == "subject" and _one_piece(str(value)):
            return f"{name}: {value}{self.linesep}".encode("ascii")
        return bytes(super().fold_binary(name, value))

    def _fold_ids(self, name: str, value: str) -> str:
        width = self.max_line_length or 78
        lines = [f"{name}:"]
        for token in value.split():
            if len(lines[-1]) + 1 + len(token) > width and lines[-1] != f"{name}:":
                lines.append("")
            lines[-1] += " " + token
        return self.linesep.join(lines) + self.linesep


def _one_piece(subject: str) -> bool:
    """An ASCII subject that fits one line of RFC 5322 (998 octets) is written on one
    line: the stock folding breaks it before its first word ("Subject:\n Following
    up..."), which some clients show as a subject with a leading blank."""
    return subject.isascii() and len(subject) <= 900


_POLICY = _DraftPolicy(linesep="\n")


def make_message_id(domain_hint: str) -> str:
    """Return a new, globally unique Message-ID without angle brackets.

    :param domain_hint: the sender's address or domain; its domain becomes the
        id-right so the id looks like the user's own mail. Anything that is not a
        plain DNS name gives ``followthrough.invalid`` (RFC 2606).
    :returns: ``ft.<32 hex digits>@<domain>``.
    """
    domain = domain_hint.rpartition("@")[2].strip().lower().rstrip(".")
    if not _DOMAIN_RE.fullmatch(domain):
        domain = "followthrough.invalid"
    return f"ft.{secrets.token_hex(16)}@{domain}"


def compose_draft(spec: DraftSpec, *, date: dt.datetime, linesep: str = "\n") -> bytes:
    """Build the raw bytes of the reply draft ``spec`` describes.

    :param spec: what to write; ``spec.references`` is written de-duplicated and in
        order, and ``spec.in_reply_to`` is appended when the chain lacks it (RFC 5322
        3.6.4 says References ends with the parent's id).
    :param date: the Date header; must be timezone-aware.
    :param linesep: ``"\\n"`` for files (Maildir), ``"\\r\\n"`` for wire uploads.
    :returns: an RFC 5322 message, headers in ASCII, body in UTF-8.
    :raises ValueError: naive ``date``, a sender or recipient without a usable
        address, or an invalid ``spec.message_id``.
    """
    if date.tzinfo is None or date.utcoffset() is None:
        raise ValueError("the Date of a draft must be timezone-aware")
    message_id = _clean_id(spec.message_id)
    if message_id is None:
        raise ValueError("invalid Message-ID for a draft")
    in_reply_to = _clean_id(spec.in_reply_to) if spec.in_reply_to else None
    references = _dedupe(i for i in map(_clean_id, spec.references) if i is not None)
    if in_reply_to is not None and in_reply_to not in references:
        references.append(in_reply_to)

    msg = EmailMessage(policy=_POLICY.clone(linesep=linesep))
    msg["From"] = _address(spec.sender, "sender")
    msg["To"] = _address(spec.to, "recipient")
    msg["Subject"] = _one_line(spec.subject)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = f"<{message_id}>"
    if in_reply_to is not None:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        msg["References"] = " ".join(f"<{i}>" for i in references)
    msg["MIME-Version"] = "1.0"
    # No marker header: it would travel with the sent mail in some clients. A draft
    # of ours is known by its Message-ID (``make_message_id``).
    body = spec.body.replace("\r\n", "\n").replace("\r", "\n")
    if not body.endswith("\n"):
        body += "\n"
    msg.set_content(body, charset="utf-8")
    return msg.as_bytes()


def _one_line(text: str) -> str:
    """Fold CR, LF, tabs and other control characters into single spaces.

    This is what makes a hostile subject or display name ("Eve\\r\\nBcc: x@y")
    stay inside its own header.
    """
    return " ".join(text.translate(_CONTROL_CHARS).split())


def _address(person: Person, role: str) -> Address:
    if not person.address:
        raise ValueError(f"the draft {role} has no address")
    # Address() refuses CR/LF and anything that is not exactly one addr-spec, so an
    # address cannot smuggle in a second recipient or a header.
    return Address(display_name=_one_line(person.name or ""), addr_spec=person.address.strip())


def _clean_id(value: str | None) -> str | None:
    """Return ``value`` without brackets if it is a usable msg-id, else None."""
    if value is None:
        return None
    candidate = value.strip()
    if candidate.startswith("<") and candidate.endswith(">"):
        candidate = candidate[1:-1].strip()
    if len(candidate) > _MAX_ID_LENGTH or not _MSG_ID_RE.fullmatch(candidate):
        logger.debug("dropping an unusable message id from a draft's threading headers")
        return None
    return candidate


def _dedupe(ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in ids:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
