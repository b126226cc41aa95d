"""Events and attendance through the CLI: import/export round trips, rejected rows by line, .ics parsed back."""

from __future__ import annotations

import json

import icalendar
import pytest

from desktop.cli.main import main
from tests.helpers import snapshot, write_csv

MEMBERS = "姓名,手机,邮箱\n张三,13812345678,zs@example.com\n李四,13912345678,\n王五,13712345678,\n"
EVENTS = ("标题,类型,开始,结束,地点,人数上限,系列,时区\n"
          "读书会,线下活动,2026-12-05 19:00,2026-12-05 21:00,望京书房,2,读书会,Asia/Shanghai\n"
          "读书会,线下活动,2026-12-12 19:00,2026-12-12 21:00,望京书房,2,读书会,Asia/Shanghai\n"
          "线上分享,线上分享,2026-12-08 20:00,2026-12-08 21:00,,0,,Asia/Shanghai\n")  # fmt: skip


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "e.beehive"
    assert main(["--db", str(path), "import", "members", str(write_csv(tmp_path / "m.csv", MEMBERS))]) == 0
    assert (
        main(["--db", str(path), "import", "events", str(write_csv(tmp_path / "e.csv", EVENTS, "gbk"))]) == 0
    )
    return path


def _run(db, *args):
    return main(["--db", str(db), *args])


def test_events_round_trip_and_a_reimport_changes_nothing(db, tmp_path, capsys):
    out = tmp_path / "out.xlsx"
    assert _run(db, "export", "events", str(out)) == 0
    before = snapshot(db)
    capsys.readouterr()
    assert _run(db, "import", "events", str(out)) == 0
    assert "0 new, 0 updated, 3 unchanged" in capsys.readouterr().err
    assert snapshot(db) == before


def test_bad_event_rows_are_rejected_with_their_line(db, tmp_path, capsys):
    text = "title,start,end,capacity\n好,2026-12-01 10:00,2026-12-01 11:00,\n反了,2026-12-01 10:00,2026-12-01 09:00,\n坏,明天,,\n负,2026-12-01 10:00,,-3\n"
    before = snapshot(db)
    assert _run(db, "import", "events", str(write_csv(tmp_path / "bad.csv", text))) == 1
    err = capsys.readouterr().err
    assert "line 3" in err and "ends before it starts" in err and "line 4" in err and "line 5" in err
    assert snapshot(db) == before


def test_attendance_rows_name_events_and_members_or_are_rejected(db, tmp_path, capsys):
    text = ("活动,活动时间,成员,报名,到场\n"
            "读书会,2026-12-05,张三,参加,是\n"
            "读书会,2026-12-12,13912345678,going,no\n"
            "读书会,,王五,going,\n"  # two events have this title
            "不存在的活动,,王五,going,\n"
            "线上分享,,不认识的人,going,\n"
            "线上分享,,zs@example.com,可能,\n")  # fmt: skip
    path = write_csv(tmp_path / "a.csv", text)
    before = snapshot(db)
    assert _run(db, "import", "attendance", str(path)) == 1
    err = capsys.readouterr().err
    for needle in ("line 4", "Several events", "line 5", "不存在的活动", "line 6", "不认识的人"):
        assert needle in err, needle
    assert snapshot(db) == before
    assert _run(db, "import", "attendance", str(path), "--skip-invalid") == 0
    capsys.readouterr()
    assert _run(db, "report", "attendance", "--json") == 0
    report = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert report["张三"] == {
        "name": "张三",
        "invited": 2,
        "going": 1,
        "attended": 1,
        "no_shows": 0,
        "rate": 1.0,
    }
    assert report["李四"]["going"] == 1 and report["李四"]["attended"] == 0


def test_ics_parses_back_with_attendees_and_partstat(db, tmp_path, capsys):
    _run(db, "import", "attendance", str(write_csv(tmp_path / "a.csv",
         "event,event_start,member,rsvp\n线上分享,,张三,going\n线上分享,,李四,declined\n线上分享,,王五,maybe\n")))  # fmt: skip
    ics = tmp_path / "events.ics"
    assert _run(db, "export", "events", str(ics)) == 0
    data = ics.read_bytes()
    assert b"\r\n" in data and all(len(line) <= 75 for line in data.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(data)
    events = cal.walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["读书会", "线上分享", "读书会"]
    first = events[0]
    assert first.decoded("DTSTART").isoformat() == "2026-12-05T19:00:00+08:00"  # in its zone (TZID)
    assert first["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert str(first["LOCATION"]) == "望京书房"
    online = events[1]
    attendees = online["ATTENDEE"]
    got = {str(a.params["CN"]): str(a.params["PARTSTAT"]) for a in attendees}
    assert got == {"张三": "ACCEPTED", "李四": "DECLINED", "王五": "TENTATIVE"}
    assert any(str(a) == "mailto:zs@example.com" for a in attendees)


@pytest.mark.parametrize("kind", ["plan", "signin", "badges"])
def test_printouts_need_an_event_and_a_pdf(db, kind, capsys):
    assert _run(db, "report", kind, "--json") == 2
    assert _run(db, "report", kind, "--event", "读书会", "--pdf", "x.pdf") == 1  # two on that title
    assert "Several events" in capsys.readouterr().err


@pytest.mark.parametrize(
    "header,rows,expected",
    [
        ("Name,Attendee Status,Check-In Date", "张三,Checked In,2026-12-05 19:05\n李四,Attending,\n王五,Not Attending,",
         {"张三": (1, 1), "李四": (1, 0), "王五": (0, 0)}),  # Eventbrite's own words
        ("name,approval_status,checked_in_at", "张三,approved,\n李四,pending_approval,\n王五,waitlist,",
         {"张三": (1, 0), "李四": (0, 0), "王五": (0, 0)}),  # Luma
        ("姓名,报名,签到", "张三,已报名,√\n李四,请假,\n王五,已报名,缺席", {"张三": (1, 1), "李四": (0, 0), "王五": (1, 0)}),
    ],
)  # fmt: skip
def test_a_file_without_event_column_imports_for_the_chosen_event_in_the_platforms_words(
    db, tmp_path, capsys, header, rows, expected
):
    path = write_csv(tmp_path / "door.csv", f"{header}\n{rows}\n")
    assert _run(db, "import", "attendance", str(path)) == 1  # no event column and none chosen
    assert _run(db, "import", "attendance", str(path), "--event", "线上分享") == 0
    capsys.readouterr()
    assert _run(db, "report", "attendance", "--json") == 0
    report = {r["name"]: (r["going"], r["attended"]) for r in json.loads(capsys.readouterr().out)}
    assert {n: report[n] for n in expected} == expected


def test_absent_marks_a_no_show_and_an_unknown_word_is_refused(db, tmp_path):
    from desktop.services.communities import Communities
    from desktop.services.core.database import Database
    from desktop.services.events.import_plan import plan

    database = Database(db)
    cid = Communities(database).ensure("").id
    path = write_csv(tmp_path / "d.csv", "姓名,报名,签到\n张三,已报名,缺席\n李四,已报名,迟到\n王五,也许吧,\n")
    p = plan(database, cid, path, kind="attendance", event="线上分享")
    rows = {r["line"]: r for r in p.rows}
    assert rows[2]["no_show"] and not rows[2]["came"] and rows[3]["came"]
    assert [(r.line, r.code) for r in p.rejected] == [(4, "bad_rsvp")]
    database.close()


def test_the_communitys_own_words_and_meetups_guests_are_read(db, tmp_path, capsys):
    from dataclasses import replace

    from desktop.services.communities import Communities
    from desktop.services.core.database import Database
    from models.errors import ValidationError

    sheet = write_csv(tmp_path / "d.csv", "姓名,报名,签到,带人\n张三,报了,到了,1\n李四,报了,鸽了,\n王五,报了,,+2\n")
    assert _run(db, "import", "attendance", str(sheet), "--event", "线上分享") == 1  # 报了/到了/鸽了: unknown
    communities = Communities(Database(db))
    info = communities.all()[0]
    with pytest.raises(ValidationError) as e:
        communities.update(replace(info, attendance_words="到了=arrived"))
    assert e.value.code == "bad_attendance_word"
    communities.update(replace(info, attendance_words="到了=came；鸽了 = absent\n报了=going"))
    assert communities.all()[0].attendance_words == "到了=came; 鸽了 = absent; 报了=going"
    assert _run(db, "import", "attendance", str(sheet), "--event", "线上分享") == 0
    rows = Database(db).query("SELECT m.name, a.rsvp, a.checked_in_at != '', a.no_show, a.guests FROM attendance a"
                              " JOIN member m ON m.id = a.member_id ORDER BY m.id")  # fmt: skip
    assert [r[:3] + (r[4],) for r in rows] == [("张三", "going", 1, 1), ("李四", "going", 0, 0), ("王五", "going", 0, 2)]


def test_meetups_attendee_report_imports_with_its_guests(tmp_path, capsys):
    from pathlib import Path

    from desktop.services.core.database import Database

    path = tmp_path / "m.beehive"
    fixture = Path(__file__).parents[3] / "fixtures" / "presets" / "meetup_attendees.csv"
    assert main(["--db", str(path), "import", "members", str(fixture)]) == 0
    assert main(["--db", str(path), "import", "events", str(write_csv(tmp_path / "e.csv",
                "title,start\nTech talk,2024-03-21 19:00\n"))]) == 0  # fmt: skip
    assert main(["--db", str(path), "import", "attendance", str(fixture), "--event", "Tech talk"]) == 0
    got = Database(path).query("SELECT m.name, a.rsvp, a.guests FROM attendance a JOIN member m ON m.id = a.member_id"
                               " ORDER BY m.name")  # fmt: skip
    assert got == [("Lucas Martin", "going", 0), ("Priya Patel", "going", 1)]
