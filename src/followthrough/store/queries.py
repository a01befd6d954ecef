"""The repository: every question the service, the commands and ``status`` ask of the database.

Each function is named for what it answers, so a reader of the service sees intent, not SQL,
and the eager loads a caller relies on are written once. Nothing outside ``store/`` builds a
query; ``session.get`` for one row by key stays where it is used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Row, func, or_, select
from sqlalchemy.orm import Session, selectinload

from followthrough.store.models import Application, Correction, Draft, Message, SyncState

#: What threading needs of a stored message (read without loading whole rows).
THREAD_COLUMNS = (
    "application_id", "thread_id", "message_id", "subject", "direction", "sender_name",
    "sender_address", "recipients", "human", "company",
)  # fmt: skip

_FULL = (
    selectinload(Application.messages),
    selectinload(Application.interviews),
    selectinload(Application.drafts),
)


# -- applications -------------------------------------------------------------------------


def every_application(session: Session) -> list[Application]:
    """All applications, merged ones included (they forward their names)."""
    return list(session.scalars(select(Application)))


def last_application_id(session: Session) -> int:
    """The highest application id in the database (0 for none)."""
    return session.scalar(select(func.max(Application.id))) or 0


def open_applications(session: Session) -> list[Application]:
    """The applications a user can name: not merged into another, oldest first."""
    query = select(Application).where(Application.merged_into.is_(None))
    return list(session.scalars(query.order_by(Application.id)))


def applications_shown(session: Session) -> list[Application]:
    """What ``status`` shows: every application not merged away, with all it holds."""
    query = (
        select(Application)
        .where(Application.merged_into.is_(None))
        .order_by(Application.id)
        .options(*_FULL, selectinload(Application.events))
    )
    return list(session.scalars(query))


def applications_exported(session: Session) -> list[Application]:
    """What ``export`` writes: tracked applications with their messages and events."""
    query = (
        select(Application)
        .where(Application.merged_into.is_(None), Application.state != "")
        .order_by(Application.id)
        .options(selectinload(Application.messages), selectinload(Application.events))
    )
    return list(session.scalars(query))


def awake_applications(session: Session, now: dt.datetime) -> list[Application]:
    """The applications a pass must look at: changed ones, and those whose time has come."""
    query = (
        select(Application)
        .where(or_(Application.dirty.is_(True), Application.wake_at <= now))
        .where(Application.merged_into.is_(None))
        .order_by(Application.id)
        .options(*_FULL, selectinload(Application.events))  # the timers read the events
    )
    return list(session.scalars(query))


# -- messages -----------------------------------------------------------------------------


def messages_by_id(session: Session, ids: Iterable[int]) -> list[Message]:
    return list(session.scalars(select(Message).where(Message.id.in_(list(ids)))))


def inbound_messages(session: Session) -> list[Message]:
    return list(session.scalars(select(Message).where(Message.direction == "in")))


def ignored_messages(session: Session) -> list[Message]:
    return list(session.scalars(select(Message).where(Message.ignored.is_(True))))


def awaiting_review(session: Session) -> list[Message]:
    """Messages held for the user's judgement, oldest first."""
    query = select(Message).where(Message.review == "pending", Message.ignored.is_(False))
    return list(session.scalars(query.order_by(Message.date, Message.id)))


def awaiting_review_count(session: Session) -> int:
    query = select(func.count()).select_from(Message)
    return session.scalar(query.where(Message.review == "pending", Message.ignored.is_(False))) or 0


def unprocessed(session: Session, mailbox: str, now: dt.datetime) -> list[Message]:
    """Stored messages of ``mailbox`` the tracker has not applied yet and whose time has come."""
    query = select(Message).where(
        Message.mailbox == mailbox,
        Message.processed.is_(False),
        Message.date <= now,
        or_(Message.retry_at.is_(None), Message.retry_at <= now),
    )
    return list(session.scalars(query.order_by(Message.date, Message.id)))


def unreadable_due(session: Session, mailbox: str, prefix: str, now: dt.datetime) -> list[Message]:
    """Messages that could not be read (their error starts with ``prefix``), due a new try."""
    query = select(Message).where(
        Message.mailbox == mailbox,
        Message.error.startswith(prefix),
        Message.retry_at.is_not(None),
        Message.retry_at <= now,
    )
    return list(session.scalars(query))


def stored_refs(session: Session, mailbox: str) -> set[str]:
    """The provider references of every message stored from ``mailbox``."""
    query = select(Message.provider_ref).where(Message.mailbox == mailbox)
    return set(session.scalars(query))


def linked_people(
    session: Session, mailbox: str
) -> list[tuple[str | None, str | None, str | None, list[list[str | None]]]]:
    """(message_id, sender_name, sender_address, recipients) of mail tied to an application."""
    query = select(
        Message.message_id, Message.sender_name, Message.sender_address, Message.recipients
    ).where(Message.mailbox == mailbox, Message.application_id.is_not(None))
    return [(m, name, address, rcpt) for m, name, address, rcpt in session.execute(query)]


def thread_rows(session: Session) -> Sequence[Row[Any]]:
    """The threading columns of every message tied to an application, oldest first."""
    query = (
        select(*(getattr(Message, c) for c in THREAD_COLUMNS))
        .where(Message.application_id.is_not(None))
        .order_by(Message.date)
    )
    return session.execute(query).all()


# -- drafts, corrections, sync state ------------------------------------------------------


def drafts_by_id(session: Session, ids: Iterable[int]) -> list[Draft]:
    return list(session.scalars(select(Draft).where(Draft.id.in_(list(ids)))))


def drafts_in(session: Session, statuses: Iterable[str]) -> list[Draft]:
    return list(session.scalars(select(Draft).where(Draft.status.in_(list(statuses)))))


def active_corrections(
    session: Session, *, app_id: int | None = None, command: str | None = None
) -> list[Correction]:
    """The corrections not undone, oldest first, optionally of one application or command."""
    query = select(Correction).where(Correction.undone_at.is_(None))
    if app_id is not None:
        query = query.where(Correction.application_id == app_id)
    if command is not None:
        query = query.where(Correction.command == command)
    return list(session.scalars(query.order_by(Correction.at, Correction.id)))


def sync_states(session: Session) -> list[SyncState]:
    return list(session.scalars(select(SyncState)))
