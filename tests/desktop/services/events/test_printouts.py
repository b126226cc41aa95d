"""The event printouts' data, gathered apart from rendering: plain asserts on the records."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.drafts import MemberDraft
from desktop.services.events.plan import Plan, save_plan
from desktop.services.events.printout_data import (
    Badge,
    Contributor,
    DutyLine,
    PlanSheet,
    PresentedWork,
    Roster,
    SigninRow,
)
from models.event_draft import EventDraft
from models.output_draft import OutputDraft
from models.recurrence import Rule

T = dt.datetime


@pytest.fixture
def env(services, community_id):
    m = services.member_writes
    names = ("张三", "李四", "Alice Wong", "阿明")  # pinyin: a(ming) < alice < li < zhang
    people = dict(zip(names, (m.create(community_id, MemberDraft(name=n, identities=(("phone", f"1381234567{i}"),)))
                              for i, n in enumerate(names)), strict=True))  # fmt: skip
    ids = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=T(2026, 12, 5, 19), end=T(2026, 12, 5, 20), tz="Asia/Shanghai", venue="望京书房"),
        Rule("weekly", dt.date(2026, 12, 5), count=3))  # fmt: skip
    save_plan(services.db, ids[0], Plan(
        agenda=[{"title": "签到", "duration_min": 15, "owner_id": people["李四"]},
                {"title": "分享", "duration_min": 40, "owner_text": "嘉宾"},
                {"title": "合影", "at_min": 50, "duration_min": 20}],
        duties=[{"role": "host", "member_id": people["张三"], "done": True}, {"role": "摄影师", "member_id": None}],
        tasks=[{"what": "订场地", "member_id": people["张三"], "due_on": "2026-12-01"}],
        day_notes="提醒群规"))  # fmt: skip
    save_plan(services.db, ids[2], Plan(duties=[{"role": "host", "member_id": people["李四"]},
                                                {"role": "host", "member_id": people["阿明"]}]))  # fmt: skip
    services.rsvp_writes.invite(ids[0], list(people.values()))
    services.rsvp_writes.set_rsvp(ids[0], people["张三"], "going")
    services.rsvp_writes.set_rsvp(ids[0], people["Alice Wong"], "declined")
    return ids, people


def test_plan_run_sheet_times_follow_the_durations(services, env):
    (eid, *_), people = env
    sheet = services.printouts.plan(eid)
    assert isinstance(sheet, PlanSheet) and sheet.community == "测试社群" and sheet.event.title == "读书会"
    assert sheet.event.start.strftime("%H:%M") == "19:00" and sheet.event.tz == "Asia/Shanghai"
    times = [(a.start.strftime("%H:%M"), a.end.strftime("%H:%M")) for a in sheet.agenda]
    assert times == [("19:00", "19:15"), ("19:15", "19:55"), ("19:50", "20:10")]  # the last one is pinned
    assert [a.who for a in sheet.agenda] == ["李四", "嘉宾", ""]
    assert [a.late for a in sheet.agenda] == [False, False, True]
    assert (sheet.run_min, sheet.length_min, sheet.over_min) == (70, 60, 10)
    assert sheet.duties == (DutyLine("host", "张三", True), DutyLine("摄影师", "", False))  # codes, not words
    assert [(t.what, t.who, t.due_on, t.done) for t in sheet.tasks] == [("订场地", "张三", "2026-12-01", False)]
    assert sheet.materials == () and sheet.works == () and sheet.day_notes == "提醒群规"


def test_plan_lists_the_works_presented_at_the_event(services, community_id, env):
    (eid, *_), people = env
    services.output_writes.create(community_id, OutputDraft(title="共读笔记", kind="article", event_id=eid,
                                                            contributors=((people["李四"], "author"),)))  # fmt: skip
    assert services.printouts.plan(eid).works == (PresentedWork("共读笔记", "article", (Contributor("李四", "author"),)),)


def test_sign_in_rows_leave_out_the_declined_and_are_in_pinyin_order(services, env):
    (eid, *_), people = env
    sheet = services.printouts.signin(eid)
    assert [r.name for r in sheet.rows] == ["阿明", "李四", "张三"]
    assert sheet.rows[2] == SigninRow("张三", "", "going", "+8613812345670")
    assert {r.rsvp for r in sheet.rows} == {"invited", "going"}


def test_badges_carry_the_duty_else_the_structure_role(services, community_id, env):
    (eid, *_), people = env
    services.structure_writes.assign_role(people["李四"], "leader")
    badges = services.printouts.badges(eid)
    assert (badges.community, badges.badges) == (
        "测试社群", (Badge("阿明", "", ""), Badge("李四", "", "leader"), Badge("张三", "", "host")))  # fmt: skip
    assert badges.event.title == "读书会"  # the PDF's proposed name: its date and title


def test_the_roster_has_every_date_of_the_series_and_each_role_once(services, env):
    ids, _ = env
    roster = services.printouts.printout("roster", ids[1])
    assert isinstance(roster, Roster) and roster.title == "读书会" and roster.community == "测试社群"
    assert [d.start.strftime("%Y-%m-%d %H:%M") for d in roster.dates] == [
        "2026-12-05 19:00", "2026-12-12 19:00", "2026-12-19 19:00"]  # fmt: skip
    assert roster.roles == ("host", "摄影师")
    assert [d.names for d in roster.dates] == [(("张三",), ()), ((), ()), (("李四", "阿明"), ())]


def test_a_roster_of_an_event_outside_a_series_is_its_plan(services, community_id):
    (eid,) = services.event_writes.create(community_id, EventDraft(title="一次", start=T(2026, 12, 5, 9),
                                                                 end=T(2026, 12, 5, 10), tz="UTC"))  # fmt: skip
    assert isinstance(services.printouts.printout("roster", eid), PlanSheet)
    assert services.printouts.printout("badges", eid).badges == ()
