"""Edit a unit: name, kind (pyramid or ring), size cap, management mode, notes and its lead."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox

from desktop.services.container import Services
from ui.common.forms import error_label, ok_cancel
from ui.common.labels import mode_names
from ui.common.member_picker import MemberPicker
from ui.common.write import FAILED, write


class UnitDialog(QDialog):
    def __init__(self, services: Services, community_id: int, unit, parent=None) -> None:
        super().__init__(parent)
        self.services, self.unit = services, unit
        self.setWindowTitle(self.tr("Edit unit"))
        self.name = QLineEdit(unit.name)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Pyramid (a lead and members)"), "pyramid")
        self.kind.addItem(self.tr("Ring (core members with distinct specialties)"), "ring")
        self.kind.setCurrentIndex(max(0, self.kind.findData(unit.kind)))
        self.cap = QSpinBox()
        self.cap.setRange(1, 100000)
        self.cap.setValue(unit.cap)
        self.mode = QComboBox()
        for key, label in mode_names().items():
            self.mode.addItem(label, key)
        self.mode.setCurrentIndex(max(0, self.mode.findData(unit.management_mode)))
        self.lead = MemberPicker(services, community_id)
        self.lead.set_member(unit.lead_id, unit.lead)
        self.notes = QPlainTextEdit(unit.notes)
        self.notes.setFixedHeight(60)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Size cap"), self.cap)
        form.addRow(self.tr("Management mode"), self.mode)
        form.addRow(self.tr("Lead"), self.lead)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))

    def accept(self) -> None:
        ok, lead_id = self.lead.member_id()
        if not ok:
            self.error.setText(self.tr("No single member matches the lead; pick one from the list."))
            return
        writes = self.services.structure_writes

        def save() -> None:
            writes.update_unit(self.unit.id, name=self.name.text().strip(), kind=self.kind.currentData(),
                               cap=self.cap.value(), management_mode=self.mode.currentData(),
                               notes=self.notes.toPlainText())  # fmt: skip
            if lead_id != self.unit.lead_id:
                writes.set_lead(self.unit.id, lead_id)

        if write(self, self.windowTitle(), save, inline=self.error) is FAILED:
            return
        super().accept()
