"""A new event: its time zone defaults to the one the community's events are usually in, and after
OK it is the selected row of the events list (issue 14, part 5)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog

from desktop.services.drafts import EventDraft
from ui.events import event_dialog
from ui.events.view import EventsView


def _event(services, community_id, title, tz, day):
    start = dt.datetime(2027, 1, day, 19, 0)
    return services.event_writes.create(community_id, EventDraft(title=title, start=start,
                                        end=start + dt.timedelta(hours=2), tz=tz))  # fmt: skip


def test_a_new_event_takes_the_usual_zone_and_is_selected_after_ok(qtbot, services, community_id, monkeypatch):
    for day in (3, 10):
        _event(services, community_id, f"伦敦读书会 {day}", "Europe/London", day)
    _event(services, community_id, "线上分享", "Asia/Shanghai", 17)
    assert services.events.usual_zone(community_id) == "Europe/London"
    view = EventsView(services, community_id)
    qtbot.addWidget(view)
    view.when.setCurrentIndex(view.when.findData("all"))
    view.reload()

    def fill_and_accept(dialog):
        assert dialog.zone.currentText() == "Europe/London"
        dialog.title.setText("新的一期")
        dialog.start.setDateTime(QDateTime.fromString("2027-02-07 19:00", "yyyy-MM-dd HH:mm"))
        dialog.accept()
        return QDialog.DialogCode.Accepted if dialog.created else QDialog.DialogCode.Rejected

    monkeypatch.setattr(event_dialog.EventDialog, "exec", fill_and_accept)
    view.new_event()
    current = view.current()
    assert current is not None and current.title == "新的一期" and current.tz == "Europe/London"


def test_no_events_yet_falls_back_to_this_computers_zone(services, community_id):
    assert services.events.usual_zone(community_id) is None
