"""File ▸ Backups…: back up now, restore to a new file, replace this workspace, a read-only look;
and a damaged workspace that offers its newest good backup."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.errors import DomainError
from desktop.services.communities import CommunityInfo
from desktop.services.container import open_services
from desktop.settings import Settings
from tests.helpers import snapshot
from ui.shell.backups_dialog import BackupsDialog


@pytest.fixture
def answers(monkeypatch):
    """The file name the save dialog returns and the answer every question gets."""
    given = {"file": "", "question": QMessageBox.StandardButton.No}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (given["file"], "")))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: given["question"]))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: None))
    return given


def test_back_up_now_then_restore_it_to_a_new_file(window, qtbot, tmp_path, answers):
    window.services.backups._thread.join()  # the first edit's copy (people were added)
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    dialog.take_button.click()
    assert dialog.table.rowCount() == 2 and dialog.restore_button.isEnabled()
    assert dialog.table.item(0, 3).text() == "3"  # members
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0  # the newest
    answers["file"] = str(tmp_path / "copy")
    dialog.restore_button.click()
    assert snapshot(tmp_path / "copy.beehive") == snapshot(window.services.path)


def test_replace_brings_the_backup_back_and_keeps_what_was_there(window, qtbot, people, answers):
    window.services.backups._thread.join()
    dialog = BackupsDialog(window)
    dialog.take_button.click()
    kept = snapshot(window.services.path)
    window.services.member_writes.delete([people["张三"]])
    answers["question"] = QMessageBox.StandardButton.Yes
    dialog.replace_button.click()
    assert snapshot(window.services.path) == kept
    names = [r[0] for r in window.services.db.query("SELECT name FROM member ORDER BY name")]
    assert "张三" in names
    from desktop.services.core import backups

    assert [b.reason for b in backups.listing(window.services.path)][:2] == ["restore", "close"]


def test_a_read_only_copy_refuses_every_edit(tmp_path, services, people):
    services.close()
    look = open_services(services.path, read_only=True)
    try:
        with pytest.raises(DomainError) as refused:
            look.member_writes.delete([people["张三"]])
        assert refused.value.code == "read_only_copy"
    finally:
        look.close()


def test_a_damaged_workspace_offers_its_newest_backup(window, qtbot, tmp_path, answers, monkeypatch):
    other = tmp_path / "other.beehive"
    services = open_services(other)
    services.communities.create(CommunityInfo(name="读书会"))
    services.db.back_up("manual")
    services.close()
    con = sqlite3.connect(other)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with open(other, "r+b") as f:
        f.seek(4 * 4096)
        f.write(b"\xff" * 4096 * 3)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: self.buttons()[0])
    answers["file"] = str(tmp_path / "rescued.beehive")
    assert window.load_workspace(other)
    assert window.services.path == tmp_path / "rescued.beehive"
    assert window.community_box.findText("读书会") >= 0


def test_preferences_set_the_backup_cap(window, qtbot):
    from ui.shell.preferences_dialog import PreferencesDialog

    dlg = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dlg)
    assert dlg.backup_cap.value() == 2048
    dlg.backup_cap.setValue(0)
    assert dlg.backup_cap.text() == "No limit"
    dlg.accept()
    assert Settings().get("backup_cap_mb") in (0, "0")


def test_a_copy_that_failed_its_check_says_why_in_words(window, qtbot, monkeypatch, tmp_path):
    import datetime as dt

    from desktop.services.core.backups.store import Backup
    from ui.shell import backups_dialog

    failed = Backup(tmp_path / "x.beehive", dt.datetime(2026, 12, 4, 20), "hourly", False, 10, {}, "counts")
    monkeypatch.setattr(backups_dialog, "listing", lambda workspace: [failed])
    dialog = BackupsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 5).text() == "failed (rows missing from the copy), kept aside"
