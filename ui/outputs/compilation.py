"""The printed compilation: a booklet of chosen outputs — a title page with the community's name and
the period, a table of contents with page numbers, then each output with its contributors, kind,
date, where it was presented and its description. Painted from its data
(desktop.services.outputs.compilation), which the caller gathers."""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QPagedPaintDevice

from desktop.services.outputs.compilation import Booklet
from ui.common import pages
from ui.common.labels import named
from ui.common.output_labels import output_kind_names, output_role_names, output_status_names
from ui.common.person_names import shown_name


class BookletText(QObject):
    def title(self) -> str:
        return self.tr("Compilation of works")

    def period(self, start: str, end: str) -> str:
        return self.tr("{start} to {end}").format(start=start or "…", end=end or "…")

    def count(self, n: int) -> str:
        return self.tr("%n work(s)", "", n)

    def contents(self) -> str:
        return self.tr("Contents")

    def presented(self, event: str) -> str:
        return self.tr("Presented at {event}").format(event=event)


def heading(n: int, title: str) -> str:
    return f"{n} · {title}"


def booklet_html(booklet: Booklet, pages: dict[int, int] | None = None) -> str:
    """The booklet's HTML; `pages` (work id → page) fills the contents, "00" holds their place."""
    text = BookletText()
    works = booklet.works
    kinds, roles, statuses = output_kind_names(), output_role_names(), output_status_names()
    parts = [
        f"<h1 align='center' style='font-size: 28pt; margin-top: 200px'>{escape(booklet.community)}</h1>"
        f"<h2 align='center' style='font-size: 18pt'>{escape(text.title())}</h2>"
        f"<p align='center' style='font-size: 13pt'>{escape(text.period(booklet.start, booklet.end))}</p>"
        f"<p align='center'>{escape(text.count(len(works)))}</p>",
        f"<h2 style='page-break-before: always'>{escape(text.contents())}</h2><table width='100%' cellpadding='3'>",
    ]
    for n, w in enumerate(works, start=1):
        page = str(pages.get(w.id, "")) if pages else "00"
        parts.append(f"<tr><td>{n}. {escape(w.title)}</td><td>{escape(named(kinds, w.kind))}</td>"
                     f"<td align='right'>{page}</td></tr>")  # fmt: skip
    parts.append("</table>")
    for n, w in enumerate(works, start=1):
        people = "、".join(f"{shown_name(c.name)}（{named(roles, c.role)}）" for c in w.contributors)
        meta = " · ".join(x for x in (named(kinds, w.kind), named(statuses, w.status), w.date) if x)
        parts.append(
            f"<h2 style='page-break-before: always'>{escape(heading(n, w.title))}</h2>"
            f"<p style='color: #555'>{escape(meta)}</p>"
            + (f"<p><b>{escape(people)}</b></p>" if people else "")
            + (f"<p>{escape(text.presented(w.event))}</p>" if w.event else "")
            + (f"<p style='color: #555'>{escape(w.link)}</p>" if w.link else "")
            + "".join(f"<p>{escape(line)}</p>" for line in w.description.splitlines() if line.strip())
        )
    return "<html><body>" + "".join(parts) + "</body></html>"


def paint_booklet(booklet: Booklet, device: QPagedPaintDevice) -> int:
    """Two passes: lay out to learn each work's page, then paint with those numbers in the contents."""
    first = pages.layout_document(booklet_html(booklet), device)
    numbers = {w.id: pages.page_of(first, heading(n, w.title)) for n, w in enumerate(booklet.works, start=1)}
    doc = pages.layout_document(booklet_html(booklet, numbers), device)
    return pages.paint_document(doc, device, booklet.community)


def export_compilation(booklet: Booklet, path: Path, paper: str = "a4") -> int:
    return pages.write_pdf(partial(paint_booklet, booklet), path, paper)


def preview_compilation(booklet: Booklet, parent=None) -> None:
    pages.preview(partial(paint_booklet, booklet), parent)
