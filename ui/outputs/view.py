"""The Outputs view: the register as a table with filters (kind, status, contributor, unit, dates) and
as a board by status, counts per status, stalled outputs flagged, and the printed compilation."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from desktop.services.drafts import OUTPUT_STATUSES, split_list
from ui.common.empty_state import EmptyState, window_import
from ui.common.output_labels import output_kind_names, output_status_names
from ui.common.write import write
from ui.outputs.board import OutputBoard
from ui.outputs.model import OutputsModel

NEW_KEY = "Ctrl+Shift+O"


class OutputsView(QWidget):
    def __init__(self, services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.kind, self.status, self.unit = QComboBox(), QComboBox(), QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for code, label in output_kind_names().items():
            self.kind.addItem(label, code)
        for custom in split_list(services.communities.get(community_id).output_kinds):  # the organiser's own
            self.kind.addItem(custom, custom)
        self.status.addItem(self.tr("All statuses"), "")
        for code, label in output_status_names().items():
            self.status.addItem(label, code)
        self.unit.addItem(self.tr("All units"), None)
        for u in services.structure.units(community_id):
            self.unit.addItem(u.name, u.id)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("contributor"))
        self.start, self.end = QDateEdit(QDate(2000, 1, 1)), QDateEdit(QDate(2100, 1, 1))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.reload)
        for box in (self.kind, self.status, self.unit):
            box.currentIndexChanged.connect(self.reload)
        self.person.editingFinished.connect(self.reload)
        self.model = OutputsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.edit(self.model.outputs[index.row()].id))
        self.board = OutputBoard()
        self.board.move_requested.connect(self.move)
        self.board.open_requested.connect(self.edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.board)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Table"))
        self.tabs.addTab(scroll, self.tr("Board"))
        self.counts = QLabel()
        bar = QHBoxLayout()
        for w in (
            self.kind,
            self.status,
            self.unit,
            self.person,
            QLabel(self.tr("From")),
            self.start,
            QLabel(self.tr("to")),
            self.end,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        actions = QHBoxLayout()
        for text, slot, key in ((self.tr("New output…"), self.new, NEW_KEY), (self.tr("Edit…"), self.edit_current, None),
                                (self.tr("Delete…"), self.delete, None), (self.tr("Print compilation…"), self.print_compilation, None),
                                (self.tr("Compilation as PDF…"), self.pdf_compilation, None)):  # fmt: skip
            b = QPushButton(text)
            b.clicked.connect(slot)
            if key:
                QShortcut(QKeySequence(key), self, slot)
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.counts)
        self.empty, self.unmatched = self._empty_states()
        self.body = QStackedWidget()
        for page in (self.tabs, self.empty, self.unmatched):
            self.body.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.body)
        services.changes.changed.connect(self._on_changes)  # a bound slot: dropped with this view
        self.reload()

    def _empty_states(self) -> tuple[EmptyState, EmptyState]:
        """No outputs at all: how to record or import the first; none through the filters: show all."""
        key = QKeySequence(NEW_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        none = EmptyState(self.tr("No outputs yet — record the first work your members make (a talk, an "
                                  "article, a book) with New output… ({key}), or import a list of them "
                                  "(File ▸ Import ▸ Outputs…).").format(key=key),
                          [(self.tr("New output…"), self.new),
                           (self.tr("Import outputs…"), lambda: window_import(self, "outputs"))])  # fmt: skip
        unmatched = EmptyState(self.tr("No outputs match these filters."),
                               [(self.tr("Show all outputs"), self.clear_filters)])  # fmt: skip
        return none, unmatched

    def clear_filters(self) -> None:
        for widget in (self.kind, self.status, self.unit, self.person, self.start, self.end):
            widget.blockSignals(True)
        for box in (self.kind, self.status, self.unit):
            box.setCurrentIndex(0)
        self.person.clear()
        self.start.setDate(QDate(2000, 1, 1))
        self.end.setDate(QDate(2100, 1, 1))
        for widget in (self.kind, self.status, self.unit, self.person, self.start, self.end):
            widget.blockSignals(False)
        self.reload()

    def _filters(self) -> dict:
        member = None
        name = self.person.text().strip()
        if name:
            found = self.services.members.find(self.community_id, name, 2)
            member = found[0][0] if found else -1
        return {"kind": self.kind.currentData(), "status": self.status.currentData(), "unit_id": self.unit.currentData(),
                "member_id": member, "start": self.start.date().toString("yyyy-MM-dd"),
                "end": self.end.date().toString("yyyy-MM-dd")}  # fmt: skip

    def reload(self) -> None:
        outputs = self.services.outputs.outputs(self.community_id, **self._filters())
        days = self.services.communities.get(self.community_id).stalled_days
        self.model.set_outputs(outputs, days)
        if outputs:  # an empty table would shrink every column to its header (and be remembered so)
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(0, min(self.table.columnWidth(0), 320))
        self.board.set_outputs(outputs, days)
        names = output_status_names()
        counts = {s: sum(o.status == s for o in outputs) for s in OUTPUT_STATUSES}
        self.counts.setText(" · ".join(f"{names[s]} {n}" for s, n in counts.items()))
        if outputs:
            self.body.setCurrentWidget(self.tabs)
        else:  # none at all, or none through the filters
            anything = self.services.outputs.outputs(self.community_id)
            self.body.setCurrentWidget(self.unmatched if anything else self.empty)

    def _on_changes(self, changes) -> None:
        if changes.outputs_changed:
            self.reload()

    def _run(self, action, busy: bool = True) -> None:
        write(self, self.tr("Outputs"), action, busy=busy)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.outputs[r].id for r in rows]

    def new(self) -> None:
        from ui.outputs.output_dialog import OutputDialog

        OutputDialog(self.services, self.community_id, None, self).exec()

    def edit(self, output_id: int) -> None:
        from ui.outputs.output_dialog import OutputDialog

        OutputDialog(self.services, self.community_id, self.services.outputs.output(output_id), self).exec()

    def edit_current(self) -> None:
        if ids := self.selected_ids():
            self.edit(ids[0])

    def move(self, output_id: int, status: str) -> None:
        self._run(lambda: self.services.output_writes.set_status(output_id, status))

    def delete(self) -> None:
        ids = self.selected_ids()
        if ids and QMessageBox.question(self, self.tr("Delete"), self.tr("Delete %n output(s)? You can undo this.", "", len(ids))) \
                == QMessageBox.StandardButton.Yes:  # fmt: skip
            self._run(lambda: self.services.output_writes.delete(ids))

    def _compilation_ids(self) -> list[int]:
        """The selected outputs, or every output the filters show."""
        return self.selected_ids() or [o.id for o in self.model.outputs]

    def print_compilation(self) -> None:
        from ui.outputs.compilation import preview_compilation

        if ids := self._compilation_ids():
            booklet = self.services.compilations.booklet
            self._run(
                lambda: preview_compilation(booklet(self.community_id, ids), self), busy=False
            )  # a dialog

    def pdf_compilation(self) -> None:
        from ui.outputs.compilation import export_compilation

        ids = self._compilation_ids()
        path, _ = (
            QFileDialog.getSaveFileName(self, self.tr("Compilation as PDF"), "compilation.pdf", "PDF (*.pdf)")
            if ids
            else ("", "")
        )
        if path:
            self._run(
                lambda: export_compilation(self.services.compilations.booklet(self.community_id, ids), path)
            )
