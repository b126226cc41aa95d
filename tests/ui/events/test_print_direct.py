"""One-step printing for the Today view: save_event_pdf (no dialog, last folder, never overwriting, the
status bar says where) and print_event (the system print dialog straight away, no preview); and the events
view's menu offering every printout both ways."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMainWindow, QMessageBox, QToolButton

from models.event_draft import EventDraft
from models.recurrence import Rule
from tests.helpers import pdf_text
from ui.common import pdf_files
from ui.events.print_now import print_event, save_event_pdf

T = dt.datetime


@pytest.fixture
def events(services, community_id):
    draft = EventDraft(
        title="晨读会·周日共读", start=T(2026, 12, 6, 9), end=T(2026, 12, 6, 11), tz="Asia/Shanghai"
    )
    single = services.event_writes.create(community_id, draft)
    series = services.event_writes.create(community_id, draft, Rule("weekly", dt.date(2026, 12, 13), count=2))
    return single[0], series[0]


@pytest.fixture
def window(qtbot, monkeypatch):
    w = QMainWindow()
    qtbot.addWidget(w)
    monkeypatch.setattr(
        QPrintPreviewDialog, "exec", lambda self: pytest.fail("no preview in one-step printing")
    )
    return w


def test_save_event_pdf_needs_no_dialog_and_never_overwrites(services, events, window, tmp_path):
    pdf_files.remember_folder(tmp_path)
    first = save_event_pdf(window, services, events[0], "plan")
    assert first == tmp_path / "2026-12-06 晨读会·周日共读 — Plan.pdf"
    assert "晨读会·周日共读" in pdf_text(first) and "2026-12-06 Sun 09:00–11:00" in pdf_text(first)
    again = save_event_pdf(window, services, events[0], "plan")
    assert again == tmp_path / "2026-12-06 晨读会·周日共读 — Plan (2).pdf" and first.exists()
    notice = window.statusBar().findChildren(pdf_files.SavedNotice)
    assert [n.path for n in notice if n.isVisibleTo(window.statusBar())] == [again]
    signin = save_event_pdf(window, services, events[0], "signin")
    assert signin.name == "2026-12-06 晨读会·周日共读 — Sign-in sheet.pdf" and "Walk-ins" in pdf_text(signin)
    roster = save_event_pdf(window, services, events[0], "roster")  # no series: its plan, named so
    assert roster.name == "2026-12-06 晨读会·周日共读 — Plan (3).pdf"
    series = save_event_pdf(window, services, events[1], "roster")
    assert series.name == "2026-12-13 晨读会·周日共读 — Duty roster.pdf" and "2026-12-20" in pdf_text(series)


def test_print_event_opens_the_print_dialog_and_prints(services, events, window, monkeypatch, tmp_path):
    out = tmp_path / "printer.pdf"
    asked = []

    def accept(dialog):
        asked.append(dialog.printer().docName())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # the "printer": a file
        dialog.printer().setOutputFileName(str(out))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert print_event(window, services, events[0], "plan") is True
    assert asked == ["2026-12-06 晨读会·周日共读 — Plan"] and "晨读会·周日共读" in pdf_text(out)
    out.unlink()
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: 0)
    assert print_event(window, services, events[0], "certificates") is False and not out.exists()


def test_events_menu_offers_each_printout_to_print_and_as_pdf(qtbot, services, community_id, events):
    from ui.events.view import EventsView

    view = EventsView(services, community_id)
    qtbot.addWidget(view)
    menu = view.findChild(QToolButton).menu()
    texts = [a.text() for a in menu.actions()]
    for text in ("Print event plan…", "Print sign-in sheet…", "Print name badges…", "Print duty roster…",
                 "Print attendance certificates…"):  # fmt: skip
        assert text in texts
    pdf = next(a.menu() for a in menu.actions() if a.text() == "Save as PDF")
    assert [a.text() for a in pdf.actions()] == ["Event plan…", "Sign-in sheet…", "Name badges…", "Duty roster…",
                                                 "Attendance certificates…"]  # fmt: skip


def test_roster_notice_buttons(qtbot, services, events, monkeypatch):
    from tests.ui.events.test_print_sheets import Host

    seen = []

    def exec_(box):
        seen.append(sorted(b.text() for b in box.buttons()))
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole).click()

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    host = Host(services, events[0])
    qtbot.addWidget(host)
    assert host._roster_or_plan("roster", "Duty roster") == ""
    assert seen == [["Cancel", "Print plan"]]
    assert Host(services, events[1])._roster_or_plan("roster", "Duty roster") == "roster" and len(seen) == 1
