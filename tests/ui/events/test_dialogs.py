"""The event editor makes a series and edits "this and following"; the plan editor recomputes times."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime

from desktop.services.drafts import EventDraft, to_local


def test_event_dialog_creates_a_weekly_series_and_refuses_an_end_before_start(qtbot, services, community_id):
    from ui.events.event_dialog import EventDialog

    d = EventDialog(services, community_id)
    qtbot.addWidget(d)
    d.title.setText("读书会")
    d.zone.setCurrentText("Asia/Shanghai")
    d.start.setDateTime(QDateTime.fromString("2026-12-05 19:00", "yyyy-MM-dd HH:mm"))
    assert d.end.dateTime().toString("HH:mm") == "21:00"  # the length follows the start
    d.end.setDateTime(QDateTime.fromString("2026-12-05 18:00", "yyyy-MM-dd HH:mm"))
    d.accept()
    assert "ends before it starts" in d.error.text() and services.events.events(community_id) == []
    d.end.setDateTime(QDateTime.fromString("2026-12-05 21:00", "yyyy-MM-dd HH:mm"))
    d.freq.setCurrentIndex(d.freq.findData("weekly"))
    d.count.setValue(3)
    d.accept()
    events = services.events.events(community_id)
    assert [to_local(e.start_utc, e.tz).day for e in events] == [5, 12, 19]
    assert all(e.kind == "offline" for e in events)


def test_editing_this_and_following_moves_the_later_ones(qtbot, services, community_id, monkeypatch):
    from desktop.services.drafts import Rule
    from ui.events import event_dialog

    draft = EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 5, 19), end=dt.datetime(2026, 12, 5, 21), tz="UTC"
    )
    ids = services.event_writes.create(community_id, draft, Rule("weekly", dt.date(2026, 12, 5), count=3))
    monkeypatch.setattr(event_dialog, "ask_scope", lambda parent: "following")
    d = event_dialog.EventDialog(services, community_id, services.events.event(ids[1]))
    qtbot.addWidget(d)
    d.venue.setText("新场地")
    d.accept()
    assert [services.events.event(i).venue for i in ids] == ["", "新场地", "新场地"]


def test_plan_dialog_recomputes_times_and_warns_when_the_agenda_overruns(qtbot, services, community_id):
    from ui.events.plan_dialog import PlanDialog

    draft = EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 5, 19), end=dt.datetime(2026, 12, 5, 20), tz="UTC"
    )
    (eid,) = services.event_writes.create(community_id, draft)
    d = PlanDialog(services, services.events.event(eid))
    qtbot.addWidget(d)
    d.agenda.add(["", "签到", 15, "", "", ""])
    d.agenda.add(["", "分享", 30, "", "特邀嘉宾", ""])
    assert d.agenda.text(1, 0) == "19:15–19:45" and "Run time 0:45 of 1:00" in d.run_label.text()
    d.agenda.item(0, 2).setText("40")
    assert d.agenda.text(1, 0) == "19:40–20:10"
    assert "longer than the event" in d.run_label.text()
    d.agenda.item(1, 3).setText("19:50")  # a clock time pins the start
    assert d.agenda.text(1, 0) == "19:50–20:20"
    d.accept()
    plan = services.events.plan(eid)
    assert [(a["title"], a["duration_min"], a["owner_text"]) for a in plan.agenda] == [
        ("签到", 40, ""), ("分享", 30, "特邀嘉宾")]  # fmt: skip
    assert plan.agenda[1]["at_min"] == 50
