"""Activity entered by hand or imported (chat counts per member per day); members' engagement levels.

Revision ID: 0005_activity
Revises: 0004_outputs
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_activity"
down_revision = "0004_outputs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "activity",
        sa.Column("community_id", sa.Integer, nullable=False),
        sa.Column("member_id", sa.Integer, nullable=False),
        sa.Column("on_date", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_activity"),
        sa.ForeignKeyConstraint(
            ["community_id"], ["community.id"], name="fk_activity_community_id_community"
        ),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name="fk_activity_member_id_member"),
    )
    op.create_index("ix_activity_uuid", "activity", ["uuid"], unique=True)
    op.create_index("ix_activity_member_id", "activity", ["member_id"])
    op.create_index("ix_activity_community_on", "activity", ["community_id", "on_date"])
    op.create_table(
        "member_level",
        sa.Column("member_id", sa.Integer, nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("since", sa.String(10), nullable=False),
        sa.Column("override", sa.String(20), nullable=False),
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_member_level"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name="fk_member_level_member_id_member"),
    )
    op.create_index("ix_member_level_uuid", "member_level", ["uuid"], unique=True)
    op.create_index("ix_member_level_member_id", "member_level", ["member_id"], unique=True)


def downgrade() -> None:
    op.drop_table("member_level")
    op.drop_table("activity")
