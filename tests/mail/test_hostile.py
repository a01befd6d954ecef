"""Hostile and broken mail: parsing never raises, work stays bounded, the pass goes on.

The fixtures in ``tests/fixtures/hostile`` each crashed or stalled an earlier release;
the bombs below are built here at their full size (megabytes), so no file needs to be
committed for them. No timing is asserted: each case must show that a limit applied
(``degraded`` says what was cut); a 20-second alarm only turns a hang into a failure.
"""

from __future__ import annotations

import json
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from followthrough.classify import classify
from followthrough.errors import MalformedMessageError
from followthrough.mail import limits
from followthrough.mail.parse import MAX_TEXT, parse_message
from tests.conftest import ROOT, maildir_config, run_cli

HOSTILE = sorted((ROOT / "tests" / "fixtures" / "hostile").glob("*.eml"))
GOOD = sorted((ROOT / "tests" / "scenarios" / "02-ats-then-company-recruiter").glob("*.eml"))


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    def hung(*_: object) -> None:
        raise TimeoutError("hung on one message")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def _read(raw: bytes) -> None:
    msg = parse_message(raw)
    result = classify(msg, account="owner@example.com")
    json.dumps([msg.subject, msg.text, result.evidence], ensure_ascii=False).encode("utf-8")
    assert len(msg.text) <= MAX_TEXT


def test_there_are_regression_fixtures() -> None:
    assert len(HOSTILE) >= 20


@pytest.mark.parametrize("path", HOSTILE, ids=lambda p: p.name)
def test_mail_that_broke_an_earlier_release_is_read(path: Path) -> None:
    _read(path.read_bytes())


def _mail(headers: str, body: bytes) -> bytes:
    return (
        "From: News <news@shop.example>\nTo: owner@example.com\nSubject: Hello\n"
        "Date: Mon, 02 Nov 2026 10:00:00 +0000\nMessage-ID: <h@shop.example>\n"
        "MIME-Version: 1.0\n" + headers + "\n\n"
    ).encode() + body


@pytest.mark.parametrize(
    ("raw", "cut"),
    [
        (_mail("Content-Type: text/html", b"<div>" * 600_000 + b"offer"), "HTML cut"),
        (_mail("Content-Type: text/html", b"<!--" + b"-" * 3_000_000), "cut at"),
        (b"".join(b"X-Stack-%d: v\n" % i for i in range(30_000)) + _mail("", b"hi"), "headers"),
        (b"Subject: " + b"S" * 2_000_000 + b"\n" + _mail("", b"hi"), "headers cut"),
        (
            _mail('Content-Type: multipart/mixed; boundary="b0"', b"")
            + b"".join(
                b'--b%d\nContent-Type: multipart/mixed; boundary="b%d"\n\n' % (i, i + 1)
                for i in range(3000)
            ),
            "MIME tree cut",
        ),
        (
            _mail('Content-Type: multipart/mixed; boundary="p"', b"")
            + b"".join(b"--p\nContent-Type: text/plain\n\npart %d\n" % i for i in range(5000)),
            "parts cut",
        ),
        (
            _mail("Content-Type: text/calendar; method=REQUEST", b"BEGIN:VCALENDAR\n")
            + b"".join(
                b"BEGIN:VEVENT\nUID:%d\nDTSTART:20260101T100000Z\nEND:VEVENT\n" % i
                for i in range(5000)
            )
            + b"END:VCALENDAR\n",
            "calendar cut",
        ),
        (_mail("Content-Type: text/plain", b"a\x00b" * 1000), "NUL bytes removed"),
    ],
    ids=["deep-html", "open-comment", "stacked-headers", "huge-subject", "deep-mime",
         "many-parts", "calendar-bomb", "nul-bytes"],
)  # fmt: skip
def test_bombs_are_cut_to_the_limits_and_say_so(raw: bytes, cut: str) -> None:
    msg = parse_message(raw)
    assert any(cut in reason for reason in msg.degraded), msg.degraded
    result = classify(msg, account="owner@example.com")
    assert any(e.startswith("parse.degraded") for e in result.evidence)
    assert len(msg.subject) <= limits.MAX_HEADER_CHARS
    assert msg.calendars == () or all(
        c.upper().count("BEGIN:VEVENT") <= limits.MAX_CALENDAR_EVENTS for c in msg.calendars
    )


@pytest.mark.parametrize(
    "header",
    [
        "Subject: =?x-unknown?Q?caf=E9?= =?utf-8?B?####?= =?utf-16?B?2D3dAA==?=",
        "Subject: =?utf-7?Q?+2D3dAA-?=",
        'Content-Type: text/plain; charset="utf-16"',
        'Content-Type: text/plain; charset="zlib_codec"',
        "Date: Mon, 01 Jan 99999 00:00:00 +0000",
        "Date: Sat, 01 Jan 9999 23:59:59 -1200",
    ],
)
def test_lying_charsets_and_impossible_dates_are_read_lossily(header: str) -> None:
    raw = (
        f"From: =?utf-8?B?77+9?= <a@b.example>\n{header}\n\n".encode()
        + b"Thanks for applying \xed\xa0\x80 \xff to the role.\n"
    )
    msg = parse_message(raw)
    text = json.dumps([msg.subject, msg.text, str(msg.sender)], ensure_ascii=False)
    text.encode("utf-8")  # no lone surrogate survives
    assert msg.date is None or 1970 <= msg.date.year <= 2200
    classify(msg, account="owner@example.com")


def test_only_an_empty_file_is_unreadable() -> None:
    with pytest.raises(MalformedMessageError):
        parse_message(b"  \n ")


def test_classify_prints_every_good_file_around_a_broken_one(tmp_path: Path) -> None:
    broken = tmp_path / "broken.eml"
    broken.write_bytes(b"")
    missing = tmp_path / "missing.eml"
    hostile = HOSTILE[0]
    files = [str(GOOD[0]), str(broken), str(hostile), str(missing), str(GOOD[1])]
    done = run_cli("classify", "--json", *files)
    assert done.returncode == 1  # some failed
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["file"] for r in rows] == [str(GOOD[0]), str(hostile), str(GOOD[1])]
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 2
    assert any("broken.eml" in e for e in errors)
    assert any("missing.eml" in e for e in errors)


def test_a_sync_over_hostile_mail_processes_the_good_and_records_the_bad_once(
    tmp_path: Path,
) -> None:
    config = maildir_config(tmp_path, tmp_path / "state.db", account="jordan.park@example.com")
    inbox = tmp_path / "Mail" / "INBOX" / "cur"
    for i, path in enumerate(GOOD):
        (inbox / f"good{i}:2,S").write_bytes(path.read_bytes())
    for i, path in enumerate(HOSTILE[:15]):
        (inbox / f"hostile{i}:2,S").write_bytes(path.read_bytes())
    (inbox / "bomb:2,S").write_bytes(_mail("Content-Type: text/html", b"<p>" * 2_000_000))
    (inbox / "empty:2,S").write_bytes(b"")
    for _ in range(2):
        done = run_cli("--config", str(config), "sync", "--now", "2026-12-01T12:00:00")
        assert done.returncode == 0, done.stderr
    connection = sqlite3.connect(tmp_path / "state.db")
    rows = dict(connection.execute("SELECT provider_ref, error FROM messages"))
    connection.close()
    assert len(rows) == len(GOOD) + 15 + 2  # each once, over two passes
    assert [ref for ref, error in rows.items() if error] == ["INBOX/empty"]
    status = run_cli("--config", str(config), "status", "--json", "--now", "2026-12-01T12:00:00")
    companies = {a["company"] for a in json.loads(status.stdout)["applications"]}
    assert companies  # the good mail made its application
