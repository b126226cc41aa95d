"""`python -m desktop` and the PyInstaller entry point."""

import os
import sys

from desktop.cli.main import main


def run() -> int:
    try:
        return main()
    except BrokenPipeError:  # `beehive report … | head`: the reader left; stop quietly, as cat does
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(run())
