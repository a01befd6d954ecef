"""Turning stored rows into the plain :class:`~followthrough.policy.history.History`."""

from __future__ import annotations

import datetime as dt

from followthrough.classify.senders import reachable
from followthrough.model import Direction, DraftKind, DraftStatus, Kind, Person, State
from followthrough.policy.history import History, Interview, MadeDraft, Mail
from followthrough.store.models import Application, InterviewRow, Message


def people(rows: list[list[str | None]] | None) -> tuple[Person, ...]:
    return tuple(
        Person(name=r[0], address=r[1], title=r[2] if len(r) > 2 else None) for r in rows or []
    )


def effective_kind(msg: Message) -> Kind:
    """The user's correction wins over the classifier."""
    return Kind(msg.user_kind or msg.kind)


def counts(msg: Message) -> bool:
    """Whether ``msg`` is part of its application's history (not ignored, not under review)."""
    return msg.processed and msg.error is None and not msg.ignored and msg.review != "pending"


def mail(msg: Message, company: str | None = None, account: str | None = None) -> Mail:
    sender = Person(msg.sender_name, msg.sender_address) if msg.sender_address else None
    return Mail(
        at=msg.date,
        direction=Direction(msg.direction),
        kind=effective_kind(msg),
        sender=sender,
        recipients=people(msg.recipients),
        reply_by=msg.reply_by,
        message_id=msg.message_id,
        references=tuple(msg.references or ()),
        thread_id=msg.thread_id,
        ref=msg.provider_ref,
        subject=msg.subject,
        # Decided again on every read, so a database from an older release gets the
        # same answer as new mail.
        human=reachable(sender, company=company or msg.company, account=account),
    )


def interview(
    row: InterviewRow,
    invite: Message | None,
    company: str | None = None,
    account: str | None = None,
) -> Interview:
    return Interview(
        key=str(row.id),
        start=row.start,
        end=row.end,
        interviewers=people(row.interviewers),
        invite=mail(invite, company, account) if invite is not None else None,
    )


def history(
    app: Application, *, account: str, now: dt.datetime, state: State | None = None
) -> History:
    """The snapshot of ``app`` the policy decides on, as of ``now``.

    ``state``: the state the tracker just computed, when the row does not hold it yet."""
    msgs = sorted(
        (m for m in app.messages if counts(m) and m.date <= now),
        key=lambda m: (m.date, m.id),
    )
    by_id = {m.id: m for m in msgs}
    return History(
        state=state or State(app.state),
        account=account,
        company=app.company,
        interviews=tuple(
            interview(
                row, by_id.get(row.message_id) if row.message_id else None, app.company, account
            )
            for row in app.interviews
        ),
        mails=tuple(mail(m, app.company, account) for m in msgs),
        drafts=tuple(
            MadeDraft(
                key=d.key,
                kind=DraftKind(d.kind),
                to=d.to_address,
                created_at=d.created_at,
                status=DraftStatus(d.status) if d.status != "pending" else DraftStatus.OPEN,
            )
            for d in app.drafts
            if d.status != DraftStatus.BLOCKED.value  # never made: planned again
        ),
        snoozed_until=app.snoozed_until,
    )
