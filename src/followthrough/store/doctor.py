"""``followthrough doctor``: look at the database, say what is wrong in words, repair what is safe.

Safe repairs only: applying pending migrations (with the copy ``store.migrate`` keeps),
adopting a database that an interrupted first start left with our tables but no
version, and removing Alembic's scratch tables. A damaged file is never "repaired" in
place: the doctor says how to put the last copy back.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from followthrough.errors import DatabaseError
from followthrough.store import migrate


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str
    repairable: bool = False


def _sqlite_checks(path: Path) -> list[Finding]:
    found: list[Finding] = []
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        if result == ["ok"]:
            found.append(Finding(True, "SQLite integrity check: ok"))
        else:
            copy = path.with_name(path.name + ".bak")
            hint = (
                f"; the copy from before the last upgrade is {copy} (stop the service, "
                f"then `cp {copy} {path}`)"
                if copy.exists()
                else ""
            )
            found.append(Finding(False, f"SQLite integrity check failed: {result[0]}{hint}"))
        dangling = connection.execute("PRAGMA foreign_key_check").fetchall()
        if dangling:
            found.append(
                Finding(True, f"{len(dangling)} row(s) refer to rows that no longer exist")
            )
    finally:
        connection.close()
    return found


def examine(url: str) -> list[Finding]:
    """Every finding about the database at ``url``, problems and good news alike."""
    from followthrough.store.db import sqlite_path

    path = sqlite_path(url)
    where = str(path) if path is not None else url
    if path is not None and not path.exists():
        return [Finding(True, f"no database yet at {path}; the first sync creates it")]
    found: list[Finding] = [Finding(True, f"database: {where}")]
    if path is not None:
        try:
            found.extend(_sqlite_checks(path))
        except sqlite3.Error as exc:
            return [*found, Finding(False, f"cannot read {path} as a SQLite database: {exc}")]
    state = migrate.peek(url)
    head = migrate.HEAD
    scratch = sorted(t for t in state.tables if t.startswith(migrate.SCRATCH_PREFIX))
    if scratch:
        found.append(
            Finding(False, f"left over from an interrupted upgrade: {', '.join(scratch)}", True)
        )
    problem = state.problem(where)
    if problem is not None:
        found.append(Finding(False, problem, state.revision is None))
    elif state.empty:
        found.append(Finding(True, "the database is empty; the first sync fills it"))
    elif state.revision == head:
        found.append(Finding(True, f"schema version {head}, the newest this release knows"))
    else:
        found.append(
            Finding(
                False,
                f"schema version {state.revision}; the next start upgrades it to {head} "
                "(after keeping a copy)",
                True,
            )
        )
    if state.revision == head:
        found.extend(_message_troubles(url))
    if path is not None:
        copy = path.with_name(path.name + ".bak")
        if copy.exists():
            found.append(Finding(True, f"copy from before the last upgrade: {copy}"))
    return found


def _message_troubles(url: str) -> list[Finding]:
    """Messages waiting to be tried again, and those given up (``service.retry``)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            waiting, given_up = connection.execute(
                text(
                    "SELECT sum(retry_at IS NOT NULL), sum(error LIKE 'gave up%') "
                    "FROM messages WHERE error IS NOT NULL"
                )
            ).one()
    finally:
        engine.dispose()
    found = []
    if waiting:
        found.append(Finding(True, f"{waiting} message(s) will be read or applied again later"))
    if given_up:
        found.append(
            Finding(
                False,
                f"{given_up} message(s) could not be read or applied after five tries; "
                "`followthrough show` lists them with their error",
            )
        )
    return found


def repair(url: str) -> list[str]:
    """Apply the safe repairs; what was done, one line each.

    :raises DatabaseError: the schema is newer than this release (nothing is changed).
    """
    from followthrough.store.db import sqlite_path

    path = sqlite_path(url)
    if path is not None and not path.exists():
        return []
    state = migrate.peek(url)
    if state.revision is not None and state.revision not in migrate.known_revisions():
        raise DatabaseError(state.problem(str(path or url)) or "schema newer than this release")
    scratch = any(t.startswith(migrate.SCRATCH_PREFIX) for t in state.tables)
    if state.revision == migrate.HEAD and not scratch:
        return []
    migrate.upgrade(url, where=str(path or url), adopt=True, force=scratch)
    done = f"brought the schema from {state.revision or 'no version'} to {migrate.HEAD}"
    return [done + (", removed the leftovers of an interrupted upgrade" if scratch else "")]
