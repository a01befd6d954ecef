"""The state machine over plain values: a table of cases, then properties over random
histories (no database, no provider)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followthrough.model import TERMINAL_STATES, Direction, Kind, State
from followthrough.policy.followup import plan
from followthrough.policy.history import History, Interview, Mail, Settings
from followthrough.tracker import machine
from followthrough.tracker.machine import Case, Evidence

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
H = dt.timedelta(hours=1)
S = Settings()
IN, OUT = Direction.IN, Direction.OUT


def ev(kind: Kind, at: dt.datetime, direction: Direction = IN, **kw: object) -> Evidence:
    return Evidence(kind=kind, direction=direction, at=at, subject=kind.value, **kw)  # type: ignore[arg-type]


def run(*evidence: Evidence, until: dt.datetime | None = None) -> machine.Step:
    step = machine.Step(Case())
    for e in evidence:
        step = step.then(machine.apply(step.case, e, S))
    if until is not None:
        step = step.then(machine.tick(step.case, until, S))
    return step


def states(step: machine.Step) -> list[str]:
    return [t.after.value for t in step.transitions]


# -- the table ----------------------------------------------------------------------

TABLE = [
    # (what arrives, the states it leads through)
    ([ev(Kind.APPLICATION_ACK, T0)], ["applied"]),
    ([ev(Kind.RECRUITER_OUTREACH, T0)], ["contacted"]),
    # A first message that moves nothing still opens the application.
    ([ev(Kind.RECRUITER_REPLY, T0)], ["applied"]),
    ([ev(Kind.THANK_YOU, T0, OUT)], ["awaiting_response"]),
    ([ev(Kind.FOLLOW_UP, T0, OUT)], ["applied"]),
    ([ev(Kind.OFFER, T0, OUT)], ["applied"]),  # the candidate's own mail of another kind
    ([ev(Kind.OTHER, T0)], []),  # unrelated inbound mail opens nothing
    (
        [ev(Kind.APPLICATION_ACK, T0), ev(Kind.REJECTION, T0 + 24 * H)],
        ["applied", "rejected"],
    ),
    # Nothing moves a final state but the user.
    (
        [
            ev(Kind.REJECTION, T0),
            ev(Kind.INTERVIEW_INVITE, T0 + H, interview_start=T0 + 48 * H),
            ev(Kind.OFFER, T0 + 2 * H),
            ev(Kind.FOLLOW_UP, T0 + 3 * H, OUT),
        ],
        ["rejected"],
    ),
    (
        [ev(Kind.APPLICATION_ACK, T0), ev(Kind.ASSESSMENT, T0 + H)],
        ["applied", "assessment"],
    ),
    # The candidate's reply to a recruiter who reached out means they applied.
    (
        [ev(Kind.RECRUITER_OUTREACH, T0), ev(Kind.OTHER, T0 + H, OUT)],
        ["contacted", "applied"],
    ),
]


@pytest.mark.parametrize(("evidence", "expected"), TABLE)
def test_transition_table(evidence: list[Evidence], expected: list[str]) -> None:
    assert states(run(*evidence)) == expected


def test_an_interview_ends_once_and_a_later_assessment_stays() -> None:
    invite = ev(Kind.INTERVIEW_INVITE, T0, interview_start=T0 + 24 * H, thread="t1")
    step = run(invite, until=T0 + 30 * H)
    assert states(step) == ["interview_scheduled", "interviewed"]
    assert step.case.rounds[0].end == T0 + 25 * H  # the default length of an interview
    after = step.then(machine.apply(step.case, ev(Kind.ASSESSMENT, T0 + 40 * H), S))
    again = machine.tick(after.case, T0 + 90 * H, S)
    assert after.case.state is State.ASSESSMENT
    assert again.transitions == ()  # the interview that already ended does not end again


def test_an_interview_ends_only_when_every_round_has() -> None:
    step = run(
        ev(Kind.INTERVIEW_INVITE, T0, interview_start=T0 + 24 * H, calendar_uid="a"),
        ev(Kind.INTERVIEW_INVITE, T0 + H, interview_start=T0 + 72 * H, calendar_uid="b"),
        until=T0 + 30 * H,
    )
    assert step.case.state is State.INTERVIEW_SCHEDULED
    done = machine.tick(step.case, T0 + 80 * H, S)
    assert states(done) == ["interviewed"]
    assert done.transitions[0].at == T0 + 73 * H


def test_a_new_time_in_the_same_thread_moves_the_interview() -> None:
    step = run(
        ev(Kind.INTERVIEW_INVITE, T0, interview_start=T0 + 24 * H, thread="t1", message=1),
        ev(Kind.INTERVIEW_INVITE, T0 + 2 * H, interview_start=T0 + 48 * H, thread="t1", message=2),
    )
    (row,) = step.case.rounds
    assert (row.start, row.message) == (T0 + 48 * H, 2)


def test_the_same_calendar_event_moves_the_interview_across_threads() -> None:
    step = run(
        ev(Kind.INTERVIEW_INVITE, T0, interview_start=T0 + 24 * H, calendar_uid="u", thread="a"),
        ev(
            Kind.INTERVIEW_INVITE, T0 + H, interview_start=T0 + 26 * H, calendar_uid="u", thread="b"
        ),
    )
    assert [r.start for r in step.case.rounds] == [T0 + 26 * H]


def test_an_invite_after_the_interview_in_the_same_thread_is_a_new_round() -> None:
    step = run(
        ev(Kind.INTERVIEW_INVITE, T0, interview_start=T0 + 24 * H, thread="t1"),
        ev(Kind.INTERVIEW_INVITE, T0 + 48 * H, interview_start=T0 + 96 * H, thread="t1"),
    )
    assert [r.start for r in step.case.rounds] == [T0 + 24 * H, T0 + 96 * H]
    assert states(step) == ["interview_scheduled", "interviewed", "interview_scheduled"]


def test_interviewers_stay_unless_the_new_invite_names_some() -> None:
    ana = (("Ana Diaz", "ana@acme.example"),)
    step = run(
        ev(Kind.INTERVIEW_INVITE, T0, interview_start=T0 + 24 * H, thread="t", interviewers=ana),
        ev(Kind.INTERVIEW_INVITE, T0 + H, interview_start=T0 + 30 * H, thread="t"),
    )
    assert step.case.rounds[0].interviewers == ana


def test_a_thank_you_for_round_one_while_round_two_lies_ahead_moves_nothing() -> None:
    step = run(
        ev(Kind.INTERVIEW_INVITE, T0, interview_start=T0 + 24 * H, calendar_uid="1"),
        ev(Kind.INTERVIEW_INVITE, T0 + 26 * H, interview_start=T0 + 96 * H, calendar_uid="2"),
        ev(Kind.THANK_YOU, T0 + 27 * H, OUT),
    )
    assert step.case.state is State.INTERVIEW_SCHEDULED
    thanks = machine.apply(step.case, ev(Kind.THANK_YOU, T0 + 98 * H, OUT), S)
    assert states(thanks) == ["interviewed", "awaiting_response"]


def test_learning_names_and_domains() -> None:
    step = run(
        ev(
            Kind.APPLICATION_ACK,
            T0,
            company="Acme",
            role="Data Engineer",
            company_domain="acme.example",
        ),
        ev(
            Kind.RECRUITER_REPLY,
            T0 + H,
            company="Acme Corp",
            role="Analyst",
            company_domain="acme.example",
        ),
        ev(Kind.FOLLOW_UP, T0 + 2 * H, OUT, company_domain="gmail.example"),
        ev(Kind.OFFER, T0 + 3 * H, company_domain="mail.acme.example"),
    )
    case = step.case
    assert (case.company, case.role) == ("Acme", "Data Engineer")  # the first names stay
    assert case.domains == ("acme.example", "mail.acme.example")  # only the employer's mail teaches


def _silent_after(days: int) -> machine.Silence:
    def when(state: State, until: dt.datetime) -> dt.datetime | None:
        return T0 + dt.timedelta(days=days)

    return when


def test_a_spent_budget_ghosts_but_never_before_the_last_event() -> None:
    step = run(
        ev(Kind.INTERVIEW_INVITE, T0, interview_start=T0 + 24 * H),
        ev(Kind.THANK_YOU, T0 + 30 * H, OUT),
    )
    ghosted = machine.tick(step.case, T0 + 60 * 24 * H, S, _silent_after(1))
    assert states(ghosted) == ["ghosted"]
    assert ghosted.transitions[0].at == T0 + 30 * H  # the silence began before the thank-you
    quiet = machine.tick(step.case, T0 + 31 * H, S, _silent_after(20))
    assert quiet.transitions == ()  # not yet due


def test_a_correction_is_recorded_whatever_the_table_says() -> None:
    step = run(ev(Kind.REJECTION, T0))
    moved = machine.record(step.case, State.INTERVIEWED, at=T0 + H, cause="user")
    assert moved.case.state is State.INTERVIEWED
    assert moved.transitions[0].before is State.REJECTED


@pytest.mark.parametrize(
    ("kind", "confidence", "settled", "review_all", "waits"),
    [
        (Kind.REJECTION, 0.4, False, False, True),
        (Kind.OTHER, 0.4, False, False, True),  # an unsure "other" may be the "no"
        (Kind.REJECTION, 0.4, True, False, False),  # the user already said what it is
        (Kind.REJECTION, 0.95, False, False, False),
        (Kind.REJECTION, 0.95, False, True, True),
        (Kind.OTHER, 0.95, False, True, False),
    ],
)
def test_waits_for_review(
    kind: Kind, confidence: float, settled: bool, review_all: bool, waits: bool
) -> None:
    got = machine.waits_for_review(
        kind, confidence=confidence, settled=settled, min_confidence=0.6, review_all=review_all
    )
    assert got is waits


# -- properties over random histories --------------------------------------------------

_hours = st.integers(min_value=0, max_value=24 * 60)


@st.composite
def histories(draw: st.DrawFn) -> list[Evidence]:
    n = draw(st.integers(min_value=1, max_value=12))
    times = sorted(draw(st.lists(_hours, min_size=n, max_size=n)))
    out = []
    for i, hours in enumerate(times):
        at = T0 + hours * H
        kind = draw(st.sampled_from(list(Kind)))
        start = draw(st.none() | st.integers(min_value=-48, max_value=24 * 14))
        out.append(
            Evidence(
                kind=kind,
                direction=draw(st.sampled_from(list(Direction))),
                at=at,
                message=i,
                interview_start=at + start * H if start is not None else None,
                calendar_uid=draw(st.sampled_from([None, "u1", "u2"])),
                thread=draw(st.sampled_from([None, "a", "b"])),
            )
        )
    return out


def _replay(evidence: list[Evidence], silence: machine.Silence, ticks: bool) -> machine.Step:
    step = machine.Step(Case())
    last = T0
    for e in evidence:
        if ticks:  # a punctual sync also runs the timers between two messages
            step = step.then(machine.tick(step.case, max(last, e.at - H), S, silence))
        last = e.at
        step = step.then(machine.apply(step.case, e, S, silence))
    end = (evidence[-1].at if evidence else T0) + 90 * 24 * H
    return step.then(machine.tick(step.case, end, S, silence))


_silences = st.sampled_from([machine.never, _silent_after(5), _silent_after(40)])


@settings(max_examples=300, deadline=None)
@given(histories(), _silences)
def test_nothing_leaves_a_final_state(evidence: list[Evidence], silence: machine.Silence) -> None:
    step = _replay(evidence, silence, ticks=False)
    final = [i for i, t in enumerate(step.transitions) if t.after in TERMINAL_STATES]
    if final:
        assert len(step.transitions) == final[0] + 1
        assert step.case.state in TERMINAL_STATES


@settings(max_examples=300, deadline=None)
@given(histories(), _silences)
def test_states_only_move_forward_in_time(
    evidence: list[Evidence], silence: machine.Silence
) -> None:
    step = _replay(evidence, silence, ticks=True)
    times = [t.at for t in step.transitions]
    assert times == sorted(times)
    assert all(t.before != t.after for t in step.transitions)
    for before, after in zip(step.transitions, step.transitions[1:], strict=False):
        assert after.before is before.after  # one chain, no state skipped over
    if step.transitions:
        assert step.case.updated_at == max(times)
        assert len(step.case.events) == len(step.transitions)


@settings(max_examples=300, deadline=None)
@given(histories(), _silences)
def test_a_late_sync_reaches_the_same_states_as_a_punctual_one(
    evidence: list[Evidence], silence: machine.Silence
) -> None:
    late = _replay(evidence, silence, ticks=False)
    punctual = _replay(evidence, silence, ticks=True)
    assert late.case.state == punctual.case.state
    assert late.case.rounds == punctual.case.rounds


@settings(max_examples=200, deadline=None)
@given(histories())
def test_rounds_are_only_added_or_moved(evidence: list[Evidence]) -> None:
    step = machine.Step(Case())
    for e in evidence:
        before = step.case.rounds
        step = step.then(machine.apply(step.case, e, S))
        assert len(step.case.rounds) >= len(before)
        if e.kind is not Kind.INTERVIEW_INVITE or step.case.state in TERMINAL_STATES:
            assert [r.start for r in step.case.rounds] == [r.start for r in before]


@settings(max_examples=200, deadline=None)
@given(histories(), st.sampled_from(sorted(TERMINAL_STATES)))
def test_no_draft_is_planned_after_a_final_state(evidence: list[Evidence], final: State) -> None:
    step = _replay(evidence, machine.never, ticks=False)
    ended = machine.record(step.case, final, at=T0 + 100 * 24 * H, cause="decided")
    mails = tuple(Mail(at=e.at, direction=e.direction, kind=e.kind) for e in evidence)
    h = History(
        state=ended.case.state or final,
        account="me@example.org",
        interviews=tuple(
            Interview(key=str(i), start=r.start, end=r.end) for i, r in enumerate(ended.case.rounds)
        ),
        mails=mails,
    )
    for now in (T0, T0 + 30 * 24 * H, T0 + 400 * 24 * H):
        assert plan(h, S, now) == []
