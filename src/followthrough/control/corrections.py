"""The user's corrections: each is stored, replayed by every rebuild, and undoable.

Every function stores one :class:`~followthrough.store.models.Correction`, rebuilds
the applications it touches (:mod:`followthrough.service.rebuild`) and returns a line
for the user. The rebuild writes an event with the user as its cause.
"""

from __future__ import annotations

import datetime as dt

from followthrough.control.common import Context, find_app, find_message, title
from followthrough.errors import UserError
from followthrough.model import Kind, State
from followthrough.service import rebuild as rb
from followthrough.store import queries
from followthrough.store.models import Application, Correction, Message
from followthrough.tracker.names import company_key


def _state(value: str) -> State:
    try:
        return State(value)
    except ValueError:
        raise UserError(
            f"{value!r} is not a state; use one of {', '.join(s.value for s in State)}"
        ) from None


def _kind(value: str) -> Kind:
    try:
        return Kind(value)
    except ValueError:
        raise UserError(
            f"{value!r} is not a message kind; use one of {', '.join(k.value for k in Kind)}"
        ) from None


def _done(ctx: Context, app: Application | None, line: str) -> str:
    if app is not None and app.state:
        return f"{line}; {title(app)} is now {app.state}"
    return line


def set_state(ctx: Context, name: str, value: str) -> str:
    """The user says what state an application is in (``withdrawn`` above all)."""
    app = find_app(ctx.session, name)
    state = _state(value)
    rb.add(ctx.session, "set-state", at=ctx.now, app_id=app.id, summary=f"set-state {state.value}",
           state=state.value)  # fmt: skip
    rb.rebuild(ctx.tracker(), app, ctx.now)
    return _done(ctx, app, f"{title(app)}: state set to {state.value}")


def note(ctx: Context, name: str, text: str, person: str | None = None) -> str:
    """A note on an interview (about one interviewer with ``person``). The thank-you it
    belongs to uses it, and an open thank-you is written again with it at the next sync."""
    app = find_app(ctx.session, name)
    text = " ".join(text.split())
    if not text:
        raise UserError("the note is empty")
    who = " ".join((person or "").split()) or None
    rb.add(ctx.session, rb.NOTE, at=ctx.now, app_id=app.id, summary="note", text=text,
           person=who)  # fmt: skip
    app.dirty = True  # the next sync looks at its drafts again
    about = f" about {who}" if who else ""
    return (
        f"{title(app)}: note{about} saved; the thank-you it belongs to uses it "
        "(an open one is written again at the next sync)"
    )


def snooze(ctx: Context, name: str, until: str) -> str:
    """No follow-up draft for ``name`` before ``until`` (a date: 09:00 local; or a time)."""
    app = find_app(ctx.session, name)
    when = parse_until(until, ctx)
    if when <= ctx.now:
        raise UserError(f"snooze until {until!r}: that is not in the future")
    rb.add(ctx.session, "snooze", at=ctx.now, app_id=app.id,
           summary=f"snooze until {when.isoformat()}", until=when.isoformat())  # fmt: skip
    rb.rebuild(ctx.tracker(), app, ctx.now)
    local = when.astimezone(ctx.cfg.account.tz)
    return f"{title(app)}: no follow-up drafts before {local:%Y-%m-%d %H:%M}"


def parse_until(value: str, ctx: Context) -> dt.datetime:
    tz = ctx.cfg.account.tz
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return dt.datetime.combine(day, dt.time(ctx.cfg.policy.monday_hour), tz)
        at = dt.datetime.fromisoformat(value)
    except ValueError:
        raise UserError(f"{value!r} is not a date (YYYY-MM-DD) or an ISO 8601 time") from None
    return at if at.tzinfo else at.replace(tzinfo=tz)


def correct(ctx: Context, ident: str, value: str) -> str:
    """The user says what kind a message is; its application is derived again."""
    msg = find_message(ctx.session, ident)
    kind = _kind(value)
    old = msg.user_kind
    msg.user_kind = None if kind.value == msg.kind else kind.value
    if msg.review == "pending":
        msg.review = "accepted"
    row = rb.add(ctx.session, "correct", at=ctx.now, message_id=msg.id,
                 summary=f"correct message #{msg.id} to {kind.value}", old=old)  # fmt: skip
    apps = rb.retrack(ctx.tracker(), [msg], ctx.now)
    row.application_id = msg.application_id
    if msg.application is not None:
        rb.rebuild(ctx.tracker(), msg.application, ctx.now)  # with the correction's own event
    where = title(msg.application) if msg.application else "no application"
    line = f"message #{msg.id} is now {kind.value} ({where})"
    return _done(ctx, msg.application or (apps[0] if apps else None), line)


def move(ctx: Context, ident: str, name: str) -> str:
    """Move a message to another application."""
    msg = find_message(ctx.session, ident)
    target = find_app(ctx.session, name)
    source = msg.application
    if source is not None and source.id == target.id:
        raise UserError(f"message #{msg.id} already belongs to {title(target)}")
    if msg.error is not None:
        raise UserError(f"message #{msg.id} could not be read; it cannot be moved")
    rb.add(ctx.session, "move", at=ctx.now, app_id=target.id, message_id=msg.id,
           summary=f"move message #{msg.id} here from #{source.id if source else '-'}",
           source=source.id if source else None, review=msg.review)  # fmt: skip
    msg.application, msg.processed = target, True
    if msg.review == "pending":
        msg.review = "accepted"
    rb.rebuild_all(ctx.tracker(), [source, target], ctx.now)
    return _done(ctx, target, f"message #{msg.id} moved to {title(target)}")


def merge(ctx: Context, keep_name: str, other_name: str) -> str:
    """Merge ``other`` into ``keep``: its messages and drafts; its names lead to ``keep``."""
    keep, other = find_app(ctx.session, keep_name), find_app(ctx.session, other_name)
    if keep.id == other.id:
        raise UserError("an application cannot be merged into itself")
    messages = [m.id for m in other.messages]
    drafts = [d.id for d in other.drafts]
    rb.add(ctx.session, "merge", at=ctx.now, app_id=keep.id, summary=f"merge #{other.id} into here",
           source=other.id, messages=messages, drafts=drafts)  # fmt: skip
    for row in list(other.interviews):  # its rows keep their ids: no thank-you twice
        row.application = keep
    _take(ctx, keep, messages, drafts)
    other.merged_into = keep.id
    other.dirty, other.wake_at = False, None
    rb.rebuild(ctx.tracker(), keep, ctx.now)
    return _done(ctx, keep, f"#{other.id} merged into {title(keep)}")


def _take(ctx: Context, app: Application, messages: list[int], drafts: list[int]) -> None:
    """Give ``app`` these messages and drafts."""
    for msg in queries.messages_by_id(ctx.session, messages):
        msg.application = app
    for draft in queries.drafts_by_id(ctx.session, drafts):
        draft.application = app
    ctx.session.flush()
    ctx.session.expire(app, ["messages", "drafts"])


def split(
    ctx: Context, name: str, idents: list[str], *, company: str | None, role: str | None
) -> str:
    """Move some messages of an application into a new one."""
    source = find_app(ctx.session, name)
    msgs = [find_message(ctx.session, i) for i in idents]
    for msg in msgs:
        if msg.application_id != source.id:
            raise UserError(f"message #{msg.id} does not belong to {title(source)}")
    if len(msgs) == len(source.messages):
        raise UserError("that is every message of the application; use set-state or correct")
    first = min(msgs, key=lambda m: m.date)
    new = Application(
        company=company or first.company or source.company,
        role=role or first.role,
        state="",
        domains=[],
        created_at=first.date,
        updated_at=first.date,
    )
    new.company_key = company_key(new.company)
    ctx.session.add(new)
    ctx.session.flush()
    rb.add(ctx.session, "split", at=ctx.now, app_id=new.id,
           summary=f"split from #{source.id}: messages {', '.join(f'#{m.id}' for m in msgs)}",
           source=source.id, messages=[m.id for m in msgs], company=company,
           role=role)  # fmt: skip
    _take(ctx, new, [m.id for m in msgs], [])
    ctx.session.expire(source, ["messages"])
    done = rb.rebuild_all(ctx.tracker(), [source, new], ctx.now)
    return "; ".join(f"{title(a)} is {a.state}" for a in done)


def add_app(ctx: Context, company: str, *, role: str | None, state: str, date: str | None) -> str:
    """An application the mailbox never saw (applied on a website, no acknowledgement)."""
    st = _state(state)
    at = parse_until(date, ctx) if date else ctx.now
    app = Application(
        company=company, company_key=company_key(company), role=role, state="", domains=[],
        created_at=at, updated_at=at,
    )  # fmt: skip
    ctx.session.add(app)
    ctx.session.flush()
    rb.add(ctx.session, "add", at=at, app_id=app.id, summary=f"add {st.value}",
                  company=company, role=role, state=st.value)  # fmt: skip
    rb.rebuild(ctx.tracker(), app, ctx.now)
    return f"added {title(app)} [{app.state}]"


def ignore(ctx: Context, pattern: str) -> str:
    """Ignore a sender address or a domain for good; its mail moves nothing any more."""
    pattern = pattern.strip().lower().lstrip("@")
    if not pattern or " " in pattern or ("@" not in pattern and "." not in pattern):
        raise UserError(f"{pattern!r} is neither an address nor a domain")
    if pattern in rb.ignore_patterns(ctx.session):
        raise UserError(f"{pattern} is already ignored")
    corr = rb.add(ctx.session, rb.IGNORE, at=ctx.now, summary=f"ignore {pattern}", pattern=pattern)
    hit = _from(ctx, [pattern])
    apps = []
    for msg in hit:
        msg.ignored = True
        apps.append(msg.application)
        msg.application = None
    corr.payload = {**corr.payload, "messages": [m.id for m in hit]}
    rb.rebuild_all(ctx.tracker(), apps, ctx.now)
    return f"ignoring mail from {pattern} ({len(hit)} message(s) stored so far)"


def _from(ctx: Context, patterns: list[str]) -> list[Message]:
    msgs = queries.inbound_messages(ctx.session)
    return [m for m in msgs if rb.ignored_by(m.sender_address, patterns)]


def newest(ctx: Context) -> Correction:
    found = rb.active(ctx.session)
    if not found:
        raise UserError("there is nothing to undo")
    return max(found, key=lambda c: c.id)


def undo(ctx: Context, ident: str | None) -> str:
    """Undo the newest correction, or the one with id ``ident``."""
    if ident is None:
        corr = newest(ctx)
    else:
        text = ident.lstrip("#")
        found = ctx.session.get(Correction, int(text)) if text.isdigit() else None
        if found is None or found.undone_at is not None:
            raise UserError(f"no correction {ident!r} to undo; `followthrough undo --list`")
        corr = found
    corr.undone_at = ctx.now
    from followthrough.control.undo import revert

    touched = revert(ctx, corr)
    summary = corr.payload.get("summary", corr.command)
    states = "; ".join(f"{title(a)} is {a.state}" for a in touched)
    return f"undone: {summary} (correction #{corr.id})" + (f"; {states}" if states else "")
