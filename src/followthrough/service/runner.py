"""Wiring: open the database and the provider under the lock, and run a pass or the loop."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followthrough.clock import Clock
from followthrough.config import Config, data_home
from followthrough.service.lock import Lock
from followthrough.store.db import open_database, sqlite_path

if TYPE_CHECKING:
    from followthrough.service.sync import SyncReport

logger = logging.getLogger(__name__)


def lock_path(cfg: Config) -> Path:
    """Next to a SQLite database, else in the data directory."""
    db = sqlite_path(cfg.database)
    return Path(f"{db}.lock") if db is not None else data_home() / "followthrough.lock"


def run_sync(cfg: Config, clock: Clock) -> SyncReport:
    """One pass under the lock (the write path is imported here: a read of ``status``
    needs neither the classifier nor the templates)."""
    from followthrough.service.sync import open_provider, sync_once

    with Lock(lock_path(cfg)):
        sessions = open_database(cfg.database)
        provider = open_provider(cfg)
        try:
            return sync_once(cfg, provider, sessions, clock)
        finally:
            provider.close()


def read_status(cfg: Config, clock: Clock) -> dict[str, Any]:
    """The status object; reading needs no lock (SQLite WAL lets readers in)."""
    from followthrough.service.status import status

    sessions = open_database(cfg.database)
    with sessions() as session:
        return status(session, cfg, clock.now())
