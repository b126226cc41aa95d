"""How many runs a stress test makes: a bounded number in `make test` (and CI), the full number
under `make stress` (BEEHIVE_STRESS=1)."""

from __future__ import annotations

import os


def full() -> bool:
    return os.environ.get("BEEHIVE_STRESS") == "1"


def runs(bounded: int, stress: int) -> int:
    return stress if full() else bounded
