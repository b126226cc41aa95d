"""Structure import/export/report through the CLI: rejected rows by line, merges, round trips, JSON."""

from __future__ import annotations

import json

import pytest

from desktop.cli.main import main
from tests.helpers import snapshot, write_csv

MEMBERS = "姓名,手机,邮箱,兴趣\n张三,13812345678,zs@example.com,读书\n李四,13912345678,,读书\n王五,13712345678,,跑步\n张伟,,,\n张伟,,,\n"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "s.beehive"
    assert main(["--db", str(path), "import", "members", str(write_csv(tmp_path / "m.csv", MEMBERS))]) == 0
    return path


def _run(db, *args):
    return main(["--db", str(db), *args])


def test_units_parent_later_in_file_unknown_parent_and_cycle(db, tmp_path, capsys):
    text = "名称,上级,类型,负责人,上限\n一群,总群,金字塔,张三,2\n总群,,,,\n坏群,不存在,,,\nA,B,,,\nB,A,,,\n"
    path = write_csv(tmp_path / "u.csv", text)
    before = snapshot(db)
    assert _run(db, "import", "units", str(path)) == 1
    err = capsys.readouterr().err
    assert "line 4" in err and "不存在" in err and "line 5" in err and "line 6" in err
    assert snapshot(db) == before
    assert _run(db, "import", "units", str(path), "--skip-invalid") == 0
    capsys.readouterr()
    assert _run(db, "report", "structure", "--json") == 0
    units = {u["name"]: u for u in json.loads(capsys.readouterr().out)["units"]}
    assert (
        set(units) == {"一群", "总群"}
        and units["一群"]["parent"] == "总群"
        and units["一群"]["lead"] == "张三"
    )
    assert isinstance(units["一群"]["size"], int) and units["一群"]["over_cap"] is False


def test_member_references_unknown_or_ambiguous_are_rejected(db, tmp_path, capsys):
    _run(db, "import", "units", str(write_csv(tmp_path / "u.csv", "name\n一群\n")))
    text = "member,unit,primary\n李四,一群,yes\n13712345678,一群,no\n无名,一群,yes\n张伟,一群,\n"
    assert _run(db, "import", "memberships", str(write_csv(tmp_path / "ms.csv", text))) == 1
    err = capsys.readouterr().err
    assert "line 4: No member matches: 无名" in err and "line 5: More than one member matches: 张伟" in err


def test_ties_merge_keeping_the_stronger_and_reimport_changes_nothing(db, tmp_path, capsys):
    text = "a,b,strength,source\n张三,李四,8,介绍\n13912345678,zs@example.com,9,\n王五,李四,3,活动\n"
    path = write_csv(tmp_path / "c.csv", text)
    assert _run(db, "import", "connections", str(path)) == 0
    before = snapshot(db)
    assert _run(db, "import", "connections", str(path)) == 0
    assert snapshot(db) == before
    out = tmp_path / "out.csv"
    assert _run(db, "export", "connections", str(out)) == 0
    rows = out.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "a,b,strength,since,source" and len(rows) == 3 and ",9," in rows[1]
    self_tie = write_csv(tmp_path / "self.csv", "a,b\n张三,zs@example.com\n")
    assert _run(db, "import", "connections", str(self_tie)) == 1
    assert "themselves" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["units", "memberships", "roles", "connections"])
def test_export_then_import_changes_nothing(db, tmp_path, kind):
    _run(
        db,
        "import",
        "units",
        str(write_csv(tmp_path / "u.csv", "name,parent,lead\n总群,,\n一群,总群,张三\n")),
    )
    _run(
        db,
        "import",
        "memberships",
        str(write_csv(tmp_path / "ms.csv", "member,unit\n李四,一群\n王五,一群\n")),
    )
    _run(
        db,
        "import",
        "roles",
        str(
            write_csv(
                tmp_path / "r.csv", "member,unit,role,specialty,start\n李四,一群,secretary,,2026-01-01\n"
            )
        ),
    )
    _run(db, "import", "connections", str(write_csv(tmp_path / "c.csv", "a,b,strength\n张三,李四,6\n")))
    out = tmp_path / f"{kind}.xlsx"
    assert _run(db, "export", kind, str(out)) == 0
    before = snapshot(db)
    assert _run(db, "import", kind, str(out)) == 0
    assert snapshot(db) == before


def test_split_report(db, tmp_path, capsys):
    _run(db, "import", "units", str(write_csv(tmp_path / "u.csv", "name,cap\n大群,2\n")))
    _run(
        db,
        "import",
        "memberships",
        str(write_csv(tmp_path / "ms.csv", "member,unit\n张三,大群\n李四,大群\n王五,大群\n")),
    )
    _run(db, "import", "connections", str(write_csv(tmp_path / "c.csv", "a,b,strength\n张三,李四,9\n")))
    capsys.readouterr()
    assert _run(db, "report", "split", "--unit", "大群", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert sorted(sorted(g["members"]) for g in data["groups"]) == [["张三", "李四"], ["王五"]]
    assert (data["kept"], data["cut"], data["under_cap"]) == (1, 0, False)
    assert _run(db, "report", "split", "--unit", "没有", "--json") == 1
