"""Storage: migrations up and down, models agree with migrations, file modes, UTC round trip."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path
from zoneinfo import ZoneInfo

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from followthrough.store import db
from followthrough.store.models import Application, Base


def test_migrate_empty_database_up_and_down(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'a.db'}")
    db.migrate(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"applications", "messages", "events", "drafts", "interviews", "sync_state"} <= tables
    db.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    db.migrate(engine)  # and up again
    assert "drafts" in inspect(engine).get_table_names()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'b.db'}")
    db.migrate(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_database_file_is_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "state.db"
    sessions = db.open_database(f"sqlite:///{path}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with sessions() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert int(session.execute(text("PRAGMA busy_timeout")).scalar() or 0) > 0


def test_times_come_back_aware_and_equal(tmp_path: Path) -> None:
    sessions = db.open_database(f"sqlite:///{tmp_path / 'c.db'}")
    at = dt.datetime(2026, 3, 8, 1, 30, tzinfo=ZoneInfo("America/New_York"))
    with sessions.begin() as session:
        session.add(
            Application(company="Acme", state="applied", domains=[], created_at=at, updated_at=at)
        )
    with sessions() as session:
        app = session.query(Application).one()
        assert app.created_at == at
        assert app.created_at.tzinfo is not None
