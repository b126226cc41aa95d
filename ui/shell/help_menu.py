"""Help ▸ User guide (F1), the import column reference, Keyboard shortcuts (every menu action that
has one, read from the menus themselves so the list is never out of date, then those of the views opened
so far), the data folder and this workspace's backups folder."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import settings
from desktop.services.core.backups import folder_for


def plain(text: str) -> str:
    """A menu or button text as read: "&File" and "文件(&F)" → File, 文件; a trailing "…" dropped."""
    return (
        re.sub(r"\s*\(&\w\)", "", text)
        .replace("&&", "\0")
        .replace("&", "")
        .replace("\0", "&")
        .rstrip("…")
        .strip()
    )


def shortcuts(menu_bar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a shortcut, in menu order; an action of a submenu as
    "Import ▸ Members" (File ▸ Import and File ▸ Export both have a Members…)."""
    found: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title, f"{path}{plain(action.text())} ▸ ")
            elif not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append((title, path + plain(action.text()), keys))

    for top in menu_bar.actions():
        if top.menu() is not None:
            walk(top.menu(), plain(top.text()), "")
    return found


def view_shortcuts(window) -> list[tuple[str, str, str]]:
    """(view, action, keys) in the views opened so far: their actions and buttons that have a shortcut,
    and a separate QShortcut whose button names the keys in its tooltip (the Events view's buttons)."""
    from desktop.settings import VIEWS

    found: list[tuple[str, str, str]] = []
    built = getattr(getattr(window, "views", None), "built", {})
    for name, view in sorted(
        built.items(), key=lambda nv: VIEWS.index(nv[0]) if nv[0] in VIEWS else len(VIEWS)
    ):
        title = window.nav.item(VIEWS.index(name)).text() if name in VIEWS else name
        buttons = [b for b in view.findChildren(QAbstractButton) if not isinstance(b.window(), QDialog)]
        pairs = [(a.text(), k) for a in view.findChildren(QAction) for k in a.shortcuts()
                 if not (isinstance(a.parent(), QWidget) and isinstance(a.parent().window(), QDialog))]  # fmt: skip
        pairs += [(b.text(), b.shortcut()) for b in buttons if not b.shortcut().isEmpty()]
        for shortcut in view.findChildren(QShortcut):
            keys = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            named = next((b.text() for b in buttons if keys and keys in b.toolTip()), None)
            if named:
                pairs.append((named, shortcut.key()))
        seen = set()
        for text, sequence in pairs:
            row = (title, plain(text), sequence.toString(QKeySequence.SequenceFormat.NativeText))
            if row[1] and row[2] and row not in seen:
                seen.add(row)
                found.append(row)
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcuts(window.menuBar()) + view_shortcuts(window)
        nav = getattr(window, "nav", None)  # Ctrl+1 … Ctrl+n: the views, in the navigation's order
        views = [nav.item(r).text() for r in range(nav.count())] if nav is not None else []
        extra = (
            [(self.tr("Views"), f"{views[0]} … {views[-1]}", f"Ctrl+1 … Ctrl+{len(views)}")] if views else []
        )
        self.table = QTableWidget(len(rows) + len(extra), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu or view"), self.tr("Action"), self.tr("Keys")])
        for r, row in enumerate(rows + extra):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 480)


def _reveal(path) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_guide(window) -> None:
    from ui.shell.guide_dialog import GuideDialog

    GuideDialog(window).exec()


def show_import_reference(window) -> None:
    from ui.shell.import_reference import ImportReferenceDialog  # reads the import machinery's tables

    ImportReferenceDialog(window).exec()


def add_items(window, menu: QMenu) -> None:
    guide = menu.addAction(QCoreApplication.translate("HelpMenu", "&User guide"), lambda: show_guide(window))
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    menu.addAction(
        QCoreApplication.translate("HelpMenu", "Import &column reference…"),
        lambda: show_import_reference(window),
    )
    menu.addAction(
        QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts…"), lambda: ShortcutsDialog(window).exec()
    )
    menu.addSeparator()
    menu.addAction(
        QCoreApplication.translate("HelpMenu", "Show the &data folder"), lambda: _reveal(settings.data_dir())
    )
    backups = menu.addAction(QCoreApplication.translate("HelpMenu", "Show this workspace's &backups folder"))
    backups.triggered.connect(lambda: window.services and not window.services.is_server
                              and _reveal(folder_for(window.services.path)))  # fmt: skip
    menu.addSeparator()
