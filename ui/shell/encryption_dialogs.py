"""The dialogs of an encrypted workspace: the recovery code shown once (copy, print, "I have kept it"),
a new passphrase typed twice, and the code or passphrase asked for when the key is not here."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RecoveryCodeDialog(QDialog):
    """Shown once after encrypting: the code is the only way in without this computer's keyring."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery code"))
        self.code = code
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The workspace is encrypted. Its key is in this computer's keyring, so Beehive opens it as before.\n"
            "Write this recovery code down or print it, and keep it apart from the computer: on another "
            "computer, or if the keyring is lost, it is the only way to open the workspace and its backups. "
            "It is shown only now."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        shown = QLabel(code)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 4)
        font.setWeight(QFont.Weight.Bold)
        shown.setFont(font)
        shown.setTextInteractionFlags(shown.textInteractionFlags() | shown.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(shown)
        self.kept = QCheckBox(self.tr("I have written the code down or printed it"))
        layout.addWidget(self.kept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("&Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(code))
        printing = QPushButton(self.tr("&Print…"))
        printing.clicked.connect(self.print_code)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(printing, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.kept.toggled.connect(self.close_button.setEnabled)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reject(self) -> None:
        if self.kept.isChecked():  # Esc may not lose the only copy of the code
            super().reject()

    def print_code(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        title = self.tr("Beehive workspace recovery code")
        doc.setHtml(f"<h2>{title}</h2><p style='font-family:monospace;font-size:18pt'>{self.code}</p>")
        doc.print_(printer)


class PassphraseDialog(QDialog):
    """A new passphrase, typed twice (where this computer has no keyring to keep a key in)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This computer has no keyring to keep the key in. Choose a passphrase instead: Beehive asks for it "
            "each time the workspace opens. Without it the workspace cannot be opened."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.first, self.second = QLineEdit(), QLineEdit()
        for edit, hint in ((self.first, self.tr("Passphrase")), (self.second, self.tr("The same again"))):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(hint)
            edit.textChanged.connect(self._check)
            layout.addWidget(edit)
        self.problem = QLabel()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        a, b = self.first.text(), self.second.text()
        problem = ""
        if a and len(a) < 8:
            problem = self.tr("At least 8 characters.")
        elif b and a != b:
            problem = self.tr("The two differ.")
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(a) and a == b and not problem)

    def passphrase(self) -> str:
        return self.first.text()


class UnlockDialog(QDialog):
    """The key of an encrypted workspace is not here: its recovery code (or passphrase) is asked for."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted workspace"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("“{name}” is encrypted and its key is not in this computer's keyring. Type its "
                               "recovery code (or its passphrase).").format(name=name))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText("ABCD-EFGH-…")
        layout.addWidget(self.secret)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
