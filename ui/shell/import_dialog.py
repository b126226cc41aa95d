"""File ▸ Import: the first rows as read (in the encoding chosen), the columns (remappable, remembered
per header set), the rejected rows; then import (one undo step, all or nothing)."""

from __future__ import annotations

import csv
import inspect
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from desktop.errors import DomainError
from desktop.messages import message
from desktop.services.container import Services
from desktop.services.drafts import to_local
from desktop.settings import Settings
from ui.common.task_dialog import run_with_progress
from ui.common.write import error_text
from ui.shell.import_columns import ColumnsTable
from ui.shell.import_conflicts import ConflictsTable
from ui.shell.import_options import ImportOptions
from ui.shell.import_tables import fill, plain_table, sample_rows
from ui.shell.import_text import ImportText

SHOWN_REJECTED = 1000  # a table of 100k rejected rows would freeze the dialog; the saved list has them all


class ImportDialog(QDialog):
    def __init__(
        self, services: Services, community_id: int, path: Path, parent=None, kind: str = "members"
    ) -> None:
        super().__init__(parent)
        self.services, self.community_id, self.path = services, community_id, path
        self.kind = services.transfer(kind)  # plan/apply/export with the workspace filled in
        self.accepts = set(inspect.signature(self.kind.plan).parameters)
        self.words = ImportText(self)
        self.plan = None
        self.headers: list[str] = []
        self.result_counts = None
        self.settings = Settings()
        self.setWindowTitle(self.tr("Import from {name}").format(name=path.name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.options = ImportOptions(path.suffix.lower(), kind, services.day_first, events=self._events(kind))
        self.options.changed.connect(self.make_plan)
        self.skip = QCheckBox(self.tr("Import the valid rows and skip the rejected ones"))
        self.skip.toggled.connect(lambda _c: self._update_buttons())
        self.mapping = ColumnsTable(kind)
        self.mapping.overridden.connect(self._remapped)
        self.preview = plain_table([])
        self.rejected = plain_table([self.tr("Line"), self.tr("Reason")])
        self.conflicts = ConflictsTable()
        self.conflicts.decided.connect(self.make_plan)
        self.tabs = QTabWidget()
        for widget, title in ((self.preview, self.tr("First rows")), (self.mapping, self.tr("Columns")),
                              (self.rejected, self.tr("Rejected rows")),
                              (self.conflicts, self.tr("Possible duplicates"))):  # fmt: skip
            self.tabs.addTab(widget, title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self.save_rejected = QPushButton(self.tr("Save the list of rejected rows…"))
        self.save_rejected.setEnabled(False)
        self.save_rejected.clicked.connect(self.save_rejected_rows)
        layout = QVBoxLayout(self)
        for w in (self.summary, self.options, self.tabs):
            layout.addWidget(w)
        layout.addWidget(self.save_rejected, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self._remembered_tried = False
        self.make_plan()

    def _events(self, kind: str) -> list[tuple[str, str, str]]:
        """The community's events, newest first, for an attendance file without an event column."""
        if kind != "attendance":
            return []
        out = []
        for e in reversed(self.services.events.events(self.community_id)):
            day = to_local(e.start_utc, e.tz).date().isoformat()
            out.append((e.title, day, f"{e.title} — {day}"))
        return out

    def _options(self) -> dict:
        """The dialog's choices, as far as this kind's plan() takes them."""
        s = self.services
        wanted = {**self.options.values(), "region": s.region, "columns": self.mapping.overrides,
                  "conflicts": self.conflicts.decisions}  # fmt: skip
        return {k: v for k, v in wanted.items() if k in self.accepts}

    def _use_remembered(self, headers: list[str]) -> bool:
        """Read again with the organiser's earlier remapping of this header set, once, if there is one."""
        self.headers = headers
        if self._remembered_tried or "columns" not in self.accepts:
            return False
        self._remembered_tried = True
        remembered = self.settings.column_mapping(headers)
        if not remembered or self.mapping.overrides:
            return False
        self.mapping.overrides = dict(remembered)
        self.make_plan()
        return True

    def make_plan(self) -> None:
        self.import_button.setEnabled(False)
        cid, path, options = self.community_id, self.path, self._options()
        run_with_progress(
            self,
            self.tr("Reading {name}…").format(name=path.name),
            lambda progress: self.kind.plan(cid, path, progress, **options),
            self.show_plan,
            self.show_error,
        )

    def _remapped(self) -> None:
        if self.headers:
            self.settings.save_column_mapping(self.headers, self.mapping.overrides)
        self.make_plan()

    def show_error(self, exc: Exception) -> None:
        self.plan = None
        self.result_counts = None
        self.summary.setText(error_text(exc))
        headers = getattr(exc, "headers", None)
        if headers and not self._use_remembered(headers):
            self.mapping.show_plan(_Unmatched(headers))  # no name column: let the organiser pick one
        self._update_buttons()

    def show_plan(self, plan) -> None:
        headers = getattr(plan, "headers", [])  # the member import shows its file; other kinds not yet
        if headers and self._use_remembered(headers):
            return
        self.plan = plan
        self.summary.setText(self.words.summary(self.kind.name, plan))
        self.mapping.show_plan(plan)
        sample_rows(self.preview, headers, getattr(plan, "sample", []))
        self.save_rejected.setEnabled(bool(plan.rejected))
        where = getattr(plan, "where", str)
        self.options.show_sheets(getattr(plan, "sheets", []))
        shown = [(where(r.line), self._reason(r)) for r in plan.rejected[:SHOWN_REJECTED]]
        if len(plan.rejected) > SHOWN_REJECTED:
            more = len(plan.rejected) - SHOWN_REJECTED
            shown.append(("…", self.tr("%n more: save the list to see them all", "", more)))
        fill(self.rejected, shown)
        found = getattr(plan, "conflicts", [])
        self.conflicts.show_conflicts(found, where)
        self.tabs.setTabText(3, self.tr("Possible duplicates (%n)", "", len(found)))
        self.tabs.setTabVisible(3, bool(found) or bool(self.conflicts.decisions))
        self._update_buttons()

    @staticmethod
    def _reason(r) -> str:
        return message(DomainError(r.code, r.field, r.value))

    def save_rejected_rows(self, path: str | None = None) -> None:
        """Every rejected row with its line and reason, as CSV (UTF-8 with BOM, opens in Excel/WPS)."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save rejected rows"), "rejected.csv", "CSV (*.csv)"
            )
        if path:
            with open(path, "w", encoding="utf-8-sig", newline="") as f:
                writer = csv.writer(f)
                writer.writerow([self.tr("Line"), self.tr("Reason")])
                where = getattr(self.plan, "where", str)
                writer.writerows([where(r.line), self._reason(r)] for r in self.plan.rejected)

    def _update_buttons(self) -> None:
        plan = self.plan
        ok = plan is not None and (not plan.rejected or self.skip.isChecked())
        self.import_button.setEnabled(bool(ok and plan.targets))

    def run_import(self) -> None:
        plan = self.plan
        self.import_button.setEnabled(False)
        run_with_progress(
            self,
            self.tr("Importing…"),
            lambda progress: self.kind.apply(plan, progress),
            self._done,
            self.show_error,
        )

    def _done(self, result) -> None:
        self.result_counts = result
        self.accept()


class _Unmatched:
    """What the column table needs when no plan could be made: the headers, none of them matched."""

    def __init__(self, headers: list[str]) -> None:
        self.mapping: dict[str, str] = {}
        self.unknown_columns = [h for h in headers if h]
