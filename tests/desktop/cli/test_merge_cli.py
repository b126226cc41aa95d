"""`beehive report duplicates --json` and `beehive merge A B [--keep-from B:field,...]`."""

from __future__ import annotations

import json
import sqlite3

import pytest

from desktop.cli.main import main
from tests.helpers import snapshot

PEOPLE = [
    ("张三", (("phone", "13800138000"),), "北京", "读书"),
    ("Zhang San", (("phone", "+86 138 0013 8000"), ("email", "zs@example.com")), "Beijing", "志愿者"),
    ("John Smith", (("phone", "+44 20 7946 0958"), ("email", "john@example.com")), "London", ""),
    ("Smith, John", (("email", "jsmith@example.org"),), "London", ""),
    ("李四", (("phone", "13912345678"),), "上海", ""),
]


@pytest.fixture
def db(tmp_path):
    """Members entered one by one (an import would already join rows sharing a phone)."""
    from desktop.services.container import open_services
    from models.member_draft import MemberDraft

    path = tmp_path / "m.beehive"
    services = open_services(path)
    cid = services.communities.ensure("").id
    for name, identities, city, tags in PEOPLE:
        services.member_writes.create(cid, MemberDraft(name=name, identities=identities, city=city, tags=tags))
    services.close()
    return path


def _run(db, *args):
    return main(["--db", str(db), *args])


def _names(db):
    con = sqlite3.connect(db)
    try:
        return dict(con.execute("SELECT name, city FROM member").fetchall())
    finally:
        con.close()


def test_report_duplicates_json(db, capsys):
    capsys.readouterr()
    assert _run(db, "report", "duplicates", "--json") == 0
    found = {(c["a_name"], c["b_name"]): c for c in json.loads(capsys.readouterr().out)}
    assert found[("张三", "Zhang San")]["reasons"] == ["same_phone", "same_name_pinyin"]
    assert found[("John Smith", "Smith, John")]["reasons"] == ["same_name", "same_city"]
    assert all(set(c) == {"a_id", "b_id", "a_name", "b_name", "score", "reasons"} for c in found.values())


def test_merge_by_name_and_email_keeping_fields_from_b(db, capsys):
    assert _run(db, "merge", "张三", "zs@example.com", "--keep-from", "B:city") == 0
    assert "Zhang San" in capsys.readouterr().out
    names = _names(db)
    assert names["张三"] == "Beijing" and "Zhang San" not in names
    con = sqlite3.connect(db)
    assert con.execute("SELECT tags FROM member WHERE name = '张三'").fetchone() == ("读书; 志愿者",)
    con.close()


def test_merge_by_uuid(db, capsys):
    con = sqlite3.connect(db)
    a, b = (r[0] for r in con.execute("SELECT uuid FROM member WHERE name LIKE '%Smith%' ORDER BY id"))
    con.close()
    assert _run(db, "merge", b, a) == 0
    assert "Smith, John" in _names(db) and "John Smith" not in _names(db)
    capsys.readouterr()
    assert _run(db, "merge", "李四", a) == 0  # the merged member's old UUID names the survivor
    assert "Smith, John" not in _names(db)


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (["merge", "张三", "无名氏"], 1, "No member matches"),
        (["merge", "张三", "张三"], 1, "two different members"),
        (["merge", "13800138000", "李四"], 1, "More than one member matches"),  # 张三 and Zhang San
        (["merge", "张三", "Zhang San", "--keep-from", "B:colour"], 1, "colour"),
        (["merge", "张三", "Zhang San", "--keep-from", "name"], 2, "--keep-from"),
    ],
)
def test_refusals_write_nothing(db, capsys, args, code, says):
    before = snapshot(db)
    capsys.readouterr()
    assert _run(db, *args) == code
    assert says in capsys.readouterr().err
    assert snapshot(db) == before
