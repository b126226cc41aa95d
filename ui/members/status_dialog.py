"""Set the status (active / left / removed) of selected members, with a date and a reason."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLineEdit

from ui.common.forms import ok_cancel
from ui.common.labels import status_names


class StatusDialog(QDialog):
    def __init__(self, count: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set status of %n member(s)", "", count))
        self.status = QComboBox()
        for key, label in status_names().items():
            self.status.addItem(label, key)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.reason = QLineEdit()
        form = QFormLayout(self)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.status.currentData(), self.date.date().toString("yyyy-MM-dd"), self.reason.text()
