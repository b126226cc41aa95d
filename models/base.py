"""Declarative base and identity helpers shared by every table."""

from __future__ import annotations

from sqlalchemy import Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from models.base_ids import new_uuid, new_uuids  # noqa: F401  (re-exported)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Identified:
    """Every record has an integer key and a stable UUID for exports, merges and undo."""

    id: Mapped[int] = mapped_column(primary_key=True)
    # A unique index rather than a table constraint, so a bulk load may rebuild it once at the end.
    uuid: Mapped[str] = mapped_column(String(32), unique=True, index=True, default=new_uuid)
    # Moves by one on every update (journal.Recorder): an edit made on what someone else has changed
    # since it was read is refused (team workspaces, issue 15; revision 0012).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
