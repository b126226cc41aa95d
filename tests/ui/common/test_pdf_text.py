"""Printout PDFs extract as the characters drawn: no Kangxi radicals (⽇ U+2F47 for 日), no ligatures."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QFontDatabase

from ui.common import pages

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")

TEXT = "周日 一 日 人 月 食 示 Offline office"


def _raw_text(path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


def test_page_text_extracts_as_written(qapp, tmp_path):
    out = tmp_path / "page.pdf"
    html = f"<h1>{TEXT}</h1><p>{TEXT}</p><table><tr><td>{TEXT}</td><td><b>周日</b></td></tr></table>"
    pages.write_pdf(lambda device: pages.paint_document(html, device, f"晨读会 {TEXT}"), out)
    lines = [line.strip() for line in _raw_text(out).splitlines()]
    assert lines[0] == f"晨读会 {TEXT}"  # the header band (painted with band_font)
    assert lines.count(TEXT) == 2, lines  # heading and paragraph (HTML through the document's fonts)
    assert {f"{TEXT}周日", f"{TEXT} 周日"} & set(lines), lines  # the table row; its bold cell too
    assert not any("\u2e80" <= ch <= "\u2fdf" or "\ufb00" <= ch <= "\ufb06" for ch in "".join(lines))


def test_chosen_cjk_font_has_its_own_ideograph_glyphs(qapp):
    family = pages.cjk_family()
    assert pages.keeps_ideographs(family), f"{family}: install fonts-droid-fallback (see the README)"
    assert pages.families()[:2] == ["DejaVu Sans", family]
    assert f"'{family}'" in pages.font_css() and family in pages.even_lines()


def test_a_font_mapping_radicals_to_ideograph_glyphs_is_passed_over(qapp):
    if "Noto Sans CJK SC" not in QFontDatabase.families():
        pytest.skip("Noto Sans CJK SC is not installed")
    assert not pages.keeps_ideographs("Noto Sans CJK SC")  # 日 and ⽇ share a glyph in Noto Sans CJK
    assert pages.cjk_family() != "Noto Sans CJK SC"
