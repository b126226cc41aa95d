"""Who has a workspace open on this computer, so a refused writer can name them.

SQLite's own lock says only "busy"; it is released by the OS when a process dies, so it is never
stale. What we add is a note per open Database (process id, since when) in a private folder under
the user's data dir, keyed by the workspace's real path: "This workspace is open in Beehive on this
computer (since 20:14, process 4711)". A note whose process is gone (kill -9) is removed when read.
Personal data never goes here: a path hash, a pid and a time.
"""

from __future__ import annotations

import atexit
import datetime as dt
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Holder:
    pid: int
    since: dt.datetime


def _folder() -> Path:
    from desktop import settings

    return settings.data_dir() / "open"


def _prefix(workspace: Path) -> str:
    return hashlib.sha256(str(workspace.resolve()).encode()).hexdigest()[:16]


def alive(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill would terminate the process there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def announce(workspace: Path) -> Path | None:
    """Note that this process has the workspace open; removed at exit (or by the next reader after a
    crash). None when the data folder cannot be written: the note is a courtesy, never a reason to fail."""
    note = _folder() / f"{_prefix(workspace)}.{os.getpid()}.json"
    try:
        note.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not note.exists():
            note.write_text(json.dumps({"pid": os.getpid(), "since": dt.datetime.now().isoformat()}))
    except OSError:
        return None
    atexit.register(withdraw, note)
    return note


def withdraw(note: Path | None) -> None:
    if note is not None:
        note.unlink(missing_ok=True)


def others(workspace: Path) -> list[Holder]:
    """The other live processes that have the workspace open, newest first; notes of dead ones removed."""
    found = []
    try:
        notes = list(_folder().glob(f"{_prefix(workspace)}.*.json"))
    except OSError:
        return []
    for note in notes:
        try:
            data = json.loads(note.read_text())
            holder = Holder(int(data["pid"]), dt.datetime.fromisoformat(data["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if holder.pid == os.getpid():
            continue
        if alive(holder.pid):
            found.append(holder)
        else:
            note.unlink(missing_ok=True)
    return sorted(found, key=lambda h: h.since, reverse=True)


def mine(workspace: Path) -> bool:
    """Whether this process has the workspace open (a restore must not replace it under our feet)."""
    return (_folder() / f"{_prefix(workspace)}.{os.getpid()}.json").exists()
