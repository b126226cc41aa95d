"""One writer at a time: a second process that wants to write waits, then refuses by name; a killed
holder's note is cleared; nothing half-written either way."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from desktop.cli.main import main
from desktop.services.core import presence
from desktop.services.core.database import Database

# a second Beehive process: opens the workspace (announcing itself), takes the write lock, holds it
HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from desktop.services.core.database import Database
    db = Database(Path(sys.argv[1]))
    con = db.engine.raw_connection()
    con.execute("BEGIN IMMEDIATE")
    con.execute("CREATE TABLE half_written (x)")
    print("holding", flush=True)
    time.sleep(60)
""")


@pytest.fixture
def holder(tmp_path, monkeypatch):
    monkeypatch.setenv("BEEHIVE_LOCK_WAIT", "0.3")
    path = tmp_path / "w.beehive"
    Database(path).close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
                            env=os.environ.copy(), cwd=os.getcwd())  # fmt: skip
    assert proc.stdout.readline().strip() == "holding"
    yield path, proc
    proc.kill()
    proc.wait()


def test_a_cli_import_waits_then_refuses_naming_the_holder(holder, tmp_path, capsys):
    path, proc = holder
    csv = tmp_path / "m.csv"
    csv.write_text("name,phone\n张伟,13800138000\n", encoding="utf-8")
    assert main(["--db", str(path), "--lang", "en", "import", "members", str(csv)]) == 1
    err = capsys.readouterr().err
    assert "This workspace is open in Beehive on this computer (since " in err and f"process {proc.pid})" in err
    assert "nothing was written" in err and "Traceback" not in err
    proc.kill()
    proc.wait()
    assert main(["--db", str(path), "--lang", "en", "import", "members", str(csv)]) == 0  # the lock died with it
    tables = [r[0] for r in Database(path).query("SELECT name FROM sqlite_master")]
    assert "half_written" not in tables  # the killed holder's uncommitted work is gone, not half-kept


def test_an_edit_in_the_window_gets_the_same_refusal(holder):
    from models.errors import WorkspaceError

    path, proc = holder
    db = Database(path)
    with pytest.raises(WorkspaceError) as refused, db.write("Add community") as uow:
        uow.conn.exec_driver_sql("SELECT 1")
    assert refused.value.code == "workspace_busy_held" and refused.value.extra["pid"] == proc.pid


def test_a_killed_holders_note_is_cleared(tmp_path):
    path = tmp_path / "w.beehive"
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "holding"
    assert [h.pid for h in presence.others(path)] == [proc.pid]
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert presence.others(path) == []
    assert not list((tmp_path / "data" / "open").glob("*.json"))  # the dead process's note removed


def test_the_window_reloads_what_another_process_wrote(qtbot, tmp_path):
    from desktop.services.container import open_services

    path = tmp_path / "w.beehive"
    services = open_services(path)
    seen = []
    services.changes.changed.connect(seen.append)
    with services.db.write("Mine") as uow:  # our own write is no news from elsewhere
        uow.conn.exec_driver_sql("CREATE TABLE mine (x)")
    assert services.db.changed_elsewhere() is False
    csv = tmp_path / "m.csv"
    csv.write_text("name\n张伟\n", encoding="utf-8")
    assert main(["--db", str(path), "import", "members", str(csv)]) == 0  # as a CLI import would, meanwhile
    qtbot.waitUntil(lambda: any(c.elsewhere for c in seen), timeout=5000)
    assert [c.reset for c in seen if c.elsewhere] == [True]
    services.close()


def test_two_processes_on_a_new_file_share_its_one_community(tmp_path, monkeypatch):
    """The second process found no community, but the first created it meanwhile: use that one."""
    from desktop.services.communities import Communities

    path = tmp_path / "new.beehive"
    mine, theirs = Communities(Database(path)), Communities(Database(path))
    create = Communities.create

    def racing(self, info):
        if self is mine:
            create(theirs, info)  # the other process wins the race
        return create(self, info)

    monkeypatch.setattr(Communities, "create", racing)
    assert mine.ensure("").name == "new" and len(mine.all()) == 1


def test_switching_a_new_file_to_wal_waits_for_the_process_creating_it(tmp_path, monkeypatch):
    import sqlite3
    import threading

    from desktop.services.core import storage

    monkeypatch.setenv("BEEHIVE_LOCK_WAIT", "5")
    path = tmp_path / "new.beehive"
    first = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    first.execute("BEGIN EXCLUSIVE")  # as the first process does while it creates the file
    first.execute("CREATE TABLE t (x)")
    threading.Timer(0.3, first.commit).start()
    second = sqlite3.connect(path, isolation_level=None, timeout=0)
    storage._wal(second)  # without the retry: "database is locked" at once
    assert second.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
