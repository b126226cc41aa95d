"""Help ▸ User guide (F1), the import column reference, Keyboard shortcuts (every menu action that
has one, read from the menus themselves so the list is never out of date), the data folder and this
workspace's backups folder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTableWidget, QTableWidgetItem, QVBoxLayout

from desktop import settings
from desktop.services.core.backups import folder_for


def shortcuts(menu_bar) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action with a shortcut, in menu order; "&" and "…" dropped."""
    found: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), title)
            elif not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                found.append((title, action.text().replace("&", "").rstrip("…"), keys))

    for top in menu_bar.actions():
        if top.menu() is not None:
            walk(top.menu(), top.text().replace("&", ""))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcuts(window.menuBar())
        nav = getattr(window, "nav", None)  # Ctrl+1 … Ctrl+n: the views, in the navigation's order
        views = [nav.item(r).text() for r in range(nav.count())] if nav is not None else []
        extra = (
            [(self.tr("Views"), f"{views[0]} … {views[-1]}", f"Ctrl+1 … Ctrl+{len(views)}")] if views else []
        )
        self.table = QTableWidget(len(rows) + len(extra), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
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
    backups.triggered.connect(lambda: window.services and _reveal(folder_for(window.services.path)))
    menu.addSeparator()
