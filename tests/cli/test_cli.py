"""The real command line in a subprocess: errors people can act on, demo, classify, status."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from followthrough import scenario as sc
from tests.conftest import ROOT, run_cli

INVITE = (ROOT / "tests/scenarios/02-ats-then-company-recruiter").glob("*.eml")


def _config(tmp_path: Path, maildir: Path, extra: str = "") -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        sc.config_text(
            account="jordan.park@example.com",
            name="Jordan Park",
            timezone="America/Chicago",
            maildir=maildir,
            database=tmp_path / "state.db",
        )
        + extra,
        encoding="utf-8",
    )
    return path


def test_missing_config_is_one_clear_line(tmp_path: Path) -> None:
    done = run_cli("--config", str(tmp_path / "nope.toml"), "sync")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no config file" in lines[0]
    assert "nope.toml" in lines[0]


def test_every_config_problem_is_listed(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[account]\naddress = "a@b.example"\ntimezone = "Mars/Base"\n'
        '[mailbox]\nprovider = "imap"\n[policy]\nfollow_up_days = "soon"\n'
    )
    done = run_cli("--config", str(path), "status")
    assert done.returncode == 2
    text = done.stderr
    for needle in (
        "[account] name is missing",
        "Mars/Base",
        "[mailbox] provider",
        "follow_up_days",
    ):
        assert needle in text
    assert "Traceback" not in text


def test_unreadable_maildir_says_what_to_fix(tmp_path: Path) -> None:
    config = _config(tmp_path, tmp_path / "no-such-mail")
    done = run_cli("--config", str(config), "sync", "--now", "2026-10-01T12:00:00-05:00")
    assert done.returncode == 2
    assert "[mailbox] path" in done.stderr
    assert "Traceback" not in done.stderr


def test_bad_now_is_refused(tmp_path: Path) -> None:
    sc.make_maildir(tmp_path / "Mail")
    done = run_cli("--config", str(_config(tmp_path, tmp_path / "Mail")), "sync", "--now", "soon")
    assert done.returncode == 2
    assert "ISO 8601" in done.stderr


def test_malformed_message_is_skipped_and_the_rest_goes_on(tmp_path: Path) -> None:
    maildir = tmp_path / "Mail"
    sc.make_maildir(maildir)
    (maildir / "INBOX" / "new" / "1.broken").write_bytes(b"\x00\xff\xfe not a message")
    (maildir / "INBOX" / "new" / "2.empty").write_bytes(b"")
    folder = ROOT / "tests/scenarios/02-ats-then-company-recruiter"
    for message in sc.load(folder).messages:
        sc.deliver(message, maildir)
    config = _config(tmp_path, maildir)
    done = run_cli("--config", str(config), "sync", "--now", "2026-12-01T12:00:00-06:00")
    assert done.returncode == 0, done.stderr
    assert re.search(r"[12] skipped", done.stdout)
    shown = json.loads(run_cli("--config", str(config), "status", "--json").stdout)
    assert [a["company"] for a in shown["applications"]] != []
    again = run_cli("--config", str(config), "sync", "--now", "2026-12-01T13:00:00-06:00")
    assert "0 new message(s), 0 skipped" in again.stdout  # not fetched again


def test_second_process_on_the_same_database_is_refused(tmp_path: Path) -> None:
    import fcntl
    import os

    sc.make_maildir(tmp_path / "Mail")
    config = _config(tmp_path, tmp_path / "Mail")
    fd = os.open(tmp_path / "state.db.lock", os.O_CREAT | os.O_RDWR, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        done = run_cli("--config", str(config), "sync")
    finally:
        os.close(fd)
    assert done.returncode == 4
    assert "another followthrough process" in done.stderr


def test_classify_json_has_the_spec_keys(tmp_path: Path) -> None:
    files = sorted(str(p) for p in INVITE)
    done = run_cli("classify", "--json", *files)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == len(files)
    for row in rows:
        assert {
            "file",
            "kind",
            "company",
            "role",
            "interview_start",
            "interviewers",
            "reply_by",
        } <= set(row)
    assert any(row["kind"] == "interview_invite" for row in rows)


def test_classify_unreadable_file_fails_clearly(tmp_path: Path) -> None:
    done = run_cli("classify", str(tmp_path / "missing.eml"))
    assert done.returncode == 1
    assert "cannot read" in done.stderr


def test_help_lists_every_command_and_the_readme_documents_it() -> None:
    done = run_cli("--help")
    assert done.returncode == 0
    readme = (ROOT / "README.md").read_text()
    for command in (
        "sync", "run", "status", "classify", "demo", "auth",
        "show", "note", "set-state", "correct", "move", "merge", "split", "add", "snooze",
        "ignore", "undo", "review", "export",
    ):  # fmt: skip
        assert command in done.stdout
        assert f"followthrough {command}" in readme


@pytest.mark.parametrize(
    "mailbox", [[], ["--gmail"], ["--outlook"]], ids=["maildir", "gmail", "outlook"]
)
def test_demo_shows_thank_yous_follow_up_and_rejection(mailbox: list[str]) -> None:
    done = run_cli("demo", *mailbox, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    out = done.stdout
    assert out.count("+ draft thank_you") >= 3
    assert "+ draft follow_up" in out
    assert "now rejected" in out
    assert "Every expectation of the sample mailbox was met." in out
