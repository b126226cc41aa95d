"""Calendar files (.ics) as a Table for the events import: one row per date that happens.

icalendar parses (time zones from VTIMEZONE, Outlook's Windows zone names, Google's X-WR-TIMEZONE
through recurring-ical-events) and recurring-ical-events expands a series with its EXDATEs and
RECURRENCE-ID overrides, so Meetup's one-VEVENT-per-date feeds and Google's RRULE exports read the
same. A series keeps its rule when Beehive's rules say the same dates (ics_rules.py), else it is
kept as its set of dates. A rule without an end is read for a year past today.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events
from icalendar.timezone import tzid_from_dt

from desktop.services.transfer.header_row import Table
from desktop.services.transfer.ics_rules import series_rule
from desktop.services.transfer.results import Rejected
from desktop.services.transfer.text_encoding import read_text_file
from models.errors import ValidationError
from models.recurrence import MAX_OCCURRENCES

COLUMNS = ("title", "kind", "start", "end", "tz", "venue", "description", "online_link", "series", "series_on",
           "series_rule")  # fmt: skip
_PARSE_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError,
                 OSError)  # OSError: a TZID of 70,000 characters is a file name too long for zoneinfo
_URL = re.compile(r"^https?://\S+$")
_UTC_NAMES = {"UTC", "Etc/UTC", "GMT", "Etc/GMT", "Z"}
_ONLINE_WORDS = {"online", "online event", "线上", "线上活动", "腾讯会议", "zoom"}


def _zone_name(value: dt.datetime) -> str:
    name = tzid_from_dt(value) or ""
    name = icalendar.timezone.windows_to_olson.WINDOWS_TO_OLSON.get(name, name)
    try:
        ZoneInfo(name)
        return name
    except (ValueError, KeyError, OSError):
        return ""


def _local(value, fallback_tz: str) -> tuple[str, str]:
    """(wall-clock text, zone) of DTSTART/DTEND: a date is its midnight, a floating time keeps the
    file's (or the import's) zone, a time with an odd zone is kept as the same instant in UTC."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time()).isoformat(sep=" "), fallback_tz
    if value.tzinfo is None:
        return value.isoformat(sep=" "), fallback_tz
    name = _zone_name(value)
    if not name or value.utcoffset() == dt.timedelta(0) and name in _UTC_NAMES:
        # Google writes UTC and names the calendar's zone in X-WR-TIMEZONE; without one the import's zone
        if fallback_tz:
            return value.astimezone(ZoneInfo(fallback_tz)).replace(tzinfo=None).isoformat(
                sep=" "
            ), fallback_tz
        return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ") + "Z", ""
    return value.replace(tzinfo=None).isoformat(sep=" "), name


def _text(ev, name: str) -> str:
    value = ev.get(name)
    return str(value).strip() if value is not None and not isinstance(value, list) else ""


def _category(ev) -> str:
    """The event's kind as Beehive wrote it (CATEGORIES: offline, online, the community's own)."""
    value = ev.get("CATEGORIES")
    first = value[0] if isinstance(value, list) and value else value
    return str(first.cats[0]).strip() if first is not None and getattr(first, "cats", None) else ""


def _row(ev, fallback_tz: str, series: str, series_on: str, rule: str, ours: bool) -> list[str]:
    start_value = ev.decoded("DTSTART")
    start, tz = _local(start_value, fallback_tz)
    if "DTEND" in ev:
        end, _ = _local(ev.decoded("DTEND"), fallback_tz)
    elif "DURATION" in ev:
        end, _ = _local(start_value + ev.decoded("DURATION"), fallback_tz)
    else:
        end = ""
    location, link = _text(ev, "LOCATION"), _text(ev, "X-GOOGLE-CONFERENCE")
    if _URL.match(location):
        location, link = "", link or location
    online = bool(link) or location.casefold() in _ONLINE_WORDS
    description = _text(ev, "DESCRIPTION")
    if (url := _text(ev, "URL")) and url not in description:
        description = f"{description}\n{url}".strip()
    kind = (_category(ev) if ours else "") or ("online" if online else "offline")
    return [_text(ev, "SUMMARY"), kind, start, end, tz,
            "" if location.casefold() in _ONLINE_WORDS else location, description, link, series, series_on, rule]  # fmt: skip


def _day(value) -> str:
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


def _series_rows(cal, master, line: int, fallback_tz: str, label: str, rejected: list,
                 ours: bool) -> list[tuple[int, list[str]]]:  # fmt: skip
    """Every date of the master's series, overrides applied, cancelled dates left out."""
    sub = icalendar.Calendar()
    for prop in ("X-WR-TIMEZONE",):
        if prop in cal:
            sub.add(prop, cal[prop])
    uid = master.get("UID")
    for comp in cal.subcomponents:
        if (
            comp.name == "VTIMEZONE"
            or comp is master
            or (uid and comp.name == "VEVENT" and comp.get("UID") == uid)
        ):
            sub.add_component(comp)
    rrule = master.get("RRULE")
    rrule = rrule[0] if isinstance(rrule, list) else rrule
    bounded = rrule is None or "UNTIL" in rrule or "COUNT" in rrule
    horizon = dt.datetime.now(dt.UTC) + dt.timedelta(days=365)
    found = []
    for occ in recurring_ical_events.of(sub).all():
        start = occ.decoded("DTSTART")
        moment = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time())
        moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
        if not bounded and moment > horizon:
            break
        if len(found) >= MAX_OCCURRENCES:
            rejected.append(Rejected(line, "series_too_long", "count", str(MAX_OCCURRENCES)))
            return []
        if _text(occ, "STATUS").upper() == "CANCELLED":
            continue
        found.append(occ)
    days = [_day(o.decoded("RECURRENCE-ID") if "RECURRENCE-ID" in o else o.decoded("DTSTART")) for o in found]
    rule = series_rule(master, rrule, days, bounded)
    return [
        (line, _row(o, fallback_tz, label, day, json.dumps(rule) if rule else "", ours))
        for o, day in zip(found, days, strict=True)
    ]


def read_ics(path: Path, fallback_tz: str = "") -> Table:
    text, _ = read_text_file(path)
    try:
        cal = icalendar.Calendar.from_ical(text)
    except _PARSE_ERRORS as exc:
        raise ValidationError("unreadable_calendar", "file", str(path)) from exc
    if isinstance(cal, list):
        cal = cal[0]
    fallback_tz = _text(cal, "X-WR-TIMEZONE") or fallback_tz
    ours = "Beehive" in _text(cal, "PRODID")  # our own export: CATEGORIES holds the event's kind
    lines = [n for n, raw in enumerate(text.splitlines(), start=1) if raw.strip().upper() == "BEGIN:VEVENT"]
    events = cal.walk("VEVENT")
    masters = {e.get("UID") for e in events if ("RRULE" in e or "RDATE" in e) and "RECURRENCE-ID" not in e}
    masters.discard(None)  # without a UID an event is only itself
    rows: list[tuple[int, list[str]]] = []
    rejected: list[Rejected] = []
    labels: dict[str, str] = {}  # series label → UID: two series of one title get distinct labels
    for n, ev in enumerate(events):
        line = lines[n] if n < len(lines) else 0
        try:
            if ev.get("UID") in masters or ("RRULE" in ev and "RECURRENCE-ID" not in ev):
                if "RECURRENCE-ID" in ev:
                    continue  # read with its master
                label = _text(ev, "SUMMARY") or str(ev.get("UID"))
                while labels.setdefault(label, ev.get("UID")) != ev.get("UID"):
                    label += "′"
                rows += _series_rows(cal, ev, line, fallback_tz, label, rejected, ours)
            elif "DTSTART" not in ev:
                rejected.append(Rejected(line, "bad_datetime", "start", ""))
            elif _text(ev, "STATUS").upper() != "CANCELLED":
                rows.append((line, _row(ev, fallback_tz, "", "", "", ours)))
        except _PARSE_ERRORS:
            rejected.append(Rejected(line, "bad_datetime", "start", _text(ev, "SUMMARY")))
    return Table(
        list(COLUMNS),
        rows,
        encoding="ics",
        header_line=1,
        header_score=len(COLUMNS),
        rejected=rejected,
        internal=("series_on", "series_rule"),
    )
