"""The charts beyond counts, on hand-made data with known answers: engagement levels per week (stacked),
retention by join-month cohort, the degree distribution, attendance per event series; and the members
behind a clicked point of each."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.drafts import MemberDraft
from desktop.services.health.chart_members import members_at
from desktop.services.health.series import series, to_csv
from models.event_draft import EventDraft
from models.recurrence import Rule


@pytest.fixture
def three(services, community_id):
    """甲 joins Monday 2026-01-05 and is active that day and the next, then on 01-14 (week 1 after
    joining); 乙 joins 01-20 and is active that day; 丙 joins 02-03 and never shows. Ties 甲–乙, 甲–丙."""
    w = services.member_writes
    a = w.create(community_id, MemberDraft(name="甲", joined_on="2026-01-05"))
    b = w.create(community_id, MemberDraft(name="乙", joined_on="2026-01-20"))
    c = w.create(community_id, MemberDraft(name="丙", joined_on="2026-02-03"))
    with services.db.write("test activity") as uow:
        for m, on in ((a, "2026-01-05"), (a, "2026-01-06"), (a, "2026-01-14"), (b, "2026-01-20")):
            uow.insert_one("activity", community_id=community_id, member_id=m, on_date=on, kind="chat", count=1,
                           weight=1.0, source="import", note="")  # fmt: skip
    services.structure_writes.connect(community_id, a, b)
    services.structure_writes.connect(community_id, a, c)
    return a, b, c


def test_levels_per_week_stack_to_the_members_present(services, community_id, three):
    got = series(services.db, community_id, "levels", "week")
    weeks = ["2026-01-05", "2026-01-12", "2026-01-19"]
    assert got["participating"] == list(zip(weeks, [1.0, 0.0, 0.0], strict=True))  # 甲: two days in week 1
    assert got["following"] == list(zip(weeks, [0.0, 1.0, 2.0], strict=True))  # 甲 then 甲 and 乙
    assert got["contributing"] == got["leading"] == list(zip(weeks, [0.0] * 3, strict=True))
    db = services.db
    assert members_at(db, community_id, "levels", "participating", "2026-01-05") == ["甲"]
    assert members_at(db, community_id, "levels", "following", "2026-01-19") == ["乙", "甲"]


def test_cohort_retention_share_active_n_weeks_after_joining(services, community_id, three, tmp_path):
    got = series(services.db, community_id, "cohorts")
    assert got == {"2026-01": [("0", 1.0), ("1", 0.5)]}  # 丙's February cohort never showed: no row
    assert members_at(services.db, community_id, "cohorts", "2026-01", "1") == ["甲"]
    path = tmp_path / "cohorts.csv"
    to_csv(got, path, "week")
    assert path.read_text(encoding="utf-8-sig").splitlines() == ["week,2026-01", "0,1.0", "1,0.5"]


def test_degree_distribution_and_its_members(services, community_id, three):
    assert series(services.db, community_id, "degrees") == {"members": [("1", 2.0), ("2", 1.0)]}
    assert members_at(services.db, community_id, "degrees", "members", "1") == ["丙", "乙"]
    assert members_at(services.db, community_id, "degrees", "members", "2") == ["甲"]


def test_members_behind_activity_and_growth_points(services, community_id, three):
    db = services.db
    assert members_at(db, community_id, "active_members", "active_members", "2026-01-12") == ["甲"]
    assert members_at(db, community_id, "activity", "activity", "2026-01-19") == ["乙"]
    assert members_at(db, community_id, "growth", "joins", "2026-01-01", "month") == ["乙", "甲"]
    assert members_at(db, community_id, "growth", "leaves", "2026-01-01", "month") == []


def test_attendance_per_event_series(services, community_id, three):
    a, b, _ = three
    draft = EventDraft(title="周二共读", start=dt.datetime(2026, 1, 6, 19), end=dt.datetime(2026, 1, 6, 21))
    ids = services.event_writes.create(community_id, draft, Rule("weekly", dt.date(2026, 1, 6), count=3))
    for e in ids:
        services.rsvp_writes.invite(e, [a, b])
    rows = services.db.query("SELECT id, event_id, member_id FROM attendance ORDER BY event_id, member_id")
    came = [
        k for k, e, m in rows if e == ids[0] or (e == ids[1] and m == a)
    ]  # both, then only 甲, then nobody
    with services.db.write("test check-ins") as uow:
        uow.update("attendance", {k: {"checked_in_at": "2026-01-06T12:00:00Z"} for k in came})
    got = series(services.db, community_id, "series_attendance")
    assert got == {"周二共读": [("2026-01-06", 2.0), ("2026-01-13", 1.0), ("2026-01-20", 0.0)]}
    assert members_at(services.db, community_id, "series_attendance", "周二共读", "2026-01-13") == ["甲"]


def test_empty_ranges_give_empty_charts(services, community_id, three):
    for name in ("levels", "cohorts", "series_attendance"):
        assert series(services.db, community_id, name, start="2030-01-01") == {}


def test_members_behind_a_unit_filtered_degree_bar_come_from_that_unit(services, community_id, three):
    a, b, c = three
    unit = services.structure_writes.create_unit(community_id, "北京分群")
    services.structure_writes.add_members(unit, [a, b])  # 丙 is elsewhere
    assert series(services.db, community_id, "degrees", unit_id=unit) == {
        "members": [("1", 2.0)]
    }  # 甲–乙 only
    assert members_at(services.db, community_id, "degrees", "members", "1", unit_id=unit) == ["乙", "甲"]
