"""Starting ``followthrough run``: the config's intervals checked, the lock that
refuses a second service, and the database migrated and opened before the
scheduler's threads exist.

Split from :mod:`followthrough.service.daemon`, which runs the service once these
steps succeeded; they happen once per process and share nothing with the jobs.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from followthrough.config import Config, ServiceConfig
from followthrough.errors import ConfigError, DatabaseError, Error, LockedError
from followthrough.service.lock import Lock
from followthrough.service.runner import lock_path

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

# The service's log names stay those of the module this was split from.
logger = logging.getLogger("followthrough.service.daemon")

START_LOCK_WAIT_SECONDS = 30.0
"""At start, how long to wait for a one-shot ``sync`` holding the pass lock."""


def check_intervals(service: ServiceConfig) -> None:
    """Refuse poll or decide intervals that are not positive (at start and on reload)."""
    problems = [
        f"[service] {name} must be more than 0"
        for name in ("poll_minutes", "decide_minutes")
        if getattr(service, name) <= 0
    ]
    if problems:
        raise ConfigError(*problems)


def run_lock_path(cfg: Config) -> Path:
    """The lock a running service holds for its whole life, next to the pass lock."""
    path = lock_path(cfg)
    return path.with_name(path.name.removesuffix(".lock") + ".run.lock")


def refuse_second(path: Path) -> LockedError:
    """The error for a start while another service holds the run lock at ``path``."""
    try:
        pid = path.read_text(encoding="utf-8").strip()
    except OSError:
        pid = ""
    who = f" (pid {pid})" if pid.isdigit() else ""
    return LockedError(
        f"followthrough run is already running for this database{who}; not starting a "
        f"second one (lock {path}). Stop the other one first, e.g. "
        "`systemctl --user stop followthrough`"
    )


def _migrate_in_child(url: str) -> None:
    """Apply pending migrations in a forked child: Alembic and Mako would keep about 10 MB
    resident in the service for nothing. The fork happens before any thread or database
    connection exists; an error comes back through a pipe as one line.

    :raises ConfigError: the database cannot be created or opened.
    :raises Error: a migration failed.
    """
    from followthrough.store.db import open_database

    if not hasattr(os, "fork"):
        open_database(url)
        return
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: migrate, report, exit without running the parent's cleanup
        os.close(reader)
        code = 0
        try:
            open_database(url)
        except ConfigError as exc:
            os.write(writer, f"C{exc}".encode())
            code = 2
        except DatabaseError as exc:
            os.write(writer, f"D{exc}".encode())
            code = 5
        except BaseException as exc:
            os.write(writer, f"E{exc!r}".encode())
            code = 1
        os._exit(code)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        message = pipe.read().decode(errors="replace")
    _, status = os.waitpid(pid, 0)
    if os.waitstatus_to_exitcode(status) == 0:
        return
    if message.startswith("C"):
        raise ConfigError(message[1:])
    if message.startswith("D"):
        raise DatabaseError(message[1:])
    raise Error(f"applying database migrations failed: {message[1:] or 'the child died'}")


def open_sessions(cfg: Config) -> sessionmaker[Session]:
    """Apply pending migrations under the pass lock, then open the database."""
    from sqlalchemy.orm import sessionmaker

    from followthrough.store.db import make_engine

    deadline = time.monotonic() + START_LOCK_WAIT_SECONDS
    while True:
        try:
            with Lock(lock_path(cfg)):
                _migrate_in_child(cfg.database)
                break
        except LockedError:
            if time.monotonic() >= deadline:
                raise
            logger.info("waiting for a one-shot `followthrough sync` to finish")
            time.sleep(1.0)
    return sessionmaker(make_engine(cfg.database), expire_on_commit=False)
