"""Fixtures for the service tests: a Maildir, a config, fresh mail, and a running service.

The service runs as a real subprocess (``python -m followthrough run``); helpers read its
state from the SQLite file and the Maildir, as a user would, never from its insides.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from followthrough import scenario as sc

ACCOUNT = "dana.whitfield@example.com"
INTERVIEWER = "nadia.okafor@larkspur.example"


PANEL = (("Nadia Okafor", INTERVIEWER), ("Omar Haddad", "omar.haddad@larkspur.example"))


def invite_eml(
    *,
    start: dt.datetime,
    end: dt.datetime,
    sent: dt.datetime,
    interviewers: tuple[tuple[str, str], ...] = PANEL[:1],
) -> bytes:
    """A calendar invite (METHOD:REQUEST) from Larkspur Robotics for ``start``-``end``."""
    msg = EmailMessage()
    msg["From"] = "Tom Reyes <tom.reyes@larkspur.example>"
    msg["To"] = f"Dana Whitfield <{ACCOUNT}>"
    msg["Date"] = format_datetime(sent)
    msg["Subject"] = "Interview invitation: Backend Engineer at Larkspur Robotics"
    msg["Message-ID"] = make_msgid(domain="larkspur.example")
    names = " and ".join(name for name, _ in interviewers)
    msg.set_content(
        "Hi Dana,\n\nThanks for applying for the Backend Engineer role at Larkspur Robotics.\n"
        f"We would like to invite you to a video interview with {names} "
        f"on {start:%A, %B %d at %H:%M} UTC.\n"
        "The calendar invite is attached.\n\nBest,\nTom Reyes\nRecruiter, Larkspur Robotics\n"
    )
    stamp = "%Y%m%dT%H%M%SZ"
    ics = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Larkspur//Recruiting//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uuid.uuid4().hex}@larkspur.example",
        f"DTSTAMP:{sent.astimezone(dt.UTC):{stamp}}",
        f"DTSTART:{start.astimezone(dt.UTC):{stamp}}",
        f"DTEND:{end.astimezone(dt.UTC):{stamp}}",
        "SUMMARY:Interview: Backend Engineer - Dana Whitfield",
        "ORGANIZER;CN=Tom Reyes:mailto:tom.reyes@larkspur.example",
        *(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT:mailto:{addr}" for name, addr in interviewers),
        f"ATTENDEE;CN=Dana Whitfield;ROLE=REQ-PARTICIPANT:mailto:{ACCOUNT}",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    msg.add_alternative("\r\n".join(ics), subtype="calendar", params={"method": "REQUEST"})
    return msg.as_bytes()


def newsletter_eml(n: int, *, sent: dt.datetime) -> bytes:
    """A job-board alert: mail of kind ``other``, the bulk of a real first sync."""
    msg = EmailMessage()
    msg["From"] = "JobNest Alerts <alerts@jobnest.example>"
    msg["To"] = ACCOUNT
    msg["Date"] = format_datetime(sent)
    msg["Subject"] = f"{n % 40 + 3} new jobs for Backend Engineer near you"
    msg["Message-ID"] = make_msgid(domain="jobnest.example")
    msg["List-Unsubscribe"] = "<https://jobnest.example/unsubscribe>"
    msg.set_content(f"Job alert #{n}: Backend Engineer roles matching your search.\n")
    return msg.as_bytes()


def drop(maildir: Path, raw: bytes, *, folder: str = "INBOX") -> Path:
    """Deliver ``raw`` into ``folder/new`` the way an MDA does (tmp, then rename)."""
    name = f"{time.time_ns()}.{uuid.uuid4().hex}.test"
    tmp = maildir / folder / "tmp" / name
    tmp.write_bytes(raw)
    target = maildir / folder / "new" / name
    os.replace(tmp, target)
    return target


def wait_until(what: str, check: Callable[[], object], *, timeout: float = 15.0) -> object:
    """Poll ``check`` until it returns something truthy; fail with ``what`` at the deadline."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.05)


@dataclass
class Home:
    """A Maildir, a config and a database in ``tmp_path``."""

    root: Path
    maildir: Path
    config: Path
    database: Path
    started: list[Service] = field(default_factory=list)

    def write_config(
        self, *, poll_minutes: float = 0.02, decide_minutes: float = 0.02, extra: str = ""
    ) -> None:
        text = sc.config_text(
            account=ACCOUNT,
            name="Dana Whitfield",
            timezone="UTC",
            maildir=self.maildir,
            database=self.database,
        )
        text += (
            f"\n[service]\npoll_minutes = {poll_minutes}\ndecide_minutes = {decide_minutes}\n"
            f"jitter_seconds = 0\n{extra}"
        )
        self.config.write_text(text, encoding="utf-8")

    def start(self, *args: str, env: dict[str, str] | None = None) -> Service:
        """Start ``followthrough run`` as a subprocess; its stderr goes to a file."""
        n = len(self.started)
        log = self.root / f"run-{n}.log"
        base = {
            k: v
            for k, v in os.environ.items()
            if k not in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID", "JOURNAL_STREAM")
        }
        with log.open("wb") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "followthrough", *args, "--config", str(self.config), "run"],
                stdout=subprocess.DEVNULL,
                stderr=err,
                env={**base, "PYTHONUNBUFFERED": "1", **(env or {})},
            )
        service = Service(proc, log)
        self.started.append(service)
        return service

    # What the user would look at: the Maildir and the database.

    def draft_files(self) -> list[Path]:
        return sorted(
            p for sub in ("new", "cur") for p in (self.maildir / "Drafts" / sub).iterdir()
        )

    def query(self, sql: str) -> list[tuple[object, ...]]:
        if not self.database.exists():
            return []
        with sqlite3.connect(f"file:{self.database}?mode=ro", uri=True, timeout=10) as db:
            try:
                return list(db.execute(sql))
            except sqlite3.OperationalError:  # tables not created yet
                return []

    def drafts(self) -> list[tuple[object, ...]]:
        return self.query("SELECT kind, to_address, status FROM drafts ORDER BY id")

    def states(self) -> list[object]:
        return [row[0] for row in self.query("SELECT state FROM applications ORDER BY id")]


@dataclass
class Service:
    """A running ``followthrough run`` subprocess and its log."""

    proc: subprocess.Popen[bytes]
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_log(self, text: str, *, timeout: float = 15.0, count: int = 1) -> str:
        def seen() -> bool:
            if self.proc.poll() is not None and self.log().count(text) < count:
                pytest.fail(f"service exited ({self.proc.returncode}):\n{self.log()}")
            return self.log().count(text) >= count

        wait_until(f"{text!r} in the service log", seen, timeout=timeout)
        return self.log()

    def stop(self, sig: int = signal.SIGTERM, *, timeout: float = 10.0) -> int:
        """Send ``sig`` and return the exit status; fails if it takes over ``timeout``."""
        self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            pytest.fail(f"service did not exit within {timeout}s of {sig!r}:\n{self.log()}")


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Home]:
    maildir = tmp_path / "Mail"
    sc.make_maildir(maildir)
    h = Home(tmp_path, maildir, tmp_path / "config.toml", tmp_path / "state.db")
    h.write_config()
    yield h
    for service in h.started:  # only the processes this test started
        if service.proc.poll() is None:
            service.proc.kill()
            service.proc.wait()


def ended_an_hour_ago(**kwargs: object) -> bytes:
    """An invite for an interview that ended an hour ago: a thank-you is due at once."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    return invite_eml(
        start=now - dt.timedelta(hours=2),
        end=now - dt.timedelta(hours=1),
        sent=now - dt.timedelta(days=2),
        **kwargs,  # type: ignore[arg-type]
    )


__all__ = ["ACCOUNT", "INTERVIEWER", "PANEL", "Home", "Service", "drop", "wait_until"]
