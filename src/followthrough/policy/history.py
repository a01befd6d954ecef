"""A read-only snapshot of one application's history, the input of the policy.

The service builds it from the store; tests build it by hand. Keeping it plain data
keeps the policy a pure function of history and clock.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from followthrough.model import Direction, DraftKind, DraftStatus, Kind, Person, State


@dataclass(frozen=True)
class Mail:
    """One message of the application, as the policy needs it."""

    at: dt.datetime
    direction: Direction
    kind: Kind
    sender: Person | None = None
    recipients: tuple[Person, ...] = ()
    reply_by: dt.date | None = None
    message_id: str | None = None
    references: tuple[str, ...] = ()
    thread_id: str | None = None
    ref: str | None = None
    subject: str = ""
    human: bool = True  # False for no-reply and ATS senders


@dataclass(frozen=True)
class Interview:
    """One interview round; ``key`` is stable across syncs."""

    key: str
    start: dt.datetime
    end: dt.datetime
    interviewers: tuple[Person, ...] = ()
    invite: Mail | None = None


@dataclass(frozen=True)
class MadeDraft:
    """A draft the service already made (whatever became of it)."""

    key: str
    kind: DraftKind
    to: str | None
    created_at: dt.datetime
    status: DraftStatus


@dataclass(frozen=True)
class History:
    """Everything the policy may look at for one application."""

    state: State
    account: str
    company: str | None = None
    interviews: tuple[Interview, ...] = ()
    mails: tuple[Mail, ...] = ()
    drafts: tuple[MadeDraft, ...] = ()
    snoozed_until: dt.datetime | None = None


@dataclass(frozen=True)
class Settings:
    """Every number of the policy (SPEC section 4 defaults)."""

    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    interview_minutes: int = 60
    thank_you_window_days: int = 7
    #: Minutes after an interview's end before its thank-yous are drafted (SPEC: due at
    #: once; a note given later rewrites an open thank-you anyway).
    thank_you_delay_minutes: int = 0
    follow_up_days: int = 7
    later_round_follow_up_days: int = 10
    reply_by_business_days: int = 2
    check_in_days: int = 14
    max_follow_ups: int = 3
    ghost_after_days: int = 14
    monday_hour: int = 9
    #: On the first sync of a mailbox, drafts due longer ago than this are not made.
    first_sync_window_days: int = 7
