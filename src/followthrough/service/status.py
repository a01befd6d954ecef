"""What ``followthrough status`` shows: applications, states, next due draft, drafts, events.

First of all, what is expected of the user: employer mail that asks the candidate
something (availability, documents, salary expectations) and has gone unanswered for
more than a day. Only a reminder: the reply is the candidate's to write.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from followthrough.config import Config
from followthrough.model import TERMINAL_STATES, Direction, DraftStatus, State
from followthrough.policy.followup import plan, unaddressed_thank_yous
from followthrough.service.history import counts, history
from followthrough.store import queries
from followthrough.store.models import Application, Message

ANSWER_WITHIN = dt.timedelta(days=1)  # an ask is shown once it is older than this


def _iso(at: dt.datetime | None, tz: Any) -> str | None:
    return at.astimezone(tz).isoformat() if at else None


def expected(app: Application, now: dt.datetime, tz: Any) -> list[dict[str, Any]]:
    """The employer's questions to the candidate in ``app`` still unanswered after a day."""
    if not app.state or State(app.state) in TERMINAL_STATES:
        return []
    msgs = [m for m in app.messages if counts(m) and m.date <= now]
    out_dates = [m.date for m in msgs if m.direction == Direction.OUT.value]
    found: list[dict[str, Any]] = []
    for m in sorted(msgs, key=lambda m: (m.date, m.id)):
        if m.direction != Direction.IN.value or not m.asks or m.date > now - ANSWER_WITHIN:
            continue
        if any(at > m.date for at in out_dates):
            continue
        found.append(_ask(m, now, tz))
    return found


def _ask(m: Message, now: dt.datetime, tz: Any) -> dict[str, Any]:
    return {
        "message": m.id,
        "asks": m.asks,
        "from": m.sender_address,
        "name": m.sender_name,
        "subject": m.subject,
        "at": _iso(m.date, tz),
        "days": (now - m.date).days,
    }


def status(session: Session, cfg: Config, now: dt.datetime) -> dict[str, Any]:
    """The ``status --json`` object (SPEC section 5), plus a ``sync`` block."""
    tz = cfg.account.tz
    settings = cfg.settings()
    apps: list[dict[str, Any]] = []
    asks: list[dict[str, Any]] = []
    for app in queries.applications_shown(session):
        if not app.state:
            continue
        h = history(app, account=cfg.account.address, now=now)
        waiting = expected(app, now, tz)
        asks += [
            {"application": app.id, "company": app.company, "role": app.role, **w} for w in waiting
        ]
        upcoming = plan(h, settings, now)
        nxt = upcoming[0] if upcoming else None
        apps.append(
            {
                "id": app.id,
                "company": app.company,
                "role": app.role,
                "state": app.state,
                "next_due": None
                if nxt is None
                else {
                    "kind": nxt.kind.value,
                    "at": _iso(nxt.at, tz),
                    "to": nxt.to.address if nxt.to else None,
                    "why": nxt.why
                    if nxt.to
                    else f"{nxt.why}; nobody with an address to send it to",
                },
                "unaddressed": [
                    {
                        "kind": due.kind.value,
                        "name": due.to.name if due.to else None,
                        "at": _iso(due.at, tz),
                        "why": due.why,
                    }
                    for due in unaddressed_thank_yous(h, settings, now)
                    if State(app.state) not in TERMINAL_STATES
                ],
                "drafts": [
                    {
                        "kind": d.kind,
                        "to": d.to_address,
                        "created_at": _iso(d.created_at, tz),
                        "due_at": _iso(d.due_at, tz),
                        "status": d.status if d.status != "pending" else DraftStatus.OPEN.value,
                        "subject": d.subject,
                    }
                    for d in app.drafts
                    if d.status not in (DraftStatus.BLOCKED.value, DraftStatus.SKIPPED.value)
                ],
                "blocked": [
                    {"kind": d.kind, "to": d.to_address, "problem": d.problem}
                    for d in app.drafts
                    if d.status == DraftStatus.BLOCKED.value
                ],
                # Never made: due long before the first sync of an old mailbox.
                "skipped": [
                    {"kind": d.kind, "to": d.to_address, "due_at": _iso(d.due_at, tz)}
                    for d in app.drafts
                    if d.status == DraftStatus.SKIPPED.value
                ],
                "events": [
                    {"at": _iso(e.at, tz), "from": e.from_state, "to": e.to_state, "cause": e.cause}
                    for e in app.events
                ],
                "expected": waiting,
            }
        )
    syncs = queries.sync_states(session)
    return {
        "expected_of_you": sorted(asks, key=lambda a: a["at"]),
        "review": queries.awaiting_review_count(session),
        "applications": apps,
        "sync": [
            {
                "mailbox": s.mailbox,
                "last_started": _iso(s.last_started, tz),
                "last_finished": _iso(s.last_finished, tz),
                "seconds": s.last_duration,
                "last_error": s.last_error,
            }
            for s in syncs
        ],
    }


def table(data: dict[str, Any]) -> str:
    """A readable summary for people."""
    lines: list[str] = []
    if data.get("expected_of_you"):
        lines.append("Expected of you (the employer asked; the reply is yours to write):")
        for a in data["expected_of_you"]:
            who = a["name"] or a["from"] or "the employer"
            lines.append(
                f"  #{a['application']} {a['company'] or ''}: {who} asked for {a['asks']} "
                f"{a['days']} day(s) ago (message #{a['message']}: {a['subject'][:60]})"
            )
        lines.append("")
    if data.get("review"):
        lines.append(f"{data['review']} message(s) wait for your review: followthrough review")
        lines.append("")
    for app in data["applications"]:
        title = app["company"] or "(unknown company)"
        if app["role"]:
            title += f" - {app['role']}"
        lines.append(f"#{app['id']}  {title}  [{app['state']}]")
        nxt = app["next_due"]
        if nxt:
            who = nxt["to"] or "nobody (no address known)"
            lines.append(f"    next: {nxt['kind']} to {who} at {nxt['at'][:16]} ({nxt['why']})")
        for u in app.get("unaddressed", []):
            lines.append(
                f"    due: {u['kind']} to {u['name']}: nobody with an address to send it to"
            )
        for d in app["drafts"]:
            lines.append(
                f"    draft: {d['kind']} to {d['to']} ({d['status']}, {d['created_at'][:16]})"
            )
        for b in app["blocked"]:
            lines.append(f"    not drafted: {b['kind']} to {b['to']}: {b['problem']}")
        for s in app.get("skipped", []):
            lines.append(
                f"    not drafted: {s['kind']} to {s['to'] or 'nobody'}: due {s['due_at'][:10]}, "
                "before the first sync"
            )
        for e in app["events"][-3:]:
            move = f"{e['from'] or '-'} -> {e['to']}" if e["from"] != e["to"] else f"= {e['to']}"
            lines.append(f"    {e['at'][:16]}  {move}  ({e['cause']})")
    if not lines:
        lines.append("No applications yet.")
    for s in data["sync"]:
        finished = s["last_finished"] or "never"
        line = f"Last sync of {s['mailbox']}: {finished[:19]}"
        if s["seconds"] is not None:
            line += f" ({s['seconds']:.1f}s)"
        if s["last_error"]:
            line += f"; last error: {s['last_error']}"
        lines.append(line)
    return "\n".join(lines)
