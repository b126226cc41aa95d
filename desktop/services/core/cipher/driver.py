"""Connections to a workspace file, plain or encrypted: the one place that knows which driver opens it.

A plain file opens with Python's sqlite3. An encrypted one (its first 16 bytes are a salt, not
"SQLite format 3") opens with sqlcipher3 and the key unlocked for that salt in this process, or
found in the keyring. Both drivers' errors are caught through ERRORS / BUSY_ERRORS.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.services.core.cipher import keystore
from desktop.services.core.cipher.keys import SALT_BYTES, WorkspaceKey
from models.errors import WorkspaceError

HEADER = b"SQLite format 3\x00"
PAGE = 4096  # SQLCipher 4's page size: an encrypted file is a whole number of pages


def _cipher_module():
    try:
        import sqlcipher3.dbapi2 as module
    except ImportError:  # an install without SQLCipher opens plain files only
        return None
    return module


def _errors(name: str) -> tuple[type[Exception], ...]:
    module = _cipher_module()
    own = getattr(sqlite3, name)
    return (own, getattr(module, name)) if module is not None else (own,)


ERRORS = _errors("DatabaseError")
BUSY_ERRORS = _errors("OperationalError")
_unlocked: dict[bytes, WorkspaceKey] = {}


def salt_of(path: Path) -> bytes | None:
    """The salt of an encrypted workspace; None for a plain (or new, or unreadable) file."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(HEADER))
        size = Path(path).stat().st_size
    except OSError:
        return None
    if len(head) < len(HEADER) or head == HEADER or size % PAGE or not _looks_random(path):
        return None
    return head[:SALT_BYTES]


def _looks_random(path: Path) -> bool:
    """An encrypted page is noise: nearly every byte value occurs in 4 KB (a text file or another
    program's format has far fewer), so a stray file is not taken for a locked workspace."""
    with open(path, "rb") as f:
        page = f.read(PAGE)
    return len(set(page)) >= 200


def is_encrypted(path: Path) -> bool:
    return salt_of(path) is not None


def unlock(key: WorkspaceKey) -> None:
    """Remember in this process the key for files with its salt (after the organiser typed it)."""
    _unlocked[key.salt] = key


def forget(path: Path) -> None:
    """Drop the key this process holds for the file (it did not open it)."""
    salt = salt_of(path)
    if salt is not None:
        _unlocked.pop(salt, None)


def key_for(path: Path) -> WorkspaceKey | None:
    salt = salt_of(path)
    if salt is None:
        return None
    key = _unlocked.get(salt) or keystore.find(salt)
    if key is not None:
        _unlocked[salt] = key
    return key


def connect(path: Path, read_only: bool = False, key: WorkspaceKey | None = None, **kwargs):
    """A DB-API connection to the file; WorkspaceError("workspace_locked") for an encrypted file whose
    key is not known here. `key` forces SQLCipher with that key (a new encrypted file)."""
    target = f"file:{path}?mode=ro" if read_only else str(path)
    if key is None and is_encrypted(path):
        key = key_for(path)
        if key is None:
            raise WorkspaceError("workspace_locked", "file", str(path))
    if key is None:
        return sqlite3.connect(target, uri=read_only, **kwargs)
    module = _cipher_module()
    if module is None:
        raise WorkspaceError("no_sqlcipher", "file", str(path))
    con = module.connect(target, uri=read_only, **kwargs)
    con.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print a wrong key's errors on stderr
    con.execute(key.pragma())
    return con


def dbapi_for(path: Path):
    """The DB-API module SQLAlchemy wraps errors for, for this file."""
    return _cipher_module() if is_encrypted(path) else sqlite3
