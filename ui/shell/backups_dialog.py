"""File ▸ Backups…: the workspace's verified copies, newest first; take one now, restore one to a new
file or over this workspace (after a backup of it), look inside one read-only, reveal the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.services.core.backups import folder_for, listing, restore
from desktop.services.core.backups.store import reason_title
from ui.common.write import FAILED, write
from ui.shell.backup_actions import open_read_only, restore_to_new_file


class BackupsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.workspace: Path = window.services.path
        self.setWindowTitle(self.tr("Backups of {name}").format(name=self.workspace.name))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size"),
                                              self.tr("Members"), self.tr("Events"), self.tr("Check")])  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.doubleClicked.connect(self.restore_new)
        self.folder = QLabel(str(folder_for(self.workspace)))
        self.folder.setWordWrap(True)
        buttons = QHBoxLayout()
        self.take_button = self._button(buttons, self.tr("Back up &now"), self.take_now)
        self.restore_button = self._button(buttons, self.tr("&Restore to a new file…"), self.restore_new)
        self.replace_button = self._button(buttons, self.tr("Re&place this workspace…"), self.replace)
        self.look_button = self._button(buttons, self.tr("&Open read-only"), self.look_inside)
        self._button(buttons, self.tr("Reveal in &folder"), self.reveal)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.folder)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(820, 420)
        self.refresh()

    def _button(self, row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _problem(self, code: str) -> str:
        """Why a copy failed its check (backups/take.verify's codes), in words."""
        return {"integrity": self.tr("the copy is damaged"),
                "counts": self.tr("rows missing from the copy"),
                "unreadable": self.tr("the copy cannot be read")}.get(code, code)  # fmt: skip

    def refresh(self) -> None:
        self.items = listing(self.workspace)
        self.table.setRowCount(len(self.items))
        for row, b in enumerate(self.items):
            check = self.tr("verified") if b.verified else self.tr("failed ({problem}), kept aside").format(
                problem=self._problem(b.problem))  # fmt: skip
            for col, text in enumerate((f"{b.taken_at:%Y-%m-%d %H:%M}", reason_title(b.reason),
                                        f"{b.size / 1e6:.1f} MB", str(b.members), str(b.events), check)):  # fmt: skip
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.items:
            self.table.selectRow(0)
        self._enable()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _enable(self) -> None:
        chosen = self.selected()
        for button in (self.restore_button, self.replace_button, self.look_button):
            button.setEnabled(chosen is not None and chosen.verified)

    def take_now(self) -> None:
        taken = write(self, self.windowTitle(), self.window_.services.back_up)
        if taken is not FAILED:
            self.refresh()

    def restore_new(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.verified:
            return
        restored = restore_to_new_file(self, chosen.path, self.workspace)
        if restored is not None and self._ask_open(restored):
            self.accept()
            self.window_.load_workspace(restored)

    def _ask_open(self, path: Path) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(),
                                      self.tr("Restored to {path}. Open it now?").format(path=path))  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def replace(self) -> None:
        chosen = self.selected()
        question = self.tr("Replace this workspace with the backup from {when}? What it holds now is backed "
                           "up first, and the edits since cannot be undone.").format(
            when=f"{chosen.taken_at:%Y-%m-%d %H:%M}")  # fmt: skip
        if QMessageBox.question(self, self.windowTitle(), question) != QMessageBox.StandardButton.Yes:
            return
        self.accept()
        self.window_.replace_workspace(lambda path: restore(chosen.path, path, replace=True))

    def look_inside(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            open_read_only(self, chosen)

    def reveal(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder_for(self.workspace))))
