"""Alembic environment: runs against the engine the caller put in ``config.attributes``.

From the command line (``alembic -c alembic.ini upgrade head``) it falls back to the
URL in ``sqlalchemy.url`` or the FOLLOWTHROUGH_DATABASE environment variable.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

from followthrough.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = os.environ.get("FOLLOWTHROUGH_DATABASE") or config.get_main_option("sqlalchemy.url")
        if not url:
            raise SystemExit("set FOLLOWTHROUGH_DATABASE or sqlalchemy.url")
        engine = create_engine(url)
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        context.run_migrations()


run()
