"""Engagement levels through the service: promote now, demote at the monthly review, override, undo."""

from __future__ import annotations

import datetime as dt

from desktop.services.drafts import MemberDraft
from desktop.services.health.levels import Levels
from tests.helpers import snapshot

TODAY = dt.date(2026, 6, 30)


def _activity(services, community_id, member, days_ago):
    with services.db.write("test activity") as uow:
        for d in days_ago:
            on = (TODAY - dt.timedelta(days=d)).isoformat()
            uow.insert_one("activity", community_id=community_id, member_id=member, on_date=on, kind="chat", count=1,
                           weight=1.0, source="manual", note="")  # fmt: skip


def test_promote_now_demote_at_review_and_override(services, community_id):
    zs = services.member_writes.create(community_id, MemberDraft(name="张三"))
    levels = Levels(services.db)
    assert levels.current(community_id, TODAY)[zs] == "following"
    _activity(services, community_id, zs, [1, 2, 3])
    assert levels.current(community_id, TODAY)[zs] == "participating"  # promoted at once
    assert levels.review(community_id, TODAY) == 1
    later = TODAY + dt.timedelta(days=60)  # no activity since: computed drops to following
    assert levels.current(community_id, later)[zs] == "participating"  # but not before the review
    steps = []
    services.db.on_step.append(steps.append)
    before = snapshot(services.path)
    levels.review(community_id, later)
    assert levels.current(community_id, later)[zs] == "following"
    services.db.undo(steps[-1])
    assert snapshot(services.path) == before
    levels.set_override(zs, "leading")
    assert levels.current(community_id, later)[zs] == "leading"
    levels.review(community_id, later)
    assert levels.current(community_id, later)[zs] == "leading"  # the organiser's judgement holds


def test_invitation_credit_tree_and_the_monthly_rule(services, community_id):
    from desktop.services.health.invitations import credit, tree

    w = services.member_writes
    zs = w.create(community_id, MemberDraft(name="张三", joined_on="2025-01-01"))
    ls = w.create(community_id, MemberDraft(name="李四", joined_on="2026-01-05", inviter_id=zs))
    w.create(
        community_id, MemberDraft(name="王五", joined_on="2026-01-20", inviter_id=zs)
    )  # same month: over the rule
    w.create(community_id, MemberDraft(name="赵六", joined_on="2026-02-01", inviter_id=ls))
    _activity(
        services, community_id, ls, [10]
    )  # 李四 still active months after joining; 王五 never came back
    (first, *_) = credit(services.db, community_id, TODAY)
    assert first == {"name": "张三", "invited": 2, "successful": 1, "months_over_rule": ["2026-01"]}
    assert tree(services.db, zs) == [(1, "李四"), (2, "赵六"), (1, "王五")]
