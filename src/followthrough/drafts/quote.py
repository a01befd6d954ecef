"""A draft that answers a conversation: "Re: <their subject>" and their message quoted.

SPEC section 4: a follow-up answers the employer's own conversation, with the message it
answers quoted below, as a person's mail client would. Gmail files a draft in a thread
only when its subject matches the thread's, so the subject is theirs with one "Re:".
Outlook's createReply would quote the original itself, but the body we set replaces
it, so every provider gets the quote from here.

The quote is text only, bounded (:data:`MAX_LINES`, :data:`MAX_CHARS`), without
control characters, and every line starts with "> ": nothing of the quoted mail can
read as the user's own words or reach a header.
"""

from __future__ import annotations

import datetime as dt
import re

from followthrough.drafts.language import date_text
from followthrough.drafts.lint import thread_topic
from followthrough.mail.parse import parse_message

MAX_LINES = 40
MAX_CHARS = 3_000
MAX_SUBJECT = 200
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")

#: The line a mail client puts above a quote, in the draft's language.
_ATTRIBUTION = {
    "en": "On {date}, {name} wrote:",
    "de": "Am {date} schrieb {name}:",
    "fr": "Le {date}, {name} a écrit :",
    "es": "El {date}, {name} escribió:",
    "nl": "Op {date} schreef {name}:",
    "pt": "Em {date}, {name} escreveu:",
}


def reply_subject(subject: str) -> str:
    """Their subject with exactly one "Re: " in front ("" when they gave none)."""
    topic = " ".join(_CONTROL.sub(" ", thread_topic(subject)).split())[:MAX_SUBJECT]
    return f"Re: {topic}" if topic else ""


def quote(raw: bytes, *, language: str, tz: dt.tzinfo) -> str:
    """The answered message as a quote block ("" when it has no text to quote)."""
    parsed = parse_message(raw)
    lines = [_CONTROL.sub("", line).rstrip() for line in parsed.text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    if not any(lines):
        return ""
    kept: list[str] = []
    size = 0
    for line in lines:
        if len(kept) >= MAX_LINES or size + len(line) > MAX_CHARS:
            kept.append("[...]")
            break
        kept.append(line)
        size += len(line) + 1
    sender = parsed.sender
    name = " ".join(
        _CONTROL.sub(" ", (sender.name or sender.address or "") if sender else "").split()
    )
    head = ""
    if name and parsed.date is not None:
        day = date_text(parsed.date.astimezone(tz).date(), language)
        template = _ATTRIBUTION.get(language, _ATTRIBUTION["en"])
        head = template.format(date=day, name=name[:100]) + "\n"
    return head + "\n".join(f"> {line}" if line else ">" for line in kept) + "\n"
