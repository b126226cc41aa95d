"""Alembic environment: runs on the connection the application hands over in config.attributes."""

from alembic import context

from models import schema  # noqa: F401  (registers the tables)
from models.base import Base

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
