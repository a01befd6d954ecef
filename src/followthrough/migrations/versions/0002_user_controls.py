"""user controls: corrections, review, ignored senders, asks, merged applications

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 03:14:17.311043

Existing messages get ignored = false; nothing else needs a default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("command", sa.String(length=32), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_corrections_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_corrections_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_corrections_command"), ["command"], unique=False)

    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("merged_into", sa.Integer(), nullable=True))

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("asks", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("review", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column("ignored", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(batch_op.f("ix_messages_review"), ["review"], unique=False)

    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("problem", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_column("problem")

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_review"))
        batch_op.drop_column("ignored")
        batch_op.drop_column("review")
        batch_op.drop_column("asks")

    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("merged_into")

    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_corrections_command"))
        batch_op.drop_index(batch_op.f("ix_corrections_at"))
        batch_op.drop_index(batch_op.f("ix_corrections_application_id"))

    op.drop_table("corrections")
