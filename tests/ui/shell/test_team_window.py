"""The window on a team workspace: the server's address (never its password) in the title, the status
bar and the recent list; what only a file has (backups, encryption) is off; reopening from the recent
list goes back to the server."""

from __future__ import annotations

from desktop.services.container import open_services
from desktop.services.core.team_login import password_in
from desktop.settings import Settings
from ui.shell.main_window import MainWindow


def test_a_team_workspace_in_the_window(qtbot, pg_database):
    user, rest = pg_database.split("://", 1)[1].split("@", 1)
    with_password = f"postgresql://{user}:unused@{rest}"  # a password written in the URL (trust login ignores it)
    assert password_in(with_password) == "unused"
    services = open_services(with_password)
    opened = []

    def reopen(location):
        opened.append(location)
        return open_services(location)

    window = MainWindow(services, Settings(), reopen, lambda: services.path)
    qtbot.addWidget(window)
    recent = Settings().get("recent_workspaces")
    assert recent and recent[0].startswith("postgresql://") and password_in(recent[0]) is None
    assert "unused" not in window.windowTitle() and "unused" not in window.statusBar().currentMessage()
    assert "Team workspace on postgresql://" in window.statusBar().currentMessage()
    assert not window.act_backups.isEnabled() and not window.encryption_menu.menuAction().isEnabled()
    window.recent_menu.actions()[0].trigger()
    assert opened == [recent[0]] and isinstance(opened[0], str)  # not a Path: its // kept
