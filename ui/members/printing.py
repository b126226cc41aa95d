"""Printing the members list (the current filter and order) to paper or PDF through QTextDocument, from
its data (desktop.services.members.member_list). It keeps QTextDocument.print_'s own 2 cm margins and page
numbers rather than ui.common.pages' header and footer bands, so the printed list stays as it was."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.services.members.member_list import MemberList
from ui.common import pages
from ui.common.labels import field_names, status_names

# phone, WeChat ID and date never break inside
NOWRAP = [
    "",
    " style='white-space: nowrap'",
    " style='white-space: nowrap'",
    "",
    "",
    " style='white-space: nowrap'",
    "",
]


COLUMNS = ("name", "phone", "wechat_id", "city", "tags", "joined_on", "status")  # MemberLine's fields
HEADER_KEYS = ("name", "phone", "wechat", "city", "tags", "joined", "status")  # their field_names() keys


class PrintText(QObject):
    """Words on printed pages (a QObject so lupdate records the plural forms)."""

    def headers(self, hidden=frozenset()) -> list[str]:
        names = field_names()
        return [names[k] for c, k in zip(COLUMNS, HEADER_KEYS, strict=True) if c not in hidden]

    def title(self, community: str) -> str:
        return self.tr("Members of {name}").format(name=community)

    def count(self, n: int) -> str:
        return self.tr("%n member(s)", "", n)

    def file_word(self) -> str:
        """The printout's name in a PDF's file name."""
        return self.tr("Members list")


def members_html(data: MemberList) -> str:
    """The list as a table; a column its audience may not see (data.hidden) is not there at all."""
    text = PrintText()
    statuses = status_names()
    shown = [i for i, c in enumerate(COLUMNS) if c not in data.hidden]
    rows = []
    for r in data.members:
        cells = (r.name, r.phone, r.wechat_id, r.city, r.tags, r.joined_on, statuses.get(r.status, r.status))
        rows.append("<tr>" + "".join(f"<td{NOWRAP[i]}>{escape(cells[i])}</td>" for i in shown) + "</tr>")
    return (
        f'<html><body style="font-family: {pages.font_css()}; font-size: 9pt;">'
        f"<h2>{escape(text.title(data.community))}</h2><p>{escape(text.count(len(data.members)))}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse: collapse;'>"
        "<thead><tr>"
        + "".join(f"<th align='left'>{escape(h)}</th>" for h in text.headers(data.hidden))
        + "</tr></thead>"
        + "".join(rows)
        + "</table></body></html>"
    )


def make_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(pages.band_font(doc, 9))  # its CJK font and no ligatures: PDF text as written
    doc.setDefaultStyleSheet(f"body, td, th {{ font-family: {pages.font_css()}; }}")
    doc.setHtml(html)
    return doc


def write_pdf(html: str, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ adds its own 2 cm margin and the page numbers; no second margin here.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    make_document(html).print_(writer)


def pdf_name(community: str = "") -> str:
    """`2026-12-04 晨读会 — Members list.pdf`: today's date and the community."""
    from ui.common.pdf_files import today_name

    return today_name(community, PrintText().file_word())


def save_pdf(html: str, parent=None, community: str = "") -> Path | None:
    """Save as PDF…: the dialog in the last folder on the proposed name; the status bar says where."""
    from ui.common.pdf_files import save_as

    return save_as(parent, pdf_name(community), lambda path: write_pdf(html, path))


def preview(html: str, parent=None, community: str = "") -> None:
    """Print preview, with Save as PDF… in its toolbar."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    doc = make_document(html)
    pages.preview_dialog(
        printer, doc.print_, parent, lambda path: write_pdf(html, path), pdf_name(community)
    ).exec()
