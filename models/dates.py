"""Reading the date and date-time spellings organisers' files hold, never guessing a reading silently.

The platforms write `2024-03-28T10:30:00Z` (Luma), `2024/3/19 19:00` and `2024年3月26日 19:00` (问卷星,
腾讯问卷, Excel in Chinese), `3/28/2024 6:30 PM` (Google Forms, Eventbrite US), `28/03/2024 10:00`
(Eventbrite UK), `Mar 28, 2024 6:30 PM` and `Thursday, March 28, 2024 6:30 PM` (Meetup). Explicit
patterns read those; python-dateutil is asked only afterwards, and only an answer naming a year, a month
and a day is kept (its guesses fill missing parts from today). Called per row on big files: the
patterns are compiled once and the ISO forms are tried first.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import NamedTuple

from models.errors import ValidationError
from models.event_times import check_year, in_dst_gap
from models.event_times import zone as zone_info

_MONTHS = {m: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for m in names}  # fmt: skip
_WEEKDAYS = {d: i for i, names in enumerate(
    (("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "wednesday"), ("thu", "thur", "thurs", "thursday"),
     ("fri", "friday"), ("sat", "saturday"), ("sun", "sunday"))) for d in names}  # fmt: skip

# A time after the date: 19:00, 19:00:00.000, 6:30 PM, 下午7:00, 19点30分, each with an optional zone.
_TIME = (
    r"(?P<pre>上午|下午|中午|晚上|早上)?\s*(?P<h>\d{1,2})"
    r"(?:(?::(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d{1,9})?)?)|(?P<dian>[点時时])(?:(?P<mi2>\d{1,2})分?|(?P<half>半))?)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?"
    # A bare offset only where it cannot be the end of a time range ("9:00-10:00" is no zone -10:00):
    # after seconds, or as RFC 2822's "+0000" after a space; otherwise it needs its UTC/GMT.
    r"\s*(?P<tz>Z|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|(?<=\s)[+-]\d{4}|(?<=:\d\d:\d\d)[+-]\d{2}:?\d{2})?"
)
_AFTER_DATE = rf"(?:(?:(?<=日)\s*|\s*,\s*(?:at\s+)?|\s+(?:at\s+)?|T){_TIME})?\s*$"
_ISO = re.compile(
    r"^(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,]\d{1,9})?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)
_YMD = re.compile(
    rf"^(?P<y>\d{{4}})\s*[-/.年]\s*(?P<mo>\d{{1,2}})\s*[-/.月]\s*(?P<d>\d{{1,2}})(?:\s*日)?{_AFTER_DATE}",
    re.I,
)
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<mo>\d{2})(?P<d>\d{2})$")
_NUMERIC = re.compile(rf"^(?P<a>\d{{1,2}})[-/.](?P<b>\d{{1,2}})[-/.](?P<y>\d{{4}}){_AFTER_DATE}", re.I)
_WD = r"(?:(?P<wd>[A-Za-z]{3,9})\.?,?\s+)?"
_NAMED_MDY = re.compile(
    rf"^{_WD}(?P<mon>[A-Za-z]{{3,9}})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_AFTER_DATE}",
    re.I,
)
_NAMED_DMY = re.compile(
    rf"^{_WD}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?[\s-]+(?P<mon>[A-Za-z]{{3,9}})\.?,?[\s-]+(?P<y>\d{{4}}){_AFTER_DATE}",
    re.I,
)
_OFFSET = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$")
_DATE_THEN_ANY = re.compile(
    r"^(?P<date>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?:\s*日)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})[T\s]"
)
_GUESSABLE = re.compile(r"(?=.*\d{4})(?=.*[A-Za-z]{3})", re.S)  # a year and a word (a month's name)


class _Reading(NamedTuple):
    day: dt.date
    time: dt.time | None  # None: the text names no time
    tz: dt.tzinfo | None  # the offset the text names, None for a wall-clock time


def _parse_date(text: object, day_first: bool = False, field: str = "date") -> str:
    """ISO "YYYY-MM-DD" of any spelling above ("" for blank); a date-time gives the date as written
    (no zone conversion). Ambiguous 05/03/2024 is month first unless day_first; 28/03/2024 is day first
    whatever the flag. Raise ValidationError("bad_date", field, text) for what cannot be read."""
    if text is None:
        return ""
    if isinstance(text, dt.datetime):
        return text.date().isoformat()
    if isinstance(text, dt.date):
        return text.isoformat()
    s = str(text).strip()
    if not s:
        return ""
    if len(s) == 10 and s[4] == "-" and s[7] == "-":  # already ISO: the common case in big files
        try:
            return dt.date.fromisoformat(s).isoformat()
        except ValueError:
            raise ValidationError("bad_date", field, s) from None
    try:
        return _read(s, day_first, "bad_date", field).day.isoformat()
    except ValidationError:
        # Before date-times were read, anything after a clear date was ignored ("2024年3月26日 星期二",
        # "2024/3/19 9:00-10:00"); a date column keeps reading its date.
        if m := _DATE_THEN_ANY.match(s):
            return _read(m["date"], day_first, "bad_date", field).day.isoformat()
        raise


def _parse_datetime(
    text: object, day_first: bool = False, zone: str = "Asia/Shanghai", field: str = "start"
) -> str:
    """The local wall time "YYYY-MM-DD HH:MM" in `zone`, the form event_times.parse_local reads.

    A time with Z or an offset is converted into `zone`. A wall-clock time that does not exist in
    `zone` (the hour skipped when clocks go forward) is refused with "time_in_dst_gap", never shifted;
    the repeated hour when clocks go back is read as its first occurrence. A date without a time is
    returned as "YYYY-MM-DD" alone, so the caller can tell "no time given" from midnight
    (parse_local reads it as midnight; the event finder matches such a value by day). Blank gives "".
    """
    if text is None:
        return ""
    if isinstance(text, dt.datetime):
        r = _Reading(text.date(), text.time().replace(microsecond=0), text.tzinfo)
        s = text.isoformat(" ")
    elif isinstance(text, dt.date):
        return text.isoformat()
    else:
        s = str(text).strip()
        if not s:
            return ""
        r = _read(s, day_first, "bad_datetime", field)
    if r.time is None:
        return r.day.isoformat()
    tz = zone_info(zone)  # ValidationError("bad_zone") for an unknown name
    moment = dt.datetime.combine(r.day, r.time)
    try:
        if r.tz is not None:
            moment = moment.replace(tzinfo=r.tz).astimezone(tz).replace(tzinfo=None)
        elif in_dst_gap(moment, tz):
            raise ValidationError("time_in_dst_gap", field, s)
    except OverflowError:  # 0001-01-01T00:30+08:00 has no local time before year 1
        raise ValidationError("bad_datetime", field, s) from None
    return f"{moment.date().isoformat()} {moment:%H:%M}"  # isoformat: year 999 as 0999, like %Y won't


def _read(written: str, day_first: bool, code: str, field: str) -> _Reading:
    s = written if written.isascii() else unicodedata.normalize("NFKC", written)  # full-width, as IMEs type
    try:
        if m := _ISO.match(s) or _YMD.match(s):
            day = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
        elif m := _COMPACT.match(s):
            return _Reading(dt.date(int(m["y"]), int(m["mo"]), int(m["d"])), None, None)
        elif m := _NUMERIC.match(s):
            a, b = int(m["a"]), int(m["b"])
            # 28/03 can only be day first; 03/28 only month first; 05/03 as the file's convention says
            first_is_day = a > 12 or (day_first and b <= 12)
            day = dt.date(int(m["y"]), b if first_is_day else a, a if first_is_day else b)
        elif m := _NAMED_MDY.match(s) or _NAMED_DMY.match(s):
            month = _MONTHS.get(m["mon"].casefold())
            if month is None:
                raise ValueError(s)
            day = dt.date(int(m["y"]), month, int(m["d"]))
            if m["wd"] and _WEEKDAYS.get(m["wd"].casefold()) != day.weekday():
                raise ValueError(s)  # "Friday, March 28, 2024": one of the two is wrong; don't pick
        else:
            return _guess(s, day_first)
        return _Reading(day, *_time(m))
    except (ValueError, OverflowError):
        raise ValidationError(code, field, written) from None


def _time(m: re.Match) -> tuple[dt.time | None, dt.tzinfo | None]:
    if m["h"] is None:
        return None, None
    groups = m.groupdict()
    if not (m["mi"] or groups.get("dian") or groups.get("ampm")):
        raise ValueError(m["h"])  # a bare number after a date is no time ("2024/3/19 7")
    h = int(m["h"])
    minute = int(groups.get("mi") or groups.get("mi2") or (30 if groups.get("half") else 0))
    second = int(groups.get("s") or 0)
    ampm, pre = (groups.get("ampm") or "").casefold(), groups.get("pre") or ""
    if ampm or pre in ("上午", "早上"):
        if not 1 <= h <= 12:
            raise ValueError(h)
        if ampm.startswith("p"):
            h = h % 12 + 12
        elif ampm.startswith("a") or pre:
            h = h % 12
    elif pre in ("下午", "晚上") and h < 12:
        h += 12
    elif pre == "中午" and 1 <= h <= 10:  # 中午1点 is 13:00; 中午12点 is noon
        h += 12
    return dt.time(h, minute, second), _offset(m["tz"])


def _offset(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    t = text.replace(" ", "").upper()
    if t in ("Z", "UTC", "GMT"):
        return dt.UTC
    m = _OFFSET.match(t)
    if not m:
        raise ValueError(text)
    minutes = int(m[2]) * 60 + int(m[3] or 0)
    if minutes > 18 * 60:
        raise ValueError(text)
    return dt.timezone(dt.timedelta(minutes=-minutes if m[1] == "-" else minutes))


_DEFAULTS = (dt.datetime(2000, 1, 1), dt.datetime(2001, 2, 2, 1, 1))


def _guess(s: str, day_first: bool) -> _Reading:
    """python-dateutil for what the patterns don't know, kept only when the text names the whole date.

    Parsing with two different defaults shows which parts dateutil made up: a part that differs
    between the two answers was not in the text."""
    if not _GUESSABLE.match(s):
        raise ValueError(s)  # "March 5" would get this year; "1 2 2024" is the patterns' to refuse
    import warnings

    from dateutil import parser

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # UnknownTimezoneWarning: a zone name it cannot read
            a, b = (parser.parse(s, dayfirst=day_first, default=d) for d in _DEFAULTS)
    except Exception:  # noqa: BLE001 — whatever the guesser trips over means "not understood"
        raise ValueError(s) from None
    if a.date() != b.date():
        raise ValueError(s)
    if a.utcoffset():
        # The patterns read every offset the platforms write; what reaches dateutil with one is
        # misread by it: "9:00-10:00" (a range) becomes zone -10:00, "GMT+8" becomes UTC-8 (POSIX).
        raise ValueError(s)
    has_time = a.hour == b.hour  # the minutes may be left out ("6 PM"): a's default is :00
    return _Reading(
        a.date(), a.time().replace(microsecond=0) if has_time else None, a.tzinfo if has_time else None
    )


def parse_date(text: object, day_first: bool = False, field: str = "date") -> str:
    """_parse_date, refused with "date_out_of_range" outside 1900–2200 (event_times.FIRST_YEAR…)."""
    day = _parse_date(text, day_first, field)
    if day:
        check_year(int(day[:4]), field, str(text))
    return day


def parse_datetime(
    text: object, day_first: bool = False, zone: str = "Asia/Shanghai", field: str = "start"
) -> str:
    """_parse_datetime, refused with "date_out_of_range" outside 1900–2200."""
    moment = _parse_datetime(text, day_first, zone, field)
    if moment:
        check_year(int(moment[:4]), field, str(text))
    return moment

