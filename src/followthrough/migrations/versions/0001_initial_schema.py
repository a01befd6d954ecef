"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 02:16:58.298051
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from followthrough.migrations import resume

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    resume.create_table(
        "applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("company_key", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=300), nullable=True),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("domains", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("dirty", sa.Boolean(), nullable=False),
        sa.Column("wake_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    resume.create_index("applications", "ix_applications_company_key", ["company_key"])
    resume.create_index("applications", "ix_applications_wake_at", ["wake_at"])

    resume.create_table(
        "sync_state",
        sa.Column("mailbox", sa.String(length=200), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=True),
        sa.Column("last_started", sa.DateTime(), nullable=True),
        sa.Column("last_finished", sa.DateTime(), nullable=True),
        sa.Column("last_duration", sa.Float(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("mailbox"),
    )
    resume.create_table(
        "drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("to_name", sa.String(length=300), nullable=True),
        sa.Column("to_address", sa.String(length=300), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("draft_message_id", sa.String(length=500), nullable=False),
        sa.Column("provider_ref", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("application_id", "key"),
    )
    resume.create_index("drafts", "ix_drafts_application_id", ["application_id"])

    resume.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailbox", sa.String(length=200), nullable=False),
        sa.Column("provider_ref", sa.String(length=500), nullable=False),
        sa.Column("thread_id", sa.String(length=500), nullable=True),
        sa.Column("message_id", sa.String(length=500), nullable=True),
        sa.Column("in_reply_to", sa.String(length=500), nullable=True),
        sa.Column("references", sa.JSON(), nullable=False),
        sa.Column("date", sa.DateTime(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("sender_name", sa.String(length=300), nullable=True),
        sa.Column("sender_address", sa.String(length=300), nullable=True),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("human", sa.Boolean(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("user_kind", sa.String(length=32), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=True),
        sa.Column("company_domain", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=300), nullable=True),
        sa.Column("interview_start", sa.DateTime(), nullable=True),
        sa.Column("interview_end", sa.DateTime(), nullable=True),
        sa.Column("calendar_uid", sa.String(length=500), nullable=True),
        sa.Column("interviewers", sa.JSON(), nullable=False),
        sa.Column("reply_by", sa.Date(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("processed", sa.Boolean(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("mailbox", "provider_ref"),
    )
    resume.create_index("messages", "ix_messages_application_id", ["application_id"])
    resume.create_index("messages", "ix_messages_date", ["date"])
    resume.create_index("messages", "ix_messages_message_id", ["message_id"])
    resume.create_index("messages", "ix_messages_processed", ["processed"])
    resume.create_index("messages", "ix_messages_thread_id", ["thread_id"])

    resume.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("from_state", sa.String(length=32), nullable=True),
        sa.Column("to_state", sa.String(length=32), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    resume.create_index("events", "ix_events_application_id", ["application_id"])

    resume.create_table(
        "interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("uid", sa.String(length=500), nullable=True),
        sa.Column("thread_key", sa.String(length=500), nullable=True),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        sa.Column("interviewers", sa.JSON(), nullable=False),
        sa.Column("ended", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
        ),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["messages.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    resume.create_index("interviews", "ix_interviews_application_id", ["application_id"])


def downgrade() -> None:

    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interviews_application_id"))

    op.drop_table("interviews")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_application_id"))

    op.drop_table("events")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_messages_thread_id"))
        batch_op.drop_index(batch_op.f("ix_messages_processed"))
        batch_op.drop_index(batch_op.f("ix_messages_message_id"))
        batch_op.drop_index(batch_op.f("ix_messages_date"))
        batch_op.drop_index(batch_op.f("ix_messages_application_id"))

    op.drop_table("messages")
    with op.batch_alter_table("drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_drafts_application_id"))

    op.drop_table("drafts")
    op.drop_table("sync_state")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applications_wake_at"))
        batch_op.drop_index(batch_op.f("ix_applications_company_key"))

    op.drop_table("applications")
