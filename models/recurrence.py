"""Recurring series: weekly, every N weeks, monthly by date or by weekday, with skipped dates.

A series ends at `until` or after `count` occurrences; skipped dates count as occurrences (as in
RFC 5545 EXDATE), so skipping one date never moves the others.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from models.errors import ValidationError

FREQS = ("weekly", "monthly_date", "monthly_weekday")
MAX_OCCURRENCES = 520  # ten years of weekly meetings


@dataclass(frozen=True)
class Rule:
    freq: str
    first_on: dt.date
    interval: int = 1
    until_on: dt.date | None = None
    count: int = 0

    def check(self) -> None:
        if self.freq not in FREQS:
            raise ValidationError("bad_freq", "freq", self.freq)
        if self.interval < 1:
            raise ValidationError("bad_interval", "interval", str(self.interval))
        if self.until_on is None and self.count <= 0:
            raise ValidationError("series_unbounded", "until", "")


def _month_add(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date | None:
    """The nth (1-based; 5 = last when there is no fifth) weekday of a month."""
    days = [
        d
        for d in calendar.Calendar().itermonthdates(year, month)
        if d.month == month and d.weekday() == weekday
    ]
    if nth >= 5:
        return days[-1]
    return days[nth - 1] if nth <= len(days) else None


def _candidates(rule: Rule):
    first = rule.first_on
    step = 0
    while True:
        if rule.freq == "weekly":
            yield first + dt.timedelta(weeks=step * rule.interval)
        else:
            year, month = _month_add(first, step * rule.interval)
            if rule.freq == "monthly_date":
                if first.day <= calendar.monthrange(year, month)[1]:  # the 31st: only months that have one
                    yield dt.date(year, month, first.day)
            else:
                nth = (first.day - 1) // 7 + 1
                day = _nth_weekday(year, month, first.weekday(), nth)
                if day is not None:
                    yield day
        step += 1


def rule_dates(rule: Rule) -> list[dt.date]:
    """Every date the rule yields (skips included), oldest first."""
    rule.check()
    out: list[dt.date] = []
    for day in _candidates(rule):
        if rule.until_on is not None and day > rule.until_on:
            break
        if rule.count and len(out) >= rule.count:
            break
        if len(out) >= MAX_OCCURRENCES:
            raise ValidationError("series_too_long", "count", str(MAX_OCCURRENCES))
        out.append(day)
    return out


def occurrences(rule: Rule, skipped: set[dt.date] = frozenset()) -> list[dt.date]:
    """The dates that happen; a rule (or skips) leaving none is refused."""
    dates = [d for d in rule_dates(rule) if d not in skipped]
    if not dates:
        raise ValidationError("series_empty", "until", "")
    return dates
