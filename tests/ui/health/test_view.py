"""The health dashboard with qtbot: numbers with how they are computed, the members behind one,
an introduction recorded as a tie (source: introduced), the monthly level review."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.services.drafts import MemberDraft
from ui.common import member_list_dialog


def test_dashboard_numbers_members_and_introductions(qtbot, services, community_id, monkeypatch):
    from ui.health.view import HealthView

    w = services.member_writes
    zs = w.create(community_id, MemberDraft(name="张三", interests="读书; 跑步", specialties="设计"))
    ls = w.create(community_id, MemberDraft(name="李四", interests="读书; 跑步", specialties="财务"))
    today = dt.date.today().isoformat()
    with services.db.write("test activity") as uow:
        for m in (zs, ls):
            uow.insert_one("activity", community_id=community_id, member_id=m, on_date=today, kind="chat", count=1,
                           weight=1.0, source="manual", note="")  # fmt: skip
    view = HealthView(services, community_id)
    qtbot.addWidget(view)
    view.wait()
    buttons = {
        b.text().split("\n")[0]: b
        for b in view.findChildren(QPushButton)
        if "\n" in b.text() and b.isVisibleTo(view)
    }
    assert buttons["Active"].text() == "Active\n2"
    assert "last 28 days" in buttons["Active"].toolTip()
    shown = []
    monkeypatch.setattr(
        member_list_dialog, "show_names", lambda parent, title, names: shown.append((title, "、".join(names)))
    )
    buttons["Active"].click()
    assert shown == [("Active", "张三、李四")]
    assert view.intros.count() == 1 and "张三 ↔ 李四" in view.intros.item(0).text()
    view.intros.setCurrentRow(0)
    view.record_introduction()
    view.wait()
    assert services.structure.ties(community_id) == [(zs, ls, 5)]
    assert services.db.query("SELECT source FROM connection") == [("introduced",)]
    assert view.intros.count() == 0  # they know each other now
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)  # "n level(s) changed"
    view.review_levels()
    view.wait()
    assert services.db.query("SELECT count(*) FROM member_level")[0][0] == 2


def test_charts_tab_draws_and_exports_png_svg_csv_and_says_when_empty(
    qtbot, services, community_id, tmp_path
):
    from ui.health.charts_panel import ChartsPanel

    zs = services.member_writes.create(community_id, MemberDraft(name="张三"))
    with services.db.write("test activity") as uow:
        for on in ("2026-03-02", "2026-03-04", "2026-03-10"):
            uow.insert_one("activity", community_id=community_id, member_id=zs, on_date=on, kind="chat", count=2,
                           weight=1.0, source="manual", note="")  # fmt: skip
    panel = ChartsPanel(services, community_id)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    assert panel.data["activity"][:3] == [("2026-03-02", 4.0), ("2026-03-09", 2.0), ("2026-03-16", 0.0)]
    for kind in ("png", "svg", "csv"):
        panel.save(kind, str(tmp_path / f"c.{kind}"))
    assert (tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "c.svg").read_bytes()
    assert (tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()[1] == "2026-03-02,4.0"
    panel.chart.setCurrentIndex(
        panel.chart.findData("show_up")
    )  # no closed events: an empty chart that says so
    texts = [i.textItem.toPlainText() for i in panel.plot.getPlotItem().items if hasattr(i, "textItem")]
    assert panel.data == {"show_up": []} and texts == ["No data in this range."]


def test_recording_activity_by_hand_refuses_the_future_and_is_one_undo_step(qtbot, services, community_id):
    from PySide6.QtCore import QDate

    from tests.helpers import snapshot
    from ui.health.activity_dialog import ActivityDialog

    zs = services.member_writes.create(community_id, MemberDraft(name="张三"))
    steps = []
    services.db.on_step.append(steps.append)
    before = snapshot(services.path)
    d = ActivityDialog(services, community_id)
    qtbot.addWidget(d)
    d.member.set_member(zs, "张三")
    d.day.setDate(QDate.currentDate().addDays(2))
    d.accept()
    assert "in the future" in d.error.text() and snapshot(services.path) == before
    d.day.setDate(QDate.currentDate())
    d.note.setText("spoke at the Tuesday share")
    d.accept()
    assert services.db.query("SELECT member_id, kind, count, note FROM activity") == [
        (zs, "manual", 1, "spoke at the Tuesday share")]  # fmt: skip
    services.db.undo(steps[-1])
    assert snapshot(services.path) == before


def test_the_organisers_level_wins_and_shows_on_the_dashboard(qtbot, services, community_id):
    from ui.health.level_dialog import LevelDialog
    from ui.health.view import HealthView

    zs = services.member_writes.create(community_id, MemberDraft(name="张三"))
    d = LevelDialog(services, community_id)
    qtbot.addWidget(d)
    d.member.set_member(zs, "张三")
    d.level.setCurrentIndex(d.level.findData("leading"))
    d.accept()
    view = HealthView(services, community_id)
    qtbot.addWidget(view)
    view.wait()
    assert view.report.levels["leading"] == 1
    shown = [b.text() for b in view.findChildren(QPushButton) if b.text().startswith("Leading")]
    assert "Leading 1" in shown
