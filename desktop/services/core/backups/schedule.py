"""When the window backs a workspace up by itself: at most hourly while edits happen, and on close
when something was written since the last copy. The hourly copy is taken off the GUI thread."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from desktop.services.core.backups.store import listing
from desktop.services.core.backups.take import take
from models.errors import WorkspaceError

HOURLY = dt.timedelta(hours=1)
log = logging.getLogger(__name__)


class BackupSchedule:
    def __init__(self, db) -> None:
        self.db = db
        self.written = False  # an own write since the last copy
        self.failed: WorkspaceError | None = None
        self._thread: threading.Thread | None = None
        db.on_step.append(self.after_step)

    def _last_taken(self) -> dt.datetime | None:
        newest = next(iter(listing(self.db.path, include_aside=False)), None)
        return newest.taken_at if newest else None

    def after_step(self, _step) -> None:
        self.written = True
        last = self._last_taken()
        if last is not None and dt.datetime.now() - last < HOURLY:
            return
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._take, args=("hourly",), daemon=True)
            self._thread.start()

    def _take(self, reason: str) -> None:
        self.written = False
        try:
            backup = take(self.db.path, reason)
        except WorkspaceError as e:
            self.failed = e
            log.warning("backup failed: %s", e.code)
            return
        if not backup.verified:
            log.warning("backup failed verification: %s", backup.problem)

    def on_close(self) -> None:
        if self._thread is not None:
            self._thread.join()
        if self.written:
            self._take("close")
