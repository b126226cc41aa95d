"""Demo events: a weekly reading circle (past weeks checked in, coming weeks planned) and a meetup."""

from __future__ import annotations

import datetime as dt
import random

from desktop.services.core.database import Database
from desktop.services.events.plan import Plan, save_plan
from desktop.services.events.rsvp import RsvpWrites
from desktop.services.events.writes import EventWrites
from models.base import new_uuids
from models.event_draft import EventDraft
from models.event_times import to_utc
from models.recurrence import Rule

TZ = "Asia/Shanghai"
AGENDA = [("签到与破冰", 15, "checkin"), ("主题分享：本周读书心得", 40, ""), ("分组讨论", 30, ""),
          ("作业点评与打卡", 20, ""), ("合影与下期预告", 10, "")]  # fmt: skip
DUTIES = ("host", "notices", "checkin", "photos", "supervisor")


def demo_plan(people: list[int]) -> Plan:
    return Plan(
        agenda=[
            {
                "title": t,
                "duration_min": d,
                "owner_id": people[i % len(people)] if i == 1 else None,
                "owner_text": "",
                "notes": "",
            }
            for i, (t, d, _) in enumerate(AGENDA)
        ],  # fmt: skip
        duties=[
            {"role": r, "member_id": people[i % len(people)], "done": False} for i, r in enumerate(DUTIES)
        ],
        tasks=[
            {"what": "预订场地并确认投影", "member_id": people[0], "due_on": "", "done": False},
            {"what": "群内发布活动通知", "member_id": people[1], "due_on": "", "done": True},
        ],  # fmt: skip
        materials=[
            {"what": "签到表", "quantity": "2", "done": False},
            {"what": "名牌贴纸", "quantity": "40", "done": False},
            {"what": "延长线", "quantity": "1", "done": False},
        ],  # fmt: skip
        day_notes="开场：欢迎新朋友，介绍社群的共同价值观。\n提醒群规：准时打卡，分享不超过五分钟，尊重不同观点。",
    )


def create_demo_events(db: Database, community_id: int, seed: int = 5) -> None:
    rnd = random.Random(seed)
    members = [
        r[0] for r in db.query("SELECT id FROM member WHERE community_id = ? ORDER BY id", (community_id,))
    ]
    if not members:
        return
    writes, rsvp = EventWrites(db), RsvpWrites(db)
    today = dt.date.today()
    first = today - dt.timedelta(days=today.weekday() + 1 + 7 * 6)  # a Sunday six weeks ago
    base = dt.datetime.combine(first, dt.time(19, 30))
    draft = EventDraft(title="晨读会·周日共读", start=base, end=base + dt.timedelta(hours=2), tz=TZ, kind="offline",
                       venue="望京书房", address="北京市朝阳区望京街10号", capacity=30,
                       description="每周日晚共读一本书，轮流主持。")  # fmt: skip
    ids = writes.create(community_id, draft, Rule("weekly", first, count=12))
    core = members[:8]
    save_plan(db, ids[6], demo_plan(core))
    template = writes.save_template(ids[6], "周日共读")
    for i, eid in enumerate(ids):
        if i != 6:
            save_plan(db, eid, demo_plan(core[i % 4 :] + core[: i % 4]))
    now = to_utc(dt.datetime.now(), "UTC")
    with db.write("demo attendance") as uow:
        rows = []
        for eid in ids:
            start = db.query("SELECT start_utc FROM event WHERE id = ?", (eid,))[0][0]
            past = start < now
            for mid in rnd.sample(members, min(len(members), 36)):
                came = past and rnd.random() < 0.75
                status = rnd.choices(("going", "maybe", "declined", "invited"), (6, 2, 1, 1))[0]
                rows.append({"event_id": eid, "member_id": mid, "rsvp": "going" if came else status, "rsvp_at": start,
                             "checked_in_at": start if came else "", "walk_in": False,
                             "no_show": past and status == "going" and not came})  # fmt: skip
            if past:
                uow.update("event", {eid: {"closed": True}})
        keys = uow.new_ids("attendance", len(rows))
        uow.insert(
            "attendance",
            [{"id": k, "uuid": u, **r} for k, u, r in zip(keys, new_uuids(len(rows)), rows, strict=True)],
        )
    meet = dt.datetime.combine(today + dt.timedelta(days=12), dt.time(14, 0))
    (meetup,) = writes.create(community_id, EventDraft(
        title="年度线下见面会", start=meet, end=meet + dt.timedelta(hours=3), tz=TZ, kind="offline", venue="三里屯会议中心",
        address="北京市朝阳区工体北路8号", capacity=20, description="一年一度的全体见面会。"), template_id=template)  # fmt: skip
    rsvp.invite(meetup, members[:40])
    for mid in members[:24]:
        rsvp.set_rsvp(meetup, mid, "going")
    online = dt.datetime.combine(today + dt.timedelta(days=3), dt.time(20, 0))
    writes.create(community_id, EventDraft(
        title="线上分享：如何带好一个分群", start=online, end=online + dt.timedelta(hours=1), tz=TZ, kind="online",
        online_link="https://meeting.tencent.com/dm/demo"))  # fmt: skip
