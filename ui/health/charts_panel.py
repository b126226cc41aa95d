"""The charts panel of the Health view: pick a chart and a period (day, week, month), an optional
unit; the chart redraws; click a point for the members behind it; export it as PNG or SVG and its data
as CSV; print it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.health.charts import ActivityChartText, export_chart, make_plot


class ChartsPanel(QWidget):
    def __init__(self, services, community_id: int, parent=None, lazy: bool = False) -> None:
        """`lazy`: draw when first shown (the Health view opens on its dashboard, not on a chart)."""
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
                           (self.tr("Save data (CSV)…"), lambda: self.save("csv")), (self.tr("Print…"), self.print_chart)):  # fmt: skip
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(row)
        self.plot = None
        if not lazy:
            self.redraw()

    def showEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        if self.plot is None:
            self.redraw()
        super().showEvent(event)

    def redraw(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QApplication

        name = self.chart.currentData()
        self.by.setEnabled(
            name not in ("cohorts", "degrees", "series_attendance", "show_up")
        )  # not by period
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # seconds on a million activity rows
        try:
            self.data = self.services.chart_series(
                self.community_id, name, self.by.currentData(), self.unit.currentData()
            )
        finally:
            QApplication.restoreOverrideCursor()
        if self.plot is not None:
            self.layout_.removeWidget(self.plot)
            self.plot.deleteLater()
        names = self.services.health.settings(self.community_id).level_names
        self.plot = make_plot(self.data, name, self.show_members, names)
        self.plot.setMinimumHeight(360)
        self.layout_.addWidget(self.plot, 1)

    def members_at(self, label: str, period: str) -> list[str]:
        return self.services.chart_members(self.community_id, self.chart.currentData(), label, period,
                                           self.by.currentData(), self.unit.currentData())  # fmt: skip

    def show_members(self, label: str, period: str) -> None:
        """The members behind a clicked point."""
        people = self.members_at(label, period)
        names = self.services.health.settings(self.community_id).level_names
        shown = ActivityChartText().labels(names).get(label, label)
        from ui.common import member_list_dialog

        member_list_dialog.show_names(self, f"{shown} · {period}", people)

    def save(self, kind: str, path: str | None = None) -> None:
        from desktop.services.health.series import FIRST_COLUMN, to_csv

        name = self.chart.currentData()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save chart"), f"{name}.{kind}", f"{kind.upper()} (*.{kind})"
            )
        if not path:
            return
        if kind == "csv":
            to_csv(self.data, path, FIRST_COLUMN.get(name, "period"))
        else:
            export_chart(self.plot, **{kind: path})

    def header(self) -> str:
        return f"{self.services.communities.get(self.community_id).name} · {self.chart.currentText()}"

    def print_chart(self) -> None:
        from functools import partial

        from ui.common import pages
        from ui.health.charts import paint_chart

        pages.preview(partial(paint_chart, self.plot, self.header()), self, landscape=True)
