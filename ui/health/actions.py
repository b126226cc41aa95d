"""What the organiser does from the Health view: record an introduction or an activity, set a level, run
the monthly review, change the settings, print the one-page report. (A mixin of HealthView: its
strings are translated in the HealthView context.)"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton

from desktop.errors import DomainError
from ui.common.write import FAILED, write


class HealthActions:
    def action_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        for label, slot, keys in (
            (QCoreApplication.translate("HealthView", "Record introduction"), self.record_introduction, ""),
            (QCoreApplication.translate("HealthView", "Record activity…"), self.record_activity, ""),
            (QCoreApplication.translate("HealthView", "Set a member's level…"), self.set_level, ""),
            (QCoreApplication.translate("HealthView", "Monthly level review…"), self.review_levels, ""),
            (QCoreApplication.translate("HealthView", "Settings…"), self.edit_settings, ""),
            (
                QCoreApplication.translate("HealthView", "Print report…"),
                self.print_report,
                "",
            ),  # Ctrl+P prints the members list
            (QCoreApplication.translate("HealthView", "Save report as PDF…"), self.save_pdf, ""),
            (QCoreApplication.translate("HealthView", "Refresh"), self.reload, "F5"),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            if keys:
                button.setShortcut(QKeySequence(keys))
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def record_introduction(self) -> None:
        row = self.intros.currentRow()
        if row < 0 or row >= len(self.pairs):
            return
        p = self.pairs[row]
        find = self.services.members.resolve

        def connect() -> None:  # ValueError: a name no longer names exactly one member
            (a,), (b,) = find(self.community_id, p["a"]), find(self.community_id, p["b"])
            self.services.structure_writes.connect(self.community_id, a, b, source="introduced")

        title = QCoreApplication.translate("HealthView", "Introductions")
        if write(self, title, connect, expected=(DomainError, ValueError)) is FAILED:
            return
        self.reload()

    def record_activity(self) -> None:
        from ui.health.activity_dialog import ActivityDialog

        if ActivityDialog(self.services, self.community_id, self).exec():
            self.reload()

    def set_level(self) -> None:
        from ui.health.level_dialog import LevelDialog

        if LevelDialog(self.services, self.community_id, self).exec():
            self.reload()

    def edit_settings(self) -> None:
        from ui.health.settings_dialog import HealthSettingsDialog

        if HealthSettingsDialog(self.services, self.community_id, self).exec():
            self.reload()
            if self.charts.plot is not None:
                self.charts.redraw()

    def review_levels(self) -> None:
        title = QCoreApplication.translate("HealthView", "Monthly level review")
        if QMessageBox.question(self, title, QCoreApplication.translate(
                "HealthView", "Store every member's level now, demotions included? You can undo this.")) \
                == QMessageBox.StandardButton.Yes:  # fmt: skip
            n = write(self, title, self.services.levels.review, self.community_id)
            if n is FAILED:
                return
            QMessageBox.information(
                self, title, QCoreApplication.translate("HealthView", "Levels changed: {n}.").format(n=n)
            )
            self.reload()

    def _printable(self):
        """The painter for the whole report; None when it is not in (stopped before the end)."""
        if self.task is not None:
            self.wait()  # the whole report, not its first part
        from desktop.services.health.report_types import HealthReport
        from ui.health.printing import health_painter

        if not isinstance(self.report, HealthReport):
            return None
        names = self.services.health.settings(self.community_id).level_names
        return health_painter(self.report, self.services.communities.get(self.community_id).name, names)

    def print_report(self) -> None:
        from ui.common import pages

        if (painter := self._printable()) is not None:
            pages.preview(painter, self)

    def save_pdf(self, path: str | None = None) -> None:
        """Save as PDF…: the dialog in the last folder, named by the date and community (`path`: no dialog)."""
        from ui.common import pages
        from ui.health.printing import save_pdf_as

        if (painter := self._printable()) is None:
            return
        if path is None:
            save_pdf_as(painter, self)
        else:
            pages.write_pdf(painter, path)
