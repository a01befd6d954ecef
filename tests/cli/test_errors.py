"""Errors a user can meet are one line with what to do; the traceback only with -vv."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import maildir_config, run_cli


def test_a_damaged_database_is_one_line_and_exit_5(tmp_path: Path) -> None:
    database = tmp_path / "state.db"
    database.write_bytes(b"this is not a SQLite file, it was overwritten by something" * 100)
    config = maildir_config(tmp_path, database)
    for command in ("status", "sync"):
        done = run_cli("--config", str(config), command)
        assert done.returncode == 5, done.stderr
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, lines
        assert "not a database" in lines[0]
        assert "doctor" in lines[0]
    checked = run_cli("--config", str(config), "doctor")
    assert checked.returncode == 5
    assert "problem:" in checked.stdout


def test_the_traceback_comes_with_vv_only(tmp_path: Path) -> None:
    database = tmp_path / "state.db"
    database.write_bytes(b"\x00garbage" * 500)
    config = maildir_config(tmp_path, database)
    quiet = run_cli("--config", str(config), "status")
    assert "Traceback" not in quiet.stderr
    loud = run_cli("-vv", "--config", str(config), "status")
    assert loud.returncode == 5
    assert "Traceback" in loud.stderr


def test_doctor_on_a_healthy_database_says_ok(tmp_path: Path) -> None:
    config = maildir_config(tmp_path, tmp_path / "state.db")
    assert run_cli("--config", str(config), "sync").returncode == 0
    checked = run_cli("--config", str(config), "doctor")
    assert checked.returncode == 0, checked.stdout
    assert "integrity check: ok" in checked.stdout
    assert "problem" not in checked.stdout


def _one_line_exit_2(config: Path, *needles: str, command: str = "sync") -> None:
    done = run_cli("--config", str(config), command)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    for needle in needles:
        assert needle in lines[0]


def test_a_database_given_as_a_plain_path_says_how_to_write_it(tmp_path: Path) -> None:
    config = maildir_config(tmp_path, tmp_path / "state.db")
    config.write_text(config.read_text().replace('"sqlite:///', '"'), encoding="utf-8")
    _one_line_exit_2(config, "is a path, not a URL", f'"sqlite:///{tmp_path / "state.db"}"')


def test_a_misspelled_section_or_key_is_named_with_the_right_one(tmp_path: Path) -> None:
    config = maildir_config(tmp_path, tmp_path / "state.db")
    text = config.read_text()
    config.write_text(text + "\n[polcy]\nfollow_up_days = 5\n", encoding="utf-8")
    _one_line_exit_2(config, "[polcy]", "'policy'", command="status")
    config.write_text(text.replace("database =", "databse ="), encoding="utf-8")
    _one_line_exit_2(config, "databse", "'database'", command="status")
    assert not (tmp_path / "state.db").exists()  # no silent fall-back to another database


def test_a_drafts_folder_that_is_not_a_folder_is_one_line(tmp_path: Path) -> None:
    config = maildir_config(tmp_path, tmp_path / "state.db")
    drafts = tmp_path / "Mail" / "Drafts"
    for sub in ("cur", "new", "tmp"):
        (drafts / sub).rmdir()
    drafts.rmdir()
    drafts.write_text("not a folder", encoding="utf-8")
    _one_line_exit_2(config, "Drafts")


def test_doctor_tells_of_messages_given_up(tmp_path: Path) -> None:
    import sqlite3

    config = maildir_config(tmp_path, tmp_path / "state.db")
    (tmp_path / "Mail" / "INBOX" / "cur" / "a:2,S").write_bytes(
        b"From: a@b.example\nSubject: hi\n\nhello\n"
    )
    assert run_cli("--config", str(config), "sync").returncode == 0
    connection = sqlite3.connect(tmp_path / "state.db")
    connection.execute("UPDATE messages SET error = 'gave up after 5 tries: OSError()'")
    connection.commit()
    connection.close()
    checked = run_cli("--config", str(config), "doctor")
    assert checked.returncode == 5
    assert "after five tries" in checked.stdout
