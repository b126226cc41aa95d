"""A pasted 接龙 matched to members (phone, name, WeChat nickname, pinyin, a part of 城市-姓名-职业)
and recorded as one undo step, with capacity and the guests people bring."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.drafts import MemberDraft
from desktop.services.events.signup_chain import ChainAnswer, preview_chain
from models.event_draft import EventDraft
from tests.helpers import snapshot

CHAIN = """#接龙 周日读书会
1. 张三
2. 三哥 +1
3. 北京-赵六-设计
4. lisi
5. Amy Chen 带2人
6. 小明（请假）
7. 王五 13900139000
"""


@pytest.fixture
def env(services, community_id):
    m = services.member_writes
    people = {
        "张三": m.create(community_id, MemberDraft(name="张三")),
        "张老三": m.create(community_id, MemberDraft(name="张老三", identities=(("wechat_nickname", "三哥"),))),
        "赵六": m.create(community_id, MemberDraft(name="赵六")),
        "李四": m.create(community_id, MemberDraft(name="李四")),
        "Amy Chen": m.create(community_id, MemberDraft(name="Amy Chen")),
        "王五": m.create(community_id, MemberDraft(name="王五", identities=(("phone", "13900139000"),))),
        "王五2": m.create(community_id, MemberDraft(name="王五")),
    }
    start = dt.datetime(2026, 12, 6, 19)
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=start, end=start + dt.timedelta(hours=2), tz="Asia/Shanghai", capacity=5))  # fmt: skip
    return people, eid


def test_entries_are_matched_by_phone_name_nickname_part_and_pinyin(services, community_id, env):
    people, eid = env
    preview = preview_chain(services.db, community_id, eid, CHAIN)
    assert preview.title == "周日读书会"
    got = {r.entry.name: ([m for m, _ in r.matches], r.how) for r in preview.rows}
    assert got == {
        "张三": ([people["张三"]], "name"),
        "三哥": ([people["张老三"]], "nickname"),
        "北京-赵六-设计": ([people["赵六"]], "name"),
        "lisi": ([people["李四"]], "pinyin"),
        "Amy Chen": ([people["Amy Chen"]], "name"),
        "小明": ([], ""),
        "王五": ([people["王五"]], "phone"),  # two 王五: the phone tells which
    }


def test_recording_is_one_undo_step_with_capacity_and_guests(services, community_id, env):
    people, eid = env
    steps = []
    services.db.on_step.append(steps.append)
    before = snapshot(services.path)
    answers = [ChainAnswer(people[n], "going", g) for n, g in (("张三", 0), ("张老三", 1), ("赵六", 0), ("李四", 0),
                                                               ("Amy Chen", 2))]  # fmt: skip
    answers += [ChainAnswer(None, "declined", name="小明", as_guest=True),
                ChainAnswer(people["王五"], "going"), ChainAnswer(None, "going", name="新人", phone="13700137000")]  # fmt: skip
    counts = services.rsvp_writes.record_chain(eid, community_id, answers)
    assert counts == {"created": 2, "going": 5, "declined": 1, "waitlisted": 2}  # capacity 5
    assert len(steps) == 1
    rows = {n: (r, g) for n, r, g in services.db.query(
        "SELECT m.name, a.rsvp, a.guests FROM attendance a JOIN member m ON m.id = a.member_id")}  # fmt: skip
    assert rows["Amy Chen"] == ("going", 2) and rows["小明"] == ("declined", 0) and rows["新人"] == ("waitlisted", 0)
    assert services.db.query("SELECT tags FROM member WHERE name = '小明'") == [("guest",)]
    services.db.undo(steps[0])
    assert snapshot(services.path) == before


def test_a_second_paste_of_the_same_chain_changes_nothing(services, community_id, env):
    people, eid = env
    answers = [ChainAnswer(people["张三"], "going", 0), ChainAnswer(people["李四"], "maybe", 0)]
    services.rsvp_writes.record_chain(eid, community_id, answers)
    before = snapshot(services.path)
    services.rsvp_writes.record_chain(eid, community_id, answers)
    assert snapshot(services.path) == before
