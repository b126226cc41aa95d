"""Event times: wall-clock time in the event's IANA zone <-> stored UTC strings."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from models.errors import ValidationError

UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


# The years a date may fall in: past the oldest member's birth and any plan ahead. Outside them a
# date is a typo or a placeholder (9999-12-31, 0001-01-01) that would break zone arithmetic.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def check_year(year: int, field: str, text: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError("date_out_of_range", field, str(text)[:80])


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: "Asia" is a folder of zones, not one
        raise ValidationError("bad_zone", "tz", name) from None


def to_utc(local: dt.datetime, tz: str) -> str:
    """A naive wall-clock time in `tz` (or an aware one) as the stored UTC string."""
    aware = local if local.tzinfo else local.replace(tzinfo=zone(tz))
    return aware.astimezone(dt.UTC).strftime(UTC_FORMAT)


def to_local(stored: str, tz: str) -> dt.datetime:
    """The stored UTC string as an aware datetime in the event's zone."""
    return dt.datetime.strptime(stored, UTC_FORMAT).replace(tzinfo=dt.UTC).astimezone(zone(tz))


def stored_utc(moment: dt.datetime) -> str:
    """An aware datetime as the stored UTC string."""
    return moment.astimezone(dt.UTC).strftime(UTC_FORMAT)


def now_utc() -> str:
    return stored_utc(dt.datetime.now(dt.UTC))


def parse_local(text: str, field: str = "start") -> dt.datetime:
    """'2026-11-28 19:00', '2026/11/28 19:00', ISO with or without a zone offset."""
    s = str(text).strip().replace("/", "-").replace("T", " ")
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    try:
        moment = dt.datetime.fromisoformat(s)
    except ValueError:
        raise ValidationError("bad_datetime", field, str(text)) from None
    check_year(moment.year, field, text)
    return moment


def check_span(start_utc: str, end_utc: str) -> None:
    if end_utc <= start_utc:
        raise ValidationError("event_end_before_start", "end", end_utc)


def in_dst_gap(local: dt.datetime, tz: dt.tzinfo | str) -> bool:
    """Whether a naive wall-clock time does not exist in `tz` (skipped when the clocks go forward).

    zoneinfo silently maps such a time to one an hour off; a round trip through UTC shows it. A time
    in the repeated hour when clocks go back exists (twice): fold=0, the first, is what we store."""
    info = zone(tz) if isinstance(tz, str) else tz
    try:
        back = local.replace(tzinfo=info).astimezone(dt.UTC).astimezone(info)
    except OverflowError:  # year 1 or 9999 at the edge of what datetime holds: no clocks changed there
        return False
    return back.replace(tzinfo=None) != local
