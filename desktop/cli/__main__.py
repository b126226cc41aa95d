"""`python -m desktop.cli`: the same entry point as `beehive`."""

import sys

from desktop.cli.main import main

sys.exit(main())
