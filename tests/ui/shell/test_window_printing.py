"""The window's own printouts saved like a desktop app's: from the last folder, named by the date and the
community, the status bar saying where with Open and Show in folder."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFileDialog

from desktop.settings import Settings
from ui.common import audience_dialog
from ui.common.pdf_files import SavedNotice
from ui.shell import window_printing


def _accept_proposed(monkeypatch, seen):
    def dialog(_parent, _title, start, _filter):  # the organiser presses Save on the proposed name
        seen.append(start)
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))


def test_members_list_as_pdf_is_named_and_announced(window, tmp_path, monkeypatch):
    Settings().set("pdf_folder", str(tmp_path))
    monkeypatch.setattr(audience_dialog, "ask_audience", lambda title, parent=None: "organisers")
    seen = []
    _accept_proposed(monkeypatch, seen)
    window_printing.pdf_members(window)
    (saved,) = tmp_path.glob("*.pdf")
    assert seen == [str(saved)] and saved.stat().st_size > 1000
    community = window.community_box.currentText()
    assert saved.name == f"{dt.date.today().isoformat()} {community} — Members list.pdf"
    (notice,) = window.statusBar().findChildren(SavedNotice)
    assert saved.name in notice.label.text()


def test_the_structure_chart_export_starts_in_the_last_folder(window, tmp_path, monkeypatch):
    from ui.structure.page_options_dialog import ChartOptions

    Settings().set("pdf_folder", str(tmp_path))
    monkeypatch.setattr(ChartOptions, "exec", lambda dialog: 1)
    seen = []
    _accept_proposed(monkeypatch, seen)
    window_printing.export_chart(window)
    (saved,) = tmp_path.glob("*.pdf")
    assert saved.name.endswith("— Structure chart.pdf") and saved.stat().st_size > 1000
    assert window.statusBar().findChildren(SavedNotice)
    assert Settings().get("pdf_folder") == str(tmp_path)
