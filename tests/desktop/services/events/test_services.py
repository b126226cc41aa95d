"""Events, series edits, plans, RSVP with waitlist, check-in: refusals write nothing, undo restores."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.drafts import MemberDraft
from desktop.services.events.plan import Plan, save_plan
from models.errors import ValidationError
from models.event_draft import EventDraft
from models.event_times import to_local
from models.recurrence import Rule
from tests.helpers import snapshot

T = dt.datetime


def draft(**kw) -> EventDraft:
    base = dict(title="读书会", start=T(2026, 12, 5, 19, 0), end=T(2026, 12, 5, 21, 0), tz="Asia/Shanghai")
    return EventDraft(**{**base, **kw})


@pytest.fixture
def env(services, community_id):
    steps = []
    services.db.on_step.append(steps.append)
    people = [services.member_writes.create(community_id, MemberDraft(name=f"成员{i}")) for i in range(6)]
    steps.clear()
    return services.event_writes, services.rsvp_writes, services.events, people, steps


def undo_all(services, steps):
    for step in reversed(steps):
        services.db.undo(step)


def test_times_are_stored_in_utc_and_shown_in_the_event_zone(services, community_id, env):
    w, _, q, _, _ = env
    (eid,) = w.create(community_id, draft())
    e = q.event(eid)
    assert e.start_utc == "2026-12-05T11:00:00Z"
    assert to_local(e.start_utc, e.tz).hour == 19


@pytest.mark.parametrize("bad, code", [
    (dict(end=T(2026, 12, 5, 18, 0)), "event_end_before_start"),
    (dict(title="  "), "event_title_required"),
    (dict(capacity=-1), "bad_capacity"),
    (dict(tz="Mars/Olympus"), "bad_zone"),
])  # fmt: skip
def test_bad_events_are_refused_and_nothing_is_written(services, community_id, env, bad, code):
    w = env[0]
    before = snapshot(services.path)
    with pytest.raises(ValidationError) as e:
        w.create(community_id, draft(**bad))
    assert e.value.code == code
    assert snapshot(services.path) == before


def test_series_this_one_and_all_following(services, community_id, env):
    w, _, q, _, steps = env
    before = snapshot(services.path)
    ids = w.create(community_id, draft(), Rule("weekly", dt.date(2026, 12, 5), count=4))
    assert len(ids) == 4 and len(steps) == 1
    # move one date
    w.update(ids[1], draft(start=T(2026, 12, 13, 15, 0), end=T(2026, 12, 13, 17, 0)))
    assert to_local(q.event(ids[1]).start_utc, "Asia/Shanghai").day == 13
    # all following from the third: one hour later, new venue; the first two keep theirs
    w.update(ids[2], draft(start=T(2026, 12, 19, 20, 0), end=T(2026, 12, 19, 22, 30), venue="新场地"),
             scope="following")  # fmt: skip
    hours = [to_local(q.event(i).start_utc, "Asia/Shanghai").hour for i in ids]
    assert hours == [19, 15, 20, 20]
    assert [q.event(i).venue for i in ids] == ["", "", "新场地", "新场地"]
    # skip one date, then end the series
    w.delete(ids[0])
    assert [e.id for e in q.series_events(q.event(ids[1]).series_id)] == ids[1:]
    w.delete(ids[2], scope="following")
    assert [e.id for e in q.events(community_id)] == [ids[1]]
    undo_all(services, steps)
    assert snapshot(services.path) == before


def test_a_series_rule_without_dates_writes_nothing(services, community_id, env):
    w = env[0]
    before = snapshot(services.path)
    with pytest.raises(ValidationError) as e:
        w.create(community_id, draft(), Rule("weekly", dt.date(2026, 12, 5), until_on=dt.date(2026, 12, 1)))
    assert e.value.code == "series_empty"
    assert snapshot(services.path) == before


def test_plan_saves_only_changes_and_templates_carry_no_people(services, community_id, env):
    w, _, q, people, steps = env
    (eid,) = w.create(community_id, draft())
    plan = Plan(agenda=[{"title": "签到", "duration_min": 15}, {"title": "分享", "duration_min": 60,
                                                               "owner_id": people[0]}],
                duties=[{"role": "host", "member_id": people[1]}], tasks=[{"what": "订场地"}],
                materials=[{"what": "名牌", "quantity": "30"}], day_notes="开场先讲群规")  # fmt: skip
    save_plan(services.db, eid, plan)
    stored = q.plan(eid)
    assert [a["title"] for a in stored.agenda] == ["签到", "分享"] and stored.day_notes == "开场先讲群规"
    stored.agenda[1]["duration_min"] = 90
    n = len(steps)
    save_plan(services.db, eid, stored)
    assert len(steps) == n + 1 and len(steps[-1].changes) == 1  # only the changed line
    with pytest.raises(ValidationError):
        save_plan(services.db, eid, Plan(agenda=[{"title": "", "duration_min": 5}]))
    tid = w.save_template(eid, "标准读书会")
    new = w.create(community_id, draft(title="第二期", start=T(2027, 1, 2, 19), end=T(2027, 1, 2, 21)),
                   template_id=tid)  # fmt: skip
    copy = q.plan(new[0])
    assert [a["title"] for a in copy.agenda] == ["签到", "分享"]
    assert copy.agenda[1]["owner_id"] is None and copy.duties[0]["member_id"] is None
    assert copy.agenda[1]["duration_min"] == 90


def test_capacity_waitlist_and_promotion(services, community_id, env):
    w, r, q, people, steps = env
    (eid,) = w.create(community_id, draft(capacity=2))
    assert r.invite(eid, people) == 6
    assert r.invite(eid, people[:2]) == 0  # already invited
    assert [r.set_rsvp(eid, p, "going") for p in people[:4]] == ["going", "going", "waitlisted", "waitlisted"]
    r.set_rsvp(eid, people[0], "declined")
    rsvp = {x.member_id: x.rsvp for x in q.roster(eid)}
    assert rsvp[people[2]] == "going" and rsvp[people[3]] == "waitlisted"
    # lowering capacity below the going is allowed, with a warning, and drops nobody
    assert w.update(eid, draft(capacity=1)) == ["capacity_below_going"]
    assert q.headcount(eid) == (0, 2, 1)


def test_check_in_is_idempotent_undoable_and_closing_marks_no_shows(services, community_id, env):
    w, r, q, people, steps = env
    (eid,) = w.create(community_id, draft())
    r.invite(eid, people[:3])
    for p in people[:3]:
        r.set_rsvp(eid, p, "going")
    before = snapshot(services.path)
    n = len(steps)
    assert r.check_in(eid, people[0]) is True
    assert r.check_in(eid, people[0]) is False
    assert len(steps) == n + 1  # the second check-in wrote nothing
    services.db.undo(steps[-1])
    assert snapshot(services.path) == before
    r.check_in(eid, people[0])
    r.check_in(eid, people[5])  # walk-in member
    guest = r.walk_in_guest(eid, community_id, "新朋友", "13800138000")
    assert q.headcount(eid) == (3, 5, 0)
    assert services.members.get(guest).tags == "guest"
    assert r.close(eid) == 2
    roster = {x.member_id: x for x in q.roster(eid)}
    assert roster[people[1]].no_show and not roster[people[0]].no_show and roster[guest].walk_in
    report = {x["name"]: x for x in q.attendance_report(community_id)}
    assert (
        report["成员0"]["attended"] == 1
        and report["成员1"]["no_shows"] == 1
        and report["成员1"]["rate"] == 0.0
    )
    assert q.member_events(people[0])[0][4] is True


def test_deleting_a_member_or_unit_keeps_the_event_and_its_plan_lines(services, community_id, env):
    w, r, q, people, _ = env
    unit = services.structure_writes.create_unit(community_id, "一组")
    (eid,) = w.create(community_id, draft(unit_id=unit))
    save_plan(services.db, eid, Plan(duties=[{"role": "host", "member_id": people[0]}]))
    r.invite(eid, people[:2])
    services.member_writes.delete([people[0]])
    services.structure_writes.delete_unit(unit)
    assert q.event(eid).unit_id is None
    assert q.plan(eid).duties[0]["member_id"] is None
    assert [x.member_id for x in q.roster(eid)] == [people[1]]


def test_a_new_chapter_takes_the_event_templates(services, community_id, env):
    from desktop.services.structure.writes import replicate

    w, _, q, people, _ = env
    (eid,) = w.create(community_id, draft())
    save_plan(services.db, eid, Plan(agenda=[{"title": "破冰", "duration_min": 10, "owner_id": people[0]}]))
    w.save_template(eid, "标准读书会")
    new = replicate(services.db, community_id, "测试社群·上海分会")
    assert [t[1] for t in q.templates(new)] == ["标准读书会"]
    (copy,) = w.create(new, draft(), template_id=q.templates(new)[0][0])
    assert q.plan(copy).agenda[0]["title"] == "破冰" and q.plan(copy).agenda[0]["owner_id"] is None
