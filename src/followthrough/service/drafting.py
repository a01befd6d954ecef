"""Drafting: turn due follow-ups into drafts in the mailbox, exactly once.

Each draft is first written to the store as an intent (its unique key and the
Message-ID we give it), then created in the mailbox, then marked open. After a crash
between the two, :func:`reconcile` finds the draft by its Message-ID instead of
making it again. Drafts of applications that closed are removed from the mailbox.

This module plans: what is due for each application, and what must go. Writing one
draft is :mod:`~followthrough.service.draft_write`, taking drafts out of the mailbox
:mod:`~followthrough.service.draft_removal`.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from followthrough.config import Config
from followthrough.drafts import notes
from followthrough.drafts.rejection import rejection_reply
from followthrough.drafts.render import Renderer
from followthrough.model import TERMINAL_STATES, DraftStatus, State
from followthrough.policy.followup import Due, due_now, next_wake, thank_yous
from followthrough.policy.history import History, Settings
from followthrough.providers.base import Provider, RemoteDraftState
from followthrough.service.draft_removal import (
    NUDGES,
    close,
    open_thank_yous,
    replace_nudge,
    stale_thank_yous,
    thanked_by_hand,
)
from followthrough.service.draft_values import user_notes, values
from followthrough.service.draft_write import PENDING, draft_language, draft_ref, write_draft
from followthrough.service.history import history
from followthrough.store import queries
from followthrough.store.models import Application, Draft

logger = logging.getLogger(__name__)


#: Applications settled per commit when nothing touched the mailbox (writing or removing a
#: draft commits at once). Work lost to a crash between commits is redone: those
#: applications are still marked changed.
COMMIT_EVERY = 200


@dataclass
class DraftReport:
    made: int = 0
    removed: int = 0
    sent: int = 0
    deleted: int = 0
    blocked: list[str] = field(default_factory=list)  # drafts not written: why (draft lint)
    skipped: int = 0  # due before the first sync's window: recorded, never written


def reconcile(
    provider: Provider,
    sessions: sessionmaker[Session],
    report: DraftReport,
    cursor: str | None = None,
) -> None:
    """Settle intents left by a crash and notice drafts the user sent or deleted.

    :param cursor: the stored sync cursor, so the provider reads what changed since it
        instead of checking every open draft (an idle poll stays one request per feed).
    """
    with sessions.begin() as session:
        rows = queries.drafts_in(session, [PENDING, "open"])
        open_rows: list[Draft] = []
        for row in rows:
            if row.status == PENDING:
                if row.provider_ref:  # a rewrite was interrupted: the old draft goes first
                    provider.delete_draft(draft_ref(row))
                    row.provider_ref = None
                found = provider.find_draft(row.draft_message_id)
                if found is None:
                    logger.info("draft %s was never written; it will be planned again", row.id)
                    if row.application is not None:
                        row.application.dirty = True  # so this pass plans it again
                    session.delete(row)
                    continue
                row.provider_ref, row.status = found.ref, DraftStatus.OPEN.value
                logger.info("draft %s was written before an interruption; kept", row.id)
            open_rows.append(row)
        seen = provider.draft_states([draft_ref(row) for row in open_rows], cursor)
        for row in open_rows:
            now_seen = seen.get(row.provider_ref or "")
            if now_seen is None:  # a provider that left one out: ask about it alone
                state = provider.draft_state(draft_ref(row))
            else:
                state = now_seen.state
                row.provider_ref = now_seen.ref.ref
            if state is RemoteDraftState.SENT:
                row.status = DraftStatus.SENT.value
                report.sent += 1
            elif state is RemoteDraftState.DELETED:
                row.status = DraftStatus.DELETED.value
                report.deleted += 1


def _rewrite_for_notes(
    session: Session,
    provider: Provider,
    cfg: Config,
    renderer: Renderer,
    app: Application,
    h: History,
    now: dt.datetime,
) -> None:
    """An open thank-you made before a note about its interview is written again with
    the note: the advice is to write things down right after the interview, and the
    thank-you is drafted the minute it ends."""
    given = user_notes(session, app.id)
    if not given:
        return
    owed = {d.key: d for d in thank_yous(h, cfg.settings())}
    for row, _interview in open_thank_yous(app, h):
        due = owed.get(row.key)
        newer = [n for n in given if n.at > row.created_at]
        if due is None or due.to is None or not due.to.address or not newer:
            continue
        named = values(cfg, app, h, due, now, draft_language(cfg, app, due))
        used = named["note"] or named["note_sentence"]
        if not used or not any(notes.form(n.text).text == used for n in newer):
            continue
        if provider.draft_state(draft_ref(row)) is not RemoteDraftState.PRESENT:
            continue  # sent or deleted meanwhile: the next reconcile records it
        if not write_draft(session, provider, cfg, renderer, app, h, due, now, rewrite=True):
            logger.info("application %s: thank-you %s written again with the note", app.id, row.id)


def _made(report: DraftReport, app: Application, due: Due, problems: list[str]) -> None:
    if problems:
        report.blocked.append(f"application {app.id}: {due.kind.value} draft: {problems[0]}")
    else:
        report.made += 1


def _waiting(app: Application) -> int | None:
    """The id of a message of ``app`` that waits for review, if any."""
    return next((m.id for m in app.messages if m.review == PENDING and not m.ignored), None)


def _skip_stale(
    session: Session, app: Application, account: str, settings: Settings, now: dt.datetime
) -> int:
    """On the first sync of an old mailbox, record (never write) every draft due before
    the window: an interview of last spring gets no follow-up today. Each is recorded
    as made at its due time, so the follow-ups after it keep their rhythm (and reach the
    past too, where the application then counts as ghosted), and ``status`` lists them."""
    cutoff = now - dt.timedelta(days=settings.first_sync_window_days)
    skipped = 0
    for _ in range(2 * settings.max_follow_ups + 10):  # each round may expose the next one
        h = history(app, account=account, now=now)
        stale = [d for d in due_now(h, settings, now) if d.at < cutoff]
        if not stale:
            break
        for due in stale:
            session.add(
                Draft(
                    application=app,
                    key=due.key,
                    kind=due.kind.value,
                    to_name=due.to.name if due.to else None,
                    to_address=due.to.address.lower() if due.to and due.to.address else None,
                    subject="",
                    draft_message_id="",
                    status=DraftStatus.SKIPPED.value,
                    problem=f"due {due.at:%Y-%m-%d}, before the first sync's window",
                    due_at=due.at,
                    created_at=due.at,
                    updated_at=now,
                )
            )
            skipped += 1  # (the new row is in app.drafts already: the next round sees it)
    if skipped:
        logger.info("application %s: %s old draft(s) not made (first sync)", app.id, skipped)
    return skipped


def make_drafts(
    provider: Provider,
    sessions: sessionmaker[Session],
    cfg: Config,
    renderer: Renderer,
    now: dt.datetime,
    report: DraftReport,
    *,
    first_sync: bool = False,
) -> None:
    """Make every draft due at ``now``; remove open drafts of closed or ghosted applications.

    ``first_sync``: the mailbox never finished a sync before; drafts due before the
    window of ``[policy] first_sync_window_days`` are recorded as skipped, not made."""
    settings = cfg.settings()
    account = cfg.account.address
    with sessions() as session:
        for count, app in enumerate(queries.awake_applications(session, now), 1):
            if State(app.state) is State.GHOSTED:
                # The budget is spent: unsent nudges are stale; new employer mail reopens.
                close(session, provider, app, report)
            elif State(app.state) in TERMINAL_STATES:
                close(session, provider, app, report)
                h = history(app, account=account, now=now)
                owed = rejection_reply(h, now, window_days=settings.thank_you_window_days)
                if (
                    cfg.drafts.rejection_reply
                    and owed
                    and owed.key not in {d.key for d in h.drafts}
                ):
                    _made(
                        report,
                        app,
                        owed,
                        write_draft(session, provider, cfg, renderer, app, h, owed, now),
                    )
            else:
                if first_sync:
                    report.skipped += _skip_stale(session, app, account, settings, now)
                h = history(app, account=account, now=now)
                thanked_by_hand(session, provider, app, h, report)
                stale_thank_yous(
                    session,
                    provider,
                    app,
                    h,
                    dt.timedelta(days=settings.thank_you_window_days),
                    now,
                    report,
                )
                _rewrite_for_notes(session, provider, cfg, renderer, app, h, now)
                waiting = _waiting(app)
                for due in due_now(h, settings, now):
                    if waiting and due.kind in NUDGES:
                        logger.info(
                            "application %s: %s waits: message %s is under review",
                            app.id, due.kind.value, waiting,
                        )  # fmt: skip
                        continue
                    if due.to is None or not due.to.address:
                        logger.info(
                            "application %s: %s due, nobody to send it to", app.id, due.kind
                        )
                        continue
                    problems = write_draft(session, provider, cfg, renderer, app, h, due, now)
                    if due.kind in NUDGES and not problems:
                        replace_nudge(session, provider, app, report, keep=due.key)
                    _made(report, app, due, problems)
            app.wake_at = next_wake(history(app, account=account, now=now), settings, now)
            if any(d.status == DraftStatus.BLOCKED.value for d in app.drafts):
                retry = now + dt.timedelta(hours=1)  # the user may fix a template or address
                app.wake_at = min(app.wake_at, retry) if app.wake_at else retry
            app.dirty = False
            if count % COMMIT_EVERY == 0:
                session.commit()
        session.commit()
