"""A workspace made encrypted, plain again, or moved to a new key, always through a verified copy.

The copy is written with SQLCipher's sqlcipher_export beside the file, checked (integrity and every
table's row count against the source, read in the same snapshot), and only then put in the file's
place. Its backups follow, each through the same verified copy: an encrypted workspace leaves no
plain backup behind. A backup of the file as it was is taken first.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.services.core.cipher import driver, keystore
from desktop.services.core.cipher.keys import WorkspaceKey, from_passphrase, new_key
from models.errors import WorkspaceError


def _cipher_connection(path: Path, key: WorkspaceKey | None):
    return driver.cipher_connect(path, key, isolation_level=None, timeout=driver_timeout())


def driver_timeout() -> float:
    from desktop.services.core.storage import lock_wait

    return lock_wait()


def _key_sql(key: WorkspaceKey | None) -> str:
    return "''" if key is None else f"\"x'{key.key.hex()}{key.salt.hex()}'\""


def copy_as(source: Path, target: Path, old: WorkspaceKey | None, new: WorkspaceKey | None) -> None:
    """Write `source` (opened with `old`) to `target` under `new` (None: plain), verified."""
    from desktop.services.core.backups.take import table_counts, verify
    from desktop.services.core.storage import APPLICATION_ID

    target.unlink(missing_ok=True)
    con = _cipher_connection(source, old)
    try:
        con.execute("BEGIN")  # one snapshot for the counts and the export
        counts = table_counts(con)
        app_id = con.execute("PRAGMA application_id").fetchone()[0] or APPLICATION_ID
        con.execute(f"ATTACH DATABASE ? AS converted KEY {_key_sql(new)}", (str(target),))
        con.execute("SELECT sqlcipher_export('converted')")
        con.execute(f"PRAGMA converted.application_id = {int(app_id)}")
        con.execute("COMMIT")
        con.execute("DETACH DATABASE converted")
        driver.renew(target)
    except driver.ERRORS as e:
        target.unlink(missing_ok=True)
        raise WorkspaceError("convert_failed", "file", str(source), reason=type(e).__name__) from None
    finally:
        con.close()
    if new is not None:
        driver.unlock(new)
    problem = verify(target, counts)
    if problem:
        target.unlink(missing_ok=True)
        raise WorkspaceError("convert_failed", "file", str(source), reason=problem)
    if os.name == "posix":
        os.chmod(target, 0o600)


def _replace(path: Path, old: WorkspaceKey | None, new: WorkspaceKey | None) -> None:
    partial = path.with_name(path.name + ".converting")
    try:
        copy_as(path, partial, old, new)
        for log in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            log.unlink(missing_ok=True)  # checkpointed by the export's close; never replayed onto the copy
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _refuse_if_open(path: Path) -> None:
    from desktop.services.core import presence

    if presence.others(path) or presence.mine(path):
        raise WorkspaceError("convert_target_open", "file", str(path))


def change(path: Path, new: WorkspaceKey | None, reason: str, keyring: bool = True) -> int:
    """Put the workspace and its backups under `new` (None: plain), after a backup of it as it was.
    The new key goes into the keyring first (unless `keyring` is False: a passphrase's key). Returns
    how many backups could not follow (damaged copies, kept aside: removed if they were plain)."""
    from desktop.services.core.backups import take

    path = Path(path)
    _refuse_if_open(path)
    old = _current_key(path)
    if new is not None and keyring and not keystore.keep(new):
        raise WorkspaceError("no_keyring", "file", str(path))
    take(path, reason)
    _replace(path, old, new)
    failed = _backups_follow(path, new)
    if old is not None and (new is None or new.salt != old.salt) and not failed:
        keystore.forget(old.salt)
    return failed


def _current_key(path: Path) -> WorkspaceKey | None:
    if not driver.is_encrypted(path):
        return None
    key = driver.key_for(path)
    if key is None:
        raise WorkspaceError("workspace_locked", "file", str(path))
    return key


def _backups_follow(path: Path, new: WorkspaceKey | None) -> int:
    import dataclasses

    from desktop.services.core.backups import listing
    from desktop.services.core.backups.store import write_record

    failed = 0
    for backup in listing(path):
        encrypted = driver.is_encrypted(backup.path)
        try:
            _replace(backup.path, _current_key(backup.path), new)
        except WorkspaceError:
            failed += 1
            if not encrypted and new is not None:
                backup.path.unlink(missing_ok=True)  # no plain copy outlives the encryption
            continue
        write_record(dataclasses.replace(backup, size=backup.path.stat().st_size))
    return failed


def encrypt(path: Path, passphrase: str | None = None) -> WorkspaceKey:
    """Encrypt under a new random key kept in the keyring (or one derived from `passphrase` where no
    keyring exists); the key is returned so its recovery code can be shown once."""
    key = new_key() if passphrase is None else from_passphrase(passphrase, new_key().salt)
    change(path, key, "encrypt", keyring=passphrase is None)
    return key


def rekey(path: Path, passphrase: str | None = None) -> WorkspaceKey:
    """A new key for an encrypted workspace (the old recovery code stops working)."""
    if not driver.is_encrypted(path):
        raise WorkspaceError("not_encrypted", "file", str(path))
    key = new_key() if passphrase is None else from_passphrase(passphrase, new_key().salt)
    change(path, key, "rekey", keyring=passphrase is None)
    return key


def decrypt(path: Path) -> None:
    if not driver.is_encrypted(path):
        raise WorkspaceError("not_encrypted", "file", str(path))
    change(path, None, "decrypt")
