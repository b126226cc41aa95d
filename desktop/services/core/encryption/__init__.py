"""Encrypting a workspace, a new key, plain again (convert), and the recovery code typed where the key
is missing (unlock). Over cipher (keys, keyring, the driver) and backups: an encrypted workspace's
backups follow it."""

from desktop.services.core.cipher.driver import is_encrypted
from desktop.services.core.cipher.keystore import usable as keyring_usable
from desktop.services.core.encryption.convert import decrypt, encrypt, rekey
from desktop.services.core.encryption.unlock import needs_key, unlock

__all__ = ["decrypt", "encrypt", "is_encrypted", "keyring_usable", "needs_key", "rekey", "unlock"]
