"""Helpers shared by tests: whole-database snapshots for undo round-trips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

TABLES = ("community", "member", "member_identity")


def snapshot(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    finally:
        con.close()


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path
