"""Members ▸ Custom fields…: add, edit (name, kind, choices, private) and delete the community's own member
fields. Every change is one undo step of its own, written through ui/common/write.py. A private field is
left out of what is printed or exported for members (desktop/services/members/privacy.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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
    """One field's name, kind, choices and privacy; `save(name, kind, choices, private)` writes them (or
    refuses)."""

    def __init__(self, title: str, save, name: str = "", kind: str = "text", choices: str = "", parent=None,
                 private: bool = False):  # fmt: skip
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
        self.private = QCheckBox(self.tr("&Private: left out of members' copies"))
        self.private.setChecked(private)
        self.private.setToolTip(self.tr("Printouts and exports for members (a directory, a sign-in sheet) have "
                                        "no column for a private field."))  # fmt: skip
        self.error = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Choices"), self.choices)
        form.addRow("", self.private)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.choices.setEnabled(self.kind.currentData() == "choice")

    def accept(self) -> None:
        args = (self.name.text(), self.kind.currentData(), self.choices.text(), self.private.isChecked())
        if write(self, self.windowTitle(), self.save, *args, inline=self.error) is not FAILED:
            super().accept()


class CustomFieldsDialog(QDialog):
    def __init__(self, services: Services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.setWindowTitle(self.tr("Custom fields"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Choices"), self.tr("Private")]
        )
        self.table.horizontalHeaderItem(3).setToolTip(
            self.tr("Left out of what is printed or exported for members")
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda i: i.column() != 3 and self.edit())
        self.table.itemChanged.connect(self._private_ticked)
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
        self.private = self.services.privacy.private_custom(self.community_id)
        kinds = field_kind_names()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.fields))
        for r, f in enumerate(self.fields):
            for c, text in enumerate((f.name, kinds.get(f.kind, f.kind), f.choices_text)):
                self.table.setItem(r, c, QTableWidgetItem(text))
            box = QTableWidgetItem()  # ticked here: one undo step of its own
            box.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            )
            box.setCheckState(Qt.CheckState.Checked if f.id in self.private else Qt.CheckState.Unchecked)
            self.table.setItem(r, 3, box)
        self.table.blockSignals(False)

    def _private_ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 3 or not 0 <= item.row() < len(self.fields):
            return
        f, private = self.fields[item.row()], item.checkState() == Qt.CheckState.Checked
        if private != (f.id in self.private):
            write(self, self.windowTitle(), self.services.privacy.set_field_private, f.id, private)
        r = self.table.currentRow()
        self.reload()
        self.table.selectRow(r)

    def current(self):
        r = self.table.currentRow()
        return self.fields[r] if 0 <= r < len(self.fields) else None

    def add(self) -> None:
        def save(name: str, kind: str, choices: str, private: bool) -> int:
            return self.services.privacy.add_field(self.community_id, name, kind, choices, private)

        if FieldForm(self.tr("Add custom field"), save, parent=self).exec():
            self.reload()
            self.table.selectRow(len(self.fields) - 1)

    def edit(self) -> None:
        f = self.current()
        if f is None:
            return
        writes = self.services.custom_fields

        def save(name: str, kind: str, choices: str, private: bool) -> None:
            # Renaming, re-kinding and privacy are separate steps; the kind first, so a refused kind renames nothing.
            if (kind, choices.strip()) != (f.kind, f.choices_text):
                writes.change_kind(f.id, kind, choices)
            if name.strip() != f.name:
                writes.rename_field(f.id, name)
            if private != (f.id in self.private):
                self.services.privacy.set_field_private(f.id, private)

        form = FieldForm(
            self.tr("Edit custom field"), save, f.name, f.kind, f.choices_text, self, f.id in self.private
        )
        if form.exec():
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
