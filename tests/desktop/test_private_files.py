"""Workspace, -wal/-shm, backups, log, settings and data dir: 0600 files in 0700 folders (POSIX)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.private_files import private_dir, tighten, tighten_workspace

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(
    os.name != "posix", reason="file modes are POSIX; Windows keeps profiles per user"
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_tighten_clears_group_and_other_bits_and_keeps_the_owners(tmp_path):
    loose, read_only, private, folder = (tmp_path / n for n in ("loose", "read_only", "private", "folder"))
    for p, m in ((loose, 0o664), (read_only, 0o444), (private, 0o600)):
        p.write_text("x")
        p.chmod(m)
    folder.mkdir()
    folder.chmod(0o755)
    assert tighten(loose) and mode(loose) == 0o600
    assert tighten(read_only) and mode(read_only) == 0o400  # read-only stays read-only
    assert not tighten(private) and mode(private) == 0o600
    assert tighten(folder) and mode(folder) == 0o700
    assert not tighten(tmp_path / "missing")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    fifo.chmod(0o644)  # mkfifo's mode passes through the umask, which an in-process CLI run set to 077
    assert not tighten(fifo) and mode(fifo) == 0o644  # not a file of ours: left alone
    made = private_dir(tmp_path / "a" / "b")
    assert made.is_dir() and mode(made) == 0o700


def _run(args: list[str], env: dict, code: str | None = None) -> subprocess.CompletedProcess:
    """A Beehive process started as a user's shell would start it: umask 022 (files 0644 by default)."""
    argv = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "desktop", *args]
    done = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=ROOT, timeout=180,
                          preexec_fn=lambda: os.umask(0o022))  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


def _env(tmp_path: Path) -> dict:
    return {**os.environ, "BEEHIVE_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
            "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip


HOLD_OPEN = textwrap.dedent(
    """
    import json, os, stat, sys
    from desktop.cli.main import main

    path = sys.argv[1]
    assert main(["--db", path, "import", "members", sys.argv[2]]) == 0
    from desktop.services.core.database import Database

    db = Database(path)  # open, as the window keeps it: SQLite's -wal and -shm are beside it now
    with db.write("touch") as uow:
        uow.conn.exec_driver_sql("UPDATE member SET notes = notes")
    modes = {side: stat.S_IMODE(os.stat(path + side).st_mode) for side in ("", "-wal", "-shm")}
    print(json.dumps(modes))
    db.close()
    """
)


def test_a_workspace_made_by_the_cli_is_private_with_its_wal_and_shm(tmp_path):
    csv = tmp_path / "m.csv"
    csv.write_text("姓名,手机\n张三,13800138000\n", encoding="utf-8")
    csv.chmod(0o644)
    workspace = tmp_path / "new" / "club" / "w.beehive"
    _run(["--db", str(workspace), "import", "members", str(csv)], _env(tmp_path))
    assert mode(workspace) == 0o600
    assert mode(workspace.parent) == 0o700 and mode(workspace.parent.parent) == 0o700  # folders it made
    data = tmp_path / "data"
    assert mode(data) == 0o700
    copies = list((data / "backups").rglob("*.beehive"))
    assert copies and all(mode(c) == 0o600 for c in copies)
    assert all(mode(d) == 0o700 for d in (data / "backups").rglob("*") if d.is_dir())
    second = tmp_path / "other" / "w.beehive"
    done = _run([str(second), str(csv)], _env(tmp_path), HOLD_OPEN)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"": 0o600, "-wal": 0o600, "-shm": 0o600}


def test_the_windows_start_makes_its_files_private_and_tightens_the_old_ones(tmp_path):
    env = _env(tmp_path)
    settings_file = tmp_path / "cfg" / "Beehive" / "Beehive.ini"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text("[ui]\nlanguage=en\n")
    log = tmp_path / "data" / "beehive.log"
    log.parent.mkdir()
    log.write_text("an old log\n")
    for p, m in ((settings_file, 0o644), (settings_file.parent, 0o755), (log, 0o644), (log.parent, 0o755)):
        p.chmod(m)
    config_mode = mode(tmp_path / "cfg")
    workspace = tmp_path / "fresh" / "w.beehive"
    _run(["--db", str(workspace), "--screenshot", str(tmp_path / "shot.png")], env)
    assert (tmp_path / "shot.png").exists()
    assert mode(workspace) == 0o600 and mode(workspace.parent) == 0o700
    assert mode(log) == 0o600 and mode(log.parent) == 0o700
    assert mode(settings_file) == 0o600 and mode(settings_file.parent) == 0o700
    assert mode(tmp_path / "cfg") == config_mode  # ~/.config is not ours: left as it was


def _old_workspace(path: Path) -> sqlite3.Connection:
    """A workspace as an older Beehive left it: 0644, with a 0644 -wal and -shm (still open elsewhere)."""
    from desktop.services.core.database import Database

    Database(path).close()
    path.chmod(0o644)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("UPDATE community SET purpose = purpose")
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").chmod(0o644)
    return con


def test_an_old_0644_workspace_becomes_0600_when_opened(tmp_path):
    from desktop.services.core.database import Database

    path = tmp_path / "old.beehive"
    other = _old_workspace(path)
    try:
        Database(path).close()
        assert {side: mode(Path(f"{path}{side}")) for side in ("", "-wal", "-shm")} == {
            "": 0o600, "-wal": 0o600, "-shm": 0o600}  # fmt: skip
    finally:
        other.close()


def test_an_old_0644_workspace_becomes_0600_through_the_cli(tmp_path):
    path = tmp_path / "old.beehive"
    _old_workspace(path).close()
    path.chmod(0o644)
    _run(["--db", str(path), "export", "members", str(tmp_path / "out.csv")], _env(tmp_path))
    assert mode(path) == 0o600
    assert mode(tmp_path / "out.csv") == 0o600  # an export of members' data: the owner's only, too


def test_tighten_workspace_covers_the_sqlite_side_files(tmp_path):
    path = tmp_path / "w.beehive"
    for side in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{side}").write_text("x")
        Path(f"{path}{side}").chmod(0o644)
    tighten_workspace(path)
    assert {mode(Path(f"{path}{s}")) for s in ("", "-wal", "-shm", "-journal")} == {0o600}
