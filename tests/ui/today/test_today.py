"""Today: what it shows for the evening, and the issue's counts from launch — printing tonight's plan
(≤ 3 actions) and opening the door (≤ 2), through the real window and buttons."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from desktop.app import initial_view
from desktop.services.container import open_services
from desktop.services.drafts import EventDraft, MemberDraft
from desktop.settings import Settings
from ui.shell.main_window import MainWindow

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)


def _evening(services, community_id, hours_ahead: float = 3, capacity: int = 2) -> int:
    start = (NOW + dt.timedelta(hours=hours_ahead)).replace(tzinfo=None)
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="晨读会·周日共读", start=start, end=start + dt.timedelta(hours=2), tz="UTC", capacity=capacity,
        venue="静安图书馆"))  # fmt: skip
    return eid


def _launch(qtbot, services) -> MainWindow:
    """As desktop.app opens the window: on the view the first session opens on."""
    prefs = Settings()
    window = MainWindow(services, prefs, open_services, lambda: services.path)
    qtbot.addWidget(window)
    window.go(initial_view(SimpleNamespace(view=None, screenshot=None), prefs, window.has_events()))
    window.show()
    return window


def test_a_community_without_events_opens_on_members(qtbot, services, community_id):
    window = _launch(qtbot, services)
    assert window.stack.currentWidget() is window.members_view


def test_the_card_the_fortnight_and_the_follow_ups(qtbot, services, community_id):
    ids = [services.member_writes.create(community_id, MemberDraft(name=n, joined_on=NOW.date().isoformat()))
           for n in ("王芳", "李雷", "韩梅梅")]  # fmt: skip
    eid = _evening(services, community_id)
    services.rsvp_writes.invite(eid, ids)
    for m in ids:
        services.rsvp_writes.set_rsvp(eid, m, "going")
    later = _evening(services, community_id, hours_ahead=24 * 20)  # beyond the fortnight
    window = _launch(qtbot, services)
    view = window.today_view
    assert window.stack.currentWidget() is view
    view.wait()
    assert view.card.title.text() == "晨读会·周日共读"
    assert "Going: 2 / 2" in view.card.details.text()  # the third is on the waiting list
    assert "静安图书馆" in view.card.details.text()
    shown = [view.ahead.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.ahead.count())]
    assert shown == [eid] and later not in shown
    text = view.follow.text.text()  # joined today, no second activity yet
    assert "Newcomers without a second activity" in text and "王芳" in text and "韩梅梅" in text
    services.member_writes.create(community_id, MemberDraft(name="新来的", joined_on=NOW.date().isoformat()))
    qtbot.waitUntil(lambda: "新来的" in view.follow.text.text())  # it follows edits
    for m in ids:  # the third was on the waiting list and came anyway
        services.rsvp_writes.check_in(eid, m)
    qtbot.waitUntil(lambda: "Checked in: 3 — 1 over capacity" in view.card.details.text())


def test_printing_tonights_plan_from_launch_takes_two_actions(qtbot, services, community_id, tmp_path,
                                                              monkeypatch):  # fmt: skip
    _evening(services, community_id)
    printed = tmp_path / "printed.pdf"
    actions = 0

    def accept(dialog):  # the system print dialog: the organiser presses Print (one action)
        nonlocal actions
        actions += 1
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    window = _launch(qtbot, services)  # launch: the window opens on Today (no action)
    assert window.stack.currentWidget() is window.today_view
    qtbot.mouseClick(window.today_view.card.print_plan, Qt.MouseButton.LeftButton)
    actions += 1
    assert actions == 2 <= 3
    assert printed.stat().st_size > 1000


def test_saving_the_plan_as_pdf_is_one_click_named_by_date_and_title(qtbot, services, community_id, tmp_path):
    Settings().set("pdf_folder", str(tmp_path))
    eid = _evening(services, community_id)
    window = _launch(qtbot, services)
    qtbot.mouseClick(window.today_view.card.pdf_plan, Qt.MouseButton.LeftButton)
    (saved,) = tmp_path.glob("*.pdf")
    day = services.events.event(eid).start_utc[:10]
    assert saved.name.startswith(f"{day} 晨读会·周日共读") and saved.stat().st_size > 1000


def test_the_door_opens_in_one_click_from_launch(qtbot, services, community_id, monkeypatch):
    from ui.events.checkin_dialog import CheckInDialog

    eid = _evening(services, community_id)
    opened = []
    monkeypatch.setattr(CheckInDialog, "exec", lambda dialog: opened.append(dialog.info.id))
    window = _launch(qtbot, services)
    qtbot.mouseClick(window.today_view.card.door, Qt.MouseButton.LeftButton)
    assert opened == [eid]  # one action from launch


def test_no_upcoming_event_offers_a_new_one(qtbot, services, community_id):
    past = NOW.replace(tzinfo=None) - dt.timedelta(days=3)
    services.event_writes.create(community_id, EventDraft(title="上周", start=past, end=past + dt.timedelta(hours=1),
                                                          tz="UTC"))  # fmt: skip
    window = _launch(qtbot, services)
    view = window.today_view
    assert view.card.new_event.isVisibleTo(view) and not view.card.print_plan.isVisibleTo(view)
    assert view.ahead.count() == 1 and not view.ahead.isEnabled()
