"""File ▸ Encryption in the window: encrypt (the code shown once, Close only once it is kept), a new
key, plain again; opening an encrypted workspace without its key asks for the recovery code."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.services.core.cipher import driver, keystore
from ui.shell import encryption_actions
from ui.shell.encryption_dialogs import RecoveryCodeDialog, UnlockDialog


@pytest.fixture
def shown(monkeypatch):
    """Every question answered Yes; the recovery code dialog records its code instead of waiting."""
    codes: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(RecoveryCodeDialog, "exec", lambda self: codes.append(self.code))

    def refused(parent, title, text, *a):
        raise AssertionError(text)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(refused))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(refused))
    return codes


def test_encrypt_from_the_menu_then_reopen_with_the_code(window, shown, monkeypatch):
    path = window.services.path
    encryption_actions.encrypt_workspace(window)
    assert driver.is_encrypted(path) and len(shown) == 1
    assert window.services is not None and window.services.path == path  # opened again
    window.release_services()
    salt = driver.salt_of(path)
    keystore.forget(salt)
    driver._unlocked.pop(salt, None)
    typed = iter(["WRONG-CODE", shown[0]])
    problems: list[str] = []

    def answer(dialog):
        problems.append(dialog.problem.text())
        dialog.secret.setText(next(typed, ""))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UnlockDialog, "exec", answer)
    assert window.load_workspace(path)
    assert problems[0] == "" and "recovery code" in problems[1]  # the wrong one said so, then accepted
    assert window.services.path == path


def test_the_code_dialog_closes_only_once_the_code_is_kept(qtbot):
    dialog = RecoveryCodeDialog("ABCD-EFGH")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.close_button.isEnabled()
    dialog.reject()  # Esc before the code is kept: the dialog stays
    assert dialog.isVisible()
    dialog.kept.setChecked(True)
    assert dialog.close_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


def test_new_key_and_decrypt_from_the_menu(window, shown):
    path = window.services.path
    encryption_actions.encrypt_workspace(window)
    first = driver.salt_of(path)
    encryption_actions.encrypt_workspace(window, new_key=True)
    assert driver.salt_of(path) != first and len(shown) == 2 and shown[0] != shown[1]
    encryption_actions.decrypt_workspace(window)
    assert not driver.is_encrypted(path) and window.services is not None
