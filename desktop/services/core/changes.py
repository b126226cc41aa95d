"""Bridges the Database's callbacks to Qt signals; emitted from a worker thread they arrive queued."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.core.changeset import ChangeSet

if TYPE_CHECKING:
    from desktop.services.core.database import Database


WATCH_MS = 2000  # how often the window asks whether another process wrote to the workspace


class ChangeHub(QObject):
    changed = Signal(object)  # ChangeSet
    step_recorded = Signal(object)  # Step

    def __init__(self, db: Database) -> None:
        super().__init__()
        db.on_change.append(self.changed.emit)
        db.on_step.append(self.step_recorded.emit)
        # a CLI import or a second window on the same file: every view reloads (a reset change set)
        self._db = db
        self._watch = QTimer(self, interval=WATCH_MS, timeout=self._look_elsewhere)
        self._watch.start()

    def stop(self) -> None:
        self._watch.stop()

    def _look_elsewhere(self) -> None:
        if self._db.changed_elsewhere():
            self.changed.emit(ChangeSet(reset=True, elsewhere=True))
