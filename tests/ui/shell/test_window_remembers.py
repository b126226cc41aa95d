"""The window reopens on the view it was closed on (its geometry, the members columns and splitter
were already kept); --view and --screenshot still choose."""

from __future__ import annotations

from types import SimpleNamespace

from desktop.app import initial_view
from desktop.settings import Settings


def test_closing_on_a_view_reopens_on_it(window):
    window.go("events")
    window.close()
    prefs = Settings()
    assert prefs.get("last_view") == "events"
    assert initial_view(SimpleNamespace(view=None, screenshot=None), prefs) == "events"
    assert initial_view(SimpleNamespace(view="health", screenshot=None), prefs) == "health"
    assert initial_view(SimpleNamespace(view=None, screenshot="x.png"), prefs) == "members"
    prefs.set("last_view", "gone")  # a view a later version dropped
    assert initial_view(SimpleNamespace(view=None, screenshot=None), prefs) == "members"
    prefs.set("last_view", "today")  # the first session's view needs events
    assert initial_view(SimpleNamespace(view=None, screenshot=None), prefs, has_events=False) == "members"
    assert initial_view(SimpleNamespace(view=None, screenshot=None), prefs, has_events=True) == "today"
    assert initial_view(SimpleNamespace(view="today", screenshot=None), prefs, has_events=False) == "today"


def test_each_view_reopens_with_its_column_widths_sort_and_splitters(qtbot, window, services):
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QSplitter, QTableView

    from desktop.services.container import open_services
    from desktop.services.drafts import EventDraft
    from ui.shell.main_window import MainWindow

    start = dt.datetime.now() + dt.timedelta(days=2)
    services.event_writes.create(window.community_id, EventDraft(title="读书会", start=start,
                                                                 end=start + dt.timedelta(hours=2), tz="UTC"))  # fmt: skip

    window.go("events")
    table = window.events_view.findChildren(QTableView)[0]
    table.horizontalHeader().resizeSection(1, 333)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    (splitter, *_) = window.events_view.findChildren(QSplitter)  # the list beside the plan
    splitter.setSizes([200, 600])
    kept = splitter.sizes()[0]
    window.close()
    again = MainWindow(services, Settings(), open_services, lambda: services.path)
    qtbot.addWidget(again)
    again.go("events")
    header = again.events_view.findChildren(QTableView)[0].horizontalHeader()
    assert header.sectionSize(1) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert again.events_view.findChildren(QSplitter)[0].sizes()[0] == kept


def test_an_empty_list_does_not_overwrite_the_kept_column_widths(qtbot, window, services):
    from PySide6.QtWidgets import QTableView

    window.go("outputs")  # the test community has no outputs: its table is empty
    table = window.outputs_view.findChildren(QTableView)[0]
    from PySide6.QtCore import QByteArray

    Settings().save_state("OutputsView", "header0", QByteArray(b"kept"))
    table.horizontalHeader().resizeSection(0, 12)
    window.close()
    assert bytes(Settings().state("OutputsView", "header0")) == b"kept"
