"""The Health dashboard: headline numbers (each with how it is computed; a click lists the members
behind it), engagement levels, the five-conditions scorecard with links to what to fix, strong nodes,
per-unit figures, lists to act on and suggested introductions; a Charts tab draws them over time.

The numbers are computed in a background task (progress, Cancel), so the view paints at once even on
100k members; they fill in when the task is done."""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from desktop.services.health.report_types import HealthReport, HealthStates
from desktop.tasks import Task, start
from ui.health.actions import HealthActions
from ui.health.fill import fill_dashboard, notice_label
from ui.health.text import HealthText

FIX_VIEWS = {"interests": "members", "structure": "structure", "outputs": "outputs", "events": "events",
             "replicate": "structure"}  # fmt: skip


def compute(services, community_id: int, progress) -> tuple[HealthReport, list[dict]]:
    """Runs on a worker thread: the report with names, then the introductions."""
    report = services.health_reports.report(community_id, with_names=True, progress=progress)
    progress.publish(report)  # every number shows; the introductions follow (frozen: safe to share)
    with services.cancellable(progress):
        pairs = services.health.introductions(community_id)
    progress.step(100, 100)
    return report, pairs


class HealthView(HealthActions, QWidget):
    navigate = Signal(str)  # a view name: where to fix a condition

    def __init__(self, services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.text = HealthText()
        self.task: Task | None = None
        self.report: HealthStates | None = None  # a HealthReport once complete
        self.pairs: list[dict] = []
        self.grid, self.level_row = QGridLayout(), QHBoxLayout()
        self.scorecard, self.lists = QTextBrowser(), QTextBrowser()
        self.scorecard.setOpenLinks(False)
        self.scorecard.anchorClicked.connect(
            lambda url: self.navigate.emit(FIX_VIEWS.get(url.path(), "members"))
        )
        self.units = QTableWidget(0, 5)
        self.units.setHorizontalHeaderLabels(self.text.unit_columns())
        self.units.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.units.cellDoubleClicked.connect(self.show_unit)
        self.intros = QListWidget()
        self.progress, self.status = QProgressBar(), QLabel()
        self.progress.setRange(0, 100)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.cancel_task)
        body = QWidget()
        layout = QVBoxLayout(body)
        bar = QHBoxLayout()
        for w in (self.status, self.progress, self.cancel):
            bar.addWidget(w)
        layout.addLayout(bar)
        self.notice = notice_label()  # "No activity recorded yet — …" (fill_dashboard), with the next steps
        self.first_run = self._first_run(self.notice)
        layout.addWidget(self.first_run)
        layout.addLayout(self.grid)
        layout.addLayout(self.level_row)
        row = QHBoxLayout()
        row.addWidget(self.scorecard, 3)
        row.addWidget(self.lists, 2)
        self.scorecard.setMinimumHeight(280)
        layout.addLayout(row, 2)
        lower = QGridLayout()
        lower.addWidget(QLabel(self.tr("Units (double-click for their members)")), 0, 0)
        lower.addWidget(QLabel(self.tr("Suggested introductions (匹配)")), 0, 1)
        lower.addWidget(self.units, 1, 0)
        lower.addWidget(self.intros, 1, 1)
        self.units.horizontalHeader().setStretchLastSection(True)
        self.units.verticalHeader().hide()
        layout.addLayout(lower, 1)
        layout.addLayout(self.action_buttons())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        from ui.health.charts_panel import ChartsPanel  # pyqtgraph loads with the Health view, not at launch

        self.charts = ChartsPanel(services, community_id, lazy=True)
        self.charts.navigate.connect(self.navigate)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Dashboard"))
        self.tabs.addTab(self.charts, self.tr("Charts"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.reload()

    def _first_run(self, notice: QLabel) -> QWidget:
        """The notice band and, beside it, where activity comes from (see charts_panel.first_steps)."""
        from ui.health.charts_panel import first_steps

        band = QWidget()
        row = QHBoxLayout(band)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(notice, 1)
        notice.show()  # the band is what shows and hides (fill_dashboard)
        self.first_steps: list[QPushButton] = []
        for caption, slot in first_steps(self, self.navigate.emit):
            button = QPushButton(caption)
            button.clicked.connect(lambda _c=False, s=slot: s())
            row.addWidget(button)
            self.first_steps.append(button)
        band.hide()
        return band

    def reload(self) -> None:
        """Start computing (again); the numbers show "…" until the task is done."""
        if self.task is not None:
            self.task.cancel()
        self.report = None
        fill_dashboard(self)
        self._busy(True, self.text.computing())
        task = Task(partial(compute, self.services, self.community_id))
        # Bound methods (not lambdas): Qt drops these connections when the view is deleted, and a view
        # deleted mid-task (a community switch) stops its task.
        task.progressed.connect(self._progressed)
        task.partial.connect(self._partial)
        task.finished.connect(self._done)
        task.cancelled.connect(self._stopped)
        task.failed.connect(self._failed)
        self.destroyed.connect(task.cancel)
        self.task = start(task)

    def _busy(self, busy: bool, status: str = "") -> None:
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        self.progress.setValue(0)
        self.status.setText(status)

    def _current(self) -> bool:
        """Whether the signal comes from the task now running (not one replaced by a refresh)."""
        return self.task is not None and self.sender() is self.task

    def _progressed(self, done: int, _total: int) -> None:
        if self._current():
            self.progress.setValue(done)

    def _partial(self, first: HealthStates) -> None:
        """The member states, shown while the network metrics are still being computed; then the whole
        report, shown while the introductions are."""
        if self._current():
            self.report = first
            fill_dashboard(self)

    def _done(self, result) -> None:
        if not self._current():
            return  # an earlier run, replaced by a refresh
        self.task = None
        self.report, self.pairs = result
        self._busy(False)
        fill_dashboard(self)

    def _stopped(self) -> None:
        if self._current():
            self.task = None
            self._busy(False, self.text.stopped())

    def _failed(self, error, _trace: str) -> None:
        if self._current():
            self.task = None
            self._busy(False, self.text.stopped())
            from desktop.errors import DomainError
            from desktop.messages import message
            from ui.common.error_dialog import show_unexpected

            if isinstance(error, DomainError):
                QMessageBox.warning(self, self.tr("Health"), message(error))
            else:
                show_unexpected(type(error), error, error.__traceback__, self)

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def wait(self, seconds: float = 120.0) -> None:
        """Until the numbers are in (screenshots, the self-test, tests)."""
        deadline = time.perf_counter() + seconds
        while self.task is not None and time.perf_counter() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)

    def show_members(self, key: str, name: str, level: bool = False) -> None:
        """The members behind a number, or at a level (once it is in)."""
        behind = self.report.names if self.report is not None else None
        people = (behind.levels if level else behind.numbers).get(key) if behind is not None else None
        if people is not None:
            from ui.common import member_list_dialog
            from ui.common.person_names import shown_names

            member_list_dialog.show_names(self, name, shown_names(people))

    def show_unit(self, row: int, _column: int = 0) -> None:
        unit = self.services.structure.unit_named(self.community_id, self.units.item(row, 0).text())
        if unit is not None:
            from ui.common import member_list_dialog
            from ui.common.person_names import shown_name

            names = [shown_name(n) for _, n, _ in self.services.structure.unit_members(unit.id)]
            member_list_dialog.show_names(self, unit.name, names)
