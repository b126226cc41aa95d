"""The process entry (`beehive`, `python -m desktop`, `python -m desktop.cli`, the PyInstaller bundle).

An unexpected error there (the CLI, the window before its excepthook) puts no traceback on screen, where
a member's data could come along with it: a short message naming the log, exit 1. The traceback goes to
beehive.log, scrubbed (desktop.logs). In-process callers of desktop.cli.main.main (the tests, the fuzz
suite) still see the exception itself: only `run` catches it.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication

from desktop.cli.main import main
from desktop.exit_codes import EXIT_REFUSED


def run() -> int:
    try:
        return main()
    except BrokenPipeError:  # `beehive report … | head`: the reader left; stop quietly, as cat does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_REFUSED
    except Exception as error:  # never a traceback on screen: a short message, the details in the log
        return report_unexpected(error)


def unexpected_text(kind: str, log) -> str:
    if log is None:
        return QCoreApplication.translate(
            "Unexpected", "Beehive stopped on an unexpected error ({kind}). The log could not be written."
        ).format(kind=kind)
    return QCoreApplication.translate(
        "Unexpected",
        "Beehive stopped on an unexpected error ({kind}). The details, without personal data, are in {path}",
    ).format(kind=kind, path=log)


def report_unexpected(error: BaseException) -> int:
    from desktop.logs import log_unexpected

    log = log_unexpected(error, "a command")
    try:
        print(unexpected_text(type(error).__name__, log), file=sys.stderr)
    except OSError:  # stderr gone too (a closed terminal): the log has it
        pass
    return EXIT_REFUSED
