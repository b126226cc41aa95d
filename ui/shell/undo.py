"""A thin QUndoCommand over a journal step: the write already happened, so the first redo is a no-op.

If a replay is refused (the rows changed since), the command is made obsolete, so QUndoStack drops it,
and the refusal is reported through `on_conflict`. After a restart the stack is rebuilt from the journal
on disk (`restore`): those steps read their changes when undone or redone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication

from desktop.errors import ConflictError

if TYPE_CHECKING:
    from desktop.services.core.changeset import Step


BUSY_CHANGES = 5000
BUSY_STORED = 1_000_000  # characters of a step's journal row (a step rebuilt after a restart)


class Replay(Protocol):
    """What replays a step (the Services container): the database stays behind it."""

    def undo_step(self, step: Step) -> None: ...

    def redo_step(self, step: Step) -> None: ...

    @property
    def history(self): ...  # desktop.services.core.history.History


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
        self._skip_undo = False  # rebuilt as undone: the stack's index moves past it without a replay

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._replay(self.replay.redo_step)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        self._replay(self.replay.undo_step)

    def _replay(self, fn) -> None:
        busy = len(self.step.changes) > BUSY_CHANGES or self.step.stored > BUSY_STORED
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


def restore(
    stack: QUndoStack, replay: Replay, on_conflict: Callable[[Exception], None] = replay_refused
) -> int:
    """Rebuild the stack of a workspace just opened from its journal (the newest steps, see
    core/history.py), the steps undone before the restart redoable. Returns how many were pushed."""
    entries = replay.history.undo_stack()
    for step, undone in entries:
        command = StepCommand(replay, step, on_conflict)
        command._skip_undo = undone
        stack.push(command)
    undone = sum(1 for _, u in entries if u)
    if undone:
        stack.setIndex(stack.count() - undone)
    return len(entries)
