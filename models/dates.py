"""Parsing the date spellings organisers use: 2024-03-05, 2024/3/5, 2024年3月5日, 05/03/2024."""

from __future__ import annotations

import datetime as dt
import re

from models.errors import ValidationError

_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(text: object, day_first: bool = False, field: str = "date") -> str:
    """Return an ISO date string, "" for blank; raise ValidationError("bad_date") otherwise."""
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
    if m := _YMD.match(s) or _COMPACT.match(s):
        y, mo, d = (int(g) for g in m.groups())
    elif m := _DMY.match(s):
        a, b, y = (int(g) for g in m.groups())
        d, mo = (a, b) if day_first else (b, a)
    else:
        raise ValidationError("bad_date", field, s)
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        raise ValidationError("bad_date", field, s) from None
