"""The members CSV opened by LibreOffice Calc (headless): phones stay text with no quote shown and
no digit lost, formula-looking text stays text. CI installs Debian's libreoffice-calc-nogui."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from desktop.services.members.export import export_members

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def _open_in_calc(csv_path, tmp_path):
    """CSV → XLSX the way Calc's File ▸ Open does it: comma, double quote, UTF-8, from line 1."""
    out = tmp_path / "calc"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
         "--convert-to", "xlsx", "--infilter=CSV:44,34,76,1", "--outdir", str(out), str(csv_path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    ws = load_workbook(out / (csv_path.stem + ".xlsx")).active
    headers = [c.value for c in ws[1]]
    return {r[headers.index("name")].value: dict(zip(headers, r, strict=False)) for r in ws.iter_rows(min_row=2)}


def test_calc_keeps_phones_as_text_without_a_quote(members, tmp_path):
    db, cid = members
    path = tmp_path / "members.csv"
    export_members(db, cid, path)
    rows = _open_in_calc(path, tmp_path)
    expected = {
        "张三": "(+86) 138 0013 8000",
        "欧阳娜娜": "(+86) 10 6552 9988; (+86) 139 1234 5678",
        "Alice O'Brien": "(+1) 415-555-0132",
        "Tom Smith": "(+44) 20 7946 0958",
    }
    for name, phone in expected.items():
        cell = rows[name]["phone"]
        assert (cell.value, cell.data_type) == (phone, "s"), name  # text: no 1.38E+10, no formula, no '
    assert all(c.data_type != "f" for r in rows.values() for c in r.values())
    assert rows["张三"]["notes"].value == "喜欢, 历史;\n也爱跑步"


def test_calc_shows_the_old_unguarded_spellings_wrongly(tmp_path):
    """Why phones are not written as before: Calc turns bare digits into a number and shows the
    old guard quote; a real formula would run."""
    path = tmp_path / "old.csv"
    path.write_bytes("name,phone,notes\n张三,+8613800138000,=1+1\n李四,'+8613800138000,x\n".encode("utf-8-sig"))
    rows = _open_in_calc(path, tmp_path)
    assert rows["张三"]["phone"].data_type == "n" and rows["张三"]["notes"].data_type == "f"
    assert rows["李四"]["phone"].value == "'+8613800138000"  # the quote shows in the cell
