"""Closing the door: everyone going who has not come is marked a no-show, after asking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ui.common.write import FAILED, write


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("CheckInDialog", text, "", n)  # the dialog's own context


def close_check_in(dialog) -> None:
    title = tr("Close check-in")
    answer = QMessageBox.question(dialog, title, tr("Mark everyone going who has not arrived as a no-show?"))
    if answer == QMessageBox.StandardButton.Yes:
        n = write(dialog, title, dialog.services.rsvp_writes.close, dialog.info.id)
        if n is FAILED:
            return
        QMessageBox.information(dialog, title, tr("%n no-show(s) marked.", n))
        dialog.accept()
