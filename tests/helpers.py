"""Helpers shared by tests: whole-database snapshots for undo round-trips."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.schema import TABLES as SCHEMA

TABLES = tuple(t for t in SCHEMA if t != "journal_step")  # every table but the undo journal (undo marks it)


def snapshot(path: Path | str) -> dict[str, list[tuple]]:
    from desktop.services.core.cipher import driver

    if isinstance(path, str) and path.startswith("postgresql://"):  # a team workspace (tests/pg_server.py)
        import psycopg

        with psycopg.connect(path) as con:
            return {t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}

    con = driver.connect(path)  # an encrypted file through SQLCipher with the key known here
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}
    finally:
        con.close()


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def make_future_workspace(path: Path) -> Path:
    """A workspace whose schema revision this build does not know (as if from a newer Beehive)."""
    from desktop.services.core.database import Database

    Database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    con.commit()
    con.close()
    return path


def pdf_text(path: Path, layout: bool = True) -> str:
    """The PDF's text by pdftotext, NFKC-normalised (CJK fonts map some ideographs to radicals)."""
    import shutil
    import subprocess
    import unicodedata

    assert shutil.which("pdftotext"), "poppler-utils is required (installed by .ci/run)"
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    return unicodedata.normalize(
        "NFKC", subprocess.run(args, capture_output=True, text=True, check=True).stdout
    )
