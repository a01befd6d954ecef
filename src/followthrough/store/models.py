"""The database schema as SQLAlchemy 2.x declarative models.

Message bodies are never stored: only headers and what the classifier extracted,
so the database holds the history of a search, not the user's mail.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as naive UTC and returns them aware (SQLite keeps no offset)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    """Declarative base; ``Base.metadata`` is what Alembic compares against."""


class Application(Base):
    """One application: a (company, role) pair with its current state."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company: Mapped[str | None] = mapped_column(String(200))
    company_key: Mapped[str | None] = mapped_column(String(200), index=True)
    role: Mapped[str | None] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(32))
    domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    snoozed_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # The agenda: a pass looks at an application only when something happened to it
    # (dirty) or when the clock reaches wake_at (a due draft, an interview's end, ghosting).
    dirty: Mapped[bool] = mapped_column(Boolean, default=True)
    wake_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)
    # Set when the user merged this application into another; it then only forwards
    # matching (its company key and domains lead to the one it was merged into).
    merged_into: Mapped[int | None] = mapped_column(Integer)

    messages: Mapped[list[Message]] = relationship(back_populates="application")
    events: Mapped[list[Event]] = relationship(
        back_populates="application", order_by="Event.id", cascade="all, delete-orphan"
    )
    drafts: Mapped[list[Draft]] = relationship(
        back_populates="application", order_by="Draft.id", cascade="all, delete-orphan"
    )
    interviews: Mapped[list[InterviewRow]] = relationship(
        back_populates="application", order_by="InterviewRow.start", cascade="all, delete-orphan"
    )


class Message(Base):
    """A message seen in the mailbox, with its kind and extracted fields."""

    __tablename__ = "messages"
    __table_args__ = (UniqueConstraint("mailbox", "provider_ref"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(200))
    provider_ref: Mapped[str] = mapped_column(String(500))
    thread_id: Mapped[str | None] = mapped_column(String(500), index=True)
    message_id: Mapped[str | None] = mapped_column(String(500), index=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(500))
    references: Mapped[list[str]] = mapped_column(JSON, default=list)
    date: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    direction: Mapped[str] = mapped_column(String(3))
    subject: Mapped[str] = mapped_column(Text, default="")
    sender_name: Mapped[str | None] = mapped_column(String(300))
    sender_address: Mapped[str | None] = mapped_column(String(300))
    recipients: Mapped[list[list[str | None]]] = mapped_column(JSON, default=list)
    human: Mapped[bool] = mapped_column(Boolean, default=True)
    kind: Mapped[str] = mapped_column(String(32))
    user_kind: Mapped[str | None] = mapped_column(String(32))
    company: Mapped[str | None] = mapped_column(String(200))
    company_domain: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(300))
    interview_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    interview_end: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    calendar_uid: Mapped[str | None] = mapped_column(String(500))
    interviewers: Mapped[list[list[str | None]]] = mapped_column(JSON, default=list)
    reply_by: Mapped[dt.date | None] = mapped_column(Date)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str | None] = mapped_column(String(8))
    # processed: applied to the tracker. Mail dated after the clock waits unprocessed.
    processed: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    error: Mapped[str | None] = mapped_column(Text)
    # A message whose reading or applying failed is tried again after ``retry_at``,
    # at most MAX_ATTEMPTS times (service/retry.py); ``attempts`` counts the failures.
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    retry_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    # What the employer asks the candidate (availability, documents, ...), or None.
    asks: Mapped[str | None] = mapped_column(String(64))
    # "pending" while a doubtful message waits for the user's review, "accepted" after it.
    review: Mapped[str | None] = mapped_column(String(16), index=True)
    # From a sender or domain the user ignores: stored, never moves anything.
    ignored: Mapped[bool] = mapped_column(Boolean, default=False)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)

    application: Mapped[Application | None] = relationship(back_populates="messages")


class Event(Base):
    """One state change of an application, with its time and cause."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    from_state: Mapped[str | None] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    cause: Mapped[str] = mapped_column(Text)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))

    application: Mapped[Application] = relationship(back_populates="events")


class InterviewRow(Base):
    """One interview round taken from an invite."""

    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    uid: Mapped[str | None] = mapped_column(String(500))
    thread_key: Mapped[str | None] = mapped_column(String(500))
    start: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    end: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    interviewers: Mapped[list[list[str | None]]] = mapped_column(JSON, default=list)
    ended: Mapped[bool] = mapped_column(Boolean, default=False)

    application: Mapped[Application] = relationship(back_populates="interviews")


class Draft(Base):
    """A draft the service made (or is about to make: ``provider_ref`` still empty).

    ``key`` is the idempotency key within its application: the same due draft is never
    made twice.
    """

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("application_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    key: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(32))
    to_name: Mapped[str | None] = mapped_column(String(300))
    to_address: Mapped[str | None] = mapped_column(String(300))
    subject: Mapped[str] = mapped_column(Text, default="")
    draft_message_id: Mapped[str] = mapped_column(String(500))
    provider_ref: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    problem: Mapped[str | None] = mapped_column(Text)  # why the lint blocked it
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    application: Mapped[Application] = relationship(back_populates="drafts")


class SyncState(Base):
    """Per-mailbox cursor and the outcome of the last sync."""

    __tablename__ = "sync_state"

    mailbox: Mapped[str] = mapped_column(String(200), primary_key=True)
    cursor: Mapped[str | None] = mapped_column(Text)
    last_started: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_finished: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_duration: Mapped[float | None] = mapped_column(Float)
    last_error: Mapped[str | None] = mapped_column(Text)


class Correction(Base):
    """Something the user said (a state, a kind, a move, a note ...); replayed, undoable.

    ``application_id`` and ``message_id`` name the main targets (no foreign keys: an
    application a correction made may be gone after an undo); ``payload`` holds the rest.
    """

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    command: Mapped[str] = mapped_column(String(32), index=True)
    application_id: Mapped[int | None] = mapped_column(Integer, index=True)
    message_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    undone_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
