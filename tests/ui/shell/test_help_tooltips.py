"""Shortcuts shown in tooltips (issue 14, part 4): ui.common.tooltips appends the key an action or button
really has, once, and finds the buttons of a whole view."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton, QToolButton, QWidget

from ui.common.tooltips import tip_with_shortcut, tips_under


def test_an_action_gets_its_own_shortcut_once(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    action = QAction("&Print this view…", host)
    action.setShortcut(QKeySequence("Ctrl+P"))
    assert tip_with_shortcut(action)
    assert action.toolTip() == "Print this view (Ctrl+P)"
    assert not tip_with_shortcut(action) and action.toolTip() == "Print this view (Ctrl+P)"
    bare = QAction("Fit", host)
    assert not tip_with_shortcut(bare) and "(" not in bare.toolTip()


def test_a_button_whose_tooltip_is_only_the_keys_gets_its_name_too(qtbot):
    button = QPushButton("New event…")
    qtbot.addWidget(button)
    button.setToolTip("Ctrl+Shift+N")  # as the Events view sets it today
    assert tip_with_shortcut(button, "Ctrl+Shift+N")
    assert button.toolTip() == "New event (Ctrl+Shift+N)"
    explained = QPushButton("Refresh")
    qtbot.addWidget(explained)
    explained.setToolTip("Read the numbers again")
    explained.setShortcut(QKeySequence("F5"))
    assert tip_with_shortcut(explained) and explained.toolTip() == "Read the numbers again (F5)"


def test_tips_under_a_view_reach_tool_buttons_and_buttons_with_shortcuts(qtbot):
    view = QWidget()
    qtbot.addWidget(view)
    action = QAction("New unit…", view)
    action.setShortcut(QKeySequence("Ctrl+Shift+U"))
    tool = QToolButton(view)
    tool.setDefaultAction(action)
    keyed = QPushButton("Refresh", view)
    keyed.setShortcut(QKeySequence("F5"))
    plain = QPushButton("Edit…", view)
    assert tips_under(view) == 2
    assert tool.toolTip() == "New unit (Ctrl+Shift+U)" and keyed.toolTip() == "Refresh (F5)"
    assert plain.toolTip() == ""
    assert tips_under(view) == 0  # a second call changes nothing


def test_the_real_views_buttons_get_their_keys(window):
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
    window.health_view.wait()
    assert tips_under(window.stack) == 0  # each view's buttons were given their keys when it was built
    tips = {b.toolTip() for b in window.stack.findChildren(QToolButton)}
    assert any(t.endswith("(Ctrl+Shift+U)") for t in tips)
    events = [(b.text(), b.toolTip()) for b in window.views.get("events").findChildren(QPushButton)]
    assert ("New event…", "New event (Ctrl+Shift+N)") in events  # was only "Ctrl+Shift+N"
    assert ("Door check-in", "Door check-in (Ctrl+Shift+K)") in events
    refresh = [b for b in window.stack.findChildren(QPushButton) if b.text() == "Refresh"]
    assert refresh and refresh[0].toolTip().endswith("(F5)")
