"""The event printouts painted from their data, to PDF, through the print preview (paper, or Save as PDF…
in its toolbar), or straight to the system print dialog. The data: `services.printouts.printout(kind, id)`.

The one-step actions (the Today view: no chooser, no preview) are in ui.events.print_now."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

from desktop.services.events.printout_data import (
    BadgeList,
    CertificateList,
    PlanSheet,
    Printout,
    Roster,
    SigninSheet,
)
from desktop.services.events.printouts import PRINTOUTS
from ui.common import pages, pdf_files
from ui.events.badges import paint_badges
from ui.events.certificates import paint_certificates
from ui.events.sheets import WALK_IN_ROWS, plan_html, roster_html, signin_html

__all__ = [
    "PRINTOUTS",
    "SheetOptions",
    "export_pdf",
    "painter_for",
    "preview",
    "save_as",
]
LANDSCAPE = ("roster", "certificates")


@dataclass(frozen=True)
class SheetOptions:
    """How a printout is laid out: the badge label grid; the sign-in sheet's columns and blank rows."""

    grid: str = "2x4"
    columns: tuple[str, ...] = ("attended", "signature")
    blank_rows: int = WALK_IN_ROWS

    @classmethod
    def remembered(cls, grid: str = "2x4") -> SheetOptions:
        """The sign-in columns and blank rows the organiser chose last time (settings)."""
        from desktop.settings import Settings

        settings = Settings()
        try:
            rows = max(0, min(200, int(settings.get("signin_blank_rows"))))
        except (TypeError, ValueError):
            rows = WALK_IN_ROWS
        return cls(grid, tuple(settings.get("signin_columns")), rows)

    def remember(self) -> None:
        from desktop.settings import Settings

        settings = Settings()
        settings.set("signin_columns", list(self.columns))
        settings.set("signin_blank_rows", self.blank_rows)


def file_words() -> dict[str, str]:
    """The printouts' names in a PDF's file name (`2026-12-06 晨读会 — 流程.pdf`)."""
    return {
        "plan": QCoreApplication.translate("EventPrinting", "Plan"),
        "signin": QCoreApplication.translate("EventPrinting", "Sign-in sheet"),
        "badges": QCoreApplication.translate("EventPrinting", "Badges"),
        "roster": QCoreApplication.translate("EventPrinting", "Duty roster"),
        "certificates": QCoreApplication.translate("EventPrinting", "Certificates"),
    }


def pdf_name(kind: str, data: Printout) -> str:
    """The proposed file name of a printout: its event's (or series' first) date and title."""
    word = file_words().get(kind, kind)
    if isinstance(data, Roster):
        return pdf_files.pdf_name(data.dates[0].start.date() if data.dates else None, data.title, word)
    if isinstance(data, BadgeList) and data.event is None:
        return pdf_files.pdf_name(None, data.community, word)
    return pdf_files.pdf_name(data.event.start.date(), data.event.title, word)


def painter_for(
    kind: str, data: Printout, grid: str | SheetOptions = "2x4"
) -> Callable[[QPagedPaintDevice], int]:
    """A function that paints the printout on a paged device and returns its page count."""
    options = grid if isinstance(grid, SheetOptions) else SheetOptions(grid)
    if isinstance(data, BadgeList):
        return partial(paint_badges, data, grid=options.grid)
    if isinstance(data, CertificateList):
        return partial(paint_certificates, data)
    if isinstance(data, Roster):
        html, header = roster_html(data), data.community
    elif isinstance(data, PlanSheet):
        html, header = plan_html(data), f"{data.community} · {data.event.title}"
    elif isinstance(data, SigninSheet):
        html = signin_html(data, options.columns, options.blank_rows)
        header = f"{data.community} · {data.event.title}"
    else:
        raise TypeError(f"not a printout: {type(data).__name__}")
    return partial(_paint_html, html, header)


def _paint_html(html: str, header: str, device: QPagedPaintDevice) -> int:
    return pages.paint_document(html, device, header)


def landscape(kind: str, options: str | SheetOptions = "2x4") -> bool:
    """A roster's and certificates' pages lie across; so does a sign-in sheet with more than two columns to
    fill in (nine columns do not fit across A4 upright)."""
    wide = isinstance(options, SheetOptions) and len(options.columns) > 2
    return kind in LANDSCAPE or (kind == "signin" and wide)


def export_pdf(
    kind: str, data: Printout, path: Path, paper: str = "a4", grid: str | SheetOptions = "2x4"
) -> int:
    return pages.write_pdf(painter_for(kind, data, grid), Path(path), paper, landscape(kind, grid))


def preview(
    kind: str, data: Printout, parent=None, paper: str = "a4", grid: str | SheetOptions = "2x4"
) -> None:
    pages.preview(painter_for(kind, data, grid), parent, paper, landscape(kind, grid), pdf_name(kind, data))


def save_as(kind: str, data: Printout, parent=None, grid: str | SheetOptions = "2x4") -> Path | None:
    """Save as PDF…: the dialog in the last folder on the proposed name; the status bar says where."""
    return pdf_files.save_as(
        parent, pdf_name(kind, data), lambda path: export_pdf(kind, data, path, grid=grid)
    )

