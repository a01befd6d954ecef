"""Drafting: turn due follow-ups into drafts in the mailbox, exactly once.

Each draft is first written to the store as an intent (its unique key and the
Message-ID we give it), then created in the mailbox, then marked open. After a crash
between the two, :func:`reconcile` finds the draft by its Message-ID instead of
making it again. Drafts of applications that closed are removed from the mailbox.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from followthrough.config import Config
from followthrough.drafts.render import Renderer, first_name
from followthrough.model import TERMINAL_STATES, DraftStatus, Person, State
from followthrough.policy.followup import Due, due_now, next_wake, silence
from followthrough.policy.history import History
from followthrough.providers.base import DraftRef, DraftSpec, Provider, RemoteDraftState
from followthrough.service.history import history
from followthrough.service.track import awake
from followthrough.store.models import Application, Draft

logger = logging.getLogger(__name__)
PENDING = "pending"


@dataclass
class DraftReport:
    made: int = 0
    removed: int = 0
    sent: int = 0
    deleted: int = 0


def _ref(row: Draft) -> DraftRef:
    return DraftRef(ref=row.provider_ref or "", message_id=row.draft_message_id)


def reconcile(provider: Provider, sessions: sessionmaker[Session], report: DraftReport) -> None:
    """Settle intents left by a crash and notice drafts the user sent or deleted."""
    with sessions.begin() as session:
        rows = session.scalars(select(Draft).where(Draft.status.in_([PENDING, "open"]))).all()
        for row in rows:
            if row.status == PENDING:
                found = provider.find_draft(row.draft_message_id)
                if found is None:
                    logger.info("draft %s was never written; it will be planned again", row.id)
                    session.delete(row)
                    continue
                row.provider_ref, row.status = found.ref, DraftStatus.OPEN.value
                logger.info("draft %s was written before an interruption; kept", row.id)
            state = provider.draft_state(_ref(row))
            if state is RemoteDraftState.SENT:
                row.status = DraftStatus.SENT.value
                report.sent += 1
            elif state is RemoteDraftState.DELETED:
                row.status = DraftStatus.DELETED.value
                report.deleted += 1


def values(cfg: Config, app: Application, h: History, due: Due, now: dt.datetime) -> dict[str, str]:
    """The named values a template may use; nothing else from mail reaches it."""
    tz = cfg.account.tz
    to = due.to or Person()
    quiet = silence(h, now)
    promised = quiet.promised if quiet else None
    interview = due.interview
    return {
        "first_name": first_name(to.name, to.address),
        "name": to.name or "",
        "company": app.company or "",
        "role": app.role or "",
        "user_name": cfg.account.name,
        "signature": cfg.drafts.signature,
        "interview_day": interview.start.astimezone(tz).strftime("%A") if interview else "",
        "promised_date": promised.strftime("%B %-d") if promised else "",
        "note": "",
    }


def _spec(cfg: Config, due: Due, subject: str, body: str, message_id: str) -> DraftSpec:
    answered = due.reply_to
    refs: tuple[str, ...] = ()
    if answered is not None and answered.message_id:
        refs = tuple(dict.fromkeys([*answered.references, answered.message_id]))
    assert due.to is not None
    return DraftSpec(
        message_id=message_id,
        sender=Person(cfg.account.name, cfg.account.address),
        to=due.to,
        subject=subject,
        body=body,
        in_reply_to=answered.message_id if answered else None,
        references=refs,
        thread_id=answered.thread_id if answered else None,
        reply_to_ref=answered.ref if answered else None,
    )


def _make(
    session: Session,
    provider: Provider,
    cfg: Config,
    renderer: Renderer,
    app: Application,
    h: History,
    due: Due,
    now: dt.datetime,
) -> None:
    from followthrough.mail.compose import make_message_id

    assert due.to is not None
    assert due.to.address
    text = renderer.render(due.kind, values(cfg, app, h, due, now))
    row = Draft(
        application=app,
        key=due.key,
        kind=due.kind.value,
        to_name=due.to.name,
        to_address=due.to.address.lower(),
        subject=text.subject,
        draft_message_id=make_message_id(cfg.account.address.rsplit("@", 1)[-1]),
        status=PENDING,
        due_at=due.at,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.commit()  # the intent is stored before the mailbox is touched
    ref = provider.create_draft(_spec(cfg, due, text.subject, text.body, row.draft_message_id))
    row.provider_ref, row.status = ref.ref, DraftStatus.OPEN.value
    session.commit()
    logger.info("application %s: made %s draft %s (%s)", app.id, due.kind.value, row.id, due.why)


def _close(session: Session, provider: Provider, app: Application, report: DraftReport) -> None:
    for row in app.drafts:
        if row.status != DraftStatus.OPEN.value:
            continue
        if provider.draft_state(_ref(row)) is RemoteDraftState.PRESENT:
            provider.delete_draft(_ref(row))
            row.status = DraftStatus.REMOVED.value
            report.removed += 1
            logger.info("application %s closed: removed draft %s", app.id, row.id)
    session.commit()


def make_drafts(
    provider: Provider,
    sessions: sessionmaker[Session],
    cfg: Config,
    renderer: Renderer,
    now: dt.datetime,
    report: DraftReport,
) -> None:
    """Make every draft due at ``now``; remove open drafts of closed applications."""
    settings = cfg.settings()
    account = cfg.account.address
    with sessions() as session:
        for app in session.scalars(awake(now)).all():
            if State(app.state) in TERMINAL_STATES:
                _close(session, provider, app, report)
            else:
                h = history(app, account=account, now=now)
                for due in due_now(h, settings, now):
                    if due.to is None or not due.to.address:
                        logger.info(
                            "application %s: %s due, nobody to send it to", app.id, due.kind
                        )
                        continue
                    _make(session, provider, cfg, renderer, app, h, due, now)
                    report.made += 1
            app.wake_at = next_wake(history(app, account=account, now=now), settings, now)
            app.dirty = False
            session.commit()
