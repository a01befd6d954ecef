"""message retries: attempts and retry_at

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 16:45:00

A message that could not be read or applied is tried again later instead of being set
aside for good. Existing rows get attempts = 0 and no retry time.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from followthrough.migrations import resume

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    resume.add_column(
        "messages", sa.Column("attempts", sa.Integer(), nullable=False, server_default="0")
    )
    resume.add_column("messages", sa.Column("retry_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("retry_at")
        batch_op.drop_column("attempts")
