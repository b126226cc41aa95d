"""Members ▸ People who left…: those who left or were removed longer ago than the Preferences say
(12 months by default) and are not erased yet, with their date and reason; Export first (one person's
files), Erase selected (one undo step for the whole selection)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.services.members.erase import LeftPerson
from ui.common.labels import status_names


class LeftPeopleDialog(QDialog):
    def __init__(self, services, community_id: int, months: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id, self.months = services, community_id, int(months)
        self.erasure = services.erasure
        self.people: list[LeftPerson] = []
        self.setWindowTitle(self.tr("People who left"))
        self.resize(720, 440)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Status"), self.tr("Left on"), self.tr("Reason")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.export_button = QPushButton(self.tr("Export first…"))
        self.export_button.setToolTip(
            self.tr("Write everything about the selected person (JSON and PDF) before erasing")
        )
        self.export_button.clicked.connect(self.export_selected)
        self.erase_button = QPushButton(self.tr("Erase selected…"))
        self.erase_button.clicked.connect(self.erase_selected)
        select_all = QPushButton(self.tr("Select all"))
        select_all.clicked.connect(self.table.selectAll)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for w in (select_all, self.export_button, self.erase_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.reload()

    def reload(self) -> None:
        self.people = self.erasure.left_people(self.community_id, self.months)
        names = status_names()
        self.table.setRowCount(len(self.people))
        for r, p in enumerate(self.people):
            cells = (p.name, names.get(p.status, p.status), p.left_on or self.tr("not known"), p.reason)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        n = len(self.people)
        self.intro.setText(
            self.tr("%n member(s) left or were removed more than {months} months ago (or on a day not known) and "
                    "are not erased. Erasing keeps their attendance, contributions and roles in every count, "
                    "without who they were.", "", n).format(months=self.months)
            if n
            else self.tr("Nobody left more than {months} months ago without being erased.").format(months=self.months)
        )  # fmt: skip
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.people[r].id for r in rows]

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.erase_button.setEnabled(bool(ids))
        self.export_button.setEnabled(len(ids) == 1)

    def export_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            from ui.members.person_export_action import export_person

            export_person(self, self.services, ids[0])

    def erase_selected(self) -> None:
        from ui.members.erase_dialog import erase_people

        if erase_people(self, self.services, self.selected_ids()):
            self.reload()
