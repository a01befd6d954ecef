"""Alembic environment: runs on the connection the caller put in ``config.attributes``.

The service passes a connection already inside one transaction (see
``followthrough.store.migrate``), so the whole upgrade commits at once or not at all.
From the command line (``alembic -c alembic.ini upgrade head``) it opens the same kind
of connection on the URL in ``sqlalchemy.url`` or the FOLLOWTHROUGH_DATABASE variable.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from followthrough.store.migrate import migration_engine
from followthrough.store.models import Base

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    context.run_migrations()


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    url = os.environ.get("FOLLOWTHROUGH_DATABASE") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set FOLLOWTHROUGH_DATABASE or sqlalchemy.url")
    engine = migration_engine(url)
    try:
        with engine.begin() as connection:
            _configure_and_run(connection)
    finally:
        engine.dispose()


run()
