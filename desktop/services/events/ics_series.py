"""A series as iCalendar writes it: one master VEVENT with the series' rule (RRULE) and the dates that
do not happen (EXDATE), and a RECURRENCE-ID override for each date that moved, changed or has guests.

The master's time is the series' usual one: the most common start time and length among the dates
that were not moved.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from icalendar import Event

from models.errors import ValidationError
from models.event_times import zone
from models.recurrence import Rule, rule_dates

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class EventRow:
    id: int
    uuid: str
    title: str
    kind: str
    start: dt.datetime  # aware, in the event's zone
    end: dt.datetime
    tz: str
    venue: str
    address: str
    online_link: str
    description: str
    series_id: int | None
    series_on: str
    community_id: int

    def details(self) -> tuple:
        return self.title, self.kind, self.venue, self.address, self.online_link, self.description


@dataclass(frozen=True)
class Series:
    uuid: str
    freq: str
    interval: int
    first_on: str
    until_on: str
    count: int
    event_ids: set[int]

    def rule(self) -> Rule:
        until = dt.date.fromisoformat(self.until_on) if self.until_on else None
        return Rule(self.freq, dt.date.fromisoformat(self.first_on), self.interval, until, self.count)


def rrule(rule: Rule, until_at: dt.datetime | None) -> dict:
    out: dict = {"FREQ": "WEEKLY" if rule.freq == "weekly" else "MONTHLY"}
    if rule.interval > 1:
        out["INTERVAL"] = rule.interval
    if rule.freq == "monthly_date":
        out["BYMONTHDAY"] = rule.first_on.day
    elif rule.freq == "monthly_weekday":
        nth = (rule.first_on.day - 1) // 7 + 1
        out["BYDAY"] = f"{nth if nth < 5 else -1}{_WEEKDAYS[rule.first_on.weekday()]}"
    if until_at is not None:
        out["UNTIL"] = until_at.astimezone(dt.UTC)  # RFC 5545: UTC when DTSTART has a TZID
    elif rule.count:
        out["COUNT"] = rule.count
    return out


def series_vevents(
    series: Series, rows: list[EventRow], vevent: Callable, attendees: Callable
) -> list[Event] | None:
    """The master and its overrides, or None when the series has no rule to write (a set of imported
    dates, or a date outside its rule): then its dates are written one by one."""
    try:
        rule = series.rule()
        dates = rule_dates(rule)
    except (ValidationError, ValueError):
        return None
    by_date = {r.series_on: r for r in rows}
    if len(by_date) != len(rows) or not set(by_date) <= {d.isoformat() for d in dates}:
        return None
    tz = zone(rows[0].tz)
    unmoved = [r for r in rows if r.start.date().isoformat() == r.series_on] or rows
    usual_time, usual_length = Counter((r.start.time(), r.end - r.start) for r in unmoved).most_common(1)[0][
        0
    ]
    typical = next(r for r in unmoved if (r.start.time(), r.end - r.start) == (usual_time, usual_length))

    def at(day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, usual_time, tzinfo=tz)

    uid = f"{series.uuid}@beehive"
    first = at(rule.first_on)
    master = vevent(typical, uid, details=typical)
    for name in ("dtstart", "dtend"):
        master.pop(name)
    master.add("dtstart", first)
    master.add("dtend", first + usual_length)
    master.add("rrule", rrule(rule, at(rule.until_on) if rule.until_on else None))
    missing = [at(d) for d in dates if d.isoformat() not in by_date]
    if missing:
        master.add("exdate", missing)
    out = [master]
    for day in dates:
        row = by_date.get(day.isoformat())
        if row is None:
            continue
        moved = row.start != at(day) or row.end - row.start != usual_length
        guests = attendees(row.id)
        if moved or row.details() != typical.details() or guests:
            override = vevent(row, uid)
            override.add("recurrence-id", at(day))
            out.append(override)
    return out
