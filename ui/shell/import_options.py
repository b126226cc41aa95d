"""The import preview's choices: the text encoding and day-first dates.

Each change re-reads the file; values() gives the keyword options the kind's plan() accepts.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

ENCODINGS = ("utf-8", "gb18030", "big5", "cp1252", "utf-16")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", "")


class ImportOptions(QWidget):
    changed = Signal()

    def __init__(self, suffix: str, kind: str, day_first: bool, parent=None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.encoding = self._combo([("", self.tr("Decide from the text")), *((e, e.upper()) for e in ENCODINGS)])
        self.day_first = QCheckBox(self.tr("Dates are day first (05/03/2024 is 5 March)"))
        self.day_first.setChecked(day_first)
        if suffix in TEXT_SUFFIXES and kind == "members":
            form.addRow(self.tr("Text encoding:"), self.encoding)
        form.addRow(self.day_first)
        self.encoding.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.day_first.toggled.connect(lambda _c: self.changed.emit())

    @staticmethod
    def _combo(items) -> QComboBox:
        combo = QComboBox()
        for key, label in items:
            combo.addItem(label, key)
        return combo

    def values(self) -> dict:
        return {"encoding": self.encoding.currentData() or None, "day_first": self.day_first.isChecked()}
