"""Pasting a 接龙 in the events view: matches shown, an unknown name becomes a new member, ambiguous names
are skipped until chosen, and recording is one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QGuiApplication

from desktop.services.drafts import EventDraft, MemberDraft


def test_a_pasted_chain_becomes_rsvps_in_one_step(qtbot, services, community_id):
    from ui.events.chain_dialog import GUEST, SKIP, ChainDialog

    m = services.member_writes
    zhang = m.create(community_id, MemberDraft(name="张三"))
    wang = [m.create(community_id, MemberDraft(name="王五")) for _ in range(2)]
    start = dt.datetime(2026, 12, 6, 19)
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=start, end=start + dt.timedelta(hours=2), tz="Asia/Shanghai"))  # fmt: skip
    steps = []
    services.db.on_step.append(steps.append)
    QGuiApplication.clipboard().setText("#接龙 周日读书会 1. 张三 +1 2. 王五（请假） 3. 小明 4. zhangsan")
    d = ChainDialog(services, services.events.event(eid))
    qtbot.addWidget(d)
    assert d.table.rowCount() == 4  # the clipboard's chain, read at once
    who = [d.table.cellWidget(r, 2) for r in range(4)]
    assert who[3].itemData(0) == zhang and who[3].currentData() == SKIP  # 张三 again, by pinyin: not twice
    assert who[0].currentData() == zhang and who[1].currentData() == SKIP  # two 王五: the organiser chooses
    assert who[2].currentData() == "new" and "2 skipped: several members" in d.summary.text()
    assert d.table.cellWidget(0, 4).value() == 1 and d.table.cellWidget(1, 3).currentData() == "declined"
    who[1].setCurrentIndex(who[1].findData(wang[1]))
    who[2].setCurrentIndex(who[2].findData(GUEST))
    d.record.click()
    assert d.result() == 1 and len(steps) == 1
    rows = {n: (r, g) for n, r, g in services.db.query(
        "SELECT m.name, a.rsvp, a.guests FROM attendance a JOIN member m ON m.id = a.member_id")}  # fmt: skip
    assert rows == {"张三": ("going", 1), "王五": ("declined", 0), "小明": ("going", 0)}
    assert services.db.query("SELECT member_id FROM attendance WHERE rsvp = 'declined'") == [(wang[1],)]
