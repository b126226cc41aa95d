"""The door by mouse: one click on the Arrived box checks in (a click elsewhere only selects), each an
undo step; regulars not on the list below the invited; the laptop that checked in as the box's tooltip;
nothing recorded before the event's day, a check-in early on the day is fine."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop.services.drafts import MemberDraft
from models.event_draft import EventDraft
from tests.ui.events.test_door import ENTER, came, shown, type_in
from ui.events.door_model import ARRIVED


def _door(qtbot, services, community_id, now):
    ids = {
        n: services.member_writes.create(community_id, MemberDraft(name=n))
        for n in ("张三", "李四", "王五", "赵敏")
    }
    for week in (1, 2):  # 王五 came to the last two events: a regular
        start = dt.datetime(2026, 12, 6, 19) - dt.timedelta(weeks=week)
        (past,) = services.event_writes.create(community_id, EventDraft(
            title="读书会", start=start, end=start + dt.timedelta(hours=2), tz="Asia/Shanghai"))  # fmt: skip
        services.rsvp_writes.check_in(past, ids["王五"])
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 6, 19), end=dt.datetime(2026, 12, 6, 21), tz="Asia/Shanghai"))  # fmt: skip
    services.rsvp_writes.invite(eid, [ids["张三"], ids["李四"]])
    from ui.events.checkin_dialog import CheckInDialog

    dialog = CheckInDialog(services, services.events.event(eid), now=lambda: now)
    dialog.door.by = "anna@anna-laptop"
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    steps = []
    services.db.on_step.append(steps.append)
    return dialog, steps


def click(qtbot, dialog, name: str, column: int = ARRIVED) -> None:
    m = dialog.model
    (row,) = [r for r in range(m.person_count()) if m.row_at(r).name == name]
    rect = dialog.table.visualRect(m.index(row, column))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shanghai(day: int, hour: int) -> dt.datetime:
    from zoneinfo import ZoneInfo

    return dt.datetime(2026, 12, day, hour, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_one_click_on_the_box_checks_in_a_click_on_the_name_does_not(qtbot, services, community_id):
    dialog, steps = _door(qtbot, services, community_id, shanghai(6, 18))
    assert shown(dialog) == [("李四", "invited"), ("张三", "invited"), ("王五", "regular · not on the list")]
    type_in(qtbot, dialog.search, "w")  # typed: the list, then the regular, then the other members
    assert shown(dialog) == [("王五", "regular · not on the list"), ("New person: w", None)]
    dialog.search.clear()
    type_in(qtbot, dialog.search, "zm")
    assert shown(dialog) == [("赵敏", "not on the list"), ("New person: zm", None)]
    dialog.search.clear()
    click(qtbot, dialog, "李四", column=0)
    assert steps == [] and came(services, dialog) == {}  # a click on the name only selects
    click(qtbot, dialog, "李四")
    click(qtbot, dialog, "王五")
    assert came(services, dialog) == {"李四": False, "王五": True} and len(steps) == 2  # a step each
    assert [n for n, _ in shown(dialog)] == ["张三", "李四", "王五"]  # still to come first
    m = dialog.model
    assert m.data(m.index(1, ARRIVED), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert (
        m.data(m.index(1, ARRIVED), Qt.ItemDataRole.ToolTipRole) == "Checked in at 18:00 by anna@anna-laptop"
    )
    click(qtbot, dialog, "李四")  # again: says since when, records nothing
    assert len(steps) == 2 and "already checked in (since 18:00)" in dialog.notice.text()
    services.db.undo(steps[-1])  # the regular's check-in undone: a regular again, not on the list
    assert shown(dialog) == [("张三", "invited"), ("王五", "regular · not on the list"), ("李四", "going")]
    assert came(services, dialog) == {"李四": False}


def test_the_day_before_nothing_is_recorded_and_the_door_says_the_day(qtbot, services, community_id):
    dialog, steps = _door(qtbot, services, community_id, shanghai(5, 20))
    assert dialog.early.isVisible() and "This event is on Sunday 6 Dec." in dialog.early.text()
    click(qtbot, dialog, "李四")
    assert steps == [] and dialog.notice.text() == "Not recorded: this event is on Sunday 6 Dec."
    type_in(qtbot, dialog.search, "欧阳娜娜")
    qtbot.keyClick(dialog.search, ENTER)  # nor a new person
    assert steps == [] and dialog.pending is None and came(services, dialog) == {}


def test_two_hours_early_on_the_day_is_recorded(qtbot, services, community_id):
    dialog, steps = _door(qtbot, services, community_id, shanghai(6, 17))
    assert not dialog.early.isVisible()
    click(qtbot, dialog, "张三")
    assert came(services, dialog) == {"张三": False} and len(steps) == 1
    (row,) = [r for r in services.events.roster(dialog.info.id) if r.checked_in_at]
    assert row.checked_in_at == "2026-12-06T09:00:00Z"  # the door's clock, 17:00 in Shanghai


def test_a_walk_in_guest_named_like_a_member_is_offered_that_member_first(qtbot, services, community_id):
    from ui.events.door_walk_in import WalkInDialog

    dialog, steps = _door(qtbot, services, community_id, shanghai(6, 18))
    walk = WalkInDialog(services, dialog.info, dialog)
    walk.name.setText("赵敏")
    walk.accept()
    assert steps == [] and walk.member.text() == "赵敏" and "already a member" in walk.error.text()
    walk.accept()  # OK again: that member, not a second 赵敏
    assert (
        came(services, dialog) == {"赵敏": True} and len(services.members.resolve(community_id, "赵敏")) == 1
    )
