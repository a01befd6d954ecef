"""``followthrough review``: the messages the service was unsure of, for the user to settle.

A message classified with low confidence (``[review] min_confidence``), or every
message that would change a state (``[review] all = true``), waits here and moves
nothing until the user accepts it or gives its kind. Settling one is a correction
like any other: stored, replayed, undoable.
"""

from __future__ import annotations

from collections.abc import Callable

from followthrough.control.common import Context, find_message, title
from followthrough.control.corrections import _kind, ignore
from followthrough.control.show import message_data, message_line
from followthrough.errors import UserError
from followthrough.model import Kind
from followthrough.service import rebuild as rb
from followthrough.service.history import effective_kind
from followthrough.store import queries
from followthrough.store.models import Message

PROMPT = "[a]ccept / [k]ind... / [s]kip / [i]gnore sender / [q]uit? "


def pending(ctx: Context) -> list[Message]:
    return queries.awaiting_review(ctx.session)


def listing(ctx: Context, msg: Message) -> str:
    line = message_line(message_data(msg, ctx))
    what = ", ".join(f"{k}: {v}" for k, v in (("company", msg.company), ("role", msg.role)) if v)
    return f"{line}\n         {what or 'no company found'}"


def settle(ctx: Context, ident: str, kind: str | None) -> str:
    """Accept a pending message as classified, or as ``kind``; it then takes effect."""
    msg = find_message(ctx.session, ident)
    if msg.review != "pending":
        raise UserError(f"message #{msg.id} is not waiting for review")
    new = _kind(kind) if kind else effective_kind(msg)
    old = msg.user_kind
    msg.user_kind = None if new.value == msg.kind else new.value
    msg.review = "accepted"
    verb = "accept" if kind is None else "review"
    corr = rb.add(ctx.session, "review", at=ctx.now, message_id=msg.id,
                  summary=f"{verb} message #{msg.id} as {new.value}", old=old)  # fmt: skip
    rb.retrack(ctx.tracker(), [msg], ctx.now)
    corr.application_id = msg.application_id
    if msg.application is not None:
        rb.rebuild(ctx.tracker(), msg.application, ctx.now)
        app = msg.application
        return f"message #{msg.id} taken as {new.value}: {title(app)} is {app.state}"
    return f"message #{msg.id} taken as {new.value} (no application)"


def interactive(ctx: Context, ask: Callable[[str], str], say: Callable[[str], None]) -> None:
    """Go through the pending messages one by one; a keystroke or two each."""
    kinds = ", ".join(k.value for k in Kind)
    for msg in pending(ctx):
        say(listing(ctx, msg))
        while True:
            answer = ask(PROMPT).strip().lower()
            try:
                if answer in ("a", "accept"):
                    say(settle(ctx, str(msg.id), None))
                elif answer in ("k", "kind"):
                    say(settle(ctx, str(msg.id), ask(f"kind ({kinds})? ").strip()))
                elif answer in ("i", "ignore") and msg.sender_address:
                    say(ignore(ctx, msg.sender_address))
                elif answer in ("q", "quit"):
                    return
                elif answer not in ("s", "skip", ""):
                    continue
            except UserError as exc:
                say(f"  {exc}")
                continue
            break
