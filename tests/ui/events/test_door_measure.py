"""The measure of the door (issue 14): 40 arrivals through the real dialog, with every key the user would
press counted — 30 invited, 9 walk-ins who are members but not invited, 1 new person.

The count follows the issue's rule: a typed name is 1 action, each key (Enter, ↓) 1. So every arrival
found by typing costs at least 2, and 40 arrivals at least 80; the door reaches 2 per arrival plus 1 for
the new person's confirmation. (The issue's goal of ≤ 45 is below that floor under its own rule.)
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import Qt

from desktop.services.drafts import MemberDraft
from models.event_draft import EventDraft
from tests.ui.events.test_door import type_in

SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = ["子涵", "雨桐", "浩然", "欣怡", "梓萱", "俊杰"]


class User:
    """Sends keys as the user would, counting each."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.actions = qtbot, 0

    def type(self, widget, text: str) -> None:
        type_in(self.qtbot, widget, text)
        self.actions += 1

    def key(self, widget, key) -> None:
        self.qtbot.keyClick(widget, key)
        self.actions += 1


def test_forty_arrivals_nine_walk_ins_one_new_person(qtbot, services, community_id):
    from ui.events.checkin_dialog import CheckInDialog

    names = [s + g for s, g in itertools.product(SURNAMES, GIVEN)]  # 60 members
    ids = {n: services.member_writes.create(community_id, MemberDraft(name=n)) for n in names}
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=dt.datetime(2026, 12, 5, 19), end=dt.datetime(2026, 12, 5, 21), tz="UTC", capacity=30))  # fmt: skip
    invited = names[::2]  # 30 invited and going
    services.rsvp_writes.invite(eid, [ids[n] for n in invited])
    for n in invited:
        services.rsvp_writes.set_rsvp(eid, ids[n], "going")
    walk_ins = names[1::2][:9]  # members, not invited
    steps = []
    services.db.on_step.append(steps.append)

    dialog = CheckInDialog(services, services.events.event(eid))
    qtbot.addWidget(dialog)
    dialog.show()
    user = User(qtbot)
    arrivals = [*invited[:15], *walk_ins, *invited[15:]]
    for name in arrivals:
        user.type(dialog.search, name)  # the name typed replaces the last one (it was left selected)
        user.key(dialog.search, Qt.Key.Key_Return)
    user.type(dialog.search, "欧阳娜娜")  # nobody of that name: the last row is "New person: 欧阳娜娜"
    user.key(dialog.search, Qt.Key.Key_Return)
    assert dialog.pending.name.text() == "欧阳娜娜"  # pre-filled; the phone is optional
    user.key(dialog.pending.name, Qt.Key.Key_Return)

    came = {r.name: r.walk_in for r in services.events.roster(eid) if r.checked_in_at}
    assert came == {**{n: False for n in invited}, **{n: True for n in walk_ins}, "欧阳娜娜": True}
    assert len(steps) == 40  # one undo step per arrival, the new person's included
    assert dialog.headcount.text().startswith("40 / 30 — 10 over capacity")
    print(f"door: {len(came)} people checked in with {user.actions} user actions")
    assert user.actions == 2 * 40 + 1
