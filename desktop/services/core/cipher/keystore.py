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


def find(salt: bytes) -> WorkspaceKey | None:
    if not usable():
        return None
    try:
        stored = _backend().get_password(SERVICE, _name(salt))
    except Exception:  # a locked or unreachable keyring: asked for the code instead
        return None
    return from_stored(salt, stored) if stored else None


def keep(key: WorkspaceKey) -> bool:
    """Store the key; False when there is no keyring (the caller falls back to a passphrase)."""
    if not usable():
        return False
    try:
        _backend().set_password(SERVICE, _name(key.salt), key.key.hex())
    except Exception:
        return False
    return True


def forget(salt: bytes) -> None:
    try:
        _backend().delete_password(SERVICE, _name(salt))
    except Exception:  # nothing stored, or no keyring: nothing to forget
        pass
