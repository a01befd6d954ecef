"""What the service costs at rest: start-up of the CLI, idle memory, CPU per idle poll.

Usage: ``python benchmarks/service_footprint.py [-n 1000] [--hours 1]``.

Prints:
- ``followthrough --help`` wall time (median of 15 runs of the console script; target < 0.3 s);
- resident memory of ``followthrough run`` after an hour-equivalent of polls on a Maildir
  of N messages (12 polls and 60 draft checks per hour at the default 5 and 1 minutes,
  run here at a faster pace; target < 80 MB), with the peak during the first sync;
- CPU seconds per idle poll (nothing new in the mailbox) and per idle draft check.
The service runs as a real subprocess; memory and CPU come from ``/proc/<pid>``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from followthrough import scenario as sc

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sync_maildir import build  # the Maildir generator the sync benchmark uses

SCRIPT = Path(sys.executable).parent / "followthrough"
TICKS = os.sysconf("SC_CLK_TCK")


def help_seconds(runs: int = 15) -> tuple[float, float]:
    cmd = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "followthrough"]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([*cmd, "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} for pid {pid}")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


class Run:
    """``followthrough -v run`` on ``root``; counts passes in its log."""

    def __init__(
        self, root: Path, name: str, *, poll_minutes: float, decide_minutes: float
    ) -> None:
        config = root / f"{name}.toml"
        config.write_text(
            sc.config_text(
                account="sam.lee@example.com",
                name="Sam Lee",
                timezone="America/New_York",
                maildir=root / "Mail",
                database=root / f"{name}.db",  # each run starts with a first sync
            )
            + f"\n[service]\npoll_minutes = {poll_minutes}\ndecide_minutes = {decide_minutes}\n"
            "jitter_seconds = 0\n",
            encoding="utf-8",
        )
        self.log = root / f"{name}.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NOTIFY_", "WATCHDOG_"))}
        with self.log.open("wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "followthrough", "-v", "--config", str(config), "run"],
                stderr=err,
                stdout=subprocess.DEVNULL,
                env=env,
            )

    def count(self, text: str) -> int:
        return self.log.read_text(errors="replace").count(text)

    def wait(self, text: str, n: int, timeout: float = 600) -> None:
        deadline = time.monotonic() + timeout
        while self.count(text) < n:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"service stopped or stalled:\n{self.log.read_text()[-2000:]}")
            time.sleep(0.05)

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="messages in the Maildir")
    parser.add_argument("--hours", type=int, default=1, help="hour-equivalents of polling")
    args = parser.parse_args()

    median, best = help_seconds()
    print(f"followthrough --help: {median:.3f} s wall (median of 15, best {best:.3f} s)")

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build(root / "Mail", args.n)

        # Polls only: CPU per idle poll.
        run = Run(root, "polls", poll_minutes=0.01, decide_minutes=600)
        run.wait("sync done", 1)
        first_peak = rss_mb(run.proc.pid, "VmHWM")
        cpu0, polls0 = cpu_seconds(run.proc.pid), run.count("sync done")
        run.wait("sync done", polls0 + 20)
        per_poll = (cpu_seconds(run.proc.pid) - cpu0) / (run.count("sync done") - polls0)
        run.stop()

        # An hour-equivalent at the default pace (12 polls, 60 draft checks per hour).
        run = Run(root, "hour", poll_minutes=0.02, decide_minutes=0.004)
        run.wait("sync done", 1)
        cpu0 = cpu_seconds(run.proc.pid)
        decides0 = run.count("decide: nothing due")
        run.wait("sync done", 1 + 12 * args.hours)
        run.wait("decide: nothing due", decides0 + 60 * args.hours)
        cpu = cpu_seconds(run.proc.pid) - cpu0
        polls = run.count("sync done") - 1
        decides = run.count("decide: nothing due") - decides0
        idle_rss = rss_mb(run.proc.pid)
        run.stop()

    per_decide = max(cpu - polls * per_poll, 0.0) / decides
    print(
        f"run, idle resident memory after {polls} polls and {decides} draft checks "
        f"({args.hours} h equivalent) on {args.n} messages: {idle_rss:.1f} MB "
        f"(peak during the first sync: {first_peak:.1f} MB; target < 80 MB)"
    )
    print(f"CPU per idle poll: {per_poll:.4f} s; per idle draft check: {per_decide:.4f} s")
    print(
        f"at the defaults (poll 5 min, drafts 1 min): {12 * per_poll + 60 * per_decide:.2f} "
        "CPU seconds per hour"
    )


if __name__ == "__main__":
    main()
