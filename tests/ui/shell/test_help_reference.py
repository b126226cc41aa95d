"""Help ▸ Import column reference: built from the import code's own tables, so every kind, every header
synonym and every preset's columns appear, the example spellings of dates, phones and headers are ones
the code reads, and the Chinese interface gets Chinese headings (issue 14, part 4)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.services.kinds import KINDS
from desktop.services.members.import_row import SYNONYMS
from desktop.services.members.presets import PRESETS
from ui.shell import import_reference_pages as pages
from ui.shell.import_reference import EXPORTS, SPELLINGS, ImportReferenceDialog


@pytest.fixture
def dialog(qtbot):
    d = ImportReferenceDialog(None)
    qtbot.addWidget(d)
    return d


def _page_text(dialog, key: str) -> str:
    dialog.select(key)
    return dialog.browser.toPlainText()


def test_every_kind_has_a_page_with_every_header_its_import_reads(dialog):
    titles = [dialog.toc.item(r).text() for r in range(dialog.toc.count())]
    assert len(titles) == len(KINDS) + 2 and list(dialog.pages)[: len(KINDS)] == list(KINDS)
    for kind in KINDS:
        text = _page_text(dialog, kind)
        synonyms, required = pages.kind_columns(kind)
        assert synonyms and required in synonyms
        for field, names in synonyms.items():
            for name in (field, *names):
                assert name in text, (kind, name)


def test_every_name_of_the_members_name_column_is_shown(dialog):
    text = _page_text(dialog, "members")
    assert len(SYNONYMS["name"]) >= 4
    for name in SYNONYMS["name"]:
        assert name in text
    assert "Name *" in text  # the column a row needs


def test_the_presets_columns_and_titles_are_shown(dialog):
    members, exports = _page_text(dialog, "members"), _page_text(dialog, EXPORTS)
    for preset in PRESETS:
        title = QCoreApplication.translate("Presets", preset.title)
        assert title in exports
        for header in (*preset.columns, *preset.ignore, *(h for s in preset.signatures for h in s)):
            assert header in exports, (preset.key, header)
        for header in preset.columns:
            assert header in members, (preset.key, header)
    assert "In Eventbrite attendee report: First Name" in members


def test_coded_columns_list_the_words_they_read(dialog):
    assert all(w in _page_text(dialog, "units") for w in ("金字塔", "环形", "分群管理"))
    attendance = _page_text(dialog, "attendance")
    assert all(w in attendance for w in ("已签到", "请假", "no-show", "checked in"))
    assert all(w in _page_text(dialog, "outputs") for w in ("表情包", "撰写中", "主讲"))


def test_the_spellings_shown_are_the_ones_the_code_reads(dialog):
    from desktop.services.transfer.tabular import match_headers
    from models.dates import parse_date
    from models.errors import ValidationError
    from models.phones import read_phone, region_from_row

    text = _page_text(dialog, SPELLINGS)
    for spelling in pages.DATE_EXAMPLES:
        assert spelling in text
        assert parse_date(spelling, day_first=spelling.startswith("28/")).startswith("2024-03"), spelling
    for spelling, country in pages.PHONE_EXAMPLES:
        assert spelling in text
        assert read_phone(spelling, region_from_row(country, "", ""), "CN").startswith("+"), spelling
    with pytest.raises(ValidationError):
        read_phone(pages.DIGITS_LOST, None, "CN")
    for header in pages.HEADER_EXAMPLES:
        assert header in text
        assert match_headers([header], SYNONYMS)[0] == {0: "phone"}, header
    assert all(e in text for e in ("utf-8", "gb18030", "big5", ".xlsx", ".vcf", ".ics"))


class _Chinese(QTranslator):
    """The reference's own words in Chinese, as the merged catalog will have them."""

    WORDS = {
        "Members": "成员",
        "Column": "列",
        "Header names recognised": "能识别的表头",
        "What it holds": "内容",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get(source, source) if context == "ImportReference" else source


def test_the_chinese_interface_gets_chinese_headings(qapp, qtbot):
    from desktop import i18n

    i18n.install(qapp, "zh_CN")
    try:
        real = ImportReferenceDialog(None)  # the catalog as it is: the columns' names are the import's words
        qtbot.addWidget(real)
        assert "姓名" in real.browser.toPlainText() and "邮箱" in real.browser.toPlainText()
        assert "Email" not in re.findall(r"<b>([^<]+)</b>", real.pages["members"][1])
        fake = _Chinese()
        qapp.installTranslator(fake)
        try:
            html = pages.kind_html("members")
        finally:
            qapp.removeTranslator(fake)
    finally:
        i18n.install(qapp, "en")
    assert "<h2>成员</h2>" in html and "<th>列</th>" in html and "<th>能识别的表头</th>" in html


def test_copy_and_save_as(dialog, tmp_path, monkeypatch):
    dialog.select("events")
    dialog.copy_page()
    assert "开始时间" in QApplication.clipboard().text()
    target = tmp_path / "columns.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.save_as()
    saved = target.read_text(encoding="utf-8")
    assert all(html in saved for _title, html in dialog.pages.values()) and saved.startswith("<html>")


def test_the_help_menu_opens_it(window, monkeypatch):
    opened = []
    monkeypatch.setattr(ImportReferenceDialog, "exec", lambda self: opened.append(self) or 0)
    items = {a.text(): a for a in window.menuBar().actions()[-1].menu().actions()}
    items["Import &column reference…"].trigger()
    assert len(opened) == 1 and opened[0].toc.count() == len(KINDS) + 2
