"""New or edit an output: title, kind, status, dates, link or file, unit, event, figures, contributors.

A contributor typed who is not a member can be added as one on the spot (the dialog asks).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)  # fmt: skip

from desktop.errors import DomainError
from desktop.services.drafts import MemberDraft, OutputDraft, split_list, to_local
from ui.common.forms import error_label, ok_cancel
from ui.common.output_labels import output_kind_names, output_role_names, output_status_names
from ui.common.write import FAILED, write


def _combo(items: dict[str, str], current: str, editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    for code, label in items.items():
        box.addItem(label, code)
    i = box.findData(current)
    if i < 0 and current:
        box.addItem(current, current)
        i = box.count() - 1
    box.setCurrentIndex(max(0, i))
    return box


def combo_code(box: QComboBox) -> str:
    """The chosen code, or the typed text for a custom entry."""
    text = box.currentText().strip()
    return box.currentData() if box.itemText(box.currentIndex()) == text and box.currentData() else text


class OutputDialog(QDialog):
    def __init__(self, services, community_id: int, output=None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id, self.output = services, community_id, output
        self.setWindowTitle(self.tr("Edit output") if output else self.tr("New output"))
        community = services.communities.get(community_id)
        kinds = output_kind_names() | {k: k for k in split_list(community.output_kinds)}
        self.roles = output_role_names() | {r: r for r in split_list(community.output_roles)}
        self.title = QLineEdit(output.title if output else "")
        self.kind = _combo(kinds, output.kind if output else "article", editable=True)
        self.status = _combo(output_status_names(), output.status if output else "idea")
        self.created = QLineEdit(output.created_on if output else "")
        self.created.setPlaceholderText(self.tr("today"))
        self.published = QLineEdit(output.published_on if output else "")
        self.published.setPlaceholderText("2026-05-01")
        self.link = QLineEdit(output.link if output else "")
        self.link.setPlaceholderText(self.tr("https://… or a file path"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("(none)"), None)
        for u in services.structure.units(community_id):
            self.unit.addItem(u.name, u.id)
        self.unit.setCurrentIndex(
            max(0, self.unit.findData(output.unit_id)) if output and output.unit_id else 0
        )
        self.event = QComboBox()
        self.event.addItem(self.tr("(not presented)"), None)
        for e in services.events.events(community_id):
            self.event.addItem(f"{to_local(e.start_utc, e.tz):%Y-%m-%d} {e.title}", e.id)
        self.event.setCurrentIndex(
            max(0, self.event.findData(output.event_id)) if output and output.event_id else 0
        )
        self.reads, self.sales, self.revenue = QSpinBox(), QSpinBox(), QDoubleSpinBox()
        for box in (self.reads, self.sales, self.revenue):
            box.setRange(0, 10**9)
        if output:
            (
                self.reads.setValue(output.reads),
                self.sales.setValue(output.sales),
                self.revenue.setValue(output.revenue),
            )
        self.description = QPlainTextEdit(output.description if output else "")
        self.description.setFixedHeight(70)
        self.people = QTableWidget(0, 2)
        self.people.setHorizontalHeaderLabels([self.tr("Contributor"), self.tr("Role")])
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setColumnWidth(0, 220)
        for _, name, role in output.contributors if output else ():
            self.add_person(name, role)
        add, remove = QPushButton(self.tr("Add contributor")), QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self.add_person("", "author"))
        remove.clicked.connect(lambda: self.people.removeRow(self.people.currentRow()))
        self.error = error_label()
        form = QFormLayout()
        for label, widget in ((self.tr("&Title"), self.title), (self.tr("Kind"), self.kind), (self.tr("Status"), self.status),
                              (self.tr("Idea date"), self.created), (self.tr("Published"), self.published),
                              (self.tr("Link or file"), self.link), (self.tr("Unit"), self.unit),
                              (self.tr("Presented at"), self.event), (self.tr("Reads"), self.reads),
                              (self.tr("Sales"), self.sales), (self.tr("Revenue"), self.revenue),
                              (self.tr("Description"), self.description)):  # fmt: skip
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.people)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self))
        self.resize(560, 720)

    def add_person(self, name: str, role: str) -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        self.people.setItem(row, 0, QTableWidgetItem(name))
        self.people.setCellWidget(row, 1, _combo(self.roles, role, editable=True))

    def _member(self, name: str) -> int | None:
        """The member of that name; a stranger may be added as a member after asking."""
        found = [m for m, n in self.services.members.find(self.community_id, name, 20) if n == name]
        if len(found) == 1:
            return found[0]
        if found:
            raise DomainError("ambiguous_member", "contributors", name)
        answer = QMessageBox.question(self, self.windowTitle(),
                                      self.tr("{name} is not a member. Add them as a member?").format(name=name))  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            raise DomainError("contributor_not_member", "contributors", name)
        return self.services.member_writes.create(self.community_id, MemberDraft(name=name))

    def draft(self) -> OutputDraft:
        people = []
        for row in range(self.people.rowCount()):
            item = self.people.item(row, 0)
            name = item.text().strip() if item else ""
            if name:
                people.append((self._member(name), combo_code(self.people.cellWidget(row, 1)) or "author"))
        return OutputDraft(
            title=self.title.text(), kind=combo_code(self.kind) or "other", status=self.status.currentData(),
            description=self.description.toPlainText(), created_on=self.created.text(),
            published_on=self.published.text(), link=self.link.text(), unit_id=self.unit.currentData(),
            event_id=self.event.currentData(), reads=self.reads.value(), sales=self.sales.value(),
            revenue=self.revenue.value(), contributors=tuple(dict.fromkeys(people)))  # fmt: skip

    def accept(self) -> None:
        title, writes = self.windowTitle(), self.services.output_writes
        draft = write(self, title, self.draft, inline=self.error, busy=False)  # it may ask about a stranger
        if draft is FAILED:
            return
        if self.output is None:
            saved = write(self, title, writes.create, self.community_id, draft, inline=self.error)
        else:
            saved = write(self, title, writes.update, self.output.id, draft, inline=self.error)
        if saved is FAILED:
            return
        super().accept()
