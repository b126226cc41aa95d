"""Which backups to keep: all from the last day, the newest of each day for two weeks, of each week
for three months, of each month after that; then the oldest dropped while the total is over the cap.

Pure (times and sizes in, names out) so the rule is tested over any history. The newest backup is
always kept, whatever the cap: a cap must never leave a workspace with no copy at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

ALL_FOR = dt.timedelta(days=1)
DAILY_FOR = dt.timedelta(days=14)
WEEKLY_FOR = dt.timedelta(days=91)


@dataclass(frozen=True)
class Kept:
    name: str
    taken_at: dt.datetime
    size: int


def _bucket(backup: Kept, now: dt.datetime) -> tuple:
    taken_at = backup.taken_at
    age = now - taken_at
    if age < ALL_FOR:
        return ("all", backup.name)
    if age < DAILY_FOR:
        return ("day", taken_at.date())
    if age < WEEKLY_FOR:
        return ("week", *taken_at.isocalendar()[:2])
    return ("month", taken_at.year, taken_at.month)


def to_keep(backups: Sequence[Kept], now: dt.datetime, cap_bytes: int | None = None) -> set[str]:
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    kept: list[Kept] = []
    seen: set[tuple] = set()
    for b in newest_first:
        bucket = _bucket(b, now)
        if bucket not in seen:
            seen.add(bucket)
            kept.append(b)
    if cap_bytes is not None:
        total = sum(b.size for b in kept)
        while len(kept) > 1 and total > cap_bytes:
            total -= kept.pop().size  # the oldest
    return {b.name for b in kept}
