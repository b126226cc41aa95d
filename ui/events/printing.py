"""The event printouts painted from their data, to PDF or through the print preview (paper, or PDF
from the dialog). The caller gathers the data: `services.printouts.printout(kind, event_id)`."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from desktop.services.events.printout_data import BadgeList, PlanSheet, Printout, Roster, SigninSheet
from desktop.services.events.printouts import PRINTOUTS
from ui.common import pages
from ui.events.badges import paint_badges
from ui.events.sheets import plan_html, roster_html, signin_html

__all__ = ["PRINTOUTS", "export_pdf", "painter_for", "preview"]


def painter_for(kind: str, data: Printout, grid: str = "2x4") -> Callable[[QPagedPaintDevice], int]:
    """A function that paints the printout on a paged device and returns its page count. `kind` is
    the printout asked for: a "roster" of an event outside a series is its plan, headed as a roster."""
    if isinstance(data, BadgeList):
        return partial(paint_badges, data, grid=grid)
    if isinstance(data, Roster):
        html, header = roster_html(data), data.community
    elif isinstance(data, PlanSheet):
        html = plan_html(data)
        header = data.community if kind == "roster" else f"{data.community} · {data.event.title}"
    elif isinstance(data, SigninSheet):
        html, header = signin_html(data), f"{data.community} · {data.event.title}"
    else:
        raise TypeError(f"not a printout: {type(data).__name__}")
    return partial(_paint_html, html, header)


def _paint_html(html: str, header: str, device: QPagedPaintDevice) -> int:
    return pages.paint_document(html, device, header)


def export_pdf(kind: str, data: Printout, path: Path, paper: str = "a4", grid: str = "2x4") -> int:
    return pages.write_pdf(painter_for(kind, data, grid), path, paper, kind == "roster")


def preview(kind: str, data: Printout, parent=None, paper: str = "a4", grid: str = "2x4") -> None:
    pages.preview(painter_for(kind, data, grid), parent, paper, kind == "roster")
