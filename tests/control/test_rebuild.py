"""Unit tests of rebuild: replaying messages and corrections derives the same application."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from followthrough.classify.asks import asks_candidate
from followthrough.config import ReviewConfig
from followthrough.policy.history import Settings
from followthrough.service import rebuild as rb
from followthrough.service.track import Tracker
from followthrough.store.db import open_database
from followthrough.store.models import Application, Message

T0 = dt.datetime(2026, 9, 1, 15, 0, tzinfo=dt.UTC)
ACCOUNT = "jordan.park@example.com"


def _msg(n: int, days: float, kind: str, direction: str = "in", **kw: Any) -> Message:
    fields: dict[str, Any] = {
        "mailbox": "test",
        "provider_ref": f"ref-{n}",
        "message_id": f"<m{n}@acme.example>",
        "date": T0 + dt.timedelta(days=days),
        "direction": direction,
        "subject": f"message {n}",
        "sender_address": "ana@acme.example" if direction == "in" else ACCOUNT,
        "kind": kind,
        "company": "Acme",
        "company_domain": "acme.example",
        "role": "Data Engineer",
        "references": [],
        "recipients": [["Ana", "ana@acme.example"]] if direction == "out" else [],
        "interviewers": [["Ana", "ana@acme.example"]],
        "evidence": [],
        "confidence": 0.9,
    }
    fields.update(kw)
    return Message(**fields)


def _history() -> list[Message]:
    start = T0 + dt.timedelta(days=5)
    return [
        _msg(1, 0, "application_ack"),
        _msg(2, 2, "interview_invite", interview_start=start, calendar_uid="uid-1"),
        _msg(3, 5.2, "thank_you", "out"),
        _msg(4, 9, "recruiter_reply"),
    ]


def _tracker(session: Session, review: ReviewConfig | None = None) -> Tracker:
    return Tracker(session, mailbox="test", account=ACCOUNT, settings=Settings(), review=review)


def _snapshot(app: Application) -> tuple[Any, ...]:
    return (
        app.state,
        [(e.at, e.from_state, e.to_state, e.cause) for e in app.events],
        [(r.id, r.start, r.end, r.ended) for r in app.interviews],
        app.company,
        app.role,
    )


@pytest.fixture
def session(tmp_path: Path) -> Any:
    sessions = open_database(f"sqlite:///{tmp_path / 'state.db'}")
    with sessions.begin() as s:
        yield s


def _tracked(session: Session, now: dt.datetime) -> Application:
    session.add_all(_history())
    session.flush()
    _tracker(session).run(now)
    session.flush()
    [app] = session.query(Application).all()
    return app


def test_rebuild_without_corrections_derives_the_same_application(session: Session) -> None:
    now = T0 + dt.timedelta(days=12)
    app = _tracked(session, now)
    before = _snapshot(app)
    assert before[0] == "awaiting_response"
    rb.rebuild(_tracker(session), app, now)
    session.flush()
    session.expire_all()
    assert _snapshot(session.get(Application, app.id)) == before  # interview row id kept


def test_a_set_state_is_replayed_in_time_order(session: Session) -> None:
    now = T0 + dt.timedelta(days=12)
    app = _tracked(session, now)
    rb.add(session, "set-state", at=T0 + dt.timedelta(days=1), app_id=app.id,
           summary="set-state withdrawn", state="withdrawn")  # fmt: skip
    rb.rebuild(_tracker(session), app, now)
    assert app.state == "withdrawn"  # the invite after it is refused: withdrawn is final
    assert [e.to_state for e in app.events] == ["applied", "withdrawn"]
    assert app.interviews == []
    rb.add(session, "set-state", at=T0 + dt.timedelta(days=10), app_id=app.id,
           summary="set-state interviewed", state="interviewed")  # fmt: skip
    rb.rebuild(_tracker(session), app, now)
    assert app.state == "interviewed"  # the newest word wins
    assert app.dirty is True


def test_corrected_kind_and_undone_correction(session: Session) -> None:
    now = T0 + dt.timedelta(days=12)
    app = _tracked(session, now)
    last = session.query(Message).filter_by(provider_ref="ref-4").one()
    last.user_kind = "rejection"
    corr = rb.add(session, "correct", at=now, app_id=app.id, message_id=last.id,
                  summary="correct", old=None)  # fmt: skip
    rb.retrack(_tracker(session), [last], now)
    assert app.state == "rejected"
    assert f"message #{last.id}, kind set by the user" in app.events[-2].cause
    corr.undone_at = now
    last.user_kind = None
    rb.retrack(_tracker(session), [last], now)
    assert app.state == "awaiting_response"
    assert not any(e.cause.startswith("user:") for e in app.events)


def test_nothing_left_deletes_the_application(session: Session) -> None:
    now = T0 + dt.timedelta(days=12)
    app = _tracked(session, now)
    for msg in list(app.messages):
        msg.ignored = True
    assert rb.rebuild(_tracker(session), app, now) is None
    assert session.query(Application).count() == 0


def test_review_holds_a_doubtful_message(session: Session) -> None:
    session.add(_msg(1, 0, "application_ack", confidence=0.4))
    session.flush()
    _tracker(session, ReviewConfig(min_confidence=0.6)).run(T0 + dt.timedelta(days=1))
    msg = session.query(Message).one()
    assert msg.review == "pending"
    assert msg.application_id is None
    assert session.query(Application).count() == 0


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Could you let us know your availability for next week?", "availability"),
        ("What are your salary expectations for this role?", "salary expectations"),
        ("Please send us your updated CV and two references.", "documents"),
        ("Could you share two professional references?", "references"),
        ("Wann hätten Sie Zeit für ein Gespräch?", "availability"),
        ("Bitte nennen Sie uns Ihre Gehaltsvorstellung.", "salary expectations"),
        ("Pourriez-vous nous indiquer vos disponibilités ?", "availability"),
        ("¿Podría indicarnos su disponibilidad?", "availability"),
        ("Qual é a sua pretensão salarial?", "salary expectations"),
        ("Wanneer bent u beschikbaar voor een gesprek?", "availability"),
        ("Thanks for applying. If you have any questions, just reply.", None),
        (
            "Thanks, see you Thursday!\n\nOn Mon, Ana wrote:\n> what are your salary expectations?",
            None,
        ),
    ],
)
def test_asks_candidate(text: str, asked: str | None) -> None:
    assert asks_candidate(text) == asked
