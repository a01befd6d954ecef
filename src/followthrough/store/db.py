"""Opening the database: engine, SQLite pragmas, file mode 0600, automatic migrations.

SQLite runs in WAL mode with a busy timeout so ``status`` can read while the service
writes. Any SQLAlchemy URL works; the pragmas only apply to SQLite.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from followthrough.errors import ConfigError

logger = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy's recipe for pysqlite: the driver's own transaction handling is off and
    # BEGIN is said in _sqlite_begin, so a transaction covers every statement in it and
    # SAVEPOINTs (one per message in the tracker) work as SQLite documents them.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and ``:memory:``."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite") or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _prepare_file(path: Path) -> None:
    """Create the parent folder (0700) and the file (0600) before SQLite does it with 0644."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
        os.chmod(path, 0o600)
    except OSError as exc:
        raise ConfigError(
            f"cannot create the database at {path}: {exc.strerror}; "
            "check [storage] database in the config"
        ) from exc


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the SQLite settings applied where they fit."""
    path = sqlite_path(url)
    if path is not None:
        _prepare_file(path)
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # bad URL, missing driver
        raise ConfigError(f"cannot use database URL {url!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` in one transaction (see ``store.migrate``)."""
    from followthrough.store.migrate import upgrade

    upgrade(_url(engine), revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    """Take the schema down to ``revision`` (used by tests)."""
    from followthrough.store import migrate as migrations

    migrations.downgrade(_url(engine), revision)


def open_database(url: str) -> sessionmaker[Session]:
    """Open (and migrate) the database; return a session factory."""
    from followthrough.store.migrate import upgrade

    engine = make_engine(url)
    path = sqlite_path(url)
    upgrade(url, where=str(path) if path is not None else "")
    if path is not None:
        for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if extra.exists():
                os.chmod(extra, 0o600)
    return sessionmaker(engine, expire_on_commit=False)
