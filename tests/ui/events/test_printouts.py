"""Every event printout rendered to PDF and checked by its text (pdftotext, NFKC-normalised)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from desktop.services.drafts import MemberDraft
from desktop.services.events.plan import Plan, save_plan
from models.event_draft import EventDraft
from models.recurrence import Rule
from tests.helpers import pdf_text
from ui.events.printing import SheetOptions, export_pdf

T = dt.datetime


@pytest.fixture
def event(services, community_id):
    m = services.member_writes
    people = [m.create(community_id, MemberDraft(name=n, identities=(("phone", p),)))
              for n, p in (("张三", "13812345678"), ("李四", "13912345678"), ("Alice Wong", "13712345678"))]  # fmt: skip
    ids = services.event_writes.create(community_id, EventDraft(
        title="读书会", start=T(2026, 12, 5, 19), end=T(2026, 12, 5, 20), tz="Asia/Shanghai", venue="望京书房",
        capacity=30), Rule("weekly", dt.date(2026, 12, 5), count=3))  # fmt: skip
    save_plan(services.db, ids[0], Plan(
        agenda=[{"title": "签到与破冰", "duration_min": 15, "owner_id": people[1]},
                {"title": "主题分享", "duration_min": 60, "owner_text": "特邀嘉宾"}],
        duties=[{"role": "host", "member_id": people[0]}, {"role": "摄影师", "member_id": people[2]}],
        tasks=[{"what": "预订场地", "member_id": people[0], "due_on": "2026-12-01"}],
        materials=[{"what": "名牌贴纸", "quantity": "40"}], day_notes="开场提醒群规"))  # fmt: skip
    save_plan(services.db, ids[1], Plan(duties=[{"role": "host", "member_id": people[1]}]))
    services.rsvp_writes.invite(ids[0], people)
    services.rsvp_writes.set_rsvp(ids[0], people[0], "going")
    services.rsvp_writes.set_rsvp(ids[0], people[2], "declined")
    return ids[0]


def test_plan_has_run_sheet_duties_tasks_materials_notes_and_warns_when_too_long(services, event, tmp_path):
    pdf = tmp_path / "plan.pdf"
    export_pdf("plan", services.printouts.printout("plan", event), pdf)
    text = pdf_text(pdf)
    for needle in ("测试社群 · 读书会", "2026-12-05 Sat 19:00–20:00", "望京书房", "19:00–19:15", "签到与破冰", "李四",
                   "19:15–20:15", "特邀嘉宾", "Host", "张三", "摄影师", "预订场地", "2026-12-01", "名牌贴纸",
                   "开场提醒群规", "Run time 1:15 of 1:00", "runs 15 minutes past the end", "Page 1 of 1"):  # fmt: skip
        assert needle in text, needle


def test_sign_in_sheet_lists_the_expected_by_pinyin_with_blank_rows(services, event, tmp_path):
    pdf = tmp_path / "signin.pdf"
    export_pdf("signin", services.printouts.printout("signin", event), pdf, paper="letter")
    text = pdf_text(pdf)
    assert "Sign-in sheet" in text and "Signature" in text and "Walk-ins" in text
    assert text.index("李四") < text.index("张三")  # li < zhang
    assert "+8613812345678" in text and "Alice Wong" not in text  # declined
    import subprocess

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts (letter)" in info


def test_badges_fill_the_label_grid_and_the_roster_lists_every_date(services, event, tmp_path):
    pdf = tmp_path / "badges.pdf"
    export_pdf("badges", services.printouts.printout("badges", event), pdf, grid="3x8")
    text = pdf_text(pdf, layout=False)
    assert "张三" in text and "李四" in text and "Host" in text and "Alice Wong" not in text
    roster = tmp_path / "roster.pdf"
    export_pdf("roster", services.printouts.printout("roster", event), roster)
    text = pdf_text(roster)
    assert "Duty roster: 读书会" in text
    for needle in ("2026-12-05 19:00", "2026-12-12 19:00", "2026-12-19 19:00", "摄影师"):
        assert needle in text, needle


def test_the_community_name_is_on_every_page(services, community_id, tmp_path):
    people = [
        services.member_writes.create(community_id, MemberDraft(name=f"成员{i:03d}")) for i in range(120)
    ]
    (eid,) = services.event_writes.create(community_id, EventDraft(title="大会", start=T(2026, 12, 5, 9),
                                                                 end=T(2026, 12, 5, 17), tz="UTC"))  # fmt: skip
    services.rsvp_writes.invite(eid, people)
    pdf = tmp_path / "big.pdf"
    pages = export_pdf(
        "signin", services.printouts.printout("signin", eid), pdf, grid=SheetOptions(blank_rows=0)
    )
    assert pages >= 3
    text = pdf_text(pdf)
    chunks = text.split("\f")[:pages]
    assert all("测试社群 · 大会" in c for c in chunks)
    assert f"Page {pages} of {pages}" in text
    assert all(f"成员{i:03d}" in text for i in range(120))
    numbered = [line for line in text.splitlines() if re.match(r"^\s*\d+\s", line) and "☐" in line]
    assert len(numbered) == 120 and all("成员" in line for line in numbered)  # no row split across pages


def test_no_sign_in_row_is_split_across_pages(services, tmp_path):
    """A row whose Chinese cells are taller than its Latin ones must move to the next page whole."""
    from desktop.services.demo import create_demo

    cid = create_demo(services.db)
    meetup = services.events.find(cid, "年度线下见面会")
    pdf = tmp_path / "signin.pdf"
    from PySide6.QtCore import QCoreApplication

    from desktop import i18n

    i18n.install(QCoreApplication.instance(), "zh_CN")  # the Chinese sheet is where a row split showed
    try:
        no_blanks = SheetOptions(blank_rows=0)  # numbered blank rows would count as rows here
        assert (
            export_pdf("signin", services.printouts.printout("signin", meetup.id), pdf, grid=no_blanks) >= 2
        )
    finally:
        i18n.install(QCoreApplication.instance(), "en")
    rows = [line for line in pdf_text(pdf).splitlines() if re.match(r"^\s*\d+\s", line) and "☐" in line]
    names = {r.name for r in services.events.roster(meetup.id) if r.rsvp != "declined"}
    assert len(rows) == len(names) and all(any(n in line for n in names) for line in rows)
