"""Every command of ``followthrough``, in one table; each calls the service API and
prints for people (nothing below the face prints).

The mailbox commands call :mod:`followthrough.service` (sync, run, status, install) and
the providers' sign-in flows; the commands that read and correct what is tracked call
:mod:`followthrough.control`, which returns text and never prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from followthrough.cli.classify import cmd_classify
from followthrough.cli.codes import EXIT_DATABASE, EXIT_OK

Command = Callable[[argparse.Namespace], int]


def _cmd_sync(args: argparse.Namespace) -> int:
    from followthrough.clock import FixedClock, SystemClock
    from followthrough.config import load, parse_now
    from followthrough.service.runner import run_sync

    cfg = load(args.config)
    when = getattr(args, "sub_now", None) or args.now
    clock = FixedClock(parse_now(when)) if when else SystemClock()
    report = run_sync(cfg, clock)
    print(report.summary())
    return EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    from followthrough.clock import FixedClock, SystemClock
    from followthrough.config import load, parse_now
    from followthrough.service.runner import read_status
    from followthrough.service.status import table

    cfg = load(args.config)
    when = args.sub_now or args.now
    clock = FixedClock(parse_now(when)) if when else SystemClock()
    data = read_status(cfg, clock)
    print(json.dumps(data, indent=None if args.json else 2) if args.json else table(data))
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from followthrough.demo import run_demo

    mailbox = "gmail" if args.gmail else "outlook" if args.outlook else "maildir"
    return run_demo(keep=args.keep, out=sys.stdout, mailbox=mailbox)


def _cmd_run(args: argparse.Namespace) -> int:
    from followthrough.service.daemon import run_service

    return run_service(args.config)


def _show(text: str) -> None:
    """What the sign-in flows and install-service tell the user: a line on standard output."""
    print(text, flush=True)


def _cmd_install_service(args: argparse.Namespace) -> int:
    from followthrough.service.install import install_service

    return install_service(args.config, enable=not args.no_enable, say=_show)


def _cmd_auth(args: argparse.Namespace) -> int:
    from followthrough.config import load

    cfg = load(args.config)
    if args.provider == "gmail":
        from followthrough.providers.gmail_auth import sign_in as gmail_sign_in

        return gmail_sign_in(cfg, open_browser=not args.no_browser, port=args.port, show=_show)
    from followthrough.providers.outlook_auth import sign_in as outlook_sign_in

    return outlook_sign_in(cfg, interactive=args.interactive, show=_show)


def _cmd_doctor(args: argparse.Namespace) -> int:
    from followthrough.config import load
    from followthrough.store.doctor import examine, repair

    cfg = load(args.config)
    if args.repair:
        for line in repair(cfg.database):
            print(f"repaired: {line}")
    findings = examine(cfg.database)
    for finding in findings:
        mark = "ok" if finding.ok else "problem"
        hint = " (`followthrough doctor --repair` fixes this)" if finding.repairable else ""
        print(f"{mark}: {finding.text}{hint if not args.repair else ''}")
    return EXIT_OK if all(f.ok for f in findings) else EXIT_DATABASE


# -- reading and correcting what is tracked -------------------------------------------


def _show_application(args: argparse.Namespace) -> str:
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


def _printed(make: Callable[[argparse.Namespace], str]) -> Command:
    def run(args: argparse.Namespace) -> int:
        print(make(args))
        return EXIT_OK

    return run


def _correction(action: str, *params: str, **named: str) -> Command:
    """A write command: ``control.corrections.<action>`` with these command-line values."""

    def run(args: argparse.Namespace) -> str:
        from followthrough.control import corrections

        values = [getattr(args, p) for p in params]
        options = {key: getattr(args, field) for key, field in named.items()}
        return _write(args, getattr(corrections, action), *values, **options)

    return _printed(run)


def _review_here(args: argparse.Namespace) -> str:
    return _review(args, input, print)


COMMANDS: dict[str, Command] = {
    "sync": _cmd_sync,
    "run": _cmd_run,
    "status": _cmd_status,
    "classify": cmd_classify,
    "demo": _cmd_demo,
    "install-service": _cmd_install_service,
    "auth": _cmd_auth,
    "doctor": _cmd_doctor,
    "show": _printed(_show_application),
    "note": _correction("note", "application", "text", person="person"),
    "set-state": _correction("set_state", "application", "state"),
    "correct": _correction("correct", "message", "kind"),
    "move": _correction("move", "message", "application"),
    "merge": _correction("merge", "application", "other"),
    "split": _correction("split", "application", "messages", company="company", role="role"),
    "add": _correction("add_app", "company", role="role", state="state", date="date"),
    "snooze": _correction("snooze", "application", "until"),
    "ignore": _correction("ignore", "sender"),
    "undo": _printed(_undo),
    "review": _printed(_review_here),
    "export": _printed(_export),
}
