"""Sync a generated Maildir of N messages and print what it costs.

Usage: ``python benchmarks/sync_maildir.py [-n 10000]``.

The messages are copies of the project's own sample and scenario mail (real shapes:
ATS mail, calendar invites, quoted replies, alerts), each with a fresh Message-ID and
its own company name, spread over 90 days. Prints: first-pass time, an idle pass
with nothing new (no message body is read again), messages per second through
classification alone, and peak memory (resident set size).
"""

from __future__ import annotations

import argparse
import re
import resource
import tempfile
import time
from pathlib import Path

from followthrough import scenario as sc
from followthrough.classify import classify_bytes
from followthrough.clock import FixedClock
from followthrough.config import load
from followthrough.service.runner import run_sync

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "src/followthrough/demo/sample", *sorted((ROOT / "tests/scenarios").iterdir())]


def templates() -> list[tuple[bytes, str]]:
    found: list[tuple[bytes, str]] = []
    for folder in SOURCES:
        data = sc.load(folder)
        for message in data.messages:
            found.append((message.path.read_bytes(), message.folder))
    return found


def build(root: Path, n: int) -> list[bytes]:
    sc.make_maildir(root)
    pool = templates()
    written: list[bytes] = []
    for i in range(n):
        raw, folder = pool[i % len(pool)]
        raw = re.sub(
            rb"(?im)^Message-ID:.*$", f"Message-ID: <bench{i}@bench.example>".encode(), raw, count=1
        )
        raw = re.sub(rb"(?im)^(In-Reply-To|References):.*$", b"X-Dropped: 1", raw)
        target = root / ("Sent" if folder == "sent" else "INBOX") / "cur" / f"{i}.bench:2,S"
        target.write_bytes(raw)
        written.append(raw)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        raws = build(work / "Mail", args.n)
        cfg_path = work / "config.toml"
        cfg_path.write_text(
            sc.config_text(
                account="sam.lee@example.com",
                name="Sam Lee",
                timezone="America/New_York",
                maildir=work / "Mail",
                database=work / "state.db",
            ),
            encoding="utf-8",
        )
        cfg = load(cfg_path)
        clock = FixedClock(sc.dt.datetime(2026, 12, 31, tzinfo=sc.dt.UTC))

        start = time.perf_counter()
        first = run_sync(cfg, clock)
        first_s = time.perf_counter() - start
        start = time.perf_counter()
        idle = run_sync(cfg, clock)
        idle_s = time.perf_counter() - start

        sample = raws[: min(len(raws), 2000)]
        start = time.perf_counter()
        for raw in sample:
            classify_bytes(raw, account="sam.lee@example.com")
        rate = len(sample) / (time.perf_counter() - start)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"messages                      {args.n}")
    print(f"first pass                    {first_s:8.2f} s  ({first.summary()})")
    print(f"idle pass (nothing new)       {idle_s * 1000:8.1f} ms ({idle.ingest.stored} fetched)")
    print(f"classification                {rate:8.0f} messages/s (one core)")
    print(f"peak memory (RSS)             {peak_mb:8.1f} MB")


if __name__ == "__main__":
    main()
