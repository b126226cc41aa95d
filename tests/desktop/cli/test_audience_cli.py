"""`--audience organisers|members` on export and on the printouts that list people (sign-in, badges)."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess

import pytest

from desktop.cli.main import main
from desktop.services.container import open_services
from desktop.services.drafts import MemberDraft
from models.event_draft import EventDraft
from tests.helpers import pdf_text


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "w.beehive"
    s = open_services(path)
    cid = s.communities.ensure("").id
    w = s.member_writes
    zhang = w.create(cid, MemberDraft(name="张三", identities=(("phone", "13812345670"), ("email", "zs@example.com")),
                                      notes="欠会费"))  # fmt: skip
    li = w.create(cid, MemberDraft(name="李四", identities=(("phone", "13812345671"),)))
    wang = w.create(cid, MemberDraft(name="王五", identities=(("phone", "13812345672"),)))
    s.consents.set(wang, "directory", False, "2026-11-01", "报名表")
    s.consents.set(li, "photos", False, "2026-11-01", "报名表")
    (eid,) = s.event_writes.create(cid, EventDraft(title="读书会", start=dt.datetime(2026, 12, 5, 19),
                                                   end=dt.datetime(2026, 12, 5, 21), tz="Asia/Shanghai"))  # fmt: skip
    s.rsvp_writes.invite(eid, [zhang, li, wang])
    s.close()
    return path


def raw_lines(pdf) -> list[str]:
    """pdftotext -raw: the text in the order it was drawn (a badge's name, then its mark)."""
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [line.strip() for line in out.splitlines() if line.strip()]


def _rows(path):
    return list(csv.DictReader(path.read_text("utf-8-sig").splitlines()))


def test_export_members_audience(workspace, tmp_path, capsys):
    out = tmp_path / "m.csv"
    assert main(["--db", str(workspace), "export", "members", str(out)]) == 0
    assert {"phone", "email", "notes"} <= set(_rows(out)[0]) and len(_rows(out)) == 3
    assert main(["--db", str(workspace), "export", "members", str(out), "--audience", "members"]) == 0
    rows = _rows(out)
    assert not {"phone", "email", "wechat", "qq", "notes"} & set(rows[0])
    assert sorted(r["name"] for r in rows) == ["张三", "李四"]
    assert "Exported 2 records" in capsys.readouterr().err


def test_export_attendance_audience_and_a_kind_without_one(workspace, tmp_path, capsys):
    out = tmp_path / "a.csv"
    assert main(["--db", str(workspace), "export", "attendance", str(out), "--audience", "members"]) == 0
    assert sorted(r["member"] for r in _rows(out)) == ["张三", "李四"]  # names, not phones or emails
    assert main(["--db", str(workspace), "export", "units", str(out), "--audience", "members"]) == 2
    assert "--audience applies to exporting members, attendance and events" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:  # argparse: not one of the choices
        main(["--db", str(workspace), "export", "members", str(out), "--audience", "public"])
    assert e.value.code == 2


def test_sign_in_sheet_for_members_has_no_phone_column_and_marks_no_photos(workspace, tmp_path):
    pdf = tmp_path / "signin.pdf"
    args = ["--db", str(workspace), "report", "signin", "--event", "读书会", "--pdf", str(pdf)]
    assert main(args) == 0
    text = pdf_text(pdf, layout=False)
    assert "Phone" in text and "+86" in text and "王五" in text
    assert main([*args, "--audience", "members"]) == 0
    text = pdf_text(pdf, layout=False)
    assert "Phone" not in text and "138" not in text and "王五" not in text
    assert "李四 [No photos]" in text and "张三 [No photos]" not in text


def test_badges_pdf_shows_the_no_photos_mark(workspace, tmp_path):
    pdf = tmp_path / "badges.pdf"
    assert main(["--db", str(workspace), "report", "badges", "--event", "读书会", "--pdf", str(pdf)]) == 0
    lines = raw_lines(pdf)
    assert sum("No photos" in line for line in lines) == 1 and "王五" in lines
    assert lines[lines.index("李四") + 1] == "⊘ No photos"  # under the name of the one who said no
    assert lines[lines.index("张三") + 1 :][:1] != ["⊘ No photos"]


def test_badges_in_chinese_say_bu_pai_zhao(workspace, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    i18n.install(QCoreApplication.instance(), "zh_CN")
    merged = QCoreApplication.translate("SheetText", "No photos") != "No photos"
    i18n.install(QCoreApplication.instance(), "en")
    if not merged:
        pytest.skip("the zh_CN catalog does not have 不拍照 yet (in /tmp/zh_extra_audience.py for the lead)")
    pdf = tmp_path / "badges.pdf"
    args = ["--db", str(workspace), "--lang", "zh_CN", "report", "badges", "--event", "读书会", "--pdf", str(pdf)]
    assert main([*args, "--audience", "members"]) == 0
    lines = raw_lines(pdf)
    assert lines[lines.index("李四") + 1] == "⊘ 不拍照" and "王五" not in lines


def test_audience_on_a_printout_that_has_none_is_a_usage_error(workspace, tmp_path, capsys):
    pdf = tmp_path / "plan.pdf"
    args = ["--db", str(workspace), "report", "plan", "--event", "读书会", "--pdf", str(pdf), "--audience", "members"]
    assert main(args) == 2 and not pdf.exists()
    assert "--audience applies to the sign-in sheet and the name badges" in capsys.readouterr().err


def test_attendance_certificates_from_the_command_line(workspace, tmp_path):
    from desktop.cli.reports import PRINTOUTS
    from desktop.services.events import printouts

    assert PRINTOUTS == printouts.PRINTOUTS  # the CLI offers every event printout
    s = open_services(workspace)
    event = s.events.find(1, "读书会")
    for member in s.events.roster(event.id)[:2]:
        s.rsvp_writes.check_in(event.id, member.member_id)
    s.close()
    pdf = tmp_path / "certificates.pdf"
    assert main(["--db", str(workspace), "report", "certificates", "--event", "读书会", "--pdf", str(pdf)]) == 0
    pages = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert pages.count("\f") == 2 and "读书会" in pages  # one page per person checked in
