"""Writing one draft into the mailbox, exactly once: render, lint, store the intent,
create it, mark it open.

Split from :mod:`followthrough.service.drafting`, which decides what is due; this
module owns the steps between a :class:`~followthrough.policy.followup.Due` and a
draft in the Drafts folder, so the crash-safe ordering lives in one place.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace

from sqlalchemy.orm import Session

from followthrough.config import Config
from followthrough.drafts.language import thread_language
from followthrough.drafts.lint import lint
from followthrough.drafts.quote import quote, reply_subject
from followthrough.drafts.render import Renderer
from followthrough.errors import MalformedMessageError, TransientError
from followthrough.model import DraftStatus, Person
from followthrough.policy.followup import Due
from followthrough.policy.history import History, Mail
from followthrough.providers.base import DraftRef, DraftSpec, MessageRef, Provider
from followthrough.service.draft_values import values
from followthrough.store.models import Application, Draft

# The service's log names stay those of the module this was split from.
logger = logging.getLogger("followthrough.service.drafting")
PENDING = "pending"


def draft_ref(row: Draft) -> DraftRef:
    """How the provider finds the draft a row stands for."""
    return DraftRef(ref=row.provider_ref or "", message_id=row.draft_message_id)


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


def draft_language(cfg: Config, app: Application, due: Due) -> str:
    """The draft's language: the configured one, else its thread's, else the application's."""
    thread = due.reply_to.thread_id if due.reply_to else None
    return thread_language(app.messages, override=cfg.drafts.language, thread_id=thread)


def write_draft(
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
    draft: :func:`~followthrough.service.drafting.reconcile` deletes the old one before
    it settles the new.
    """
    from followthrough.mail.compose import make_message_id

    assert due.to is not None
    assert due.to.address
    language = draft_language(cfg, app, due)
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
    old = draft_ref(row) if rewrite and row.provider_ref else None
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
