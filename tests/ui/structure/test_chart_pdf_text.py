"""The structure chart's PDF text extracts as the characters shown: 日 and 一, not the Kangxi radicals
⽇ ⼀ that a CJK font sharing their glyphs (Noto Sans CJK) leaves in the PDF (issue 14, part 3)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop.services.communities import CommunityInfo
from ui.structure.chart_export import export_chart
from ui.structure.scene import StructureScene


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_a_charts_pdf_text_is_what_it_shows(qtbot, services, community_id, tmp_path):
    services.communities.update(CommunityInfo(community_id, "周日读书会", rule_entry="每周日一起读"))
    top = services.structure_writes.create_unit(community_id, "日语一组")
    services.structure_writes.create_unit(community_id, "周日二组", parent_id=top)
    scene = StructureScene(services, community_id)
    export_chart(scene, services.communities.get(community_id), pdf=tmp_path / "c.pdf")
    text = subprocess.run(["pdftotext", "-raw", str(tmp_path / "c.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout  # no NFKC here: it would map a radical back to the ideograph
    for needle in ("周日读书会", "每周日一起读", "日语一组", "周日二组"):
        assert needle in text, needle
    assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF]  # no radicals at all
