"""A thin QUndoCommand over a journal step: the write already happened, so the first redo is a no-op.

If a replay is refused (the rows changed since), the command is made obsolete, so QUndoStack drops it,
and the refusal is reported through `on_conflict`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from desktop.errors import ConflictError

if TYPE_CHECKING:
    from desktop.services.core.changeset import Step


BUSY_CHANGES = 5000


class Replay(Protocol):
    """What replays a step (the Services container): the database stays behind it."""

    def undo_step(self, step: Step) -> None: ...

    def redo_step(self, step: Step) -> None: ...


def replay_refused(error: Exception) -> None:
    """Say why an undo or redo was refused, over whichever window is active (it may be a newer one)."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.errors import DomainError
    from desktop.messages import message

    text = message(error) if isinstance(error, DomainError) else str(error)
    QMessageBox.warning(
        QApplication.activeWindow(), QApplication.translate("StepCommand", "Cannot undo"), text
    )


class StepCommand(QUndoCommand):
    def __init__(self, replay: Replay, step: Step, on_conflict: Callable[[Exception], None]) -> None:
        super().__init__(step.label)
        self.replay, self.step, self.on_conflict = replay, step, on_conflict
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._replay(self.replay.redo_step)

    def undo(self) -> None:
        self._replay(self.replay.undo_step)

    def _replay(self, fn) -> None:
        busy = len(self.step.changes) > BUSY_CHANGES
        if busy:  # undoing a big import takes seconds: say so
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fn(self.step)
        except ConflictError as e:
            self.setObsolete(True)
            self.on_conflict(e)
        finally:
            if busy:
                QApplication.restoreOverrideCursor()
