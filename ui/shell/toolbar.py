"""The main toolbar: undo/redo, then the main actions of the view shown, switched with the view.

It shows the window's own QActions (the menus' and the views'), never copies: the lead passes, per
view, a list of actions (None: a separator) or a function returning one (a view built lazily, or
rebuilt per community). Buttons get the text beside the icon on a wide window, under it otherwise,
and a tooltip with the shortcut ("Print plan (Ctrl+P)"), kept when the action's text changes.
An action whose shortcut belongs to a widget (a QShortcut in a view) can name it for the tooltip
with `hint_shortcut(action, "Ctrl+Shift+K")` without taking the key itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QToolBar
from shiboken6 import isValid

from desktop.settings import VIEWS
from ui.common.icons import icon

WIDE = 1100  # px of window width from which the text stands beside the icon
HINT = "beehive_shortcut"  # action property: a shortcut shown in the tooltip but owned by a widget

WATCHED = "beehive_toolbar_tip"  # action property: its changes already re-make its button's tooltip
Actions = Sequence[QAction | None]


def short_labels() -> dict[str, str]:
    """Toolbar words for actions whose menu text is long or names a submenu's item ("Members")."""
    return {
        "import": QCoreApplication.translate("Toolbar", "Import"),
        "export": QCoreApplication.translate("Toolbar", "Export"),
        "print": QCoreApplication.translate("Toolbar", "Print"),
        "print_plan": QCoreApplication.translate("Toolbar", "Print plan"),
        "pdf": QCoreApplication.translate("Toolbar", "PDF"),
        "new_member": QCoreApplication.translate("Toolbar", "New member"),
        "new_event": QCoreApplication.translate("Toolbar", "New event"),
        "new_unit": QCoreApplication.translate("Toolbar", "New unit"),
        "new_output": QCoreApplication.translate("Toolbar", "New output"),
        "checkin": QCoreApplication.translate("Toolbar", "Check-in"),
        "guests": QCoreApplication.translate("Toolbar", "Guests"),
        "plan": QCoreApplication.translate("Toolbar", "Plan"),
        # undo/redo: the menu's text grows with the step ("Undo Import 60 members"); the tooltip has it
        "undo": QCoreApplication.translate("Toolbar", "Undo"),
        "redo": QCoreApplication.translate("Toolbar", "Redo"),
    }


def tips() -> dict[str, str]:
    """Tooltips for actions whose menu text alone says too little on a toolbar."""
    return {
        "import": QCoreApplication.translate("Toolbar", "Import members"),
        "export": QCoreApplication.translate("Toolbar", "Export members"),
    }


def decorate(action: QAction, meaning: str, label: bool = True) -> QAction:
    """Give `action` the icon of `meaning` and, if `label`, the toolbar's short word (and tooltip) for it."""
    action.setIcon(icon(meaning))
    if label and meaning in (words := short_labels()):
        action.setIconText(words[meaning])
    if label and meaning in (texts := tips()):
        action.setToolTip(texts[meaning])
    return action


def hint_shortcut(action: QAction, key: str | QKeySequence) -> QAction:
    action.setProperty(HINT, QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
    return action


def tooltip(action: QAction) -> str:
    """'Print plan (Ctrl+P)': the action's words and its first shortcut (or hinted one)."""
    words = action.toolTip() or action.iconText()
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) or action.property(HINT) or ""
    return (
        QCoreApplication.translate("Toolbar", "{action} ({shortcut})").format(action=words, shortcut=key)
        if key
        else words
    )


def set_nav_icons(nav: QListWidget, meanings: Sequence[str] = VIEWS, size: int = 20) -> None:
    """Icons on the navigation list's rows, in row order (a row without a meaning keeps none)."""
    nav.setIconSize(QSize(size, size))
    for row, meaning in enumerate(meanings[: nav.count()]):
        nav.item(row).setIcon(icon(meaning))


class MainToolbar(QToolBar):
    def __init__(self, window: QMainWindow, fixed: Actions = (), views: Mapping | None = None) -> None:
        super().__init__(QCoreApplication.translate("Toolbar", "Main toolbar"), window)
        self.setObjectName("mainToolBar")  # saveState/restoreState find it by this name
        self.setMovable(False)
        self.setIconSize(QSize(20, 20))
        self.views: dict[str, Actions | Callable[[], Actions]] = dict(views or {})
        self.view: str | None = None
        self._shown: list[QAction] = []  # the view's actions and separators on the bar now
        self._add(fixed)
        self._split = self.addSeparator()
        self._split.setVisible(False)
        window.installEventFilter(self)
        self._fit(window.width())

    def set_view_actions(self, view: str, actions: Actions | Callable[[], Actions]) -> None:
        self.views[view] = actions
        if view == self.view:
            self.show_view(view)

    def show_view(self, view: str | None) -> None:
        """Show `view`'s actions (none for a view without any, or None: the welcome page)."""
        self.view = view
        for a in self._shown:
            if not isValid(a):  # it went with its view (a community switch): the bar dropped it already
                continue
            self.removeAction(a)
            if a.isSeparator() and a.parent() is self:
                a.deleteLater()
        entry = self.views.get(view, ()) if view else ()
        actions = list(entry() if callable(entry) else entry)
        self._shown = self._add(actions)
        self._split.setVisible(bool(actions))

    def _add(self, actions: Actions) -> list[QAction]:
        added = []
        for a in actions:
            if a is None:
                added.append(self.addSeparator())
                continue
            self.addAction(a)
            added.append(a)
            self._tip(a)
            if not a.property(WATCHED):  # the button resets its tooltip when the action changes
                a.setProperty(WATCHED, True)
                a.changed.connect(lambda a=a: self._tip(a))
        return added

    def _tip(self, action: QAction) -> None:
        if not (isValid(self) and isValid(action)):  # a change sent while one of them is destroyed
            return
        button = self.widgetForAction(action)
        if button is not None:
            button.setToolTip(tooltip(action))

    def _fit(self, width: int) -> None:
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if width >= WIDE
            else Qt.ToolButtonStyle.ToolButtonTextUnderIcon
        )
        if self.toolButtonStyle() != style:
            self.setToolButtonStyle(style)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and watched is self.parent():
            self._fit(watched.width())
        return False


def install_toolbar(window: QMainWindow, fixed: Actions = (), views: Mapping | None = None) -> MainToolbar:
    """Add the main toolbar to `window` (before its other top toolbars) and return it; call
    `bar.show_view(name)` whenever the navigation changes."""
    bar = MainToolbar(window, fixed, views)
    top = [
        t
        for t in window.findChildren(QToolBar)
        if t is not bar and window.toolBarArea(t) == Qt.ToolBarArea.TopToolBarArea
    ]
    if top:
        window.insertToolBar(top[0], bar)
    else:
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
