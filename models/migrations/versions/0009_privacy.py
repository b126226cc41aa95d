"""Privacy: which fields are private (per community, and per custom field), consent per member with
date and source, an erased person's placeholder date, and the undo journal on disk.

Revision ID: 0009_privacy
Revises: 0008_attendance
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_privacy"
down_revision = "0008_attendance"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("community") as batch:
        batch.add_column(sa.Column("private_fields", sa.Text, nullable=False, server_default=""))
    with op.batch_alter_table("custom_field") as batch:
        batch.add_column(sa.Column("private", sa.Boolean, nullable=False, server_default=sa.false()))
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("erased_on", sa.String(10), nullable=False, server_default=""))
    op.create_table(
        "member_consent",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id"), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("granted", sa.Boolean, nullable=False),
        sa.Column("given_on", sa.String(10), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.UniqueConstraint("member_id", "kind", name="uq_member_consent_kind"),
    )
    op.create_index("ix_member_consent_uuid", "member_consent", ["uuid"], unique=True)
    op.create_index("ix_member_consent_member_id", "member_consent", ["member_id"])
    op.create_table(
        "journal_step",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("done_at", sa.String(19), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("changes", sa.Text, nullable=False),
        sa.Column("undone", sa.Boolean, nullable=False),
        sa.Column("members", sa.Text, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("journal_step")
    op.drop_index("ix_member_consent_member_id", "member_consent")
    op.drop_index("ix_member_consent_uuid", "member_consent")
    op.drop_table("member_consent")
    with op.batch_alter_table("member") as batch:
        batch.drop_column("erased_on")
    with op.batch_alter_table("custom_field") as batch:
        batch.drop_column("private")
    with op.batch_alter_table("community") as batch:
        batch.drop_column("private_fields")
