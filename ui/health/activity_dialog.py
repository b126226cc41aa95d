"""Record an activity by hand: who, when, what kind, how many, a note (one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLineEdit, QSpinBox

from ui.common.forms import error_label, ok_cancel
from ui.common.member_picker import MemberPicker
from ui.common.write import FAILED, write


class ActivityDialog(QDialog):
    def __init__(self, services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.setWindowTitle(self.tr("Record activity"))
        self.member = MemberPicker(services, community_id)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QLineEdit("manual")
        self.count = QSpinBox()
        self.count.setRange(0, 100000)
        self.count.setValue(1)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. spoke at the Tuesday share"))
        self.error = error_label()
        form = QFormLayout(self)
        for label, widget in ((self.tr("Member"), self.member), (self.tr("Date"), self.day), (self.tr("Kind"), self.kind),
                              (self.tr("Count"), self.count), (self.tr("Note"), self.note)):  # fmt: skip
            form.addRow(label, widget)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self.setMinimumWidth(420)

    def accept(self) -> None:
        ok, member_id = self.member.member_id()
        if not ok or member_id is None:
            self.error.setText(self.tr("No single member matches; pick one from the list."))
            return
        if write(self, self.windowTitle(), self.services.record_activity, self.community_id, member_id,
                 self.day.date().toString("yyyy-MM-dd"), self.kind.text(), self.count.value(), self.note.text(),
                 inline=self.error) is FAILED:  # fmt: skip
            return
        super().accept()
