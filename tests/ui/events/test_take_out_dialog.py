"""Print and more ▸ Take out for a second laptop…: the dialog writes the file, and File ▸ Bring back's
dialog shows the door's changes and conflicts and writes the chosen side in one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.services.container import open_services
from tests.desktop.services.offline.helpers import source


def _ok(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_take_out_then_bring_back_through_the_dialogs(
    qtbot, services, community_id, tmp_path, monkeypatch, steps
):
    from ui.events.take_out_dialog import TakeOutDialog
    from ui.shell.bring_back_dialog import BringBackDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    eid, ids = source(services, community_id)
    dialog = TakeOutDialog(services, services.events.event(eid))
    qtbot.addWidget(dialog)
    door = tmp_path / "door.beehive"
    dialog.path.setText(str(door))
    _ok(dialog).click()
    assert dialog.done_path == door and door.exists()
    d = open_services(door)
    try:
        (event,) = d.events.events(d.communities.all()[0].id)
        d.rsvp_writes.check_in(event.id, ids["张三"], "door", "2026-12-05T18:50:00Z")
        d.rsvp_writes.set_rsvp(event.id, ids["李四"], "declined")
    finally:
        d.close()
    services.rsvp_writes.set_rsvp(eid, ids["李四"], "maybe")
    from desktop.services.offline.bring_back import plan_bring_back

    back = BringBackDialog(services, plan_bring_back(services.db, door))
    qtbot.addWidget(back)
    assert back.changes.count() == 1 and list(back.choices) == [back.plan.conflicts[0].key]
    back.choices[back.plan.conflicts[0].key].setCurrentIndex(1)  # the door's
    steps.clear()
    _ok(back).click()
    assert len(steps) == 1
    rows = {r.name: (r.rsvp, bool(r.checked_in_at)) for r in services.events.roster(eid)}
    assert rows == {"张三": ("going", True), "李四": ("declined", False)}


def test_the_events_menu_offers_the_take_out(qtbot, services, community_id, monkeypatch):
    from PySide6.QtWidgets import QToolButton

    from ui.events import take_out_dialog
    from ui.events.view import EventsView

    source(services, community_id)
    view = EventsView(services, community_id)
    qtbot.addWidget(view)
    view.table.selectRow(0)
    opened = []
    monkeypatch.setattr(take_out_dialog.TakeOutDialog, "exec", lambda self: opened.append(self.info.title))
    more = next(b for b in view.findChildren(QToolButton) if b.text() == "Print and more")
    (action,) = [a for a in more.menu().actions() if a.text() == "Take out for a second laptop…"]
    action.trigger()
    assert opened == ["读书会"]
