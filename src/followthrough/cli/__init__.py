"""The face of followthrough (SPEC section 5): parse, run one command, one error handler.

:mod:`.parser` holds every command's arguments, :mod:`.commands` the one table of
commands; only this package (and the demo) prints for people.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from followthrough.cli.codes import (
    EXIT_AUTH,
    EXIT_DATABASE,
    EXIT_ERROR,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_USAGE,
)
from followthrough.cli.commands import COMMANDS
from followthrough.cli.parser import parser as make_parser
from followthrough.errors import AuthError, DatabaseError, Error, LockedError, UserError

logger = logging.getLogger("followthrough")

__all__ = ["EXIT_OK", "handle_error", "main"]


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )


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
    parser = make_parser()
    args = parser.parse_args(argv)
    _setup_logging(args.verbose)
    command = "sync" if args.sync and args.command is None else args.command
    if command is None:
        parser.print_help()
        return EXIT_USAGE
    if command == "sync" and not hasattr(args, "sub_now"):
        args.sub_now = None
    try:
        return COMMANDS[command](args)
    except KeyboardInterrupt:
        print("followthrough: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        return handle_error(exc, args.verbose)
