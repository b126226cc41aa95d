"""Outputs through the CLI: import with rejected rows by line, round trip, report JSON, compilation PDF."""

from __future__ import annotations

import json

import pytest

from desktop.cli.main import main
from tests.helpers import pdf_text, snapshot, write_csv

MEMBERS = "姓名,手机\n张三,13812345678\n李四,13912345678\nLi Wei,13712345678\n"
OUTPUTS = ("标题,类型,状态,贡献者,发布日期,想法日期,链接\n"
           "八人合写的书,书,审阅,张三:author; Li Wei:editor,,2026-01-05,\n"
           "读书笔记,article,published,李四,2026-03-01,2026-02-01,https://example.com/n\n")  # fmt: skip


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "o.beehive"
    assert main(["--db", str(path), "import", "members", str(write_csv(tmp_path / "m.csv", MEMBERS))]) == 0
    assert (
        main(["--db", str(path), "import", "outputs", str(write_csv(tmp_path / "o.csv", OUTPUTS, "gbk"))])
        == 0
    )
    return path


def _run(db, *args):
    return main(["--db", str(db), *args])


def test_bad_rows_are_rejected_with_their_line_and_nothing_is_written(db, tmp_path, capsys):
    text = ("title,status,contributors,published,created\n"
            "好,idea,张三,,\n"
            "陌生人,idea,不认识的人:author,,\n"
            "坏状态,finished,张三,,\n"
            "倒序,published,张三,2026-01-01,2026-02-01\n")  # fmt: skip
    before = snapshot(db)
    assert _run(db, "import", "outputs", str(write_csv(tmp_path / "bad.csv", text))) == 1
    err = capsys.readouterr().err
    for needle in ("line 3", "不认识的人", "line 4", "finished", "line 5", "published date is before"):
        assert needle in err, needle
    assert snapshot(db) == before


def test_round_trip_changes_nothing_and_backwards_moves_are_recorded(db, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    assert _run(db, "export", "outputs", str(out)) == 0
    before = snapshot(db)
    capsys.readouterr()
    assert _run(db, "import", "outputs", str(out)) == 0
    assert "0 new, 0 updated, 2 unchanged" in capsys.readouterr().err
    assert snapshot(db) == before
    back = write_csv(
        tmp_path / "back.csv", "title,status,contributors\n八人合写的书,drafting,张三:author; Li Wei:editor\n"
    )
    assert _run(db, "import", "outputs", str(back)) == 0
    capsys.readouterr()
    assert _run(db, "report", "outputs", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    book = next(o for o in report["outputs"] if o["title"] == "八人合写的书")
    assert book["status"] == "drafting" and book["kind"] == "book"
    assert book["contributors"] == [{"name": "张三", "role": "author"}, {"name": "Li Wei", "role": "editor"}]
    assert {m["name"]: m["outputs"] for m in report["members"]} == {"张三": 1, "Li Wei": 1, "李四": 1}


def test_compilation_pdf_has_title_page_contents_and_every_work(db, tmp_path, capsys):
    pdf = tmp_path / "book.pdf"
    assert _run(db, "report", "compilation", "--pdf", str(pdf)) == 0
    text = pdf_text(pdf)
    pages = text.split("\f")
    assert "Compilation of works" in pages[0] and "2 works" in pages[0]
    assert "Contents" in pages[1]
    for needle in (
        "1 · 读书笔记",
        "2 · 八人合写的书",
        "张三(Author)",
        "Li Wei(Editor)",
        "https://example.com/n",
    ):
        assert needle in text, needle
    toc = [line.split()[-1] for line in pages[1].splitlines() if line.strip().startswith(("1.", "2."))]
    assert toc == ["3", "4"] and "1 · 读书笔记" in pages[2] and "2 · 八人合写的书" in pages[3]
    assert _run(db, "report", "compilation", "--kind", "video", "--pdf", str(pdf)) == 1
