"""Outputs: the register, its status history and contributors; output kinds, roles, stalled days.

Revision ID: 0004_outputs
Revises: 0003_events
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_outputs"
down_revision = "0003_events"
branch_labels = None
depends_on = None


def _table(name: str, columns: list, fks: dict[str, str], indexed: tuple[str, ...], *extra) -> None:
    op.create_table(
        name,
        *columns,
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("uuid", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
        *(sa.ForeignKeyConstraint([c], [f"{t}.id"], name=f"fk_{name}_{c}_{t}") for c, t in fks.items()),
        *extra,
    )
    op.create_index(f"ix_{name}_uuid", name, ["uuid"], unique=True)
    for column in indexed:
        op.create_index(f"ix_{name}_{column}", name, [column])


def _c(name: str, type_, nullable: bool = False) -> sa.Column:
    return sa.Column(name, type_, nullable=nullable)


def upgrade() -> None:
    with op.batch_alter_table("community") as batch:
        batch.add_column(sa.Column("output_kinds", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("output_roles", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("stalled_days", sa.Integer, nullable=False, server_default="30"))
    _table("output", [
        _c("community_id", sa.Integer), _c("title", sa.String(300)), _c("kind", sa.String(100)),
        _c("description", sa.Text), _c("status", sa.String(12)), _c("status_on", sa.String(10)),
        _c("created_on", sa.String(10)), _c("published_on", sa.String(10)), _c("link", sa.Text),
        _c("unit_id", sa.Integer, True), _c("event_id", sa.Integer, True), _c("reads", sa.Integer),
        _c("sales", sa.Integer), _c("revenue", sa.Float),
    ], {"community_id": "community", "unit_id": "unit", "event_id": "event"},
        ("community_id", "unit_id", "event_id"))  # fmt: skip
    _table("output_status", [_c("output_id", sa.Integer), _c("status", sa.String(12)), _c("reached_on", sa.String(10))],
           {"output_id": "output"}, ("output_id",))  # fmt: skip
    _table("contribution", [
        _c("output_id", sa.Integer), _c("member_id", sa.Integer), _c("role", sa.String(100)), _c("weight", sa.Float),
    ], {"output_id": "output", "member_id": "member"}, ("output_id", "member_id"),
        sa.UniqueConstraint("output_id", "member_id", "role", name="uq_contribution_output_id_member_id_role"))  # fmt: skip


def downgrade() -> None:
    for table in ("contribution", "output_status", "output"):
        op.drop_table(table)
    with op.batch_alter_table("community") as batch:
        for column in ("stalled_days", "output_roles", "output_kinds"):
            batch.drop_column(column)
