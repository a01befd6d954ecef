"""Drafting: turn due follow-ups into drafts in the mailbox, exactly once.

Each draft is first written to the store as an intent (its unique key and the
Message-ID we give it), then created in the mailbox, then marked open. After a crash
between the two, :func:`reconcile` finds the draft by its Message-ID instead of
making it again. Drafts of applications that closed are removed from the mailbox.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session, sessionmaker

from followthrough.config import Config
from followthrough.drafts import notes
from followthrough.drafts.language import thread_language
from followthrough.drafts.lint import lint
from followthrough.drafts.quote import quote, reply_subject
from followthrough.drafts.rejection import rejection_reply
from followthrough.drafts.render import Renderer
from followthrough.errors import MalformedMessageError, TransientError
from followthrough.model import TERMINAL_STATES, DraftKind, DraftStatus, Person, State
from followthrough.policy.followup import (
    Due,
    due_now,
    next_wake,
    thank_yous,
    thanked,
)
from followthrough.policy.history import History, Interview, Mail, Settings
from followthrough.providers.base import (
    DraftRef,
    DraftSpec,
    MessageRef,
    Provider,
    RemoteDraftState,
)
from followthrough.service.draft_values import user_notes, values
from followthrough.service.history import history
from followthrough.store import queries
from followthrough.store.models import Application, Draft

logger = logging.getLogger(__name__)
PENDING = "pending"


@dataclass
class DraftReport:
    made: int = 0
    removed: int = 0
    sent: int = 0
    deleted: int = 0
    blocked: list[str] = field(default_factory=list)  # drafts not written: why (draft lint)
    skipped: int = 0  # due before the first sync's window: recorded, never written


def _ref(row: Draft) -> DraftRef:
    return DraftRef(ref=row.provider_ref or "", message_id=row.draft_message_id)


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
                    provider.delete_draft(_ref(row))
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
        seen = provider.draft_states([_ref(row) for row in open_rows], cursor)
        for row in open_rows:
            now_seen = seen.get(row.provider_ref or "")
            if now_seen is None:  # a provider that left one out: ask about it alone
                state = provider.draft_state(_ref(row))
            else:
                state = now_seen.state
                row.provider_ref = now_seen.ref.ref
            if state is RemoteDraftState.SENT:
                row.status = DraftStatus.SENT.value
                report.sent += 1
            elif state is RemoteDraftState.DELETED:
                row.status = DraftStatus.DELETED.value
                report.deleted += 1


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


def _language(cfg: Config, app: Application, due: Due) -> str:
    """The draft's language: the configured one, else its thread's, else the application's."""
    thread = due.reply_to.thread_id if due.reply_to else None
    return thread_language(app.messages, override=cfg.drafts.language, thread_id=thread)


def _make(
    session: Session,
    provider: Provider,
    cfg: Config,
    renderer: Renderer,
    app: Application,
    h: History,
    due: Due,
    now: dt.datetime,
    *,
    rewrite: bool = False,
) -> list[str]:
    """Make one draft, or return why the draft lint stopped it (logged, nothing written).

    ``rewrite``: the row's open draft is replaced by this one (a note arrived). The row
    keeps the old draft's ref while it is pending, so a crash at any point leaves one
    draft: :func:`reconcile` deletes the old one before it settles the new.
    """
    from followthrough.mail.compose import make_message_id

    assert due.to is not None
    assert due.to.address
    language = _language(cfg, app, due)
    named = values(cfg, app, h, due, now, language)
    text = renderer.render(due.kind, named, language=language)
    answered = due.reply_to if due.in_thread else None
    if answered is not None and reply_subject(answered.subject):
        text = replace(text, subject=reply_subject(answered.subject))  # Gmail threads by it
    problems = lint(
        text,
        to_address=due.to.address,
        to_name=due.to.name,
        account=cfg.account.address,
        thread_subject=due.reply_to.subject if due.reply_to else "",
        values=named,
    )
    row = next((d for d in app.drafts if d.key == due.key), None)  # blocked before?
    if rewrite and problems:
        logger.warning("application %s: draft %s kept as it was: %s", app.id,
                       row.id if row else "?", "; ".join(problems))  # fmt: skip
        return problems
    if row is None:
        row = Draft(application=app, key=due.key, created_at=now)
        session.add(row)
    row.kind, row.to_name, row.to_address = due.kind.value, due.to.name, due.to.address.lower()
    row.subject, row.due_at, row.updated_at = text.subject, due.at, now
    if problems:
        if row.problem != "; ".join(problems):
            logger.warning(
                "application %s: %s draft not written: %s",
                app.id,
                due.kind.value,
                "; ".join(problems),
            )
        row.status, row.problem, row.draft_message_id = (
            DraftStatus.BLOCKED.value,
            "; ".join(problems),
            "",
        )
        session.commit()
        return problems
    body = text.body
    if answered is not None:
        body += _quoted(provider, answered, language, cfg)
    old = _ref(row) if rewrite and row.provider_ref else None
    row.status, row.problem, row.created_at = PENDING, None, now
    row.draft_message_id = make_message_id(cfg.account.address.rsplit("@", 1)[-1])
    session.commit()  # the intent is stored before the mailbox is touched
    if old is not None:
        provider.delete_draft(old)
    ref = provider.create_draft(_spec(cfg, due, text.subject, body, row.draft_message_id))
    row.provider_ref, row.status = ref.ref, DraftStatus.OPEN.value
    session.commit()
    logger.info("application %s: made %s draft %s (%s)", app.id, due.kind.value, row.id, due.why)
    return []


def _quoted(provider: Provider, answered: Mail, language: str, cfg: Config) -> str:
    """The answered message quoted below the draft, read from the mailbox now (bodies
    are never stored); without it, when it cannot be read, the draft is still made."""
    if not answered.ref:
        return ""
    direction = answered.direction
    try:
        raw = provider.get_message(MessageRef(answered.ref, direction, answered.thread_id))
    except (MalformedMessageError, TransientError) as exc:
        logger.info("the answered message is not quoted: %s", exc)
        return ""
    block = quote(raw, language=language, tz=cfg.account.tz)
    return f"\n{block}" if block else ""


def _made(report: DraftReport, app: Application, due: Due, problems: list[str]) -> None:
    if problems:
        report.blocked.append(f"application {app.id}: {due.kind.value} draft: {problems[0]}")
    else:
        report.made += 1


def _remove(provider: Provider, row: Draft, report: DraftReport, why: str) -> None:
    """Take one open draft of ours out of the Drafts folder; ``status`` shows it removed."""
    if provider.draft_state(_ref(row)) is RemoteDraftState.PRESENT:
        provider.delete_draft(_ref(row))
        report.removed += 1
    row.status = DraftStatus.REMOVED.value
    logger.info("application %s: removed draft %s (%s)", row.application_id, row.id, why)


def _close(session: Session, provider: Provider, app: Application, report: DraftReport) -> None:
    for row in list(app.drafts):
        if row.status == DraftStatus.BLOCKED.value:
            session.delete(row)  # never written, and no longer wanted
            continue
        if row.status != DraftStatus.OPEN.value or row.kind == DraftKind.REJECTION_REPLY.value:
            continue
        _remove(provider, row, report, "the application closed")
    session.commit()


def _open_thank_yous(app: Application, h: History) -> list[tuple[Draft, Interview]]:
    """Our open thank-you drafts with the interview each one is for (its key names it:
    ``thank_you:<interview>:<person>``, see ``policy.followup``)."""
    interviews = {i.key: i for i in h.interviews}
    found: list[tuple[Draft, Interview]] = []
    for row in app.drafts:
        if row.status != DraftStatus.OPEN.value or row.kind != DraftKind.THANK_YOU.value:
            continue
        parts = row.key.split(":", 2)
        interview = interviews.get(parts[1]) if len(parts) == 3 else None
        if interview is not None:
            found.append((row, interview))
    return found


def _thanked_by_hand(
    session: Session, provider: Provider, app: Application, h: History, report: DraftReport
) -> None:
    """The user wrote their own thank-you to a person: our open one to them goes."""
    for row, interview in _open_thank_yous(app, h):
        if row.to_address and thanked(h, interview, row.to_address):
            _remove(provider, row, report, f"the user thanked {row.to_address} themselves")
    session.commit()


def _stale_thank_yous(
    session: Session,
    provider: Provider,
    app: Application,
    h: History,
    window: dt.timedelta,
    now: dt.datetime,
    report: DraftReport,
) -> None:
    """A thank-you still unsent when its window has passed would arrive weeks late: it goes."""
    for row, interview in _open_thank_yous(app, h):
        if now > interview.end + window:
            _remove(provider, row, report, "the thank-you was not sent within its window")
    session.commit()


def _replace_nudge(
    session: Session, provider: Provider, app: Application, report: DraftReport, *, keep: str
) -> None:
    """At most one open follow-up or check-in: the one still unsent makes way for the
    newer one (``keep``), which was just written."""
    for row in app.drafts:
        if (
            row.key != keep
            and row.status == DraftStatus.OPEN.value
            and DraftKind(row.kind) in NUDGES
        ):
            _remove(provider, row, report, "a newer follow-up takes its place")
    session.commit()


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
    for row, _interview in _open_thank_yous(app, h):
        due = owed.get(row.key)
        newer = [n for n in given if n.at > row.created_at]
        if due is None or due.to is None or not due.to.address or not newer:
            continue
        named = values(cfg, app, h, due, now, _language(cfg, app, due))
        used = named["note"] or named["note_sentence"]
        if not used or not any(notes.form(n.text).text == used for n in newer):
            continue
        if provider.draft_state(_ref(row)) is not RemoteDraftState.PRESENT:
            continue  # sent or deleted meanwhile: the next reconcile records it
        if not _make(session, provider, cfg, renderer, app, h, due, now, rewrite=True):
            logger.info("application %s: thank-you %s written again with the note", app.id, row.id)


#: Drafts that ask the employer for news: never while a message that may be their
#: answer (a rejection the classifier was unsure of) waits for the user's review.
NUDGES = frozenset({DraftKind.FOLLOW_UP, DraftKind.CHECK_IN})


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
        for app in queries.awake_applications(session, now):
            if State(app.state) is State.GHOSTED:
                # The budget is spent: unsent nudges are stale; new employer mail reopens.
                _close(session, provider, app, report)
            elif State(app.state) in TERMINAL_STATES:
                _close(session, provider, app, report)
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
                        _make(session, provider, cfg, renderer, app, h, owed, now),
                    )
            else:
                if first_sync:
                    report.skipped += _skip_stale(session, app, account, settings, now)
                h = history(app, account=account, now=now)
                _thanked_by_hand(session, provider, app, h, report)
                _stale_thank_yous(
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
                    problems = _make(session, provider, cfg, renderer, app, h, due, now)
                    if due.kind in NUDGES and not problems:
                        _replace_nudge(session, provider, app, report, keep=due.key)
                    _made(report, app, due, problems)
            app.wake_at = next_wake(history(app, account=account, now=now), settings, now)
            if any(d.status == DraftStatus.BLOCKED.value for d in app.drafts):
                retry = now + dt.timedelta(hours=1)  # the user may fix a template or address
                app.wake_at = min(app.wake_at, retry) if app.wake_at else retry
            app.dirty = False
            session.commit()
