from __future__ import annotations

from desktop.services.drafts import MemberDraft
from tests.helpers import snapshot
from ui.members.editor import MemberEditor


def test_invalid_email_is_refused_with_the_reason_and_nothing_written(qtbot, services, community_id):
    dlg = MemberEditor(services, community_id)
    qtbot.addWidget(dlg)
    dlg.name.setText("王五")
    dlg.idents.item(0, 1).setText("wangwu@")
    dlg.idents.cellWidget(0, 0).setCurrentIndex(dlg.idents.cellWidget(0, 0).findData("email"))
    before = snapshot(services.path)
    dlg.accept()
    assert dlg.result() == 0 and "Invalid email address: wangwu@" in dlg.error.text()
    assert snapshot(services.path) == before
    dlg.idents.item(0, 1).setText("wangwu@example.com")
    dlg.accept()
    assert dlg.result() == 1 and dlg.member_id is not None
    assert services.members.get(dlg.member_id).identities == (("email", "wangwu@example.com"),)


def test_bad_phone_and_date_are_refused(qtbot, services, community_id):
    dlg = MemberEditor(services, community_id)
    qtbot.addWidget(dlg)
    dlg.name.setText("赵六")
    dlg.idents.item(0, 1).setText("12345")
    dlg.accept()
    assert "Invalid phone number" in dlg.error.text()
    dlg.idents.item(0, 1).setText("13912345678")
    dlg.joined.setText("someday")
    dlg.accept()
    assert "Date not understood" in dlg.error.text() and dlg.result() == 0


def test_edit_loads_and_saves_with_inviter(qtbot, services, community_id, people):
    dlg = MemberEditor(services, community_id, people["Li Wei"])
    qtbot.addWidget(dlg)
    assert dlg.name.text() == "Li Wei" and dlg.city.text() == "上海"
    qtbot.keyClicks(dlg.inviter, "zs")
    dlg.inviter.setText(next(iter(dlg.inviter._choices)))
    dlg.accept()
    assert services.members.get(people["Li Wei"]).inviter_id == people["张三"]


def test_inviter_cycle_is_refused_in_the_editor(qtbot, services, community_id, people):
    services.member_writes.update(people["张三"], MemberDraft(name="张三"))
    dlg = MemberEditor(services, community_id, people["张三"])
    qtbot.addWidget(dlg)
    dlg.inviter.set_member(people["李四"], "李四")  # 张三 invited 李四
    dlg.accept()
    assert dlg.result() == 0 and "indirectly" in dlg.error.text()


def test_the_monthly_invitation_rule_warns_but_does_not_block(qtbot, services, community_id):
    w = services.member_writes
    zs = w.create(community_id, MemberDraft(name="张三"))
    w.create(community_id, MemberDraft(name="李四", inviter_id=zs, joined_on="2026-03-02"))
    dlg = MemberEditor(services, community_id)
    qtbot.addWidget(dlg)
    dlg.name.setText("王五")
    dlg.idents.item(0, 1).setText("13912345678")
    dlg.joined.setText("2026年4月1日")
    dlg.joined.editingFinished.emit()
    dlg.inviter.set_member(zs, "张三")
    assert dlg.rule.isHidden()  # April: 张三 has invited nobody yet
    dlg.joined.setText("2026-03-20")
    dlg.joined.editingFinished.emit()
    assert not dlg.rule.isHidden()
    assert (
        dlg.rule.text() == "This inviter already invited 1 member in 2026-03; the rule is at most 1 a month."
    )
    dlg.accept()  # a warning, not a refusal
    assert dlg.result() == 1 and services.members.get(dlg.member_id).inviter_id == zs
