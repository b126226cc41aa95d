"""The events view's printing and file actions: print preview, PDF (paper, badge grid), .ics, template."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


def printout_names() -> dict[str, str]:
    """The printouts (services.events.printouts.PRINTOUTS) by their names in the interface language."""
    return {
        "plan": QCoreApplication.translate("EventsView", "Event plan"),
        "signin": QCoreApplication.translate("EventsView", "Sign-in sheet"),
        "badges": QCoreApplication.translate("EventsView", "Name badges"),
        "roster": QCoreApplication.translate("EventsView", "Duty roster"),
    }


class EventFileActions:
    """Mixed into EventsView, which provides services, current(), current_id() and _run(). Its words are
    translated in the EventsView context (a mixin has no tr() context of its own)."""

    def _roster_or_plan(self, kind: str, title: str) -> str:
        """The printout to make: a duty roster lists a series' dates, so for an event outside a series the
        organiser is told so and offered its plan (with the duties of its one date); "" when declined."""
        if kind != "roster" or (e := self.current()) is None or e.series_id:
            return kind
        text = QCoreApplication.translate(
            "EventsView",
            "“{title}” is not in a series, so it has no duty roster. Its plan lists the duties of its date.",
        )
        box = QMessageBox(QMessageBox.Icon.Information, title, text.format(title=e.title),
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        use_plan = QCoreApplication.translate("EventsView", "Use the event plan")
        plan = box.addButton(use_plan, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(plan)
        box.exec()
        return "plan" if box.clickedButton() is plan else ""

    def _options(self, kind: str, title: str) -> tuple[str, str] | None:
        """(badge grid, audience) of a printout, None when cancelled. The lists of people (sign-in
        sheet, badges) ask who they are for, and badges which label sheet (2×4, 3×8…)."""
        if kind not in ("signin", "badges"):
            return "2x4", "organisers"
        from PySide6.QtWidgets import QComboBox

        from ui.common.audience_dialog import AudienceDialog
        from ui.events.badges import GRIDS

        grid = QComboBox()
        grid.addItems(list(GRIDS))
        rows = [(QCoreApplication.translate("EventsView", "Labels per A4 sheet (columns × rows)"), grid)]
        dialog = AudienceDialog(title, self, rows if kind == "badges" else [])
        return (grid.currentText(), dialog.audience()) if dialog.exec() else None

    def print_(self, kind: str) -> None:
        """Print preview: its page setup picks the printer and the paper (A4, Letter…)."""
        from ui.events.printing import preview

        title = QCoreApplication.translate("EventsView", "Name badges") if kind == "badges" else \
            QCoreApplication.translate("EventsView", "Print")  # fmt: skip
        kind = self._roster_or_plan(kind, title)
        if kind and (eid := self.current_id()) is not None and (chosen := self._options(kind, title)):
            grid, audience = chosen
            self._run(
                lambda: preview(kind, self.services.printouts.printout(kind, eid, audience), self, grid=grid)
            )

    def save_pdf(self) -> None:
        from ui.events.printing import PRINTOUTS, export_pdf

        if (eid := self.current_id()) is None:
            return
        title = QCoreApplication.translate("EventsView", "Save as PDF")
        names = printout_names()
        name, ok = QInputDialog.getItem(self, title, QCoreApplication.translate("EventsView", "Printout"),
                                        [names[k] for k in PRINTOUTS], 0, False)  # fmt: skip
        kind = self._roster_or_plan({v: k for k, v in names.items()}.get(name, ""), title) if ok else ""
        chosen = self._options(kind, title) if kind else None
        path, _ = (
            QFileDialog.getSaveFileName(self, title, f"{kind}.pdf", "PDF (*.pdf)") if chosen else ("", "")
        )
        if path:
            grid, audience = chosen
            self._run(lambda: export_pdf(kind, self.services.printouts.printout(kind, eid, audience), path,
                                         grid=grid))  # fmt: skip

    def export_ics(self) -> None:
        """The .ics lists the attendees: who it is for is asked (members: no private email, no one outside
        the directory)."""
        from ui.common.audience_dialog import ask_audience

        if (e := self.current()) is None:
            return
        ids = [x.id for x in self.services.events.series_events(e.series_id)] if e.series_id else [e.id]
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("EventsView", "Export to calendar"),
            f"{e.title}.ics",
            "iCalendar (*.ics)",
        )
        if path and (
            audience := ask_audience(QCoreApplication.translate("EventsView", "Export to calendar"), self)
        ):
            self.services.export_ics(ids, path, audience)

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
