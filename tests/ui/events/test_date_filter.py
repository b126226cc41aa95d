"""The events list's date presets (upcoming by default, this month, last 90 days, this year, all,
custom with its two dates shown only then), remembered in the settings; and the view's empty states."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QWidget

from desktop.services.drafts import EventDraft
from desktop.settings import Settings
from ui.events.date_filter import DateFilter, preset_range
from ui.events.view import EventsView

TODAY = dt.date(2026, 12, 4)


def test_preset_ranges():
    assert preset_range("upcoming", TODAY) == (None, None, "upcoming")
    assert preset_range("past", TODAY) == (None, None, "past")
    assert preset_range("this_month", TODAY) == (dt.date(2026, 12, 1), dt.date(2027, 1, 1), "all")
    assert preset_range("this_month", dt.date(2026, 1, 31))[1] == dt.date(2026, 2, 1)
    assert preset_range("last_90_days", TODAY) == (dt.date(2026, 9, 5), dt.date(2026, 12, 5), "all")
    assert preset_range("this_year", TODAY) == (dt.date(2026, 1, 1), dt.date(2027, 1, 1), "all")
    assert preset_range("all", TODAY) == (None, None, "all")
    custom = preset_range("custom", TODAY, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert custom == (dt.date(2026, 3, 1), dt.date(2026, 4, 1), "all")  # the last day included


def test_custom_dates_show_only_for_custom_and_the_choice_is_remembered(qtbot):
    settings = Settings()
    f = DateFilter(settings)
    qtbot.addWidget(f)
    f.show()
    assert f.code() == "upcoming" and not f.start.isVisible()
    f.start.setDate(QDate(2026, 3, 1))
    f.end.setDate(QDate(2026, 3, 31))
    f.set_code("custom")
    assert f.start.isVisible() and f.end.isVisible()
    again = DateFilter(Settings())
    qtbot.addWidget(again)
    assert again.code() == "custom" and again.start.date() == QDate(2026, 3, 1)
    assert again.query()["end_utc"].startswith(("2026-03-31", "2026-04-01"))  # midnight here, in UTC
    f.set_code("this_year")
    assert DateFilter(Settings()).code() == "this_year"


def _event(services, cid, title, start):
    services.event_writes.create(
        cid, EventDraft(title=title, start=start, end=start + dt.timedelta(hours=2), tz="UTC")
    )


def test_the_view_lists_by_preset(qtbot, services, community_id):
    now = dt.datetime.now().replace(microsecond=0, second=0)
    _event(services, community_id, "下周", now + dt.timedelta(days=7))
    _event(services, community_id, "上个月", now - dt.timedelta(days=40))
    _event(services, community_id, "两年前", now - dt.timedelta(days=800))
    view = EventsView(services, community_id, settings=Settings())
    qtbot.addWidget(view)
    titles = lambda: [e.title for e in view.model.events]  # noqa: E731
    assert titles() == ["下周"]  # upcoming by default
    view.dates.set_code("last_90_days")
    assert titles() == ["上个月"]
    view.dates.set_code("all")
    assert titles() == ["两年前", "上个月", "下周"]
    view.dates.set_code("past")
    assert titles() == ["上个月", "两年前"]  # newest first


class FakeMenus(QObject):
    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.asked: list[str] = []

    def import_kind(self, kind: str) -> None:
        self.asked.append(kind)


def test_no_events_yet_offers_a_new_event_and_a_calendar_import(qtbot, services, community_id, monkeypatch):
    window = QWidget()
    qtbot.addWidget(window)
    menus = FakeMenus(window)
    view = EventsView(services, community_id, window)
    assert view.body.currentWidget() is view.no_events
    assert "Ctrl+Shift+N" in view.no_events.label.text()  # the New event… button's own shortcut
    from ui.events import event_dialog

    opened = []
    monkeypatch.setattr(event_dialog.EventDialog, "exec", lambda self: opened.append(True) or 0)
    new, imp = view.no_events.buttons
    imp.click()
    assert menus.asked == ["events"]
    new.click()
    assert opened == [True]  # the event editor
    _event(services, community_id, "很久以前", dt.datetime(2020, 1, 1, 19))
    assert view.body.currentWidget() is view.none_shown  # events exist, none upcoming
    view.none_shown.buttons[0].click()
    assert view.dates.code() == "all" and [e.title for e in view.model.events] == ["很久以前"]
    assert view.body.currentWidget() is view.table
