"""A mailbox the user controls: a Maildir built from the bundled scenarios, and the real CLI."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from followthrough import scenario as sc
from tests.conftest import ROOT, run_main

ACCOUNT = "jordan.park@example.com"


@dataclass
class Box:
    """A Maildir, its config and database; messages are delivered when the test says so."""

    root: Path
    scenario: sc.Scenario | None = None

    @property
    def maildir(self) -> Path:
        return self.root / "Mail"

    @property
    def config(self) -> Path:
        return self.root / "config.toml"

    def deliver(self, *names: str) -> None:
        """Deliver the scenario messages whose file name starts with each of ``names``."""
        assert self.scenario is not None
        for name in names:
            found = [m for m in self.scenario.messages if m.path.name.startswith(name)]
            assert found, name
            for message in found:
                sc.deliver(message, self.maildir)

    def deliver_raw(self, raw: bytes, *, folder: str = "INBOX") -> None:
        target = self.maildir / folder / "new" / f"{uuid.uuid4().hex}.test"
        target.write_bytes(raw)

    def cli(self, *args: str, ok: bool = True) -> Any:
        done = run_main("--config", str(self.config), *args)
        if ok:
            assert done.returncode == 0, done.stdout + done.stderr
        return done

    def sync(self, now: str) -> str:
        return str(self.cli("sync", "--now", now).stdout)

    def status(self, now: str | None = None) -> dict[str, Any]:
        extra = ["--now", now] if now else []
        data: dict[str, Any] = json.loads(self.cli("status", "--json", *extra).stdout)
        return data

    def app(self, company: str, role: str | None = None, now: str | None = None) -> dict[str, Any]:
        apps = [
            a
            for a in self.status(now)["applications"]
            if a["company"] == company and (role is None or a["role"] == role)
        ]
        assert len(apps) == 1, apps
        return apps[0]

    def show(self, app: int | str) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.cli("show", str(app), "--json").stdout)
        return data

    def message_id(self, app: int | str, subject_part: str) -> int:
        found = [m["id"] for m in self.show(app)["messages"] if subject_part in m["subject"]]
        assert len(found) == 1, found
        return int(found[0])

    def drafts(self) -> list[Path]:
        return sorted(
            p for sub in ("new", "cur") for p in (self.maildir / "Drafts" / sub).iterdir()
        )


def make_box(tmp_path: Path, scenario: str | None = None, extra: str = "") -> Box:
    box = Box(root=tmp_path)
    sc.make_maildir(box.maildir)
    if scenario is not None:
        box.scenario = sc.load(ROOT / "tests" / "scenarios" / scenario)
    box.config.write_text(
        sc.config_text(
            account=ACCOUNT,
            name="Jordan Park",
            timezone="America/Chicago",
            maildir=box.maildir,
            database=tmp_path / "state.db",
        )
        + extra,
        encoding="utf-8",
    )
    return box


def mail(
    *,
    sender: str,
    to: str,
    subject: str,
    body: str,
    date: dt.datetime,
    reply_to: str | None = None,
    message_id: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id or make_msgid(domain="test.example")
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    msg.set_content(body)
    return bytes(msg)
