"""Garbage collection on the GUI thread only.

CPython runs its cycle collector in whichever thread happens to allocate past the threshold. When a
worker (an import, a backup) triggered it, it could free a cycle holding a widget or a Task, and Qt
destroyed a GUI object from the wrong thread: the window crashed a moment later (a segfault in
tests/ui/shell, once under numpy's first import, once under a backup's). Automatic collection is
turned off and a timer on the GUI thread collects instead, the way pyqtgraph's GarbageCollector does
(written here because importing pyqtgraph at start-up would slow the first paint).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, app) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the oldest generation whose count passed its threshold, as CPython would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def install(app) -> GuiThreadCollector:
    """Once per application; the collector lives as long as the app (its parent)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
