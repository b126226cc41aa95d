"""Page options for the structure chart as PDF: A4 or A3, portrait or landscape, one page or full size."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout

from ui.common.forms import ok_cancel


class ChartOptions(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Structure chart as PDF"))
        self.size = QComboBox()
        self.size.addItems(["A4", "A3"])
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.addItem(self.tr("Portrait"), False)
        self.layout_ = QComboBox()
        self.layout_.addItem(self.tr("Fit on one page"), True)
        self.layout_.addItem(self.tr("Full size over several pages"), False)
        form = QFormLayout(self)
        form.addRow(self.tr("Paper"), self.size)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Layout"), self.layout_)
        form.addRow(ok_cancel(self))

    def options(self) -> dict:
        return {
            "size": self.size.currentText(),
            "landscape": self.orientation.currentData(),
            "fit": self.layout_.currentData(),
        }
