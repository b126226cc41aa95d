"""Suggest a split: k groups along the real ties, each with its suggested lead; apply as one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QSpinBox, QTreeWidget, QTreeWidgetItem

from desktop.services.container import Services
from ui.common.forms import error_label, ok_cancel
from ui.common.write import FAILED, write


class SplitDialog(QDialog):
    def __init__(self, services: Services, community_id: int, unit, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id, self.unit = services, community_id, unit
        self.setWindowTitle(self.tr("Suggest a split of {name}").format(name=unit.name))
        self.parts = QSpinBox()
        self.parts.setRange(2, max(2, unit.size))
        self.parts.setValue(max(2, -(-unit.size // max(unit.cap, 1))))
        self.parts.valueChanged.connect(self.propose)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.groups = QTreeWidget()
        self.groups.setHeaderLabels([self.tr("Group"), self.tr("Suggested lead")])
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Groups"), self.parts)
        form.addRow(self.summary)
        form.addRow(self.groups)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self.resize(520, 560)
        self.proposal = None
        self.propose()

    def propose(self) -> None:
        q = self.services.structure
        members = q.unit_members(self.unit.id)
        names = {m: n for m, n, _ in members}
        self.proposal = q.propose_split(self.community_id, self.unit.id, self.parts.value())
        p = self.proposal
        text = self.tr("{size} members in {k} groups; {kept} ties kept inside groups, {cut} cut.").format(
            size=len(members), k=len(p.groups), kept=p.kept, cut=p.cut
        )
        if p.under_cap:
            text += " " + self.tr("This unit is not over its cap; splitting it is allowed.")
        self.summary.setText(text)
        self.groups.clear()
        for i, (group, lead) in enumerate(zip(p.groups, p.leads, strict=True), start=1):
            top = QTreeWidgetItem([self.tr("{name} {n} ({size})").format(name=self.unit.name, n=i, size=len(group)),
                                   names.get(lead, "")])  # fmt: skip
            top.addChildren([QTreeWidgetItem([names[m], ""]) for m in group])
            self.groups.addTopLevelItem(top)

    def accept(self) -> None:
        apply = self.services.structure_writes.apply_split
        if write(self, self.windowTitle(), apply, self.unit.id, self.proposal, inline=self.error) is FAILED:
            return
        super().accept()
