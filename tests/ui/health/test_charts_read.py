"""Health charts that explain themselves (issue 14, parts 4 and 5): the cohort heat map names each row
with its size ("2026-09 (12)") and has a colour legend from 0% to 100%; a community with no activity
recorded gets the next steps instead of empty charts, on the charts tab and on the dashboard."""

from __future__ import annotations

import datetime as dt

from desktop.services.drafts import MemberDraft


def _panel(qtbot, services, community_id, chart):
    from ui.health.charts_panel import ChartsPanel

    panel = ChartsPanel(services, community_id)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.chart.setCurrentIndex(panel.chart.findData(chart))
    panel.show()
    return panel


def _cohorts(services, community_id) -> None:
    """Three members who joined in one month, two in the next; one of each month active later."""
    w = services.member_writes
    ids = [
        w.create(community_id, MemberDraft(name=f"九月{i}", joined_on=f"2026-09-0{i + 1}")) for i in range(3)
    ]
    ids += [
        w.create(community_id, MemberDraft(name=f"十月{i}", joined_on=f"2026-10-0{i + 1}")) for i in range(2)
    ]
    with services.db.write("test activity") as uow:
        for member, on in ((ids[0], "2026-09-10"), (ids[3], "2026-10-03")):
            uow.insert_one("activity", community_id=community_id, member_id=member, on_date=on, kind="chat",
                           count=1, weight=1.0, source="manual", note="")  # fmt: skip


def test_cohort_rows_show_their_size_and_the_colours_have_a_legend(qtbot, services, community_id):
    _cohorts(services, community_id)
    panel = _panel(qtbot, services, community_id, "cohorts")
    assert set(panel.data) == {"2026-09", "2026-10"}
    ticks = panel.plot.getAxis("left")._tickLevels[0]
    assert sorted(label for _, label in ticks) == ["2026-09 (3)", "2026-10 (2)"]
    legend = panel.plot.colour_legend
    assert [label for _, label in legend.axis._tickLevels[0]] == ["0%", "25%", "50%", "75%", "100%"]
    assert legend.levels() == (0.0, 1.0)
    assert legend.getAxis("left").labelText == "share active"
    cells = sorted(i.textItem.toPlainText() for i in panel.plot.getPlotItem().items if hasattr(i, "textItem"))
    assert cells == ["33%", "50%"]  # 1 of 3 in September's week 1, 1 of 2 in October's week 0


def test_no_activity_at_all_gives_the_next_steps_instead_of_an_empty_chart(qtbot, services, community_id):
    services.member_writes.create(community_id, MemberDraft(name="张三", joined_on="2026-09-01"))
    panel = _panel(qtbot, services, community_id, "activity")
    message = "No activity recorded yet — check people in at events, or import chat activity."
    assert panel.empty.isVisibleTo(panel) and not panel.plot.isVisibleTo(panel)
    assert panel.empty.label.text() == message
    gone = []
    panel.navigate.connect(gone.append)
    events, _import = panel.empty.buttons
    events.click()
    assert gone == ["events"]
    panel.chart.setCurrentIndex(panel.chart.findData("growth"))  # joins are not activity: drawn
    assert panel.plot.isVisibleTo(panel) and not panel.empty.isVisibleTo(panel)


def test_some_activity_but_not_in_this_chart_just_says_no_data(qtbot, services, community_id):
    _cohorts(services, community_id)
    panel = _panel(qtbot, services, community_id, "show_up")  # no closed events
    assert not panel.empty.isVisibleTo(panel) and panel.plot.isVisibleTo(panel)
    texts = [i.textItem.toPlainText() for i in panel.plot.getPlotItem().items if hasattr(i, "textItem")]
    assert texts == ["No data in this range."]


def test_the_dashboard_notice_leads_to_events_and_to_the_activity_import(
    qtbot, services, community_id, monkeypatch
):
    from desktop.services.container import open_services
    from desktop.settings import VIEWS, Settings
    from ui.shell.main_window import MainWindow
    from ui.shell.transfer_menu import TransferMenus

    services.member_writes.create(
        community_id, MemberDraft(name="张三", joined_on=dt.date.today().isoformat())
    )
    kinds = []
    monkeypatch.setattr(TransferMenus, "import_kind", lambda self, kind: kinds.append(kind))
    window = MainWindow(services, Settings(), open_services, lambda: services.path)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(VIEWS.index("health"))
    view = window.health_view
    view.wait()
    assert view.first_run.isVisibleTo(view) and view.notice.text().startswith("No activity recorded yet")
    events, activity = view.first_steps
    assert (events.text(), activity.text()) == ("Check people in at an event", "Import chat activity…")
    activity.click()
    assert kinds == ["activity"]
    events.click()
    assert window.nav.currentRow() == VIEWS.index("events")


def test_the_cli_draws_the_cohort_sizes_too(services, community_id, tmp_path, monkeypatch):
    from desktop.cli.main import main
    from ui.health import charts

    _cohorts(services, community_id)
    drawn = []
    real = charts.make_plot
    monkeypatch.setattr(charts, "make_plot", lambda *a, **k: drawn.append(k.get("sizes")) or real(*a, **k))
    png = tmp_path / "cohorts.png"
    assert main(["--db", str(services.path), "report", "chart", "cohorts", "--png", str(png)]) == 0
    assert drawn == [{"2026-09": 3, "2026-10": 2}] and png.read_bytes()[:4] == b"\x89PNG"
