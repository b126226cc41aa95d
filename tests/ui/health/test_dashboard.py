"""The dashboard's background task (numbers fill in; Cancel stops it), the settings dialog, the per-unit
table, the scorecard's words and links, the printed one-page report, and a chart point clicked with
the mouse listing the members behind it."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.services.drafts import MemberDraft
from desktop.services.health.report_types import HealthStates, MemberNames, Windows
from tests.helpers import pdf_text, snapshot
from ui.common import member_list_dialog


def _members(services, community_id, days_ago=(1, 40)):
    out = []
    for n, ago in enumerate(days_ago):
        m = services.member_writes.create(community_id, MemberDraft(name=f"会员{n}"))
        on = (dt.date.today() - dt.timedelta(days=ago)).isoformat()
        with services.db.write("test activity") as uow:
            uow.insert_one("activity", community_id=community_id, member_id=m, on_date=on, kind="chat", count=1,
                           weight=1.0, source="import", note="")  # fmt: skip
        out.append(m)
    return out


STATES = HealthStates(members=2, active_members=1, new_members=0, drifting=0, inactive=1, quiet=0, retention=None,
                      absence_factor=1, window_days=28, windows=Windows(28, 91, 365),
                      names=MemberNames({"active_members": ("会员0",)}))  # fmt: skip


def _buttons(view) -> dict[str, QPushButton]:
    return {
        b.text().split("\n")[0]: b
        for b in view.findChildren(QPushButton)
        if "\n" in b.text() and b.isVisibleTo(view)
    }


def _numbers(view) -> dict[str, str]:
    return {name: b.text().split("\n")[1] for name, b in _buttons(view).items()}


def test_numbers_fill_in_from_the_background_and_cancel_stops_it(
    qtbot, services, community_id, monkeypatch, tmp_path
):
    import ui.health.view as health_view

    _members(services, community_id)

    def slow(services, community_id, progress):
        progress.publish(STATES)  # the first step only: the member states
        while True:  # stands for a long computation: it stops only when cancelled
            progress.step(1, 100)
            time.sleep(0.01)

    monkeypatch.setattr(health_view, "compute", slow)
    view = health_view.HealthView(services, community_id)
    qtbot.addWidget(view)
    assert view.task is not None
    qtbot.waitUntil(lambda: _numbers(view)["Active"] == "1", timeout=5000)  # the first part shows at once
    assert _numbers(view)["Density"] == "…" and not view.progress.isHidden()
    assert _numbers(view)["Retention"] == "—" and "last 91" in _buttons(view)["Drifting"].toolTip()
    assert "Following …" in [b.text() for b in view.findChildren(QPushButton)]  # levels are not in yet
    assert (
        view.scorecard.toPlainText() == "" and view.lists.toPlainText() == "" and view.units.rowCount() == 0
    )
    shown = []
    monkeypatch.setattr(
        member_list_dialog, "show_names", lambda parent, title, names: shown.append((title, names))
    )
    _buttons(view)["Active"].click()
    _buttons(view)["Density"].click()  # not in yet: nobody to list
    assert shown == [("Active", ["会员0"])]
    view.cancel.click()
    qtbot.waitUntil(lambda: view.task is None, timeout=5000)
    assert "Stopped" in view.status.text() and _numbers(view)["Density"] == "…"
    view.save_pdf(str(tmp_path / "partial.pdf"))  # stopped before the end: nothing to print
    assert not (tmp_path / "partial.pdf").exists()
    monkeypatch.undo()
    view.reload()
    view.wait()
    assert _numbers(view)["Active"] == "1" and view.status.text() == ""


def test_settings_dialog_changes_the_window_refuses_bad_values_and_undoes(qtbot, services, community_id):
    from ui.health.settings_dialog import HealthSettingsDialog
    from ui.health.view import HealthView

    _members(services, community_id, (1, 10))
    view = HealthView(services, community_id)
    qtbot.addWidget(view)
    view.wait()
    assert _numbers(view)["Active"] == "2"
    before = snapshot(services.path)
    d = HealthSettingsDialog(services, community_id)
    qtbot.addWidget(d)
    d.weights["duty"].setValue(-2)
    d.accept()
    assert "cannot be negative" in d.error.text() and snapshot(services.path) == before
    d.weights["duty"].setValue(1.5)
    d.spins["active_days"].setValue(7)
    steps = []
    services.db.on_step.append(steps.append)
    d.accept()
    assert d.result() == d.DialogCode.Accepted and len(steps) == 1
    view.reload()
    view.wait()
    assert _numbers(view)["Active"] == "1"
    assert (
        "last 7 days"
        in next(b for b in view.findChildren(QPushButton) if b.text().startswith("Active\n")).toolTip()
    )
    services.db.undo(steps[0])
    assert snapshot(services.path) == before


def test_units_scorecard_words_links_and_the_printed_report(
    qtbot, services, community_id, monkeypatch, tmp_path
):
    from ui.health.view import HealthView

    a, b = _members(services, community_id)
    unit = services.structure_writes.create_unit(community_id, "北京分群", cap=10)
    services.structure_writes.add_members(unit, [a, b])
    view = HealthView(services, community_id)
    qtbot.addWidget(view)
    view.wait()
    assert [view.units.item(0, c).text() for c in range(5)] == ["北京分群", "2", "10", "", "1"]
    shown = []
    monkeypatch.setattr(
        member_list_dialog, "show_names", lambda parent, title, names: shown.append((title, "、".join(names)))
    )
    view.show_unit(0)
    assert shown == [("北京分群", "会员0、会员1")]
    text = view.scorecard.toPlainText()
    assert "with a lead 0" in text and "with_lead" not in text
    went = []
    view.navigate.connect(went.append)
    from PySide6.QtCore import QUrl

    view.scorecard.anchorClicked.emit(QUrl("fix:structure"))
    assert went == ["structure"]
    next(b for b in view.findChildren(QPushButton) if b.text().startswith("Following")).click()
    assert shown[-1] == ("Following", "会员0、会员1")
    pdf = tmp_path / "health.pdf"
    view.save_pdf(str(pdf))
    printed = pdf_text(pdf)
    assert "Page 1 of 1" in printed and "北京分群" in printed and "Retention" in printed


def test_clicking_a_chart_point_lists_the_members_behind_it(qtbot, services, community_id, monkeypatch):
    from ui.health.charts_panel import ChartsPanel

    _members(services, community_id)
    panel = ChartsPanel(services, community_id)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.chart.setCurrentIndex(panel.chart.findData("active_members"))
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.wait(100)  # the plot ranges settle after the first layout
    shown = []
    monkeypatch.setattr(
        member_list_dialog, "show_names", lambda parent, title, names: shown.append((title, "、".join(names)))
    )
    period, _ = panel.data["active_members"][-1]  # the latest week: 会员0, active yesterday
    from ui.health.chart_shapes import stamp

    view_box = panel.plot.getPlotItem().getViewBox()
    scene = view_box.mapViewToScene(QPointF(stamp(period), 1.0))
    where = panel.plot.mapFromScene(scene)
    qtbot.mouseClick(panel.plot.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert shown == [(f"active members · {period}", "会员0")]
    for name in ("series_attendance", "levels", "cohorts", "degrees"):
        panel.chart.setCurrentIndex(panel.chart.findData(name))  # each draws offscreen without error
        assert panel.plot is not None


def test_invitation_credit_and_months_over_the_rule_on_the_dashboard(qtbot, services, community_id):
    from ui.health.view import HealthView

    w = services.member_writes
    zs = w.create(community_id, MemberDraft(name="张三"))
    early = (dt.date.today() - dt.timedelta(days=120)).isoformat()
    ls = w.create(community_id, MemberDraft(name="李四", inviter_id=zs, joined_on=early))
    w.create(
        community_id, MemberDraft(name="王五", inviter_id=zs, joined_on=early)
    )  # same month: over the rule
    with services.db.write("test activity") as uow:
        uow.insert_one("activity", community_id=community_id, member_id=ls, on_date=dt.date.today().isoformat(),
                       kind="chat", count=1, weight=1.0, source="import", note="")  # fmt: skip
    view = HealthView(services, community_id)
    qtbot.addWidget(view)
    view.wait()
    text = view.lists.toPlainText()
    assert "Invitation credit" in text and f"张三\n1 / 2\n{early[:7]}" in text


def test_level_names_are_the_organisers_with_the_swarm_names_one_click_away(qtbot, services, community_id):
    from ui.health.level_dialog import LevelDialog
    from ui.health.settings_dialog import HealthSettingsDialog
    from ui.health.view import HealthView

    _members(services, community_id)
    d = HealthSettingsDialog(services, community_id)
    qtbot.addWidget(d)
    assert d.names["following"].placeholderText() == "Following"
    next(b for b in d.findChildren(QPushButton) if "蜂群" in b.text()).click()
    d.names["leading"].setText("带头人")
    d.accept()
    assert services.health.settings(community_id).level_names == {
        "following": "跟随蜂", "participating": "侦察蜂", "contributing": "采蜜蜂", "leading": "带头人"}  # fmt: skip
    view = HealthView(services, community_id)
    qtbot.addWidget(view)
    view.wait()
    assert {b.text().split(" ")[0] for b in view.findChildren(QPushButton) if "蜂 " in b.text() or "带头人" in b.text()} \
        == {"跟随蜂", "侦察蜂", "采蜜蜂", "带头人"}  # fmt: skip
    levels = LevelDialog(services, community_id)
    qtbot.addWidget(levels)
    assert [levels.level.itemText(i) for i in range(1, 5)] == ["跟随蜂", "侦察蜂", "采蜜蜂", "带头人"]


def test_a_view_deleted_mid_task_stops_its_task(qtbot, services, community_id, monkeypatch):
    import ui.health.view as health_view

    stopped = []

    def slow(services, community_id, progress):
        try:
            while True:
                progress.step(1, 100)
                time.sleep(0.01)
        finally:
            stopped.append(progress.cancelled())

    monkeypatch.setattr(health_view, "compute", slow)
    view = health_view.HealthView(services, community_id)
    view.deleteLater()  # as on a community switch
    qtbot.waitUntil(lambda: stopped == [True], timeout=5000)


def test_a_chart_prints_on_one_landscape_page_under_its_header(qtbot, services, community_id, tmp_path):
    from functools import partial

    from ui.common import pages
    from ui.health.charts import paint_chart
    from ui.health.charts_panel import ChartsPanel

    _members(services, community_id)
    panel = ChartsPanel(services, community_id)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    pdf = tmp_path / "chart.pdf"
    assert pages.write_pdf(partial(paint_chart, panel.plot, panel.header()), pdf, landscape=True) == 1
    text = pdf_text(pdf)
    assert services.communities.get(community_id).name in text and "Community activity" in text


def test_date_axis_writes_months_in_the_interface_language(qtbot):
    import pyqtgraph as pg

    from ui.health.chart_shapes import date_axis, stamp

    axis = date_axis([f"{n}月" for n in range(1, 13)])
    plot = pg.PlotWidget(axisItems={"bottom": axis})
    qtbot.addWidget(plot)
    plot.plot([stamp("2025-11-01"), stamp("2026-06-01")], [1, 2])
    plot.resize(900, 300)
    plot.grab()  # lays the axis out
    shown = [s for spacing, values in axis.tickValues(stamp("2025-11-01"), stamp("2026-06-01"), 900)
             for s in axis.tickStrings(values, 1.0, spacing)]  # fmt: skip
    assert "12月" in shown and not {"Dec", "Jan", "Feb"} & set(shown)


def test_the_member_list_shows_everyone_and_copies_their_names(qtbot):
    from PySide6.QtWidgets import QApplication

    from ui.common.member_list_dialog import MemberListDialog

    names = [f"会员{n}" for n in range(1200)]  # no cut-off at a few hundred
    d = MemberListDialog("Active", names)
    qtbot.addWidget(d)
    assert d.list.count() == 1200 and any(lb.text() == "1200 members" for lb in d.findChildren(QLabel))
    d.copy()
    assert QApplication.clipboard().text().splitlines()[-1] == "会员1199"
