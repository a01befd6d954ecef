"""A kill at any point of the first start (migration included) never bricks the database.

Each case runs the real ``followthrough sync`` in a subprocess and kills it with SIGKILL
just before its N-th SQL statement (``kill_after.py``), for points spread over the whole
migration and into the pass; then a normal ``sync`` must complete and leave the same
applications and states as a run that was never interrupted.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from followthrough import scenario as sc
from tests.conftest import ROOT, maildir_config, run_cli

KILLER = Path(__file__).with_name("kill_after.py")
FIXTURES = ROOT / "tests" / "fixtures" / "databases"
SCENARIO = ROOT / "tests" / "scenarios" / "02-ats-then-company-recruiter"
NOW = "2026-12-01T12:00:00"
# A fresh database's migration takes about 130 statements, the pass about 80 more.
POINTS = [1, 3, 8, 21, 40, 60, 61, 90, 125, 129, 130, 170]


def _setup(tmp_path: Path, start: Path | None) -> Path:
    scenario = sc.load(SCENARIO)
    database = tmp_path / "state.db"
    if start is not None:
        shutil.copy(start, database)
    config = maildir_config(
        tmp_path, database, account=scenario.account, timezone=scenario.timezone
    )
    for i, path in enumerate(sorted(SCENARIO.glob("*.eml"))):
        (tmp_path / "Mail" / "INBOX" / "cur" / f"{i}.eml:2,S").write_bytes(path.read_bytes())
    return config


def _outcome(config: Path) -> dict[str, Any]:
    connection = sqlite3.connect(config.with_name("state.db"))
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {
            "apps": sorted(connection.execute("SELECT company, role, state FROM applications")),
            "drafts": sorted(connection.execute("SELECT kind, to_address, status FROM drafts")),
            "messages": connection.execute("SELECT count(*) FROM messages").fetchone(),
        }
    finally:
        connection.close()


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory: pytest.TempPathFactory) -> dict[str | None, Any]:
    found: dict[str | None, Any] = {}
    for start in (None, "schema-0001.sqlite"):
        config = _setup(tmp_path_factory.mktemp("clean"), start and FIXTURES / start)
        done = run_cli("--config", str(config), "sync", "--now", NOW)
        assert done.returncode == 0, done.stderr
        found[start] = _outcome(config)
    return found


@pytest.mark.parametrize("start", [None, "schema-0001.sqlite"], ids=["new", "from-0001"])
@pytest.mark.parametrize("point", POINTS)
def test_the_start_after_a_kill_completes(
    point: int, start: str | None, tmp_path: Path, uninterrupted: dict[str | None, Any]
) -> None:
    config = _setup(tmp_path, start and FIXTURES / start)
    killed = subprocess.run(
        [sys.executable, str(KILLER), str(point), "--config", str(config), "sync", "--now", NOW],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode in (-signal.SIGKILL, 0), killed.stderr
    done = run_cli("--config", str(config), "sync", "--now", NOW)
    assert done.returncode == 0, done.stderr
    assert _outcome(config) == uninterrupted[start]
