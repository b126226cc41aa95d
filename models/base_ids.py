"""Stable identities: random version-4 UUIDs as 32-char hex. No SQLAlchemy here."""

from __future__ import annotations

import os


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
