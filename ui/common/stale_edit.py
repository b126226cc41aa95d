"""What an editor asks when its save was refused because someone else changed the record since it was
opened (desktop/services/core/stale_edits.py): reload their version, overwrite it with mine, or go on
editing."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from desktop.messages import message

RELOAD, OVERWRITE, KEEP_EDITING = "reload", "overwrite", "keep"


class StaleEditWords(QObject):
    """The buttons' words (a QObject so lupdate gives them this context)."""

    def reload(self) -> str:
        return self.tr("&Reload theirs")

    def overwrite(self) -> str:
        return self.tr("&Overwrite with mine")

    def title(self) -> str:
        return self.tr("Changed by someone else")


def ask(parent, error) -> str:
    """RELOAD, OVERWRITE or KEEP_EDITING (Esc)."""
    words = StaleEditWords()
    box = QMessageBox(QMessageBox.Icon.Warning, words.title(), message(error), parent=parent)
    reload = box.addButton(words.reload(), QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton(words.overwrite(), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload)
    box.exec()
    clicked = box.clickedButton()
    return RELOAD if clicked is reload else OVERWRITE if clicked is overwrite else KEEP_EDITING
