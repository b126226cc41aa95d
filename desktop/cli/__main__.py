"""`python -m desktop.cli`: the same entry point as `beehive`."""

import sys

from desktop.__main__ import run

sys.exit(run())
