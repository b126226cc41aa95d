"""The hostile folder: real member lists in the encodings and shapes organisers' tools write.

Each file imports with its names exactly as written, or is refused with a reason; never as mojibake.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.services.members.import_plan import plan_import
from desktop.services.transfer.tabular import read_table
from desktop.services.transfer.text_encoding import decode
from models.errors import ValidationError

HOSTILE = Path(__file__).parents[3] / "fixtures" / "hostile"


def names(plan) -> list[str]:
    return [t.values["name"] for t in plan.targets]


@pytest.mark.parametrize(
    "file,encoding,expected",
    [
        ("gb18030.csv", "gb18030", ["张伟", "李娜", "王芳"]),
        ("big5.csv", "big5", ["陳大文", "林志玲", "黃麗華"]),
        ("cp1252.csv", "cp1252", ["José Müller", "Zoë Brontë", "François Lefèvre"]),
        ("utf8_bom.csv", "utf-8-sig", ["张伟", "李娜", "王芳"]),
        ("utf16le.txt", "utf-16", ["张伟", "李娜", "王芳"]),
        ("utf16be.csv", "utf-16", ["José Müller", "Zoë Brontë", "François Lefèvre"]),
        ("sep_semicolon.csv", "utf-8", ["José Müller", "Zoë Brontë", "François Lefèvre"]),
    ],
)
def test_each_encoding_imports_its_names_exactly(services, community_id, file, encoding, expected):
    plan = plan_import(services.db, community_id, HOSTILE / file, region="CN")
    assert (plan.encoding, names(plan), plan.rejected) == (encoding, expected, [])


def test_the_sep_line_is_not_a_header_and_line_numbers_count_it():
    table = read_table(HOSTILE / "sep_semicolon.csv")
    assert table.headers[0] == "Name" and table.rows[0][0] == 3


def test_the_rows_country_decides_how_its_phone_is_read(services, community_id):
    plan = plan_import(services.db, community_id, HOSTILE / "mixed_countries.csv", region="CN")
    phones = {t.values["name"]: dict(t.identities)["phone"] for t in plan.targets}
    assert phones == {"张伟": "+8613800138000", "Amy Chen": "+14155550132",
                      "Oliver Smith": "+447911123456", "Li Ming": "+8613912345678"}  # fmt: skip


def test_a_us_number_without_a_country_is_refused_not_stored_as_chinese(services, community_id, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("name,phone\nAmy Chen,(415) 555-0132\n", encoding="utf-8")
    plan = plan_import(services.db, community_id, path, region="CN")
    assert [(r.line, r.code) for r in plan.rejected] == [(2, "phone_ambiguous")]


def test_a_rows_city_decides_how_its_phone_is_read(services, community_id, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("name,city,phone\nAmy Chen,San Francisco,(415) 555-0132\n"
                    "王芳,上海,138 0013 8000\nTom Ward,London,020 7946 0958\n", encoding="utf-8")  # fmt: skip
    plan = plan_import(services.db, community_id, path, region="CN")
    assert plan.rejected == []
    phones = [v for t in plan.targets for k, v in t.identities if k == "phone"]
    assert phones == ["+14155550132", "+8613800138000", "+442079460958"]


def test_scientific_notation_phones_are_rejected_as_digits_lost(services, community_id):
    plan = plan_import(services.db, community_id, HOSTILE / "scientific_phones.csv")
    assert [(r.line, r.code, r.value) for r in plan.rejected] == [(2, "phone_digits_lost", "1.38001E+10")]
    assert names(plan) == ["李娜"]


def test_nul_bytes_refuse_their_row_as_in_every_container(services, community_id):
    plan = plan_import(services.db, community_id, HOSTILE / "nul.csv")  # as XLSX, vCard, .ics (issue 13)
    assert [(r.line, r.code, r.value) for r in plan.rejected] == [(2, "control_character", "A\\x00B")]


def test_notes_of_300_kb_are_kept_a_name_of_them_refuses_its_row(services, community_id, tmp_path):
    plan = plan_import(services.db, community_id, HOSTILE / "huge_cell.csv")  # 300 KB of notes: under 1 MB
    assert plan.rejected == []
    path = tmp_path / "long_name.csv"
    path.write_text("name,notes\n" + "x" * 70_000 + ",\nB,\n", encoding="utf-8")
    plan = plan_import(services.db, community_id, path)
    assert [(r.line, r.code) for r in plan.rejected] == [(2, "field_too_long")]
    assert len(plan.rejected[0].value) <= 80


def test_a_wrong_encoding_chosen_by_hand_is_refused_not_read_as_garbage():
    data = (HOSTILE / "big5.csv").read_bytes()
    with pytest.raises(ValidationError) as e:
        decode(data, "gb18030")
    assert e.value.code == "implausible_encoding"
    assert decode(data, "big5")[0].startswith("姓名,電話")


def test_numeric_phone_cells_become_digits_and_date_times_keep_their_time(services, community_id, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机", "加入时间"])
    ws.append(["张伟", 13800138000.0, dt.datetime(2024, 3, 19, 19, 0)])
    ws.append(["李娜", 13912345678, dt.date(2024, 3, 26)])
    wb.save(tmp_path / "m.xlsx")
    table = read_table(tmp_path / "m.xlsx")
    assert [r[1][1:] for r in table.rows] == [["13800138000", "2024-03-19 19:00"], ["13912345678", "2024-03-26"]]
    plan = plan_import(services.db, community_id, tmp_path / "m.xlsx")
    assert [dict(t.identities)["phone"] for t in plan.targets] == ["+8613800138000", "+8613912345678"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_random_bytes_are_read_or_refused_never_a_traceback(tmp_path, data):
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    try:
        read_table(path)
    except ValidationError:
        pass


@pytest.mark.parametrize("file", ["workbook_title_rows.xlsx", "workbook_title_rows.xls"])  # .xls: Excel 97-2003
def test_a_workbook_with_a_cover_sheet_title_rows_and_a_merged_header(services, community_id, file):
    p = plan_import(services.db, community_id, HOSTILE / file)
    assert p.headers == ["姓名", "手机", "邮箱", "城市"]  # found under the title, the merge's lower row
    assert [(s.name, s.imported, s.reason) for s in p.sheets] == [
        ("说明", False, "no_member_columns"), ("在群", True, ""), ("已退群", True, ""), ("活动签到", False, "other_columns")]  # fmt: skip
    by_name = {t.values["name"]: t for t in p.targets}
    assert dict(by_name["李娜"].identities) == {"phone": "+8613912345678"}  # a number cell, as digits
    assert by_name["王芳"].values["status"] == "left" and p.where(by_name["王芳"].lines[0]) == "已退群!5"
    assert p.where(by_name["张伟"].lines[0]) == "在群!5"
