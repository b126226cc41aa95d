"""Opening an encrypted workspace whose key this computer does not hold: the organiser types the
recovery code (or, where no keyring exists, the passphrase), and it is checked against the file."""

from __future__ import annotations

from pathlib import Path

from desktop.services.core.cipher import driver, keystore
from desktop.services.core.cipher.keys import WorkspaceKey, from_passphrase, from_recovery_code
from models.errors import ValidationError, WorkspaceError


def needs_key(path: Path) -> bool:
    """True for an encrypted file this process cannot open yet."""
    return driver.is_encrypted(path) and driver.key_for(path) is None


def _opens(path: Path, key: WorkspaceKey) -> bool:
    try:
        con = driver.connect(path, read_only=True, key=key)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except driver.ERRORS:
        return False
    return True


def unlock(path: Path, secret: str) -> WorkspaceKey:
    """The key `secret` (a recovery code, else a passphrase) gives for the file, once it opens it; kept
    in the keyring when there is one. ValidationError("wrong_key") if it does not open the file."""
    salt = driver.salt_of(path)
    if salt is None:
        raise WorkspaceError("not_encrypted", "file", str(path))
    candidates = []
    try:
        candidates.append(from_recovery_code(secret, salt))
    except ValidationError:
        pass
    if secret:
        candidates.append(from_passphrase(secret, salt))
    for key in candidates:
        if _opens(path, key):
            driver.unlock(key)
            keystore.keep(key)
            return key
    raise ValidationError("wrong_key", "code", "")
