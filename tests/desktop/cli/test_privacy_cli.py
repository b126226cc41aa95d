"""`beehive person-export MEMBER --to DIR` and `beehive erase MEMBER [--yes]`: exit codes, ambiguous
names refused, the files written, and the erasure made final by the next `beehive backup`."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.cli.main import main
from tests.helpers import pdf_text, snapshot

PEOPLE = [
    ("张三", (("phone", "13800138000"), ("email", "zhangsan@example.com")), "北京"),
    ("Iris Lin", (("email", "iris.one@example.com"),), "Shenzhen"),
    ("Iris Lin", (("email", "iris.two@example.com"),), "Hangzhou"),
]


@pytest.fixture
def db(tmp_path):
    from desktop.services.container import open_services
    from models.member_draft import MemberDraft

    path = tmp_path / "p.beehive"
    services = open_services(path)
    cid = services.communities.ensure("").id
    for name, identities, city in PEOPLE:
        services.member_writes.create(cid, MemberDraft(name=name, identities=identities, city=city))
    services.close()
    return path


def _run(db, *args):
    return main(["--db", str(db), *args])


def _uuid(db, email):
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT m.uuid FROM member m JOIN member_identity i ON i.member_id = m.id WHERE i.value = ?",
            (email,),
        ).fetchone()[0]
    finally:
        con.close()


def test_person_export_writes_json_and_a_readable_pdf(db, tmp_path, capsys):
    out = tmp_path / "out"
    assert _run(db, "person-export", "张三", "--to", str(out)) == 0
    (json_file,) = out.glob("*.json")
    data = json.loads(json_file.read_text(encoding="utf-8"))
    assert data["format"] == "beehive-person-export" and data["member"]["name"] == "张三"
    assert {(i["kind"], i["value"]) for i in data["identities"]} == {
        ("phone", "+8613800138000"),
        ("email", "zhangsan@example.com"),
    }
    text = pdf_text(json_file.with_suffix(".pdf"))
    assert "Everything Beehive holds about 张三" in text and "zhangsan@example.com" in text
    assert "Page 1 of" in text


def test_an_ambiguous_name_is_refused_with_the_record_ids(db, tmp_path, capsys):
    before = snapshot(db)
    assert _run(db, "erase", "Iris Lin", "--yes") == 1
    err = capsys.readouterr().err
    assert "2 members are named “Iris Lin”" in err
    assert _uuid(db, "iris.one@example.com") in err and _uuid(db, "iris.two@example.com") in err
    assert _run(db, "person-export", "Nobody", "--to", str(tmp_path / "x")) == 1
    assert snapshot(db) == before


def test_erase_needs_yes_when_it_cannot_ask(db, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    before = snapshot(db)
    assert _run(db, "erase", "张三") == 2
    assert "--yes" in capsys.readouterr().err
    assert snapshot(db) == before


def test_erase_by_uuid_then_backup_makes_it_final(db, capsys):
    uuid = _uuid(db, "iris.two@example.com")
    assert _run(db, "backup") == 0  # a copy that still holds Iris Lin of Hangzhou
    assert _run(db, "erase", uuid, "--yes") == 0
    out = capsys.readouterr().out
    assert "Erased “Iris Lin”" in out and "Erased person 1" in out
    assert _run(db, "erase", uuid, "--yes") == 0  # erased already: nothing written
    assert _run(db, "backup") == 0
    from desktop.services.core.backups import listing

    copies = listing(db)
    assert len(copies) >= 2  # the two taken here (and any taken when the file was made)
    for file in (db, *(c.path for c in copies)):
        raw = file.read_bytes()
        assert b"iris.two@example.com" not in raw and b"Hangzhou" not in raw, file
    assert b"iris.one@example.com" in db.read_bytes()  # the other Iris Lin stays
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM member").fetchone()[0] == 3
    con.close()
