"""Help ▸ Keyboard shortcuts lists every menu action that has one (read from the menus), and the data
and backups folders are one click away (issue 14, part 4)."""

from __future__ import annotations

from PySide6.QtGui import QDesktopServices

from ui.shell import help_menu


def test_the_shortcuts_list_comes_from_the_menus(window, qtbot):
    rows = help_menu.shortcuts(window.menuBar())
    names = {action for _, action, _ in rows}
    assert {"Undo", "Print this view", "History"} <= names or {"Print this view", "History"} <= names
    assert all(keys for _, _, keys in rows) and len(rows) >= 8
    dialog = help_menu.ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows) + len(help_menu.view_shortcuts(window)) + 1
    keys = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert "Ctrl+Shift+H" in keys
    last = [dialog.table.item(dialog.table.rowCount() - 1, c).text() for c in range(3)]
    n = window.nav.count()  # the views' keys, read from the navigation
    assert last == [
        "Views",
        f"{window.nav.item(0).text()} … {window.nav.item(n - 1).text()}",
        f"Ctrl+1 … Ctrl+{n}",
    ]
    assert n == 6 and last[1] == "Today … Health"


def test_the_folders_open(window, monkeypatch):
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True)
    )
    texts = {a.text(): a for a in window.menuBar().actions()[-1].menu().actions()}
    texts["Show the &data folder"].trigger()
    texts["Show this workspace's &backups folder"].trigger()
    assert opened[0].endswith("data") and "backups" in opened[1]


def test_the_views_opened_so_far_list_their_keys_too(window):
    before = help_menu.view_shortcuts(window)
    assert {v for v, _, _ in before} <= {"Members", "Today"}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
    window.health_view.wait()
    rows = help_menu.view_shortcuts(window)
    assert ("Events", "New event", "Ctrl+Shift+N") in rows and (
        "Members",
        "Add member",
        "Ctrl+Shift+A",
    ) in rows
    assert ("Structure", "New unit", "Ctrl+Shift+U") in rows and ("Health", "Refresh", "F5") in rows
    assert len(rows) == len(set(rows)) and [v for v, _, _ in rows] == sorted(
        (v for v, _, _ in rows), key=[window.nav.item(i).text() for i in range(window.nav.count())].index
    )
    dialog = help_menu.ShortcutsDialog(window)
    assert dialog.table.rowCount() == len(help_menu.shortcuts(window.menuBar())) + len(rows) + 1
    dialog.deleteLater()


def test_menu_texts_read_as_shown_and_submenus_keep_their_name(window):
    assert [help_menu.plain(t) for t in ("&File", "文件(&F)", "新建工作区(&N)…", "Save && close")] == [
        "File",
        "文件",
        "新建工作区",
        "Save & close",
    ]
    rows = help_menu.shortcuts(window.menuBar())
    assert ("File", "Import ▸ Members", "Ctrl+I") in rows and ("File", "Export ▸ Members", "Ctrl+E") in rows
