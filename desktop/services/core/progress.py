"""What long work reports to: progress, and whether the user asked to stop. Qt-free."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The user cancelled; the unit of work rolls back, nothing is written."""


class Progress:
    def __init__(self, report: Callable[[int, int], None] | None = None,
                 publish: Callable[[object], None] | None = None) -> None:  # fmt: skip
        self._report, self._publish = report, publish
        self._cancel = threading.Event()

    def publish(self, partial: object) -> None:
        """Hand over a first part of the result, to show while the rest is computed."""
        if self._publish is not None:
            self._publish(partial)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int) -> None:
        """Report progress and raise Cancelled if asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._report is not None:
            self._report(done, total)
