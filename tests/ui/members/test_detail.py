"""A member's page lists the events they came to, their works with roles, and whom they invited."""

from __future__ import annotations

import datetime as dt

from desktop.services.drafts import EventDraft, MemberDraft, OutputDraft


def test_member_page_shows_events_outputs_and_invitation_tree(qtbot, services, community_id):
    from ui.members.detail import MemberDetail

    w = services.member_writes
    zs = w.create(community_id, MemberDraft(name="张三"))
    ls = w.create(community_id, MemberDraft(name="李四", inviter_id=zs))
    w.create(community_id, MemberDraft(name="王五", inviter_id=ls))
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=dt.datetime(2026, 3, 5, 19), end=dt.datetime(2026, 3, 5, 21), tz="UTC"))  # fmt: skip
    services.rsvp_writes.check_in(eid, zs)
    services.output_writes.create(
        community_id, OutputDraft(title="合写的书", kind="book", contributors=((zs, "editor"),))
    )
    page = MemberDetail(services, community_id)
    qtbot.addWidget(page)
    page.show_member(zs)
    text = page.toPlainText()
    for needle in ("Attended 1 event", "2026-03-05 读书会", "Contributed to 1 output", "合写的书 — Editor (Book, Idea)",
                   "Invited 1 person", "1 still active", "李四", "王五"):  # fmt: skip
        assert needle in text, needle
    services.member_writes.set_status([ls], "left", "2026-11-01", "")
    page.show_member(zs)
    assert "Invited 1 person" in page.toPlainText() and "0 still active" in page.toPlainText()
    page.show_member(ls)
    assert "Invited by 张三" in page.toPlainText()  # a sentence under the name, not a table label


def test_member_timeline_counts_every_source_per_month_and_draws_it(qtbot, services, community_id):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QTextDocument

    from desktop.services.health.member_timeline import member_timeline
    from ui.members.detail import MemberDetail

    w = services.member_writes
    zs = w.create(community_id, MemberDraft(name="张三"))
    w.create(community_id, MemberDraft(name="李四", inviter_id=zs, joined_on="2026-10-02"))
    with services.db.write("test activity") as uow:
        for on, count in (("2026-10-05", 3), ("2026-11-01", 2), ("2025-01-01", 9)):  # the last is too old
            uow.insert_one("activity", community_id=community_id, member_id=zs, on_date=on, kind="chat", count=count,
                           weight=1.0, source="import", note="")  # fmt: skip
    points = member_timeline(services.db, community_id, zs, dt.date(2026, 11, 22))
    assert len(points) == 12 and points[0][0] == "2025-12" and points[-1][0] == "2026-11"
    assert points[-2] == ("2026-10", 4.0, 2)  # three chat messages and one invitation (李四 joined)
    assert points[-1] == ("2026-11", 2.0, 1) and sum(p[1] for p in points[:-2]) == 0
    page = MemberDetail(services, community_id)
    qtbot.addWidget(page)
    page.show_member(zs)
    image = page.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("beehive:timeline"))
    assert image is page.timeline and not image.isNull()
    blue = QColor("#1f77b4").rgb()
    bars = {x for x in range(image.width()) for y in range(0, image.height(), 4) if image.pixel(x, y) == blue}
    assert bars  # the bars are painted
