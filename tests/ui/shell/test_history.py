"""The window after a restart: Ctrl+Z undoes the last action before it; Edit ▸ History lists the
journal newest first, marks undone steps, shows field: before → after, filters by member and text,
and shows a big step's first changes with "and N more"."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop.services.container import open_services
from desktop.services.core import history as history_service
from desktop.services.drafts import MemberDraft
from desktop.settings import Settings
from ui.shell.history_dialog import HistoryDialog
from ui.shell.main_window import MainWindow


def _window(qtbot, services):
    window = MainWindow(services, Settings(), open_services, lambda: services.path)
    qtbot.addWidget(window)
    window.show()
    return window


def _restart(services):
    path = services.path
    services.close()
    return open_services(path)


def _texts(item) -> list[str]:
    out = []
    for i in range(item.childCount()):
        child = item.child(i)
        out.append(child.text(0))
        out += ["  " + t for t in _texts(child)]
    return out


def test_after_a_restart_ctrl_z_undoes_the_last_action_and_ctrl_y_redoes_it(qtbot, services, community_id):
    mid = services.member_writes.create(community_id, MemberDraft(name="张三"))
    services.member_writes.update(mid, MemberDraft(name="张三", city="武当"))
    services = _restart(services)
    window = _window(qtbot, services)
    assert window.undo_stack.undoText() == "Edit member"
    window.undo_stack.undo()
    assert services.members.get(mid).city == ""
    window.close()
    services = _restart(window.services)
    window = _window(qtbot, services)
    assert window.undo_stack.canRedo() and window.undo_stack.redoText() == "Edit member"
    window.undo_stack.redo()
    assert services.members.get(mid).city == "武当"


def test_a_refused_undo_after_a_restart_says_so_and_writes_nothing(
    qtbot, services, community_id, monkeypatch
):
    import sqlite3

    mid = services.member_writes.create(community_id, MemberDraft(name="张三"))
    services.member_writes.update(mid, MemberDraft(name="张三", city="武当"))
    services = _restart(services)
    con = sqlite3.connect(services.path)
    con.execute("UPDATE member SET city = '峨眉' WHERE id = ?", (mid,))
    con.commit()
    con.close()
    window = _window(qtbot, services)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: said.append(text)))
    window.undo_stack.undo()
    assert said and "changed since" in said[0]
    assert services.members.get(mid).city == "峨眉"


def test_history_lists_marks_undone_and_filters(qtbot, services, community_id):
    a = services.member_writes.create(
        community_id, MemberDraft(name="张三", identities=(("phone", "13812345678"),))
    )
    b = services.member_writes.create(community_id, MemberDraft(name="李四"))
    services.member_writes.update(
        a, MemberDraft(name="张三", city="武当", identities=(("phone", "13812345678"),))
    )
    window = _window(qtbot, services)
    window.undo_stack.undo()  # the city edit, marked undone
    dialog = HistoryDialog(services, community_id, window)
    qtbot.addWidget(dialog)
    top = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [t.text(0) for t in top[:3]] == ["Edit member", "Add member", "Add member"]
    assert top[0].text(2) == "undone" and top[0].font(0).italic() and not top[1].font(0).italic()
    assert "Member 张三: changed" in _texts(top[0]) and "  City: — → 武当" in _texts(top[0])
    top[2].setExpanded(True)
    assert "Contact +8613812345678 · 张三: added" in _texts(top[2])
    dialog.text.setText("武当")
    dialog.reload()
    assert dialog.tree.topLevelItemCount() == 1
    dialog.text.setText("")
    dialog.member.set_member(b, "李四")
    dialog.reload()
    assert [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())] == [
        "Add member"
    ]
    assert dialog.count.text().startswith("1 step")  # "1 step" once the catalog has the plural


def test_a_big_step_shows_its_first_changes_and_how_many_more(qtbot, services, community_id, monkeypatch):
    monkeypatch.setattr(history_service, "SHOWN_CHANGES", 2)
    services.member_writes.create(community_id, MemberDraft(name="张三", identities=(("phone", "13812345678"),
                                                                                   ("qq", "12345"))))  # fmt: skip
    dialog = HistoryDialog(services, community_id)
    qtbot.addWidget(dialog)
    texts = _texts(dialog.tree.topLevelItem(0))
    assert texts[-1].startswith("and 1 more change")
    assert sum(1 for t in texts if not t.startswith("  ")) == 3


def test_the_menu_entry_and_its_shortcut(qtbot, services, community_id):
    window = _window(qtbot, services)
    edit = window.menuBar().actions()[1].menu()
    (entry,) = [a for a in edit.actions() if a.text() == "&History…"]
    assert entry.shortcut().toString() == "Ctrl+Shift+H"
    shortcuts = [a.shortcut().toString() for m in window.menuBar().actions() if m.menu()
                 for a in m.menu().actions() if not a.shortcut().isEmpty()]  # fmt: skip
    assert shortcuts.count("Ctrl+Shift+H") == 1
