"""Sync a generated Maildir of N messages and print what it costs.

Usage: ``python benchmarks/sync_maildir.py [-n 10000]``.

The messages are copies of the project's own sample and scenario stories (real shapes:
ATS mail, calendar invites, quoted replies, alerts); each copy of a story gets its own
company names, domains and Message-IDs, so 10,000 messages make well over a thousand
applications of a few messages each. Prints: first-pass time, an idle pass
with nothing new (no message body is read again), messages per second through
classification alone, and peak memory (resident set size).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from followthrough import scenario as sc
from followthrough.classify import classify_bytes
from followthrough.clock import FixedClock
from followthrough.config import load
from followthrough.service.runner import run_sync

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "src/followthrough/demo/sample", *sorted((ROOT / "tests/scenarios").iterdir())]


Story = tuple[list[tuple[bytes, str]], list[bytes], list[bytes]]


def stories() -> list[Story]:
    """Each scenario's messages, with the company names and domains to vary per copy."""
    found: list[Story] = []
    for folder in SOURCES:
        data = sc.load(folder)
        messages = [(m.path.read_bytes(), m.folder) for m in data.messages]
        names = sorted({c.company.encode() for c in data.checks}, key=len, reverse=True)
        domains = {d for raw, _ in messages for d in re.findall(rb"@([\w.-]+\.example)\b", raw)}
        found.append((messages, names, sorted(domains - {b"example.com"}, key=len, reverse=True)))
    return found


def tag(i: int) -> bytes:
    """A distinct capitalised word per copy (Qa, Qb, ...): every copy is its own company."""
    letters = ""
    while True:
        letters = chr(ord("a") + i % 26) + letters
        i //= 26
        if i == 0:
            return ("Q" + letters).encode()


def _ids(mark: bytes) -> Callable[[re.Match[bytes]], bytes]:
    return lambda m: m.group(1) + b":" + m.group(2).replace(b"@", mark + b"@")


def build(root: Path, n: int, keep: int = 2000) -> list[bytes]:
    """Write ``n`` messages; return the first ``keep`` (the classification sample), so
    the peak memory printed is the sync's, not a copy of the mailbox held here."""
    sc.make_maildir(root)
    pool = stories()
    written: list[bytes] = []
    copy = 0
    while len(written) < n:
        messages, names, domains = pool[copy % len(pool)]
        mark = tag(copy)
        for raw, folder in messages[: n - len(written)]:
            for name in names:
                raw = raw.replace(name, mark + b" " + name)
            for domain in domains:
                raw = raw.replace(domain, mark.lower() + domain)
            raw = re.sub(rb"(?im)^(Message-ID|In-Reply-To|References):(.*)$", _ids(mark), raw)
            box = "Sent" if folder == "sent" else "INBOX"
            (root / box / "cur" / f"{len(written)}.bench:2,S").write_bytes(raw)
            written.append(raw if len(written) < keep else b"")
        copy += 1
    return written[:keep]


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
        clock = FixedClock(dt.datetime(2026, 12, 31, tzinfo=dt.UTC))

        start = time.perf_counter()
        first = run_sync(cfg, clock)
        first_s = time.perf_counter() - start
        start = time.perf_counter()
        idle = run_sync(cfg, clock)
        idle_s = time.perf_counter() - start

        sample = raws
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
