"""What ``followthrough status`` shows: applications, states, next due draft, drafts, events."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from followthrough.config import Config
from followthrough.model import DraftStatus
from followthrough.policy.followup import plan
from followthrough.service.history import history
from followthrough.store.models import Application, SyncState


def _iso(at: dt.datetime | None, tz: Any) -> str | None:
    return at.astimezone(tz).isoformat() if at else None


def status(session: Session, cfg: Config, now: dt.datetime) -> dict[str, Any]:
    """The ``status --json`` object (SPEC section 5), plus a ``sync`` block."""
    tz = cfg.account.tz
    settings = cfg.settings()
    apps: list[dict[str, Any]] = []
    query = (
        select(Application)
        .order_by(Application.id)
        .options(
            selectinload(Application.messages),
            selectinload(Application.interviews),
            selectinload(Application.drafts),
            selectinload(Application.events),
        )
    )
    for app in session.scalars(query).all():
        h = history(app, account=cfg.account.address, now=now)
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
                "drafts": [
                    {
                        "kind": d.kind,
                        "to": d.to_address,
                        "created_at": _iso(d.created_at, tz),
                        "status": d.status if d.status != "pending" else DraftStatus.OPEN.value,
                        "subject": d.subject,
                    }
                    for d in app.drafts
                ],
                "events": [
                    {"at": _iso(e.at, tz), "from": e.from_state, "to": e.to_state, "cause": e.cause}
                    for e in app.events
                ],
            }
        )
    syncs = session.scalars(select(SyncState)).all()
    return {
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
    for app in data["applications"]:
        title = app["company"] or "(unknown company)"
        if app["role"]:
            title += f" - {app['role']}"
        lines.append(f"#{app['id']}  {title}  [{app['state']}]")
        nxt = app["next_due"]
        if nxt:
            who = nxt["to"] or "nobody (no address known)"
            lines.append(f"    next: {nxt['kind']} to {who} at {nxt['at'][:16]} ({nxt['why']})")
        for d in app["drafts"]:
            lines.append(
                f"    draft: {d['kind']} to {d['to']} ({d['status']}, {d['created_at'][:16]})"
            )
        for e in app["events"][-3:]:
            lines.append(f"    {e['at'][:16]}  {e['from'] or '-'} -> {e['to']}  ({e['cause']})")
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
