"""Door check-in driven through the real dialog with key presses; the events view lists and filters."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.services.drafts import MemberDraft
from models.event_draft import EventDraft
from tests.helpers import snapshot


@pytest.fixture
def event(services, community_id):
    people = [services.member_writes.create(community_id, MemberDraft(name=n, identities=(("phone", p),)))
              for n, p in (("张三", "13812345678"), ("李四", "13912345678"), ("王五", "13712345678"))]  # fmt: skip
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 5, 19), end=dt.datetime(2026, 12, 5, 21), tz="UTC", capacity=10))  # fmt: skip
    services.rsvp_writes.invite(eid, people)
    for p in people[:2]:
        services.rsvp_writes.set_rsvp(eid, p, "going")
    return services.events.event(eid), people


def test_type_initials_enter_checks_in_twice_is_idempotent_and_undo_restores(qtbot, services, event):
    from ui.events.checkin_dialog import CheckInDialog

    e, people = event
    steps = []
    services.db.on_step.append(steps.append)
    before = snapshot(services.path)
    dialog = CheckInDialog(services, e, now=lambda: dt.datetime(2026, 12, 5, 18, tzinfo=dt.UTC))  # the day
    qtbot.addWidget(dialog)
    dialog.show()  # shown, as at the door: Enter must check in, not press a dialog button
    assert "Checked in 0 · going 2 · capacity 10" in dialog.headcount.text()
    qtbot.keyClicks(dialog.search, "ls")  # 李四 by pinyin initials
    assert dialog.model.person_count() == 1  # then the row "New person: ls"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "Checked in 1 · going 2" in dialog.headcount.text()
    last = dialog.model.index(dialog.model.rowCount() - 1, 4)  # who came goes to the end, its box ticked
    assert dialog.model.data(last, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    qtbot.keyClicks(dialog.search, "ls")  # the text was selected: typing replaces it
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert len(steps) == 1  # the second check-in wrote nothing
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "13712")  # 王五 by phone, invited: arriving makes them going
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "Checked in 2 · going 3" in dialog.headcount.text()
    for step in reversed(steps):
        services.db.undo(step)
    assert "Checked in 0 · going 2" in dialog.headcount.text()
    assert snapshot(services.path) == before
    dialog.reject()


def test_walk_in_guest_and_close_marks_no_shows(qtbot, services, event, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.events.checkin_dialog import CheckInDialog, WalkInDialog

    e, people = event
    dialog = CheckInDialog(services, e, now=lambda: dt.datetime(2026, 12, 5, 18, tzinfo=dt.UTC))  # the day
    qtbot.addWidget(dialog)
    walk = WalkInDialog(services, e, dialog)
    walk.name.setText("新朋友")
    walk.phone.setText("13600000000")
    walk.accept()
    assert dialog.model.rowCount() == 4 and "Checked in 1 · going 3" in dialog.headcount.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    dialog.close_check_in()
    roster = {r.name: r for r in services.events.roster(e.id)}
    assert roster["张三"].no_show and roster["李四"].no_show and not roster["新朋友"].no_show


def test_events_view_filters_by_kind_and_when(qtbot, services, community_id, event):
    from ui.events.view import EventsView

    services.event_writes.create(community_id, EventDraft(title="线上分享", kind="online",
                                 start=dt.datetime(2020, 1, 1, 20), end=dt.datetime(2020, 1, 1, 21), tz="UTC"))  # fmt: skip
    view = EventsView(services, community_id)
    qtbot.addWidget(view)
    view.when.setCurrentIndex(view.when.findData("all"))
    assert [x.title for x in view.model.events] == ["线上分享", "读书会"]
    view.kind.setCurrentIndex(view.kind.findData("online"))
    assert [x.title for x in view.model.events] == ["线上分享"]
    view.kind.setCurrentIndex(0)
    view.when.setCurrentIndex(view.when.findData("past"))
    assert [x.title for x in view.model.events] == ["线上分享"]
    assert "线上分享" in view.detail.toPlainText()
