"""What an import accepts, in one place (issue 13: no input reaches a traceback).

Each limit refuses a row (line and reason) or the whole file (a coded error), never a traceback, and
a refusal quotes at most the first QUOTE characters of the value, so a 200 MB cell never reaches a
message, a log or the preview. The date range (1900–2200) is a domain rule: models.event_times checks it for
models.dates and parse_local.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from desktop.services.transfer.results import Rejected
from models.errors import ValidationError
from models.event_times import FIRST_YEAR, LAST_YEAR  # noqa: F401 — re-exported: every limit named here

QUOTE = 80  # characters of an offending value a message shows: a line of a terminal or a dialog
# One field: 64 KB of text is ~30 pages; no name, phone, title or tag is near it, so more is a
# damaged or hostile file (and a unit name of 200 MB once grew a workspace to 401 MB).
FIELD_MAX = 64 * 1024
# Long text (notes, a description, a status reason) may hold a pasted chat or a transcript: 1 MB.
LONG_FIELD_MAX = 1024 * 1024
LONG_FIELDS = frozenset(("notes", "note", "description", "status_reason"))
# Cells in a row: the widest real export seen (a 问卷星 survey with every answer a column) has ~300;
# 1,000 leaves room, and a row wider than that is a file of a different kind (or generated junk).
ROW_MAX_CELLS = 1_000
# Whole numbers: counts of messages a day, guests a member brings, a unit's or an event's capacity.
# 1,000,000 is past any community's real figure and far inside SQLite's 64-bit integer.
NUMBER_MAX = 1_000_000
# A workbook is a zip: its parts unpacked must stay near what its size suggests. Real .xlsx files
# unpack to 5–20× (50× for a sheet of repeated words); 200× past 32 MB is a zip bomb (a 196 KB file
# holding a 200 MB cell), and no member list unpacks past 512 MB whatever its size.
UNPACKED_MAX = 512 * 1024 * 1024
UNPACKED_RATIO = 200
UNPACKED_FREE = 32 * 1024 * 1024  # below this, any ratio is fine (a small file of empty rows packs well)
# C0 control characters and DEL: never typed, invisible when shown, and refused by XLSX (an export
# would fail on them). Long text keeps tab, line feed and carriage return (a note's paragraphs).
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LONG_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# What every export writes instead (CSV, XLSX, vCard, .ics): a control character stored by an older
# version becomes its visible picture (NUL → ␀ U+2400, ESC → ␛, DEL → ␡), so no writer fails on it, no
# line structure breaks, and the import reads the file back; a non-character (U+FFFE, U+FFFF: illegal
# in XML, never text) and a BOM inside a value (U+FEFF: files pasted together; icalendar drops it) are
# left out. Tab and line breaks stay data (every break as LF).
_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffe\uffff]")


def _picture(ch: str) -> str:
    code = ord(ch)
    return chr(0x2400 + code) if code < 0x20 else "\u2421" if code == 0x7F else ""


_BREAK = re.compile(r"\r\n?")


def exportable(value: str) -> str:
    """The text every export writes for a stored value: control characters as their pictures (see
    _UNWRITABLE) and each line break (CRLF, a lone CR) as LF, which every format holds the same way
    (an XLSX cell cannot keep a lone CR: XML reads it as LF; Excel's Alt+Enter is LF)."""
    if _UNWRITABLE.search(value):
        value = _UNWRITABLE.sub(lambda m: _picture(m.group()), value)
    return _BREAK.sub("\n", value) if "\r" in value else value


def quote(value: str) -> str:
    """The first QUOTE characters of a value, with … when it went on."""
    value = str(value)
    return value if len(value) <= QUOTE else value[:QUOTE] + "…"


def cell_problem(value: str, field: str) -> ValidationError | None:
    """Why one (stripped) cell is refused, else None; `field` is the import's field or the header."""
    long = field.partition("+")[0] in LONG_FIELDS
    if len(value) > (LONG_FIELD_MAX if long else FIELD_MAX):
        return ValidationError("field_too_long", field, f"{LONG_FIELD_MAX if long else FIELD_MAX:,}")
    if (_LONG_CONTROL if long else _CONTROL).search(value):
        shown = (_LONG_CONTROL if long else _CONTROL).sub(lambda m: f"\\x{ord(m.group()):02x}", quote(value))
        return ValidationError("control_character", field, shown)
    return None


def column_fields(headers: list[str], mapping: dict[int, str]) -> list[str]:
    """Each column's name for the checks: the import's field where known, else the file's header."""
    return [mapping.get(i, h) for i, h in enumerate(headers)]


def row_problem(line: int, cells: list[str], fields: list[str]) -> Rejected | None:
    """The row refused (its first offending cell) or None. `fields` names each cell's column."""
    if len(cells) > ROW_MAX_CELLS:
        return Rejected(line, "row_too_wide", "row", f"{len(cells):,} / {ROW_MAX_CELLS:,}")
    for i, cell in enumerate(cells):
        if cell and (error := cell_problem(cell.strip(), fields[i] if i < len(fields) else "")):
            return Rejected(line, error.code, error.field, error.value)
    return None


def whole_number(text: str, field: str, code: str, most: int = NUMBER_MAX, least: int = 0) -> int:
    """An ASCII whole number in [least, most]. ² or １２ (digits to str.isdigit, not to int) or one
    below `least` refuse the row with `code`; one above `most` (20 digits) with number_too_large."""
    digits = text.strip()
    body = digits[1:] if digits[:1] == "-" else digits
    if not (body.isascii() and body.isdigit()):
        raise ValidationError(code, field, quote(text))
    value = int(digits) if len(body) <= 18 else (-1 if digits[0] == "-" else 1) * 10**18  # int() stops at 4,300
    if value < least:
        raise ValidationError(code, field, quote(text))
    if value > most:
        raise ValidationError("number_too_large", field, f"{most:,}")  # a Rejected keeps no extras
    return value


def check_workbook_size(path: Path) -> None:
    """Refuse a zipped workbook that unpacks far past its size, before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as z:
            unpacked = sum(i.file_size for i in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip (.xls) or a damaged one: the workbook reader says so
    packed = max(1, Path(path).stat().st_size)
    if unpacked > UNPACKED_MAX or unpacked > UNPACKED_FREE and unpacked > UNPACKED_RATIO * packed:
        raise ValidationError("zip_bomb", "file", f"{Path(path).name}: {unpacked // (1024 * 1024)} MB")
