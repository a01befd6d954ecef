"""Between the stored rows of an application and the plain values of the state machine.

The tracker loads a :class:`~followthrough.tracker.machine.Case` from an application and
an :class:`~followthrough.tracker.machine.Evidence` from a message, lets
:mod:`followthrough.tracker.machine` decide, and stores the :class:`Step` it returns:
one event row per transition, the learned names, the interview rounds.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlalchemy.orm import Session

from followthrough.model import Direction, State
from followthrough.policy.followup import ghosted_at
from followthrough.policy.history import Settings
from followthrough.service.history import effective_kind, history
from followthrough.store.models import Application, Event, InterviewRow, Message
from followthrough.tracker.machine import Case, Evidence, Interviewer, Round, Silence, Step
from followthrough.tracker.names import company_key

logger = logging.getLogger(__name__)

#: The id an interview row had before a rebuild took it down, given its (uid, thread,
#: start): rebuilt rows take their old ids back, so draft keys naming them stay the same.
OldRowId = Callable[[str | None, str | None, dt.datetime], int | None]


def _people(rows: list[list[str | None]] | None) -> tuple[Interviewer, ...]:
    return tuple(tuple(r) for r in rows or ())


def case_of(app: Application) -> Case:
    """What the state machine needs to know of ``app``."""
    return Case(
        state=State(app.state) if app.state else None,
        company=app.company,
        role=app.role,
        domains=tuple(app.domains or ()),
        updated_at=app.updated_at,
        events=tuple(e.at for e in app.events),
        rounds=tuple(
            Round(
                start=row.start,
                end=row.end,
                uid=row.uid,
                thread=row.thread_key,
                ended=bool(row.ended),
                interviewers=_people(row.interviewers),
                message=row.message_id,
            )
            for row in app.interviews
        ),
    )


def thread_of(msg: Message) -> str | None:
    """The conversation a message belongs to: its thread, the first message it answers, itself."""
    refs = msg.references or []
    return msg.thread_id or (refs[0] if refs else msg.in_reply_to) or msg.message_id


def evidence_of(msg: Message) -> Evidence:
    """What ``msg`` tells the state machine."""
    return Evidence(
        kind=effective_kind(msg),
        direction=Direction(msg.direction),
        at=msg.date,
        subject=msg.subject or "",
        message=msg.id,
        company=msg.company,
        role=msg.role,
        company_domain=msg.company_domain,
        interview_start=msg.interview_start,
        interview_end=msg.interview_end,
        calendar_uid=msg.calendar_uid,
        thread=thread_of(msg),
        interviewers=_people(msg.interviewers),
        corrected=bool(msg.user_kind),
    )


def silence_of(app: Application, account: str, settings: Settings) -> Silence:
    """When ``app``'s follow-up budget ran out unanswered, read from its stored mail."""

    def when(state: State, until: dt.datetime) -> dt.datetime | None:
        return ghosted_at(history(app, account=account, now=until, state=state), settings, until)

    return when


def store(session: Session, app: Application, step: Step, old_row_id: OldRowId) -> bool:
    """Write ``step`` back to ``app``; True when its company or domains changed (the
    tracker's index of applications must learn them)."""
    for t in step.transitions:
        before = t.before.value if t.before else None
        session.add(
            Event(
                application=app,
                at=t.at,
                from_state=before,
                to_state=t.after.value,
                cause=t.cause,
                message_id=t.message,
            )
        )
        logger.info(
            "application %s: %s -> %s (%s)", app.id, before, t.after.value, t.cause.split(":")[0]
        )
    case = step.case
    if case.state is not None:
        app.state = case.state.value
    if case.updated_at is not None and case.updated_at != app.updated_at:
        app.updated_at = case.updated_at
    if case.role != app.role:
        app.role = case.role
    renamed = False
    if case.company != app.company:
        app.company, app.company_key = case.company, company_key(case.company)
        renamed = True
    if list(case.domains) != list(app.domains or []):
        app.domains = list(case.domains)
        renamed = True
    _store_rounds(session, app, case.rounds, old_row_id)
    return renamed


def _store_rounds(
    session: Session, app: Application, rounds: tuple[Round, ...], old_row_id: OldRowId
) -> None:
    """Rounds are only added or changed in place, never removed: row i is round i."""
    rows = list(app.interviews)
    for i, r in enumerate(rounds):
        if i < len(rows):
            row = rows[i]
        else:
            row = InterviewRow(
                id=old_row_id(r.uid, r.thread, r.start),
                application=app,
                uid=r.uid,
                thread_key=r.thread,
                start=r.start,
                end=r.end,
                interviewers=[],
            )
            session.add(row)
        if (row.start, row.end) != (r.start, r.end):
            row.start, row.end = r.start, r.end
        if row.message_id != r.message:
            row.message_id = r.message
        if bool(row.ended) != r.ended:
            row.ended = r.ended
        if _people(row.interviewers) != r.interviewers:
            row.interviewers = [list(p) for p in r.interviewers]
