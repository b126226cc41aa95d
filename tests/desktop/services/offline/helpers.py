"""A source workspace with one event for the take-out tests."""

from __future__ import annotations

import datetime as dt

from desktop.services.drafts import MemberDraft
from models.event_draft import EventDraft

START = dt.datetime(2026, 12, 5, 19)
DOOR_OPENS = dt.datetime(2026, 12, 5, 18, 30, tzinfo=dt.UTC)
PEOPLE = (("张三", "13812345678"), ("李四", "13912345678"), ("王五", "13712345678"), ("赵敏", "13612345678"))


def source(services, community_id) -> tuple[int, dict[str, int]]:
    """张三 and 李四 invited (going), 王五 and 赵敏 members not on the list; 张三 with an email and notes."""
    ids = {}
    for n, p in PEOPLE:
        ids[n] = services.member_writes.create(community_id, MemberDraft(
            name=n, identities=(("phone", p), ("email", f"{p}@example.org")), notes="secret note"))  # fmt: skip
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=START, end=START + dt.timedelta(hours=2), tz="UTC"))  # fmt: skip
    services.rsvp_writes.invite(eid, [ids["张三"], ids["李四"]])
    for m in (ids["张三"], ids["李四"]):
        services.rsvp_writes.set_rsvp(eid, m, "going")
    return eid, ids
