"""Classify job-search mail (SPEC section 2) and extract its fields.

``classify`` takes a :class:`~followthrough.mail.parse.ParsedMessage`; ``classify_bytes``
parses raw RFC 5322 bytes first. Both are pure functions: no network, no state.
"""

from __future__ import annotations

import dataclasses

from followthrough.classify.directory import CompanyDirectory
from followthrough.mail.parse import ParsedMessage, parse_message
from followthrough.model import Classification, Direction


def classify(
    msg: ParsedMessage,
    *,
    account: str | None = None,
    direction: Direction | None = None,
    directory: CompanyDirectory | None = None,
) -> Classification:
    """The kind and fields of one message.

    :param account: the mailbox owner's address; mail from it is outbound.
    :param direction: overrides the direction worked out from ``account``.
    :param directory: optional memory of company names per domain, shared across one
        mailbox's messages (oldest first) so that a reply naming no company still gets
        the name its domain was seen with before. Without it, classification is pure.
    """
    from followthrough.classify.core import classify_parsed  # not for readers of senders

    result = classify_parsed(msg, account=account, direction=direction, directory=directory)
    if msg.degraded:  # read only in part: say so where the user looks (show, review)
        marks = tuple(f"parse.degraded: {reason}" for reason in msg.degraded)
        result = dataclasses.replace(result, evidence=(*result.evidence, *marks))
    return result


def classify_bytes(
    raw: bytes,
    *,
    account: str | None = None,
    direction: Direction | None = None,
    directory: CompanyDirectory | None = None,
) -> tuple[ParsedMessage, Classification]:
    """Parse ``raw`` and classify it; raises MalformedMessageError when unparseable."""
    msg = parse_message(raw)
    return msg, classify(msg, account=account, direction=direction, directory=directory)


__all__ = ["CompanyDirectory", "classify", "classify_bytes"]
