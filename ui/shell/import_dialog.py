"""File ▸ Import members: preview the column mapping and the rejected rows, then import (one undo step)."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.errors import DomainError
from desktop.messages import message
from desktop.services.container import Services
from ui.common.labels import field_names
from ui.common.task_dialog import run_with_progress
from ui.common.write import error_text

SHOWN_REJECTED = 1000  # a table of 100k rejected rows would freeze the dialog; the saved list has them all


class ImportDialog(QDialog):
    def __init__(
        self, services: Services, community_id: int, path: Path, parent=None, kind: str = "members"
    ) -> None:
        super().__init__(parent)
        self.services, self.community_id, self.path = services, community_id, path
        self.kind = services.transfer(kind)  # plan/apply/export with the workspace filled in
        self.plan = None
        self.result_counts = None
        self.setWindowTitle(self.tr("Import from {name}").format(name=path.name))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.day_first = QCheckBox(self.tr("Dates are day first (05/03/2024 is 5 March)"))
        self.day_first.setChecked(services.day_first)
        self.day_first.toggled.connect(lambda _c: self.make_plan())
        self.skip = QCheckBox(self.tr("Import the valid rows and skip the rejected ones"))
        self.skip.toggled.connect(lambda _c: self._update_buttons())
        self.mapping = self._table([self.tr("Column in file"), self.tr("Imported as")])
        self.rejected = self._table([self.tr("Line"), self.tr("Reason")])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.day_first)
        layout.addWidget(QLabel(self.tr("Columns")))
        layout.addWidget(self.mapping)
        layout.addWidget(QLabel(self.tr("Rejected rows")))
        layout.addWidget(self.rejected)
        self.save_rejected = QPushButton(self.tr("Save the list of rejected rows…"))
        self.save_rejected.setEnabled(False)
        self.save_rejected.clicked.connect(self.save_rejected_rows)
        layout.addWidget(self.save_rejected, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self.resize(640, 560)
        self.make_plan()

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        t.verticalHeader().hide()
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return t

    def make_plan(self) -> None:
        self.import_button.setEnabled(False)
        s, cid, path, day_first = self.services, self.community_id, self.path, self.day_first.isChecked()
        run_with_progress(
            self,
            self.tr("Reading {name}…").format(name=path.name),
            lambda progress: self.kind.plan(cid, path, progress, region=s.region, day_first=day_first),
            self.show_plan,
            self.show_error,
        )

    def show_error(self, exc: Exception) -> None:
        self.plan = None
        self.result_counts = None
        self.summary.setText(error_text(exc))
        self._update_buttons()

    def show_plan(self, plan) -> None:
        self.plan = plan
        if self.kind.name == "members":
            text = self.tr(
                "{rows} rows ({encoding}): {new} new members, {matched} matching existing members, {bad} rejected."
            ).format(rows=plan.total_rows, encoding=plan.encoding, new=plan.new_count, matched=plan.matched_count,
                     bad=len(plan.rejected))  # fmt: skip
        else:
            text = self.tr("{rows} rows ({encoding}): {ok} ready to import, {bad} rejected.").format(
                rows=plan.total_rows, encoding=plan.encoding, ok=len(plan.targets), bad=len(plan.rejected))  # fmt: skip
        if plan.unknown_columns:
            text += "\n" + self.tr("Ignored unknown columns: {names}").format(
                names=", ".join(plan.unknown_columns)
            )
        self.summary.setText(text)
        names = field_names()
        mapping = [(h, names.get(f, f)) for h, f in plan.mapping.items()]
        mapping += [(c, self.tr("(ignored)")) for c in plan.unknown_columns]
        self._fill(self.mapping, mapping)
        self.save_rejected.setEnabled(bool(plan.rejected))
        shown = [(str(r.line), self._reason(r)) for r in plan.rejected[:SHOWN_REJECTED]]
        if len(plan.rejected) > SHOWN_REJECTED:
            more = len(plan.rejected) - SHOWN_REJECTED
            shown.append(("…", self.tr("%n more: save the list to see them all", "", more)))
        self._fill(
            self.rejected,
            shown,
        )
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
                writer.writerows([r.line, self._reason(r)] for r in self.plan.rejected)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, str]]) -> None:
        table.setRowCount(len(rows))
        for r, (a, b) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(a))
            table.setItem(r, 1, QTableWidgetItem(b))

    def _update_buttons(self) -> None:
        ok = self.plan is not None and (not self.plan.rejected or self.skip.isChecked())
        self.import_button.setEnabled(bool(ok and self.plan.targets))

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
