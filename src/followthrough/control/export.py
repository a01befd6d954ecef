"""``followthrough export``: the applications with their histories as CSV or JSON, and the
upcoming interviews as an iCalendar file (RFC 5545) a calendar can import.

Each interview keeps one UID across exports, so importing a newer file updates the
calendar entries instead of adding copies.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from followthrough.control.common import Context
from followthrough.control.show import app_data
from followthrough.model import TERMINAL_STATES, State
from followthrough.store import queries
from followthrough.store.models import Application

CSV_COLUMNS = (
    "application_id", "company", "role", "state", "event_at", "from", "to", "cause",
)  # fmt: skip


def _apps(ctx: Context) -> list[Application]:
    return queries.applications_exported(ctx.session)


def as_json(ctx: Context) -> str:
    return json.dumps(
        {"applications": [app_data(app, ctx) for app in _apps(ctx)]}, indent=2, ensure_ascii=False
    )


def as_csv(ctx: Context) -> str:
    """One row per event; an application without events still gets one row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for app in _apps(ctx):
        data = app_data(app, ctx)
        base = [app.id, app.company or "", app.role or "", app.state]
        events: list[dict[str, Any]] = data["events"] or [{}]
        for e in events:
            writer.writerow(
                [
                    *base,
                    e.get("at") or "",
                    e.get("from") or "",
                    e.get("to") or "",
                    e.get("cause") or "",
                ]
            )
    return out.getvalue()


def as_ics(ctx: Context) -> str:
    """The interviews still ahead (or under way) of the open applications."""
    from icalendar import Calendar, Event, vCalAddress, vText

    cal = Calendar()
    cal.add("prodid", "-//followthrough//interviews//EN")
    cal.add("version", "2.0")
    host = ctx.cfg.account.address.rsplit("@", 1)[-1]
    for app in _apps(ctx):
        if State(app.state) in TERMINAL_STATES:
            continue
        for row in app.interviews:
            if row.end <= ctx.now:
                continue
            event = Event()
            event.add("uid", f"interview-{row.id}@followthrough.{host}")
            event.add("dtstamp", ctx.now.astimezone(dt.UTC))
            event.add("dtstart", row.start.astimezone(dt.UTC))
            event.add("dtend", row.end.astimezone(dt.UTC))
            role = app.role or "a role"
            event.add("summary", f"Interview: {role} at {app.company or 'the employer'}")
            names = [r[0] or r[1] for r in row.interviewers or [] if r[0] or r[1]]
            if names:
                event.add("description", vText("With " + ", ".join(str(n) for n in names)))
            for entry in row.interviewers or []:
                name, address = entry[0], entry[1]  # a third element is the title
                if address:
                    attendee = vCalAddress(f"mailto:{address}")
                    if name:
                        attendee.params["cn"] = vText(name)
                    event.add("attendee", attendee, encode=False)
            cal.add_component(event)
    raw: bytes = cal.to_ical()
    return raw.decode("utf-8")


FORMATS = {"csv": as_csv, "json": as_json, "ics": as_ics}


def export(ctx: Context, fmt: str) -> str:
    return FORMATS[fmt](ctx)
