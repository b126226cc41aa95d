"""Edit ▸ Preferences: interface language, default phone region, how slash dates are read, how much
room one workspace's backups may take, after how long people who left come up for review."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QSpinBox

from desktop.settings import Settings
from ui.common.forms import error_label, ok_cancel

LANGUAGES = ("", "en", "zh_CN")
SIZE = re.compile(r"\s*(\d+(?:[.,]\d*)?)?\s*([A-Za-z]*)\s*$")


class MegabytesBox(QSpinBox):
    """A size held in MB, shown in MB up to 1 GB and in GB from there (2 GB, 1.5 GB); either typed."""

    def units(self) -> tuple[str, str]:
        return self.tr("MB"), self.tr("GB")

    def textFromValue(self, value: int) -> str:  # noqa: N802  (Qt's name)
        mb, gb = self.units()
        if value < 1024:
            return f"{self.locale().toString(value)} {mb}"
        return f"{self.locale().toString(value / 1024, 'f', 2).rstrip('0').rstrip('.,')} {gb}"

    def valueFromText(self, text: str) -> int:  # noqa: N802
        found = SIZE.match(text)
        if not found or not found.group(1):
            return self.minimum()
        amount = float(found.group(1).replace(",", "."))
        giga = found.group(2).casefold() in {"g", "gb", self.units()[1].casefold()}
        return round(amount * 1024 if giga else amount)

    def validate(self, text: str, pos: int):
        if text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        found = SIZE.match(text)
        if not found:
            return QValidator.State.Invalid, text, pos
        known = {"", "m", "mb", "g", "gb", *(u.casefold() for u in self.units())}
        unit = found.group(2).casefold()
        if not found.group(1) or unit not in known:  # typing: "1.", "2 G" on its way to a size
            state = (
                QValidator.State.Intermediate
                if any(k.startswith(unit) for k in known)
                else QValidator.State.Invalid
            )
            return state, text, pos
        inside = self.minimum() <= self.valueFromText(text) <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, label in zip(LANGUAGES, (self.tr("Follow the system"), "English", "简体中文"), strict=True):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.region = QLineEdit(settings.get("phone_region"))
        self.region.setMaxLength(2)
        self.region.setToolTip(
            self.tr("Two-letter country code used for phone numbers without +, e.g. CN, HK, SG, US")
        )
        self.day_first = QCheckBox(self.tr("Read 05/03/2024 as 5 March (day first)"))
        self.day_first.setChecked(settings.get("day_first"))
        self.backup_cap = MegabytesBox()
        self.backup_cap.setRange(0, 1_000_000)
        self.backup_cap.setSingleStep(256)
        self.backup_cap.setSpecialValueText(self.tr("No limit"))
        self.backup_cap.setValue(int(settings.get("backup_cap_mb") or 0))
        self.backup_cap.setToolTip(self.tr("When a workspace's backups take more room, the oldest are removed "
                                           "(the newest is always kept)"))  # fmt: skip
        self.left_months = QSpinBox()
        self.left_months.setRange(1, 240)
        self.left_months.setSuffix(self.tr(" months"))
        self.left_months.setValue(int(settings.get("left_review_months") or 12))
        self.left_months.setToolTip(self.tr("Members ▸ People who left… lists those who left longer ago than this "
                                            "and are not erased yet"))  # fmt: skip
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Default phone region"), self.region)
        form.addRow(self.day_first)
        form.addRow(self.tr("Backups of a workspace, at most"), self.backup_cap)
        form.addRow(self.tr("Review people who left after"), self.left_months)
        form.addRow(self.error)
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def accept(self) -> None:
        region = self.region.text().strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", region):
            self.error.setText(self.tr("The phone region is a two-letter country code such as CN."))
            return
        self.settings.set("language", self.language.currentData())
        self.settings.set("phone_region", region)
        self.settings.set("day_first", self.day_first.isChecked())
        self.settings.set("backup_cap_mb", self.backup_cap.value())
        self.settings.set("left_review_months", self.left_months.value())
        super().accept()
