"""When a message whose reading or applying failed is tried again.

A read error is usually passing (a file being rewritten by the mail client, a network
hiccup); a bug on one message is not, but a new release may fix it. So a failure is
tried again with growing pauses, and given up after ``MAX_ATTEMPTS``, with the error
kept on the message for ``show`` and ``doctor`` to tell.
"""

from __future__ import annotations

import datetime as dt

from followthrough.store.models import Message

MAX_ATTEMPTS = 5
FIRST_PAUSE = dt.timedelta(minutes=30)
UNREADABLE = "unreadable: "  # the prefix of a read error: the body must be fetched again


def failed(msg: Message, error: str, now: dt.datetime) -> bool:
    """Record a failure on ``msg``; True while it will be tried again."""
    msg.attempts = (msg.attempts or 0) + 1
    msg.error = error[:500]
    if msg.attempts >= MAX_ATTEMPTS:
        msg.retry_at = None
        msg.error = f"gave up after {msg.attempts} tries: {error}"[:500]
        return False
    msg.retry_at = now + FIRST_PAUSE * (2 ** (msg.attempts - 1))
    return True
