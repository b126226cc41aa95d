"""The import preview's choices: the source (a preset, detected by default), the text encoding,
day-first dates and splitting WeChat remarks written 城市-姓名-职业.

Each change re-reads the file; values() gives the keyword options the kind's plan() accepts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from desktop.services.members.presets import AUTO, NONE, PRESETS

ENCODINGS = ("utf-8", "gb18030", "big5", "cp1252", "utf-16")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt", "")
STRUCTURED_DATES = (".ics", ".vcf")  # their dates are written year first by the format: no day-first question


class ImportOptions(QWidget):
    changed = Signal()

    def __init__(self, suffix: str, kind: str, day_first: bool, parent=None, events=()) -> None:
        """`events`: (title, local date, label) of the community's events, newest first, for an
        attendance file that names no event."""
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.encoding = self._combo([("", self.tr("Decide from the text")), *((e, e.upper()) for e in ENCODINGS)])
        self.day_first = QCheckBox(self.tr("Dates are day first (05/03/2024 is 5 March)"))
        self.day_first.setChecked(day_first)
        presets = [(p.key, QCoreApplication.translate("Presets", p.title)) for p in PRESETS]
        self.preset = self._combo([(AUTO, self.tr("Recognise from the header row")),
                                   (NONE, self.tr("Another file (match columns by name)")), *presets])  # fmt: skip
        self.sheet = self._combo([("", self.tr("Every sheet with these columns"))])
        self.split_remarks = QCheckBox(self.tr("Split remarks written city-name-occupation (北京-赵丽-设计师)"))
        self.event = self._combo([(None, self.tr("Named in the file's event column")),
                                  *(((title, day), label) for title, day, label in events)])  # fmt: skip
        if kind == "attendance":
            form.addRow(self.tr("Event:"), self.event)
        if kind == "members":
            form.addRow(self.tr("Source:"), self.preset)
        if suffix in TEXT_SUFFIXES and kind == "members":
            form.addRow(self.tr("Text encoding:"), self.encoding)
        elif kind == "members":
            form.addRow(self.tr("Sheet:"), self.sheet)
            form.setRowVisible(self.sheet, False)  # shown once the workbook turns out to have several
        if suffix not in STRUCTURED_DATES:
            form.addRow(self.day_first)
        if kind == "members":
            form.addRow(self.split_remarks)
        for combo in (self.preset, self.encoding, self.sheet, self.event):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        for box in (self.day_first, self.split_remarks):
            box.toggled.connect(lambda _c: self.changed.emit())

    @staticmethod
    def _combo(items) -> QComboBox:
        combo = QComboBox()
        for key, label in items:
            combo.addItem(label, key)
        return combo

    def show_sheets(self, sheets) -> None:
        """The workbook's sheets with their rows, once known (from the first reading)."""
        if self.sheet.count() > 1 or len(sheets) < 2:
            return
        self.layout().setRowVisible(self.sheet, True)
        self.sheet.blockSignals(True)
        for s in sheets:
            rows = self.tr("%n row(s)", "", s.rows)
            self.sheet.addItem(f"{s.name} ({rows})", s.name)
        self.sheet.blockSignals(False)

    def values(self) -> dict:
        title, day = self.event.currentData() or ("", "")
        return {"event": title, "event_date": day,"encoding": self.encoding.currentData() or None, "day_first": self.day_first.isChecked(),
                "preset": self.preset.currentData(), "split_remarks": self.split_remarks.isChecked(),
                "sheet": self.sheet.currentData() or None}  # fmt: skip
