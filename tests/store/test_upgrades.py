"""Databases that earlier releases wrote open in this one, with every row; bad ones get one line.

The fixtures in ``tests/fixtures/databases`` were written by running those releases (see
its README), so these tests meet the same files a user's upgrade meets.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from followthrough.errors import DatabaseError
from followthrough.store import migrate
from followthrough.store.db import open_database
from followthrough.store.models import Base
from tests.conftest import ROOT, maildir_config, run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "databases"
RELEASED = sorted(p for p in FIXTURES.glob("schema-*.sqlite") if p.stem[7:].isdigit())


def _rows(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every product table, as dicts, in rowid order."""
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        tables = [
            str(name)
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if name in Base.metadata.tables
        ]
        return {
            table: [dict(row) for row in connection.execute(f'SELECT * FROM "{table}"')]
            for table in tables
        }
    finally:
        connection.close()


def _copy(fixture: Path, tmp_path: Path) -> Path:
    target = tmp_path / "state.db"
    shutil.copy(fixture, target)
    return target


def test_there_is_a_fixture_for_every_released_schema_but_the_newest() -> None:
    released = {p.stem.removeprefix("schema-") for p in RELEASED}
    assert set(migrate.known_revisions()) - {migrate.HEAD} <= released
    assert released <= set(migrate.known_revisions())


def test_head_constant_names_the_newest_migration() -> None:
    assert migrate.head_revision() == migrate.HEAD


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_an_older_database_opens_with_every_row(fixture: Path, tmp_path: Path) -> None:
    path = _copy(fixture, tmp_path)
    before = _rows(path)
    assert sum(len(rows) for rows in before.values()) > 20, "the fixture should hold real rows"
    open_database(f"sqlite:///{path}")
    after = _rows(path)
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            assert {k: new[k] for k in old} == old, table  # old columns keep their values
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
        (migrate.HEAD,)
    ]
    connection.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()
    if fixture.stem.removeprefix("schema-") != migrate.HEAD:
        copy = path.with_name("state.db.bak")  # the copy kept before the upgrade
        assert _rows(copy) == before


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_sync_and_status_work_on_an_upgraded_database(fixture: Path, tmp_path: Path) -> None:
    path = _copy(fixture, tmp_path)
    states = {row["id"]: row["state"] for row in _rows(path)["applications"]}
    config = maildir_config(tmp_path, path)
    done = run_cli("--config", str(config), "sync", "--now", "2026-11-06T12:00:00")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    shown = run_cli("--config", str(config), "status", "--json", "--now", "2026-11-06T12:00:00")
    assert shown.returncode == 0, shown.stderr
    apps = json.loads(shown.stdout)["applications"]
    assert {a["id"]: a["state"] for a in apps} == states


def test_a_half_done_upgrade_of_the_previous_release_finishes(tmp_path: Path) -> None:
    path = _copy(FIXTURES / "schema-0001-failed-upgrade.sqlite", tmp_path)
    before = _rows(path)
    open_database(f"sqlite:///{path}")
    after = _rows(path)
    assert {t: len(r) for t, r in after.items() if t in before} == {
        t: len(r) for t, r in before.items()
    }
    tables = {t for (t,) in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert not any(t.startswith("_alembic_tmp_") for t in tables)


def test_tables_without_a_version_get_one_line_and_doctor_repairs(tmp_path: Path) -> None:
    path = _copy(FIXTURES / "schema-none-interrupted.sqlite", tmp_path)
    with pytest.raises(DatabaseError, match="doctor --repair"):
        open_database(f"sqlite:///{path}")
    config = maildir_config(tmp_path, path)
    done = run_cli("--config", str(config), "status")
    assert done.returncode == 5
    assert len(done.stderr.strip().splitlines()) == 1
    assert "no schema version" in done.stderr
    checked = run_cli("--config", str(config), "doctor")
    assert checked.returncode == 5
    assert "no schema version" in checked.stdout
    repaired = run_cli("--config", str(config), "doctor", "--repair")
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "repaired:" in repaired.stdout
    synced = run_cli("--config", str(config), "sync", "--now", "2026-11-06T12:00:00")
    assert synced.returncode == 0, synced.stderr


def test_a_database_from_a_newer_release_is_one_line_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    open_database(f"sqlite:///{path}")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0042'")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    config = maildir_config(tmp_path, path)
    for command in (["status"], ["sync"], ["doctor", "--repair"]):
        done = run_cli("--config", str(config), *command)
        assert done.returncode == 5, (command, done.stderr)
        lines = (done.stderr or done.stdout).strip().splitlines()
        assert len(lines) == 1, lines
        assert "0042" in lines[0]
        assert "newer release" in lines[0]
    assert path.read_bytes() == before


def test_two_processes_opening_a_new_database_take_turns(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "state.db"
    code = f"from followthrough.store.db import open_database; open_database('sqlite:///{path}')"
    procs = [subprocess.Popen([sys.executable, "-c", code]) for _ in range(4)]
    assert [p.wait(timeout=60) for p in procs] == [0, 0, 0, 0]
    assert migrate.peek(f"sqlite:///{path}").revision == migrate.HEAD
