"""The event printouts by name, to PDF or through the print preview (paper, or PDF from the dialog)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from desktop.services.container import Services
from ui.common import pages
from ui.events.badges import badge_people, paint_badges
from ui.events.sheets import plan_html, roster_html, signin_html

PRINTOUTS = ("plan", "signin", "badges", "roster")


def painter_for(
    kind: str, services: Services, event_id: int, grid: str = "2x4"
) -> Callable[[QPagedPaintDevice], int]:
    """A function that paints the printout on a paged device and returns its page count."""
    event = services.events.event(event_id)
    community = services.communities.get(event.community_id).name
    header = f"{community} · {event.title}"
    if kind == "badges":
        return partial(paint_badges, badge_people(services, event_id), community, grid=grid)
    if kind == "roster":
        html = roster_html(services, event.series_id) if event.series_id else plan_html(services, event_id)
        header = community
    else:
        html = plan_html(services, event_id) if kind == "plan" else signin_html(services, event_id)
    return partial(_paint_html, html, header)


def _paint_html(html: str, header: str, device: QPagedPaintDevice) -> int:
    return pages.paint_document(html, device, header)


def export_pdf(
    kind: str, services: Services, event_id: int, path: Path, paper: str = "a4", grid: str = "2x4"
) -> int:
    landscape = kind == "roster"
    return pages.write_pdf(painter_for(kind, services, event_id, grid), path, paper, landscape)


def preview(
    kind: str, services: Services, event_id: int, parent=None, paper: str = "a4", grid: str = "2x4"
) -> None:
    pages.preview(painter_for(kind, services, event_id, grid), parent, paper, kind == "roster")
