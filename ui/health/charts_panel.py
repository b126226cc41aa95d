"""The charts panel of the Health view: pick a chart and a period (day, week, month), an optional
unit; the chart redraws; click a point for the members behind it; export it as PNG or SVG and its data
as CSV; print it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.empty_state import EmptyState, window_import
from ui.health.charts import ActivityChartText, cohort_sizes, export_chart, make_plot
from ui.health.text import HealthText

FROM_ACTIVITY = ("activity", "active_members", "show_up", "series_attendance", "levels", "cohorts")


class ChartsPanel(QWidget):
    navigate = Signal(str)  # "events": where people are checked in (the Health view passes it on)

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
        self.empty = EmptyState(HealthText().no_activity(), first_steps(self, self.navigate.emit))
        self.empty.hide()
        self.layout_.addWidget(self.empty, 1)
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
            self.plot.hide()  # at once: deleted only when the event loop gets to it
            self.plot.deleteLater()
        names = self.services.health.settings(self.community_id).level_names
        unit, nothing = self.unit.currentData(), not any(self.data.values())
        sizes = cohort_sizes(self.services.chart_series(self.community_id, "growth", "month", unit)) \
            if name == "cohorts" and not nothing else None  # fmt: skip
        never = nothing and name in FROM_ACTIVITY and not self.has_activity()
        empty = HealthText().no_activity() if never else ""
        self.plot = make_plot(self.data, name, self.show_members, names, sizes, empty)
        self.plot.setMinimumHeight(360)
        self.layout_.addWidget(self.plot, 1)
        self.plot.setVisible(not never)  # nothing recorded at all: the next steps instead of an empty chart
        self.empty.setVisible(never)

    def has_activity(self) -> bool:
        """Whether the community has any activity recorded (any unit, any time)."""
        return bool(self.services.chart_series(self.community_id, "activity", "month").get("activity"))

    def members_at(self, label: str, period: str) -> list[str]:
        return self.services.chart_members(self.community_id, self.chart.currentData(), label, period,
                                           self.by.currentData(), self.unit.currentData())  # fmt: skip

    def show_members(self, label: str, period: str) -> None:
        """The members behind a clicked point."""
        people = self.members_at(label, period)
        names = self.services.health.settings(self.community_id).level_names
        shown = ActivityChartText().labels(names).get(label, label)
        from ui.common import member_list_dialog
        from ui.common.person_names import shown_names

        member_list_dialog.show_names(self, f"{shown} · {period}", shown_names(people))

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


def first_steps(widget, navigate) -> list[tuple[str, object]]:
    """Where activity comes from: check-ins at events, or an import (File ▸ Import ▸ Activity…)."""
    text = HealthText()
    return [(text.go_to_events(), lambda: navigate("events")),
            (text.import_activity(), lambda: window_import(widget, "activity"))]  # fmt: skip
