"""The organiser's own judgement of a member's engagement level (it wins over the computed one)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout

from ui.common.forms import error_label, ok_cancel
from ui.common.member_picker import MemberPicker
from ui.common.write import FAILED, write
from ui.health.labels import level_names


class LevelDialog(QDialog):
    def __init__(self, services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.setWindowTitle(self.tr("Set engagement level"))
        self.member = MemberPicker(services, community_id)
        self.level = QComboBox()
        for code, name in level_names(services.health.settings(community_id).level_names).items():
            self.level.addItem(name, code)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Member"), self.member)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self.setMinimumWidth(420)

    def accept(self) -> None:
        ok, member_id = self.member.member_id()
        if not ok or member_id is None:
            self.error.setText(self.tr("No single member matches; pick one from the list."))
            return
        done = write(self, self.windowTitle(), self.services.levels.set_override, member_id,
                     self.level.currentData(), inline=self.error)
        if done is FAILED:
            return
        super().accept()
