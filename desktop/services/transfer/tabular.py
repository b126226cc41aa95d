"""Reading tables for every import kind: text files (encoding and delimiter decided), workbooks
(spreadsheets.py: .xlsx .xls .ods, every sheet), the header row found under title rows (header_row.py),
headers matched by meaning (header_names.py); and writing CSV/XLSX.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from desktop.services.transfer.header_names import header_key, header_keys
from desktop.services.transfer.header_row import GUARDED, HeaderScore, Table, build_table
from desktop.services.transfer.limits import LONG_FIELD_MAX, exportable
from desktop.services.transfer.text_encoding import read_text_file
from models.errors import ValidationError

NEUTRALISED = GUARDED  # a cell starting with one of these is guarded with ' (the import removes it)


def sniff_delimiter(first_line: str) -> str:
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


_SEP_LINE = re.compile(r"^sep=(.)\s*$")  # Excel's hint line: sep=; (the rest uses that delimiter)


def read_csv(path: Path, encoding: str | None = None, header_score: HeaderScore | None = None) -> Table:
    text, encoding = read_text_file(path, encoding)  # a binary file is refused there (implausible)
    first, _, rest = text.partition("\n")
    offset = 0
    if sep := _SEP_LINE.match(first.strip("\r")):
        delimiter, offset = sep.group(1), 1
        text, first = rest, rest.split("\n", 1)[0]
    else:
        delimiter = sniff_delimiter(first)
    csv.field_size_limit(LONG_FIELD_MAX + 1)  # a note may be 1 MB; past it the file is refused (broken_row)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    guarded = GUARDED
    try:
        for cells in reader:
            if any(cells) and any(c.strip() for c in cells):
                # header_row.unguard inlined: this loop runs once per cell of a 100k-row file
                rows.append(
                    (reader.line_num + offset, [c[1:] if c[:1] == "'" and c[1:2] in guarded else c for c in cells])
                )
    except csv.Error as exc:  # a cell past the 1 MB limit, a stray quote at the end of the file
        raise ValidationError("broken_row", "line", str(reader.line_num + offset)) from exc
    if not rows:
        raise ValidationError("empty_file", "file", str(path))
    return build_table(rows, header_score, encoding=encoding, delimiter=delimiter)


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv", "")


def read_sheets(path: Path, encoding: str | None = None, header_score: HeaderScore | None = None) -> list[Table]:
    """Every table in the file: one per worksheet of a workbook (python-calamine, .xls too), one for a text,
    contacts (.vcf) or calendar (.ics) file."""
    suffix = Path(path).suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        from desktop.services.transfer.spreadsheets import read_workbook

        return read_workbook(path, header_score)
    if suffix == ".vcf":
        from desktop.services.transfer.vcard_read import read_vcards

        return [read_vcards(path, encoding)]
    if suffix == ".ics":
        from desktop.services.transfer.ics_read import read_ics

        return [read_ics(path)]
    if suffix in TEXT_SUFFIXES:
        return [read_csv(path, encoding, header_score)]
    raise ValidationError("unknown_format", "file", suffix)


def pick_sheet(tables: list[Table], sheet: str | None = None) -> Table:
    """The named sheet, else the first whose header row was recognised (a cover sheet is passed over)."""
    if sheet:
        found = next((t for t in tables if t.sheet == sheet), None)
        if found is None:
            raise ValidationError("no_such_sheet", "sheet", sheet)
        return found
    return next((t for t in tables if t.header_score > 0 and t.rows), tables[0])


def read_table(
    path: Path, encoding: str | None = None, sheet: str | None = None, header_score: HeaderScore | None = None
) -> Table:
    return pick_sheet(read_sheets(path, encoding, header_score), sheet)


def match_headers(
    headers: list[str], synonyms: dict[str, tuple[str, ...]], repeatable: tuple[str, ...] = ()
) -> tuple[dict[int, str], list[str]]:
    """Column index → field for known headers (first wins), and the unknown header names. A field in
    `repeatable` (a second phone or email column) maps again as "field+index"."""
    lookup = {header_key(s): f for f, names in synonyms.items() for s in (f, *names)}
    mapping: dict[int, str] = {}
    unknown = []
    for i, h in enumerate(headers):
        f = next((lookup[k] for k in header_keys(h) if k in lookup), None)
        if f and f in mapping.values():
            f = f"{f}+{i}" if f in repeatable else None
        if f:
            mapping[i] = f
        elif h:
            unknown.append(h)
    return mapping, unknown


def neutralise(value: str) -> str:
    """A spreadsheet must not run a cell as a formula: prefix ' (the import removes it again)."""
    value = exportable(value)  # a control character an older version stored: its picture (NUL → ␀)
    return "'" + value if value and value[0] in NEUTRALISED else value


def write_table(path: Path, headers: list[str], rows: list[list[str]], sheet: str, dates: tuple[str, ...] = ()) -> int:
    """CSV in UTF-8 with BOM (opens cleanly in Excel and WPS; formula-like cells guarded with ') or XLSX
    (every cell typed: the `dates` columns as dates, the rest as text, so no guard is needed and "=1+1"
    reads back as exactly that), by the file's extension. In both a control character is written as its
    picture and a line break as LF (transfer.limits.exportable: NUL → ␀), which XLSX could not hold and
    the import would refuse."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([exportable(str(h)) for h in headers])
            writer.writerows([neutralise(str(c)) for c in r] for r in rows)
    elif suffix == ".xlsx":
        _write_xlsx(path, headers, rows, sheet, dates)
    else:
        raise ValidationError("unknown_format", "file", suffix)
    return len(rows)


def _write_xlsx(path: Path, headers: list[str], rows: list[list[str]], sheet: str, dates: tuple[str, ...]) -> None:
    import datetime as dt

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.append([exportable(str(h)) for h in headers])
    date_columns = {i for i, h in enumerate(headers) if h in dates}

    def cell(i: int, value) -> WriteOnlyCell:
        text = exportable(str(value))
        if i in date_columns and text:
            try:
                c = WriteOnlyCell(ws, value=dt.date.fromisoformat(text))
                c.number_format = "yyyy-mm-dd"
                return c
            except ValueError:
                pass
        c = WriteOnlyCell(ws, value=text)
        c.data_type = "s"  # text even when it starts with = (openpyxl would write a formula)
        c.number_format = "@"  # and stays text when edited: a phone typed over keeps its leading +
        return c

    for r in rows:
        ws.append([cell(i, v) for i, v in enumerate(r)])
    wb.save(path)
