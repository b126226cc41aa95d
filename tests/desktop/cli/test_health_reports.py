"""Activity import/export and `report health --json` through the CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.cli.main import main
from tests.helpers import snapshot, write_csv

MEMBERS = "姓名,手机,邀请人,标签\n张三,13812345678,,\n李四,13912345678,张三,\nLi Wei,13712345678,张三,\n小组织者,13612345678,,组织者\n"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "h.beehive"
    assert main(["--db", str(path), "import", "members", str(write_csv(tmp_path / "m.csv", MEMBERS))]) == 0
    return path


def _run(db, *args):
    return main(["--db", str(db), *args])


def test_activity_rows_unknown_future_or_negative_are_rejected_by_line(db, tmp_path, capsys):
    today = dt.date.today()
    future = (today + dt.timedelta(days=3)).isoformat()
    text = (f"成员,日期,类型,次数,备注\n张三,{today},chat,12,\n不认识,{today},chat,1,\n"
            f"李四,{future},chat,1,\n李四,{today},chat,-2,\n")  # fmt: skip
    before = snapshot(db)
    assert _run(db, "import", "activity", str(write_csv(tmp_path / "a.csv", text))) == 1
    err = capsys.readouterr().err
    for needle in ("line 3", "不认识", "line 4", "in the future", "line 5", "0 or more"):
        assert needle in err, needle
    assert snapshot(db) == before
    assert _run(db, "import", "activity", str(write_csv(tmp_path / "a.csv", text)), "--skip-invalid") == 0
    out = tmp_path / "out.csv"
    assert _run(db, "export", "activity", str(out)) == 0
    before = snapshot(db)
    assert _run(db, "import", "activity", str(out)) == 0  # the same rows again: nothing changes
    assert snapshot(db) == before


def test_health_report_keys_and_types(db, tmp_path, capsys):
    today = dt.date.today().isoformat()
    _run(db, "import", "activity", str(write_csv(tmp_path / "a.csv", f"member,date,count\n张三,{today},3\n")))
    _run(db, "import", "connections", str(write_csv(tmp_path / "c.csv", "a,b\n张三,李四\n张三,Li Wei\n")))
    capsys.readouterr()
    assert _run(db, "report", "health", "--json") == 0
    r = json.loads(capsys.readouterr().out)
    types = {"members": int, "active_members": int, "new_members": int, "drifting": int, "inactive": int,
             "density": float, "isolated": int, "absence_factor": int, "strong_nodes": list, "top_share": float,
             "units": list}  # fmt: skip
    for key, kind in types.items():
        assert isinstance(r[key], kind), key
    assert r["members"] == 3 and r["active_members"] == 1 and r["absence_factor"] == 1
    assert set(r["conditions"]) == {"shared_interest", "structure", "output", "operations", "replication"}
    assert all(isinstance(c["score"], int) and 0 <= c["score"] <= 100 for c in r["conditions"].values())
    assert r["invitations"][0]["name"] == "张三" and r["invitations"][0]["invited"] == 2
    # one day of activity is below the two days "participating" needs
    assert r["levels"] == {"following": 3, "participating": 0, "contributing": 0, "leading": 0}
    assert r["strong_nodes"][0] == {"name": "张三", "degree": 2, "betweenness": 1.0}
    assert r["density"] == round(2 / 3, 6) and r["isolated"] == 0 and r["top_share"] == 1.0
    assert _run(db, "report", "health", "--json", "--window", "0") == 1
    assert "at least 1 day" in capsys.readouterr().err


def test_introductions_pair_active_members_with_shared_interests(tmp_path, capsys):
    path = tmp_path / "i.beehive"
    members = "姓名,兴趣,专长\n张三,读书;跑步,设计\n李四,读书;跑步,财务\n王五,读书,\n赵六,摄影,\n"
    assert main(["--db", str(path), "import", "members", str(write_csv(tmp_path / "m.csv", members))]) == 0
    today = dt.date.today().isoformat()
    rows = "".join(f"{n},{today},1\n" for n in ("张三", "李四", "赵六"))  # 王五 is not active
    assert (
        main(
            [
                "--db",
                str(path),
                "import",
                "activity",
                str(write_csv(tmp_path / "a.csv", "member,date,count\n" + rows)),
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--db", str(path), "report", "introductions", "--json"]) == 0
    pairs = json.loads(capsys.readouterr().out)
    assert pairs == [{"a": "张三", "b": "李四", "score": 5, "shared_interests": ["读书", "跑步"], "a_offers": ["设计"],
                      "b_offers": ["财务"]}]  # fmt: skip


def test_report_chart_to_png_svg_csv_and_an_empty_range(db, tmp_path, capsys):
    _run(
        db,
        "import",
        "activity",
        str(write_csv(tmp_path / "a.csv", "member,date,count\n张三,2026-03-04,3\n李四,2026-03-10,1\n")),
    )
    png, svg, data = tmp_path / "c.png", tmp_path / "c.svg", tmp_path / "c.csv"
    assert (
        _run(
            db,
            "report",
            "chart",
            "activity",
            "--by",
            "week",
            "--png",
            str(png),
            "--svg",
            str(svg),
            "--csv",
            str(data),
        )
        == 0
    )
    assert png.read_bytes()[:4] == b"\x89PNG" and b"<svg" in svg.read_bytes()
    assert data.read_text(encoding="utf-8-sig").splitlines()[:4] == [
        "period,activity",
        "2026-03-02,3.0",
        "2026-03-09,1.0",
        "2026-03-16,0.0",  # a quiet week is 0 in the chart, up to today
    ]
    assert (
        _run(db, "report", "chart", "growth", "--from", "2040-01-01", "--png", str(png)) == 0
    )  # empty, not an error
    assert _run(db, "report", "chart", "activity") == 2
    assert "--png, --svg or --csv" in capsys.readouterr().err


def test_health_report_as_a_one_page_pdf(db, tmp_path, capsys):
    from tests.helpers import pdf_text

    today = dt.date.today().isoformat()
    _run(db, "import", "activity", str(write_csv(tmp_path / "a.csv", f"member,date,count\n张三,{today},3\n")))
    pdf = tmp_path / "health.pdf"
    assert _run(db, "report", "health", "--pdf", str(pdf)) == 0
    text = pdf_text(pdf)
    assert "Community health" in text and "Page 1 of 1" in text and "Page 2" not in text
    assert "Active" in text and "At least one activity in the last 28 days." in text
    assert "with a lead" in text and "with_lead" not in text  # evidence in words, not keys
    # one day of data is less than a whole activity window: nobody is called a removal candidate yet
    assert "Removal candidates to review (提纯) (0)" in text


def test_every_chart_by_name_from_the_cli(db, tmp_path, capsys):
    _run(db, "import", "connections", str(write_csv(tmp_path / "c.csv", "a,b\n张三,李四\n张三,Li Wei\n")))
    for name in ("series_attendance", "levels", "cohorts", "degrees"):
        png, csv = tmp_path / f"{name}.png", tmp_path / f"{name}.csv"
        assert _run(db, "report", "chart", name, "--png", str(png), "--csv", str(csv)) == 0, name
        assert png.read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "degrees.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "ties,members",
        "1,2.0",
        "2,1.0",
    ]
