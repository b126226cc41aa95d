"""Assign a role (leader, core member with a specialty, secretary, operator, a duty, or a custom one)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLineEdit

from ui.common.forms import error_label, ok_cancel
from ui.common.labels import role_names
from ui.common.write import FAILED, write


class RoleDialog(QDialog):
    def __init__(self, services, member_id: int, member_name: str, unit_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.member_id, self.unit_id = services, member_id, unit_id
        self.setWindowTitle(self.tr("Assign a role to {name}").format(name=member_name))
        self.role = QComboBox()
        self.role.setEditable(True)  # any other text is a custom role
        for code, label in role_names().items():
            self.role.addItem(label, code)
        self.specialty = QLineEdit()
        self.specialty.setPlaceholderText(self.tr("for a ring's core member, e.g. 演讲"))
        self.start = QDateEdit(QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Specialty"), self.specialty)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))

    def role_code(self) -> str:
        text = self.role.currentText().strip()
        index = self.role.findText(text)
        return self.role.itemData(index) if index >= 0 else text

    def accept(self) -> None:
        if write(self, self.windowTitle(), self.services.structure_writes.assign_role, self.member_id,
                 self.role_code(), self.unit_id, self.specialty.text(), self.start.date().toString("yyyy-MM-dd"),
                 inline=self.error) is FAILED:  # fmt: skip
            return
        super().accept()
