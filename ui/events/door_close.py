"""Closing the door: everyone going who has not come is marked a no-show, after asking."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ui.common.write import FAILED, write


class DoorClose(QObject):
    """Its words in a context of their own: lupdate files self.tr() under the class, with plurals."""

    def run(self, dialog) -> None:
        title = self.tr("Close check-in")
        answer = QMessageBox.question(
            dialog, title, self.tr("Mark everyone going who has not arrived as a no-show?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            n = write(dialog, title, dialog.services.rsvp_writes.close, dialog.info.id)
            if n is FAILED:
                return
            QMessageBox.information(dialog, title, self.tr("%n no-show(s) marked.", "", n))
            dialog.accept()


def close_check_in(dialog) -> None:
    DoorClose().run(dialog)
