"""Structure: units (pyramid or ring), memberships, dated roles, connections, wanted specialties.

Revision ID: 0002_structure
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_structure"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def _key(table: str) -> list:
    return [
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


def _indexes(table: str, *columns: str) -> None:
    op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    with op.batch_alter_table("community") as batch:
        batch.add_column(sa.Column("wanted_specialties", sa.Text, nullable=False, server_default=""))
    op.create_table(
        "unit",
        sa.Column("community_id", sa.Integer, nullable=False),
        sa.Column("parent_id", sa.Integer, nullable=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("lead_id", sa.Integer, nullable=True),
        sa.Column("cap", sa.Integer, nullable=False),
        sa.Column("management_mode", sa.String(20), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        *_key("unit"),
        sa.UniqueConstraint("community_id", "name", name="uq_unit_community_id_name"),
        _fk("unit", "community_id", "community"),
        _fk("unit", "parent_id", "unit"),
        _fk("unit", "lead_id", "member"),
    )
    _indexes("unit", "community_id", "parent_id", "lead_id")
    op.create_table(
        "unit_member",
        sa.Column("unit_id", sa.Integer, nullable=False),
        sa.Column("member_id", sa.Integer, nullable=False),
        sa.Column("is_primary", sa.Boolean, nullable=False),
        *_key("unit_member"),
        sa.UniqueConstraint("unit_id", "member_id", name="uq_unit_member_unit_id_member_id"),
        _fk("unit_member", "unit_id", "unit"),
        _fk("unit_member", "member_id", "member"),
    )
    _indexes("unit_member", "unit_id", "member_id")
    op.create_table(
        "role_assignment",
        sa.Column("member_id", sa.Integer, nullable=False),
        sa.Column("unit_id", sa.Integer, nullable=True),
        sa.Column("role", sa.String(100), nullable=False),
        sa.Column("specialty", sa.String(200), nullable=False),
        sa.Column("start_on", sa.String(10), nullable=False),
        sa.Column("end_on", sa.String(10), nullable=False),
        *_key("role_assignment"),
        _fk("role_assignment", "member_id", "member"),
        _fk("role_assignment", "unit_id", "unit"),
    )
    _indexes("role_assignment", "member_id", "unit_id")
    op.create_table(
        "connection",
        sa.Column("community_id", sa.Integer, nullable=False),
        sa.Column("a_id", sa.Integer, nullable=False),
        sa.Column("b_id", sa.Integer, nullable=False),
        sa.Column("strength", sa.Integer, nullable=False),
        sa.Column("since", sa.String(10), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        *_key("connection"),
        sa.UniqueConstraint("a_id", "b_id", name="uq_connection_a_id_b_id"),
        _fk("connection", "community_id", "community"),
        _fk("connection", "a_id", "member"),
        _fk("connection", "b_id", "member"),
    )
    _indexes("connection", "community_id", "a_id", "b_id")


def downgrade() -> None:
    for table in ("connection", "role_assignment", "unit_member", "unit"):
        op.drop_table(table)
    with op.batch_alter_table("community") as batch:
        batch.drop_column("wanted_specialties")
