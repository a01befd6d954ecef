"""``followthrough classify FILE...``: read mail files as a sync would, without a mailbox."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followthrough.cli.codes import EXIT_ERROR, EXIT_OK

if TYPE_CHECKING:
    from followthrough.model import Classification

logger = logging.getLogger("followthrough")


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


def cmd_classify(args: argparse.Namespace) -> int:
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
