"""Workspace keys: the recovery code spells the key back whatever the typing; a passphrase's key
depends on the file's salt; the keyring refuses plaintext backends."""

from __future__ import annotations

import keyring
import pytest

from desktop.services.core.cipher import keystore
from desktop.services.core.cipher.keys import from_passphrase, from_recovery_code, new_key
from models.errors import ValidationError


def test_the_recovery_code_gives_the_key_back_however_it_is_typed():
    key = new_key()
    code = key.recovery_code()
    assert len(code.split("-")) == 13 and all(len(g) == 4 for g in code.split("-"))
    sloppy = code.lower().replace("-", " ").replace("O", "0").replace("I", "1").replace("B", "8")
    assert from_recovery_code(sloppy, key.salt) == key
    assert from_recovery_code(code, key.salt).pragma() == key.pragma()


@pytest.mark.parametrize("bad", ["", "ABCD", "!!!!-????", new_key().recovery_code()[:-4]])
def test_a_malformed_recovery_code_is_refused(bad):
    with pytest.raises(ValidationError) as e:
        from_recovery_code(bad, b"\0" * 16)
    assert e.value.code == "bad_recovery_code"


def test_a_passphrase_key_depends_on_the_salt():
    a, b = new_key(), new_key()
    assert from_passphrase("correct horse", a.salt) == from_passphrase("correct horse", a.salt)
    assert from_passphrase("correct horse", a.salt).key != from_passphrase("correct horse", b.salt).key


def test_keys_kept_and_forgotten_in_the_keyring():
    key = new_key()
    assert keystore.usable() and keystore.keep(key)
    assert keystore.find(key.salt) == key
    keystore.forget(key.salt)
    assert keystore.find(key.salt) is None


def test_a_plaintext_or_failing_keyring_counts_as_none(monkeypatch):
    from keyring.backends import fail

    class PlaintextKeyring(fail.Keyring):  # named as keyrings.alt names its plaintext file backend
        priority = 1

    for backend in (fail.Keyring(), PlaintextKeyring()):
        monkeypatch.setattr(keyring, "get_keyring", lambda b=backend: b)
        assert not keystore.usable()
        assert not keystore.keep(new_key())
