"""Event ▸ Print and more ▸ Take out for a second laptop…: the event, its list and the member directory
written to a small workspace of its own for a laptop at another door (desktop/services/offline)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from ui.common.write import FAILED, write


class TakeOutDialog(QDialog):
    def __init__(self, services, event, parent=None) -> None:
        super().__init__(parent)
        self.services, self.info = services, event
        self.setWindowTitle(self.tr("Take out for a second laptop"))
        about = QLabel(self.tr(
            "Writes “{title}” with its guest list and the member directory (names, pinyin, the last four "
            "digits of a phone) to a file of its own. Open it on the second laptop and check people in there, "
            "even with no network; then bring it back here with File ▸ Bring back a second laptop's file…"
        ).format(title=event.title))  # fmt: skip
        about.setWordWrap(True)
        self.path = QLineEdit(str(Path.home() / self.tr("{title} door.beehive").format(title=event.title)))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.private = QCheckBox(self.tr("Also every contact, the notes and private fields"))
        self.private.setToolTip(self.tr("Only for a laptop you trust as much as this one."))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Take out"))
        buttons.accepted.connect(self.take_out)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (about, QLabel(self.tr("File for the second laptop:"))):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.private)
        layout.addWidget(buttons)
        self.done_path: Path | None = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(),
                                              self.tr("Beehive workspace (*.beehive)"))  # fmt: skip
        if path:
            self.path.setText(path)

    def take_out(self) -> None:
        target = Path(self.path.text().strip())
        done = write(self, self.windowTitle(), self.services.offline.take_out, self.info.id, target,
                     self.private.isChecked())  # fmt: skip
        if done is FAILED:
            return
        self.done_path = done.path
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "Written: {path}\n{rows} on the list, {members} in the directory.").format(
                path=done.path, rows=done.attendance, members=done.members))  # fmt: skip
        self.accept()
