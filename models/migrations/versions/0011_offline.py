"""The second laptop: the workspace's identity (one row, a fresh UUID), a take-out's marker, the
bring-backs applied (models/offline_schema.py).

Revision ID: 0011_offline
Revises: 0010_door
"""

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0011_offline"
down_revision = "0010_door"
branch_labels = None
depends_on = None


def _identified(name: str, *columns: sa.Column) -> sa.Table:
    return op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uuid", sa.String(32), nullable=False),
        *columns,
    )


def upgrade() -> None:
    info = _identified("workspace_info", sa.Column("created_at", sa.String(20), nullable=False))
    op.create_index("ix_workspace_info_uuid", "workspace_info", ["uuid"], unique=True)
    _identified(
        "offline_take_out",
        sa.Column("source_uuid", sa.String(32), nullable=False),
        sa.Column("source_name", sa.String(200), nullable=False),
        sa.Column("community_uuid", sa.String(32), nullable=False),
        sa.Column("event_uuid", sa.String(32), nullable=False),
        sa.Column("taken_at", sa.String(20), nullable=False),
        sa.Column("private", sa.Boolean, nullable=False),
        sa.Column("baseline", sa.Text, nullable=False),
    )
    op.create_index("ix_offline_take_out_uuid", "offline_take_out", ["uuid"], unique=True)
    _identified(
        "offline_merge",
        sa.Column("take_out_uuid", sa.String(32), nullable=False),
        sa.Column("merged_at", sa.String(20), nullable=False),
        sa.Column("state", sa.Text, nullable=False),
    )
    op.create_index("ix_offline_merge_uuid", "offline_merge", ["uuid"], unique=True)
    op.create_index("ix_offline_merge_take_out_uuid", "offline_merge", ["take_out_uuid"])
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    op.bulk_insert(info, [{"id": 1, "uuid": uuid.uuid4().hex, "created_at": now}])


def downgrade() -> None:
    op.drop_table("offline_merge")
    op.drop_table("offline_take_out")
    op.drop_table("workspace_info")
