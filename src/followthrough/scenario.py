"""Scenario files: a mailbox history with checks (the format of the shared corpus SCHEMA.md).

Used by ``followthrough demo`` to replay the bundled sample mailbox, and by the tests
to replay every scenario through the real command line.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import os
import shutil
import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ScenarioMessage:
    path: Path
    folder: str  # inbox | sent
    date: dt.datetime


@dataclass(frozen=True)
class Check:
    at: dt.datetime
    company: str
    state: str
    drafts: tuple[str, ...]
    role: str | None = None


@dataclass(frozen=True)
class Scenario:
    name: str
    folder: Path
    account: str
    timezone: str
    messages: tuple[ScenarioMessage, ...]
    checks: tuple[Check, ...]


def _date(path: Path) -> dt.datetime:
    with path.open("rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.compat32)
    parsed = email.utils.parsedate_to_datetime(str(msg["Date"]))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def load(folder: Path) -> Scenario:
    """Read ``folder/scenario.toml`` and the dates of its messages."""
    data = tomllib.loads((folder / "scenario.toml").read_text(encoding="utf-8"))
    messages = tuple(
        ScenarioMessage(
            path=folder / m["file"], folder=m.get("folder", "inbox"), date=_date(folder / m["file"])
        )
        for m in data.get("message", [])
    )
    checks = tuple(
        Check(
            at=dt.datetime.fromisoformat(c["at"]),
            company=c["company"],
            state=c["state"],
            drafts=tuple(c.get("drafts", [])),
            role=c.get("role"),
        )
        for c in data.get("check", [])
    )
    return Scenario(
        name=data.get("name", folder.name),
        folder=folder,
        account=data["account"],
        timezone=data.get("timezone", "UTC"),
        messages=messages,
        checks=checks,
    )


def make_maildir(root: Path) -> None:
    """Create INBOX, Sent and Drafts, each with cur/, new/ and tmp/."""
    for folder in ("INBOX", "Sent", "Drafts"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True, exist_ok=True)


def deliver(message: ScenarioMessage, root: Path) -> Path:
    """Put one scenario message into the Maildir (``new/``), as a mail program would."""
    folder = "Sent" if message.folder == "sent" else "INBOX"
    name = f"{int(message.date.timestamp())}.{uuid.uuid4().hex}.followthrough"
    tmp = root / folder / "tmp" / name
    shutil.copyfile(message.path, tmp)
    target = root / folder / "new" / name
    os.replace(tmp, target)
    stamp = message.date.timestamp()
    os.utime(target, (stamp, stamp))
    return target


def config_text(*, account: str, name: str, timezone: str, maildir: Path, database: Path) -> str:
    """A minimal config for replaying a scenario."""
    return (
        f'[account]\naddress = "{account}"\nname = "{name}"\ntimezone = "{timezone}"\n\n'
        f'[mailbox]\nprovider = "maildir"\npath = "{maildir}"\n\n'
        f'[storage]\ndatabase = "sqlite:///{database}"\n'
    )
