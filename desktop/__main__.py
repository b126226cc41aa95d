"""`python -m desktop`, the `beehive` script and the PyInstaller entry point (build.spec runs this file)."""

import os
import sys

from desktop.cli.main import main


def run() -> int:
    try:
        return main()
    except BrokenPipeError:  # `beehive report … | head`: the reader left; stop quietly, as cat does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:  # never a traceback on screen: a short message, the details in the log
        from desktop.cli.unexpected import report_unexpected

        return report_unexpected(error)


if __name__ == "__main__":
    sys.exit(run())
