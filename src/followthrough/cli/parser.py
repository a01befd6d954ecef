"""The arguments of every ``followthrough`` command (SPEC section 5), in one parser.

Importing this reads no configuration and loads no part of the service: ``--help`` and
a mistyped command answer at once.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from followthrough import __version__
from followthrough.model import Kind, State

STATES = [s.value for s in State]
KINDS = [k.value for k in Kind]


def parser() -> argparse.ArgumentParser:
    """Every command of ``followthrough`` and its arguments."""
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
    _control(sub)
    return parser


def _now(p: argparse.ArgumentParser) -> None:
    p.add_argument("--now", dest="sub_now", help="act as if at this ISO 8601 time")


def _control(sub: Any) -> None:
    """The commands that read and correct what the service tracks."""
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
