"""Backups: taken with the online backup API, verified against the source's row counts, private,
rotated, restored to a new file or over the workspace after a backup of it."""

from __future__ import annotations

import importlib
import os
import sqlite3
import stat

import pytest

from desktop.app import ensure_demo
from desktop.services.core import backups
from desktop.services.core.database import Database
from models.errors import WorkspaceError
from tests.helpers import snapshot

take_module = importlib.import_module("desktop.services.core.backups.take")


@pytest.fixture
def workspace(tmp_path):
    return ensure_demo(tmp_path / "club.beehive", 40)


def test_a_backup_holds_what_the_workspace_holds_and_is_private(workspace, tmp_path):
    taken = backups.take(workspace, "manual")
    assert taken.verified and taken.members == 40 and taken.events > 0
    assert taken.path.parent != workspace.parent  # under the data dir, not beside the file
    assert str(taken.path).startswith(str(tmp_path / "data" / "backups"))
    assert snapshot(taken.path) == snapshot(workspace)
    if os.name == "posix":
        assert stat.S_IMODE(taken.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(taken.path.with_suffix(".json").stat().st_mode) == 0o600
        assert stat.S_IMODE(taken.path.parent.stat().st_mode) == 0o700
    assert [b.path for b in backups.listing(workspace)] == [taken.path]


def test_a_copy_that_fails_its_check_is_kept_aside_and_prunes_nothing(workspace, monkeypatch):
    good = backups.take(workspace, "manual")
    real_copy = take_module._copy

    def copy_then_lose_a_row(src, target):
        counts, revision = real_copy(src, target)
        con = sqlite3.connect(target)
        con.execute("DELETE FROM member WHERE id = (SELECT max(id) FROM member)")
        con.commit()
        con.close()
        return counts, revision

    monkeypatch.setattr(take_module, "_copy", copy_then_lose_a_row)
    bad = backups.take(workspace, "manual")
    assert not bad.verified and bad.problem == "counts"
    assert bad.path.parent.name == "aside"
    assert good.path.exists()
    assert backups.newest_good(workspace).path == good.path
    assert {b.path for b in backups.listing(workspace)} == {good.path, bad.path}


def test_restore_to_a_new_file_and_never_over_one(workspace, tmp_path):
    taken = backups.take(workspace, "manual")
    target = tmp_path / "restored.beehive"
    assert backups.restore(taken.path, target) is None
    assert snapshot(target) == snapshot(workspace)
    with pytest.raises(WorkspaceError) as refused:
        backups.restore(taken.path, workspace)
    assert refused.value.code == "restore_target_exists"


def test_replace_backs_up_the_current_state_first(workspace):
    taken = backups.take(workspace, "manual")
    db = Database(workspace)
    with db.write("rename") as uow:
        uow.update("member", {1: {"name": "改过的名字"}})
    changed = snapshot(workspace)
    with pytest.raises(WorkspaceError) as open_here:
        backups.restore(taken.path, workspace, replace=True)
    assert open_here.value.code == "restore_target_open"
    db.close()
    before = backups.restore(taken.path, workspace, replace=True)
    assert before.reason == "restore" and snapshot(before.path) == changed
    assert snapshot(workspace) == snapshot(taken.path)


def test_a_tampered_backup_is_not_restored(workspace, tmp_path):
    taken = backups.take(workspace, "manual")
    con = sqlite3.connect(taken.path)
    con.execute("DELETE FROM event")
    con.commit()
    con.close()
    with pytest.raises(WorkspaceError) as refused:
        backups.restore(taken.path, tmp_path / "new.beehive")
    assert refused.value.code == "backup_damaged"
    assert not (tmp_path / "new.beehive").exists()


def test_a_file_without_a_record_is_not_a_backup(workspace, tmp_path):
    with pytest.raises(WorkspaceError) as refused:
        backups.restore(workspace, tmp_path / "new.beehive")
    assert refused.value.code == "not_a_backup"


def test_imports_and_merges_are_preceded_by_a_backup(workspace, tmp_path):
    from desktop.services.kinds import KINDS
    from desktop.services.members.merge import merge
    from tests.helpers import write_csv

    db = Database(workspace)
    try:
        cid = db.query("SELECT id FROM community")[0][0]
        csv = write_csv(tmp_path / "m.csv", "name,phone\n新朋友,13800138123\n")
        KINDS["members"].apply(db, KINDS["members"].plan(db, cid, csv))
        assert [b.reason for b in backups.listing(workspace)] == ["import"]
        assert backups.listing(workspace)[0].members == 40  # the state before the import
        a, b = (r[0] for r in db.query("SELECT id FROM member ORDER BY id LIMIT 2"))
        merge(db, a, b)
        assert [b.reason for b in backups.listing(workspace)][0] == "merge"
    finally:
        db.close()


def test_the_window_backs_up_after_the_first_edit_and_on_close(workspace):
    from desktop.services.container import open_services

    services = open_services(workspace)
    with services.db.write("rename") as uow:
        uow.update("member", {1: {"name": "王小明"}})
    services.backups._thread.join()
    assert [b.reason for b in backups.listing(workspace)] == ["hourly"]
    with services.db.write("rename") as uow:  # within the hour: no second copy now
        uow.update("member", {1: {"name": "王小红"}})
    assert services.backups._thread.is_alive() is False
    services.close()
    reasons = [b.reason for b in backups.listing(workspace)]
    assert reasons == ["close", "hourly"]
    assert snapshot(backups.listing(workspace)[0].path)["member"] == snapshot(workspace)["member"]


def test_closing_without_edits_takes_no_backup(workspace):
    from desktop.services.container import open_services

    open_services(workspace).close()
    assert backups.listing(workspace) == []


def test_the_size_cap_removes_the_oldest_but_never_the_newest(workspace):
    from desktop.settings import Settings

    first = backups.take(workspace, "manual")
    Settings().set("backup_cap_mb", 1)  # a copy of this workspace is about 0.6 MB
    second = backups.take(workspace, "manual")
    assert [b.path for b in backups.listing(workspace)] == [second.path]
    assert not first.path.exists() and not first.path.with_suffix(".json").exists()
