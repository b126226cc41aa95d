"""Small pieces every dialog shares: the inline error label and the OK/Cancel row."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from ui.common import ink


def error_label() -> QLabel:
    """Where a dialog says why it refused a value (it stays open, nothing is written)."""
    label = QLabel()
    label.setStyleSheet(f"color: {ink.alert()};")  # readable on the light and the dark palette
    label.setWordWrap(True)
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
