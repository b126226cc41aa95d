"""Undo/redo of every kind of member write restores the exact database state (whole tables)."""

from __future__ import annotations

import pytest

from desktop.services.drafts import MemberDraft
from models.errors import ConflictError
from tests.helpers import snapshot


def _undo_redo_roundtrip(services, steps, action):
    before = snapshot(services.path)
    action()
    after = snapshot(services.path)
    assert after != before
    step = steps[-1]
    services.db.undo(step)
    assert snapshot(services.path) == before
    services.db.redo(step)
    assert snapshot(services.path) == after
    return step


def _add(services, cid, name, **kw):
    return services.member_writes.create(cid, MemberDraft(name=name, **kw))


def test_create_edit_delete_roundtrip(services, community_id, steps):
    w = services.member_writes
    step = _undo_redo_roundtrip(
        services,
        steps,
        lambda: _add(
            services,
            community_id,
            "张三",
            identities=(("phone", "13812345678"), ("email", "zs@example.com")),
            tags="读书",
        ),
    )
    assert step.label == "Add member"
    mid = step.changes[0].key
    step = _undo_redo_roundtrip(
        services,
        steps,
        lambda: w.update(
            mid,
            MemberDraft(
                name="张三丰", identities=(("phone", "13812345678"), ("wechat_id", "zsf")), city="武当"
            ),
        ),
    )
    assert step.label == "Edit member"
    assert services.members.get(mid).identities == (("phone", "+8613812345678"), ("wechat_id", "zsf"))
    _undo_redo_roundtrip(services, steps, lambda: w.delete([mid]))


def test_bulk_tag_status_and_delete_roundtrip(services, community_id, steps):
    ids = [
        _add(services, community_id, f"成员{i}", identities=(("phone", f"1391234{i:04d}"),))
        for i in range(30)
    ]
    _undo_redo_roundtrip(services, steps, lambda: services.member_writes.tag(ids, ["核心", "VIP"]))
    assert steps[-1].label == "Tag 30 members"
    _undo_redo_roundtrip(services, steps, lambda: services.member_writes.tag(ids[:5], ["VIP"], add=False))
    _undo_redo_roundtrip(
        services, steps, lambda: services.member_writes.set_status(ids[:3], "left", "2024-05-01", "搬家")
    )
    _undo_redo_roundtrip(services, steps, lambda: services.member_writes.delete(ids[10:]))


def test_deleting_an_inviter_empties_their_invitees_inviter_and_undo_restores(services, community_id, steps):
    a = _add(services, community_id, "邀请人")
    b = _add(services, community_id, "被邀请人", inviter_id=a)
    assert services.members.invitee_count([a]) == 1
    _undo_redo_roundtrip(services, steps, lambda: services.member_writes.delete([a]))
    services.db.undo(steps[-1])
    assert services.members.get(b).inviter_id == a


def test_inviter_cycle_in_editor_is_refused_and_nothing_written(services, community_id):
    a = _add(services, community_id, "甲")
    b = _add(services, community_id, "乙", inviter_id=a)
    before = snapshot(services.path)
    with pytest.raises(ConflictError):
        services.member_writes.update(a, MemberDraft(name="甲", inviter_id=b))
    assert snapshot(services.path) == before


def test_undo_refuses_when_rows_changed_since(services, community_id, steps):
    mid = _add(services, community_id, "甲")
    services.member_writes.update(mid, MemberDraft(name="甲乙"))
    edit = steps[-1]
    services.member_writes.update(mid, MemberDraft(name="丙"))
    before = snapshot(services.path)
    with pytest.raises(ConflictError):
        services.db.undo(edit)  # the name is no longer what the step left
    assert snapshot(services.path) == before


def test_no_op_edit_records_no_step(services, community_id, steps):
    mid = _add(services, community_id, "甲", city="北京")
    n = len(steps)
    services.member_writes.update(mid, MemberDraft(name="甲", city="北京"))
    assert len(steps) == n


def test_change_sets_name_what_changed(services, community_id):
    seen = []
    services.db.on_change.append(seen.append)
    mid = _add(services, community_id, "甲", identities=(("phone", "13812345678"),))
    assert seen[-1].keys("member", "inserted") == {mid}
    assert seen[-1].structural("member")
    services.member_writes.tag([mid], ["x"])
    assert seen[-1].keys("member", "updated") == {mid} and not seen[-1].structural("member")
