"""Migration steps that do only what is still missing, so an upgrade resumes where it stopped.

Upgrades now run in one transaction, but databases that older releases left half-upgraded
(each statement committed on its own) still exist: a table created without its version
stamp, a column added before a failed table rebuild. Every step of a migration checks
first, so running it again over such a database finishes the work instead of failing.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


def _inspector() -> sa.Inspector:
    return sa.inspect(op.get_bind())


def has_table(name: str) -> bool:
    return name in _inspector().get_table_names()


def has_column(table: str, column: str) -> bool:
    return any(c["name"] == column for c in _inspector().get_columns(table))


def has_index(table: str, name: str) -> bool:
    return any(i["name"] == name for i in _inspector().get_indexes(table))


def create_table(name: str, *elements: sa.schema.SchemaItem) -> None:
    if not has_table(name):
        op.create_table(name, *elements)


def create_index(table: str, name: str, columns: Sequence[str]) -> None:
    if not has_index(table, name):
        op.create_index(name, table, list(columns), unique=False)


def add_column(table: str, column: sa.Column[object]) -> None:
    if not has_column(table, column.name):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(column)
