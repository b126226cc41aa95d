"""Community ▸ Team…: who of the team server's logins may do what in this workspace (issue 15).

A table of the team (login, name, role, the units a lead leads) with Add…, Change role… and Remove.
Each change is one write of Services.team, which grants the login its role on the server as well;
the server itself enforces the roles (row-level security), this dialog only manages them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.errors import DomainError
from desktop.messages import message
from ui.common.write import FAILED, write

ROLES = ("owner", "organiser", "lead", "viewer")  # the service's TEAM_ROLES (the UI reads no models)


def role_label(role: str) -> str:
    labels = {
        "owner": QCoreApplication.translate("TeamMembers", "Owner"),
        "organiser": QCoreApplication.translate("TeamMembers", "Organiser"),
        "lead": QCoreApplication.translate("TeamMembers", "Sub-group lead"),
        "viewer": QCoreApplication.translate("TeamMembers", "Viewer"),
    }
    return labels.get(role, role)


def show(window) -> None:
    """Open the dialog for the window's workspace; a file has no team: say so instead."""
    services = window.services
    if services is None:
        return
    if not services.is_server:
        text = message(DomainError("team_needs_server", "workspace", str(services.path)))
        QMessageBox.information(window, QCoreApplication.translate("TeamMembers", "Team"), text)
        return
    TeamMembersDialog(services, window.community_id, window).exec()


class TeamMemberForm(QDialog):
    """A login (new members only), a shown name, a role and, for a lead, the units they lead."""

    def __init__(self, units: list, parent=None, row=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team member"))
        self.login, self.name, self.role = QLineEdit(), QLineEdit(), QComboBox()
        self.login.setPlaceholderText(self.tr("the server login, e.g. li_wei"))
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.units = QListWidget()
        for unit in units:
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setCheckState(
                Qt.CheckState.Checked if row and unit.id in row.unit_ids else Qt.CheckState.Unchecked
            )
            self.units.addItem(item)
        if row is not None:
            self.login.setText(row.login)
            self.login.setEnabled(False)
            self.name.setText(row.name)
            self.name.setEnabled(False)
            self.role.setCurrentIndex(ROLES.index(row.role) if row.role in ROLES else 0)
        else:
            self.role.setCurrentIndex(ROLES.index("viewer"))
        self.role.currentIndexChanged.connect(lambda _i: self.units.setEnabled(self.chosen_role() == "lead"))
        self.units.setEnabled(self.chosen_role() == "lead")
        form = QFormLayout(self)
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Units led:"), self.units)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_role(self) -> str:
        return self.role.currentData()

    def unit_ids(self) -> list[int]:
        items = (self.units.item(i) for i in range(self.units.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]


class TeamMembersDialog(QDialog):
    def __init__(self, services, community_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.setWindowTitle(self.tr("Team"))
        self.resize(640, 380)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Name"), self.tr("Role"), self.tr("Units led")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.role_button = QPushButton(self.tr("Change &role…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.add_button.clicked.connect(self.add)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._enable)
        self.reload()

    def _units(self) -> list:
        return self.services.structure.units(self.community_id) if self.community_id is not None else []

    def reload(self) -> None:
        names = {u.id: u.name for u in self._units()}
        self.rows = self.services.team.members()
        self.table.setRowCount(len(self.rows))
        for i, m in enumerate(self.rows):
            units = ", ".join(names.get(u, str(u)) for u in m.unit_ids)
            for column, text in enumerate((m.login, m.name, role_label(m.role), units)):
                self.table.setItem(i, column, QTableWidgetItem(text))
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.role_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def add(self) -> None:
        form = TeamMemberForm(self._units(), self)
        if form.exec():
            args = (form.login.text(), form.chosen_role(), form.name.text(), form.unit_ids())
            if write(self, self.windowTitle(), self.services.team.add, *args) is not FAILED:
                self.reload()

    def change_role(self) -> None:
        row = self.selected()
        form = TeamMemberForm(self._units(), self, row) if row else None
        if form is not None and form.exec():
            args = (row.id, form.chosen_role(), form.unit_ids())
            if write(self, self.windowTitle(), self.services.team.change_role, *args) is not FAILED:
                self.reload()

    def remove(self) -> None:
        row = self.selected()
        if (
            row is not None
            and write(self, self.windowTitle(), self.services.team.remove, row.id) is not FAILED
        ):
            self.reload()
