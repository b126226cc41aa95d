"""`python -m desktop`, the `beehive` script and the PyInstaller entry point (build.spec runs this file)."""

import sys

from desktop.cli.entry import run

__all__ = ["run"]  # pyproject's `beehive = "desktop.__main__:run"`

if __name__ == "__main__":
    sys.exit(run())
