"""Saving printouts as PDF: the proposed name (any title gives a valid file name), the last folder kept
across runs, the quick save that never overwrites, and the status bar notice with Open / Show in folder."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QPushButton

from ui.common import pdf_files
from ui.common.pdf_files import MAX_BYTES, REFUSED, pdf_name, unique_path


def test_name_is_date_title_and_printout():
    assert (
        pdf_name(dt.date(2026, 12, 6), "晨读会·周日共读", "流程") == "2026-12-06 晨读会·周日共读 — 流程.pdf"
    )
    assert (
        pdf_name(dt.date(2026, 12, 6), "Morning reading", "Plan") == "2026-12-06 Morning reading — Plan.pdf"
    )


def test_refused_characters_are_replaced_and_long_titles_cut():
    name = pdf_name("2026-12-06", 'A/B\\C:D*E?F"G<H>I|J\x00K\tL\x7f', "Plan")
    assert not set(name) & REFUSED and "\x00" not in name and "\x7f" not in name
    assert name.startswith("2026-12-06 A_B_C_D_E_F_G_H_I_J_K_L_") and name.endswith(" — Plan.pdf")
    long = pdf_name("2026-12-06", "读" * 500, "Plan")
    assert len(long.encode()) <= MAX_BYTES and long.endswith("… — Plan.pdf")
    assert pdf_name("", "..hidden", "") == "hidden.pdf" and pdf_name("", "CON", "") == "_CON.pdf"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(), printout=st.text(max_size=40))
def test_any_title_gives_a_valid_file_name(tmp_path, title, printout):
    name = pdf_name(dt.date(2026, 12, 6), title, printout)
    assert name.endswith(".pdf") and name.startswith("2026-12-06")
    assert 0 < len(name.encode()) <= MAX_BYTES
    assert not set(name) & REFUSED
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in name)
    assert name == name.strip() and "/" not in name
    path = tmp_path / name
    path.write_bytes(b"%PDF")  # the file system takes it
    assert path.exists() and path.parent == tmp_path
    path.unlink()


def test_unique_path_adds_a_number(tmp_path):
    first = unique_path(tmp_path, "a — Plan.pdf")
    assert first == tmp_path / "a — Plan.pdf"
    first.write_bytes(b"1")
    assert unique_path(tmp_path, "a — Plan.pdf") == tmp_path / "a — Plan (2).pdf"
    (tmp_path / "a — Plan (2).pdf").write_bytes(b"2")
    assert unique_path(tmp_path, "a — Plan.pdf") == tmp_path / "a — Plan (3).pdf"


def test_save_as_starts_in_the_last_folder_and_remembers_it(qtbot, monkeypatch, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    asked = []
    target = tmp_path / "elsewhere"
    target.mkdir()

    def dialog(parent, title, start, filters):
        asked.append(start)
        return str(target / "chosen"), ""  # no suffix typed: .pdf added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    written = []
    path = pdf_files.save_as(
        window, "2026-12-06 x — Plan.pdf", lambda p: (written.append(p), p.write_bytes(b"%PDF"))
    )
    assert path == target / "chosen.pdf" and written == [path] and path.exists()
    assert Path(asked[0]).name == "2026-12-06 x — Plan.pdf"
    assert pdf_files.last_folder() == target  # a new Settings (a new run) reads it back
    pdf_files.save_as(window, "b.pdf", lambda p: None)
    assert Path(asked[1]) == target / "b.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert pdf_files.save_as(window, "c.pdf", lambda p: written.append(p)) is None and len(written) == 1


def test_notice_says_where_and_opens_the_file_or_its_folder(qtbot, monkeypatch, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()))
    )
    pdf_files.remember_folder(tmp_path)
    path = pdf_files.save_quietly(window, "2026-12-06 晨读会 — 流程.pdf", lambda p: p.write_bytes(b"%PDF"))
    again = pdf_files.save_quietly(window, "2026-12-06 晨读会 — 流程.pdf", lambda p: p.write_bytes(b"%PDF"))
    assert (
        path == tmp_path / "2026-12-06 晨读会 — 流程.pdf" and again.name == "2026-12-06 晨读会 — 流程 (2).pdf"
    )
    notices = window.statusBar().findChildren(pdf_files.SavedNotice)
    live = [n for n in notices if n.path == again]
    assert len(live) == 1
    assert live[0].label.text() == f"Saved {again.name} to {tmp_path}"
    buttons = {b.text(): b for b in live[0].findChildren(QPushButton)}
    buttons["Open"].click()
    buttons["Show in folder"].click()
    assert opened == [str(again), str(tmp_path)]


def test_home_is_shown_as_tilde(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "home", staticmethod(lambda: tmp_path))
    notice = pdf_files.SavedNotice(tmp_path / "Documents" / "a.pdf")
    qtbot.addWidget(notice)
    assert notice.label.text() == "Saved a.pdf to ~/Documents"
