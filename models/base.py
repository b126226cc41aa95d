"""Declarative base and identity helpers shared by every table."""

from __future__ import annotations

import os

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_uuids(count: int) -> list[str]:
    """`count` random version-4 UUIDs as 32-char hex, from one urandom call (fast for bulk imports)."""
    raw = bytearray(os.urandom(16 * count))
    out = []
    for i in range(0, 16 * count, 16):
        raw[i + 6] = (raw[i + 6] & 0x0F) | 0x40
        raw[i + 8] = (raw[i + 8] & 0x3F) | 0x80
        out.append(raw[i : i + 16].hex())
    return out


def new_uuid() -> str:
    return new_uuids(1)[0]


class Identified:
    """Every record has an integer key and a stable UUID for exports, merges and undo."""

    id: Mapped[int] = mapped_column(primary_key=True)
    # A unique index rather than a table constraint, so a bulk load may rebuild it once at the end.
    uuid: Mapped[str] = mapped_column(String(32), unique=True, index=True, default=new_uuid)
