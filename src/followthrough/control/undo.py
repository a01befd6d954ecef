"""Undoing a correction: put back what it changed, then derive the applications again."""

from __future__ import annotations

from followthrough.control.common import Context
from followthrough.service import rebuild as rb
from followthrough.store import queries
from followthrough.store.models import Application, Correction, Message


def _app(ctx: Context, app_id: object) -> Application | None:
    return ctx.session.get(Application, app_id) if isinstance(app_id, int) else None


def _messages(ctx: Context, ids: object) -> list[Message]:
    if not isinstance(ids, list):
        return []
    return queries.messages_by_id(ctx.session, ids)


def _give(ctx: Context, app: Application | None, msgs: list[Message]) -> None:
    for msg in msgs:
        msg.application = app
    ctx.session.flush()
    if app is not None:
        ctx.session.expire(app, ["messages", "drafts"])


def revert(ctx: Context, corr: Correction) -> list[Application]:
    """Undo ``corr`` (already marked undone); returns the applications rebuilt."""
    tracker = ctx.tracker()
    payload = corr.payload
    target = _app(ctx, corr.application_id)
    msg = ctx.session.get(Message, corr.message_id) if corr.message_id else None
    if corr.command in ("set-state", "snooze", "add", rb.NOTE):
        return rb.rebuild_all(tracker, [target], ctx.now)
    if corr.command == "correct" and msg is not None:
        msg.user_kind = payload.get("old")
        return rb.retrack(tracker, [msg], ctx.now)
    if corr.command == "review" and msg is not None:
        msg.user_kind = payload.get("old")
        msg.review = "pending"
        old_app = msg.application
        _give(ctx, None, [msg])
        return rb.rebuild_all(tracker, [old_app], ctx.now)
    if corr.command == "move" and msg is not None:
        source = _app(ctx, payload.get("source"))
        msg.review = payload.get("review")
        _give(ctx, source, [msg])
        if source is None:
            return rb.retrack(tracker, [msg], ctx.now) + rb.rebuild_all(tracker, [target], ctx.now)
        return rb.rebuild_all(tracker, [source, target], ctx.now)
    if corr.command in ("merge", "split"):
        source = _app(ctx, payload.get("source"))
        if source is None:
            return rb.rebuild_all(tracker, [target], ctx.now)
        if corr.command == "merge":
            source.merged_into = None
            drafts = payload.get("drafts") or []
        else:  # drafts made for the split-off application go back with its messages
            drafts = [d.id for d in target.drafts] if target is not None else []
        _give(ctx, source, _messages(ctx, payload.get("messages")))
        for draft in queries.drafts_by_id(ctx.session, drafts):
            draft.application = source
        ctx.session.flush()
        if target is not None:
            ctx.session.expire(target, ["messages", "drafts"])
        return rb.rebuild_all(tracker, [source, target], ctx.now)
    if corr.command == rb.IGNORE:
        still = rb.ignore_patterns(ctx.session)
        freed = [
            m
            for m in _messages(ctx, payload.get("messages"))
            if not rb.ignored_by(m.sender_address, still)
        ]
        freed += [
            m
            for m in queries.ignored_messages(ctx.session)
            if m not in freed
            and rb.ignored_by(m.sender_address, [str(payload["pattern"])])
            and not rb.ignored_by(m.sender_address, still)
        ]
        for m in freed:
            m.ignored = False
        return rb.retrack(tracker, freed, ctx.now)
    return rb.rebuild_all(tracker, [target], ctx.now)
