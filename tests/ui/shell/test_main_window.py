from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.services.communities import CommunityInfo
from desktop.services.container import open_services
from desktop.settings import Settings
from tests.helpers import snapshot
from ui.shell.main_window import MainWindow


def _window(qtbot, services):
    window = MainWindow(services, Settings(), open_services, lambda: services.path)
    qtbot.addWidget(window)
    window.show()
    return window


def test_empty_workspace_offers_to_create_or_open_the_demo(qtbot, services):
    window = _window(qtbot, services)
    assert window.stack.currentWidget() is window.welcome
    assert not any(a.isEnabled() for a in window.transfer_actions)
    services.communities.create(CommunityInfo(name="新社群"))
    assert window.members_view is not None and window.stack.currentWidget() is window.members_view
    assert window.community_box.currentText() == "新社群"


def test_undo_redo_are_labelled_and_restore_the_database(qtbot, services, community_id, people):
    window = _window(qtbot, services)
    view = window.members_view
    before = snapshot(services.path)
    view.table.selectRow(view.model.row_of(people["张三"]))
    qtbot_patch = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    try:
        view.act_delete.trigger()
    finally:
        QMessageBox.question = qtbot_patch
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert window.undo_stack.undoText() == "Delete 1 member"
    undo = next(a for a in window.menuBar().actions()[1].menu().actions() if a.text().startswith("Undo"))
    assert undo.text() == "Undo Delete 1 member"
    undo.trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    assert snapshot(services.path) == before
    assert services.members.get(people["李四"]).inviter_id == people["张三"]
    window.undo_stack.redo()
    assert view.model.rowCount() == 2


def test_switching_community_and_workspace(qtbot, services, community_id, people, tmp_path):
    window = _window(qtbot, services)
    other = services.communities.create(CommunityInfo(name="第二社群"))
    window.show_community(other)
    assert window.members_view.model.rowCount() == 0
    assert window.load_workspace(tmp_path / "another.beehive")
    assert window.stack.currentWidget() is window.welcome and window.undo_stack.count() == 0
    bad = tmp_path / "bad.beehive"
    bad.write_text("not a database")
    QMessageBox.warning, saved = staticmethod(lambda *a, **k: None), QMessageBox.warning
    try:
        assert not window.load_workspace(bad)
    finally:
        QMessageBox.warning = saved
    assert str(tmp_path / "another.beehive") in Settings().get("recent_workspaces")


def test_preferences_refuse_a_bad_region_then_apply_region_and_language(qtbot, services, community_id):
    from desktop.services.drafts import MemberDraft
    from ui.shell.preferences_dialog import PreferencesDialog

    window = _window(qtbot, services)
    dlg = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dlg)
    dlg.region.setText("1x")
    dlg.accept()
    assert dlg.result() == 0 and "two-letter" in dlg.error.text()
    dlg.region.setText("gb")
    dlg.language.setCurrentIndex(dlg.language.findData("zh_CN"))
    dlg.accept()
    assert Settings().get("phone_region") == "GB" and Settings().get("language") == "zh_CN"
    services.set_options("GB", False)
    mid = services.member_writes.create(
        community_id, MemberDraft(name="Ann", identities=(("phone", "020 7946 0958"),))
    )
    assert services.members.get(mid).identities == (("phone", "+442079460958"),)


def test_language_switch_rebuilds_the_window_on_the_same_workspace(
    qtbot, qapp, services, community_id, people
):
    from desktop import i18n
    from desktop.app import WindowManager

    manager = WindowManager(qapp, Settings())
    first = manager.build(services)
    qtbot.addWidget(first)
    first.show()
    services.member_writes.tag([people["李四"]], ["before the switch"])
    first_stack, kept = first.undo_stack, first.undo_stack.count()  # the journal's steps and the tag
    try:
        first.language_changed.emit("zh_CN")
        second = manager.window
        qtbot.addWidget(second)
        assert second is not first and second.services is services
        assert second.menuBar().actions()[0].text() == "文件(&F)"
        assert second.members_view.model.rowCount() == 3
        assert second.undo_stack is first_stack and second.undo_stack.count() == kept  # history kept
        services.member_writes.tag([people["张三"]], ["x"])  # the old window no longer listens
        assert second.undo_stack.count() == kept + 1
        second.undo_stack.undo()
        second.undo_stack.undo()
        assert (
            services.members.get(people["李四"]).tags == ""
            and services.members.get(people["张三"]).tags == "读书"
        )
    finally:
        i18n.install(qapp, "en")


def test_printing_a_very_long_list_asks_first(qtbot, services, monkeypatch):
    from desktop.services.demo import create_demo
    from ui.members import printing as member_printing
    from ui.shell import window_printing

    create_demo(services.db, 60)
    window = _window(qtbot, services)
    monkeypatch.setattr(window_printing, "LONG_LIST", 50)
    asked, previewed = [], []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No),
    )
    monkeypatch.setattr(member_printing, "preview", lambda html, parent, community="": previewed.append(html))
    from ui.common import audience_dialog

    monkeypatch.setattr(audience_dialog, "ask_audience", lambda title, parent=None: "organisers")
    window_printing.print_members(window)
    assert asked and "60 members" in asked[0] and previewed == []
    monkeypatch.setattr(window_printing, "LONG_LIST", 100)
    window_printing.print_members(window)
    assert len(previewed) == 1


def test_switching_community_after_the_structure_view_leaves_no_stale_listeners(
    qtbot, services, community_id, people
):
    window = _window(qtbot, services)
    window.go("structure")
    unit = services.structure_writes.create_unit(community_id, "读书组")
    window.structure_view.show_unit(unit)
    other = services.communities.create(CommunityInfo(name="第二社群"))
    window.show_community(other)
    qtbot.wait(10)  # let the old views be deleted
    services.structure_writes.create_unit(community_id, "写作组")  # must not reach the deleted views
    services.member_writes.tag([people["张三"]], ["x"])
    assert window.structure_view is not None and window.structure_view.community_id == other


def test_events_view_from_the_window_and_ctrl_z_at_the_door(qtbot, services, community_id, people):
    import datetime as dt

    from PySide6.QtCore import Qt

    from desktop.services.drafts import EventDraft
    from ui.events.checkin_dialog import CheckInDialog

    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=dt.datetime(2030, 1, 5, 19), end=dt.datetime(2030, 1, 5, 21), tz="UTC"))  # fmt: skip
    services.rsvp_writes.invite(eid, list(people.values()))
    window = _window(qtbot, services)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.events_view
    assert [e.title for e in window.events_view.model.events] == ["读书会"]
    dialog = CheckInDialog(services, services.events.event(eid), window.events_view,
                           now=lambda: dt.datetime(2030, 1, 5, 18, tzinfo=dt.UTC))  # the event's day
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.search, "zs")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert services.events.headcount(eid)[0] == 1
    assert window.events_view.model.events[0].checked_in == 1  # the list's counts follow the door
    assert window.undo_stack.undoText() == "Check in"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.events.headcount(eid)[0] == 0 and "Checked in 0" in dialog.headcount.text()
    dialog.reject()


def test_ctrl_p_prints_the_view_on_screen(qtbot, services, community_id, people, monkeypatch):
    from ui.common import pages
    from ui.members import printing as member_printing

    window = _window(qtbot, services)
    printed = []
    monkeypatch.setattr(member_printing, "preview", lambda html, parent, community="": printed.append("members"))
    monkeypatch.setattr(pages, "preview", lambda paint, parent=None, *a, **k: printed.append("paged"))
    from ui.common import audience_dialog

    monkeypatch.setattr(audience_dialog, "ask_audience", lambda title, parent=None: "organisers")
    window.act_print.trigger()
    assert printed == ["members"] and window.act_print.shortcut().toString() == "Ctrl+P"
    window.go("health")  # its one-page report
    window.health_view.wait()
    window.act_print.trigger()
    assert printed == ["members", "paged"]
