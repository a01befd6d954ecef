"""The transition table of SPEC section 3, as data.

Each trigger maps to the states it may leave and the state it leads to. A trigger not
allowed from the current state is refused with a reason; a trigger that leads to the
state the application is already in is a no-op. User corrections bypass the table.
"""

from __future__ import annotations

from enum import StrEnum

from followthrough.model import TERMINAL_STATES, State


class Trigger(StrEnum):
    """What can move an application."""

    OUTREACH = "recruiter_outreach"
    APPLIED = "application_ack"
    ASSESSMENT = "assessment"
    INVITE = "interview_invite"
    INTERVIEW_ENDED = "interview_ended"
    CANDIDATE_WROTE = "candidate_wrote"  # thank_you or follow_up after an interview
    EMPLOYER_REPLY = "employer_reply"  # a reply from the employer that is not a decision
    REJECTION = "rejection"
    OFFER = "offer"
    BUDGET_SPENT = "budget_spent"


_OPEN = frozenset(State) - TERMINAL_STATES
_BEFORE_INTERVIEW = frozenset({State.CONTACTED, State.APPLIED})
_AFTER_INTERVIEW = frozenset({State.INTERVIEWED, State.AWAITING_RESPONSE})

# trigger -> (states it may leave, state it leads to). ``None`` as a source means a new
# application. Read as: "from any of these, this trigger moves to that".
TRANSITIONS: dict[Trigger, tuple[frozenset[State | None], State]] = {
    Trigger.OUTREACH: (frozenset({None, State.GHOSTED}), State.CONTACTED),
    Trigger.APPLIED: (frozenset({None, State.CONTACTED, State.GHOSTED}), State.APPLIED),
    Trigger.ASSESSMENT: (frozenset({None, *_OPEN}), State.ASSESSMENT),
    Trigger.INVITE: (frozenset({None, *_OPEN}), State.INTERVIEW_SCHEDULED),
    Trigger.INTERVIEW_ENDED: (
        frozenset({State.INTERVIEW_SCHEDULED, State.ASSESSMENT}),
        State.INTERVIEWED,
    ),
    # The candidate's own thank-you also proves an interview happened when the invite
    # had no fixed time (a scheduling link), so it may leave interview_scheduled too.
    Trigger.CANDIDATE_WROTE: (
        frozenset({State.INTERVIEWED, State.INTERVIEW_SCHEDULED}),
        State.AWAITING_RESPONSE,
    ),
    Trigger.EMPLOYER_REPLY: (
        frozenset({State.INTERVIEWED, State.GHOSTED}),
        State.AWAITING_RESPONSE,
    ),
    Trigger.REJECTION: (frozenset({None, *_OPEN}), State.REJECTED),
    Trigger.OFFER: (frozenset({None, *_OPEN}), State.OFFER),
    Trigger.BUDGET_SPENT: (_AFTER_INTERVIEW, State.GHOSTED),
}


def target(trigger: Trigger, current: State | None) -> tuple[State | None, str]:
    """Where ``trigger`` leads from ``current``.

    :returns: ``(new_state, reason)``; ``new_state`` is None when the trigger is refused
        or changes nothing, and ``reason`` says why.
    """
    sources, new = TRANSITIONS[trigger]
    if current is not None and current in TERMINAL_STATES:
        return None, f"{current} is final; only the user can change it"
    if current == new:
        return None, f"already {new}"
    if current not in sources:
        where = current.value if current else "a new application"
        return None, f"{trigger.value} does not move {where}"
    return new, f"{trigger.value}: {current.value if current else 'new'} -> {new.value}"
