"""The reliability suite: kills at random moments and failing APIs, compared with a clean run.

Usage: ``python benchmarks/reliability.py [--kills 100] [--run-kills 20] [--fault-rate 0.2]
[--providers maildir,gmail,outlook] [--seed 1] [--budget 2400]``.

For each provider it replays the bundled demo mailbox (seven weeks, four applications)
through the real command line, one ``sync --now T`` per pass over the season, twice:

- once cleanly, the reference;
- once under attack, until ``--kills`` passes were killed with SIGKILL at a random moment
  (fresh databases now and then, so that kills land in the first migration too). On the
  Gmail and Graph servers a random ``--fault-rate`` of all calls fails with 500, 503 or
  429 (batch parts included, a quarter of them after the work was done), the sync
  cursors expire once per episode, and one pass meets a revoked sign-in (it must exit 3
  and store nothing). After each kill the pass is run again, as systemd would restart it.

Then ``followthrough run`` is killed ``--run-kills`` times during its first pass (its
forked migration child with it) and started again until a pass completes.

Every attacked episode ends with a clean pass and is compared with the reference:
``duplicates`` counts drafts made twice or drafts in the mailbox the database does not know,
``lost`` counts drafts, messages or application states missing, ``bricked`` counts
databases that no later start could open. One line per provider and kind:
``provider=P mode=sync kills=N in_migration=M duplicates=D lost=L integrity=ok|bad
bricked=B faults=F seconds=S``. The process exits 1 if any figure is not clean. Bounded:
it stops starting new episodes after ``--budget`` seconds.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import email
import email.policy
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from followthrough import scenario as sc
from followthrough.demo.mailboxes import DemoMailbox, open_mailbox

PASSES = 14  # passes over the season of the demo mailbox


@dataclass
class Figures:
    kills: int = 0
    in_migration: int = 0
    duplicates: int = 0
    lost: int = 0
    bricked: int = 0
    bad_integrity: int = 0
    faults: int = 0
    episodes: int = 0
    notes: list[str] = field(default_factory=list)

    def line(self, provider: str, mode: str, seconds: float) -> str:
        integrity = "ok" if not self.bad_integrity else f"bad({self.bad_integrity})"
        return (
            f"provider={provider} mode={mode} kills={self.kills} in_migration={self.in_migration} "
            f"duplicates={self.duplicates} lost={self.lost} integrity={integrity} "
            f"bricked={self.bricked} faults={self.faults} episodes={self.episodes} "
            f"seconds={seconds:.0f}"
        )

    @property
    def clean(self) -> bool:
        return not (self.duplicates or self.lost or self.bricked or self.bad_integrity)


def _story() -> sc.Scenario:
    folder = Path(str(resources.files("followthrough.demo").joinpath("sample")))
    return sc.load(folder)


def _timeline(story: sc.Scenario) -> list[str]:
    first = min(m.date for m in story.messages)
    last = max(m.date for m in story.messages) + dt.timedelta(days=21)
    step = (last - first) / (PASSES - 1)
    return [
        (first + step * i).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S") for i in range(PASSES)
    ]


class Episode:
    """One mailbox, one database, one config; the CLI runs against them in subprocesses."""

    def __init__(self, kind: str, box: DemoMailbox, work: Path, story: sc.Scenario) -> None:
        self.kind, self.box, self.work = kind, box, work
        self.database = work / "state.db"
        self.config = work / "config.toml"
        self.config.write_text(
            box.config(
                account=story.account,
                name="Sam Lee",
                timezone=story.timezone,
                database=self.database,
            ),
            encoding="utf-8",
        )
        box.signed_in(self.config)
        for message in story.messages:
            box.deliver(message)

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "followthrough", "--config", str(self.config), *args]

    def run(self, *args: str, timeout: float = 300) -> int:
        done = subprocess.run(
            self.command(*args), capture_output=True, text=True, timeout=timeout, check=False
        )
        self.last_stderr = done.stderr
        return done.returncode

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            self.command(*args),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # one group: a kill takes the migration child too
        )

    def versioned(self) -> bool:
        try:
            connection = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True)
            try:
                return connection.execute("SELECT count(*) FROM alembic_version").fetchone()[0] > 0
            finally:
                connection.close()
        except sqlite3.Error:
            return False

    def outcome(self) -> dict[str, Any]:
        connection = sqlite3.connect(self.database)
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
            apps = sorted(connection.execute("SELECT company, role, state FROM applications"))
            drafts = [
                (str(kind), str(to), str(mid).strip("<>"))
                for kind, to, mid in connection.execute(
                    "SELECT kind, to_address, draft_message_id FROM drafts "
                    "WHERE status != 'pending'"
                )
            ]
            messages = connection.execute("SELECT count(*) FROM messages").fetchone()[0]
        finally:
            connection.close()
        in_box = []
        for raw in self.box.drafts():
            parsed = email.message_from_bytes(raw, policy=email.policy.compat32)
            in_box.append(str(parsed.get("Message-ID", "")).strip().strip("<>"))
        return {
            "integrity": integrity,
            "apps": apps,
            "drafts": drafts,
            "messages": messages,
            "mailbox_drafts": in_box,
        }


def compare(reference: dict[str, Any], got: dict[str, Any], figures: Figures) -> None:
    if got["integrity"] != "ok":
        figures.bad_integrity += 1
    ids = collections.Counter(got["mailbox_drafts"])
    known = {mid for _, _, mid in got["drafts"]}
    twice = sum(n - 1 for n in ids.values() if n > 1)
    untracked = sum(1 for mid in ids if mid not in known)
    want = collections.Counter((k, to) for k, to, _ in reference["drafts"])
    have = collections.Counter((k, to) for k, to, _ in got["drafts"])
    extra = sum((have - want).values())
    missing = sum((want - have).values())
    figures.duplicates += twice + untracked + extra
    lost_apps = len(set(reference["apps"]) - set(got["apps"]))
    lost_messages = max(0, reference["messages"] - got["messages"])
    figures.lost += missing + lost_apps + lost_messages
    if twice or untracked or extra or missing or lost_apps or lost_messages:
        figures.notes.append(
            f"twice={twice} untracked={untracked} extra={extra} missing={missing} "
            f"apps={lost_apps} messages={lost_messages}: want {sorted(want - have)} "
            f"got extra {sorted(have - want)}"
        )


def _server(box: DemoMailbox) -> Any:
    return getattr(box, "server", None)


def _faults(box: DemoMailbox, rate: float, seed: int) -> None:
    server = _server(box)
    if server is not None:
        server.random_faults(rate, seed=seed)


def _served(box: DemoMailbox) -> int:
    """Faults the server served since the last call (the counter is taken and reset)."""
    server = _server(box)
    if server is None:
        return 0
    served = int(server.random_faults_served)
    server.random_faults_served = 0
    return served


def _revoke(box: DemoMailbox) -> Any:
    server = _server(box)
    if server is None:
        return None
    if hasattr(server, "revoke"):
        server.revoke()  # Gmail
    else:
        server.revoke_refresh_tokens()
        server.revoke_access_tokens()
    return server


def _restore_sign_in(box: DemoMailbox, episode: Episode) -> None:
    server = _server(box)
    if server is None:
        return
    if hasattr(server, "write_credentials"):
        server.write_credentials(episode.work / "gmail.json")
    else:
        box.signed_in(episode.config)


def _expire(box: DemoMailbox) -> None:
    server = _server(box)
    if server is None:
        return
    if hasattr(server, "expire_history"):
        server.expire_history()
    else:
        server.expire_delta()


@contextlib.contextmanager
def _episode(kind: str, root: Path, story: sc.Scenario, n: int) -> Iterator[Episode]:
    work = root / f"{kind}-{n}"
    work.mkdir()
    with open_mailbox(kind, work, account=story.account, name="Sam Lee") as box:
        yield Episode(kind, box, work, story)


def _settle(episode: Episode, when: str, figures: Figures, tries: int = 15) -> bool:
    """Run the pass until it completes, as systemd restarts a failed service."""
    for _ in range(tries):
        code = episode.run("sync", "--now", when)
        if code == 0:
            return True
        if code != 1:  # 2, 3, 4, 5: a person would have to step in
            figures.bricked += 1
            figures.notes.append(f"sync exited {code}: {episode.last_stderr.strip()[:300]}")
            return False
    figures.bricked += 1
    figures.notes.append(f"no pass completed in {tries} tries: {episode.last_stderr[:300]}")
    return False


def reference(kind: str, root: Path, story: sc.Scenario) -> tuple[dict[str, Any], list[float]]:
    with _episode(kind, root, story, 0) as episode:
        times = []
        for when in _timeline(story):
            start = time.monotonic()
            assert episode.run("sync", "--now", when) == 0, episode.last_stderr
            times.append(time.monotonic() - start)
        return episode.outcome(), times


def attack_sync(
    kind: str, root: Path, story: sc.Scenario, args: argparse.Namespace, deadline: float
) -> Figures:
    rng = random.Random(args.seed)
    figures = Figures()
    ref, times = reference(kind, root, story)
    timeline = _timeline(story)
    n = 0
    while figures.kills < args.kills and time.monotonic() < deadline:
        n += 1
        figures.episodes += 1
        with _episode(kind, root, story, n) as episode:
            _faults(episode.box, args.fault_rate, seed=args.seed * 1000 + n)
            expire_at = rng.randrange(2, len(timeline))
            revoke_at = rng.randrange(1, len(timeline)) if n % 3 == 1 else -1
            ok = True
            for i, when in enumerate(timeline):
                if i == expire_at:
                    _expire(episode.box)
                if i == revoke_at and _server(episode.box) is not None:
                    # Faults off for this step: a 500 before the refresh would hide the 401.
                    figures.faults += _served(episode.box)
                    _faults(episode.box, 0, seed=0)
                    before = episode.outcome()["messages"]
                    _revoke(episode.box)
                    code = episode.run("sync", "--now", when)
                    if code != 3 or episode.outcome()["messages"] != before:
                        figures.notes.append(f"revoked sign-in: exit {code}, expected 3")
                        figures.lost += 1
                    _restore_sign_in(episode.box, episode)
                    _faults(episode.box, args.fault_rate, seed=args.seed * 1000 + n + i)
                if rng.random() < 0.8 and figures.kills < args.kills:
                    proc = episode.start("sync", "--now", when)
                    # The first pass of a fresh database: aim at its first migration too.
                    top = 0.9 if i == 0 else max(0.3, times[i] * 1.1)
                    time.sleep(rng.uniform(0.05 if i else 0.25, top))
                    if proc.poll() is None:
                        os.killpg(proc.pid, signal.SIGKILL)
                        figures.kills += 1
                        figures.in_migration += not episode.versioned()
                    proc.wait()
                if not _settle(episode, when, figures):
                    ok = False
                    break
            figures.faults += _served(episode.box)
            _faults(episode.box, 0, seed=0)
            if ok and _settle(episode, timeline[-1], figures):
                compare(ref, episode.outcome(), figures)
    return figures


def _first_pass_done(episode: Episode, since: float) -> bool:
    try:
        connection = sqlite3.connect(f"file:{episode.database}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT last_finished, last_error FROM sync_state").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    if row is None or row[0] is None:
        return False
    finished = dt.datetime.fromisoformat(str(row[0])).replace(tzinfo=dt.UTC).timestamp()
    return finished >= since - 1 and not row[1]


def _run_until_first_pass(episode: Episode, timeout: float = 120) -> bool:
    since = time.time()
    proc = episode.start("run")
    try:
        end = time.monotonic() + timeout
        while time.monotonic() < end and proc.poll() is None:
            if _first_pass_done(episode, since):
                return True
            time.sleep(0.2)
        return False
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=30)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def attack_run(
    kind: str, root: Path, story: sc.Scenario, args: argparse.Namespace, deadline: float
) -> Figures:
    rng = random.Random(args.seed + 7)
    figures = Figures()
    with _episode(kind, root, story, 900) as clean:
        assert clean.run("sync") == 0, clean.last_stderr
        ref = clean.outcome()
    n = 900
    while figures.kills < args.run_kills and time.monotonic() < deadline:
        n += 1
        figures.episodes += 1
        with _episode(kind, root, story, n) as episode:
            _faults(episode.box, args.fault_rate, seed=args.seed * 1000 + n)
            for _ in range(min(10, args.run_kills - figures.kills)):
                proc = episode.start("run")
                time.sleep(rng.uniform(0.1, 3.0))
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGKILL)
                    figures.kills += 1
                    figures.in_migration += not episode.versioned()
                proc.wait()
            figures.faults += _served(episode.box)
            _faults(episode.box, 0, seed=0)
            if not _run_until_first_pass(episode):
                figures.bricked += 1
                figures.notes.append("`run` did not complete a pass after the kills")
                continue
            compare(ref, episode.outcome(), figures)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100, help="killed sync passes per provider")
    parser.add_argument("--run-kills", type=int, default=20, help="killed `run`s per provider")
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--providers", default="maildir,gmail,outlook")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget", type=float, default=2400, help="seconds, all providers")
    args = parser.parse_args()
    story = _story()
    deadline = time.monotonic() + args.budget
    clean = True
    with tempfile.TemporaryDirectory(prefix="ft-reliability-") as tmp:
        root = Path(tmp)
        for kind in args.providers.split(","):
            for mode, attack in (("sync", attack_sync), ("run", attack_run)):
                start = time.monotonic()
                figures = attack(kind, root, story, args, deadline)
                print(figures.line(kind, mode, time.monotonic() - start), flush=True)
                for note in figures.notes[:10]:
                    print(f"  note: {note}", flush=True)
                clean = clean and figures.clean
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
