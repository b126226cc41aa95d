"""When a backup seals erasures (desktop/services/core/backups/erasure.py, often on the hourly backup's
thread), the window's undo stack forgets them too: the erasure's own step keeps no changes (so its undo
is refused as "not kept", as after a restart), and older steps lose what they held about those people."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.services.core.backups.erasure import forget_in_step, on_sealed


class SealWatch(QObject):
    sealed = Signal(object)  # frozenset of member ids; queued onto the GUI thread

    def __init__(self, stack: QUndoStack, workspace, parent: QObject | None = None) -> None:
        super().__init__(parent or stack)
        self.stack, self.workspace = stack, workspace
        self.sealed.connect(self.forget)
        on_sealed.append(self._heard)
        self.destroyed.connect(lambda *_: _drop(self._heard))

    def _heard(self, workspace: Path, ids: frozenset[int]) -> None:
        path = self.workspace()
        if path is not None and Path(path).resolve() == Path(workspace).resolve():
            self.sealed.emit(ids)

    def forget(self, ids: frozenset[int]) -> int:
        """Redact the stack's steps about these members; returns how many commands changed."""
        erased, changed = set(ids), 0
        for i in range(self.stack.count()):
            command = self.stack.command(i)
            step = getattr(command, "step", None)
            redacted = None if step is None else forget_in_step(step, erased)
            if redacted is not None:
                command.step = redacted
                changed += 1
        return changed


def _drop(listener) -> None:
    if listener in on_sealed:
        on_sealed.remove(listener)


def watch_seals(stack: QUndoStack, workspace, parent: QObject | None = None) -> SealWatch:
    """`workspace()`: the path of the workspace the window has open now; `parent`: the window."""
    return SealWatch(stack, workspace, parent)
