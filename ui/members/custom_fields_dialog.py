"""Members ▸ Custom fields…: add, edit (name, kind, choices) and delete the community's own member
fields. Every change is one undo step of its own, written through ui/common/write.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.services.container import Services
from ui.common.forms import error_label, ok_cancel
from ui.common.write import FAILED, write

KINDS = ("text", "number", "date", "choice")


def field_kind_names() -> dict[str, str]:
    return {  # spelled out in full: lupdate only sees QCoreApplication.translate by that name
        "text": QCoreApplication.translate("CustomFields", "Text"),
        "number": QCoreApplication.translate("CustomFields", "Number"),
        "date": QCoreApplication.translate("CustomFields", "Date"),
        "choice": QCoreApplication.translate("CustomFields", "Choice"),
    }


class FieldForm(QDialog):
    """One field's name, kind and choices; `save(name, kind, choices)` writes them (or refuses)."""

    def __init__(self, title: str, save, name: str = "", kind: str = "text", choices: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.name = QLineEdit(name)
        self.kind = QComboBox()
        for key, label in field_kind_names().items():
            self.kind.addItem(label, key)
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.choices = QLineEdit(choices)
        self.choices.setPlaceholderText(self.tr("e.g. S; M; L; XL"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Choices"), self.choices)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.choices.setEnabled(self.kind.currentData() == "choice")

    def accept(self) -> None:
        args = (self.name.text(), self.kind.currentData(), self.choices.text())
        if write(self, self.windowTitle(), self.save, *args, inline=self.error) is not FAILED:
            super().accept()


class CustomFieldsDialog(QDialog):
    def __init__(self, services: Services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.setWindowTitle(self.tr("Custom fields"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Choices")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self.add), (self.tr("Edit…"), self.edit),
                           (self.tr("Delete"), self.delete)):  # fmt: skip
            b = QPushButton(text)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(520, 360)
        self.reload()

    def reload(self) -> None:
        self.fields = self.services.custom_fields.fields(self.community_id)
        kinds = field_kind_names()
        self.table.setRowCount(len(self.fields))
        for r, f in enumerate(self.fields):
            for c, text in enumerate((f.name, kinds.get(f.kind, f.kind), f.choices_text)):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def current(self):
        r = self.table.currentRow()
        return self.fields[r] if 0 <= r < len(self.fields) else None

    def add(self) -> None:
        def save(name: str, kind: str, choices: str) -> int:
            return self.services.custom_fields.add_field(self.community_id, name, kind, choices)

        if FieldForm(self.tr("Add custom field"), save, parent=self).exec():
            self.reload()
            self.table.selectRow(len(self.fields) - 1)

    def edit(self) -> None:
        f = self.current()
        if f is None:
            return
        writes = self.services.custom_fields

        def save(name: str, kind: str, choices: str) -> None:
            # Renaming and re-kinding are separate steps; the kind first, so a refused kind renames nothing.
            if (kind, choices.strip()) != (f.kind, f.choices_text):
                writes.change_kind(f.id, kind, choices)
            if name.strip() != f.name:
                writes.rename_field(f.id, name)

        if FieldForm(self.tr("Edit custom field"), save, f.name, f.kind, f.choices_text, self).exec():
            r = self.table.currentRow()
            self.reload()
            self.table.selectRow(r)

    def delete(self) -> None:
        f = self.current()
        if f is None:
            return
        n = self.services.custom_fields.value_count(f.id)
        text = self.tr("Delete the field “%1” and its value for %n member(s)?", "", n).replace("%1", f.name)
        text += "\n" + self.tr("You can undo this with Edit ▸ Undo.")
        if QMessageBox.question(self, self.windowTitle(), text) != QMessageBox.StandardButton.Yes:
            return
        if write(self, self.windowTitle(), self.services.custom_fields.delete_field, f.id) is not FAILED:
            self.reload()
