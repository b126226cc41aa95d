"""Every printout's print preview has Save as PDF…, proposing "<today> <community> — <printout>.pdf" (or the
event's date and title) in the last folder: members list, health report, structure chart, a person's export,
the event printouts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMainWindow, QToolBar

from desktop.services.drafts import MemberDraft
from tests.helpers import pdf_text
from ui.common import pdf_files

TODAY = dt.date.today().isoformat()


@pytest.fixture
def saved(qtbot, monkeypatch, tmp_path):
    """Every preview opened clicks its toolbar's Save as PDF…; the file dialog takes the proposed name."""
    window = QMainWindow()
    qtbot.addWidget(window)
    got = {"window": window, "proposed": [], "previews": 0}

    def exec_(dialog):
        got["previews"] += 1
        bar = dialog.findChild(QToolBar)
        next(a for a in bar.actions() if a.objectName() == "save_pdf").trigger()
        return 1

    def ask(parent, title, start, filters):
        got["proposed"].append(start)
        return start, ""

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    pdf_files.remember_folder(tmp_path)
    got["folder"] = tmp_path
    return got


def _one_pdf(saved, name):
    path = saved["folder"] / name
    assert saved["proposed"] == [str(path)] and path.exists(), saved["proposed"]
    assert saved["window"].statusBar().findChildren(pdf_files.SavedNotice)[-1].path == path
    return pdf_text(path)


def test_members_list(saved, services, community_id):
    from ui.members import printing

    ids = [services.member_writes.create(community_id, MemberDraft(name=n)) for n in ("张三", "李四")]
    html = printing.members_html(services.member_lists.member_list(community_id, ids, "organisers"))
    printing.preview(html, saved["window"], "测试社群")
    assert "张三" in _one_pdf(saved, f"{TODAY} 测试社群 — Members list.pdf")


def test_health_report(saved, services, community_id):
    from desktop.services.health.report import HealthReports
    from ui.common import pages
    from ui.health.printing import health_painter

    pages.preview(
        health_painter(HealthReports(services.db).report(community_id), "测试社群"), saved["window"]
    )
    assert "Community health" in _one_pdf(saved, f"{TODAY} 测试社群 — Health report.pdf")


def test_structure_chart(saved, services, community_id):
    from ui.structure import chart_export
    from ui.structure.scene import StructureScene

    scene = StructureScene(services, community_id, saved["window"])
    chart_export.print_preview(scene, services.communities.get(community_id), saved["window"])
    assert "Structure of 测试社群" in _one_pdf(saved, f"{TODAY} 测试社群 — Structure chart.pdf")


def test_person_export(saved, services, community_id):
    from ui.members.person_printing import preview_person

    member = services.member_writes.create(community_id, MemberDraft(name="王五"))
    preview_person(services.person_export(member), saved["window"])
    assert "王五" in _one_pdf(saved, f"{TODAY} 测试社群 · 王五 — Personal data.pdf")


def test_event_plan_preview(saved, services, community_id):
    from models.event_draft import EventDraft
    from ui.events.printing import preview

    draft = EventDraft(
        title="晨读会", start=dt.datetime(2026, 12, 6, 9), end=dt.datetime(2026, 12, 6, 10), tz="UTC"
    )
    (eid,) = services.event_writes.create(community_id, draft)
    preview("plan", services.printouts.printout("plan", eid), saved["window"])
    assert "晨读会" in _one_pdf(saved, "2026-12-06 晨读会 — Plan.pdf")
