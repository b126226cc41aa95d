"""The rotation: all from the last day, one a day for two weeks, one a week for three months, one a
month after; the cap drops the oldest; the newest copy always stays."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.core.backups.rotation import Kept, to_keep

NOW = dt.datetime(2026, 12, 4, 20, 0)


def kept(hours_ago: float, size: int = 10, n: int = 0) -> Kept:
    at = NOW - dt.timedelta(hours=hours_ago)
    return Kept(f"{at:%Y%m%d-%H%M%S}-{hours_ago}-{n}", at, size)


def test_a_year_of_hourly_copies_thins_out_by_age():
    history = [kept(h) for h in range(0, 24 * 365)]
    names = to_keep(history, NOW)
    ages = sorted(NOW - b.taken_at for b in history if b.name in names)
    last_day = [a for a in ages if a < dt.timedelta(days=1)]
    assert len(last_day) == 24
    days = {(NOW - a).date() for a in ages if dt.timedelta(days=1) <= a < dt.timedelta(days=14)}
    assert len([a for a in ages if dt.timedelta(days=1) <= a < dt.timedelta(days=14)]) == len(days)
    assert 13 <= len(days) <= 14
    assert len(names) < 24 + 14 + 14 + 12  # a year kept in well under a hundred copies


@given(st.lists(st.floats(min_value=0, max_value=24 * 800), min_size=1, max_size=60),
       st.one_of(st.none(), st.integers(min_value=0, max_value=500)))  # fmt: skip
def test_the_newest_always_stays_and_the_cap_holds(hours, cap):
    history = [kept(h, n=i) for i, h in enumerate(hours)]
    names = to_keep(history, NOW, cap)
    newest = min(history, key=lambda b: NOW - b.taken_at)
    assert any(b.taken_at == newest.taken_at and b.name in names for b in history)
    if cap is not None and len(names) > 1:
        assert sum(b.size for b in history if b.name in names) <= cap
    recent = {b.name for b in history if NOW - b.taken_at < dt.timedelta(days=1)}
    if cap is None:
        assert recent <= names
