"""File ▸ Import and File ▸ Export: one entry per kind (members, structure, events, attendance, outputs)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from ui.common.write import FAILED, write

KINDS = ("members", "units", "memberships", "roles", "connections", "events", "attendance", "outputs", "activity")
WITH_AUDIENCE = ("members", "attendance")  # exports of member data: who the file is for is asked first


class TransferMenus(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.names = {"members": self.tr("Members…"), "units": self.tr("Units…"),
                      "memberships": self.tr("Unit memberships…"), "roles": self.tr("Roles…"),
                      "connections": self.tr("Connections (who knows whom)…"), "events": self.tr("Events…"),
                      "attendance": self.tr("Attendance…"), "outputs": self.tr("Outputs…"),
                      "activity": self.tr("Activity (messages, posts, check-ins)…")}  # fmt: skip

    def build(self, file_menu: QMenu) -> list:
        """Add the two submenus; return their actions (enabled only while a community is shown)."""
        actions = []
        for title, handler, shortcut in ((self.tr("&Import"), self.import_kind, "Ctrl+I"),
                                         (self.tr("&Export"), self.export_kind, "Ctrl+E")):  # fmt: skip
            sub = file_menu.addMenu(title)
            for kind in KINDS:
                action = sub.addAction(self.names[kind])
                action.triggered.connect(lambda _c=False, k=kind, h=handler: h(k))
                if kind == "members":
                    action.setShortcut(QKeySequence(shortcut))
                actions.append(action)
        back = file_menu.addAction(self.tr("Bring back a second laptop's file…"))
        back.triggered.connect(self.bring_back)
        actions.append(back)
        return actions

    def bring_back(self) -> None:
        """A door file taken out for a second laptop, merged back (ui/shell/bring_back_dialog.py)."""
        from ui.shell.bring_back_dialog import bring_back

        if bring_back(self.window, self.window.services):
            self.window.statusBar().showMessage(self.tr("Brought back the second laptop's file."), 10000)

    def import_kind(self, kind: str) -> None:
        w = self.window
        path, _ = QFileDialog.getOpenFileName(
            w,
            self.tr("Import"),
            "",
            self.tr("Tables and contacts (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.ics)"),
        )
        if not path:
            return
        from ui.shell.import_dialog import ImportDialog  # loads the import machinery on first use

        dialog = ImportDialog(w.services, w.community_id, Path(path), w, kind)
        if dialog.exec() and dialog.result_counts is not None:
            r = dialog.result_counts
            w.statusBar().showMessage(self.tr("Imported: {new} new, {updated} updated, {same} unchanged.").format(
                new=r.created, updated=r.updated, same=r.unchanged), 10000)  # fmt: skip

    def export_kind(self, kind: str) -> None:
        """The file, then, for one holding member data, who it is for (organisers or members)."""
        w = self.window
        path, _ = QFileDialog.getSaveFileName(
            w,
            self.tr("Export"),
            f"{kind}.csv",
            self.tr("CSV (*.csv);;Excel (*.xlsx)")
            + (";;iCalendar (*.ics)" if kind == "events" else "")
            + (self.tr(";;Contacts (vCard) (*.vcf)") if kind == "members" else ""),
        )
        if not path:
            return
        options = {}
        if kind in WITH_AUDIENCE or (kind == "events" and path.lower().endswith(".ics")):  # .ics: attendees
            from ui.common.audience_dialog import ask_audience

            title = self.tr("Export {kind}").format(kind=self.names[kind].rstrip("…"))
            if (audience := ask_audience(title, w)) is None:
                return
            options["audience"] = audience
        export = partial(w.services.transfer(kind).export, **options)
        n = write(w, self.tr("Export"), export, w.community_id, Path(path))
        if n is FAILED:
            return
        w.statusBar().showMessage(self.tr("Exported %n record(s)", "", n), 5000)
