"""Bring back: the door's check-ins, walk-ins, new people, guests and RSVPs merged; conflicts surfaced and
decided; twice changes nothing; two doors in either order agree; another workspace's file refused."""

from __future__ import annotations

import shutil

import pytest

from desktop.services.container import open_services
from desktop.services.offline.apply import apply_bring_back
from desktop.services.offline.bring_back import plan_bring_back
from desktop.services.offline.take_out import take_out
from models.errors import ValidationError
from tests.desktop.services.offline.helpers import DOOR_OPENS, source


def at_door(path, work):
    s = open_services(path)
    try:
        (event,) = s.events.events(s.communities.all()[0].id)
        work(s, event, {m.name: m.id for m in _members(s)})
    finally:
        s.close()


def _members(s):
    from types import SimpleNamespace

    return [SimpleNamespace(id=i, name=n) for i, n in s.db.query("SELECT id, name FROM member")]


def attendance(services, eid):
    return {r.name: (r.rsvp, bool(r.checked_in_at), r.walk_in, r.guests) for r in services.events.roster(eid)}


def test_the_real_door_dialog_works_offline_and_comes_back(qtbot, services, community_id, tmp_path, steps):
    from PySide6.QtCore import Qt

    from ui.events.checkin_dialog import CheckInDialog

    eid, _ = source(services, community_id)
    door = tmp_path / "door.beehive"
    take_out(services.db, eid, door)

    def work(s, event, ids):
        dialog = CheckInDialog(s, event, now=lambda: DOOR_OPENS)
        qtbot.addWidget(dialog)
        for text in ("zhangsan", "wangwu"):  # on the list; a member not on it (walk-in)
            qtbot.keyClicks(dialog.search, text)
            qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.search, "+2")  # 王五 brought two guests
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        s.rsvp_writes.walk_in_guest(event.id, event.community_id, "Chen Jing", "13500001111", "door2",
                                    "2026-12-05T18:40:00Z")  # fmt: skip
        s.rsvp_writes.set_rsvp(event.id, ids["李四"], "declined")
        dialog.close()

    at_door(door, work)
    plan = plan_bring_back(services.db, door)
    assert [p.name for p in plan.new_people] == ["Chen Jing"] and not plan.conflicts
    steps.clear()
    apply_bring_back(services.db, plan, {})
    assert len(steps) == 1  # one undo step
    from desktop.services.core.backups import store

    assert "merge" in [b.reason for b in store.listing(services.db.path)]  # a verified copy taken first
    assert attendance(services, eid) == {"Chen Jing": ("going", True, True, 0), "李四": ("declined", False, False, 0),
                                         "王五": ("going", True, True, 2), "张三": ("going", True, False, 0)}  # fmt: skip
    again = plan_bring_back(services.db, door)
    assert again.nothing_to_do and again.brought_back_before
    apply_bring_back(services.db, again, {})
    assert len(steps) == 1  # a second bring-back writes nothing
    services.undo_stack_undo = None
    services.db.undo(steps[0])
    assert attendance(services, eid) == {
        "李四": ("going", False, False, 0),
        "张三": ("going", False, False, 0),
    }


def test_a_file_of_another_workspace_is_refused(services, community_id, tmp_path):
    eid, _ = source(services, community_id)
    take_out(services.db, eid, tmp_path / "door.beehive")
    other = open_services(tmp_path / "other.beehive")
    try:
        with pytest.raises(ValidationError) as e:
            plan_bring_back(other.db, tmp_path / "door.beehive")
        assert e.value.code == "offline_other_workspace" and e.value.value == "测试社群"
        from desktop.messages import message

        assert message(e.value) == "This file was taken out of 测试社群, not of this workspace."
    finally:
        other.close()


def test_a_plain_workspace_is_no_take_out(services, community_id, tmp_path):
    other = open_services(tmp_path / "other.beehive")
    other.close()
    with pytest.raises(ValidationError) as e:
        plan_bring_back(services.db, tmp_path / "other.beehive")
    assert e.value.code == "offline_not_a_take_out"


def _two_doors(services, community_id, tmp_path):
    eid, ids = source(services, community_id)
    a, b = tmp_path / "a.beehive", tmp_path / "b.beehive"
    take_out(services.db, eid, a)
    take_out(services.db, eid, b)
    at_door(a, lambda s, e, m: (s.rsvp_writes.check_in(e.id, m["张三"], "a", "2026-12-05T18:50:00Z"),
                                s.rsvp_writes.check_in(e.id, m["赵敏"], "a", "2026-12-05T18:55:00Z")))  # fmt: skip
    at_door(b, lambda s, e, m: (s.rsvp_writes.check_in(e.id, m["张三"], "b", "2026-12-05T18:45:00Z"),
                                s.rsvp_writes.check_in(e.id, m["赵敏"], "b", "2026-12-05T19:05:00Z"),
                                s.rsvp_writes.set_guests(e.id, m["张三"], 1)))  # fmt: skip
    return eid, a, b


def _result(services, eid):
    return sorted(services.db.query(
        "SELECT m.uuid, a.rsvp, a.checked_in_at, a.checked_in_by, a.walk_in, a.guests FROM attendance a"
        " JOIN member m ON m.id = a.member_id WHERE a.event_id = ?", (eid,)))  # fmt: skip


def test_two_doors_merge_in_either_order_to_the_same_result(services, community_id, tmp_path):
    eid, a, b = _two_doors(services, community_id, tmp_path)
    copy = tmp_path / "copy.beehive"
    services.db.close()
    shutil.copy(tmp_path / "test.beehive", copy)
    services.db.__init__(tmp_path / "test.beehive")
    for first, second in ((a, b),):
        apply_bring_back(services.db, plan_bring_back(services.db, first))
        apply_bring_back(services.db, plan_bring_back(services.db, second))
    other = open_services(copy)
    try:
        apply_bring_back(other.db, plan_bring_back(other.db, b))
        apply_bring_back(other.db, plan_bring_back(other.db, a))
        assert _result(services, eid) == _result(other, eid)
    finally:
        other.close()
    rows = {r[2]: r[3] for r in _result(services, eid) if r[2]}
    assert rows == {"2026-12-05T18:45:00Z": "b", "2026-12-05T18:55:00Z": "a"}  # the earliest of each


def test_a_change_on_both_sides_is_a_conflict_decided_not_overwritten(services, community_id, tmp_path):
    eid, ids = source(services, community_id)
    door = tmp_path / "door.beehive"
    take_out(services.db, eid, door)
    at_door(door, lambda s, e, m: s.rsvp_writes.set_rsvp(e.id, m["李四"], "declined"))
    services.rsvp_writes.set_rsvp(eid, ids["李四"], "maybe")
    plan = plan_bring_back(services.db, door)
    (c,) = plan.conflicts
    assert (c.name, c.what, c.ours.split()[0], c.theirs.split()[0]) == ("李四", "rsvp", "maybe", "declined")
    with pytest.raises(ValidationError) as e:
        apply_bring_back(services.db, plan, {})
    assert e.value.code == "offline_undecided"
    assert attendance(services, eid)["李四"][0] == "maybe"
    apply_bring_back(services.db, plan, {c.key: "theirs"})
    assert attendance(services, eid)["李四"][0] == "declined"
    assert plan_bring_back(services.db, door).nothing_to_do


def test_a_new_person_who_joined_here_meanwhile_is_offered_as_a_duplicate(services, community_id, tmp_path):
    from desktop.services.drafts import MemberDraft

    eid, _ = source(services, community_id)
    door = tmp_path / "door.beehive"
    take_out(services.db, eid, door)
    at_door(door, lambda s, e, m: s.rsvp_writes.walk_in_guest(e.id, e.community_id, "陈静", "13500001111", "d",
                                                              "2026-12-05T18:40:00Z"))  # fmt: skip
    chen = services.member_writes.create(
        community_id, MemberDraft(name="陈静", identities=(("phone", "13500001111"),))
    )
    plan = plan_bring_back(services.db, door)
    (person,) = plan.new_people
    uuid = services.db.query("SELECT uuid FROM member WHERE id = ?", (chen,))[0][0]
    assert person.candidates[0].uuid == uuid
    apply_bring_back(services.db, plan, {person.key: uuid})
    assert attendance(services, eid)["陈静"][1] is True
    assert services.db.query("SELECT count(*) FROM member WHERE name = '陈静'")[0][0] == 1
    assert plan_bring_back(services.db, door).nothing_to_do


def _rename(s, member_id, name):
    with s.db.write("rename") as uow:
        uow.update("member", {member_id: {"name": name}})


def test_member_edits_merge_and_a_rename_on_both_sides_is_a_conflict(services, community_id, tmp_path):
    eid, ids = source(services, community_id)
    door = tmp_path / "door.beehive"
    take_out(services.db, eid, door)
    at_door(door, lambda s, e, m: (_rename(s, m["王五"], "王武"), _rename(s, m["李四"], "李斯")))
    _rename(services, ids["李四"], "李思")
    plan = plan_bring_back(services.db, door)
    (c,) = plan.conflicts
    assert (c.what, c.ours, c.theirs) == ("name", "李思", "李斯")
    apply_bring_back(services.db, plan, {c.key: "ours"})
    rows = dict(services.db.query("SELECT id, name FROM member"))
    assert rows[ids["王五"]] == "王武" and rows[ids["李四"]] == "李思"
    ((key, text),) = services.db.query(
        "SELECT sort_key, search_text FROM member WHERE id = ?", (ids["王五"],)
    )
    assert key == "wang wu" and "13712345678" in text  # its keys redone from the contacts here
    assert plan_bring_back(services.db, door).nothing_to_do
