"""File ▸ Connect to a team server…: the address it gives keeps no password; the password is in the
keyring when asked, and the next time the fields and the password come back."""

from __future__ import annotations

from desktop.services.core import team_login
from desktop.services.core.team_login import TeamServer
from ui.shell.team_dialog import TeamDialog


def test_connect_keeps_the_password_in_the_keyring_only(qtbot):
    dialog = TeamDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("db.example.org")
    dialog.database.setText("beehive")
    dialog.user.setText("anna")
    dialog.password.setText("s3cret")
    dialog.tls.setCurrentIndex(dialog.tls.findData("require"))
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.server.url() == "postgresql://anna@db.example.org:5432/beehive?sslmode=require"
    assert team_login.stored_password(dialog.server) == "s3cret"
    again = TeamDialog(last=dialog.server.url())
    qtbot.addWidget(again)
    assert (again.host.text(), again.user.text(), again.password.text()) == ("db.example.org", "anna", "s3cret")
    assert again.tls.currentData() == "require"


def test_a_missing_field_is_said_and_nothing_is_kept(qtbot):
    dialog = TeamDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("db.example.org")
    dialog.password.setText("s3cret")
    dialog.accept()
    assert dialog.result() == 0 and dialog.server is None
    assert "postgresql://USER@HOST:PORT/DATABASE" in dialog.error.text()
    assert team_login.stored_password(TeamServer("db.example.org", 5432, "", "")) is None


def test_not_remembering_forgets_a_kept_password(qtbot):
    server = TeamServer("db.example.org", 5432, "beehive", "anna")
    team_login.keep_password(server, "old")
    dialog = TeamDialog(last=server.url())
    qtbot.addWidget(dialog)
    dialog.remember.setChecked(False)
    dialog.accept()
    assert team_login.stored_password(server) is None
