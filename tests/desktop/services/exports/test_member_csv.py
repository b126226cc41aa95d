"""Members CSV and XLSX as spreadsheets read them: no visible guard on phones, typed XLSX cells."""

from __future__ import annotations

import csv
import datetime as dt
import io

from openpyxl import load_workbook

from desktop.services.communities import Communities
from desktop.services.core.database import Database
from desktop.services.members.export import csv_phone, export_members, member_table
from desktop.services.members.import_apply import apply_import
from desktop.services.members.import_plan import plan_import
from desktop.services.transfer.tabular import neutralise
from models.phones import international


def _rows(path):
    return {r["name"]: r for r in csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""))}


def test_phone_spellings_start_with_no_formula_character():
    assert international("+8613800138000") == "+86 138 0013 8000"
    assert csv_phone("+8613800138000") == "(+86) 138 0013 8000"
    assert csv_phone("+14155550132") == "(+1) 415-555-0132"
    assert csv_phone("+442079460958") == "(+44) 20 7946 0958"
    assert csv_phone("+447700900123") == "(+44) 7700 900123"  # Ofcom's drama range, no grouping known
    assert neutralise("+ceremony") == "'+ceremony" and neutralise("Tom") == "Tom"


def test_csv_guards_formulas_but_not_phones(members, tmp_path):
    db, cid = members
    out = tmp_path / "out.csv"
    export_members(db, cid, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = _rows(out)
    assert rows["张三"]["phone"] == "(+86) 138 0013 8000"
    assert rows["欧阳娜娜"]["phone"] == "(+86) 10 6552 9988; (+86) 139 1234 5678"
    assert rows["Alice O'Brien"]["phone"] == "(+1) 415-555-0132"
    assert rows["Alice O'Brien"]["tags"] == "'=HYPERLINK" and rows["Alice O'Brien"]["notes"] == "'@SUM(A1)"
    assert rows["Tom Smith"]["tags"] == "'-1" and rows["Tom Smith"]["notes"] == "'+ceremony"
    assert rows["张三"]["notes"] == "喜欢, 历史;\n也爱跑步" and rows["张三"]["joined"] == "2024-03-19"
    assert not any(v.startswith("'") for r in rows.values() for k, v in r.items() if k == "phone")


def _round_trip(src_db, cid, path):
    export_members(src_db, cid, path)
    dst = Database(path.parent / f"dst{path.suffix}.beehive")
    did = Communities(dst).ensure("").id
    plan = plan_import(dst, did, path)
    assert plan.rejected == []
    apply_import(dst, plan)
    try:
        return member_table(dst, did)
    finally:
        dst.close()


def test_csv_and_xlsx_read_back_to_the_same_e164_phones(members, tmp_path):
    db, cid = members
    before = member_table(db, cid)
    phones = {r[1]: r[5] for r in before}
    assert phones["张三"] == "+8613800138000" and phones["Tom Smith"] == "+442079460958"
    for suffix in (".csv", ".xlsx"):
        assert _round_trip(db, cid, tmp_path / f"m{suffix}") == before, suffix


def test_xlsx_cells_are_typed_without_guards(members, tmp_path):
    db, cid = members
    out = tmp_path / "out.xlsx"
    export_members(db, cid, out)
    ws = load_workbook(out).active
    headers = [c.value for c in ws[1]]
    rows = {r[headers.index("name")].value: {h: c for h, c in zip(headers, r, strict=False)}
            for r in ws.iter_rows(min_row=2)}  # fmt: skip
    zs = rows["张三"]
    assert zs["phone"].value == "+86 138 0013 8000" and zs["phone"].data_type == "s"
    assert zs["phone"].number_format == "@"
    assert zs["joined"].value == dt.datetime(2024, 3, 19) and zs["joined"].is_date
    alice = rows["Alice O'Brien"]
    assert alice["tags"].value == "=HYPERLINK" and alice["tags"].data_type == "s"  # text, not a formula
    assert alice["notes"].value == "@SUM(A1)" and rows["Tom Smith"]["tags"].value == "-1"
    assert rows["Tom Smith"]["tags"].data_type == "s"
