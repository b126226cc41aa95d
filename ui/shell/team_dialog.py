"""File ▸ Connect to a team server…: host, port, database, user, password and TLS mode. The password goes
to the OS keyring when the organiser asks (never to settings or logs); the address is what is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout

from desktop.errors import DomainError
from desktop.messages import message
from desktop.services.core.team_login import (
    SSL_MODES,
    TeamServer,
    forget_password,
    is_team_url,
    keep_password,
    stored_password,
)
from ui.common.forms import error_label, ok_cancel


class TeamDialog(QDialog):
    def __init__(self, parent=None, last: str = "") -> None:
        """`last`: the address connected to last time (its fields are filled in, its password looked up)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a team server"))
        self.host, self.database, self.user = QLineEdit(), QLineEdit(), QLineEdit()
        self.host.setPlaceholderText(self.tr("e.g. db.example.org"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QComboBox()
        names = {"prefer": self.tr("Use TLS when the server offers it"), "require": self.tr("Require TLS"),
                 "verify-full": self.tr("Require TLS and check the server's certificate"),
                 "disable": self.tr("No TLS (a server on this computer)")}  # fmt: skip
        for mode in SSL_MODES:
            self.tls.addItem(names[mode], mode)
        self.remember = QCheckBox(self.tr("Remember the password in this computer's keyring"))
        self.remember.setChecked(True)
        self.error = error_label()
        form = QFormLayout()
        for label, field in ((self.tr("Server:"), self.host), (self.tr("Port:"), self.port),
                             (self.tr("Database:"), self.database), (self.tr("User:"), self.user),
                             (self.tr("Password:"), self.password), (self.tr("TLS:"), self.tls)):  # fmt: skip
            form.addRow(label, field)
        form.addRow(self.remember)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(ok_cancel(self))
        self.server: TeamServer | None = None
        if last and is_team_url(last):
            self._fill(last)

    def _fill(self, last: str) -> None:
        try:
            server = TeamServer.parse(last)
        except DomainError:
            return
        self.host.setText(server.host)
        self.port.setValue(server.port)
        self.database.setText(server.database)
        self.user.setText(server.user)
        self.tls.setCurrentIndex(max(0, self.tls.findData(server.sslmode)))
        self.password.setText(stored_password(server) or "")

    def accept(self) -> None:
        server = TeamServer(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                            self.user.text().strip(), self.tls.currentData())  # fmt: skip
        try:
            self.server = TeamServer.parse(server.url())  # the same checks as a typed address
        except DomainError as e:
            self.error.setText(message(e))
            self.error.show()
            return
        if self.remember.isChecked() and self.password.text():
            keep_password(self.server, self.password.text())
        elif not self.remember.isChecked():
            forget_password(self.server)
        super().accept()
