"""`beehive encrypt`, `decrypt`, `rekey` and `unlock`: the key in the OS keyring, a recovery code shown
once; where no keyring exists, a passphrase typed at the prompt (never on the command line)."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from PySide6.QtCore import QObject

from desktop import i18n
from desktop.exit_codes import EXIT_OK, EXIT_REFUSED
from desktop.messages import message
from models.errors import DomainError, WorkspaceError


class EncryptionText(QObject):
    def encrypted(self, path: Path) -> str:
        return self.tr("Encrypted: {path}. Its key is in this computer's keyring.").format(path=path)

    def code(self, code: str) -> str:
        return self.tr(
            "Recovery code (shown only now; write it down or print it and keep it apart from the computer — "
            "without it, the workspace cannot be opened on another computer or after the keyring is lost):\n{code}"
        ).format(code=code)

    def with_passphrase(self, path: Path) -> str:
        return self.tr("Encrypted with your passphrase: {path}. Beehive asks for it each time.").format(path=path)

    def decrypted(self, path: Path) -> str:
        return self.tr("Decrypted: {path} and its backups are plain files again.").format(path=path)

    def unlocked(self, path: Path) -> str:
        return self.tr("Unlocked: {path}. Its key is now in this computer's keyring.").format(path=path)

    def ask_secret(self) -> str:
        return self.tr("Recovery code or passphrase: ")

    def ask_passphrase(self) -> str:
        return self.tr("New passphrase: ")

    def ask_again(self) -> str:
        return self.tr("The same passphrase again: ")

    def mismatch(self) -> str:
        return self.tr("The two passphrases differ; nothing was changed.")


def _prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise WorkspaceError("needs_terminal", "", "")
    return getpass.getpass(text)


def _passphrase(text: EncryptionText) -> str | None:
    first = _prompt(text.ask_passphrase())
    if first != _prompt(text.ask_again()):
        print(text.mismatch(), file=sys.stderr)
        return None
    return first


def _change_key(args, text: EncryptionText, path: Path) -> int:
    from desktop.services.core import encryption

    passphrase = None
    if args.passphrase or not encryption.keyring_usable():
        passphrase = _passphrase(text)
        if passphrase is None:
            return EXIT_REFUSED
    key = (encryption.encrypt if args.command == "encrypt" else encryption.rekey)(path, passphrase)
    if passphrase is None:
        print(text.encrypted(path))
        print(text.code(key.recovery_code()))
    else:
        print(text.with_passphrase(path))
    return EXIT_OK


def run_encryption(args) -> int:
    i18n.install_for_console(args.lang)
    from desktop.cli.backups import _workspace
    from desktop.services.core import encryption

    text = EncryptionText()
    try:
        if args.command == "unlock":
            path = Path(args.db) if args.db else _workspace(args)
            encryption.unlock(path, _prompt(text.ask_secret()))
            print(text.unlocked(path))
            return EXIT_OK
        path = _workspace(args)
        if args.command == "decrypt":
            encryption.decrypt(path)
            print(text.decrypted(path))
            return EXIT_OK
        return _change_key(args, text, path)
    except DomainError as e:
        print(message(e), file=sys.stderr)
        return EXIT_REFUSED
    except (KeyboardInterrupt, EOFError):
        return EXIT_REFUSED
