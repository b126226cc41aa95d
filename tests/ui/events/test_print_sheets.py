"""The sign-in sheet's after-the-fact columns and blank rows for walk-ins (chosen in the printout options,
remembered), and attendance certificates: one page per person checked in, text extracted as written."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from PySide6.QtWidgets import QCheckBox, QSpinBox, QWidget

from desktop.services.drafts import MemberDraft
from models.event_draft import EventDraft
from tests.helpers import pdf_text
from ui.common.audience_dialog import AudienceDialog
from ui.events.file_actions import EventFileActions
from ui.events.printing import SheetOptions, export_pdf

T = dt.datetime


@pytest.fixture
def event(services, community_id):
    people = [services.member_writes.create(community_id, MemberDraft(name=n))
              for n in ("张三", "李四", "Alice Wong", "王五")]  # fmt: skip
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="晨读会·周日共读", start=T(2026, 12, 6, 9), end=T(2026, 12, 6, 11), tz="Asia/Shanghai"))  # fmt: skip
    services.rsvp_writes.invite(eid, people[:3])
    for member in (people[0], people[2]):
        services.rsvp_writes.check_in(eid, member)
    services.rsvp_writes.check_in(eid, people[3])  # a walk-in: not invited, checked in
    return eid


def raw_pages(path) -> list[str]:
    """pdftotext -raw, not normalised: a radical where an ideograph was written stays visible."""
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")[:-1]


def test_signin_has_the_chosen_columns_and_numbered_blank_rows(services, event, tmp_path):
    data = services.printouts.printout("signin", event)
    pdf = tmp_path / "all.pdf"
    export_pdf(
        "signin",
        data,
        pdf,
        grid=SheetOptions(columns=("attended", "led", "paid", "signature"), blank_rows=12),
    )
    text = pdf_text(pdf)
    header = next(line for line in text.splitlines() if "Name" in line and "RSVP" in line)
    assert re.search(r"Attended\s+Led\s+Paid\s+Signature", header), header
    numbers = [int(m.group(1)) for line in text.splitlines() if (m := re.match(r"^\s*(\d+)\s", line))]
    assert numbers == list(
        range(1, 4 + 12 + 1)
    )  # 4 expected (the walk-in too), then 12 blank rows numbered on
    assert "Walk-ins" in text
    blank = [line for line in text.splitlines() if re.match(r"^\s*1[0-5]\s", line)]  # rows 10-15: blank
    assert len(blank) == 6 and all(line.count("☐") == 3 for line in blank)  # attended, led, paid to tick
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "842 x 595 pts (A4)" in info  # nine columns: the sheet lies across
    few = tmp_path / "few.pdf"
    export_pdf("signin", data, few, grid=SheetOptions(columns=("paid",), blank_rows=0))
    text = pdf_text(few)
    assert "Paid" in text and not {"Attended", "Led", "Signature", "Walk-ins"} & set(text.split())
    info = subprocess.run(["pdfinfo", str(few)], capture_output=True, text=True, check=True).stdout
    assert "595 x 842 pts (A4)" in info  # upright
    assert [int(m.group(1)) for line in text.splitlines() if (m := re.match(r"^\s*(\d+)\s", line))] == [
        1,
        2,
        3,
        4,
    ]


class Host(EventFileActions, QWidget):
    def __init__(self, services, event_id):
        super().__init__()
        self.services, self.event_id = services, event_id

    def current_id(self):
        return self.event_id

    def current(self):
        return self.services.events.event(self.event_id)


def test_signin_options_are_asked_and_remembered(qtbot, services, event, monkeypatch):
    answers = {"led": True, "signature": False, "rows": 4}

    def exec_(dialog):
        for box in dialog.findChildren(QCheckBox):
            code = box.objectName().removeprefix("column_")
            box.setChecked(answers.get(code, box.isChecked()))
        dialog.findChild(QSpinBox, "blank_rows").setValue(answers["rows"])
        seen.append({b.objectName(): b.isChecked() for b in dialog.findChildren(QCheckBox)})
        return 1

    seen = []
    monkeypatch.setattr(AudienceDialog, "exec", exec_)
    host = Host(services, event)
    qtbot.addWidget(host)
    options, audience = host._options("signin", "Print")
    assert options.columns == ("attended", "led") and options.blank_rows == 4 and audience == "organisers"
    answers.clear()
    answers["rows"] = 4
    options, _ = host._options("signin", "Print")  # asked again: the last choice is ticked
    assert seen[1] == {
        "column_attended": True,
        "column_led": True,
        "column_paid": False,
        "column_signature": False,
    }
    assert SheetOptions.remembered() == SheetOptions(columns=("attended", "led"), blank_rows=4)


def test_certificates_one_page_per_person_checked_in(services, event, tmp_path):
    data = services.printouts.printout("certificates", event)
    assert data.names == ("Alice Wong", "王五", "张三")  # by pinyin; 李四 was invited but never came
    pdf = tmp_path / "certificates.pdf"
    assert export_pdf("certificates", data, pdf) == 3
    pages = raw_pages(pdf)
    assert len(pages) == 3
    for name, page in zip(data.names, pages, strict=True):
        assert name in page and sum(n in page for n in data.names) == 1  # each name on its own page
        for needle in ("测试社群", "Certificate of attendance", "晨读会·周日共读", "2026-12-06", "2 hour"):
            assert needle in page, (needle, page)
    assert "日" in pages[0] and "\u2f47" not in "".join(pages)  # 日 extracts as 日, not the Kangxi ⽇
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "842 x 595 pts (A4)" in info  # landscape


def test_certificate_hours_in_chinese(services, event, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n
    from ui.events.certificates import CertificateText

    assert CertificateText().hours(150) == "2.5 hours" and CertificateText().hours(45).startswith("45 minute")
    i18n.install(QCoreApplication.instance(), "zh_CN")
    try:
        pdf = tmp_path / "zh.pdf"
        export_pdf("certificates", services.printouts.printout("certificates", event), pdf)
        page = raw_pages(pdf)[0]
    finally:
        i18n.install(QCoreApplication.instance(), "en")
    assert "晨读会·周日共读" in page and "日" in page


def test_nobody_checked_in_gives_one_page_saying_so(services, community_id, tmp_path):
    (eid,) = services.event_writes.create(community_id, EventDraft(
        title="空", start=T(2026, 12, 6, 9), end=T(2026, 12, 6, 10), tz="UTC"))  # fmt: skip
    pdf = tmp_path / "none.pdf"
    assert export_pdf("certificates", services.printouts.printout("certificates", eid), pdf) == 1
    assert "Nobody has been checked in" in pdf_text(pdf)
