"""The Health view of a community imported a minute ago (issue 14): it says no activity is recorded yet,
shows drifting/inactive as "—" and 0 removal candidates, strong nodes "no ties recorded yet"; with a
whole window of activity the candidates and numbers come back. The grace days are edited in Settings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.cli.main import main
from tests.desktop.services.health.test_first_runs import _activity, imported


@pytest.fixture
def fresh(tmp_path):
    from desktop.services.container import open_services

    s = open_services(imported(tmp_path))
    yield s, s.db.query("SELECT id FROM community")[0][0]
    s.close()


def _view(qtbot, services, cid):
    from ui.health.view import HealthView

    view = HealthView(services, cid)
    qtbot.addWidget(view)
    view.wait()
    return view


def _numbers(view) -> dict[str, str]:
    return {b.text().split("\n")[0]: b.text().split("\n")[1]
            for b in view.findChildren(QPushButton) if "\n" in b.text() and b.isVisibleTo(view)}  # fmt: skip


def test_no_activity_says_so_instead_of_calling_everyone_inactive(qtbot, fresh):
    services, cid = fresh
    view = _view(qtbot, services, cid)
    message = "No activity recorded yet — check people in at events, or import chat activity."
    assert view.notice.isVisibleTo(view) and view.notice.text() == message
    numbers = _numbers(view)
    assert numbers["Members"] == "60" and numbers["Inactive"] == "—" and numbers["Drifting"] == "—"
    lists = view.lists.toPlainText()
    assert "Removal candidates to review (提纯) (0)" in lists
    assert "No ties recorded yet." in view.scorecard.toPlainText()


def test_the_printed_report_says_so_too(fresh, tmp_path):
    from tests.helpers import pdf_text

    services, cid = fresh
    pdf = tmp_path / "h.pdf"
    assert main(["--db", str(services.path), "report", "health", "--pdf", str(pdf)]) == 0
    text = pdf_text(pdf)
    assert "No activity recorded yet" in text and "Removal candidates to review (提纯) (0)" in text
    assert "No ties recorded yet." in text and "Page 1 of 1" in text


def test_a_window_of_activity_brings_the_numbers_and_candidates_back(qtbot, fresh):
    services, cid = fresh
    _activity(services, cid, "成员1", 40)
    view = _view(qtbot, services, cid)
    assert not view.notice.isVisibleTo(view)
    assert _numbers(view)["Inactive"] == "59"
    lists = view.lists.toPlainText()
    assert "Removal candidates to review (提纯) (58)" in lists and "新人" not in lists.split("提纯")[-1]
    assert "No activity recorded yet" not in lists


def test_less_than_a_window_of_data_says_when_candidates_will_show(qtbot, fresh):
    services, cid = fresh
    _activity(services, cid, "成员1", 5)
    view = _view(qtbot, services, cid)
    since = (dt.date.today() - dt.timedelta(days=5)).isoformat()
    lists = view.lists.toPlainText()
    assert "Removal candidates to review (提纯) (0)" in lists
    assert f"Listed once there are 28 days of activity data (recorded since {since})." in lists
    _activity(services, cid, "成员2", 40)
    view.reload()
    view.wait()
    assert "Listed once" not in view.lists.toPlainText()


def test_the_grace_days_are_edited_with_the_other_health_settings(qtbot, fresh):
    from ui.health.settings_dialog import HealthSettingsDialog

    services, cid = fresh
    _activity(services, cid, "成员1", 400)
    d = HealthSettingsDialog(services, cid)
    qtbot.addWidget(d)
    assert d.spins["removal_grace_days"].value() == 30
    d.spins["removal_grace_days"].setValue(5)
    d.accept()
    assert services.health.settings(cid).removal_grace_days == 5
    assert "新人" in services.health_reports.report(cid, today=dt.date.today()).lists.removal_candidates
