"""Hostile mail: N mutated messages through the classifier, a sample through a Maildir sync.

Usage: ``python benchmarks/fuzz_mail.py [-n 10000] [--seed 7] [--sync-sample 300]
[--save-to tests/fixtures/hostile]``.

Seeds are the project's own sample and scenario mail (and ``../shared/corpus`` where it
is beside the repository). Each mutated message is made deterministically from the seed
and its number with one or more of: byte flips, truncation, NUL bytes, lone surrogate
bytes, lying and unknown charsets, broken and stacked encoded-words, oversized and
thousands of stacked headers, impossible dates, deep MIME nesting, many parts, HTML
bombs (deep nesting, megabytes of tags), calendar parts with thousands of events.

Every message goes through ``parse_message`` and ``classify`` in this process; a sample
then goes through a real ``sync`` of a Maildir. Prints
``messages=N crashes=C over_100ms=H max_ms=M peak_mb=P message_mb=X`` (the process's
peak resident memory, and the most one message's reading allocated among the largest
inputs, by tracemalloc) and the sync's figures.
``--save-to`` writes every crasher and slow case there (the test suite replays that
folder). Exits 1 when anything crashed or was slow.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import resource
import signal
import sys
import tempfile
import time
import traceback
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SLOW_MS = 100.0


class GaveUp(Exception):
    """A message took longer than ``--give-up`` seconds: counted slow, not waited for."""


def _alarm(_signum: int, _frame: object) -> None:
    raise GaveUp


Mutation = Callable[[bytes, random.Random], bytes]


def seeds(own_only: bool = False) -> list[bytes]:
    folders = [
        ROOT / "src/followthrough/demo/sample",
        *sorted((ROOT / "tests/scenarios").iterdir()),
    ]
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir() and not own_only:
        folders += [shared / "messages", *sorted((shared / "batches").glob("*/messages"))]
    found = [p.read_bytes() for f in folders if f.is_dir() for p in sorted(f.glob("*.eml"))]
    return found


def _split(raw: bytes) -> tuple[bytes, bytes]:
    for sep in (b"\r\n\r\n", b"\n\n"):
        head, found, body = raw.partition(sep)
        if found:
            return head, body
    return raw, b""


def flip_bytes(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 40)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def truncate(raw: bytes, rng: random.Random) -> bytes:
    return raw[: rng.randint(0, max(1, len(raw)))]


def nul_bytes(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 30)):
        data.insert(rng.randrange(len(data) + 1), 0)
    return bytes(data)


def surrogates(raw: bytes, rng: random.Random) -> bytes:
    head, body = _split(raw)
    bad = rng.choice(
        [b"\xed\xa0\x80", b"\xed\xbf\xbf", b"\xff\xfe", b"\xc3\x28", b"\xf4\x90\x80\x80"]
    )
    return head + b"\nSubject: broken " + bad + b"\nX-Name: " + bad * 3 + b"\n\n" + bad + body


def lying_charset(raw: bytes, rng: random.Random) -> bytes:
    charset = rng.choice(
        ["utf-16", "utf-7", "x-unknown-42", "iso-2022-jp", "utf-32", "", "us-ascii"]
    )
    head, body = _split(raw)
    head = b"\n".join(
        line for line in head.splitlines() if not line.lower().startswith(b"content-type")
    )
    return head + f'\nContent-Type: text/plain; charset="{charset}"\n\n'.encode() + body


def encoded_words(raw: bytes, rng: random.Random) -> bytes:
    words = [
        "=?utf-8?B?" + "".join(rng.choice("A=!/+?") for _ in range(30)) + "?=",
        "=?x-nope?Q?caf=E9?=",
        "=?utf-8?Q?" + "=FF" * 20 + "?=",
        "=?utf-16?B?2D3dAA==?=",
        "=?utf-8?B?77+9?=",
    ]
    count = rng.choice([3, 50, 400])
    subject = " ".join(rng.choice(words) for _ in range(count))
    sender = f"From: {' '.join(rng.choice(words) for _ in range(20))} <x@example.com>"
    return f"Subject: {subject}\n{sender}\n".encode() + raw


def huge_headers(raw: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.5:
        stacked = b"".join(
            b"X-Stack-%d: %s\n" % (i, b"v" * 40) for i in range(rng.choice([2000, 20000]))
        )
        return stacked + raw
    return b"Subject: " + b"S" * rng.choice([100_000, 1_000_000]) + b"\n" + raw


def bad_date(raw: bytes, rng: random.Random) -> bytes:
    date = rng.choice(
        [
            "Mon, 01 Jan 99999 00:00:00 +0000",
            "Tue, 31 Feb 2026 25:61:61 +9999",
            "1 Jan 0001 00:00:00 -2400",
            "yesterday",
            "Fri, 13 Dec 1901 20:45:52 +0000",
            "Thu, 01 Jan 1970 00:00:00 +0000",
            "Wed, 99 Foo 2026 10:00 GMT",
            "Sat, 01 Jan 9999 23:59:59 -1200",
        ]
    )
    head, body = _split(raw)
    lines = [line for line in head.splitlines() if not line.lower().startswith(b"date:")]
    return b"\n".join([*lines, f"Date: {date}".encode()]) + b"\n\n" + body


def deep_mime(raw: bytes, rng: random.Random) -> bytes:
    depth = rng.choice([50, 500, 3000])
    parts = []
    for i in range(depth):
        parts.append(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'.encode())
    inner = b"Content-Type: text/plain\n\nhello\n"
    tail = b"".join(f"\n--b{i}--\n".encode() for i in reversed(range(depth)))
    return (
        b"From: a@example.com\nSubject: nested\nMIME-Version: 1.0\n"
        + b"".join(parts)
        + inner
        + tail
    )


def many_parts(raw: bytes, rng: random.Random) -> bytes:
    n = rng.choice([500, 5000])
    body = b"".join(
        b"--p\nContent-Type: text/plain\n\npart %d %s\n" % (i, b"x" * 50) for i in range(n)
    )
    return (
        b"From: a@example.com\nSubject: parts\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="p"\n\n' + body + b"--p--\n"
    )


def html_bomb(raw: bytes, rng: random.Random) -> bytes:
    style = rng.choice(["deep", "wide", "attrs", "comments"])
    size = rng.choice([100_000, 1_000_000, 3_000_000])
    if style == "deep":
        html = "<div>" * (size // 5) + "interview" + "</div>" * (size // 6)
    elif style == "wide":
        html = "<span>a</span>" * (size // 14)
    elif style == "attrs":
        html = "<p " + " ".join(f'a{i}="{i}"' for i in range(size // 10)) + ">x</p>"
    else:
        html = "<!--" + "-" * size + "<p>" * (size // 3)
    return (
        b"From: News <news@example.com>\nSubject: Our offer\nMIME-Version: 1.0\n"
        b"Content-Type: text/html; charset=utf-8\n\n" + html.encode()
    )


def calendar_bomb(raw: bytes, rng: random.Random) -> bytes:
    n = rng.choice([200, 5000])
    events = "".join(
        f"BEGIN:VEVENT\nUID:{i}\nDTSTART:2026010{i % 9 + 1}T10:00:00Z\nDTEND:20260101T11:00:00Z\n"
        f"SUMMARY:Interview {i}\nATTENDEE;CN=P{i}:mailto:p{i}@example.com\nEND:VEVENT\n"
        for i in range(n)
    )
    cal = "BEGIN:VCALENDAR\nMETHOD:REQUEST\n" + events + "END:VCALENDAR\n"
    return (
        b"From: Recruiter <r@acme.example>\nSubject: Interview invitation\nMIME-Version: 1.0\n"
        b"Content-Type: text/calendar; method=REQUEST\n\n" + cal.encode()
    )


MUTATIONS: list[Mutation] = [
    flip_bytes, truncate, nul_bytes, surrogates, lying_charset, encoded_words,
    huge_headers, bad_date, deep_mime, many_parts, html_bomb, calendar_bomb,
]  # fmt: skip
CHEAP = MUTATIONS[:8]


def mutate(seed: bytes, n: int, rng_seed: int) -> bytes:
    rng = random.Random(rng_seed * 1_000_003 + n)
    raw = seed
    picks = [rng.choice(MUTATIONS)] + [rng.choice(CHEAP) for _ in range(rng.randint(0, 2))]
    for mutation in picks:
        raw = mutation(raw, rng)
    return raw


HEAVY = 25


def _largest_footprint(pool: list[bytes], args: argparse.Namespace, heavy: list[Any]) -> float:
    """The most memory (MB) one message's reading allocated, over the largest inputs:
    measured with tracemalloc apart from the timed loop, input bytes not counted."""
    worst = 0
    for _, _, n in heavy:
        raw = mutate(pool[n % len(pool)], n, args.seed)
        tracemalloc.start()
        with contextlib.suppress(Exception):
            classify_one(raw)
        worst = max(worst, tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    return worst / (1024 * 1024)


def describe(n: int, rng_seed: int) -> str:
    rng = random.Random(rng_seed * 1_000_003 + n)
    return rng.choice(MUTATIONS).__name__


def classify_one(raw: bytes) -> None:
    from followthrough.classify import classify
    from followthrough.errors import MalformedMessageError
    from followthrough.mail.parse import parse_message

    try:
        msg = parse_message(raw)
    except MalformedMessageError:
        return  # said clearly, nothing to classify (an empty file)
    classify(msg, account="owner@example.com")


def run_sync_sample(messages: list[bytes]) -> str:
    import datetime as dt

    from followthrough import scenario as sc
    from followthrough.clock import FixedClock
    from followthrough.config import load
    from followthrough.service.runner import run_sync

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sc.make_maildir(root / "Mail")
        for i, raw in enumerate(messages):
            (root / "Mail" / "INBOX" / "cur" / f"{i}.fuzz:2,S").write_bytes(raw)
        config = root / "config.toml"
        config.write_text(
            sc.config_text(
                account="owner@example.com",
                name="Owner",
                timezone="UTC",
                maildir=root / "Mail",
                database=root / "state.db",
            ),
            encoding="utf-8",
        )
        start = time.monotonic()
        report = run_sync(load(config), FixedClock(dt.datetime(2026, 12, 1, tzinfo=dt.UTC)))
        took = time.monotonic() - start
        again = time.monotonic()
        second = run_sync(load(config), FixedClock(dt.datetime(2026, 12, 2, tzinfo=dt.UTC)))
        return (
            f"sync_messages={len(messages)} sync_seconds={took:.1f} "
            f"second_pass_seconds={time.monotonic() - again:.1f} "
            f"first: {report.summary()} | second: {second.summary()}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--sync-sample", type=int, default=300)
    parser.add_argument("--save-to", type=Path)
    parser.add_argument(
        "--own-only",
        action="store_true",
        help="seed only from the project's own mail (what --save-to may commit)",
    )
    parser.add_argument("--show", type=int, default=5, help="crash tracebacks to print")
    parser.add_argument("--give-up", type=int, default=10, help="seconds before a message is cut")
    parser.add_argument("--verbose", action="store_true", help="name each slow mutation")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    pool = seeds(own_only=args.own_only)
    crashes = slow = 0
    worst = 0.0
    shown = 0
    sample: list[bytes] = []
    heavy: list[tuple[int, float, int]] = []  # the largest inputs, measured again below
    classify_one(pool[0])  # imports and lazy tables outside the timings
    for n in range(args.n):
        raw = mutate(pool[n % len(pool)], n, args.seed)
        start = time.perf_counter()
        failed = False
        signal.alarm(args.give_up)
        try:
            classify_one(raw)
        except GaveUp:
            pass
        except Exception:
            failed = True
            crashes += 1
            if shown < args.show:
                shown += 1
                print(f"crash #{n}:\n{traceback.format_exc(limit=4)}", file=sys.stderr)
        signal.alarm(0)
        ms = (time.perf_counter() - start) * 1000
        if args.verbose and ms > SLOW_MS:
            print(f"slow #{n}: {ms:.0f} ms {describe(n, args.seed)}", file=sys.stderr)
        worst = max(worst, ms)
        if ms > SLOW_MS:
            slow += 1
        if args.save_to and (failed or ms > SLOW_MS):
            args.save_to.mkdir(parents=True, exist_ok=True)
            kind = "crash" if failed else "slow"
            (args.save_to / f"{kind}-{args.seed}-{n:05d}.eml").write_bytes(raw)
        heavy.append((len(raw), ms, n))
        heavy.sort(reverse=True)
        del heavy[HEAVY:]
        if len(sample) < args.sync_sample and n % max(1, args.n // max(1, args.sync_sample)) == 0:
            sample.append(raw)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"messages={args.n} crashes={crashes} over_100ms={slow} max_ms={worst:.0f} "
        f"peak_mb={peak / 1024:.0f} message_mb={_largest_footprint(pool, args, heavy):.0f}"
    )
    if sample:
        print(run_sync_sample(sample))
    return 1 if crashes or slow else 0


if __name__ == "__main__":
    sys.exit(main())
