"""``followthrough demo``: the whole job on a bundled sample mailbox, in simulated time.

The sample mailbox (``demo/sample``) is copied into a temporary Maildir one message at a
time, as its dates come; at each moment of interest a sync runs as if at that time,
and the demo prints what changed: states, drafts, and the text of new drafts.
"""

from __future__ import annotations

import email
import email.policy
import tempfile
from importlib import resources
from pathlib import Path
from typing import TextIO

from followthrough import scenario as sc
from followthrough.clock import FixedClock
from followthrough.config import load
from followthrough.service.runner import read_status, run_sync

SAMPLE = "sample"


def _sample_folder() -> Path:
    return Path(str(resources.files("followthrough.demo").joinpath(SAMPLE)))


def _title(app: dict[str, object]) -> str:
    role = f" - {app['role']}" if app.get("role") else ""
    return f"{app['company']}{role}"


def _show_draft(path: Path, out: TextIO) -> None:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    out.write(f"      | To: {msg['To']}\n      | Subject: {msg['Subject']}\n")
    body = msg.get_body(preferencelist=("plain",))
    text = body.get_content() if body is not None else ""
    for line in str(text).strip().splitlines():
        out.write(f"      | {line}\n")


def _replay(scenario: sc.Scenario, work: Path, out: TextIO) -> int:
    maildir, database = work / "Mail", work / "state.db"
    sc.make_maildir(maildir)
    name = " ".join(p.capitalize() for p in scenario.account.split("@")[0].split("."))
    cfg_path = work / "config.toml"
    cfg_path.write_text(
        sc.config_text(
            account=scenario.account,
            name=name,
            timezone=scenario.timezone,
            maildir=maildir,
            database=database,
        ),
        encoding="utf-8",
    )
    cfg = load(cfg_path)
    out.write(f"Demo mailbox of {name} <{scenario.account}>, time zone {scenario.timezone}\n")
    out.write(f"Working copy: {work}\n\n")
    pending = sorted(scenario.messages, key=lambda m: m.date)
    seen_states: dict[int, str] = {}
    seen_drafts: set[tuple[int, str, str]] = set()
    shown_kinds: set[str] = set()
    mismatches = 0
    moments = sorted({c.at for c in scenario.checks})
    for at in moments:
        local = at.astimezone(cfg.account.tz)
        arrived = [m for m in pending if m.date <= at]
        pending = [m for m in pending if m.date > at]
        for m in arrived:
            sc.deliver(m, maildir)
        run_sync(cfg, FixedClock(at))
        data = read_status(cfg, FixedClock(at))
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
                if d["kind"] not in shown_kinds:
                    shown_kinds.add(d["kind"])
                    drafts = sorted((maildir / "Drafts" / "cur").iterdir())
                    match = [p for p in drafts if d["to"] in p.read_text(errors="replace")]
                    if match:
                        _show_draft(match[-1], out)
        mismatches += _check(scenario, at, data, out)
    out.write("\nWhere things stand at the end:\n")
    from followthrough.service.status import table

    out.write(table(data) + "\n")
    if mismatches:
        out.write(f"\n{mismatches} expectation(s) of the sample mailbox were not met.\n")
        return 1
    out.write("\nEvery expectation of the sample mailbox was met.\n")
    return 0


def _check(
    scenario: sc.Scenario, at: object, data: dict[str, list[dict[str, str]]], out: TextIO
) -> int:
    from followthrough.tracker.names import company_key

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


def run_demo(*, keep: Path | None, out: TextIO) -> int:
    """Replay the bundled sample mailbox; returns the exit code."""
    scenario = sc.load(_sample_folder())
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        return _replay(scenario, keep, out)
    with tempfile.TemporaryDirectory(prefix="followthrough-demo-") as tmp:
        return _replay(scenario, Path(tmp), out)
