"""The log file (beehive.log in the data dir, 0600) and what keeps personal data out of it.

Nothing written to the log, nor shown in the "Copy details" dialog, carries a member's data. The
services log codes and counts only; what an unexpected error drags along is scrubbed here, once, for the
log file, the error dialog and the CLI alike (`desktop.log_scrub`).
"""

from __future__ import annotations

import copy
import logging
import logging.handlers
import os
import sys
import threading
from pathlib import Path

from desktop import private_files
from desktop.log_scrub import exception_text, scrub

LOG_NAME = "beehive.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
QUIET = ("alembic",)  # its INFO lines (a dozen per new workspace) would drown ours: warnings only
_handler: logging.Handler | None = None


class ScrubbingFormatter(logging.Formatter):
    """Messages scrubbed by pattern; tracebacks rebuilt with their exceptions' texts scrubbed. The time
    stamp is never scrubbed (it would look like a phone number)."""

    def format(self, record: logging.LogRecord) -> str:
        clean = copy.copy(record)
        clean.msg, clean.args, clean.exc_text = scrub(record.getMessage()), None, None
        return super().format(clean)

    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return exception_text(*ei).rstrip("\n")


class PrivateFileHandler(logging.handlers.RotatingFileHandler):
    """Appends to the log, created 0600 whatever the umask; an existing looser log is tightened. At
    1 MB it moves to beehive.log.1 (one old log kept: a rename keeps the mode)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        private_files.tighten(Path(self.baseFilename))
        return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115


def log_path() -> Path:
    from desktop import settings

    return settings.data_dir() / LOG_NAME


def current_log() -> Path | None:
    """The file the log goes to, None when it could not be set up (no writable data dir)."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to the data dir's beehive.log (opened on the first record); again for another data dir.
    When the data dir cannot be made, warnings go to stderr, scrubbed all the same."""
    global _handler
    root = logging.getLogger()
    path = log_path()
    if current_log() == Path(os.path.abspath(path)):
        return current_log()
    try:
        private_files.private_dir(path.parent)
        for old in (path, path.with_name(LOG_NAME + ".1")):
            private_files.tighten(old)
        handler: logging.Handler = PrivateFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=1, encoding="utf-8", delay=True
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
    handler.setFormatter(ScrubbingFormatter(FORMAT))
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    threading.excepthook = _thread_failed
    _handler = handler
    return current_log()


def _thread_failed(args) -> None:
    """A background thread's unexpected error (the hourly backup…) into the log, scrubbed, instead of
    Python's default: its traceback on stderr, unscrubbed."""
    if args.exc_type is SystemExit:
        return
    where = f"thread {args.thread.name}" if args.thread is not None else "a thread"
    logging.getLogger("beehive").error(
        "unexpected error in %s", where, exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
    )


def log_unexpected(exc: BaseException, where: str) -> Path | None:
    """An unexpected error into the log (scrubbed); the log file, if there is one."""
    if _handler is None:  # never Python's last-resort handler: it would print the traceback unscrubbed
        setup_logging()
    logging.getLogger("beehive").error(
        "unexpected error in %s", where, exc_info=(type(exc), exc, exc.__traceback__)
    )
    return current_log()
