"""When the window backs a workspace up by itself: at most hourly while edits happen, and on close
when something was written since the last copy. The hourly copy is taken off the GUI thread."""

from __future__ import annotations

import datetime as dt
import logging
import threading

from desktop.services.core.backups import erasure
from desktop.services.core.backups.store import listing
from desktop.services.core.backups.take import take
from models.errors import WorkspaceError

HOURLY = dt.timedelta(hours=1)
log = logging.getLogger(__name__)


class BackupSchedule:
    def __init__(self, db) -> None:
        self.db = db
        self.written = False  # an own write since the last copy
        self._thread: threading.Thread | None = None
        self.last_taken = None
        if getattr(db, "is_server", False):  # a team server is backed up by its administrator (pg_dump)
            return
        self.last_taken = self._newest_in_folder()
        db.on_step.append(self.after_step)

    def _newest_in_folder(self) -> dt.datetime | None:
        newest = next(iter(listing(self.db.path, include_aside=False)), None)
        return newest.taken_at if newest else None

    def _within_the_hour(self) -> bool:
        # the folder is listed again only once the copy known here is an hour old (an import's copy
        # taken since may be newer): not on every write
        for _ in range(2):
            if self.last_taken is not None and dt.datetime.now() - self.last_taken < HOURLY:
                return True
            newest = self._newest_in_folder()
            if newest == self.last_taken:
                return False
            self.last_taken = newest
        return False

    def after_step(self, step) -> None:
        self.written = True
        if erasure.is_erasure_step(step):  # its undo lasts until the next copy: not one taken this instant
            self.last_taken = dt.datetime.now()
        if self._within_the_hour():
            return
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._take, args=("hourly",), daemon=True)
            self._thread.start()

    def _take(self, reason: str) -> None:
        self.written = False
        try:
            backup = take(self.db.path, reason)
        except WorkspaceError as e:
            log.warning("backup failed: %s", e.code)
            return
        if backup.verified:
            self.last_taken = backup.taken_at
        else:
            log.warning("backup failed verification: %s", backup.problem)

    def on_close(self) -> None:
        if self._thread is not None:
            self._thread.join()
        if self.written:
            self._take("close")
