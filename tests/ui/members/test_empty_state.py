"""The members view says what to do instead of showing an empty table: no members yet (import a list,
add one), or a filter that matches nobody (clear it)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.services.drafts import MemberDraft
from desktop.settings import Settings
from ui.members import editor
from ui.members.view import MembersView


class FakeMenus(QObject):
    """Stands in for the window's File ▸ Import menus (found by their import_kind)."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.asked: list[str] = []

    def import_kind(self, kind: str) -> None:
        self.asked.append(kind)


def test_an_empty_community_offers_import_and_add(qtbot, services, community_id, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    menus = FakeMenus(window)
    opened = []
    monkeypatch.setattr(editor.MemberEditor, "exec", lambda self: opened.append(self.member_id) or 0)
    view = MembersView(services, community_id, Settings(), window)
    assert view.body.currentWidget() is view.no_members
    assert "No members yet" in view.no_members.label.text() and "Ctrl+I" in view.no_members.label.text()
    assert "Ctrl+Shift+A" in view.no_members.label.text()  # the real shortcut of Add member
    imp, add = view.no_members.buttons
    imp.click()
    assert menus.asked == ["members"]
    add.click()
    assert opened == [None]  # the editor, for a new member
    services.member_writes.create(community_id, MemberDraft(name="张三"))
    assert view.body.currentWidget() is view.table  # the first member: the table is back


def test_a_filter_matching_nobody_says_so_and_clears(qtbot, services, community_id):
    services.member_writes.create(community_id, MemberDraft(name="张三"))
    view = MembersView(services, community_id, Settings())
    qtbot.addWidget(view)
    assert view.body.currentWidget() is view.table
    view.filter.setText("xyz")
    qtbot.waitUntil(lambda: view.body.currentWidget() is view.no_match, timeout=2000)
    assert view.no_match.label.text() == "Nobody matches “xyz”."
    view.no_match.buttons[0].click()
    assert view.filter.text() == "" and view.model.rowCount() == 1
    assert view.body.currentWidget() is view.table
