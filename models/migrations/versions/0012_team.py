"""Team workspaces: a version on every identified row, the author of each undo step, and who may do
what (models/base.py Identified.row_version, models/team_schema.py).

Revision ID: 0012_team
Revises: 0011_offline
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_team"
down_revision = "0011_offline"
branch_labels = None
depends_on = None


def _identified_tables() -> list[str]:
    inspector = sa.inspect(op.get_bind())
    return sorted(t for t in inspector.get_table_names()
                  if any(c["name"] == "uuid" for c in inspector.get_columns(t)))  # fmt: skip


def _identified(name: str, *columns) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.Column("row_version", sa.Integer, nullable=False, server_default="1"),
        *columns,
    )
    op.create_index(f"ix_{name}_uuid", name, ["uuid"], unique=True)


def upgrade() -> None:
    for table in _identified_tables():  # constant default: no table is rewritten (SQLite, PostgreSQL 11+)
        op.add_column(table, sa.Column("row_version", sa.Integer, nullable=False, server_default="1"))
    op.add_column("journal_step", sa.Column("author", sa.String(63), nullable=False, server_default=""))
    _identified(
        "team_member",
        sa.Column("login", sa.String(63), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(12), nullable=False),
        sa.UniqueConstraint("login", name="uq_team_member_login"),
    )
    _identified(
        "team_member_unit",
        sa.Column("team_member_id", sa.Integer, sa.ForeignKey("team_member.id", ondelete="CASCADE",
                                                              name="fk_team_member_unit_team_member_id_team_member"),
                  nullable=False),
        sa.Column("unit_id", sa.Integer, sa.ForeignKey("unit.id", ondelete="CASCADE",
                                                       name="fk_team_member_unit_unit_id_unit"), nullable=False),
        sa.UniqueConstraint("team_member_id", "unit_id", name="uq_team_member_unit"),
    )  # fmt: skip
    op.create_index("ix_team_member_unit_team_member_id", "team_member_unit", ["team_member_id"])
    op.create_index("ix_team_member_unit_unit_id", "team_member_unit", ["unit_id"])


def downgrade() -> None:
    op.drop_table("team_member_unit")
    op.drop_table("team_member")
    with op.batch_alter_table("journal_step") as batch:
        batch.drop_column("author")
    for table in _identified_tables():
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
