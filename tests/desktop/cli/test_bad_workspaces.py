"""Every workspace-file oddity ends in a clear message and exit 1, never a traceback: a directory, a
FIFO, /dev/null, a symlink loop, text, noise, a truncated or damaged file, another program's SQLite
(also with our table names), a newer Beehive's, an encrypted one without its key."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from desktop.app import ensure_demo
from desktop.cli.main import main


def _bad(kind: str, tmp_path, good):
    path = tmp_path / f"{kind}.beehive"
    if kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev_null":
        return "/dev/null"
    elif kind == "symlink_loop":
        os.symlink(path, path)
    elif kind == "text":
        path.write_text("名字,电话\n" * 2000)
    elif kind == "noise":
        path.write_bytes(os.urandom(8192))
    elif kind in ("truncated", "damaged_page", "newer"):
        shutil.copy(good, path)
        raw = bytearray(path.read_bytes())
        if kind == "truncated":
            path.write_bytes(raw[:50_000])
        elif kind == "damaged_page":
            raw[3 * 4096 : 4 * 4096] = os.urandom(4096)
            path.write_bytes(raw)
        else:
            con = sqlite3.connect(path)
            con.execute("UPDATE alembic_version SET version_num = '0099_future'")
            con.commit()
            con.close()
    elif kind in ("other_app", "other_app_our_tables"):
        con = sqlite3.connect(path)
        if kind == "other_app":
            con.execute("CREATE TABLE notes (x)")
        else:
            con.execute("PRAGMA application_id = 1196444487")  # a GeoPackage
            con.execute("CREATE TABLE alembic_version (version_num TEXT)")
            con.execute("INSERT INTO alembic_version VALUES ('0001_initial')")
            con.execute("CREATE TABLE member (id INTEGER PRIMARY KEY)")
        con.commit()
        con.close()
    return str(path)


KINDS = ["directory", "fifo", "dev_null", "symlink_loop", "text", "noise", "truncated", "damaged_page",
         "newer", "other_app", "other_app_our_tables"]  # fmt: skip
COMMANDS = [["report", "structure", "--json"], ["backup"], ["backups"], ["export", "members", "-"]]


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    return ensure_demo(tmp_path_factory.mktemp("good") / "good.beehive", 20)


@pytest.mark.parametrize("kind", KINDS)
def test_a_bad_workspace_is_refused_with_a_message(kind, tmp_path, good, capsys):
    path = _bad(kind, tmp_path, good)
    before = None if kind in ("directory", "fifo", "dev_null", "symlink_loop") else open(path, "rb").read()
    csv = tmp_path / "m.csv"
    csv.write_text("name,phone\n张三,13800138000\n", encoding="utf-8")
    for command in [*COMMANDS, ["import", "members", str(csv)]]:
        code = main(["--db", path, *command])  # a traceback would fail the test here
        err = capsys.readouterr().err
        if command == ["backups"] and kind in ("damaged_page", "truncated"):
            assert code in (0, 1)  # the list of a damaged file's backups is what the organiser needs now
            continue
        assert code == 1 and err.strip(), (kind, command)
    if before is not None:
        assert open(path, "rb").read() == before  # nothing was written into it
