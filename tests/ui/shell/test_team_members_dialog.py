"""Community ▸ Team…: the team's table, a lead's units in the form, Remove; on a file, a message instead."""

from __future__ import annotations

import uuid

import psycopg
from PySide6.QtWidgets import QMessageBox

from desktop.services.container import open_services
from desktop.settings import Settings
from ui.shell import team_members_dialog
from ui.shell.main_window import MainWindow
from ui.shell.team_members_dialog import TeamMemberForm, TeamMembersDialog


def test_the_team_table_and_its_buttons(qtbot, pg_database):
    services = open_services(pg_database)
    login = f"lead_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_database, autocommit=True) as con:
        con.execute(f'CREATE ROLE "{login}" LOGIN')
    try:
        with services.db.write("set up") as uow:
            cid = uow.insert_one("community", name="晨读会")
            north = uow.insert_one("unit", community_id=cid, name="北区")
        services.team.add(login, "lead", "王五", [north])
        dialog = TeamMembersDialog(services, cid)
        qtbot.addWidget(dialog)
        cells = [dialog.table.item(0, c).text() for c in range(4)]
        assert cells == [login, "王五", "Sub-group lead", "北区"]
        assert not dialog.remove_button.isEnabled()
        dialog.table.selectRow(0)
        assert dialog.remove_button.isEnabled() and dialog.role_button.isEnabled()
        form = TeamMemberForm(dialog._units(), dialog, dialog.selected())
        qtbot.addWidget(form)
        assert not form.login.isEnabled() and form.chosen_role() == "lead" and form.unit_ids() == [north]
        form.role.setCurrentIndex(form.role.findData("viewer"))
        assert not form.units.isEnabled()
        dialog.remove()
        assert dialog.table.rowCount() == 0 and services.team.members() == []
    finally:
        services.close()


def test_on_a_file_the_menu_says_a_team_needs_a_server(qtbot, tmp_path, monkeypatch):
    services = open_services(tmp_path / "own.beehive")
    window = MainWindow(services, Settings(), open_services, lambda: services.path)
    qtbot.addWidget(window)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: said.append((title, text)))
    community = next(a for a in window.menuBar().actions() if a.text() == "&Community").menu()
    team = next(a for a in community.actions() if a.text() == "&Team…")
    team.trigger()
    assert said and "only in a team workspace" in said[0][1]
    assert team_members_dialog.role_label("viewer") == "Viewer"
    window.close()
    services.close()
