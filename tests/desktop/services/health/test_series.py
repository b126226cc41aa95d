"""Chart series: weekly buckets start on Monday, active members are distinct, an empty range is empty."""

from __future__ import annotations

import datetime as dt

from desktop.services.drafts import MemberDraft
from desktop.services.health.series import series, to_csv


def _add(services, community_id, member, on, count=1):
    with services.db.write("test activity") as uow:
        uow.insert_one("activity", community_id=community_id, member_id=member, on_date=on, kind="chat", count=count,
                       weight=1.0, source="manual", note="")  # fmt: skip


def test_weekly_activity_and_active_members(services, community_id, tmp_path):
    a = services.member_writes.create(community_id, MemberDraft(name="张三", joined_on="2026-03-02"))
    b = services.member_writes.create(community_id, MemberDraft(name="李四", joined_on="2026-03-20"))
    _add(services, community_id, a, "2026-03-04", 3)  # Wednesday of the week of Monday 03-02
    _add(services, community_id, b, "2026-03-08")  # Sunday, same week
    _add(services, community_id, a, "2026-03-09", 2)  # the next Monday
    got = series(services.db, community_id, "activity", "week", end="2026-03-15")
    assert got == {"activity": [("2026-03-02", 4.0), ("2026-03-09", 2.0)]}
    assert series(services.db, community_id, "active_members", "week", end="2026-03-15")["active_members"] == [
        ("2026-03-02", 2.0), ("2026-03-09", 1.0)]  # fmt: skip
    assert series(services.db, community_id, "activity", "month", end="2026-03-31")["activity"] == [("2026-03-01", 6.0)]
    assert series(services.db, community_id, "growth", "month", end="2026-03-31")["joins"] == [("2026-03-01", 2.0)]
    weeks = series(services.db, community_id, "activity", "week")["activity"]  # quiet weeks up to today: 0
    assert weeks[:3] == [("2026-03-02", 4.0), ("2026-03-09", 2.0), ("2026-03-16", 0.0)]
    assert all(v == 0.0 for _, v in weeks[2:]) and dt.date.fromisoformat(weeks[-1][0]) > dt.date.today() - dt.timedelta(days=7)
    assert series(services.db, community_id, "activity", "week", start="2030-01-01") == {"activity": []}
    path = tmp_path / "a.csv"
    assert to_csv(got, path) == 2
    assert path.read_text(encoding="utf-8-sig").splitlines() == [
        "period,activity",
        "2026-03-02,4.0",
        "2026-03-09,2.0",
    ]
