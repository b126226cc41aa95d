"""One backup: copied with SQLite's online backup API inside one read snapshot, checked, then kept.

The row counts of every table are read in the same snapshot the copy is made from, so "the copy holds
what the workspace held" is a comparison, not a hope. Only a verified copy lets older ones be pruned.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from desktop.services.core.backups import rotation, store
from desktop.services.core.backups.store import Backup
from desktop.services.core.cipher import driver
from models.errors import WorkspaceError


def table_counts(con: sqlite3.Connection) -> dict[str, int]:
    names = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]  # fmt: skip
    return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def verify(copy: Path, counts: dict[str, int]) -> str:
    """"" when the copy is sound and holds `counts` rows per table; else a short code of what is wrong."""
    try:
        con = driver.connect(copy, read_only=True)
        try:
            check = con.execute("PRAGMA integrity_check").fetchall()
            if check != [("ok",)]:
                return "integrity"
            if table_counts(con) != counts:
                return "counts"
        finally:
            con.close()
    except (*driver.ERRORS, WorkspaceError):  # WorkspaceError: an encrypted copy whose key is not here
        return "unreadable"
    return ""


def _revision(con: sqlite3.Connection) -> str:
    try:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except driver.ERRORS:
        return ""
    return row[0] if row else ""


def _copy(workspace: Path, target: Path) -> tuple[dict[str, int], str]:
    src = driver.connect(workspace, timeout=30)
    try:
        src.execute("BEGIN")  # one snapshot for the counts and the copy
        counts = table_counts(src)
        revision = _revision(src)
        copy_into(src, workspace, target)
        src.execute("COMMIT")
    finally:
        src.close()
    return counts, revision


def copy_into(src, source: Path, target: Path) -> None:
    """The online backup API from an open connection on `source` into a new file `target`, encrypted
    with the source's key when it is; a single self-contained file (no -wal beside it)."""
    dst = driver.connect(target, key=driver.key_for(source))
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        driver.renew(target)


def _free_name(folder: Path, now: dt.datetime, reason: str) -> Path:
    base = f"{now:%Y%m%d-%H%M%S}-{reason}"
    name, n = folder / f"{base}{store.SUFFIX}", 1
    while name.exists() or (folder / store.ASIDE / name.name).exists():
        n += 1
        name = folder / f"{base}-{n}{store.SUFFIX}"
    return name


def take(workspace: Path, reason: str, now: dt.datetime | None = None) -> Backup:
    """Back the workspace up now; a copy that fails verification is kept aside and returned unverified."""
    now = now or dt.datetime.now()
    folder = store.private_dir(store.folder_for(workspace))
    store.clear_leftovers(folder)  # what a backup killed half way left
    target = _free_name(folder, now, reason)
    partial = store.partial_of(target)
    try:
        counts, revision = _copy(Path(workspace), partial)
        problem = verify(partial, counts)
        if problem:
            target = store.private_dir(folder / store.ASIDE) / target.name
        if os.name == "posix":
            os.chmod(partial, 0o600)
        backup = Backup(target, now, reason, not problem, partial.stat().st_size, counts, problem, revision)
        store.write_record(backup)  # the record first: the copy then appears whole, by one rename
        os.replace(partial, target)
    except (OSError, *driver.ERRORS) as e:
        partial.unlink(missing_ok=True)
        for record in (store.sidecar(target), store.partial_of(store.sidecar(target))):
            record.unlink(missing_ok=True)
        raise WorkspaceError("backup_failed", "file", str(workspace), reason=type(e).__name__) from None
    if backup.verified:
        prune(workspace, now)
        from desktop.services.core.backups import erasure

        # erasures since the last copy become final (backups/erasure.py)
        erasure.seal(Path(workspace), (table_counts, verify))
    return backup


def prune(workspace: Path, now: dt.datetime) -> list[Path]:
    """Drop the verified copies the rotation no longer keeps (never those kept aside)."""
    good = [b for b in store.listing(workspace, include_aside=False) if b.verified]
    keep = rotation.to_keep([rotation.Kept(str(b.path), b.taken_at, b.size) for b in good], now, cap_bytes())
    dropped = [b.path for b in good if str(b.path) not in keep]
    for path in dropped:
        path.unlink(missing_ok=True)
        path.with_suffix(".json").unlink(missing_ok=True)
    return dropped


def cap_bytes() -> int | None:
    """The size cap of one workspace's backups (Preferences; 0 = none)."""
    from desktop import settings

    megabytes = int(settings.Settings().get("backup_cap_mb") or 0)
    return megabytes * 1024 * 1024 if megabytes > 0 else None
