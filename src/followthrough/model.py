"""Plain domain types shared by every layer: kinds, states, people, classifications, drafts.

No ORM and no provider types here, so the pure modules (classify, tracker, policy)
can be tested without a database or a mailbox.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    """The kind of a message (SPEC section 2)."""

    APPLICATION_ACK = "application_ack"
    RECRUITER_OUTREACH = "recruiter_outreach"
    INTERVIEW_INVITE = "interview_invite"
    ASSESSMENT = "assessment"
    RECRUITER_REPLY = "recruiter_reply"
    REJECTION = "rejection"
    OFFER = "offer"
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


INBOUND_KINDS = frozenset(
    {
        Kind.APPLICATION_ACK,
        Kind.RECRUITER_OUTREACH,
        Kind.INTERVIEW_INVITE,
        Kind.ASSESSMENT,
        Kind.RECRUITER_REPLY,
        Kind.REJECTION,
        Kind.OFFER,
    }
)
OUTBOUND_KINDS = frozenset({Kind.THANK_YOU, Kind.FOLLOW_UP})


class Direction(StrEnum):
    """Whether the mailbox owner received (in) or sent (out) a message."""

    IN = "in"
    OUT = "out"


class State(StrEnum):
    """The state of one application (SPEC section 3)."""

    CONTACTED = "contacted"
    APPLIED = "applied"
    ASSESSMENT = "assessment"
    INTERVIEW_SCHEDULED = "interview_scheduled"
    INTERVIEWED = "interviewed"
    AWAITING_RESPONSE = "awaiting_response"
    OFFER = "offer"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"


TERMINAL_STATES = frozenset({State.OFFER, State.REJECTED, State.WITHDRAWN})


class DraftKind(StrEnum):
    """The drafts the service leaves in the mailbox (SPEC section 4)."""

    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    CHECK_IN = "check_in"
    REJECTION_REPLY = "rejection_reply"


class DraftStatus(StrEnum):
    """What became of a draft the service made (``status --json`` drafts[].status)."""

    OPEN = "open"
    SENT = "sent"
    DELETED = "deleted"
    REMOVED = "removed"
    BLOCKED = "blocked"  # never written: the draft lint stopped it (``problem`` says why)
    SKIPPED = "skipped"  # never written: due long before the first sync (an old mailbox)


@dataclass(frozen=True)
class Person:
    """A name and/or an address; addresses are kept lower-case."""

    name: str | None = None
    address: str | None = None
    #: A role the mail gave them ("Staff Engineer"), kept apart from the name.
    title: str | None = field(default=None, compare=False)

    def __str__(self) -> str:
        if self.name and self.address:
            return f"{self.name} <{self.address}>"
        return self.name or self.address or ""


@dataclass(frozen=True)
class Classification:
    """What the classifier read from one message.

    ``interview_start``/``interview_end`` are aware datetimes; ``reply_by`` is the date
    the employer promised to answer by. ``evidence`` names the rules or features that
    decided the kind, so a user can see why. ``confidence`` is in [0, 1].
    """

    kind: Kind
    company: str | None = None
    role: str | None = None
    interview_start: dt.datetime | None = None
    interview_end: dt.datetime | None = None
    interviewers: tuple[Person, ...] = ()
    reply_by: dt.date | None = None
    confidence: float = 1.0
    evidence: tuple[str, ...] = ()
    language: str | None = None
    calendar_uid: str | None = None
    # Which domain the hiring company writes from, when the classifier could tell
    # (not an ATS, job board or free-mail domain); helps match later mail.
    company_domain: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
