"""Workbooks (.xlsx, .xlsm, .xls, .ods) through python-calamine: every sheet, its header found.

calamine reads the legacy .xls as well as .xlsx, quickly and without running anything in the file.
Cells come typed: a date keeps its day, a date-time its time, a phone typed as a number
(13800138000.0) becomes its digits; the text of every cell is what the organiser saw.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.services.transfer.header_row import HeaderScore, Table, build_table, unguard
from desktop.services.transfer.limits import check_workbook_size
from models.errors import ValidationError

CELL_LIMIT = 100_000  # characters; Excel itself stops at 32,767, so a longer cell is a damaged file


def cell_text(value: object) -> str:
    """The cell as the organiser saw it; numbers typed into phone or ID columns keep their digits."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))  # 13800138000.0: a phone or an ID typed into a number cell
        return f"{value:.15g}"  # what Excel shows: 15 significant digits, 0.3 not 0.30000000000000004
    if isinstance(value, dt.datetime):
        if value.second or value.microsecond:
            return f"{value:%Y-%m-%d %H:%M:%S}"
        if value.hour or value.minute:
            return f"{value:%Y-%m-%d %H:%M}"
        return f"{value:%Y-%m-%d}"  # a date cell that calamine hands over as midnight
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return f"{value:%H:%M:%S}" if value.second else f"{value:%H:%M}"
    if isinstance(value, dt.timedelta):  # a duration cell ([h]:mm)
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    return str(value)


def _open(path: Path):
    import python_calamine as pc

    try:
        return pc.CalamineWorkbook.from_path(str(path))
    except pc.PasswordError as exc:
        raise ValidationError("password_protected", "file", Path(path).name) from exc
    except Exception as exc:  # calamine raises several kinds (zip, xml, cfb) for a file that isn't a workbook
        raise ValidationError("damaged_spreadsheet", "file", Path(path).name) from exc


def _sheet_rows(sheet) -> list[tuple[int, list[str]]]:
    first_line = sheet.start[0] + 1 if sheet.start else 1  # calamine skips the empty rows at the top
    rows = []
    for n, raw in enumerate(sheet.iter_rows()):
        line = first_line + n
        cells = []
        for value in raw:
            text = cell_text(value)
            if len(text) > CELL_LIMIT:
                raise ValidationError("cell_too_large", "line", f"{sheet.name}:{line}")
            cells.append(text)
        if any(c.strip() for c in cells):
            rows.append((line, unguard(cells)))
    return rows


def read_workbook(path: Path, header_score: HeaderScore | None = None) -> list[Table]:
    """One Table per worksheet, in the workbook's order (chart sheets have no cells and are left out)."""
    import python_calamine as pc

    suffix = Path(path).suffix.lower().lstrip(".")
    check_workbook_size(path)  # before calamine unpacks a 200 MB cell from a 196 KB file
    book = _open(path)
    tables = []
    try:
        for meta in book.sheets_metadata:
            if meta.typ != pc.SheetTypeEnum.WorkSheet:
                continue
            try:
                sheet = book.get_sheet_by_name(meta.name)
                rows = _sheet_rows(sheet)
            except ValidationError:
                raise
            except Exception as exc:  # a sheet whose XML is cut off
                raise ValidationError("damaged_spreadsheet", "file", f"{Path(path).name}: {meta.name}") from exc
            tables.append(build_table(rows, header_score, encoding=suffix, sheet=meta.name))
    finally:
        book.close()
    if not tables:
        raise ValidationError("empty_file", "file", str(path))
    return tables
