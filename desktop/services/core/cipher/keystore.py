"""Workspace keys in the OS keyring (Secret Service, Keychain, Windows Credential Locker), through
keyring's own backend selection, so PYTHON_KEYRING_BACKEND picks one in tests and scripts.

A backend that would keep secrets in a plain file, or none at all, counts as no keyring: the
organiser then unlocks with a passphrase each time instead.
"""

from __future__ import annotations

from desktop.services.core.cipher.keys import WorkspaceKey, from_stored

SERVICE = "Beehive workspace key"
_NOT_A_SAFE = ("fail", "null", "plaintext", "PlaintextKeyring")


def _backend():
    import keyring

    return keyring.get_keyring()


def usable() -> bool:
    """True when keys can be kept in a real keyring on this computer."""
    try:
        backend = _backend()
    except Exception:  # a broken backend configuration is no keyring
        return False
    found = _leaves(backend)
    return bool(found) and all(_safe(b) for b in found)


def _leaves(backend) -> list:
    return list(getattr(backend, "backends", None) or [backend])


def _safe(backend) -> bool:
    kind = f"{type(backend).__module__}.{type(backend).__name__}"
    return not any(part in kind for part in _NOT_A_SAFE) and getattr(backend, "priority", 1) > 0


def _name(salt: bytes) -> str:
    return f"salt-{salt.hex()}"


def read(service: str, name: str) -> str | None:
    """A secret from the keyring; None when there is none, or no safe keyring, or it is locked."""
    if not usable():
        return None
    try:
        return _backend().get_password(service, name)
    except Exception:  # a locked or unreachable keyring: the caller asks instead
        return None


def write(service: str, name: str, secret: str) -> bool:
    """Keep a secret; False when there is no safe keyring (the caller falls back to asking)."""
    if not usable():
        return False
    try:
        _backend().set_password(service, name, secret)
    except Exception:
        return False
    return True


def remove(service: str, name: str) -> None:
    try:
        _backend().delete_password(service, name)
    except Exception:  # nothing stored, or no keyring: nothing to forget
        pass


def find(salt: bytes) -> WorkspaceKey | None:
    stored = read(SERVICE, _name(salt))
    return from_stored(salt, stored) if stored else None


def keep(key: WorkspaceKey) -> bool:
    """Store the key; False when there is no keyring (the caller falls back to a passphrase)."""
    return write(SERVICE, _name(key.salt), key.key.hex())


def forget(salt: bytes) -> None:
    remove(SERVICE, _name(salt))
