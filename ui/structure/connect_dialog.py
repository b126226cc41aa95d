"""Connect a member with someone they know: pick the other member, the strength (1–10) and the source."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QSpinBox

from ui.common.forms import error_label, ok_cancel
from ui.common.member_picker import MemberPicker
from ui.common.write import FAILED, write


class ConnectDialog(QDialog):
    def __init__(self, services, community_id: int, member_id: int, member_name: str, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id, self.member_id = services, community_id, member_id
        self.setWindowTitle(self.tr("{name} knows…").format(name=member_name))
        self.other = MemberPicker(services, community_id)
        self.strength = QSpinBox()
        self.strength.setRange(1, 10)
        self.strength.setValue(5)
        self.source = QComboBox()
        for key, label in (("manual", self.tr("Recorded by hand")), ("introduced", self.tr("Introduced")),
                           ("event", self.tr("Met at an event"))):  # fmt: skip
            self.source.addItem(label, key)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Member"), self.other)
        form.addRow(self.tr("Strength (1–10)"), self.strength)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))

    def accept(self) -> None:
        ok, other = self.other.member_id()
        if not ok or other is None:
            self.error.setText(self.tr("Pick the other member from the list."))
            return
        if write(self, self.windowTitle(), self.services.structure_writes.connect, self.community_id, self.member_id,
                 other, self.strength.value(), QDate.currentDate().toString("yyyy-MM-dd"),
                 self.source.currentData(), inline=self.error) is FAILED:  # fmt: skip
            return
        super().accept()
