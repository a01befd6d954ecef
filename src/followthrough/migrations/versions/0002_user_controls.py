"""user controls: corrections, review, ignored senders, asks, merged applications

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 03:14:17.311043

Existing messages get ignored = false; nothing else needs a default. Each step checks
first (``resume``): the release that introduced this migration could leave it half done.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from followthrough.migrations import resume

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    resume.create_table(
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
    resume.create_index("corrections", "ix_corrections_application_id", ["application_id"])
    resume.create_index("corrections", "ix_corrections_at", ["at"])
    resume.create_index("corrections", "ix_corrections_command", ["command"])

    resume.add_column("applications", sa.Column("merged_into", sa.Integer(), nullable=True))

    resume.add_column("messages", sa.Column("asks", sa.String(length=64), nullable=True))
    resume.add_column("messages", sa.Column("review", sa.String(length=16), nullable=True))
    resume.add_column(
        "messages", sa.Column("ignored", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    resume.create_index("messages", "ix_messages_review", ["review"])

    resume.add_column("drafts", sa.Column("problem", sa.Text(), nullable=True))


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
