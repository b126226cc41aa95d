"""Cycles made garbage in a worker thread are collected on the GUI thread (ui/common/gui_thread_gc.py):
a collection run by the worker could destroy a widget from the wrong thread and crash the window."""

from __future__ import annotations

import gc
import threading

from ui.common import gui_thread_gc


class _Cycle:
    def __init__(self, seen: list) -> None:
        self.me, self.seen = self, seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread())


def test_a_worker_threads_garbage_is_collected_on_the_gui_thread(qapp, qtbot):
    collector = gui_thread_gc.install(qapp)
    assert gui_thread_gc.install(qapp) is collector and not gc.isenabled()
    seen: list = []
    kept: list = []  # freed objects lower the collector's count: these stay until the check

    def worker() -> None:
        _Cycle(seen)
        kept.append([[i] for i in range(200_000)])  # well past generation 0's threshold: one is due

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == []  # the worker collected nothing
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [threading.main_thread()]
    kept.clear()
