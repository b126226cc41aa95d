"""The members list printed to PDF and read back with pdftotext (NFKC-normalised)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

from ui.members import printing as member_printing


def _pdf_text(path) -> str:
    assert shutil.which("pdftotext"), "poppler-utils is required (installed by .ci/run)"
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out)


def test_members_list_pdf_has_names_phones_and_title(services, community_id, people, tmp_path):
    ids = services.members.ordered_ids(community_id)
    pdf = tmp_path / "members.pdf"
    member_printing.write_pdf(member_printing.members_html(services.member_lists.member_list(community_id, ids)), pdf)
    text = _pdf_text(pdf)
    for needle in (
        "Members of 测试社群",
        "3 members",
        "张三",
        "李四",
        "Li Wei",
        "+8613812345678",
        "liwei88",
        "上海",
    ):
        assert needle in text, needle


def test_long_list_paginates(services, tmp_path):
    from desktop.services.demo import create_demo

    cid = create_demo(services.db, 400)
    pdf = tmp_path / "long.pdf"
    member_printing.write_pdf(member_printing.members_html(services.member_lists.member_list(cid, services.members.ordered_ids(cid))), pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 5
    assert "400 members" in _pdf_text(pdf)
