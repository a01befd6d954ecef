"""Which drafts are due for one application, and when it counts as ghosted (SPEC section 4).

Pure: :func:`plan` looks only at a :class:`History` and :class:`Settings`; the caller
compares due times with its clock. Keys are stable across syncs, so the service can
refuse to make the same draft twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from followthrough.classify.senders import reachable
from followthrough.model import (
    TERMINAL_STATES,
    Direction,
    DraftKind,
    Kind,
    Person,
    State,
)
from followthrough.policy.calendar import add_business_days, at_local, off_weekend
from followthrough.policy.history import History, Interview, Mail, Settings

FOLLOW_UP_KINDS = frozenset({DraftKind.FOLLOW_UP, DraftKind.CHECK_IN})
_SILENCE_STATES = frozenset({State.INTERVIEWED, State.AWAITING_RESPONSE})


@dataclass(frozen=True)
class Due:
    """A draft the policy wants made at ``at`` (possibly in the future).

    ``to`` is None when nobody with an address can receive it; ``reply_to`` is the
    message the draft answers (its thread); ``expires`` is when making it stops making sense.
    ``in_thread``: the draft is a reply in ``reply_to``'s conversation ("Re: <their
    subject>", their message quoted); otherwise a new message with the template's
    subject that still refers to ``reply_to`` (a thank-you to someone who never wrote).
    """

    key: str
    kind: DraftKind
    at: dt.datetime
    to: Person | None
    reply_to: Mail | None = None
    interview: Interview | None = None
    expires: dt.datetime | None = None
    why: str = ""
    in_thread: bool = False


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and a.lower() == b.lower()  # type: ignore[union-attr]


def _ended(h: History, now: dt.datetime) -> list[Interview]:
    return sorted((i for i in h.interviews if i.end <= now), key=lambda i: i.start)


def thanked(h: History, interview: Interview, address: str) -> bool:
    """Whether the candidate already wrote to ``address`` after ``interview`` began."""
    for mail in h.mails:
        if mail.direction is not Direction.OUT or mail.at < interview.start:
            continue
        if mail.kind in (Kind.THANK_YOU, Kind.FOLLOW_UP) and any(
            _same(p.address, address) for p in mail.recipients
        ):
            return True
    return False


def _thank_you(
    interview: Interview,
    person: Person,
    s: Settings,
    *,
    key: str,
    why: str,
    written: Mail | None = None,
) -> Due:
    """The thank-you to one interviewer, due when the interview ends: a reply to the
    last message they wrote to the candidate (``written``), else a new message that
    refers to the invitation."""
    return Due(
        key=f"thank_you:{interview.key}:{key}",
        kind=DraftKind.THANK_YOU,
        at=interview.end + dt.timedelta(minutes=s.thank_you_delay_minutes),
        to=person,
        reply_to=written or interview.invite,
        interview=interview,
        expires=interview.end + dt.timedelta(days=s.thank_you_window_days),
        why=why,
        in_thread=written is not None,
    )


def _last_written_by(h: History, address: str) -> Mail | None:
    """The newest message ``address`` sent the candidate, if they ever wrote."""
    for mail in reversed(h.mails):
        if mail.direction is Direction.IN and mail.sender and _same(mail.sender.address, address):
            return mail
    return None


def unaddressed_thank_yous(h: History, s: Settings, now: dt.datetime) -> list[Due]:
    """Thank-yous owed to interviewers the mail names without any address: nothing can
    be drafted, but the user should know someone is owed one (``status`` lists them)."""
    out: list[Due] = []
    for interview in h.interviews:
        if interview.end > now or now > interview.end + dt.timedelta(days=s.thank_you_window_days):
            continue
        for person in interview.interviewers:
            if person.address or not person.name:
                continue
            if _thanked_by_name(h, interview, person.name):
                continue
            out.append(
                _thank_you(
                    interview,
                    person,
                    s,
                    key=person.name.casefold(),
                    why="the interview ended; nobody with an address to send it to",
                )
            )
    return out


def _thanked_by_name(h: History, interview: Interview, name: str) -> bool:
    """Whether the candidate wrote a thank-you to someone of this name after the interview."""
    folded = name.casefold()
    return any(
        mail.direction is Direction.OUT
        and mail.at >= interview.start
        and mail.kind in (Kind.THANK_YOU, Kind.FOLLOW_UP)
        and any(p.name and p.name.casefold() == folded for p in mail.recipients)
        for mail in h.mails
    )


def thank_yous(h: History, s: Settings) -> list[Due]:
    """One thank-you per interviewer with an address, at the end of each interview."""
    out: list[Due] = []
    for interview in h.interviews:
        for person in interview.interviewers:
            if not person.address or not reachable(person, company=h.company, account=h.account):
                continue
            if thanked(h, interview, person.address):
                continue
            out.append(
                _thank_you(
                    interview,
                    person,
                    s,
                    key=person.address.lower(),
                    why="the interview ended",
                    written=_last_written_by(h, person.address),
                )
            )
    return out


def _employer_mails(h: History) -> list[Mail]:
    return [m for m in h.mails if m.direction is Direction.IN and m.kind is not Kind.OTHER]


def correspondent(h: History) -> tuple[Person | None, Mail | None]:
    """Who a follow-up goes to, and which message it answers (SPEC section 4).

    The last person on the employer's side who wrote (``senders.reachable``: never a
    robot, a platform or a shared mailbox); where only such mailboxes wrote, the first
    interviewer of the latest interview with an address.
    """
    for mail in reversed(_employer_mails(h)):
        if mail.human and mail.sender is not None:
            return mail.sender, mail
    for interview in sorted(h.interviews, key=lambda i: i.start, reverse=True):
        for person in interview.interviewers:
            if reachable(person, company=h.company, account=h.account):
                return person, interview.invite
    return None, h.mails[-1] if h.mails else None


def _thread_mail(h: History, person: Person | None, fallback: Mail | None) -> Mail | None:
    """The thread a follow-up replies in: the employer's own conversation, so the newest
    message ``person`` wrote to the candidate; when they never wrote (an interviewer
    only named in an invitation), the newest message exchanged with them."""
    if person is None or not person.address:
        return fallback
    written = _last_written_by(h, person.address)
    if written is not None:
        return written
    for mail in reversed(h.mails):
        people = (mail.sender, *mail.recipients) if mail.sender else mail.recipients
        if any(p is not None and _same(p.address, person.address) for p in people):
            return mail
    return fallback


@dataclass(frozen=True)
class Silence:
    """The current stretch of silence after an interview, as the follow-up rules see it."""

    start: dt.datetime  # the last interview end or employer mail: resets the budget
    last_contact: dt.datetime  # what the first follow-up is timed from
    sent: int  # follow-ups made or sent since ``start``
    last_follow_up: dt.datetime | None
    later_round: bool
    promised: dt.date | None


def silence(h: History, now: dt.datetime) -> Silence | None:
    """Describe the silence after the latest interview, or None when there is none yet."""
    ended = _ended(h, now)
    employer = [m for m in _employer_mails(h) if m.at <= now]
    if not ended and h.state not in _SILENCE_STATES:
        return None
    anchors = [i.end for i in ended] + [m.at for m in employer]
    outbound = [
        m
        for m in h.mails
        if m.direction is Direction.OUT and m.kind in (Kind.THANK_YOU, Kind.FOLLOW_UP)
    ]
    if not anchors and not outbound:
        return None
    start = max(anchors) if anchors else min(m.at for m in outbound)
    contact = max([start, *(m.at for m in outbound if m.at >= start)])
    sent_mails = [m.at for m in outbound if m.kind is Kind.FOLLOW_UP and m.at >= start]
    # Every follow-up made counts, sent or not: one replaced by the next check-in, or
    # removed, still spent one of the budget (SPEC section 4).
    made = [d.created_at for d in h.drafts if d.kind in FOLLOW_UP_KINDS and d.created_at >= start]
    follow_ups = sent_mails + made
    since = ended[-1].start if ended else start
    # A promise whose date had passed when the employer wrote again is stale: their new
    # mail restarts the silence (a ghosted application reopened in November is not owed
    # a follow-up for September's "we'll decide by the 15th").
    latest = max((m.at for m in employer), default=None)
    promises = [
        m.reply_by
        for m in employer
        if m.reply_by
        and m.at >= since
        and (latest is None or m.reply_by >= latest.astimezone(dt.UTC).date())
    ]
    return Silence(
        start=start,
        last_contact=contact,
        sent=max(len(sent_mails), len(made)),
        last_follow_up=max(follow_ups) if follow_ups else None,
        later_round=_later_round(h, ended),
        promised=promises[-1] if promises else None,
    )


def _later_round(h: History, ended: list[Interview]) -> bool:
    """Whether the candidate is past a second round: two interviews ended, or an invite
    came after the first one ended (a round booked by link or phone has no fixed time)."""
    if len(ended) >= 2:
        return True
    if not ended:
        return False
    first_end = ended[0].end
    return any(
        m.direction is Direction.IN and m.kind is Kind.INTERVIEW_INVITE and m.at > first_end
        for m in h.mails
    )


def follow_up(h: History, s: Settings, now: dt.datetime) -> Due | None:
    """The next follow-up or check-in, or None when none is owed."""
    if h.state not in _SILENCE_STATES:
        return None
    quiet = silence(h, now)
    if quiet is None or quiet.sent >= s.max_follow_ups:
        return None
    if quiet.sent == 0:
        kind = DraftKind.FOLLOW_UP
        if quiet.promised is not None:
            day = add_business_days(quiet.promised, s.reply_by_business_days)
            at = at_local(day, s.monday_hour, s.tz)
            why = f"the employer promised an answer by {quiet.promised.isoformat()}"
        else:
            days = s.later_round_follow_up_days if quiet.later_round else s.follow_up_days
            at = quiet.last_contact + dt.timedelta(days=days)
            why = f"{days} days without an answer"
    else:
        kind = DraftKind.CHECK_IN
        assert quiet.last_follow_up is not None
        at = quiet.last_follow_up + dt.timedelta(days=s.check_in_days)
        why = f"{s.check_in_days} days since the last follow-up"
    at = off_weekend(at, s.tz, monday_hour=s.monday_hour)
    if h.snoozed_until is not None and at < h.snoozed_until:
        at = h.snoozed_until
    person, answered = correspondent(h)
    thread = _thread_mail(h, person, answered)
    return Due(
        key=f"{kind.value}:{quiet.start.astimezone(dt.UTC).isoformat()}:{quiet.sent + 1}",
        kind=kind,
        at=at,
        to=person,
        reply_to=thread,
        why=why,
        in_thread=thread is not None,
    )


def ghosted_at(h: History, s: Settings, now: dt.datetime) -> dt.datetime | None:
    """When the application counts as ghosted: the budget spent and the last one unanswered."""
    if h.state not in _SILENCE_STATES:
        return None
    quiet = silence(h, now)
    if quiet is None or quiet.sent < s.max_follow_ups or quiet.last_follow_up is None:
        return None
    return quiet.last_follow_up + dt.timedelta(days=s.ghost_after_days)


def plan(h: History, s: Settings, now: dt.datetime) -> list[Due]:
    """Every draft the rules want for this application that was not made yet.

    Due times may lie in the future (``status`` shows the next one); the caller makes
    those with ``at <= now`` and not expired. Terminal applications get nothing.
    """
    if h.state in TERMINAL_STATES or h.state is State.GHOSTED:
        return []
    made = {d.key for d in h.drafts}
    wanted = [d for d in thank_yous(h, s) if d.expires is None or now <= d.expires]
    nxt = follow_up(h, s, now)
    if nxt is not None:
        wanted.append(nxt)
    return sorted((d for d in wanted if d.key not in made), key=lambda d: d.at)


def due_now(h: History, s: Settings, now: dt.datetime) -> list[Due]:
    """The drafts to make at ``now``: due, not yet made, not expired."""
    return [d for d in plan(h, s, now) if d.at <= now]


def next_wake(h: History, s: Settings, now: dt.datetime) -> dt.datetime | None:
    """The next moment the clock alone could change this application, or None.

    A due draft, the end of an interview still ahead, or the day it counts as ghosted;
    the service leaves the application alone until then unless new mail arrives.
    """
    times = [d.at for d in plan(h, s, now) if d.at > now]
    times += [i.end for i in h.interviews if i.end > now]
    ghost = ghosted_at(h, s, now)
    if ghost is not None:  # one already past (drafts skipped on a first sync) fires next pass
        times.append(ghost)
    return min(times) if times else None
