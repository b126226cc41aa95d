"""Health settings per community: windows, activity weights and the invitation rule, as JSON.

Revision ID: 0006_health_settings
Revises: 0005_activity
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_health_settings"
down_revision = "0005_activity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("community") as batch:
        batch.add_column(sa.Column("health_settings", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("community") as batch:
        batch.drop_column("health_settings")
