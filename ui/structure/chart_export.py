"""Printing and exporting the structure chart: PDF (fitted to one page or paginated), SVG and PNG.

The scene is painted onto the device, so what prints is what the window shows; the community's rules
are printed under the chart. Font family keeps Latin digits extractable and Chinese correct.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from ui.common.labels import mode_names
from ui.common.pages import cjk_family
from ui.structure.scene import StructureScene


class ChartText(QObject):
    """Words printed with the chart (a QObject so lupdate gives them a context)."""

    def title(self, community: str) -> str:
        return self.tr("Structure of {name}").format(name=community)

    def rules(self, info) -> str:
        rows = [(self.tr("Entry rules"), info.rule_entry), (self.tr("Removal rules"), info.rule_removal),
                (self.tr("Activity rules"), info.rule_activity), (self.tr("Management mode"), mode_names().get(info.management_mode, ""))]  # fmt: skip
        return "\n".join(f"{k}: {v}" for k, v in rows if v)

    def file_word(self) -> str:
        """The chart's name in a PDF's file name."""
        return self.tr("Structure chart")


def export_chart(scene: StructureScene, info, pdf=None, svg=None, png=None, size="A4", landscape=True,
                 fit=True) -> None:  # fmt: skip
    """Write whichever of PDF, SVG and PNG are asked for (the window's and the CLI's one path)."""
    text = ChartText()
    title = text.title(info.name)
    if pdf:
        write_pdf(scene, Path(pdf), title, text.rules(info), size, landscape, fit)
    if svg:
        write_svg(scene, Path(svg), title)
    if png:
        write_png(scene, Path(png))


PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3}


def _header(painter: QPainter, rect: QRectF, title: str, footer: str) -> QRectF:
    """Title on top, rules at the bottom; returns what is left for the chart."""
    painter.save()
    painter.setPen(QColor("#000"))
    painter.setFont(QFont(cjk_family(), 14, QFont.Weight.Bold))
    title_h = painter.fontMetrics().height() * 1.6
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), title_h), Qt.AlignmentFlag.AlignLeft, title
    )
    painter.setFont(QFont(cjk_family(), 8))
    lines = footer.count("\n") + 1 if footer else 0
    foot_h = painter.fontMetrics().height() * (lines + 0.5)
    if footer:
        painter.drawText(QRectF(rect.left(), rect.bottom() - foot_h, rect.width(), foot_h),
                         Qt.TextFlag.TextWordWrap, footer)  # fmt: skip
    painter.restore()
    return QRectF(rect.left(), rect.top() + title_h, rect.width(), rect.height() - title_h - foot_h)


def write_pdf(scene: StructureScene, path: Path, title: str, footer: str = "", size: str = "A4",
              landscape: bool = True, fit: bool = True) -> int:  # fmt: skip
    """The chart on one page (`fit`) or spread over as many pages as it needs at full size; page count."""
    writer = QPdfWriter(str(path))
    writer.setResolution(150)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[size]), orientation, QMarginsF(12, 12, 12, 12)))
    source = scene.bounds().adjusted(-10, -10, 10, 10)
    painter = QPainter(writer)
    page = QRectF(0, 0, writer.width(), writer.height())
    area = _header(painter, page, title, footer)
    if fit:
        scene.render(painter, area, source, Qt.AspectRatioMode.KeepAspectRatio)
        pages = 1
    else:
        scale = writer.resolution() / 96  # full size: one scene unit per screen pixel
        cols = max(1, math.ceil(source.width() * scale / area.width()))
        rows = max(1, math.ceil(source.height() * scale / area.height()))
        tile_w, tile_h = area.width() / scale, area.height() / scale
        for r in range(rows):
            for c in range(cols):
                if r or c:
                    writer.newPage()
                    area = _header(painter, page, f"{title} ({r * cols + c + 1}/{rows * cols})", footer)
                tile = QRectF(source.left() + c * tile_w, source.top() + r * tile_h, tile_w, tile_h)
                scene.render(painter, area, tile, Qt.AspectRatioMode.KeepAspectRatio)
        pages = rows * cols
    painter.end()
    return pages


def pdf_name(info) -> str:
    """`2026-12-04 晨读会 — Structure chart.pdf`: today's date and the community."""
    from ui.common.pdf_files import today_name

    return today_name(info.name, ChartText().file_word())


def save_pdf_as(scene: StructureScene, info, parent=None, **options) -> Path | None:
    """Save as PDF…: the dialog in the last folder on the proposed name; the status bar says where.
    `options` as export_chart's (size, landscape, fit)."""
    from ui.common.pdf_files import save_as

    return save_as(parent, pdf_name(info), lambda path: export_chart(scene, info, pdf=path, **options))


def print_preview(scene: StructureScene, info, parent=None) -> None:
    """Print ▸ the chart fitted to the printer's page, with the title and the rules; Save as PDF… in the
    preview's toolbar writes the same fitted page."""
    from PySide6.QtPrintSupport import QPrinter

    from ui.common.pages import preview_dialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                      QMarginsF(12, 12, 12, 12)))  # fmt: skip
    text = ChartText()

    def paint(device) -> None:
        painter = QPainter(device)
        area = _header(
            painter, QRectF(0, 0, device.width(), device.height()), text.title(info.name), text.rules(info)
        )
        scene.render(
            painter, area, scene.bounds().adjusted(-10, -10, 10, 10), Qt.AspectRatioMode.KeepAspectRatio
        )
        painter.end()

    preview_dialog(
        printer, paint, parent, lambda path: export_chart(scene, info, pdf=path), pdf_name(info)
    ).exec()


def write_svg(scene: StructureScene, path: Path, title: str) -> None:
    source = scene.bounds().adjusted(-10, -10, 10, 10)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(int(source.width()), int(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()


def write_png(scene: StructureScene, path: Path, scale: float = 2.0) -> bool:
    source = scene.bounds().adjusted(-10, -10, 10, 10)
    image = QImage(int(source.width() * scale), int(source.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image.save(str(path))
