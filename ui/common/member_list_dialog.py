"""The members behind a number or a chart point: all of them in a list (no cut-off), how many, and a
button to copy their names (to paste into a WeChat message or a spreadsheet)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)


class MemberListDialog(QDialog):
    def __init__(self, title: str, names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.names = names
        self.list = QListWidget()
        self.list.addItems(names)
        count = QLabel(self.tr("%n member(s)", "", len(names)) if names else self.tr("Nobody."))
        copy = QPushButton(self.tr("Copy names"))
        copy.setAutoDefault(False)
        copy.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (count, self.list, buttons):
            layout.addWidget(w)
        self.resize(360, 480)

    def copy(self) -> None:
        QApplication.clipboard().setText("\n".join(self.names))


def show_names(parent, title: str, names: list[str]) -> None:
    """Open the list (the one place the Health view and its charts show members)."""
    MemberListDialog(title, names, parent).exec()
