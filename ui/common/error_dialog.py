"""Unexpected errors: a short message with "Copy details"; everything goes to the log file."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("beehive")


def show_unexpected(exc_type, exc, tb, parent=None) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("ErrorDialog", "Something went wrong"))
    box.setText(
        QApplication.translate(
            "ErrorDialog",
            "Beehive hit an unexpected error. Your saved data is safe; the last action may not have completed.",
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QApplication.translate("ErrorDialog", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_excepthook() -> None:
    sys.excepthook = show_unexpected
