"""Schema upgrades that cannot half-apply, a copy before each, and a clear word when they can't.

SQLite can roll back DDL, but Python's sqlite3 module commits each ``CREATE`` or ``ALTER``
on its own unless it is told not to manage transactions. The migration engine therefore
turns that off and opens ``BEGIN IMMEDIATE`` itself (SQLAlchemy's documented recipe for
pysqlite), so one upgrade, its version stamp included, commits whole or not at all, and
two processes starting at once take turns. Foreign keys are off on that connection
(Alembic's batch mode rebuilds tables; with them on, dropping the old ``messages`` fails)
and checked with ``PRAGMA foreign_key_check`` before the commit.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.pool import NullPool

from followthrough.errors import DatabaseError

logger = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
BUSY_TIMEOUT_MS = 30_000
SCRATCH_PREFIX = "_alembic_tmp_"  # tables Alembic's batch mode builds and renames
HEAD = "0003"
"""The newest schema, so that opening an up-to-date database needs no Alembic import;
a test checks that it names the newest migration."""


def _script() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS))


def known_revisions() -> list[str]:
    """Every revision this release knows, oldest first."""
    return [rev.revision for rev in reversed(list(_script().walk_revisions()))]


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return str(head)


def product_tables() -> set[str]:
    from followthrough.store.models import Base

    return set(Base.metadata.tables)


@dataclass(frozen=True)
class SchemaState:
    """What a database holds, read without changing it."""

    revision: str | None
    tables: frozenset[str]

    @property
    def empty(self) -> bool:
        return not (self.tables & product_tables())

    def problem(self, where: str) -> str | None:
        """One line saying what is wrong and what to do, or None if an upgrade can proceed."""
        known = known_revisions()
        if self.revision is not None and self.revision not in known:
            return (
                f"the database {where} has schema version {self.revision}, which this "
                f"followthrough (schema {known[-1]}) does not know: a newer release wrote it. "
                "Install that release again (or newer), or restore the copy kept beside "
                "the database before its last upgrade"
            )
        if self.revision is None and not self.empty:
            return (
                f"the database {where} has tables but no schema version (a start of an "
                "older release was interrupted while creating it); run "
                "`followthrough doctor --repair`, which keeps a copy first"
            )
        return None


def read_state(connection: Connection) -> SchemaState:
    tables = frozenset(inspect(connection).get_table_names())
    revision = None
    if "alembic_version" in tables:
        row = connection.execute(text("SELECT version_num FROM alembic_version")).first()
        revision = None if row is None else str(row[0])
    return SchemaState(revision, tables)


def peek(url: str) -> SchemaState:
    """The state without a transaction: a running pass's write lock does not stop it."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return read_state(connection)
    finally:
        engine.dispose()


def migration_engine(url: str) -> Engine:
    """An engine whose transactions include DDL; one connection, never pooled."""
    engine = create_engine(url, poolclass=NullPool)
    if engine.dialect.name != "sqlite":
        return engine

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we say BEGIN and COMMIT ourselves
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=OFF")  # only takes effect outside a transaction
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def _drop_scratch(connection: Connection, state: SchemaState) -> None:
    """Alembic's half-built copies from an upgrade an older release did not finish."""
    for name in sorted(state.tables):
        if name.startswith(SCRATCH_PREFIX):
            logger.warning("removing %s left by an interrupted upgrade", name)
            connection.exec_driver_sql(f'DROP TABLE "{name}"')


def _check_foreign_keys(connection: Connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if rows:  # old rows pointing nowhere: worth a word, never worth locking the user out
        tables = sorted({str(row[0]) for row in rows})
        logger.warning(
            "%d row(s) refer to rows that no longer exist (in %s); kept as they are",
            len(rows),
            ", ".join(tables),
        )


def backup(path: Path) -> Path:
    """Copy the database with SQLite's backup API to ``<name>.bak`` (the last copy only)."""
    target = path.with_name(path.name + ".bak")
    partial = path.with_name(path.name + ".bak.partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    os.replace(partial, target)
    return target


def upgrade(
    url: str, revision: str = "head", *, where: str = "", adopt: bool = False, force: bool = False
) -> None:
    """Bring the schema to ``revision`` in one transaction, with a copy first if it has data.

    :param where: how to name the database in messages (its path).
    :param adopt: take a database with our tables but no version (doctor ``--repair``);
        the resumable migrations create only what is missing.
    :param force: go through the upgrade even at ``revision`` (removes scratch tables).
    :raises DatabaseError: the schema is newer than this release, or has no version.
    """
    from alembic import command

    from followthrough.store.db import sqlite_path

    where = where or url
    engine = migration_engine(url)
    try:
        state = peek(url)
        target = HEAD if revision == "head" else revision
        if state.revision == target and not force:
            return
        problem = state.problem(where)
        if problem is not None and not (adopt and state.revision is None):
            raise DatabaseError(problem)
        path = sqlite_path(url)
        if path is not None and not state.empty:
            copy = backup(path)
            logger.warning(
                "upgrading the database schema from %s to %s; a copy of the database "
                "as it was is at %s",
                state.revision or "none",
                target,
                copy,
            )
        with engine.begin() as connection:
            state = read_state(connection)  # again, under the write lock
            problem = state.problem(where)
            if problem is not None and not (adopt and state.revision is None):
                raise DatabaseError(problem)
            _drop_scratch(connection, state)
            command.upgrade(_alembic_config(connection), revision)
            _check_foreign_keys(connection)
    finally:
        engine.dispose()


def downgrade(url: str, revision: str) -> None:
    """Take the schema down to ``revision`` in one transaction (tests and developers)."""
    from alembic import command

    engine = migration_engine(url)
    try:
        with engine.begin() as connection:
            command.downgrade(_alembic_config(connection), revision)
    finally:
        engine.dispose()
