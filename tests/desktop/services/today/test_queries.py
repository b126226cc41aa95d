"""Today's reads, on a workspace file and on a team server (any_db): the next event, the fortnight
ahead, and this week's follow-ups (newcomers, the next event's open duties)."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.drafts import EventDraft, MemberDraft
from desktop.services.events.plan import Plan, save_plan

pytestmark = pytest.mark.any_db
NOW = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


def _event(services, community_id, title: str, days: float) -> int:
    start = (NOW + dt.timedelta(days=days)).replace(tzinfo=None)
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title=title, start=start, end=start + dt.timedelta(hours=2), tz="UTC"))  # fmt: skip
    return eid


def test_the_next_event_and_the_fortnight(services, community_id):
    soon = _event(services, community_id, "周日共读", 0.25)
    week = _event(services, community_id, "读书分享", 7)
    _event(services, community_id, "年会", 20)  # beyond the fortnight
    _event(services, community_id, "上周", -7)  # past
    info = services.today.today(community_id, now=NOW, workspace=services.path)
    assert info.next_event.id == soon and info.next_event.title == "周日共读"
    assert [e.id for e in info.ahead] == [soon, week]
    assert info.last_import is None


def test_follow_ups_name_the_newcomers_and_the_open_duties(services, community_id):
    today = NOW.date()
    for name in ("王芳", "李雷"):
        services.member_writes.create(community_id, MemberDraft(name=name, joined_on=today.isoformat()))
    eid = _event(services, community_id, "周日共读", 1)
    save_plan(services.db, eid, Plan(duties=[{"role": "host"}, {"role": "photos"}]))
    info = services.today.today(community_id, now=NOW)
    follow = services.today.follow_ups(community_id, info.next_event, today)
    assert set(follow.newcomers) == {"王芳", "李雷"}
    assert follow.open_duties == ("host", "photos")
    assert follow.stalled_outputs == () and follow.any()
