"""`python -m desktop.cli`: the same entry point as `beehive`."""

import sys

from desktop.cli.entry import run

sys.exit(run())
