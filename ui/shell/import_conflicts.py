"""The import preview's possible duplicates: rows sharing an email, phone or WeChat ID with another row
or member of another name, each with its decision (keep both, merge, skip the row), changeable."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.services.members.import_conflicts import DECISIONS
from ui.common.labels import kind_names


class ConflictsTable(QTableWidget):
    decided = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([self.tr("Line"), self.tr("In the file"), self.tr("Shares"),
                                        self.tr("With"), self.tr("Decision")])  # fmt: skip
        self.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.decisions: dict[int, str] = {}  # line → decision, the organiser's choices

    def _labels(self) -> dict[str, str]:
        return {"keep": self.tr("Keep both (separate members)"), "merge": self.tr("Merge into the other"),
                "skip": self.tr("Skip this row")}  # fmt: skip

    def show_conflicts(self, conflicts, where=str) -> None:
        kinds, labels = kind_names(), self._labels()
        self.setRowCount(len(conflicts))
        for r, c in enumerate(conflicts):
            other = (self.tr("{name} (line {line})").format(name=c.other, line=where(c.other_line)) if c.other_line
                     else self.tr("{name} (already a member)").format(name=c.other))  # fmt: skip
            kind, value = c.shared
            cells = (where(c.line), c.name, f"{kinds.get(kind, kind)} {value}", other)
            for col, text in enumerate(cells):
                self.setItem(r, col, QTableWidgetItem(text))
            combo = QComboBox()
            for d in DECISIONS:
                combo.addItem(labels[d], d)
            combo.setCurrentIndex(combo.findData(c.decision))
            combo.currentIndexChanged.connect(lambda _i, line=c.line, w=combo: self._decide(line, w.currentData()))
            self.setCellWidget(r, 4, combo)
        self.resizeColumnsToContents()

    def _decide(self, line: int, decision: str) -> None:
        self.decisions[line] = decision
        self.decided.emit()
