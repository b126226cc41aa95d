"""An iCalendar RRULE as one of Beehive's series rules (weekly, monthly by date, monthly by weekday),
only when that rule, with the missing dates as skips, yields exactly the dates the calendar had.
Anything else (several weekdays, yearly, BYSETPOS…) stays a series given by its dates.
"""

from __future__ import annotations

import datetime as dt

from models.errors import ValidationError
from models.recurrence import Rule, occurrences, rule_dates

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_KNOWN = {"FREQ", "INTERVAL", "UNTIL", "COUNT", "BYDAY", "BYMONTHDAY", "WKST"}


def _freq(rrule, first: dt.date) -> str | None:
    if not set(rrule) <= _KNOWN:
        return None
    freq = rrule["FREQ"][0]
    byday = [str(d).upper() for d in rrule.get("BYDAY", [])]
    bymonthday = list(rrule.get("BYMONTHDAY", []))
    weekday = _WEEKDAYS[first.weekday()]
    if freq == "WEEKLY" and not bymonthday and byday in ([], [weekday]):
        return "weekly"
    if freq == "MONTHLY" and not byday and bymonthday in ([], [first.day]):
        return "monthly_date"
    if freq == "MONTHLY" and not bymonthday and len(byday) == 1 and byday[0].endswith(weekday):
        return "monthly_weekday"  # the nth weekday; checked against the calendar's dates below
    return None


def _until(rrule) -> dt.date | None:
    if "UNTIL" not in rrule:
        return None
    until = rrule["UNTIL"][0]
    return until.date() if isinstance(until, dt.datetime) else until


def series_rule(master, rrule, days: list[str], bounded: bool) -> dict | None:
    """{freq, interval, first_on, until_on, count, skipped} or None."""
    if rrule is None or not days:
        return None
    start = master.decoded("DTSTART")
    first = start.date() if isinstance(start, dt.datetime) else start
    freq = _freq(rrule, first)
    if freq is None:
        return None
    interval = int(rrule.get("INTERVAL", [1])[0])
    count = int(rrule["COUNT"][0]) if "COUNT" in rrule else 0
    until = _until(rrule) if bounded else dt.date.fromisoformat(max(days))
    rule = Rule(freq, first, interval, None if count else until, count)
    try:
        wanted = set(days)
        skipped = {d for d in rule_dates(rule) if d.isoformat() not in wanted}
        if {d.isoformat() for d in occurrences(rule, skipped)} != wanted:
            return None
    except ValidationError:
        return None
    return {"freq": freq, "interval": interval, "first_on": first.isoformat(),
            "until_on": until.isoformat() if until and not count else "", "count": count,
            "skipped": "; ".join(sorted(d.isoformat() for d in skipped))}  # fmt: skip
