"""Issue 13: the CSV and XLSX writers never fail on what an old workspace stored, and agree.

A control character (NUL and the other C0, DEL; U+FFFF) is written as its picture in both (openpyxl
raised IllegalCharacterError on it), a line break as LF; a formula-like value keeps its guard ' in CSV and is a plain
string cell in XLSX, read back by openpyxl as exactly "=1+1", data type 's'.
"""

from __future__ import annotations

import contextlib
import csv
import io
import sqlite3

import openpyxl
import pytest

from desktop.services.members.export import export_members
from desktop.services.members.import_apply import apply_import
from desktop.services.members.import_plan import plan_import
from desktop.services.transfer.header_row import unguard
from desktop.services.transfer.tabular import write_table

VALUES = ["=1+1", "+86 138 0013 8000", "-1", "@SUM(A1)", "a\x00b", "\x1b[31m red", "del\x7f", "x\uffff",
          "tab\there", "line\nbreak", "cr\rhere", "plain"]  # fmt: skip
PICTURES = {
    "a\x00b": "a\u2400b",
    "\x1b[31m red": "\u241b[31m red",
    "del\x7f": "del\u2421",
    "x\uffff": "x",
    "cr\rhere": "cr\nhere",
}  # a lone CR as LF: XML reads a CR as LF anyway
HEADERS = [f"h{i}" for i in range(len(VALUES) - 1)] + ["bad\x00header"]


def _xlsx_row(path) -> list:
    ws = openpyxl.load_workbook(path).active
    header, row = list(ws.iter_rows(min_row=1, max_row=2))
    return [c.value for c in header], row


def _csv_rows(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_xlsx_holds_formula_like_values_as_plain_strings_and_control_characters_as_pictures(tmp_path):
    path = tmp_path / "t.xlsx"
    write_table(path, HEADERS, [VALUES], "sheet")
    header, row = _xlsx_row(path)
    assert header[-1] == "bad\u2400header"
    by_value = dict(zip(VALUES, row, strict=True))
    formula = by_value["=1+1"]
    assert formula.value == "=1+1" and formula.data_type == "s"  # no ' shown, never evaluated
    assert by_value["@SUM(A1)"].value == "@SUM(A1)" and by_value["-1"].value == "-1"
    for stored, cell in by_value.items():
        assert cell.value == PICTURES.get(stored, stored) and cell.data_type == "s", stored


def test_csv_keeps_the_guard_and_writes_the_same_pictures_as_xlsx(tmp_path):
    write_table(tmp_path / "t.csv", HEADERS, [VALUES], "sheet")
    write_table(tmp_path / "t.xlsx", HEADERS, [VALUES], "sheet")
    header, row = _csv_rows(tmp_path / "t.csv")
    assert row[:4] == ["'=1+1", "'+86 138 0013 8000", "'-1", "'@SUM(A1)"]  # guarded for spreadsheets
    xlsx_header, xlsx_row = _xlsx_row(tmp_path / "t.xlsx")
    assert header == xlsx_header
    assert unguard(row) == [c.value for c in xlsx_row]  # the same text, only the guard differs


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_member_stored_with_control_characters_exports_and_imports_back(services, community_id, tmp_path,
                                                                          suffix):  # fmt: skip
    source = tmp_path / "in.csv"
    source.write_text("name,notes\nAnn Lee,fine\n", encoding="utf-8")
    apply_import(services.db, plan_import(services.db, community_id, source))
    with contextlib.closing(sqlite3.connect(services.db.path)) as c, c:
        c.execute(
            "UPDATE member SET name = ?, notes = ?", ("Ann\x00Lee", "bell\x07 =1+1")
        )  # an old version's
    out = tmp_path / f"members{suffix}"
    assert export_members(services.db, community_id, out) == 1
    plan = plan_import(services.db, community_id, out)
    assert plan.rejected == []
    (target,) = plan.targets
    assert target.values["name"] == "Ann\u2400Lee" and target.values["notes"] == "bell\u2407 =1+1"
