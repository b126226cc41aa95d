"""The events view's printing and file actions: print preview, PDF (paper, badge grid), .ics, template."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog


class EventFileActions:
    """Mixed into EventsView, which provides services, current(), current_id() and _run(). Its words are
    translated in the EventsView context (a mixin has no tr() context of its own)."""

    def _grid(self, kind: str) -> str | None:
        """Badges ask for the label sheet (2×4, 3×8…); other printouts need nothing."""
        if kind != "badges":
            return "2x4"
        from ui.events.badges import GRIDS

        grid, ok = QInputDialog.getItem(self, QCoreApplication.translate("EventsView", "Name badges"), QCoreApplication.translate("EventsView", "Labels per A4 sheet (columns × rows)"),
                                        list(GRIDS), 0, False)  # fmt: skip
        return grid if ok else None

    def print_(self, kind: str) -> None:
        """Print preview: its page setup picks the printer and the paper (A4, Letter…)."""
        from ui.events.printing import preview

        if (eid := self.current_id()) is not None and (grid := self._grid(kind)):
            self._run(lambda: preview(kind, self.services.printouts.printout(kind, eid), self, grid=grid))

    def save_pdf(self) -> None:
        from ui.events.printing import PRINTOUTS, export_pdf

        if (eid := self.current_id()) is None:
            return
        kind, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("EventsView", "Save as PDF"),
            QCoreApplication.translate("EventsView", "Printout"),
            list(PRINTOUTS),
            0,
            False,
        )
        path, _ = (
            QFileDialog.getSaveFileName(
                self, QCoreApplication.translate("EventsView", "Save as PDF"), f"{kind}.pdf", "PDF (*.pdf)"
            )
            if ok
            else ("", "")
        )
        if path:
            self._run(lambda: export_pdf(kind, self.services.printouts.printout(kind, eid), path))

    def export_ics(self) -> None:
        if (e := self.current()) is None:
            return
        ids = [x.id for x in self.services.events.series_events(e.series_id)] if e.series_id else [e.id]
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("EventsView", "Export to calendar"),
            f"{e.title}.ics",
            "iCalendar (*.ics)",
        )
        if path:
            self.services.export_ics(ids, path)

    def save_template(self) -> None:
        if (e := self.current()) is None:
            return
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("EventsView", "Save plan as template"),
            QCoreApplication.translate("EventsView", "Template name"),
            text=e.title,
        )
        if ok:
            self._run(lambda: self.services.event_writes.save_template(e.id, name))
