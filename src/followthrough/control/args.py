"""The user-control subcommands: their arguments, and running them (``cli.py`` dispatches).

Each command returns its output as text; ``cli`` prints it. Write commands take the
database lock (waiting briefly for a running sync) and run in one transaction.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from followthrough.model import Kind, State

STATES = [s.value for s in State]
KINDS = [k.value for k in Kind]


def _now(p: argparse.ArgumentParser) -> None:
    p.add_argument("--now", dest="sub_now", help="act as if at this ISO 8601 time")


def add_parsers(sub: Any) -> None:
    """Add the user-control subcommands to the ``followthrough`` parser."""
    p = sub.add_parser("show", help="one application: its messages (with ids), events, notes")
    p.add_argument("application", help="#id as `status` shows it, or a company name prefix")
    p.add_argument("--json", action="store_true", help="one JSON object for programs")
    _now(p)
    p = sub.add_parser("note", help="a note on an interview, woven into the next drafts")
    p.add_argument("application")
    p.add_argument("text", help="what you talked about, e.g. 'the migration to Kafka'")
    p.add_argument(
        "--person",
        metavar="NAME",
        help="the interviewer it is about (name, first name or address): only their drafts use it",
    )
    _now(p)
    p = sub.add_parser("set-state", help="correct an application's state (e.g. withdrawn)")
    p.add_argument("application")
    p.add_argument("state", choices=STATES, metavar="STATE", help=", ".join(STATES))
    _now(p)
    p = sub.add_parser("correct", help="correct the kind of a misclassified message")
    p.add_argument("message", help="message id, as `show` lists it")
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    _now(p)
    p = sub.add_parser("move", help="move a message to another application")
    p.add_argument("message")
    p.add_argument("application")
    _now(p)
    p = sub.add_parser("merge", help="merge the second application into the first")
    p.add_argument("application", help="the application to keep")
    p.add_argument("other", help="the application merged into it")
    _now(p)
    p = sub.add_parser("split", help="move some messages of an application into a new one")
    p.add_argument("application")
    p.add_argument("messages", nargs="+", metavar="MESSAGE")
    p.add_argument("--company", help="company of the new application")
    p.add_argument("--role", help="role of the new application")
    _now(p)
    p = sub.add_parser("add", help="add an application the mailbox never saw")
    p.add_argument("company")
    p.add_argument("--role")
    p.add_argument("--state", default="applied", choices=STATES, metavar="STATE")
    p.add_argument("--date", help="when you applied (YYYY-MM-DD; default: now)")
    _now(p)
    p = sub.add_parser("snooze", help="no follow-up drafts for an application until a date")
    p.add_argument("application")
    p.add_argument("until", help="YYYY-MM-DD or an ISO 8601 time")
    _now(p)
    p = sub.add_parser("ignore", help="ignore a sender address or domain for good")
    p.add_argument("sender", help="an address (jobs@board.example) or a domain (board.example)")
    _now(p)
    p = sub.add_parser("undo", help="undo the newest correction (or the one given)")
    p.add_argument("correction", nargs="?", help="correction id (see --list)")
    p.add_argument("--list", action="store_true", help="list the corrections")
    _now(p)
    p = sub.add_parser("review", help="settle the messages the service was unsure of")
    p.add_argument("--accept", metavar="MESSAGE", help="accept a message as classified")
    p.add_argument("--kind", nargs=2, metavar=("MESSAGE", "KIND"), help="give a message its kind")
    p.add_argument("--list", action="store_true", help="only list, do not ask")
    _now(p)
    p = sub.add_parser("export", help="applications as CSV/JSON, upcoming interviews as .ics")
    p.add_argument("--format", choices=["csv", "json", "ics"], default="json")
    p.add_argument("-o", "--output", type=Path, help="write to this file (default: stdout)")
    _now(p)


def _show(args: argparse.Namespace) -> str:
    from followthrough.control.common import opened
    from followthrough.control.show import show, text

    with opened(args, write=False) as ctx:
        data = show(ctx, args.application)
    return json.dumps(data, ensure_ascii=False) if args.json else text(data)


def _write(args: argparse.Namespace, action: Callable[..., str], *params: Any, **kw: Any) -> str:
    from followthrough.control.common import opened

    with opened(args, write=True) as ctx:
        return action(ctx, *params, **kw)


def _undo(args: argparse.Namespace) -> str:
    from followthrough.control import corrections as c
    from followthrough.control.common import opened
    from followthrough.service.rebuild import active

    if args.list:
        with opened(args, write=False) as ctx:
            rows = [
                f"#{r.id}  {r.at.astimezone(ctx.cfg.account.tz):%Y-%m-%d %H:%M}  "
                f"{r.payload.get('summary', r.command)}"
                + (f"  (application #{r.application_id})" if r.application_id else "")
                for r in active(ctx.session)
            ]
        return "\n".join(rows) or "No corrections."
    return _write(args, c.undo, args.correction)


def _review(args: argparse.Namespace, ask: Callable[[str], str], say: Callable[[str], None]) -> str:
    from followthrough.control import review as r
    from followthrough.control.common import opened

    if args.accept:
        return _write(args, r.settle, args.accept, None)
    if args.kind:
        return _write(args, r.settle, args.kind[0], args.kind[1])
    if args.list or not sys.stdin.isatty():
        with opened(args, write=False) as ctx:
            found = r.pending(ctx)
            lines = [r.listing(ctx, m) for m in found]
        if not lines:
            return "Nothing waits for review."
        hint = (
            "accept: followthrough review --accept ID; correct: followthrough review --kind ID KIND"
        )
        return "\n".join([*lines, hint])
    with opened(args, write=True) as ctx:
        r.interactive(ctx, ask=ask, say=say)
    return "Review done."


def _export(args: argparse.Namespace) -> str:
    from followthrough.control.common import opened
    from followthrough.control.export import export

    with opened(args, write=False) as ctx:
        out = export(ctx, args.format)
    if args.output is None:
        return out.rstrip("\n")
    args.output.write_text(out, encoding="utf-8")
    return f"wrote {args.output}"


def run(
    command: str,
    args: argparse.Namespace,
    *,
    ask: Callable[[str], str],
    say: Callable[[str], None],
) -> str:
    """Run one user-control command; its output, for ``cli`` to print.

    ``ask`` and ``say`` are the terminal, for the interactive ``review``.
    """
    from followthrough.control import corrections as c

    a = args
    table: dict[str, Callable[[], str]] = {
        "show": lambda: _show(a),
        "note": lambda: _write(a, c.note, a.application, a.text, person=a.person),
        "set-state": lambda: _write(a, c.set_state, a.application, a.state),
        "correct": lambda: _write(a, c.correct, a.message, a.kind),
        "move": lambda: _write(a, c.move, a.message, a.application),
        "merge": lambda: _write(a, c.merge, a.application, a.other),
        "split": lambda: _write(
            a, c.split, a.application, a.messages, company=a.company, role=a.role
        ),
        "add": lambda: _write(a, c.add_app, a.company, role=a.role, state=a.state, date=a.date),
        "snooze": lambda: _write(a, c.snooze, a.application, a.until),
        "ignore": lambda: _write(a, c.ignore, a.sender),
        "undo": lambda: _undo(a),
        "review": lambda: _review(a, ask, say),
        "export": lambda: _export(a),
    }
    return table[command]()


COMMANDS = (
    "show", "note", "set-state", "correct", "move", "merge", "split", "add", "snooze",
    "ignore", "undo", "review", "export",
)  # fmt: skip
