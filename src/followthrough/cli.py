"""The command line (SPEC section 5): parse, call the service, print; one error handler."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followthrough import __version__
from followthrough.errors import AuthError, DatabaseError, Error, LockedError, UserError

if TYPE_CHECKING:
    from followthrough.model import Classification

logger = logging.getLogger("followthrough")

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_AUTH, EXIT_LOCKED, EXIT_DATABASE = 0, 1, 2, 3, 4, 5


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followthrough",
        description="Tracks a job search from your mailbox and leaves follow-up drafts. "
        "It never sends mail.",
    )
    parser.add_argument("--version", action="version", version=f"followthrough {__version__}")
    parser.add_argument(
        "--config", type=Path, help="config file (default: ~/.config/followthrough/config.toml)"
    )
    parser.add_argument("--sync", action="store_true", help="run one sync pass and exit")
    parser.add_argument("--now", help="with --sync: run as if at this ISO 8601 time")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("sync", help="one pass: fetch new mail, update states, make due drafts")
    p.add_argument(
        "--now",
        dest="sub_now",
        help="run as if at this ISO 8601 time (mail dated later is left for a later pass)",
    )
    sub.add_parser("run", help="the long-running service (what the systemd unit starts)")
    p = sub.add_parser("status", help="applications, states, what is due next, drafts made")
    p.add_argument("--json", action="store_true", help="one JSON object for programs")
    p.add_argument("--now", dest="sub_now", help="show what is due as of this ISO 8601 time")
    p = sub.add_parser("classify", help="classify .eml files without a mailbox")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument(
        "--account",
        help="your own address, so your sent mail reads as outbound "
        "(default: [account] address of the config file, if there is one)",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE.eml")
    p = sub.add_parser("demo", help="the whole job on a bundled sample mailbox, no account")
    p.add_argument("--keep", type=Path, help="keep the demo mailbox and database in this folder")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--gmail",
        action="store_true",
        help="replay through the local Gmail API server and the Gmail provider",
    )
    where.add_argument(
        "--outlook",
        action="store_true",
        help="replay through the local Graph server and the Outlook provider",
    )
    p = sub.add_parser("install-service", help="install and enable the systemd user unit for `run`")
    p.add_argument("--no-enable", action="store_true", help="only write the unit file")
    p = sub.add_parser("auth", help="sign in to a mailbox once and store the tokens")
    p.add_argument("provider", choices=["gmail", "outlook"])
    p.add_argument(
        "--no-browser",
        action="store_true",
        help="gmail: print the sign-in URL instead of opening a browser",
    )
    p.add_argument(
        "--port",
        type=int,
        default=0,
        help="gmail: local port for the sign-in redirect (0: any free port)",
    )
    p.add_argument(
        "--interactive",
        action="store_true",
        help="outlook: sign in in a browser instead of with a device code",
    )
    p = sub.add_parser("doctor", help="check the database (and repair what is safe to repair)")
    p.add_argument(
        "--repair",
        action="store_true",
        help="apply pending upgrades, adopt a database an interrupted start left unversioned",
    )
    from followthrough.control.args import add_parsers

    add_parsers(sub)
    return parser


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )


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


def _row(path: Path, result: Classification) -> dict[str, Any]:
    return {
        "file": str(path),
        "kind": result.kind.value,
        "company": result.company,
        "role": result.role,
        "interview_start": result.interview_start.isoformat() if result.interview_start else None,
        "interviewers": [str(p) for p in result.interviewers] or None,
        "reply_by": result.reply_by.isoformat() if result.reply_by else None,
        "evidence": list(result.evidence),
        "confidence": round(result.confidence, 3),
    }


def _classify_account(args: argparse.Namespace) -> tuple[str | None, tuple[str, ...]]:
    """``--account``, else the config's address and aliases: the config given (which must
    load), or the one at the default path when it exists (a broken one there is only
    warned about)."""
    from followthrough.config import default_config_path, load
    from followthrough.errors import ConfigError

    if args.account:
        return str(args.account), ()
    if args.config is not None:
        cfg = load(args.config)  # ConfigError: exit 2 with its message
        return cfg.account.address, tuple(cfg.account.aliases)
    path = default_config_path()
    if not path.exists():
        return None, ()
    try:
        cfg = load(path)
    except ConfigError as exc:
        print(f"followthrough: warning: {exc}; classifying without your address", file=sys.stderr)
        return None, ()
    return cfg.account.address, tuple(cfg.account.aliases)


def _cmd_classify(args: argparse.Namespace) -> int:
    """Classify files; oldest first, sharing what one file says about a domain's company."""
    import datetime as dt

    from followthrough.classify import CompanyDirectory, classify
    from followthrough.mail.direction import direction_of
    from followthrough.mail.parse import ParsedMessage, parse_message

    account, aliases = _classify_account(args)
    failed = 0
    parsed: dict[Path, ParsedMessage] = {}
    for path in args.files:
        try:
            parsed[path] = parse_message(path.read_bytes())
        except OSError as exc:
            print(f"followthrough: cannot read {path}: {exc.strerror}", file=sys.stderr)
            failed += 1
        except Exception as exc:  # MalformedMessageError: an empty file
            print(f"followthrough: {path}: {exc}", file=sys.stderr)
            failed += 1
    directory = CompanyDirectory()
    oldest = dt.datetime.min.replace(tzinfo=dt.UTC)
    results: dict[Path, Classification] = {}
    for path, msg in sorted(parsed.items(), key=lambda item: item[1].date or oldest):
        try:
            # Direction decided as a sync decides it: mail from any of the user's addresses.
            sender = msg.sender.address if msg.sender else None
            direction = direction_of(sender, [account, *aliases])
            results[path] = classify(msg, account=account, direction=direction, directory=directory)
        except Exception as exc:  # one file's fault must not cost the others their answer
            logger.debug("classifying %s failed", path, exc_info=exc)
            print(f"followthrough: {path}: cannot classify: {exc!r}", file=sys.stderr)
            failed += 1
    # A second pass: a company first named "Pinecrest" may sign "Pinecrest Software" later.
    results = {path: directory.settle(result) for path, result in results.items()}
    for path in args.files:
        if path not in results:
            continue
        row = _row(path, results[path])
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            extra = ", ".join(
                f"{k}={row[k]}"
                for k in ("company", "role", "interview_start", "reply_by")
                if row[k]
            )
            print(f"{path}: {row['kind']}" + (f" ({extra})" if extra else ""))
    return EXIT_ERROR if failed else EXIT_OK


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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "sync": _cmd_sync,
    "status": _cmd_status,
    "classify": _cmd_classify,
    "demo": _cmd_demo,
    "run": _cmd_run,
    "install-service": _cmd_install_service,
    "auth": _cmd_auth,
    "doctor": _cmd_doctor,
}


def _database_problem(exc: BaseException) -> str | None:
    """One line for an error SQLite raised (locked, read-only, damaged, unopenable)."""
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is None or not isinstance(exc, sqlalchemy_exc.DBAPIError):
        return None
    reason = str(getattr(exc, "orig", exc)).strip() or type(exc).__name__
    return (
        f"the database cannot be used: {reason}; `followthrough doctor` checks it "
        "(check that its folder is writable and no other program holds it)"
    )


def handle_error(exc: BaseException, verbose: int = 0) -> int:
    """Turn an error into one line for a person and an exit code; a traceback with -vv."""
    if verbose >= 2:
        logger.debug("the error in full", exc_info=exc)
    if isinstance(exc, LockedError):
        print(f"followthrough: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    if isinstance(exc, AuthError):
        print(f"followthrough: {exc}", file=sys.stderr)
        return EXIT_AUTH
    if isinstance(exc, UserError):
        for problem in exc.problems:
            print(f"followthrough: {problem}", file=sys.stderr)
        return EXIT_USAGE
    if isinstance(exc, DatabaseError):
        print(f"followthrough: {exc}", file=sys.stderr)
        return EXIT_DATABASE
    if isinstance(exc, Error):
        print(f"followthrough: {exc}", file=sys.stderr)
        return EXIT_ERROR
    database = _database_problem(exc)
    if database is not None:
        print(f"followthrough: {database}", file=sys.stderr)
        return EXIT_DATABASE
    if isinstance(exc, OSError) and exc.strerror:
        where = f" {exc.filename}" if exc.filename else ""
        print(f"followthrough: cannot use{where}: {exc.strerror}", file=sys.stderr)
        return EXIT_ERROR
    print(f"followthrough: unexpected error: {exc!r} (run with -vv for details)", file=sys.stderr)
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``followthrough`` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    command = "sync" if args.sync and args.command is None else args.command
    if command is None:
        parser.print_help()
        return EXIT_USAGE
    if command == "sync" and not hasattr(args, "sub_now"):
        args.sub_now = None
    try:
        if command not in COMMANDS:
            from followthrough.control.args import run

            print(run(command, args, ask=input, say=print))
            return EXIT_OK
        return COMMANDS[command](args)
    except KeyboardInterrupt:
        print("followthrough: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        return handle_error(exc, args.verbose)
