"""Enter in the members filter: one match opens that member at once; several move to the list, where
Enter opens the selected one (issue 14, part 5)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.settings import Settings
from ui.members import editor
from ui.members.view import MembersView


def test_enter_with_one_match_opens_it_and_with_several_moves_to_the_list(qtbot, services, community_id,
                                                                          people, monkeypatch):  # fmt: skip
    opened = []
    monkeypatch.setattr(editor.MemberEditor, "exec", lambda self: opened.append(self.member_id) or 0)
    view = MembersView(services, community_id, Settings())
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.filter, "zs")
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)  # before the filter's pause: Enter applies it at once
    assert view.model.rowCount() == 1 and len(opened) == 1
    assert view.model.data(view.model.index(0, 0)) == "张三"
    view.filter.clear()
    qtbot.keyClick(view.filter, Qt.Key.Key_Return)
    assert view.model.rowCount() == 3 and len(opened) == 1  # several: nobody opened
    assert view.focusWidget() is view.table and view.selected_ids() == [view.model.id_at(0)]
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened[1:] == [view.model.id_at(1)]
