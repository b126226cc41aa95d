"""The structure chart printed to PDF (fitted and paginated), SVG and PNG, checked by text and size."""

from __future__ import annotations

import subprocess
import unicodedata

from PySide6.QtGui import QImage

from desktop.cli.main import main
from desktop.services.communities import CommunityInfo
from desktop.services.drafts import MemberDraft
from ui.structure.chart_export import export_chart
from ui.structure.scene import StructureScene


def _pdf(path, *args) -> str:
    out = subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out)


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_chart_in_pdf_svg_and_png(qtbot, services, community_id, tmp_path):
    services.communities.update(CommunityInfo(community_id, "测试社群", rule_entry="老成员邀请"))
    lead = services.member_writes.create(community_id, MemberDraft(name="张三"))
    top = services.structure_writes.create_unit(community_id, "总群", lead_id=lead)
    for i in range(12):
        services.structure_writes.create_unit(community_id, f"分群{i}", parent_id=top)
    scene = StructureScene(services, community_id)
    info = services.communities.get(community_id)
    export_chart(scene, info, pdf=tmp_path / "fit.pdf", svg=tmp_path / "c.svg", png=tmp_path / "c.png")
    text = _pdf(tmp_path / "fit.pdf")
    for needle in ("Structure of 测试社群", "总群", "Lead: 张三", "分群11", "Entry rules: 老成员邀请"):
        assert needle in text, needle
    assert _pages(tmp_path / "fit.pdf") == 1
    assert "<svg" in (tmp_path / "c.svg").read_text(encoding="utf-8") and "总群" in (
        tmp_path / "c.svg"
    ).read_text(encoding="utf-8")
    assert QImage(str(tmp_path / "c.png")).width() > 1000
    export_chart(scene, info, pdf=tmp_path / "tiles.pdf", size="A4", landscape=False, fit=False)
    assert _pages(tmp_path / "tiles.pdf") > 1


def test_report_structure_chart_from_the_cli(tmp_path):
    db = tmp_path / "w.beehive"
    csv = tmp_path / "u.csv"
    csv.write_text("name,parent\n总群,\n一群,总群\n", encoding="utf-8")
    assert main(["--db", str(db), "import", "units", str(csv)]) == 0
    assert (
        main(
            [
                "--db",
                str(db),
                "report",
                "structure",
                "--pdf",
                str(tmp_path / "s.pdf"),
                "--png",
                str(tmp_path / "s.png"),
            ]
        )
        == 0
    )
    assert "一群" in _pdf(tmp_path / "s.pdf") and (tmp_path / "s.png").stat().st_size > 1000


def test_print_preview_paints_the_chart(qtbot, services, community_id, monkeypatch):
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ui.structure import chart_export

    services.structure_writes.create_unit(community_id, "总群")
    scene = StructureScene(services, community_id)
    painted = []

    def fake_exec(dialog):  # instead of showing the dialog: ask it to paint onto a PDF printer
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(services.path.with_suffix(".preview.pdf")))
        dialog.paintRequested.emit(printer)
        painted.append(printer.pageLayout().orientation())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    chart_export.print_preview(scene, services.communities.get(community_id))
    assert painted and "总群" in _pdf(services.path.with_suffix(".preview.pdf"))
    assert painted[0] == QPageLayout.Orientation.Portrait or painted[0] == QPageLayout.Orientation.Landscape


def test_chart_options_reach_the_pdf(qtbot, services, community_id, tmp_path):
    from ui.structure.page_options_dialog import ChartOptions

    services.structure_writes.create_unit(community_id, "总群")
    dlg = ChartOptions()
    qtbot.addWidget(dlg)
    dlg.size.setCurrentText("A3")
    dlg.orientation.setCurrentIndex(dlg.orientation.findData(False))
    assert dlg.options() == {"size": "A3", "landscape": False, "fit": True}
    export_chart(StructureScene(services, community_id), services.communities.get(community_id),
                 pdf=tmp_path / "a3.pdf", **dlg.options())  # fmt: skip
    info = subprocess.run(
        ["pdfinfo", str(tmp_path / "a3.pdf")], capture_output=True, text=True, check=True
    ).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    assert "842" in size and "1191" in size  # A3 portrait in points
