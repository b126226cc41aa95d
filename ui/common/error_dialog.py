"""Unexpected errors: a short message with "Copy details"; everything goes to the log file.

The details shown, copied and logged are the same text, scrubbed of personal data
(desktop.log_scrub): the frames and exception types say what failed, no member's data comes along.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.log_scrub import exception_text

log = logging.getLogger("beehive")


def details_text(exc_type, exc, tb) -> str:
    """What "Show details" and "Copy details" give: the scrubbed traceback, as the log has it."""
    return exception_text(exc_type, exc, tb)


def show_unexpected(exc_type, exc, tb, parent=None) -> QMessageBox | None:
    details = details_text(exc_type, exc, tb)
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        print(details, file=sys.stderr)
        return None
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("ErrorDialog", "Something went wrong"))
    box.setText(
        QApplication.translate(
            "ErrorDialog",
            "Beehive hit an unexpected error. Your saved data is safe; the last action may not have completed.",
        )
    )
    from desktop.logs import current_log

    if (path := current_log()) is not None:
        box.setInformativeText(
            QApplication.translate("ErrorDialog", "The details, without personal data, are in {path}").format(
                path=path
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
    return box


def install_excepthook() -> None:
    sys.excepthook = show_unexpected
