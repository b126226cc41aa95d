"""The print preview's toolbar has Save as PDF…, which saves the same pages through ui.common.pdf_files."""

from __future__ import annotations

from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMainWindow, QToolBar

from tests.helpers import pdf_text
from ui.common import pages, pdf_files


def test_preview_toolbar_saves_the_pdf_under_the_proposed_name(qtbot, monkeypatch, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    asked = []

    def dialog(parent, title, start, filters):
        asked.append(start)
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    pdf_files.remember_folder(tmp_path)
    paint = partial(pages.paint_document, "<p>周日共读 Sunday</p>", header="晨读会")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pages.setup_page(printer)
    dialog = pages.preview_dialog(printer, paint, window, lambda p: pages.write_pdf(paint, p),
                                  "2026-12-06 晨读会 — 流程.pdf")  # fmt: skip
    qtbot.addWidget(dialog)
    bar = dialog.findChild(QToolBar)
    action = next(a for a in bar.actions() if a.objectName() == "save_pdf")
    assert isinstance(action, QAction) and action.text() == "Save as PDF…"
    action.trigger()
    saved = tmp_path / "2026-12-06 晨读会 — 流程.pdf"
    assert asked == [str(saved)] and saved.exists()
    assert "周日共读 Sunday" in pdf_text(saved) and "Page 1 of 1" in pdf_text(saved)
    assert window.statusBar().findChildren(pdf_files.SavedNotice)[-1].path == saved
