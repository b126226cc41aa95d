"""Bridges the Database's callbacks to Qt signals; emitted from a worker thread they arrive queued."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop.services.core.database import Database


class ChangeHub(QObject):
    changed = Signal(object)  # ChangeSet
    step_recorded = Signal(object)  # Step

    def __init__(self, db: Database) -> None:
        super().__init__()
        db.on_change.append(self.changed.emit)
        db.on_step.append(self.step_recorded.emit)
