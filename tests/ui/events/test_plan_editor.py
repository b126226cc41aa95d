"""The plan editor edits like a spreadsheet: typing edits a cell, Add puts the cursor in the new row,
duties offer the standard roles, "Who" completes member names (pinyin too), columns sized to content."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit

from desktop.services.drafts import EventDraft, MemberDraft


def _dialog(qtbot, services, community_id):
    from ui.events.plan_dialog import PlanDialog

    draft = EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 5, 19), end=dt.datetime(2026, 12, 5, 21), tz="UTC"
    )
    (eid,) = services.event_writes.create(community_id, draft)
    d = PlanDialog(services, services.events.event(eid))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d, eid


def test_typing_on_a_cell_edits_it(qtbot, services, community_id):
    d, _ = _dialog(qtbot, services, community_id)
    d.agenda.add(["", "签到", 15, "", "", ""])
    d.agenda.setFocus()
    d.agenda.setCurrentCell(0, 1)
    qtbot.keyClicks(d.agenda, "x")
    assert d.agenda.state() == QAbstractItemView.State.EditingState
    editor = d.agenda.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "x"  # the key typed replaced the cell
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits on Enter from the event loop
    assert d.agenda.text(0, 1) == "x"


def test_add_inserts_below_the_current_row_and_edits_its_first_cell(qtbot, services, community_id):
    d, eid = _dialog(qtbot, services, community_id)
    d.agenda.add(["", "签到", 15, "", "", ""])
    d.agenda.add(["", "分享", 30, "", "", ""])
    d.agenda.setCurrentCell(0, 2)
    d.agenda.add_new()
    assert d.agenda.rowCount() == 3 and d.agenda.currentRow() == 1 and d.agenda.currentColumn() == 1
    assert d.agenda.state() == QAbstractItemView.State.EditingState
    d.agenda.focusWidget().insert("破冰")  # QTest types ASCII only
    qtbot.keyClick(d.agenda.focusWidget(), Qt.Key.Key_Tab)  # to Minutes, still editing
    qtbot.keyClicks(d.agenda.focusWidget(), "10")
    qtbot.keyClick(d.agenda.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits on Enter from the event loop
    assert [d.agenda.text(r, 1) for r in range(3)] == ["签到", "破冰", "分享"]
    assert d.agenda.text(2, 0) == "19:25–19:55"  # the times follow the inserted line
    d.accept()
    assert [a["title"] for a in services.events.plan(eid).agenda] == ["签到", "破冰", "分享"]


def test_duty_offers_the_standard_roles_and_keeps_free_text(qtbot, services, community_id):
    d, eid = _dialog(qtbot, services, community_id)
    d.duties.add_new()
    editor = d.duties.focusWidget()
    while editor is not None and not isinstance(editor, QComboBox):
        editor = editor.parentWidget()
    assert isinstance(editor, QComboBox) and editor.isEditable()
    assert [editor.itemText(i) for i in range(editor.count())][:2] == ["Host", "Notices"]
    editor.setCurrentIndex(editor.findText("Photos"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits on Enter from the event loop
    d.duties.add_new()
    d.duties.focusWidget().lineEdit().insert("茶水")
    qtbot.keyClick(d.duties.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits on Enter from the event loop
    assert [d.duties.text(r, 0) for r in range(2)] == ["Photos", "茶水"]
    d.accept()
    assert [x["role"] for x in services.events.plan(eid).duties] == ["photos", "茶水"]  # the code, the text


def test_who_completes_member_names_by_pinyin_and_links_the_member(qtbot, services, community_id):
    wang = services.member_writes.create(community_id, MemberDraft(name="王芳"))
    services.member_writes.create(community_id, MemberDraft(name="王芳芳"))
    services.member_writes.create(community_id, MemberDraft(name="李雷"))
    d, eid = _dialog(qtbot, services, community_id)
    d.duties.add(["Host", "", False])
    d.duties.setFocus()
    d.duties.setCurrentCell(0, 1)
    qtbot.keyClick(d.duties, "w")  # the first key opens the editor with it
    editor = d.duties.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "w"
    qtbot.keyClicks(editor, "angf")
    popup = editor.completer().popup()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert shown == ["王芳", "王芳芳"]  # pinyin initials and contains, 李雷 left out
    editor.setText("王芳")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits on Enter from the event loop
    d.accept()
    assert services.events.plan(eid).duties[0]["member_id"] == wang  # not ambiguous with 王芳芳
    d.duties.setCurrentCell(0, 1)
    qtbot.keyClick(d.duties, "l")
    qtbot.keyClick(d.duties, Qt.Key.Key_Escape)  # the editor and its popup close without a crash
    qtbot.wait(20)
    assert d.duties.text(0, 1) == "王芳"


def test_the_activity_column_takes_the_room_and_time_stays_narrow(qtbot, services, community_id):
    d, _ = _dialog(qtbot, services, community_id)
    d.resize(1000, 500)
    qtbot.wait(10)
    widths = [d.agenda.columnWidth(c) for c in range(d.agenda.columnCount())]
    assert widths[1] == max(widths) and widths[0] <= 110 and widths[2] <= 80
