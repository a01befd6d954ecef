"""Time MaildirProvider.fetch_changes on a generated Maildir of N small messages.

Usage: ``python benchmarks/maildir_scan.py [-n 10000] [--sent-share 0.3]``.
Prints the time of a first ``fetch_changes(None)``, of an idle pass with the cursor
in the same process and in a fresh process (cursor decoded), and the cursor size.
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from followthrough.providers.maildir import MaildirProvider

T = TypeVar("T")


def build(root: Path, n: int, sent_share: float) -> None:
    rng = random.Random(42)
    for folder in ("INBOX", "Sent", "Drafts"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True)
    t = 1_600_000_000
    for i in range(n):
        t += rng.randint(1, 3000)
        folder = "Sent" if rng.random() < sent_share else "INBOX"
        # Dovecot/mbsync style names; most read messages live in cur/ with flags.
        name = f"{t}.M{rng.randint(0, 999_999)}P{rng.randint(1000, 99_999)}.mailhost,U={i + 1}"
        path = (
            root / folder / "cur" / f"{name}:2,S"
            if rng.random() < 0.95
            else root / folder / "new" / name
        )
        path.write_bytes(
            f"From: a{i}@example.com\nTo: me@example.com\nSubject: m{i}\n"
            f"Message-ID: <m{i}@example.com>\n\nBody {i}\n".encode()
        )
        os.utime(path, (t, t))


def timed(label: str, fn: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = fn()
    print(f"{label:<34} {1000 * (time.perf_counter() - start):8.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of messages")
    parser.add_argument("--sent-share", type=float, default=0.3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build(root, args.n, args.sent_share)
        provider = MaildirProvider(root)
        first = timed("first fetch_changes(None)", lambda: provider.fetch_changes(None))
        cursor = first.cursor
        print(f"{'messages listed':<34} {len(first.messages):8d}")
        idle = timed("idle fetch (same process)", lambda: provider.fetch_changes(cursor))
        assert not idle.messages
        fresh = MaildirProvider(root)
        idle = timed("idle fetch (new process, decode)", lambda: fresh.fetch_changes(cursor))
        assert not idle.messages
        print(f"{'cursor size':<34} {len(cursor):8d} bytes ({len(cursor) / args.n:.1f}/message)")


if __name__ == "__main__":
    main()
