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
        "certificates": QCoreApplication.translate("EventsView", "Attendance certificates"),
    }


class EventFileActions:
    """Mixed into EventsView, which provides services, current(), current_id() and _run(). Its words are
    translated in the EventsView context (a mixin has no tr() context of its own)."""

    def _roster_or_plan(self, kind: str, title: str) -> str:
        """The printout to make: a duty roster lists a series' events, so for an event outside a series the
        organiser is told what it would print and offered the event's plan; "" when declined."""
        if kind != "roster" or (e := self.current()) is None or e.series_id:
            return kind
        text = QCoreApplication.translate(
            "EventsView",
            "This event is not part of a series; the duty roster lists a series' events. "
            "Print this event's plan instead?",
        )
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(e.title)
        plan = box.addButton(
            QCoreApplication.translate("EventsView", "Print plan"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(plan)
        box.exec()
        return "plan" if box.clickedButton() is plan else ""

    def _options(self, kind: str, title: str):
        """(sheet options, audience) of a printout, None when cancelled. The lists of people (sign-in
        sheet, badges) ask who they are for; badges which label sheet (2×4, 3×8…); the sign-in sheet its
        after-the-fact columns and blank rows for walk-ins (remembered)."""
        from ui.events.printing import SheetOptions

        if kind not in ("signin", "badges"):
            return SheetOptions(), "organisers"
        from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

        from ui.common.audience_dialog import AudienceDialog
        from ui.events.badges import GRIDS
        from ui.events.sheets import SIGNIN_COLUMNS, SheetText

        remembered = SheetOptions.remembered()
        if kind == "badges":
            grid = QComboBox()
            grid.addItems(list(GRIDS))
            rows = [(QCoreApplication.translate("EventsView", "Labels per A4 sheet (columns × rows)"), grid)]
            dialog = AudienceDialog(title, self, rows)
            return (SheetOptions(grid.currentText()), dialog.audience()) if dialog.exec() else None
        boxes, names = QWidget(), SheetText().signin_columns()
        line = QHBoxLayout(boxes)
        line.setContentsMargins(0, 0, 0, 0)
        checks = {}
        for code in SIGNIN_COLUMNS:
            checks[code] = QCheckBox(names[code])
            checks[code].setObjectName(f"column_{code}")
            checks[code].setChecked(code in remembered.columns)
            line.addWidget(checks[code])
        blank = QSpinBox()
        blank.setObjectName("blank_rows")
        blank.setRange(0, 200)
        blank.setValue(remembered.blank_rows)
        dialog = AudienceDialog(title, self, [
            (QCoreApplication.translate("EventsView", "Columns to fill in"), boxes),
            (QCoreApplication.translate("EventsView", "Blank rows for walk-ins"), blank)])  # fmt: skip
        self._signin_dialog = dialog  # for tests: the dialog is answered there
        if not dialog.exec():
            return None
        options = SheetOptions(columns=tuple(c for c in SIGNIN_COLUMNS if checks[c].isChecked()),
                               blank_rows=blank.value())  # fmt: skip
        options.remember()
        return options, dialog.audience()

    def _chosen(self, title: str, kind: str | None):
        """(kind, data, options) of the printout to make, None when cancelled anywhere."""
        from ui.events.printing import PRINTOUTS

        if (eid := self.current_id()) is None:
            return None
        if kind is None:  # the chooser
            names = printout_names()
            name, ok = QInputDialog.getItem(self, title, QCoreApplication.translate("EventsView", "Printout"),
                                            [names[k] for k in PRINTOUTS], 0, False)  # fmt: skip
            kind = {v: k for k, v in names.items()}.get(name, "") if ok else ""
        kind = self._roster_or_plan(kind, title) if kind else ""
        if not kind or not (chosen := self._options(kind, title)):
            return None
        options, audience = chosen
        return kind, self.services.printouts.printout(kind, eid, audience), options

    def print_(self, kind: str) -> None:
        """Print preview: its page setup picks the printer and the paper (A4, Letter…); Save as PDF… in its
        toolbar saves the same pages."""
        from ui.events import printing

        title = printout_names().get(kind, "") or QCoreApplication.translate("EventsView", "Print")
        if chosen := self._chosen(title, kind):
            kind, data, options = chosen
            self._run(lambda: printing.preview(kind, data, self, grid=options))

    def save_pdf(self, kind: str | None = None) -> None:
        """Save as PDF…: `kind`, or the chooser; the dialog opens in the last folder on the proposed name."""
        from ui.events import printing

        title = QCoreApplication.translate("EventsView", "Save as PDF")
        if chosen := self._chosen(title, kind):
            kind, data, options = chosen
            self._run(lambda: printing.save_as(kind, data, self, grid=options))

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
