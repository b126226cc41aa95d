"""The charts panel of the Health view: pick a chart and a period (day, week, month), an optional
unit; the chart redraws; export it as PNG or SVG and its data as CSV."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.activity_chart import ActivityChartText, export_chart, make_plot


class ChartsPanel(QWidget):
    def __init__(self, services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.chart, self.by, self.unit = QComboBox(), QComboBox(), QComboBox()
        for code, title in ActivityChartText().titles().items():
            self.chart.addItem(title, code)
        for code, label in (
            ("week", self.tr("Weekly")),
            ("month", self.tr("Monthly")),
            ("day", self.tr("Daily")),
        ):
            self.by.addItem(label, code)
        self.unit.addItem(self.tr("All units"), None)
        for u in services.structure.units(community_id):
            self.unit.addItem(u.name, u.id)
        for box in (self.chart, self.by, self.unit):
            box.currentIndexChanged.connect(self.redraw)
        row = QHBoxLayout()
        for w in (self.chart, self.by, self.unit):
            row.addWidget(w)
        for text, slot in ((self.tr("Save PNG…"), lambda: self.save("png")), (self.tr("Save SVG…"), lambda: self.save("svg")),
                           (self.tr("Save data (CSV)…"), lambda: self.save("csv"))):  # fmt: skip
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(row)
        self.plot = None
        self.redraw()

    def redraw(self) -> None:
        from desktop.services.activity_series import series

        self.data = series(self.services.db, self.community_id, self.chart.currentData(), self.by.currentData(),
                           self.unit.currentData())  # fmt: skip
        if self.plot is not None:
            self.layout_.removeWidget(self.plot)
            self.plot.deleteLater()
        self.plot = make_plot(self.data, self.chart.currentData())
        self.plot.setMinimumHeight(360)
        self.layout_.addWidget(self.plot, 1)

    def save(self, kind: str, path: str | None = None) -> None:
        from desktop.services.activity_series import to_csv

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{self.chart.currentData()}.{kind}",
                                                  f"{kind.upper()} (*.{kind})")  # fmt: skip
        if not path:
            return
        if kind == "csv":
            to_csv(self.data, path)
        else:
            export_chart(self.plot, **{kind: path})
