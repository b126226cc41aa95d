"""Writing a fuzzed table into each container an import reads: CSV in several encodings (with and
without a BOM, other delimiters, Excel's sep= line), XLSX (written here by hand, so cells may hold what
openpyxl refuses to write: control characters as OOXML's _xHHHH_ escapes), vCard and ICS; and files
that are no container at all (random bytes, a workbook cut short)."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

CSV_FLAVOURS = ("utf-8", "utf-8-sig", "gb18030", "utf-16", "cp1252", "semicolon", "tab", "sep-line")
CONTAINERS = {
    kind: ("csv", "xlsx", "csv", "xlsx") + (("vcf", "vcf") if kind == "members" else ())
    + (("ics", "ics") if kind == "events" else ()) + ("junk",)
    for kind in ("members", "units", "memberships", "roles", "connections", "events", "attendance", "outputs",
                 "activity")
}  # fmt: skip


def write_csv(path: Path, rows: list[list[str]], flavour: str) -> Path:
    delimiter = {"semicolon": ";", "tab": "\t", "sep-line": ";"}.get(flavour, ",")
    buf = io.StringIO(newline="")
    if flavour == "sep-line":
        buf.write("sep=;\r\n")
    csv.writer(buf, delimiter=delimiter).writerows(rows)
    encoding = flavour if flavour in ("utf-8", "utf-8-sig", "gb18030", "utf-16", "cp1252") else "utf-8"
    path.write_bytes(buf.getvalue().encode(encoding, errors="replace"))
    return path


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NUMBER = re.compile(r"-?\d{1,15}(\.\d+)?")


def _xml_text(value: str) -> str:
    return escape(_CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", value))


def _cell(ref: str, value: str) -> str:
    if _NUMBER.fullmatch(value):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_xml_text(value)}</t></is></c>'


def _column(n: int) -> str:
    name = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        name = chr(65 + r) + name
    return name


def write_xlsx(path: Path, rows: list[list[str]], cut: bool = False) -> Path:
    sheet = "".join(
        f'<row r="{i + 1}">' + "".join(_cell(f"{_column(j)}{i + 1}", v) for j, v in enumerate(r)) + "</row>"
        for i, r in enumerate(rows)
    )
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    pkg = "http://schemas.openxmlformats.org/package/2006"
    doc = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts = {
        "[Content_Types].xml": f'<Types xmlns="{pkg}/content-types"><Default Extension="rels" '
        f'ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        f'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{pkg}/relationships"><Relationship Id="rId1" '
        f'Type="{doc}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook {ns} {rel}><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/>'
        "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{pkg}/relationships"><Relationship Id="rId1" '
        f'Type="{doc}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f"<worksheet {ns}><sheetData>{sheet}</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + text)
    if cut:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _vtext(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def write_vcf(path: Path, rows: list[list[str]], raw: bool) -> Path:
    """One card per row under the header's names (raw: values unescaped, as a careless exporter writes)."""
    props = {"name": "FN", "phone": "TEL;TYPE=CELL", "email": "EMAIL", "notes": "NOTE", "joined": "BDAY",
             "wechat": "X-WECHAT", "tags": "CATEGORIES", "organisation": "ORG", "city": "ADR", "uuid": "UID",
             "nickname": "NICKNAME", "qq": "X-QQ", "country": "NOTE;CHARSET=big5;ENCODING=QUOTED-PRINTABLE"}  # fmt: skip
    headers, *body = rows
    out = []
    for row in body:
        out += ["BEGIN:VCARD", "VERSION:3.0"]
        for h, v in zip(headers, row, strict=False):
            if h in props:
                out.append(f"{props[h]}:{v if raw else _vtext(v)}")
        out.append("END:VCARD")
    path.write_bytes("\r\n".join(out).encode("utf-8", errors="replace"))
    return path


def write_ics(path: Path, rows: list[list[str]], raw: bool) -> Path:
    """One VEVENT per row; start/end as given (a TZID from the tz column), a rule from the series column."""
    headers, *body = rows
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fuzz//EN"]
    for n, row in enumerate(body):
        cells = dict(zip(headers, row, strict=False))
        out += ["BEGIN:VEVENT", f"UID:fuzz-{n}"]
        tz = cells.get("tz", "")
        for column, prop in (("start", "DTSTART"), ("end", "DTEND")):
            if column in cells:
                value = re.sub(r"[-: ]", "", cells[column]) if not raw else cells[column]
                out.append(f"{prop};TZID={tz}:{value}" if tz else f"{prop}:{value}")
        for column, prop in (("title", "SUMMARY"), ("venue", "LOCATION"), ("description", "DESCRIPTION")):
            if column in cells:
                out.append(f"{prop}:{cells[column] if raw else _vtext(cells[column])}")
        if cells.get("series"):
            out.append(f"RRULE:{cells['series']}" if raw else "RRULE:FREQ=WEEKLY;COUNT=" + cells["series"][:6])
        out.append("END:VEVENT")
    out.append("END:VCALENDAR")
    path.write_bytes("\r\n".join(out).encode("utf-8", errors="replace"))
    return path
