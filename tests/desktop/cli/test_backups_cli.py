"""`beehive backup | backups | restore` and a damaged workspace: clear messages, exit codes, no traceback."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.app import ensure_demo
from desktop.cli.main import main
from tests.helpers import snapshot


@pytest.fixture
def workspace(tmp_path):
    return ensure_demo(tmp_path / "club.beehive", 30)


def test_backup_list_and_restore(workspace, tmp_path, capsys):
    assert main(["--db", str(workspace), "backup"]) == 0
    taken = capsys.readouterr().out.strip()
    assert main(["--db", str(workspace), "backups", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["path"] for b in listed] == [taken]
    assert listed[0]["verified"] and listed[0]["reason"] == "manual" and listed[0]["counts"]["member"] == 30
    assert main(["--lang", "zh_CN", "--db", str(workspace), "backups"]) == 0
    assert "手动" in capsys.readouterr().out
    target = tmp_path / "back.beehive"
    assert main(["restore", taken, "--to", str(target)]) == 0
    assert snapshot(target) == snapshot(workspace)
    assert main(["restore", taken, "--to", str(workspace)]) == 1
    assert "--replace" in capsys.readouterr().err


def test_backup_of_no_workspace_is_refused(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "missing.beehive"), "backup"]) == 1
    assert "missing.beehive" in capsys.readouterr().err
    assert not (tmp_path / "missing.beehive").exists()


def _damage(path, page: int = 6) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    with open(path, "r+b") as f:
        f.seek(page * 4096)
        f.write(b"\xff" * 4096)


@pytest.mark.parametrize("command", [["export", "members", "OUT.csv"], ["report", "duplicates", "--json"]])
def test_a_damaged_workspace_names_the_newest_good_backup(workspace, tmp_path, capsys, command):
    assert main(["--db", str(workspace), "backup"]) == 0
    taken = capsys.readouterr().out.strip()
    before = workspace.read_bytes()
    _damage(workspace)
    damaged = workspace.read_bytes()
    args = [a.replace("OUT.csv", str(tmp_path / "out.csv")) for a in command]
    assert main(["--db", str(workspace), *args]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and taken in err and "Traceback" not in err
    assert workspace.read_bytes() == damaged != before  # nothing overwritten


def test_a_truncated_workspace_is_called_damaged_not_foreign(workspace, capsys):
    workspace.write_bytes(workspace.read_bytes()[:40_000])
    assert main(["--db", str(workspace), "export", "members", str(workspace.with_suffix(".csv"))]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "no backup" in err


def test_a_fifo_a_device_or_a_symlink_loop_is_no_workspace(tmp_path, capsys):
    import os

    fifo = tmp_path / "fifo.beehive"
    os.mkfifo(fifo)
    (tmp_path / "loop1").symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(tmp_path / "loop1")
    for path in (fifo, "/dev/null", tmp_path / "loop1"):
        assert main(["--db", str(path), "export", "members", str(tmp_path / "out.csv")]) == 1
        err = capsys.readouterr().err
        assert "not a Beehive workspace" in err and "Traceback" not in err
