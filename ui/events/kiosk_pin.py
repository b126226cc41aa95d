"""The kiosk's PIN: chosen by the organiser (4–8 digits, typed twice) when the kiosk starts, asked again
to leave it. It lives in the kiosk window's memory only: never stored, never logged."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit

from ui.common.forms import error_label, ok_cancel


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}")))
    return field


class PinChoice(QDialog):
    """The organiser chooses the PIN that leaves the kiosk."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiosk mode"))
        self.pin, self.again, self.error = _pin_field(), _pin_field(), error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("A PIN to leave the kiosk (4–8 digits)"), self.pin)
        form.addRow(self.tr("The PIN again"), self.again)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))

    def accept(self) -> None:
        if not 4 <= len(self.pin.text()) <= 8:
            self.error.setText(self.tr("The PIN is 4 to 8 digits."))
        elif self.pin.text() != self.again.text():
            self.error.setText(self.tr("The two PINs differ; type the same PIN twice."))
        else:
            super().accept()


class PinAsk(QDialog):
    """Esc in the kiosk: the organiser's PIN leaves it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.pin = _pin_field()
        form = QFormLayout(self)
        form.addRow(self.tr("Organiser's PIN"), self.pin)
        form.addRow(ok_cancel(self))
