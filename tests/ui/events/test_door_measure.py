"""The measure of the door (issue 14): 40 arrivals through the real dialog, every user action counted.

The evening: 32 members invited and going (the capacity, 32), of whom 30 come and 2 do not; 9 walk-ins, of
whom 7 are regulars (they came to past events, so the door lists them under the invited) and 2 are
members who have not come lately (found by typing); 1 new person. They arrive in a shuffled order
(fixed seed). The dialog is the size it opens at on the screen named below.

Counting rules:
- a mouse click on a row's Arrived box is 1 action (qtbot.mouseClick on the viewport, at the cell's
  visualRect: the real click path);
- when the row to click is not wholly in view, each page scrolled is 1 action (the test moves the
  vertical scroll bar by its page step, as a click in the scroll bar's trough does);
- a typed name is 1 action and each key (Enter) 1, so "a typed name + Enter counts as 2";
- the new person: the name typed (1), Enter (1), Enter in the pre-filled New person dialog to confirm (1).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random

import pytest
from PySide6.QtCore import Qt

from desktop.services.drafts import MemberDraft
from models.event_draft import EventDraft
from tests.ui.events.test_door import type_in

SURNAMES = "王李张刘陈杨黄赵吴周徐孙"
GIVEN = ["子涵", "雨桐", "浩然", "欣怡", "梓萱", "俊杰"]
NEW_PERSON = "欧阳娜娜"


class User:
    """Clicks, scrolls and keys as the user would, counting each."""

    def __init__(self, qtbot, dialog) -> None:
        self.qtbot, self.dialog, self.actions, self.scrolls = qtbot, dialog, 0, 0

    def type(self, widget, text: str) -> None:
        type_in(self.qtbot, widget, text)
        self.actions += 1

    def key(self, widget, key) -> None:
        self.qtbot.keyClick(widget, key)
        self.actions += 1

    def click_box(self, name: str) -> None:
        from ui.events.door_model import ARRIVED

        table, model = self.dialog.table, self.dialog.model
        (row,) = [r for r in range(model.person_count()) if model.row_at(r).name == name]
        bar, view = table.verticalScrollBar(), table.viewport().rect()
        while not view.contains(table.visualRect(model.index(row, ARRIVED))):
            above = table.visualRect(model.index(row, ARRIVED)).top() < 0
            bar.setValue(bar.value() + (-1 if above else 1) * bar.pageStep())
            self.actions += 1
            self.scrolls += 1
        rect = table.visualRect(model.index(row, ARRIVED))
        self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        self.actions += 1


def evening(services, community_id):
    names = [s + g for s, g in itertools.product(SURNAMES, GIVEN)]  # 72 members
    ids = {n: services.member_writes.create(community_id, MemberDraft(name=n)) for n in names}
    rnd = random.Random(14)
    shuffled = rnd.sample(names, len(names))
    invited, regulars, typed = shuffled[:32], shuffled[32:41], shuffled[41:43]  # 9 regulars: 7 come
    past = []
    for week in range(8, 0, -1):  # the last eight Saturdays
        day = dt.datetime(2026, 12, 5, 19) - dt.timedelta(weeks=week)
        (eid,) = services.event_writes.create(community_id, EventDraft(
            title="读书会", start=day, end=day + dt.timedelta(hours=2), tz="UTC"))  # fmt: skip
        past.append(eid)
    for i, n in enumerate(regulars):  # each came to two or three of them
        for eid in past[i % 4 :: 3]:
            services.rsvp_writes.check_in(eid, ids[n])
    services.rsvp_writes.check_in(past[0], ids[typed[0]])  # once, two months ago: not a regular
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 5, 19), end=dt.datetime(2026, 12, 5, 21), tz="UTC", capacity=32))  # fmt: skip
    services.rsvp_writes.invite(eid, [ids[n] for n in invited])
    for n in invited:
        services.rsvp_writes.set_rsvp(eid, ids[n], "going")  # 32 going, the room's capacity
    coming = invited[:30]
    arrivals = [*coming, *regulars[:7], *typed, NEW_PERSON]
    rnd.shuffle(arrivals)
    return eid, set(coming), set(regulars[:7]), set(typed), arrivals


# The dialog opens at 0.92 of the screen's available height: the screen less a 40 px task bar.
@pytest.mark.parametrize(
    ("screen", "size", "most"), [("1920×1080", (900, 956), 44), ("1366×768", (900, 669), 46)]
)
def test_forty_arrivals_nine_walk_ins_one_new_person(qtbot, services, community_id, screen, size, most):
    from ui.events.checkin_dialog import CheckInDialog

    eid, coming, regulars, typed, arrivals = evening(services, community_id)
    steps = []
    services.db.on_step.append(steps.append)
    opens = dt.datetime(2026, 12, 5, 18, 30, tzinfo=dt.UTC)
    dialog = CheckInDialog(services, services.events.event(eid), now=lambda: opens)
    qtbot.addWidget(dialog)
    dialog.resize(*size)  # as it opens on that screen: 0.92 of the available height
    dialog.show()
    qtbot.waitExposed(dialog)
    user = User(qtbot, dialog)
    new_step = None
    for name in arrivals:
        if name == NEW_PERSON:
            user.type(dialog.search, name)  # nobody of that name: the last row is "New person: 欧阳娜娜"
            user.key(dialog.search, Qt.Key.Key_Return)
            assert dialog.pending.name.text() == NEW_PERSON  # pre-filled; the phone is optional
            before = len(steps)
            user.key(dialog.pending.name, Qt.Key.Key_Return)
            assert len(steps) == before + 1
            new_step = steps[-1]
        elif name in typed:
            user.type(dialog.search, name)  # a member who has not come lately: found by typing
            user.key(dialog.search, Qt.Key.Key_Return)
        else:
            user.click_box(name)  # invited, or a regular: in the list, one click

    came = {r.name: r.walk_in for r in services.events.roster(eid) if r.checked_in_at}
    walk_ins = {n: True for n in regulars | typed | {NEW_PERSON}}
    assert came == {**{n: False for n in coming}, **walk_ins}  # exactly the 40, walk-ins as such
    assert len(steps) == 40  # one undo step per arrival
    assert {c.table for c in new_step.changes} >= {"member", "attendance"}  # the new person: one step
    assert dialog.headcount.text().startswith("40 / 32 — 8 over capacity")
    print(f"door on a {screen} screen: 40 people with {user.actions} actions ({user.scrolls} scrolls)")
    assert user.actions <= most  # 37 clicks + 2 × 2 typed + 3 for the new person = 44, and the scrolls
