"""The state machine of one application, over plain values (SPEC section 3).

:func:`apply` takes what the tracker knows of an application (a :class:`Case`), one
message's :class:`Evidence` and the policy's settings, and returns the new case with the
transitions it made; :func:`tick` does the same for the passing of time (an interview
ending, the follow-up budget running out). Nothing here reads or writes a database:
the service loads a case, calls these functions and stores what they return, and a
rebuild replays an application with the same calls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from followthrough.model import TERMINAL_STATES, Direction, Kind, State
from followthrough.policy.history import Settings
from followthrough.tracker.states import Trigger, target

#: An interviewer as stored: (name, address[, title]).
Interviewer = tuple[str | None, ...]


@dataclass(frozen=True)
class Round:
    """One interview round of an application."""

    start: dt.datetime
    end: dt.datetime
    uid: str | None = None  # the calendar event's UID, when the invite carried one
    thread: str | None = None  # the conversation that fixed it: a new time there moves it
    ended: bool = False  # its end already fired (an interview ends once)
    interviewers: tuple[Interviewer, ...] = ()
    message: int | None = None  # the invite that fixed its time


@dataclass(frozen=True)
class Case:
    """What the state machine knows of one application."""

    state: State | None = None  # None: a new application, no state yet
    company: str | None = None
    role: str | None = None
    domains: tuple[str, ...] = ()  # the employer's own domains, learned from its mail
    updated_at: dt.datetime | None = None
    events: tuple[dt.datetime, ...] = ()  # when its state changes happened
    rounds: tuple[Round, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """What one message, already matched to the application, tells the state machine."""

    kind: Kind
    direction: Direction
    at: dt.datetime
    subject: str = ""
    message: int | None = None  # the stored message's id, for the events it causes
    company: str | None = None
    role: str | None = None
    company_domain: str | None = None
    interview_start: dt.datetime | None = None
    interview_end: dt.datetime | None = None
    calendar_uid: str | None = None
    thread: str | None = None  # its conversation (thread id, first reference, own id)
    interviewers: tuple[Interviewer, ...] = ()
    corrected: bool = False  # the user set its kind


@dataclass(frozen=True)
class Transition:
    """One change of state, stored as an event of the application."""

    before: State | None
    after: State
    at: dt.datetime
    cause: str
    message: int | None = None


@dataclass(frozen=True)
class Step:
    """A case after one call, and the transitions that call made (oldest first)."""

    case: Case
    transitions: tuple[Transition, ...] = ()

    def then(self, step: Step) -> Step:
        return Step(step.case, self.transitions + step.transitions)


#: When an application's follow-up budget ran out unanswered, as of a time, read by the
#: policy from its history (``policy.followup.ghosted_at``); None while it has not.
Silence = Callable[[State, dt.datetime], dt.datetime | None]


def never(_state: State, _until: dt.datetime) -> dt.datetime | None:
    return None


INBOUND_TRIGGERS = {
    Kind.RECRUITER_OUTREACH: Trigger.OUTREACH,
    Kind.APPLICATION_ACK: Trigger.APPLIED,
    Kind.ASSESSMENT: Trigger.ASSESSMENT,
    Kind.INTERVIEW_INVITE: Trigger.INVITE,
    Kind.RECRUITER_REPLY: Trigger.EMPLOYER_REPLY,
    Kind.REJECTION: Trigger.REJECTION,
    Kind.OFFER: Trigger.OFFER,
    # The candidate's kinds arriving from outside (a user's correction, an employer's
    # "following up on our call"): the employer wrote, nothing more.
    Kind.THANK_YOU: Trigger.EMPLOYER_REPLY,
    Kind.FOLLOW_UP: Trigger.EMPLOYER_REPLY,
}
#: The state a new application starts in when the candidate's own mail is the first we see.
OUTBOUND_START = {Kind.THANK_YOU: State.AWAITING_RESPONSE, Kind.FOLLOW_UP: State.APPLIED}


def record(
    case: Case, new: State, *, at: dt.datetime, cause: str, message: int | None = None
) -> Step:
    """Move ``case`` to ``new`` whatever the table says (a user's correction, a start)."""
    moved = replace(
        case,
        state=new,
        updated_at=max(case.updated_at or at, at),
        events=(*case.events, at),
    )
    return Step(moved, (Transition(case.state, new, at, cause, message),))


def fire(
    case: Case, trigger: Trigger, *, at: dt.datetime, cause: str, message: int | None = None
) -> Step:
    """Move ``case`` as the transition table says ``trigger`` does; refused: no change."""
    new, _reason = target(trigger, case.state)
    if new is None:
        return Step(case)
    return record(case, new, at=at, cause=cause, message=message)


def _not_before_last(case: Case, at: dt.datetime, until: dt.datetime) -> dt.datetime:
    """A timer's event never lands before the latest event of its application."""
    latest = max((e for e in case.events if e <= until), default=None)
    return max(at, latest) if latest is not None else at


def tick(case: Case, until: dt.datetime, settings: Settings, silence: Silence = never) -> Step:
    """Fire the interview-ended and ghosted timers of ``case`` due by ``until``.

    An interview ends once: an assessment that came after it is not undone by the end
    of that same interview when the timers run again."""
    step = Step(case)
    if case.state in (State.INTERVIEW_SCHEDULED, State.ASSESSMENT):
        rows = sorted(case.rounds, key=lambda r: r.end)
        ended = [r for r in rows if r.end <= until]
        if any(not r.ended for r in ended) and len(ended) == len(rows):
            at = _not_before_last(case, ended[-1].end, until)
            step = fire(case, Trigger.INTERVIEW_ENDED, at=at, cause="the interview ended")
        rounds = tuple(replace(r, ended=True) if r.end <= until else r for r in case.rounds)
        step = Step(replace(step.case, rounds=rounds), step.transitions)
    case = step.case
    if case.state in (State.INTERVIEWED, State.AWAITING_RESPONSE):
        when = silence(case.state, until)
        if when is not None and when <= until:
            step = step.then(
                fire(
                    case,
                    Trigger.BUDGET_SPENT,
                    at=_not_before_last(case, when, until),
                    cause=f"no answer to {settings.max_follow_ups} follow-ups",
                )
            )
    return step


def learn(case: Case, ev: Evidence) -> Case:
    """Remember the role, the company name and the employer's own domain."""
    role = case.role or ev.role
    company = case.company or ev.company
    domains = case.domains
    if ev.direction is Direction.IN and ev.company_domain and ev.company_domain not in domains:
        domains = (*domains, ev.company_domain)
    return replace(case, role=role, company=company, domains=domains)


def schedule(case: Case, ev: Evidence, settings: Settings) -> Case:
    """Add the interview an invite fixes, or move the one it reschedules."""
    if ev.interview_start is None:
        return case
    start = ev.interview_start
    end = ev.interview_end or start + dt.timedelta(minutes=settings.interview_minutes)
    found = None
    for i, row in enumerate(case.rounds):
        same_event = bool(ev.calendar_uid) and row.uid == ev.calendar_uid
        # A new time in the same thread before the old one happened: rescheduled.
        moved = bool(ev.thread) and row.thread == ev.thread and row.end > ev.at
        if same_event or row.start == start or moved:
            found = i
    if found is None:
        new = Round(start, end, uid=ev.calendar_uid, thread=ev.thread)
        rounds = (*case.rounds, new)
        found = len(rounds) - 1
    else:
        rounds = case.rounds
    row = rounds[found]
    row = replace(
        row,
        start=start,
        end=end,
        message=ev.message,
        ended=False,
        interviewers=ev.interviewers or row.interviewers,
    )
    return replace(case, rounds=(*rounds[:found], row, *rounds[found + 1 :]))


def apply(case: Case, ev: Evidence, settings: Settings, silence: Silence = never) -> Step:
    """What one message, matched to this application, does to it.

    The timers due by the message's date fire first, so a late sync reaches the same
    states as a punctual one."""
    if ev.kind is Kind.OTHER:
        if ev.direction is Direction.IN:
            return Step(case)
        step = tick(case, ev.at, settings, silence)
        cause = f"the candidate replied (message #{ev.message}): {ev.subject[:80]}"
        return step.then(
            fire(step.case, Trigger.APPLIED, at=ev.at, message=ev.message, cause=cause)
        )
    step = tick(case, ev.at, settings, silence)
    case = learn(step.case, ev)
    corrected = ", kind set by the user" if ev.corrected else ""
    cause = f"{ev.kind.value} (message #{ev.message}{corrected}): {ev.subject[:80]}"
    if ev.direction is Direction.OUT:
        if case.state is None:
            # The candidate's own mail of any other kind (a corrected kind, an
            # application sent from their address) opens the application as applied.
            start = OUTBOUND_START.get(ev.kind, State.APPLIED)
            return step.then(record(case, start, at=ev.at, cause=cause, message=ev.message))
        if any(row.start > ev.at for row in case.rounds):
            # (a thank-you for round one while round two lies ahead moves nothing)
            return Step(case, step.transitions)
        return step.then(
            fire(case, Trigger.CANDIDATE_WROTE, at=ev.at, cause=cause, message=ev.message)
        )
    if ev.kind is Kind.INTERVIEW_INVITE and case.state not in TERMINAL_STATES:
        case = schedule(case, ev, settings)
    step = step.then(
        fire(case, INBOUND_TRIGGERS[ev.kind], at=ev.at, cause=cause, message=ev.message)
    )
    if step.case.state is None:  # a first message that moves nothing still opens it
        step = step.then(
            record(step.case, State.APPLIED, at=ev.at, cause=cause, message=ev.message)
        )
    return step


def waits_for_review(
    kind: Kind,
    *,
    confidence: float,
    settled: bool,
    min_confidence: float,
    review_all: bool,
) -> bool:
    """Whether a message must wait for the user's review before it moves anything.

    A message the classifier was unsure of waits, ``other`` included: an unsure "other"
    may be the rejection that ends an application. With ``[review] all``, every message
    of a job kind waits. ``settled``: the user already reviewed it or set its kind."""
    if settled:
        return False
    if confidence < min_confidence:
        return True
    return review_all and kind is not Kind.OTHER
