"""Running long work off the GUI thread: fn(progress) in a QThreadPool, results back by signal."""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.services.core.progress import Cancelled, Progress


class Task(QObject):
    progressed = Signal(int, int)
    partial = Signal(object)  # a first part of the result (Progress.publish)
    finished = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    cancelled = Signal()

    def __init__(self, fn: Callable[[Progress], object]) -> None:
        super().__init__()
        self.fn = fn
        self.progress = Progress(self.progressed.emit, self.partial.emit)

    def cancel(self) -> None:
        self.progress.cancel()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    def run(self) -> None:
        try:
            result = self.task.fn(self.task.progress)
        except Cancelled:
            self.task.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, shown there
            self.task.failed.emit(exc, traceback.format_exc())
        else:
            self.task.finished.emit(result)


def start(task: Task) -> Task:
    """Run the task in the pool. Its garbage is collected on the GUI thread (ui/common/gui_thread_gc)."""
    QThreadPool.globalInstance().start(_Runner(task))
    return task
