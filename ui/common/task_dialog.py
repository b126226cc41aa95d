"""Runs a Task with a modal progress dialog that can cancel it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from desktop.tasks import Task, start


def run_with_progress(
    parent, label: str, fn: Callable, on_done: Callable[[object], None], on_error: Callable[[Exception], None],
) -> Task:  # fmt: skip
    dialog = QProgressDialog(label, QCoreApplication.translate("TaskDialog", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    task = Task(fn)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish(callback, value) -> None:
        dialog.reset()
        dialog.deleteLater()
        callback(value)

    task.progressed.connect(progressed)
    task.finished.connect(lambda result: finish(on_done, result))
    task.failed.connect(lambda exc, _tb: finish(on_error, exc))
    task.cancelled.connect(lambda: finish(lambda _v: None, None))
    dialog.canceled.connect(task.cancel)
    parent._running_task = task  # keep the QObject alive while it runs
    return start(task)
