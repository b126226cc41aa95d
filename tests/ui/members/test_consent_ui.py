"""Consent in the member editor and the detail pane: shown, edited, one undo step per edit."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.services.drafts import MemberDraft
from tests.helpers import snapshot
from ui.members.consent_dialog import ConsentDialog
from ui.members.detail import MemberDetail
from ui.members.editor import MemberEditor


@pytest.fixture
def member(services, community_id):
    return services.member_writes.create(
        community_id, MemberDraft(name="张三", identities=(("phone", "13812345670"),))
    )


def test_the_editor_saves_member_and_consents_in_one_step(qtbot, services, community_id, member, steps):
    services.consents.set(member, "directory", True, "2026-10-01", "报名表")
    dlg = MemberEditor(services, community_id, member)
    qtbot.addWidget(dlg)
    assert dlg.consent.answer["directory"].currentData() == "yes"
    assert (
        dlg.consent.given_on["directory"].text() == "2026-10-01"
        and dlg.consent.source["directory"].text() == "报名表"
    )
    assert dlg.consent.answer["photos"].currentData() == "" and not dlg.consent.given_on["photos"].isEnabled()
    steps.clear()
    dlg.city.setText("北京")
    dlg.consent.set_answer("photos", "no")
    assert (
        dlg.consent.given_on["photos"].text() == dt.date.today().isoformat()
    )  # a fresh answer is dated today
    dlg.consent.source["photos"].setText("asked at the door")
    dlg.consent.set_answer("directory", "")  # back to not asked: the row goes
    dlg.accept()
    assert dlg.result() == 1 and len(steps) == 1
    got = services.consents.of(member)
    assert (
        set(got) == {"photos"} and not got["photos"].granted and got["photos"].source == "asked at the door"
    )
    assert services.members.get(member).city == "北京"
    services.undo_step(steps[0])
    assert set(services.consents.of(member)) == {"directory"} and services.members.get(member).city == ""


def test_a_bad_consent_date_is_refused_in_the_editor_with_nothing_written(
    qtbot, services, community_id, member
):
    dlg = MemberEditor(services, community_id, member)
    qtbot.addWidget(dlg)
    dlg.consent.set_answer("contact", "yes")
    dlg.consent.given_on["contact"].setText("next tuesday-ish")
    before = snapshot(services.path)
    dlg.accept()
    assert dlg.result() == 0 and "Date not understood" in dlg.error.text()
    assert snapshot(services.path) == before


def test_a_new_member_with_consent(qtbot, services, community_id, steps):
    dlg = MemberEditor(services, community_id)
    qtbot.addWidget(dlg)
    dlg.name.setText("李四")
    dlg.consent.set_answer("directory", "no")
    dlg.accept()
    assert dlg.result() == 1 and len(steps) == 1
    assert services.consents.of(dlg.member_id)["directory"].granted is False


def test_the_detail_pane_shows_consent_and_refreshes_on_undo(qtbot, services, community_id, member, steps):
    page = MemberDetail(services, community_id)
    qtbot.addWidget(page)
    page.show_member(member)
    text = page.toPlainText()
    assert "Consent" in text and "Photos\nNot asked" in text and "#b00020" not in page.toHtml()
    services.consents.set(member, "photos", False, "2026-11-03", "sign-up form")
    assert "Photos\nNo (2026-11-03, sign-up form)" in page.toPlainText()
    assert "#b00020" in page.toHtml()  # a no in red
    services.undo_step(steps[-1])
    assert "Photos\nNot asked" in page.toPlainText()


def test_the_consent_dialog_writes_one_step(qtbot, services, member, steps):
    dlg = ConsentDialog(services, member, "张三")
    qtbot.addWidget(dlg)
    dlg.inputs.set_answer("contact", "yes")
    dlg.inputs.set_answer("photos", "no")
    dlg.inputs.given_on["photos"].setText("2026年11月5日")
    dlg.accept()
    assert dlg.result() == 1 and len(steps) == 1
    assert services.consents.of(member)["photos"].given_on == "2026-11-05"
    assert set(services.consents.of(member)) == {"contact", "photos"}


def test_the_detail_link_opens_the_dialog(qtbot, services, community_id, member, monkeypatch):
    from PySide6.QtCore import QUrl

    opened = []
    monkeypatch.setattr(ConsentDialog, "exec", lambda self: opened.append(self.windowTitle()) or 0)
    page = MemberDetail(services, community_id)
    qtbot.addWidget(page)
    page.show_member(member)
    page.anchorClicked.emit(QUrl("beehive:consent"))
    assert opened == ["Consent of 张三"]
