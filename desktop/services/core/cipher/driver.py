"""Connections to a workspace file, plain or encrypted: the one place that knows which driver opens it.

A plain file opens with Python's sqlite3. An encrypted one (its first 16 bytes are a salt, not
"SQLite format 3") opens with sqlcipher3 and the key unlocked for that salt in this process, or
found in the keyring. Both drivers' errors are caught through ERRORS / BUSY_ERRORS.
"""

from __future__ import annotations

import os
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
_pages: dict[tuple[int, int], tuple[bytes | None, bool]] = {}  # (device, inode) -> what its first page says


def salt_of(path: Path) -> bytes | None:
    """The salt of an encrypted workspace; None for a plain (or new, or unreadable) file."""
    return _first_page(path)[0]


def has_sqlite_header(path: Path) -> bool:
    """The file starts as every plain SQLite file does (a damaged workspace still does)."""
    return _first_page(path)[1]


def _first_page(path: Path) -> tuple[bytes | None, bool]:
    """(salt, plain header) of the file, read once per file (by device and inode), never again while
    SQLite may hold it: closing any descriptor of a file drops every POSIX lock this process holds
    on it, SQLite's included, and another process then takes itself for the last one open and
    checkpoints the log away under our feet (lost commits, found by tests/stress/test_concurrent_writers)."""
    try:
        st = os.stat(path)
    except OSError:
        return None, False
    identity = (st.st_dev, st.st_ino)
    known = _pages.get(identity)
    if known is not None:
        return known
    try:
        with open(path, "rb") as f:
            page = f.read(PAGE)
    except OSError:
        return None, False
    found = (_salt(page, st.st_size), page.startswith(HEADER))
    if st.st_size:  # an empty file is not yet anything; SQLite decides what it becomes
        _pages[identity] = found
    return found


def renew(path: Path) -> None:
    """Forget what was read of the file now at `path`: a file just made may reuse the inode of one
    deleted since (called where Beehive writes a new database file: a backup, a restore, a conversion)."""
    try:
        st = os.stat(path)
    except OSError:
        return
    _pages.pop((st.st_dev, st.st_ino), None)


def _salt(page: bytes, size: int) -> bytes | None:
    # an encrypted file is whole pages of noise: nearly every byte value occurs in 4 KB (text or another
    # program's format has far fewer), so a stray file is not taken for a locked workspace
    if size < PAGE or size % PAGE or page.startswith(HEADER) or len(set(page)) < 200:
        return None
    return page[:SALT_BYTES]


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
    return cipher_connect(path, key, target, uri=read_only, **kwargs)


def cipher_connect(path: Path, key: WorkspaceKey | None, target: str | None = None, **kwargs):
    """A SQLCipher connection to the file, keyed when `key` is given (without: a plain file read by
    SQLCipher, as the conversions' sqlcipher_export needs)."""
    module = _cipher_module()
    if module is None:
        raise WorkspaceError("no_sqlcipher", "file", str(path))
    con = module.connect(target or str(path), **kwargs)
    con.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print a wrong key's errors on stderr
    if key is not None:
        con.execute(key.pragma())
    return con


def dbapi_for(path: Path):
    """The DB-API module SQLAlchemy wraps errors for, for this file."""
    return _cipher_module() if is_encrypted(path) else sqlite3
