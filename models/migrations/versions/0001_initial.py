"""Communities, members and member identities.

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def _identity() -> list[sa.Column]:
    return [sa.Column("id", sa.Integer, primary_key=True), sa.Column("uuid", sa.String(32), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "community",
        *_identity(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("purpose", sa.Text, nullable=False),
        sa.Column("values_text", sa.Text, nullable=False),
        sa.Column("rule_entry", sa.Text, nullable=False),
        sa.Column("rule_removal", sa.Text, nullable=False),
        sa.Column("rule_activity", sa.Text, nullable=False),
        sa.Column("management_mode", sa.String(20), nullable=False),
        sa.Column("created_on", sa.String(10), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_community"),
        sa.UniqueConstraint("name", name="uq_community_name"),
    )
    op.create_index("ix_community_uuid", "community", ["uuid"], unique=True)
    op.create_table(
        "member",
        *_identity(),
        sa.Column("community_id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("sort_key", sa.String(400), nullable=False),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("city", sa.String(100), nullable=False),
        sa.Column("organisation", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("interests", sa.Text, nullable=False),
        sa.Column("specialties", sa.Text, nullable=False),
        sa.Column("tags", sa.Text, nullable=False),
        sa.Column("joined_on", sa.String(10), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("status_on", sa.String(10), nullable=False),
        sa.Column("status_reason", sa.Text, nullable=False),
        sa.Column("inviter_id", sa.Integer, nullable=True),
        sa.Column("notes", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_member"),
        sa.ForeignKeyConstraint(["community_id"], ["community.id"], name="fk_member_community_id_community"),
        sa.ForeignKeyConstraint(["inviter_id"], ["member.id"], name="fk_member_inviter_id_member"),
    )
    op.create_index("ix_member_uuid", "member", ["uuid"], unique=True)
    op.create_index("ix_member_community_sort", "member", ["community_id", "sort_key", "id", "search_text"])
    op.create_index("ix_member_inviter_id", "member", ["inviter_id"])
    op.create_table(
        "member_identity",
        *_identity(),
        sa.Column("member_id", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_member_identity"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name="fk_member_identity_member_id_member"),
    )
    op.create_index("ix_member_identity_uuid", "member_identity", ["uuid"], unique=True)
    op.create_index("ix_member_identity_kind_value", "member_identity", ["kind", "value"])
    op.create_index("ix_member_identity_member_id", "member_identity", ["member_id"])


def downgrade() -> None:
    op.drop_table("member_identity")
    op.drop_table("member")
    op.drop_table("community")
