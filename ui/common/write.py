"""The one way the UI writes: run the service call under a wait cursor; an expected refusal
(`DomainError`) becomes a short translated message, in a message box titled like the dialog or in the
dialog's inline error label; anything unexpected propagates to the global excepthook
(ui/common/error_dialog.py: "Copy details" and the log).

The undo label is the service's own (`db.write(label)`), so nothing here names the step.

    if write(self, self.windowTitle(), self.services.output_writes.delete, ids) is FAILED:
        return
    write(self, title, save, inline=self.error)  # a form: the message goes in its error label

Only positional arguments are passed on to the call (as asyncio's run_in_executor does): the keywords
below are the helper's own, so they can never clash with a service's. Use a lambda for keywords.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desktop.errors import DomainError
from desktop.messages import message

T = TypeVar("T")


class Failed:
    """What `write` returns when the service refused: a call may well return None or 0 on success,
    so test with `is FAILED`."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "FAILED"


FAILED: Final = Failed()


def error_text(error: Exception) -> str:
    """What the user reads: the translated message of a coded error, else the exception's own text."""
    return message(error) if isinstance(error, DomainError) else str(error)


def write(
    parent: QWidget | None,
    title: str,
    action: Callable[..., T],
    *args: Any,
    inline: QLabel | None = None,
    on_error: Callable[[Exception], object] | None = None,
    busy: bool = True,
    expected: tuple[type[Exception], ...] = (DomainError,),
) -> T | Failed:
    """`action(*args)`'s result, or FAILED once the refusal was shown.

    inline: show the message in this label (a form's `error_label()`) instead of a message box.
    on_error: called with the error after the message is shown (e.g. to focus the refused field).
    busy: False when the action opens a dialog of its own (a print preview, a question): a wait cursor
        over it would say the app is stuck.
    expected: the errors that are refusals, not bugs.
    """
    if busy:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return action(*args)
    except expected as e:
        error: Exception = e
    finally:
        if busy:  # before any message box: it must not show a wait cursor
            QApplication.restoreOverrideCursor()
    if inline is not None:
        inline.setText(error_text(error))
    else:
        QMessageBox.warning(parent, title, error_text(error))
    if on_error is not None:
        on_error(error)
    return FAILED
