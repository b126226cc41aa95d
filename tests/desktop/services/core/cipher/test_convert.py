"""An encrypted workspace: no readable byte on disk, opened through the keyring, its backups encrypted
too, the recovery code opening it where the key is missing, a new key, plain again."""

from __future__ import annotations

import pytest

from desktop.app import ensure_demo
from desktop.services.core import backups, encryption
from desktop.services.core.cipher import driver, keystore
from desktop.services.core.cipher.keys import new_key
from desktop.services.core.database import Database
from desktop.services.core.storage import read_revision
from models.errors import ValidationError, WorkspaceError
from tests.helpers import snapshot


@pytest.fixture
def workspace(tmp_path):
    return ensure_demo(tmp_path / "club.beehive", 40)


def _names(path) -> list[str]:
    return [r[0] for r in driver.connect(path).execute("SELECT name FROM member ORDER BY id")]


def _forget_everywhere(path) -> None:
    salt = driver.salt_of(path)
    keystore.forget(salt)
    driver._unlocked.pop(salt, None)


def test_encrypting_keeps_every_row_and_leaves_no_readable_name(workspace):
    before = snapshot(workspace)
    names = _names(workspace)
    key = encryption.encrypt(workspace)
    assert driver.is_encrypted(workspace) and workspace.read_bytes()[:16] == key.salt
    raw = workspace.read_bytes()
    assert not any(name.encode() in raw for name in names)
    assert b"SQLite format 3" not in raw
    assert snapshot(workspace) == before
    db = Database(workspace)
    try:
        assert db.query("SELECT count(*) FROM member")[0][0] == 40
        with db.write("rename") as uow:
            uow.update("member", {1: {"name": "新名字"}})
    finally:
        db.close()
    assert "新名字" in _names(workspace)


def test_backups_of_an_encrypted_workspace_are_encrypted_with_the_same_key(workspace):
    plain_before = backups.take(workspace, "manual")
    encryption.encrypt(workspace)
    listed = backups.listing(workspace)
    assert plain_before.path in [b.path for b in listed]
    assert all(driver.is_encrypted(b.path) for b in listed)  # the old plain copy was encrypted too
    taken = backups.take(workspace, "manual")
    assert taken.verified and driver.salt_of(taken.path) == driver.salt_of(workspace)
    restored = workspace.with_name("restored.beehive")
    backups.restore(taken.path, restored)
    assert driver.is_encrypted(restored) and snapshot(restored) == snapshot(workspace)


def test_without_the_key_the_workspace_asks_for_its_recovery_code(workspace):
    key = encryption.encrypt(workspace)
    _forget_everywhere(workspace)
    with pytest.raises(WorkspaceError) as e:
        read_revision(workspace)
    assert e.value.code == "workspace_locked"
    assert encryption.needs_key(workspace)
    with pytest.raises(ValidationError) as wrong:
        encryption.unlock(workspace, new_key().recovery_code())
    assert wrong.value.code == "wrong_key"
    encryption.unlock(workspace, key.recovery_code().lower())
    assert keystore.find(key.salt) == key and not encryption.needs_key(workspace)
    Database(workspace).close()


def test_a_wrong_key_in_the_keyring_is_set_aside_and_the_code_asked_for(workspace):
    key = encryption.encrypt(workspace)
    _forget_everywhere(workspace)
    keystore.keep(type(key)(b"\1" * 32, key.salt))
    with pytest.raises(WorkspaceError) as e:
        Database(workspace)
    assert e.value.code == "workspace_key_wrong"
    encryption.unlock(workspace, key.recovery_code())
    Database(workspace).close()


def test_a_passphrase_where_no_keyring_exists(workspace, monkeypatch):
    monkeypatch.setattr(keystore, "usable", lambda: False)
    with pytest.raises(WorkspaceError) as e:
        encryption.encrypt(workspace)  # a random key with nowhere to keep it: refused, nothing changed
    assert e.value.code == "no_keyring" and not driver.is_encrypted(workspace)
    encryption.encrypt(workspace, passphrase="a long passphrase")
    _forget_everywhere(workspace)
    with pytest.raises(ValidationError):
        encryption.unlock(workspace, "not the passphrase")
    encryption.unlock(workspace, "a long passphrase")
    Database(workspace).close()


def test_a_new_key_replaces_the_old_one_and_decrypting_makes_plain_files(workspace):
    before = snapshot(workspace)
    old = encryption.encrypt(workspace)
    new = encryption.rekey(workspace)
    assert driver.salt_of(workspace) == new.salt != old.salt
    assert keystore.find(old.salt) is None  # no copy is left under the old key
    assert all(driver.salt_of(b.path) == new.salt for b in backups.listing(workspace))
    encryption.decrypt(workspace)
    assert not driver.is_encrypted(workspace) and snapshot(workspace) == before
    assert not any(driver.is_encrypted(b.path) for b in backups.listing(workspace))
    with pytest.raises(WorkspaceError) as e:
        encryption.decrypt(workspace)
    assert e.value.code == "not_encrypted"


def test_an_open_workspace_is_not_converted_under_its_window(workspace):
    db = Database(workspace)
    try:
        with pytest.raises(WorkspaceError) as e:
            encryption.encrypt(workspace)
        assert e.value.code == "convert_target_open" and not driver.is_encrypted(workspace)
    finally:
        db.close()


def test_a_stray_file_is_not_taken_for_an_encrypted_workspace(tmp_path):
    text = tmp_path / "notes.beehive"
    text.write_bytes(b"x" * 8192)
    assert not driver.is_encrypted(text)
    with pytest.raises(WorkspaceError) as e:
        read_revision(text)
    assert e.value.code == "not_a_workspace"
