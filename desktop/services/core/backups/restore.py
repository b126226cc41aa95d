"""A backup brought back: checked again, then written to a new file, or over the workspace once the
workspace's own state has been backed up. Never over an existing file unless asked to replace it."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.services.core.backups.store import Backup, read_record, sidecar
from desktop.services.core.backups.take import copy_into, take, verify
from desktop.services.core.cipher import driver
from models.errors import WorkspaceError


def record_of(copy: Path) -> Backup:
    backup = read_record(sidecar(Path(copy)))
    if backup is None:
        raise WorkspaceError("not_a_backup", "file", str(copy))
    return backup


def restore(copy: Path, to: Path, replace: bool = False) -> Path | None:
    """Write the backup at `to`; return the backup taken of what `to` held before, if replaced."""
    from desktop.services.core import presence

    backup = record_of(copy)
    if verify(backup.path, backup.counts):
        raise WorkspaceError("backup_damaged", "file", str(copy))
    to = Path(to)
    before = None
    if to.exists():
        if not replace:
            raise WorkspaceError("restore_target_exists", "file", str(to))
        if presence.others(to) or presence.mine(to):
            raise WorkspaceError("restore_target_open", "file", str(to))
        before = take(to, "restore")
    to.parent.mkdir(parents=True, exist_ok=True)
    partial = to.with_name(to.name + ".restoring")
    try:
        src = driver.connect(backup.path, read_only=True)
        try:
            copy_into(src, backup.path, partial)
        finally:
            src.close()
        if verify(partial, backup.counts):
            raise WorkspaceError("backup_damaged", "file", str(copy))
        for leftover in (Path(f"{to}-wal"), Path(f"{to}-shm")):
            leftover.unlink(missing_ok=True)  # the old file's log must not be replayed onto the copy
        os.replace(partial, to)
        if os.name == "posix":
            os.chmod(to, 0o600)
    except OSError as e:
        raise WorkspaceError("restore_failed", "file", str(to), reason=type(e).__name__) from None
    finally:
        partial.unlink(missing_ok=True)
    return before
