"""The printed compilation: a booklet of chosen outputs — a title page with the community's name and
the period, a table of contents with page numbers, then each output with its contributors, kind,
date, where it was presented and its description."""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QPagedPaintDevice

from desktop.services.container import Services
from ui.common import pages
from ui.common.labels import named
from ui.common.output_labels import output_kind_names, output_role_names, output_status_names


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


def booklet_html(outputs: list, community: str, start: str, end: str,
                 pages: dict[int, int] | None = None) -> str:  # fmt: skip
    text = BookletText()
    dates = sorted(o.date for o in outputs if o.date)
    period = text.period(start or (dates[0] if dates else ""), end or (dates[-1] if dates else ""))
    kinds, roles, statuses = output_kind_names(), output_role_names(), output_status_names()
    parts = [
        f"<h1 align='center' style='font-size: 28pt; margin-top: 200px'>{escape(community)}</h1>"
        f"<h2 align='center' style='font-size: 18pt'>{escape(text.title())}</h2>"
        f"<p align='center' style='font-size: 13pt'>{escape(period)}</p>"
        f"<p align='center'>{escape(text.count(len(outputs)))}</p>",
        f"<h2 style='page-break-before: always'>{escape(text.contents())}</h2><table width='100%' cellpadding='3'>",
    ]
    for n, o in enumerate(outputs, start=1):
        page = str(pages.get(o.id, "")) if pages else "00"
        parts.append(f"<tr><td>{n}. {escape(o.title)}</td><td>{escape(named(kinds, o.kind))}</td>"
                     f"<td align='right'>{page}</td></tr>")  # fmt: skip
    parts.append("</table>")
    for n, o in enumerate(outputs, start=1):
        people = "、".join(f"{name}（{named(roles, role)}）" for _, name, role in o.contributors)
        meta = " · ".join(x for x in (named(kinds, o.kind), named(statuses, o.status), o.date) if x)
        parts.append(
            f"<h2 style='page-break-before: always'>{escape(heading(n, o.title))}</h2>"
            f"<p style='color: #555'>{escape(meta)}</p>"
            + (f"<p><b>{escape(people)}</b></p>" if people else "")
            + (f"<p>{escape(text.presented(o.event))}</p>" if o.event else "")
            + (f"<p style='color: #555'>{escape(o.link)}</p>" if o.link else "")
            + "".join(f"<p>{escape(line)}</p>" for line in o.description.splitlines() if line.strip())
        )
    return "<html><body>" + "".join(parts) + "</body></html>"


def paint_booklet(services: Services, community: str, ids: list[int], start: str, end: str,
                  device: QPagedPaintDevice) -> int:  # fmt: skip
    """Two passes: lay out to learn each work's page, then paint with those numbers in the contents."""
    outputs = services.outputs.many(ids)
    first = pages.layout_document(booklet_html(outputs, community, start, end), device)
    numbers = {o.id: pages.page_of(first, heading(n, o.title)) for n, o in enumerate(outputs, start=1)}
    doc = pages.layout_document(booklet_html(outputs, community, start, end, numbers), device)
    return pages.paint_document(doc, device, community)


def _painter(services: Services, community_id: int, ids: list[int], start: str, end: str):
    return partial(paint_booklet, services, services.communities.get(community_id).name, ids, start, end)


def export_compilation(services: Services, community_id: int, ids: list[int], path: Path, paper: str = "a4",
                       start: str = "", end: str = "") -> int:  # fmt: skip
    return pages.write_pdf(_painter(services, community_id, ids, start, end), path, paper)


def preview_compilation(services: Services, community_id: int, ids: list[int], parent=None) -> None:
    pages.preview(_painter(services, community_id, ids, "", ""), parent)
