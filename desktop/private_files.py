"""Files only their owner may read: the workspace (with its -wal/-shm), backups, the log, the settings.

A workspace holds names, phones, emails and notes; on a shared computer (a family PC, a university lab
account with a shared group) a 0644 file is readable by everyone. Two measures, both POSIX only (on
Windows the per-user profile folders already keep other users out, and chmod would only toggle
read-only):
- `restrict_umask()` at process start (the window, the CLI, the PyInstaller entry): every file Beehive
  creates is 0600 and every folder 0700, whichever code creates it (SQLite's -wal/-shm, Qt's settings,
  exports).
- `tighten(path)` for what already exists with looser modes (an existing user's 0644 workspace and
  log): the group and other bits are cleared; the owner's own bits are kept (a file the organiser made
  read-only stays read-only). A file we may not change (another owner's, a FAT mount) is left as it is:
  privacy is a courtesy here, never a reason to refuse to open.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077
SQLITE_SIDES = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside a workspace


def posix() -> bool:
    return os.name == "posix"


def restrict_umask() -> None:
    """New files 0600, new folders 0700 for the rest of the process."""
    if posix():
        os.umask(PRIVATE_UMASK)


def tighten(path: Path) -> bool:
    """Clear group/other bits of an existing file or folder; True when its mode was changed."""
    if not posix():
        return False
    try:
        st = os.stat(path)
        if not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)) or not st.st_mode & 0o077:
            return False
        os.chmod(path, stat.S_IMODE(st.st_mode) & 0o700)
    except OSError:
        return False
    return True


def private_dir(path: Path) -> Path:
    """The folder, created 0700 if missing, tightened if it already existed."""
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    tighten(path)
    return path


def tighten_workspace(path: Path) -> None:
    """The workspace file and the files SQLite keeps beside it (SQLite gives a new -wal/-shm the mode
    of the database file, so tightening the file first keeps the next ones private too)."""
    path = Path(path)
    for p in (path, *(path.with_name(path.name + side) for side in SQLITE_SIDES)):
        tighten(p)
