"""The features the learned classifier reads from one message.

Every feature is a short string with a prefix saying where it came from (``s:`` the
subject, ``b:`` the newest part of the body, ``fn:`` the sender's display name, ``h:``
a header, ``r:`` a phrase rule that fired, ...). Strings are hashed into a fixed number
of buckets, so the model file holds no vocabulary and a word never seen in training
simply weighs nothing. The same function feeds training and inference: a change here
changes ``VERSION`` and needs the weights to be trained again.
"""

from __future__ import annotations

import itertools
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from followthrough import keys
from followthrough.classify import noise, senders
from followthrough.classify.ical import CalendarEvent
from followthrough.classify.rules import INBOUND_RULES, score
from followthrough.classify.rules_out import OUTBOUND_RULES
from followthrough.mail.parse import ParsedMessage
from followthrough.model import Direction

#: Bumped whenever the strings below change meaning; the weights file records it.
VERSION = 1
#: Hash buckets (a power of two); collisions at this size cost nothing measurable.
DIMS = 1 << 18
#: How much of the newest part is read; decisions are written near the top.
BODY_CHARS = 2500

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_DIGITS = re.compile(r"\d")
_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv|antw|rif|r|res)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:", re.IGNORECASE)
_URL = re.compile(r"https?://\S+|www\.\S+")
_EMAIL = re.compile(r"\S+@\S+")


@dataclass(frozen=True)
class Context:
    """What :mod:`followthrough.classify.core` has already worked out about a message."""

    direction: Direction
    newest: str
    flat: str  # the newest part, flattened, conditional sentences removed
    subject: str  # flattened
    account: str | None
    event: CalendarEvent | None
    known_employer: bool = False
    calendar_interviewish: bool = False
    job_thread: bool = False  # it answers mail this mailbox already took as job mail
    job_words: bool | None = None  # noise.has_job_context, when already worked out


def words(text: str) -> list[str]:
    """Lower-case word tokens with every digit folded to ``#`` (dates, ids, amounts)."""
    return [_DIGITS.sub("#", w) for w in _WORD.findall(text.lower())]


def _grams(prefix: str, tokens: list[str], out: list[str]) -> None:
    out.extend(f"{prefix}{t}" for t in tokens)
    out.extend(f"{prefix}{a} {b}" for a, b in itertools.pairwise(tokens))


def _chars(prefix: str, tokens: Iterable[str], out: list[str]) -> None:
    """Character 5-grams of long words: German and Dutch compounds, inflections."""
    for t in tokens:
        if len(t) >= 9:
            padded = f"<{t}>"
            out.extend(f"{prefix}{padded[i : i + 5]}" for i in range(len(padded) - 4))


def extract(msg: ParsedMessage, ctx: Context) -> list[str]:
    """The feature strings of one message (duplicates allowed; values are binary)."""
    out: list[str] = [f"dir:{ctx.direction.value}"]
    subject_tokens = words(ctx.subject)
    _grams("s:", subject_tokens, out)
    body = _EMAIL.sub(" ", _URL.sub(" url ", ctx.flat[:BODY_CHARS]))
    body_tokens = words(body)
    _grams("b:", body_tokens, out)
    _chars("c:", {*body_tokens, *subject_tokens}, out)
    if _REPLY_SUBJECT.match(msg.subject):
        out.append("h:re")
    if _FORWARD_SUBJECT.match(msg.subject):
        out.append("h:fwd")
    if msg.in_reply_to or msg.references:
        out.append("h:in_reply_to")
    if ctx.known_employer:
        out.append("ctx:known_employer")
    if ctx.job_thread:
        out.append("ctx:job_thread")
    out.extend(_sender(msg, ctx))
    out.extend(_headers(msg, ctx))
    rules = INBOUND_RULES if ctx.direction is Direction.IN else OUTBOUND_RULES
    totals, fired = score(rules, ctx.subject, ctx.flat)
    for kind, names in fired.items():
        out.extend(f"r:{name}" for name in names)
        out.append(f"rk:{kind.value}")
        if totals[kind] >= 3:
            out.append(f"rk3:{kind.value}")
    if noise.is_account_mail(msg.subject, ctx.newest):
        out.append("n:account")
    if noise.is_scam(msg.subject, ctx.newest):
        out.append("n:scam")
    job_words = ctx.job_words
    if job_words is None:
        job_words = noise.has_job_context(msg.subject, ctx.newest)
    if not job_words:
        out.append("n:no_job_words")
    return out


def _sender(msg: ParsedMessage, ctx: Context) -> list[str]:
    out: list[str] = []
    people = (*msg.to, *msg.cc) if ctx.direction is Direction.OUT else (msg.sender,)
    for person in people[:3]:
        if person is None:
            continue
        name_tokens = words(person.name or "")[:6]
        out.extend(f"fn:{t}" for t in name_tokens)
        address = (person.address or "").lower()
        local, _, domain = address.partition("@")
        out.extend(f"fl:{t}" for t in words(local.replace(".", " "))[:4])
        if senders.is_automated_address(address):
            out.append("f:automated")
        if senders.is_vendor_domain(domain):
            out.append("f:vendor")
        if senders.is_freemail(domain):
            out.append("f:freemail")
        if senders.looks_like_person(person):
            out.append("f:person")
        if not person.name:
            out.append("f:no_name")
        label = senders.org_label(domain)
        if label and len(label) >= 4 and label in ctx.flat.replace(" ", ""):
            out.append("f:domain_in_body")
        if label and label in ctx.subject.replace(" ", ""):
            out.append("f:domain_in_subject")
    sender = msg.sender
    if (
        ctx.direction is Direction.IN
        and sender is not None
        and senders.looks_like_agency(f"{sender.name or ''}\n{ctx.newest[-400:]}")
    ):
        out.append("f:agency")
    if (
        msg.reply_to is not None
        and sender is not None
        and keys.domain_of(msg.reply_to.address) != keys.domain_of(sender.address)
    ):
        out.append("f:reply_to_elsewhere")
    return out


def _headers(msg: ParsedMessage, ctx: Context) -> list[str]:
    headers = msg.headers
    out: list[str] = []
    precedence = headers.get("precedence", "").lower()
    if precedence:
        out.append(f"h:precedence={precedence[:12]}")
    if "list-unsubscribe" in headers:
        out.append("h:list_unsubscribe")
    if "list-id" in headers:
        out.append("h:list_id")
    auto = headers.get("auto-submitted", "").lower()
    if auto and auto != "no":
        out.append(f"h:auto={auto.split(';')[0][:16]}")
    if "x-auto-response-suppress" in headers:
        out.append("h:suppress")
    if msg.html_only:
        out.append("h:html_only")
    if msg.attachments:
        out.append("h:attachment")
    if len(msg.to) + len(msg.cc) > 3:
        out.append("h:many_recipients")
    if ctx.event is not None:
        out.append("cal:event")
        method = (ctx.event.method or "").lower()
        if method:
            out.append(f"cal:method={method[:10]}")
        if ctx.calendar_interviewish:
            out.append("cal:interviewish")
        if ctx.event.attendees:
            out.append("cal:attendees")
        if ctx.event.cancelled:
            out.append("cal:cancelled")
    return out


def bucket(feature: str) -> int:
    """The hash bucket of one feature string (stable across runs and platforms)."""
    return zlib.crc32(feature.encode("utf-8")) & (DIMS - 1)


def buckets(found: Iterable[str]) -> list[int]:
    """The sorted distinct buckets of a message. Every feature counts 1, however long
    the message: scaling the n-grams of long mail down was tried and lost recall on mail
    unlike the training mail; short mail is taught instead by training on terse copies
    of each message (``training/train.py``)."""
    return sorted({bucket(f) for f in found})
