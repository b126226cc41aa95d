"""Which of the window's actions the main toolbar shows for each view, and the wiring to the window.

`wire_main_toolbar(window, undo, redo)` (called by the main window once its menus exist) puts the
icons on the navigation, adds the toolbar and switches it whenever `window.stack` shows another
widget (a view, a community's fresh views, the welcome page). A view may say itself what the toolbar
shows with a `toolbar_actions()` method (QActions, None for a separator); otherwise the table in
`view_actions` picks the existing actions: the menus' (Print, Import, Export) and the views' own
QActions. Where a view has only a push button (events, outputs), the bar shows a mirror action that
clicks that button and follows its enabled state; the key stays the view's (the tooltip names it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QWidget
from shiboken6 import isValid

from desktop.settings import VIEWS
from ui.shell.toolbar import MainToolbar, decorate, hint_shortcut, install_toolbar, set_nav_icons

MIRROR = "toolbarMirror"


class ButtonAction(QAction):
    """A toolbar action standing for a view's push button: clicks it, enabled when it is."""

    def __init__(self, button: QAbstractButton) -> None:
        super().__init__(button.text(), button)
        self.setObjectName(MIRROR)
        self.triggered.connect(button.click)
        self.setEnabled(button.isEnabled())
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.EnabledChange:
            self.setEnabled(watched.isEnabled())
        return False


def mirror(view: QWidget, context: str, text: str, meaning: str, key: str | None = None) -> QAction | None:
    """The mirror action of the button of `view` reading `text` (as `context` translates it)."""
    words = QCoreApplication.translate(context, text)
    button = next((b for b in view.findChildren(QAbstractButton) if b.text() == words), None)
    if button is None:
        return None
    action = button.findChild(QAction, MIRROR) or decorate(ButtonAction(button), meaning)
    return hint_shortcut(action, key) if key else action


def by_key(actions, key: str) -> QAction | None:
    """The action among `actions` with the shortcut `key`."""
    wanted = QKeySequence(key)
    return next((a for a in actions if a.shortcut() == wanted), None)


def view_actions(window: QMainWindow, name: str, view: QWidget) -> list[QAction | None]:
    """The toolbar's actions for view `name` (shown as `view`) of `window`."""
    own = getattr(view, "toolbar_actions", None)
    if callable(own):
        return list(own())
    printing = decorate(window.act_print, "print")
    found: list[QAction | None] = []
    if name == "today":  # the next event's card: its own Print plan (not "this view") and the door
        found = [mirror(view, "NextEventCard", "Print plan…", "print_plan", "Ctrl+P"),
                 mirror(view, "NextEventCard", "Door check-in", "checkin", "Ctrl+D")]  # fmt: skip
        return [a for a in found if a is not None]
    if name == "members":
        found = [decorate(view.act_add, "new_member")]
        for key, meaning in (("Ctrl+I", "import"), ("Ctrl+E", "export")):
            if (a := by_key(window.transfer_actions, key)) is not None:
                found.append(decorate(a, meaning))
    elif name == "structure":
        if (a := by_key(view.actions(), "Ctrl+Shift+U")) is not None:
            found = [decorate(a, "new_unit")]
    elif name == "events":
        found = [mirror(view, "EventsView", "New event…", "new_event", "Ctrl+Shift+N"),
                 mirror(view, "EventsView", "Door check-in", "checkin", "Ctrl+Shift+K"),
                 mirror(view, "EventsView", "Guests…", "guests", "Ctrl+Shift+G")]  # fmt: skip
    elif name == "outputs":
        found = [mirror(view, "OutputsView", "New output…", "new_output", "Ctrl+Shift+O")]
    return [a for a in found if a is not None] + [None, printing]


def shown_view(window: QMainWindow) -> tuple[str, QWidget] | None:
    """The navigation name and widget of the view `window.stack` shows (None: the welcome page)."""
    current = window.stack.currentWidget()
    for name in VIEWS:
        if current is not None and getattr(window, f"{name}_view", None) is current:
            return name, current
    return None


def wire_main_toolbar(window: QMainWindow, undo: QAction, redo: QAction) -> MainToolbar:
    """Navigation icons and the main toolbar on `window`, following `window.stack`."""
    set_nav_icons(window.nav)
    bar = install_toolbar(window, [decorate(undo, "undo"), decorate(redo, "redo")])

    def follow(_index: int = -1) -> None:
        if not (isValid(bar) and isValid(window.stack)):  # the window is being destroyed
            return
        shown = shown_view(window)
        if shown is None:
            bar.show_view(None)
        else:
            bar.set_view_actions(shown[0], view_actions(window, *shown))
            bar.show_view(shown[0])

    window.stack.currentChanged.connect(follow)
    follow()
    return bar
