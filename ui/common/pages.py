"""Multi-page printouts with the community's name atop every page and "page n of N" below.

QTextDocument.print_ numbers pages but has no running header, so the document is laid out on the
page body and each page is painted with a header band and a footer band around its slice.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QToolBar

# DejaVu first: Latin and digits from the CJK font lose their text mapping in PDFs (pdftotext, search).
# The CJK font is the first installed one whose ideographs have glyphs of their own: Qt writes a PDF's
# ToUnicode map by looking each glyph up from the lowest code point, so in a font that maps a Kangxi
# radical and its ideograph to one glyph (Noto Sans CJK: 日 and ⽇ U+2F47) the text extracts as radicals.
CJK_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "Microsoft YaHei",
                "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC")  # fmt: skip
LAST_RESORT = "Noto Sans CJK SC"  # for what the chosen font lacks (its radical mix-up is better than tofu)
# (ideograph, Kangxi radical / CJK Radicals Supplement form) pairs a shared glyph would mix up
RADICAL_PAIRS = ("日\u2f47", "一\u2f00", "人\u2f08", "月\u2f49", "食\u2edd", "示\u2f70")
NO_LIGATURES = ("liga", "clig")


def keeps_ideographs(family: str) -> bool:
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid() or raw.familyName() != family:
        return False
    for ideograph, radical in RADICAL_PAIRS:
        own, shared = raw.glyphIndexesForString(ideograph)[0], raw.glyphIndexesForString(radical)[0]
        if not own or own == shared:
            return False
    return True


@cache
def cjk_family() -> str:
    """The CJK font of printouts: the first installed of CJK_FAMILIES whose text extracts as written."""
    installed = set(QFontDatabase.families())
    present = [f for f in CJK_FAMILIES if f in installed]
    return next((f for f in present if keeps_ideographs(f)), present[0] if present else LAST_RESORT)


def families() -> list[str]:
    return list(dict.fromkeys(["DejaVu Sans", cjk_family(), LAST_RESORT]))


def font_css() -> str:
    """The font-family of printout HTML."""
    return ", ".join(f"'{f}'" for f in families()) + ", sans-serif"


def even_lines() -> str:
    """A zero-width space in the CJK font ends every table cell, so every cell's lines are as tall as CJK
    lines: a row then moves to the next page whole, instead of its Latin cells staying behind."""
    return f"<span style=\"font-family: '{cjk_family()}'\">&#8203;</span>"


PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 15


class PageText(QObject):
    def page(self, n: int, total: int) -> str:
        return self.tr("Page {n} of {total}").format(n=n, total=total)

    def save_pdf(self) -> str:
        return self.tr("Save as PDF…")

    def printout(self) -> str:
        return self.tr("Printout")


def setup_page(device: QPagedPaintDevice, paper: str = "a4", landscape: bool = False) -> None:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    device.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES.get(paper, PAGE_SIZES["a4"])), orientation,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))  # fmt: skip


def band_font(device, points: float) -> QFont:
    font = QFont()
    font.setFamilies(families())
    font.setPointSizeF(points)
    for tag in NO_LIGATURES:  # "ﬄ" (U+FB04) in "Offline" would extract as the ligature: search fails
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _geometry(device: QPagedPaintDevice) -> tuple[QRectF, float, QRectF]:
    """(page paint rect, header/footer band height, body rect) in device pixels."""
    dpi = device.resolution()
    page = device.pageLayout().paintRectPixels(dpi)
    band = dpi * 0.3  # ~7.6 mm
    return QRectF(page), band, QRectF(0, band, page.width(), page.height() - 2 * band)


def layout_document(html: str, device: QPagedPaintDevice) -> QTextDocument:
    """The HTML laid out in pages the size of the device's page body."""
    _, _, body = _geometry(device)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultStyleSheet(f"body, td, th, p, h1, h2, h3 {{ font-family: {font_css()}; }}")
    doc.setDefaultFont(band_font(device, 10))
    doc.setDocumentMargin(0)  # margin and page size before the HTML: each change re-lays the whole text
    doc.setPageSize(QSizeF(body.width(), body.height()))
    doc.setHtml(html.replace("</td>", even_lines() + "</td>"))
    return doc


def page_of(doc: QTextDocument, text: str) -> int:
    """The 1-based page where `text` first appears in a laid-out document (0 if absent)."""
    cursor = doc.find(text)
    if cursor.isNull():
        return 0
    top = doc.documentLayout().blockBoundingRect(cursor.block()).top()
    return int(top // doc.pageSize().height()) + 1


def paint_document(html: str | QTextDocument, device: QPagedPaintDevice, header: str) -> int:
    """Lay `html` out on the page body and paint every page with header and footer; returns pages."""
    doc = html if isinstance(html, QTextDocument) else layout_document(html, device)
    painter = QPainter(device)
    try:
        page, band, body = _geometry(device)
        total = doc.pageCount()
        text = PageText()
        for i in range(total):
            if i:
                device.newPage()
            painter.setFont(band_font(device, 8))
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(
                QRectF(0, 0, page.width(), band * 0.8),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                header,
            )
            painter.drawText(QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, text.page(i + 1, total))  # fmt: skip
            painter.save()
            painter.translate(0, band - i * body.height())
            clip = QRectF(0, i * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            doc.drawContents(painter, clip)
            painter.restore()
        return total
    finally:
        painter.end()


def write_pdf(
    paint: Callable[[QPagedPaintDevice], int], path: Path, paper: str = "a4", landscape: bool = False
) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("Beehive")
    setup_page(writer, paper, landscape)
    return paint(writer)


def preview(
    paint: Callable[[QPagedPaintDevice], int],
    parent=None,
    paper: str = "a4",
    landscape: bool = False,
    pdf_name: str = "",
) -> None:
    """Print preview, from which the organiser prints to paper with the system dialog, or saves the PDF
    (its toolbar's Save as PDF…, through ui.common.pdf_files: last folder, proposed name)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_page(printer, paper, landscape)
    name = pdf_name or getattr(paint, "pdf_name", "")
    preview_dialog(printer, paint, parent, lambda path: write_pdf(paint, path, paper, landscape), name).exec()


def preview_dialog(printer: QPrinter, paint: Callable, parent=None, save: Callable[[Path], object] | None = None,
                   pdf_name: str = "") -> QPrintPreviewDialog:  # fmt: skip
    """The preview dialog of `paint` on `printer`, with a Save as PDF… button in its toolbar when `save`
    (a function writing the PDF at a path) is given."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(paint)
    dialog.resize(900, 1000)
    if save is not None:
        from ui.common import pdf_files

        bar = dialog.findChild(QToolBar)
        action = QAction(PageText().save_pdf(), dialog)
        action.setObjectName("save_pdf")
        name = pdf_name or pdf_files.pdf_name(None, "", PageText().printout())
        action.triggered.connect(lambda: pdf_files.save_as(dialog, name, save) and dialog.accept())
        if bar is not None:
            bar.addSeparator()
            bar.addAction(action)
            bar.widgetForAction(action).setObjectName("save_pdf_button")
        dialog.addAction(action)
    return dialog
