"""Printing an event in one step (the Today view): save_event_pdf writes the PDF without a dialog,
print_event opens the system print dialog straight away (no chooser, no preview). The printouts are
ui.events.printing's; the remembered audience and sheet options are used."""

from __future__ import annotations

from pathlib import Path

from desktop.services.events.printout_data import Printout
from ui.common import pages, pdf_files
from ui.events.printing import SheetOptions, export_pdf, landscape, painter_for, pdf_name


def _direct(services, event_id: int, kind: str) -> tuple[str, Printout, SheetOptions]:
    """The printout of the one-step actions: the remembered audience and sheet options; the plan for the
    "roster" of an event outside a series (what the roster would hold of it: its own duties)."""
    from desktop.settings import Settings

    if kind == "roster" and not services.events.event(event_id).series_id:
        kind = "plan"
    audience = Settings().get("audience") if kind in ("signin", "badges") else "organisers"
    return kind, services.printouts.printout(kind, event_id, audience), SheetOptions.remembered()


def save_event_pdf(parent, services, event_id: int, kind: str) -> Path:
    """Save the printout `kind` (PRINTOUTS) of the event as PDF without asking: the last folder, the
    proposed name, " (2)" rather than overwriting; the status bar of parent's window says where."""
    kind, data, options = _direct(services, event_id, kind)
    return pdf_files.save_quietly(
        parent, pdf_name(kind, data), lambda path: export_pdf(kind, data, path, grid=options)
    )


def print_event(parent, services, event_id: int, kind: str) -> bool:
    """The system print dialog straight away (no preview), then the printout on the printer chosen;
    False when the organiser cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    kind, data, options = _direct(services, event_id, kind)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    pages.setup_page(printer, "a4", landscape(kind, options))
    printer.setDocName(Path(pdf_name(kind, data)).stem)
    dialog = QPrintDialog(printer, parent)
    if not dialog.exec():
        return False
    painter_for(kind, data, options)(printer)
    return True
