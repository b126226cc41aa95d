"""File ▸ Encryption: encrypt the workspace, give it a new key, or make it plain again; and the
recovery code asked for when an encrypted workspace's key is not on this computer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from desktop.errors import DomainError
from desktop.messages import message
from desktop.services.core.encryption import (
    decrypt,
    encrypt,
    is_encrypted,
    keyring_usable,
    needs_key,
    rekey,
    unlock,
)
from ui.common.write import FAILED, write
from ui.shell.encryption_dialogs import PassphraseDialog, RecoveryCodeDialog, UnlockDialog

LOCKED = ("workspace_locked", "workspace_key_wrong")


def ask_unlock(parent: QWidget | None, path: Path) -> bool:
    """Ask for the recovery code (or passphrase) until it opens the file; False on Cancel."""
    dialog = UnlockDialog(Path(path).name, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            unlock(Path(path), dialog.secret.text())
            return True
        except DomainError as e:
            dialog.problem.setText(message(e))
            dialog.secret.selectAll()
    return False


def unlocked(parent: QWidget | None, path: Path) -> bool:
    """True when the file can be opened here: plain, its key known, or the code typed now."""
    return not needs_key(Path(path)) or ask_unlock(parent, path)


def add_menu(window, file_menu: QMenu) -> QMenu:
    menu = file_menu.addMenu(QCoreApplication.translate("Encryption", "En&cryption"))
    encrypt = menu.addAction(QCoreApplication.translate("Encryption", "&Encrypt workspace…"))
    rekey = menu.addAction(QCoreApplication.translate("Encryption", "Change the &key…"))
    decrypt = menu.addAction(QCoreApplication.translate("Encryption", "&Decrypt workspace…"))
    encrypt.triggered.connect(lambda: encrypt_workspace(window))
    rekey.triggered.connect(lambda: encrypt_workspace(window, new_key=True))
    decrypt.triggered.connect(lambda: decrypt_workspace(window))

    def refresh() -> None:
        services = window.services
        encrypted = services is not None and is_encrypted(services.path)
        writable = services is not None and not services.read_only
        encrypt.setEnabled(writable and not encrypted)
        rekey.setEnabled(writable and encrypted)
        decrypt.setEnabled(writable and encrypted)

    menu.aboutToShow.connect(refresh)
    return menu


def _convert(window, title: str, action) -> object:
    """Close the workspace, convert the file, open it again (whatever happened)."""
    services, path = window.services, window.services.path
    window.release_services()
    services.close()
    try:
        return write(window, title, action, path)
    finally:
        window.load_workspace(path)


def encrypt_workspace(window, new_key: bool = False) -> None:
    title = (
        QCoreApplication.translate("Encryption", "Change the key")
        if new_key
        else QCoreApplication.translate("Encryption", "Encrypt workspace")
    )
    text = (QCoreApplication.translate("Encryption", "Encrypt the workspace under a new key? Its old recovery code stops working, and a new one "
                "is shown once.") if new_key else
            QCoreApplication.translate("Encryption", "Encrypt the workspace and its backups? Beehive keeps the key in this computer's keyring and "
                "shows a recovery code once: on another computer, only that code opens the workspace."))  # fmt: skip
    if QMessageBox.question(window, title, text) != QMessageBox.StandardButton.Yes:
        return
    passphrase = None
    if not keyring_usable():
        dialog = PassphraseDialog(window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase()
    step = rekey if new_key else encrypt
    key = _convert(window, title, lambda path: step(path, passphrase))
    if key is not FAILED and passphrase is None:
        RecoveryCodeDialog(key.recovery_code(), window).exec()


def decrypt_workspace(window) -> None:
    title = QCoreApplication.translate("Encryption", "Decrypt workspace")
    text = QCoreApplication.translate(
        "Encryption",
        "Make the workspace and its backups plain files again? Anyone with the file can then read it.",
    )
    if QMessageBox.question(window, title, text) == QMessageBox.StandardButton.Yes:
        _convert(window, title, decrypt)
