"""Ingest: fetch new mail from the provider, classify it, store it with the cursor.

Bodies are read once, classified, and dropped; only headers and extracted fields are
stored. A message that cannot be read or parsed is stored as an error row (so it is not
fetched again forever) and the pass goes on. The cursor is saved only after every
message of its change set is stored.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from followthrough.classify.directory import CompanyDirectory
from followthrough.classify.learned.model import ModelError
from followthrough.classify.senders import reachable
from followthrough.errors import (
    AuthError,
    CursorExpiredError,
    MalformedMessageError,
    TransientError,
)
from followthrough.mail.direction import direction_of
from followthrough.model import Direction, Kind, Person
from followthrough.providers.base import MessageRef, Provider
from followthrough.service import retry
from followthrough.service.rebuild import ignore_patterns, ignored_by
from followthrough.store import queries
from followthrough.store.models import Message, SyncState

logger = logging.getLogger(__name__)
BATCH = 200


@dataclass
class IngestReport:
    seen: int = 0
    stored: int = 0
    failed: int = 0
    retried: int = 0
    resynced: bool = False


def _people(people: tuple[Person, ...]) -> list[list[str | None]]:
    return [[p.name, p.address, p.title] if p.title else [p.name, p.address] for p in people]


def message_row(
    raw: bytes,
    ref: MessageRef,
    *,
    mailbox: str,
    account: str,
    now: dt.datetime,
    directory: CompanyDirectory | None = None,
    aliases: frozenset[str] = frozenset(),
) -> Message:
    """Classify ``raw`` and build its row (not yet added to a session).

    :raises MalformedMessageError: when the message cannot be parsed at all.
    """
    from followthrough.classify import classify
    from followthrough.classify.asks import asks_candidate
    from followthrough.mail.parse import parse_message

    parsed = parse_message(raw)
    sender = parsed.sender
    # Direction is decided once, here, before the classifier reads the message: the
    # provider's folder, or one of the user's own addresses as sender (a copy in the
    # inbox, mail sent from an alias).
    direction = direction_of(sender.address if sender else None, {account, *aliases}, ref.direction)
    result = classify(parsed, account=account, direction=direction, directory=directory)
    return Message(
        mailbox=mailbox,
        provider_ref=ref.ref,
        thread_id=ref.thread_id,
        message_id=parsed.message_id,
        in_reply_to=parsed.in_reply_to,
        references=list(parsed.references),
        date=parsed.date or now,
        direction=direction.value,
        subject=(parsed.subject or "")[:500],
        sender_name=sender.name if sender else None,
        sender_address=sender.address if sender else None,
        recipients=_people(parsed.to + parsed.cc),
        human=reachable(sender, company=result.company, account=account),
        kind=result.kind.value,
        company=result.company,
        company_domain=result.company_domain,
        role=result.role,
        interview_start=result.interview_start,
        interview_end=result.interview_end,
        calendar_uid=result.calendar_uid,
        interviewers=_people(result.interviewers),
        reply_by=result.reply_by,
        confidence=result.confidence,
        evidence=list(result.evidence),
        language=result.language,
        asks=asks_candidate(parsed.text) if direction is Direction.IN else None,
        processed=False,
    )


def _error_row(ref: MessageRef, *, mailbox: str, now: dt.datetime, error: str) -> Message:
    return Message(
        mailbox=mailbox,
        provider_ref=ref.ref,
        thread_id=ref.thread_id,
        date=now,
        direction=ref.direction.value,
        kind=Kind.OTHER.value,
        processed=True,
        error=error[:500],
        references=[],
        recipients=[],
        interviewers=[],
        evidence=[],
    )


# What a message read again takes from its fresh reading: every column but the row's
# identity and bookkeeping, so a column added later is copied too.
_KEPT_ON_REREAD = frozenset(
    {"id", "mailbox", "provider_ref", "error", "attempts", "retry_at", "processed",
     "review", "ignored", "application_id", "user_kind"}
)  # fmt: skip
_COPIED = tuple(c.key for c in Message.__table__.columns if c.key not in _KEPT_ON_REREAD)


def _mark_ignored(row: Message, ignoring: Iterable[str]) -> None:
    """Mail from a sender or domain the user ignores is stored but moves nothing."""
    row.ignored = row.direction == Direction.IN.value and ignored_by(row.sender_address, ignoring)


def _read_again(
    provider: Provider,
    sessions: sessionmaker[Session],
    *,
    mailbox: str,
    account: str,
    now: dt.datetime,
    directory: CompanyDirectory,
    ignoring: Iterable[str],
    aliases: frozenset[str] = frozenset(),
) -> int:
    """Read again the messages that could not be read before and whose time has come."""
    done = 0
    with sessions.begin() as session:
        rows = queries.unreadable_due(session, mailbox, retry.UNREADABLE, now)
        for row in rows:
            ref = MessageRef(row.provider_ref, Direction(row.direction), row.thread_id)
            try:
                fresh = message_row(
                    provider.get_message(ref),
                    ref,
                    mailbox=mailbox,
                    account=account,
                    now=now,
                    directory=directory,
                    aliases=aliases,
                )
            except (TransientError, AuthError, ModelError):
                raise
            except Exception as exc:
                retry.failed(row, f"{retry.UNREADABLE}{exc}", now)
                logger.warning("message %s still cannot be read: %s", row.provider_ref, exc)
                continue
            for name in _COPIED:
                setattr(row, name, getattr(fresh, name))
            _mark_ignored(row, ignoring)
            row.error, row.retry_at, row.processed = None, None, False
            done += 1
            logger.info("message %s read on try %d", row.provider_ref, row.attempts + 1)
    return done


def known_to_classifier(session: Session, mailbox: str, account: str) -> CompanyDirectory:
    """What the classifier may know of the user's search, as one value handed to it:
    the employers' domains and names, the job conversations and who took part in them.
    The classifier itself never reads the database."""
    directory = CompanyDirectory()
    for app in queries.every_application(session):
        for domain in app.domains or ():
            directory.note_job_mail(None, domain)
            if app.company:
                directory.learn(domain, app.company)
    for message_id, name, address, recipients in queries.linked_people(session, mailbox):
        directory.note_job_mail(message_id)
        directory.note_people(
            [Person(name, address), *(Person(r[0], r[1]) for r in recipients or ())],
            owner=account,
        )
    return directory


def ingest(
    provider: Provider,
    sessions: sessionmaker[Session],
    *,
    mailbox: str,
    account: str,
    now: dt.datetime,
    progress: Callable[[int, int], None] | None = None,
    aliases: Iterable[str] = (),
) -> IngestReport:
    """Store every new message the provider reports, then the new cursor."""
    report = IngestReport()
    own = frozenset(a.lower() for a in aliases)
    with sessions() as session:
        state = session.get(SyncState, mailbox)
        cursor = state.cursor if state else None
    try:
        changes = provider.fetch_changes(cursor)
    except CursorExpiredError:
        logger.warning("the mailbox no longer knows our sync position; doing a full resync")
        report.resynced = True
        changes = provider.fetch_changes(None)
    with sessions() as session:
        ignoring = ignore_patterns(session)
        known = queries.stored_refs(session, mailbox)
        directory = known_to_classifier(session, mailbox, account)
    report.retried = _read_again(
        provider,
        sessions,
        mailbox=mailbox,
        account=account,
        now=now,
        directory=directory,
        ignoring=ignoring,
        aliases=own,
    )
    todo = [ref for ref in changes.messages if ref.ref not in known]
    report.seen = len(changes.messages)
    total = len(todo)
    for start in range(0, total, BATCH):
        rows: list[Message] = []
        for ref in todo[start : start + BATCH]:
            try:
                raw = provider.get_message(ref)
                row = message_row(
                    raw,
                    ref,
                    mailbox=mailbox,
                    account=account,
                    now=now,
                    directory=directory,
                    aliases=own,
                )
                _mark_ignored(row, ignoring)
                rows.append(row)
                report.stored += 1
            except (TransientError, AuthError, ModelError):
                raise  # not the message's fault: leave it unstored, the next pass retries
            except MalformedMessageError as exc:
                logger.warning("skipping message %s: %s", ref.ref, exc)
                rows.append(_error_row(ref, mailbox=mailbox, now=now, error=str(exc)))
                report.failed += 1
            except OSError as exc:  # unreadable for now: stored, and read again later
                logger.warning("cannot read message %s now (%s); will try again", ref.ref, exc)
                row = _error_row(ref, mailbox=mailbox, now=now, error="")
                retry.failed(row, f"{retry.UNREADABLE}{exc}", now)
                rows.append(row)
                report.failed += 1
            except Exception as exc:  # a classifier bug must not stop the pass
                logger.exception("skipping message %s after an unexpected error", ref.ref)
                rows.append(_error_row(ref, mailbox=mailbox, now=now, error=repr(exc)))
                report.failed += 1
        with sessions.begin() as session:
            session.add_all(rows)
        if progress is not None:
            progress(min(start + BATCH, total), total)
    with sessions.begin() as session:
        state = session.get(SyncState, mailbox) or SyncState(mailbox=mailbox)
        state.cursor = changes.cursor
        session.add(state)
    return report
