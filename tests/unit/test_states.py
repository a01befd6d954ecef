"""The transition table of SPEC section 3."""

from __future__ import annotations

import pytest

from followthrough.model import TERMINAL_STATES, State
from followthrough.tracker.states import Trigger, target

S = State


@pytest.mark.parametrize(
    ("trigger", "current", "expected"),
    [
        (Trigger.OUTREACH, None, S.CONTACTED),
        (Trigger.APPLIED, None, S.APPLIED),
        (Trigger.APPLIED, S.CONTACTED, S.APPLIED),
        (Trigger.ASSESSMENT, S.APPLIED, S.ASSESSMENT),
        (Trigger.INVITE, S.APPLIED, S.INTERVIEW_SCHEDULED),
        (Trigger.INVITE, S.AWAITING_RESPONSE, S.INTERVIEW_SCHEDULED),  # a later round
        (Trigger.INVITE, S.GHOSTED, S.INTERVIEW_SCHEDULED),
        (Trigger.INTERVIEW_ENDED, S.INTERVIEW_SCHEDULED, S.INTERVIEWED),
        (Trigger.CANDIDATE_WROTE, S.INTERVIEWED, S.AWAITING_RESPONSE),
        (Trigger.EMPLOYER_REPLY, S.INTERVIEWED, S.AWAITING_RESPONSE),
        (Trigger.EMPLOYER_REPLY, S.GHOSTED, S.AWAITING_RESPONSE),  # reopens
        (Trigger.REJECTION, S.GHOSTED, S.REJECTED),
        (Trigger.REJECTION, S.INTERVIEW_SCHEDULED, S.REJECTED),
        (Trigger.OFFER, S.AWAITING_RESPONSE, S.OFFER),
        (Trigger.BUDGET_SPENT, S.AWAITING_RESPONSE, S.GHOSTED),
    ],
)
def test_allowed(trigger: Trigger, current: State | None, expected: State) -> None:
    new, reason = target(trigger, current)
    assert new is expected, reason


@pytest.mark.parametrize(
    ("trigger", "current"),
    [
        (Trigger.EMPLOYER_REPLY, S.APPLIED),  # a reply before any interview changes nothing
        (Trigger.EMPLOYER_REPLY, S.INTERVIEW_SCHEDULED),
        (Trigger.APPLIED, S.INTERVIEW_SCHEDULED),  # a late acknowledgement does not go back
        (Trigger.OUTREACH, S.APPLIED),
        (Trigger.CANDIDATE_WROTE, S.APPLIED),
        (Trigger.CANDIDATE_WROTE, S.GHOSTED),  # only the employer reopens
        (Trigger.INTERVIEW_ENDED, S.AWAITING_RESPONSE),
        (Trigger.BUDGET_SPENT, S.INTERVIEW_SCHEDULED),
        (Trigger.INVITE, S.INTERVIEW_SCHEDULED),  # already there: no event
    ],
)
def test_refused_with_reason(trigger: Trigger, current: State) -> None:
    new, reason = target(trigger, current)
    assert new is None
    assert reason


@pytest.mark.parametrize("terminal", sorted(TERMINAL_STATES))
@pytest.mark.parametrize("trigger", list(Trigger))
def test_terminal_states_never_move(terminal: State, trigger: Trigger) -> None:
    new, reason = target(trigger, terminal)
    assert new is None
    assert "final" in reason
