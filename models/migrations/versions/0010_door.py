"""The door: which organiser's laptop recorded a check-in ("anna@anna-laptop"), so two laptops at one
door can be told apart afterwards.

Revision ID: 0010_door
Revises: 0009_privacy
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_door"
down_revision = "0009_privacy"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attendance") as batch:
        batch.add_column(sa.Column("checked_in_by", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("attendance") as batch:
        batch.drop_column("checked_in_by")
