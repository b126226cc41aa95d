"""The main toolbar wired to the real main window: the view's own actions, switched with the view."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar

from desktop.services.communities import CommunityInfo
from desktop.settings import VIEWS


def edit_menu_undo_redo(window):
    edit = next(m for m in window.menuBar().actions() if m.menu() and "Edit" in m.text()).menu()
    undo = next(a for a in edit.actions() if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo))
    redo = next(a for a in edit.actions() if QKeySequence("Ctrl+Y") in a.shortcuts())
    return undo, redo


def texts(bar):
    return [a.iconText() for a in bar.actions() if not a.isSeparator() and a.isVisible()]


def test_the_toolbar_follows_the_window_views(window, qtbot):
    undo, redo = edit_menu_undo_redo(window)
    bar = window.main_toolbar  # the window wires it (ui/shell/toolbar_actions.wire_main_toolbar)
    assert window.findChildren(QToolBar, "mainToolBar") == [bar]
    assert all(not window.nav.item(r).icon().isNull() for r in range(window.nav.count()))
    window.nav.setCurrentRow(VIEWS.index("members"))
    members = [a for a in bar.actions() if not a.isSeparator()]
    assert members[:2] == [undo, redo]
    assert window.members_view.act_add in members and window.act_print in members  # theirs, not copies
    assert texts(bar) == ["Undo", "Redo", "New member", "Import", "Export", "Print"]
    assert (
        bar.widgetForAction(window.act_print)
        .toolTip()
        .endswith(
            "("
            + QKeySequence(QKeySequence.StandardKey.Print).toString(QKeySequence.SequenceFormat.NativeText)
            + ")"
        )
    )
    window.nav.setCurrentRow(VIEWS.index("events"))
    assert texts(bar) == ["Undo", "Redo", "New event", "Check-in", "Guests", "Print"]
    door = next(a for a in bar.actions() if a.iconText() == "Check-in")
    assert bar.widgetForAction(door).toolTip() == "Door check-in (Ctrl+Shift+K)"
    window.nav.setCurrentRow(VIEWS.index("structure"))
    assert texts(bar) == ["Undo", "Redo", "New unit", "Print"]
    window.nav.setCurrentRow(VIEWS.index("outputs"))
    assert texts(bar) == ["Undo", "Redo", "New output", "Print"]
    window.nav.setCurrentRow(VIEWS.index("today"))
    window.today_view.wait()
    assert texts(bar) == ["Undo", "Redo", "Print plan", "Check-in"]
    plan = next(a for a in bar.actions() if a.iconText() == "Print plan")
    card = window.today_view.card.print_plan
    assert bar.widgetForAction(plan).toolTip() == "Print plan (Ctrl+P)"
    for enabled in (not card.isEnabled(), card.isEnabled()):  # the mirror follows the card's button
        card.setEnabled(enabled)
        assert plan.isEnabled() == enabled
    window.nav.setCurrentRow(VIEWS.index("health"))
    window.health_view.wait()  # its numbers come from a background task
    assert texts(bar) == ["Undo", "Redo", "Print"]


def test_a_fresh_community_gets_its_own_view_actions(window, services):
    bar = window.main_toolbar
    window.nav.setCurrentRow(VIEWS.index("members"))
    old = window.members_view.act_add
    other = services.communities.create(CommunityInfo(name="Another community"))
    window.community_id = None  # as load_workspace does: the views are built afresh
    window.show_community(other)
    assert window.members_view.act_add is not old
    assert window.members_view.act_add in bar.actions()
    window.show_community(None)  # the welcome page: undo/redo only
    assert texts(bar) == ["Undo", "Redo"]
