"""Attendance in the organiser's words: the people a member brings (a WeChat 接龙's "+1", Meetup's
Guests), and each community's own RSVP and sign-in words beside the built-in table.

Revision ID: 0008_attendance
Revises: 0007_imports
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_attendance"
down_revision = "0007_imports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attendance") as batch:
        batch.add_column(sa.Column("guests", sa.Integer, nullable=False, server_default="0"))
    with op.batch_alter_table("community") as batch:
        batch.add_column(sa.Column("attendance_words", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("community") as batch:
        batch.drop_column("attendance_words")
    with op.batch_alter_table("attendance") as batch:
        batch.drop_column("guests")
