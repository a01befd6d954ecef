"""``followthrough demo``: the whole job on a bundled sample mailbox, in simulated time.

The sample mailbox (``demo/sample``) is delivered into a fresh mailbox one message at a
time, as its dates come: a Maildir by default, or the project's local Gmail or Outlook
API server (``--gmail``, ``--outlook``). At each moment of interest a sync runs as if at
that time, and the demo prints what changed: states, drafts, and the text of new drafts.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from followthrough import scenario as sc
from followthrough.clock import FixedClock
from followthrough.config import load
from followthrough.demo.mailboxes import DemoMailbox, open_mailbox
from followthrough.service.runner import read_status, run_sync
from followthrough.tracker.names import company_key

SAMPLE = "sample"


def _sample_folder() -> Path:
    return Path(str(resources.files("followthrough.demo").joinpath(SAMPLE)))


def _title(app: dict[str, Any]) -> str:
    role = f" - {app['role']}" if app.get("role") else ""
    return f"{app['company']}{role}"


def _show_draft(raw: bytes, out: TextIO) -> None:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out.write(f"      | To: {msg['To']}\n      | Subject: {msg['Subject']}\n")
    body = msg.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    for line in str(text).strip().splitlines():
        out.write(f"      | {line}\n")


def _draft_to(mailbox: DemoMailbox, address: str) -> bytes | None:
    found = [raw for raw in mailbox.drafts() if address.encode() in raw.lower()]
    return found[-1] if found else None


def _check(scenario: sc.Scenario, at: dt.datetime, data: dict[str, Any], out: TextIO) -> int:
    bad = 0
    for check in (c for c in scenario.checks if c.at == at):
        apps = [
            a
            for a in data["applications"]
            if company_key(a["company"]) == company_key(check.company)
        ]
        state = apps[0]["state"] if apps else "none"
        if state != check.state:
            out.write(f"   ! expected {check.company} to be {check.state}, it is {state}\n")
            bad += 1
    return bad


def _replay(scenario: sc.Scenario, work: Path, kind: str, out: TextIO) -> int:
    from followthrough.service.status import table

    name = " ".join(p.capitalize() for p in scenario.account.split("@")[0].split("."))
    with open_mailbox(kind, work, account=scenario.account, name=name) as mailbox:
        cfg_path = work / "config.toml"
        cfg_path.write_text(
            mailbox.config(
                account=scenario.account,
                name=name,
                timezone=scenario.timezone,
                database=work / "state.db",
            ),
            encoding="utf-8",
        )
        mailbox.signed_in(cfg_path)
        cfg = load(cfg_path)
        out.write(
            f"Demo mailbox of {name} <{scenario.account}> ({kind}), "
            f"time zone {scenario.timezone}\nWorking copy: {work}\n\n"
        )
        pending = sorted(scenario.messages, key=lambda m: m.date)
        seen_states: dict[int, str] = {}
        seen_drafts: set[tuple[int, str, str]] = set()
        shown_kinds: set[str] = set()
        mismatches = 0
        data: dict[str, Any] = {"applications": [], "sync": []}
        for at in sorted({c.at for c in scenario.checks}):
            arrived = [m for m in pending if m.date <= at]
            pending = [m for m in pending if m.date > at]
            for message in arrived:
                mailbox.deliver(message)
            run_sync(cfg, FixedClock(at))
            data = read_status(cfg, FixedClock(at))
            local = at.astimezone(cfg.account.tz)
            out.write(f"== {local:%a %d %b %Y %H:%M} ({len(arrived)} new message(s))\n")
            for app in data["applications"]:
                if seen_states.get(app["id"]) != app["state"]:
                    out.write(f"   {_title(app)}: now {app['state']}\n")
                    seen_states[app["id"]] = app["state"]
                for d in app["drafts"]:
                    key = (app["id"], d["kind"], d["to"])
                    if key in seen_drafts:
                        continue
                    seen_drafts.add(key)
                    out.write(f"   + draft {d['kind']} to {d['to']} ({_title(app)})\n")
                    raw = _draft_to(mailbox, d["to"]) if d["kind"] not in shown_kinds else None
                    if raw is not None:
                        shown_kinds.add(d["kind"])
                        _show_draft(raw, out)
            mismatches += _check(scenario, at, data, out)
    out.write("\nWhere things stand at the end:\n" + table(data) + "\n")
    if mismatches:
        out.write(f"\n{mismatches} expectation(s) of the sample mailbox were not met.\n")
        return 1
    out.write("\nEvery expectation of the sample mailbox was met.\n")
    return 0


def run_demo(*, keep: Path | None, out: TextIO, mailbox: str = "maildir") -> int:
    """Replay the bundled sample mailbox through ``mailbox``; returns the exit code."""
    scenario = sc.load(_sample_folder())
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        return _replay(scenario, keep, mailbox, out)
    with tempfile.TemporaryDirectory(prefix="followthrough-demo-") as tmp:
        return _replay(scenario, Path(tmp), mailbox, out)
