"""The door searches the whole community: the list first, other members "not on the list", then
"New person: …"; Enter decides only when one person matches. Driven through the real dialog with keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services.drafts import MemberDraft
from models.event_draft import EventDraft
from tests.helpers import snapshot

ENTER = Qt.Key.Key_Return
DOOR_OPENS = dt.datetime(2026, 12, 5, 18, 30, tzinfo=dt.UTC)  # the events below start at 19:00 UTC


def type_in(qtbot, widget, text: str) -> None:
    """Latin text key by key; Chinese as an input method commits it (QTest types ASCII only)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def door(qtbot, services, community_id):
    """张三, 张三丰 and 李四 invited and going; 王五 and 赵敏 members but not invited; capacity 2."""
    ids = {n: services.member_writes.create(community_id, MemberDraft(name=n, identities=(("phone", p),)))
           for n, p in (("张三", "13812345678"), ("张三丰", "13812340000"), ("李四", "13912345678"),
                        ("王五", "13712345678"), ("赵敏", "13612345678"))}  # fmt: skip
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 5, 19), end=dt.datetime(2026, 12, 5, 21), tz="UTC", capacity=2))  # fmt: skip
    invited = [ids["张三"], ids["张三丰"], ids["李四"]]
    services.rsvp_writes.invite(eid, invited)
    for m in invited:
        services.rsvp_writes.set_rsvp(eid, m, "going")
    from ui.events.checkin_dialog import CheckInDialog

    dialog = CheckInDialog(services, services.events.event(eid), now=lambda: DOOR_OPENS)
    qtbot.addWidget(dialog)
    dialog.show()
    steps = []
    services.db.on_step.append(steps.append)
    return dialog, ids, steps


def came(services, dialog) -> dict[str, bool]:
    return {r.name: r.walk_in for r in services.events.roster(dialog.info.id) if r.checked_in_at}


def shown(dialog) -> list[tuple[str, str]]:
    m = dialog.model
    return [(m.data(m.index(r, 0)), m.data(m.index(r, 3))) for r in range(m.rowCount())]


def test_search_lists_the_invited_then_other_members_then_a_new_person(qtbot, door):
    dialog, _, _ = door
    assert [n for n, _ in shown(dialog)] == ["李四", "张三", "张三丰"]  # nothing typed: the list only
    type_in(qtbot, dialog.search, "z")  # zs, zsf, zm (赵敏)
    assert shown(dialog) == [("张三", "going"), ("张三丰", "going"), ("赵敏", "not on the list"),
                             ("New person: z", None)]  # fmt: skip


def test_enter_on_a_member_not_invited_checks_them_in_as_a_walk_in_in_one_step(qtbot, services, door):
    dialog, _, steps = door
    type_in(qtbot, dialog.search, "王五")
    qtbot.keyClick(dialog.search, ENTER)
    assert came(services, dialog) == {"王五": True} and len(steps) == 1
    assert "walk-in" in dialog.notice.text() and dialog.search.text() == ""  # the whole list back
    type_in(qtbot, dialog.search, "l")  # the next name: the notice spoke of the last one
    assert dialog.notice.text() == ""


def test_several_matches_move_to_the_list_and_nothing_is_checked_in(qtbot, services, door):
    dialog, _, steps = door
    type_in(qtbot, dialog.search, "张三")
    qtbot.keyClick(dialog.search, ENTER)
    assert steps == [] and dialog.table.hasFocus() or QApplication.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, ENTER)
    assert came(services, dialog) == {"张三丰": False}
    assert dialog.search.hasFocus() or QApplication.focusWidget() is dialog.search


def test_a_second_check_in_says_since_when_and_records_nothing(qtbot, services, door):
    dialog, _, steps = door
    type_in(qtbot, dialog.search, "李四")
    qtbot.keyClick(dialog.search, ENTER)
    first = services.events.roster(dialog.info.id)
    type_in(qtbot, dialog.search, "李四")
    qtbot.keyClick(dialog.search, ENTER)
    stamp = next(r.checked_in_at for r in first if r.name == "李四")
    assert len(steps) == 1 and f"since {stamp[11:16]}" in dialog.notice.text()
    assert services.events.roster(dialog.info.id) == first


def test_a_new_person_is_created_and_checked_in_as_one_undo_step(qtbot, services, door):
    dialog, _, steps = door
    before = snapshot(services.path)
    type_in(qtbot, dialog.search, "周芷若")
    qtbot.keyClick(dialog.search, ENTER)
    assert dialog.pending.name.text() == "周芷若"  # pre-filled
    type_in(qtbot, dialog.pending.phone, "13500000000")
    qtbot.keyClick(dialog.pending.phone, ENTER)
    assert came(services, dialog) == {"周芷若": True} and len(steps) == 1
    assert services.members.resolve(dialog.info.community_id, "13500000000")  # the phone given
    services.db.undo(steps[0])
    assert snapshot(services.path) == before


def test_a_new_person_named_like_a_member_is_offered_that_member_first(qtbot, services, door):
    dialog, _, steps = door
    type_in(qtbot, dialog.search, "赵敏 x")  # no match: "New person" with what was typed
    qtbot.keyClick(dialog.search, ENTER)
    dialog.pending.name.setText("赵敏")
    asked = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not shown yet
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        box.defaultButton().click()  # "Check in 赵敏"

    QTimer.singleShot(0, answer)
    qtbot.keyClick(dialog.pending.name, ENTER)
    assert asked == ["赵敏 is already a member. Check in that member?"]
    assert (
        came(services, dialog) == {"赵敏": True}
        and len(services.members.resolve(dialog.info.community_id, "赵敏")) == 1
    )


def test_beyond_capacity_is_highlighted_and_counted(qtbot, services, door):
    from ui.events.door_model import OVER

    dialog, _, _ = door
    for name in ("李四", "张三丰", "王五"):
        type_in(qtbot, dialog.search, name)
        qtbot.keyClick(dialog.search, ENTER)
    assert dialog.headcount.text().startswith("3 / 2 — 1 over capacity")
    dialog.search.clear()
    m = dialog.model
    over = [m.data(m.index(r, 0)) for r in range(m.rowCount())
            if m.data(m.index(r, 0), Qt.ItemDataRole.BackgroundRole) == OVER]  # fmt: skip
    assert len(over) == 1 and over[0] in ("李四", "张三丰", "王五")
    tip = [m.data(m.index(r, 0), Qt.ItemDataRole.ToolTipRole) for r in range(m.rowCount())]
    assert tip.count("Checked in beyond the capacity") == 1


def test_plus_n_after_a_check_in_records_guests_counted_in_the_headcount(qtbot, services, door):
    dialog, _, steps = door
    type_in(qtbot, dialog.search, "+1")
    qtbot.keyClick(dialog.search, ENTER)
    assert steps == [] and "Check someone in first" in dialog.notice.text()
    type_in(qtbot, dialog.search, "李四")
    qtbot.keyClick(dialog.search, ENTER)
    type_in(qtbot, dialog.search, "+2")
    qtbot.keyClick(dialog.search, ENTER)
    assert len(steps) == 2 and dialog.notice.text() == "李四: guests +2"
    assert {r.name: r.guests for r in services.events.roster(dialog.info.id)}["李四"] == 2
    assert dialog.headcount.text().startswith("3 / 2 — 1 over capacity")  # 李四 and the two with them
