"""Custom member fields, merge aliases, "not a duplicate" pairs and attendance words (issue 12).

Revision ID: 0007_imports
Revises: 0006_health_settings
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_imports"
down_revision = "0006_health_settings"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attendance_word",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.Column("rsvp", sa.String(length=12), nullable=False),
        sa.Column("attended", sa.String(length=3), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"], ["community.id"], name=op.f("fk_attendance_word_community_id_community")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_word")),
        sa.UniqueConstraint("community_id", "word", name="uq_attendance_word"),
    )
    op.create_index(
        op.f("ix_attendance_word_community_id"), "attendance_word", ["community_id"], unique=False
    )
    op.create_index(op.f("ix_attendance_word_uuid"), "attendance_word", ["uuid"], unique=True)
    op.create_table(
        "custom_field",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("choices", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["community_id"], ["community.id"], name=op.f("fk_custom_field_community_id_community")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_field")),
        sa.UniqueConstraint("community_id", "name", name="uq_custom_field_name"),
    )
    op.create_index(op.f("ix_custom_field_community_id"), "custom_field", ["community_id"], unique=False)
    op.create_index(op.f("ix_custom_field_uuid"), "custom_field", ["uuid"], unique=True)
    op.create_table(
        "member_alias",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("old_uuid", sa.String(length=32), nullable=False),
        sa.Column("old_name", sa.String(length=200), nullable=False),
        sa.Column("merged_on", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], name=op.f("fk_member_alias_member_id_member")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_alias")),
        sa.UniqueConstraint("old_uuid", name=op.f("uq_member_alias_old_uuid")),
    )
    op.create_index(op.f("ix_member_alias_member_id"), "member_alias", ["member_id"], unique=False)
    op.create_index(op.f("ix_member_alias_uuid"), "member_alias", ["uuid"], unique=True)
    op.create_table(
        "member_field_value",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("field_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["field_id"], ["custom_field.id"], name=op.f("fk_member_field_value_field_id_custom_field")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["member.id"], name=op.f("fk_member_field_value_member_id_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_field_value")),
        sa.UniqueConstraint("member_id", "field_id", name="uq_member_field_value"),
    )
    op.create_index(op.f("ix_member_field_value_field_id"), "member_field_value", ["field_id"], unique=False)
    op.create_index(
        op.f("ix_member_field_value_member_id"), "member_field_value", ["member_id"], unique=False
    )
    op.create_index(op.f("ix_member_field_value_uuid"), "member_field_value", ["uuid"], unique=True)
    op.create_table(
        "not_duplicate",
        sa.Column("community_id", sa.Integer(), nullable=False),
        sa.Column("a_id", sa.Integer(), nullable=False),
        sa.Column("b_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["a_id"], ["member.id"], name=op.f("fk_not_duplicate_a_id_member")),
        sa.ForeignKeyConstraint(["b_id"], ["member.id"], name=op.f("fk_not_duplicate_b_id_member")),
        sa.ForeignKeyConstraint(
            ["community_id"], ["community.id"], name=op.f("fk_not_duplicate_community_id_community")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_not_duplicate")),
        sa.UniqueConstraint("a_id", "b_id", name="uq_not_duplicate_pair"),
    )
    op.create_index(op.f("ix_not_duplicate_a_id"), "not_duplicate", ["a_id"], unique=False)
    op.create_index(op.f("ix_not_duplicate_b_id"), "not_duplicate", ["b_id"], unique=False)
    op.create_index(op.f("ix_not_duplicate_community_id"), "not_duplicate", ["community_id"], unique=False)
    op.create_index(op.f("ix_not_duplicate_uuid"), "not_duplicate", ["uuid"], unique=True)


def downgrade() -> None:
    for table in ("not_duplicate", "member_field_value", "member_alias", "custom_field", "attendance_word"):
        op.drop_table(table)
