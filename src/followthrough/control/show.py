"""``followthrough show``: one application's messages, events, notes and corrections.

The message ids it lists are what ``correct``, ``move``, ``split`` and ``review`` take.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from followthrough.control.common import Context, find_app
from followthrough.service import rebuild as rb
from followthrough.service.history import effective_kind
from followthrough.store.models import Application, Message


def _local(at: dt.datetime | None, ctx: Context) -> str | None:
    return at.astimezone(ctx.cfg.account.tz).isoformat() if at else None


def message_data(m: Message, ctx: Context) -> dict[str, Any]:
    return {
        "id": m.id,
        "date": _local(m.date, ctx),
        "direction": m.direction,
        "kind": effective_kind(m).value,
        "classified_as": m.kind,
        "corrected": m.user_kind is not None,
        "confidence": round(m.confidence, 2),
        "evidence": list(m.evidence or []),
        "from": m.sender_address,
        "subject": m.subject,
        "company": m.company,
        "role": m.role,
        "asks": m.asks,
        "review": m.review,
        "ignored": m.ignored,
    }


def app_data(app: Application, ctx: Context) -> dict[str, Any]:
    return {
        "id": app.id,
        "company": app.company,
        "role": app.role,
        "state": app.state,
        "snoozed_until": _local(app.snoozed_until, ctx),
        "messages": [
            message_data(m, ctx) for m in sorted(app.messages, key=lambda m: (m.date, m.id))
        ],
        "events": [
            {"at": _local(e.at, ctx), "from": e.from_state, "to": e.to_state, "cause": e.cause}
            for e in app.events
        ],
        "notes": [
            {
                "at": _local(c.at, ctx),
                "text": c.payload.get("text"),
                "person": c.payload.get("person"),
            }
            for c in rb.active(ctx.session, app_id=app.id, command=rb.NOTE)
        ],
        "corrections": [
            {"id": c.id, "at": _local(c.at, ctx), "what": c.payload.get("summary", c.command)}
            for c in rb.active(ctx.session, app_id=app.id)
            if c.command != rb.NOTE
        ],
    }


def message_line(m: dict[str, Any]) -> str:
    flag = " (corrected)" if m["corrected"] else ""
    flag += " [review]" if m["review"] == "pending" else ""
    flag += " [ignored]" if m["ignored"] else ""
    return (
        f"  #{m['id']:<5} {m['date'][:16]}  {m['direction']:<3}  {m['kind']}{flag}  "
        f"{m['confidence']:.2f}  {m['subject'][:60]!r}\n"
        f"         from {m['from'] or '?'}; evidence: {', '.join(m['evidence']) or '-'}"
    )


def show(ctx: Context, name: str) -> dict[str, Any]:
    return app_data(find_app(ctx.session, name), ctx)


def text(data: dict[str, Any]) -> str:
    head = f"#{data['id']} {data['company'] or '(unknown company)'}"
    head += f" - {data['role']}" if data["role"] else ""
    lines = [f"{head}  [{data['state']}]"]
    if data["snoozed_until"]:
        lines.append(f"snoozed until {data['snoozed_until'][:16]}")
    lines.append("messages (id, date, direction, kind, confidence, subject):")
    lines += [message_line(m) for m in data["messages"]] or ["  none"]
    lines.append("events:")
    lines += [
        f"  {e['at'][:16]}  {e['from'] or '-'} -> {e['to']}  ({e['cause']})" for e in data["events"]
    ]
    if data["notes"]:
        lines.append("notes:")
        lines += [f"  {n['at'][:10]}  {n['text']}" for n in data["notes"]]
    if data["corrections"]:
        lines.append("corrections (followthrough undo ID):")
        lines += [f"  #{c['id']}  {c['at'][:16]}  {c['what']}" for c in data["corrections"]]
    return "\n".join(lines)
