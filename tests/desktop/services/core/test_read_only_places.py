"""A workspace Beehive may not write (a read-only file, folder or mount) is refused with what to do,
instead of SQLite's failure to make -wal/-shm reading like a damaged file."""

from __future__ import annotations

import os

import pytest

from desktop.app import ensure_demo
from desktop.cli.main import main
from desktop.services.core import storage
from models.errors import WorkspaceError


def _read_only(monkeypatch, places):
    real = os.access
    monkeypatch.setattr(storage.os, "access", lambda p, mode: False if str(p) in places and mode == os.W_OK
                        else real(p, mode))  # fmt: skip


def test_a_read_only_file_or_folder_is_refused_by_name(tmp_path, monkeypatch, capsys):
    path = ensure_demo(tmp_path / "w.beehive", 5)
    _read_only(monkeypatch, {str(path)})
    with pytest.raises(WorkspaceError) as e:
        storage.read_revision(path)
    assert e.value.code == "workspace_read_only"
    assert main(["--db", str(path), "report", "structure", "--json"]) == 1
    assert "read-only" in capsys.readouterr().err
    _read_only(monkeypatch, {str(tmp_path)})
    with pytest.raises(WorkspaceError) as e:
        storage.read_revision(tmp_path / "new.beehive")
    assert e.value.code == "folder_read_only" and not (tmp_path / "new.beehive").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes read-only files anyway")
def test_a_real_read_only_folder(tmp_path, capsys):
    path = ensure_demo(tmp_path / "ro" / "w.beehive", 5)
    os.chmod(path.parent, 0o555)
    try:
        assert main(["--db", str(path), "report", "structure", "--json"]) == 1
        assert "read-only" in capsys.readouterr().err
    finally:
        os.chmod(path.parent, 0o755)
