"""Deriving an application again from its messages and the user's corrections.

The state of an application is a function of its processed messages (with the kind
the user gave them, if any) and the user's corrections that are not undone, taken in
time order with the same :class:`~followthrough.service.track.Tracker` code a sync
uses. A correction is applied by storing it and rebuilding what it touched; undoing
it is marking it undone and rebuilding again. A later sync only adds messages on top,
so a correction survives it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from followthrough.keys import domain_of
from followthrough.model import State
from followthrough.service.history import counts
from followthrough.service.track import Tracker
from followthrough.store import queries
from followthrough.store.models import Application, Correction, Message
from followthrough.tracker.names import company_key

logger = logging.getLogger(__name__)

NOTE = "note"
IGNORE = "ignore"


def active(
    session: Session, *, app_id: int | None = None, command: str | None = None
) -> list[Correction]:
    """The corrections not undone, oldest first, optionally of one application or command."""
    return queries.active_corrections(session, app_id=app_id, command=command)


def add(
    session: Session,
    command: str,
    *,
    at: dt.datetime,
    summary: str,
    app_id: int | None = None,
    message_id: int | None = None,
    **payload: Any,
) -> Correction:
    """Store one correction (flushed, so it has its id)."""
    row = Correction(
        at=at,
        command=command,
        application_id=app_id,
        message_id=message_id,
        payload={"summary": summary, **payload},
    )
    session.add(row)
    session.flush()
    return row


def ignore_patterns(session: Session) -> list[str]:
    return [str(c.payload["pattern"]) for c in active(session, command=IGNORE)]


def ignored_by(address: str | None, patterns: Iterable[str]) -> bool:
    """Whether a sender address falls under an ignored address or domain (and its subdomains)."""
    if not address:
        return False
    address = address.lower()
    domain = domain_of(address) or ""
    for pattern in patterns:
        if "@" in pattern:
            if address == pattern:
                return True
        elif domain == pattern or domain.endswith(f".{pattern}"):
            return True
    return False


def _cause(corr: Correction) -> str:
    return f"user: {corr.payload.get('summary', corr.command)} (correction #{corr.id})"


def replay(tracker: Tracker, app: Application, corr: Correction) -> None:
    """What one correction does when an application is derived again."""
    payload = corr.payload
    if corr.command == NOTE:
        return
    tracker.timers(app, corr.at)
    if corr.command in ("add", "split"):  # names the user gave win over the mail's
        app.company = payload.get("company") or app.company
        app.role = payload.get("role") or app.role
    if corr.command == "snooze":
        until = payload.get("until")
        app.snoozed_until = dt.datetime.fromisoformat(until) if until else None
    app.dirty = True
    new = payload.get("state")
    if isinstance(new, str):
        tracker.record(app, State(new), at=corr.at, cause=_cause(corr))
    elif app.state:  # the user's action goes into the history, without a change of state
        tracker.record(app, State(app.state), at=corr.at, cause=_cause(corr))


def rebuild(tracker: Tracker, app: Application, now: dt.datetime) -> Application | None:
    """Reset ``app`` and replay its messages and corrections in time order.

    :returns: the application, or None when nothing is left of it and it was deleted.
    """
    done = rebuild_all(tracker, [app], now)
    return done[0] if done else None


def _reset(tracker: Tracker, app: Application) -> tuple[str | None, str | None, list[str]]:
    """Take down what replaying derives; keep the interview rows' ids for reuse."""
    before = (app.company, app.role, list(app.domains or []))
    tracker.reuse.setdefault(0, []).extend(
        (r.id, r.uid, r.thread_key, r.start) for r in app.interviews
    )
    app.interviews.clear()
    app.events.clear()
    app.state, app.snoozed_until = "", None
    app.company = app.company_key = app.role = None
    app.domains = []
    return before


def _replay(
    tracker: Tracker,
    app: Application,
    before: tuple[str | None, str | None, list[str]],
    now: dt.datetime,
) -> Application | None:
    session = tracker.session
    messages = sorted((m for m in app.messages if counts(m)), key=lambda m: (m.date, m.id))
    items: list[tuple[dt.datetime, int, int, Message | Correction]] = [
        (m.date, 0, m.id, m) for m in messages
    ]
    items += [(c.at, 1, c.id, c) for c in active(session, app_id=app.id)]
    items.sort(key=lambda item: item[:3])
    for _, _, _, item in items:
        if isinstance(item, Message):
            tracker.effect(app, item)
        else:
            replay(tracker, app, item)
    app.company = app.company or before[0]
    app.company_key = company_key(app.company)
    app.role = app.role or before[1]
    app.domains = app.domains or before[2]
    tracker.forget()
    if not app.state:
        return _nothing_left(tracker, app, now)
    tracker.timers(app, now)
    if items:
        app.created_at = min(item[0] for item in items)
    app.dirty, app.wake_at = True, None
    logger.info("application %s rebuilt: %s", app.id, app.state)
    return app


def _nothing_left(tracker: Tracker, app: Application, now: dt.datetime) -> Application | None:
    """An application with no message or correction left to open it."""
    for msg in list(app.messages):
        msg.application = None
    if app.drafts:  # keep what the service made; closing it removes its open drafts
        tracker.record(app, State.WITHDRAWN, at=now, cause="user: nothing is left of it")
        app.dirty, app.wake_at = True, None
        return app
    logger.info("application %s has nothing left; deleted", app.id)
    tracker.session.delete(app)
    tracker.session.flush()
    tracker.forget()  # its index must not hold the deleted application
    return None


def retrack(tracker: Tracker, messages: Iterable[Message], now: dt.datetime) -> list[Application]:
    """Match ``messages`` again (kind or review changed) and rebuild every application touched."""
    session = tracker.session
    msgs = sorted(messages, key=lambda m: (m.date, m.id))
    touched: dict[int, Application] = {}
    for msg in msgs:
        if msg.application is not None:
            touched[msg.application.id] = msg.application
    for msg in msgs:
        # keep a message in its application: the user changed what it is, not where it goes
        if msg.application is None and msg.date <= now:
            msg.processed = False
            session.flush()
            tracker.forget()
            tracker.apply(msg)
            if msg.application is not None:
                touched[msg.application.id] = msg.application
    return rebuild_all(tracker, touched.values(), now)


def rebuild_all(
    tracker: Tracker, apps: Iterable[Application | None], now: dt.datetime
) -> list[Application]:
    """Rebuild several applications; an interview row may pass from one to another
    (a split or a move) and keeps its id, so drafts already made for it are not made again.
    """
    todo = [a for a in {a.id: a for a in apps if a is not None}.values() if a.merged_into is None]
    before = {a.id: _reset(tracker, a) for a in todo}
    tracker.session.flush()
    done: list[Application] = []
    for app in todo:
        kept = _replay(tracker, app, before[app.id], now)
        if kept is not None:
            done.append(kept)
    tracker.reuse.clear()
    tracker.session.flush()
    return done
