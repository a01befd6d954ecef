"""What every provider keeps in a draft reference, and how it recognises the draft once sent.

A draft the user sends may come back with a new Message-ID (Gmail, some clients), so a
provider also accepts a sent reply to the same message and the same first recipient, made
after the draft. The recipient is kept as a salted hash: a stored ref never holds an address.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from email.utils import getaddresses

#: How long before the draft's creation a sent copy may be dated: clock skew between hosts,
#: and tools that set a file's mtime from its Date header.
SENT_SLACK_SECONDS = 3_600

_MSG_ID = re.compile(r"<([^<>\s]+)>")


def recipient_hash(address: str) -> str:
    """A salted digest of an address, the same in every provider and release."""
    digest = hashlib.blake2b(address.strip().lower().encode(), digest_size=8, person=b"ft-to")
    return digest.hexdigest()


def message_ids(value: object) -> list[str]:
    """The Message-IDs of a header value (In-Reply-To, References), without brackets."""
    return _MSG_ID.findall(str(value or ""))


def first_recipient_hash(to_values: Iterable[str]) -> str:
    """The hash of the first address in the To header(s); "" when there is none."""
    for _, address in getaddresses([str(v) for v in to_values]):
        if address:
            return recipient_hash(address)
    return ""


def is_sent_copy(
    in_reply_to: str, to_hash: str, sent: Callable[[str], object], sent_to: Iterable[str]
) -> bool:
    """Whether a sent message is the user's send of a draft that replied to ``in_reply_to``
    and went to the recipient hashed ``to_hash``. ``sent`` reads a header of the sent
    message by its lower-case name; ``sent_to`` are its To header values."""
    if not in_reply_to or not to_hash:
        return False
    replied = message_ids(sent("in-reply-to")) + message_ids(sent("references"))
    return in_reply_to in replied and first_recipient_hash(sent_to) == to_hash
