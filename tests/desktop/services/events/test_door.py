"""The door service: regulars (≥2 of the last 8 past events), nothing recorded before the event's day,
and the laptop that recorded each check-in (in the attendance export too)."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from desktop.services.drafts import MemberDraft
from desktop.services.events.door import Door, before_the_day, checked_in_by, laptop_name, regulars
from desktop.services.events.export import export_attendance
from models.errors import ValidationError
from models.event_draft import EventDraft


def _event(services, community_id, day: int, hour: int = 19, tz: str = "Asia/Shanghai") -> int:
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title=f"读书会 {day}", start=dt.datetime(2026, 12, day, hour), end=dt.datetime(2026, 12, day, hour + 2), tz=tz))  # fmt: skip
    return eid


def at(day: int, hour: int, tz: str = "Asia/Shanghai") -> dt.datetime:
    from zoneinfo import ZoneInfo

    return dt.datetime(2026, 12, day, hour, tzinfo=ZoneInfo(tz))


@pytest.fixture
def people(services, community_id):
    return {
        n: services.member_writes.create(community_id, MemberDraft(name=n))
        for n in ("张三", "李四", "王五", "赵六")
    }


def test_regulars_came_to_two_of_the_last_eight_past_events_and_are_not_invited(
    services, community_id, people
):
    past = [_event(services, community_id, d) for d in range(1, 11)]  # ten past events, the 1st the oldest
    tonight = _event(services, community_id, 20)
    later = _event(services, community_id, 27)
    door = Door(services.rsvp_writes, now=lambda: at(20, 18), by="t@test")
    rsvp = services.rsvp_writes
    for eid in past[-2:]:
        rsvp.check_in(eid, people["张三"])  # twice lately: a regular
    rsvp.check_in(past[-1], people["李四"])  # once: not yet
    for eid in past[:2]:
        rsvp.check_in(eid, people["王五"])  # twice, but before the last eight
    for eid in past[-3:]:
        rsvp.check_in(eid, people["赵六"])  # a regular, but invited tonight
    rsvp.invite(tonight, [people["赵六"]])
    assert regulars(services.db, tonight, community_id) == {people["张三"]}
    rsvp.check_in(later, people["李四"])  # an event after tonight does not count for tonight
    assert regulars(services.db, tonight, community_id) == {people["张三"]}
    door.check_in(services.events.event(tonight), people["张三"])
    assert regulars(services.db, tonight, community_id) == set()  # on the list now


def test_before_the_event_day_nothing_is_recorded_on_the_day_early_is_fine(services, community_id, people):
    eid = _event(services, community_id, 6)  # Sunday 6 Dec, 19:00 in Shanghai
    event = services.events.event(eid)
    assert before_the_day(event, at(5, 23)) == dt.date(2026, 12, 6)
    assert before_the_day(event, at(6, 0)) is None and before_the_day(event, at(7, 9)) is None
    with pytest.raises(ValidationError) as refused:
        Door(services.rsvp_writes, now=lambda: at(5, 23), by="t@test").check_in(event, people["张三"])
    assert refused.value.code == "check_in_before_day" and refused.value.value == "2026-12-06"
    assert services.events.headcount(eid)[0] == 0
    with pytest.raises(ValidationError):
        Door(services.rsvp_writes, now=lambda: at(5, 23), by="t@test").walk_in_guest(event, "新人", "")
    assert services.members.resolve(community_id, "新人") == []
    assert Door(services.rsvp_writes, now=lambda: at(6, 17), by="t@test").check_in(event, people["张三"])
    (row,) = services.events.roster(eid)
    assert row.checked_in_at == "2026-12-06T09:00:00Z"  # 17:00 in Shanghai, two hours early: recorded


def test_the_laptop_that_checked_in_is_recorded_exported_and_cleared_by_undo(
    services, community_id, people, tmp_path
):
    eid = _event(services, community_id, 6)
    event = services.events.event(eid)
    Door(services.rsvp_writes, now=lambda: at(6, 19), by="anna@anna-laptop").check_in(event, people["张三"])
    Door(services.rsvp_writes, now=lambda: at(6, 19), by="bo@bo-pc").walk_in_guest(event, "新人", "")
    new = services.members.resolve(community_id, "新人")[0]
    assert checked_in_by(services.db, eid) == {people["张三"]: "anna@anna-laptop", new: "bo@bo-pc"}
    out = tmp_path / "a.csv"
    export_attendance(services.db, community_id, out)
    with out.open(encoding="utf-8-sig") as f:
        by = {r["member"]: r["checked_in_by"] for r in csv.DictReader(f)}
    assert by == {"张三": "anna@anna-laptop", "新人": "bo@bo-pc"}
    services.rsvp_writes.undo_check_in(eid, people["张三"])
    assert checked_in_by(services.db, eid) == {new: "bo@bo-pc"}


def test_laptop_name_is_user_at_host(monkeypatch):
    import getpass
    import socket

    monkeypatch.setattr(getpass, "getuser", lambda: "anna")
    monkeypatch.setattr(socket, "gethostname", lambda: "anna-laptop.local")
    assert laptop_name() == "anna@anna-laptop"
