"""A member's page lists the events they came to, their works with roles, and whom they invited."""

from __future__ import annotations

import datetime as dt

from desktop.services.drafts import EventDraft, MemberDraft, OutputDraft


def test_member_page_shows_events_outputs_and_invitation_tree(qtbot, services, community_id):
    from ui.member_detail import MemberDetail

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
                   "Invited 1 member", "李四", "王五"):  # fmt: skip
        assert needle in text, needle
