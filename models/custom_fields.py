"""Custom member fields: what a value of each kind may be, and a kind guessed from a column's values.

Values are stored as text in one canonical spelling per kind, so a filter "field = value" is an
equality in SQL: dates ISO, numbers without thousands separators or trailing zeros, choices spelled
as the field lists them.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from models.dates import parse_date
from models.errors import ValidationError

# The kinds of models/import_schema.py, repeated so these rules load without SQLAlchemy (the members
# view filters through them before the first paint).
FIELD_KINDS = ("text", "number", "date", "choice")
MAX_CHOICES = 12  # more distinct values than this read as free text, not a pick list
MAX_CHOICE_LENGTH = 20  # "S", "素食", "Gluten free"; longer answers are sentences
MAX_NAME_LENGTH = 200  # the column's size in models/import_schema.py
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")  # 1,234,567.5 as spreadsheets write it
_CHOICE_SPLIT = re.compile(r"\s*[;；]\s*")


def split_choices(choices: str) -> list[str]:
    """The choices of a field as stored ("S; M; L"), blanks and repeats dropped."""
    out: list[str] = []
    for c in _CHOICE_SPLIT.split(choices or ""):
        c = c.strip()
        if c and c.casefold() not in (x.casefold() for x in out):
            out.append(c)
    return out


def join_choices(choices: list[str]) -> str:
    return "; ".join(split_choices("; ".join(choices)))


def clean_number(text: str, field: str = "number") -> str:
    """The number in one spelling ("12.50" → "12.5", "1,200" → "1200", "１２" → "12")."""
    s = unicodedata.normalize("NFKC", text).strip().replace(" ", "")
    if _GROUPED.match(s):
        s = s.replace(",", "")
    if not _NUMBER.match(s):
        raise ValidationError("bad_number", field, text)
    try:
        d = Decimal(s)
    except InvalidOperation:  # the pattern makes this unreachable; kept so no traceback is possible
        raise ValidationError("bad_number", field, text) from None
    out = format(d.normalize(), "f")
    return "0" if out in ("-0", "+0") else out


def clean_choice(text: str, choices: str, field: str = "choice") -> str:
    """The choice as the field spells it; matching ignores case and full-width letters."""
    key = unicodedata.normalize("NFKC", text).strip().casefold()
    for c in split_choices(choices):
        if unicodedata.normalize("NFKC", c).casefold() == key:
            return c
    raise ValidationError("not_a_choice", field, text.strip())


def clean_value(kind: str, text: object, choices: str = "", field: str = "", day_first: bool = False) -> str:
    """The stored text of a value of this kind ("" for blank); ValidationError when it is not one."""
    s = "" if text is None else str(text).strip()
    if not s:
        return ""
    name = field or kind
    if kind == "text":
        return s
    if kind == "number":
        return clean_number(s, name)
    if kind == "date":
        return parse_date(s, day_first, name)
    if kind == "choice":
        return clean_choice(s, choices, name)
    raise ValidationError("unknown_field_kind", name, kind)


def clean_field(name: str, kind: str, choices: str = "") -> tuple[str, str, str]:
    """A field's name, kind and choices as stored; refuses a blank name or an unknown kind."""
    name = " ".join(str(name).split())
    if not name:
        raise ValidationError("field_name_required", "name", "")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError("field_name_too_long", "name", name[:40])
    if kind not in FIELD_KINDS:
        raise ValidationError("unknown_field_kind", name, kind)
    listed = join_choices([choices]) if kind == "choice" else ""
    if kind == "choice" and not listed:
        raise ValidationError("choices_required", name, "")
    return name, kind, listed


def _is(kind: str, value: str) -> bool:
    try:
        clean_value(kind, value)
    except ValidationError:
        return False
    return True


def guess_kind(values: list[str], min_rows_for_choice: int = 5) -> str:
    """The kind a column's sample values suggest: all dates → date, all numbers → number, a few short
    values repeated over many rows → choice, else text. Blank cells say nothing."""
    filled = [str(v).strip() for v in values if v is not None and str(v).strip()]
    if not filled:
        return "text"
    if all(_is("number", v) for v in filled):  # before dates: 20240305 could be either, a count is likelier
        return "number"
    if all(_is("date", v) for v in filled):
        return "date"
    distinct = {v.casefold() for v in filled}
    if (
        len(distinct) <= MAX_CHOICES
        and len(filled) >= min_rows_for_choice
        and len(distinct) < len(filled)
        and all(len(v) <= MAX_CHOICE_LENGTH for v in filled)
    ):
        return "choice"
    return "text"


def choices_from(values: list[str]) -> str:
    """A choice field's list from a column's values, in the order they first appear."""
    return join_choices([str(v) for v in values if v is not None and str(v).strip()])
