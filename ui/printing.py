"""Printing the members list (the current filter and order) to paper or PDF through QTextDocument."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from desktop.services.container import Services
from ui.labels import status_names

FONT = "'DejaVu Sans', 'Noto Sans CJK SC', sans-serif"
BLOCK = 500


def members_html(services: Services, community_name: str, ids: list[int]) -> str:
    head = [QCoreApplication.translate("Printing", "Name"), QCoreApplication.translate("Printing", "Phone"), QCoreApplication.translate("Printing", "WeChat ID"), QCoreApplication.translate("Printing", "City"), QCoreApplication.translate("Printing", "Tags"), QCoreApplication.translate("Printing", "Joined"), QCoreApplication.translate("Printing", "Status")]
    statuses = status_names()
    rows = []
    for start in range(0, len(ids), BLOCK):
        part = ids[start : start + BLOCK]
        got = services.members.rows(part)
        for mid in part:
            r = got[mid]
            cells = (r.name, r.phone, r.wechat_id, r.city, r.tags, r.joined_on, statuses.get(r.status, r.status))
            rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
    title = escape(QCoreApplication.translate("Printing", "Members of {name}").format(name=community_name))
    count = escape(QCoreApplication.translate("Printing", "%n member(s)", None, len(ids)))
    return (
        f"<html><body style=\"font-family: {FONT}; font-size: 9pt;\">"
        f"<h2>{title}</h2><p>{count}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-collapse: collapse;'>"
        "<thead><tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in head) + "</tr></thead>"
        + "".join(rows) + "</table></body></html>"
    )


def make_document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(f"body, td, th {{ font-family: {FONT}; }}")
    doc.setHtml(html)
    return doc


def write_pdf(html: str, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    make_document(html).print_(writer)


def preview(html: str, parent=None) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintPreviewDialog(printer, parent)
    doc = make_document(html)
    dialog.paintRequested.connect(doc.print_)
    dialog.exec()
