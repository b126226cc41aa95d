"""Bridges the Database's callbacks to Qt signals; emitted from a worker thread they arrive queued."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.core.changeset import ChangeSet

if TYPE_CHECKING:
    from desktop.services.core.database import Database


WATCH_MS = 2000  # how often the window asks whether another process wrote to the workspace
REMOTE_MS = 200  # on a team server: how often other organisers' notified changes are taken in


class ChangeHub(QObject):
    changed = Signal(object)  # ChangeSet
    step_recorded = Signal(object)  # Step

    def __init__(self, db: Database) -> None:
        super().__init__()
        db.on_change.append(self.changed.emit)
        db.on_step.append(self.step_recorded.emit)
        # a CLI import or a second window on the same file: every view reloads (a reset change set)
        self._db = db
        server = getattr(db, "is_server", False)
        self._watch = QTimer(self, interval=REMOTE_MS if server else WATCH_MS,
                             timeout=self._take_remote if server else self._look_elsewhere)  # fmt: skip
        self._watch.start()

    def stop(self) -> None:
        self._watch.stop()

    def _take_remote(self) -> None:
        from desktop.errors import DomainError

        try:
            change_sets = self._db.remote_changes()
        except DomainError:  # the server is away: the next write or read says so
            return
        for changes in change_sets:
            self.changed.emit(changes)

    def _look_elsewhere(self) -> None:
        if self._db.changed_elsewhere():
            self.changed.emit(ChangeSet(reset=True, elsewhere=True))
