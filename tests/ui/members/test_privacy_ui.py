"""Where the organiser sets privacy: the community dialog's Privacy tab, the custom fields' Private column,
and the audience asked before an export (remembered in the settings)."""

from __future__ import annotations

import csv

from desktop.services.drafts import MemberDraft
from desktop.services.members.privacy import DEFAULT
from desktop.settings import Settings
from ui.common.audience_dialog import AudienceDialog
from ui.shell.community_dialog import CommunityDialog


def test_the_privacy_tab_shows_the_defaults_and_saves_with_the_community_in_one_step(qtbot, services,
                                                                                    community_id, steps):  # fmt: skip
    dlg = CommunityDialog(services, services.communities.get(community_id))
    qtbot.addWidget(dlg)
    assert dlg.tabs.count() == 2 and dlg.tabs.tabText(1) == "&Privacy"
    assert {k for k, b in dlg.private.items() if b.isChecked()} == DEFAULT
    assert not dlg.private["wechat_nickname"].isChecked()
    dlg.private["phone"].setChecked(False)
    dlg.private["wechat_nickname"].setChecked(True)
    dlg.purpose.setPlainText("读书")
    dlg.accept()
    assert dlg.result() == 1 and len(steps) == 1  # the community and its private fields together
    assert services.privacy.private_fields(community_id) == (DEFAULT - {"phone"}) | {"wechat_nickname"}
    assert services.communities.get(community_id).purpose == "读书"
    services.undo_step(steps[0])
    assert services.privacy.private_fields(community_id) == DEFAULT


def test_restore_the_defaults_and_a_new_community(qtbot, services, steps):
    dlg = CommunityDialog(services)
    qtbot.addWidget(dlg)
    for box in dlg.private.values():
        box.setChecked(False)
    dlg.name.setText("徒步群")
    dlg.accept()
    assert dlg.result() == 1 and services.privacy.private_fields(dlg.info.id) == frozenset()
    assert [s.label for s in steps] == ["New community"]  # the community and its privacy: one undo step
    again = CommunityDialog(services, services.communities.get(dlg.info.id))
    qtbot.addWidget(again)
    assert not any(b.isChecked() for b in again.private.values())
    from PySide6.QtWidgets import QPushButton

    (restore,) = [b for b in again.findChildren(QPushButton) if b.text() == "Restore the defaults"]
    restore.click()
    assert {k for k, b in again.private.items() if b.isChecked()} == DEFAULT


def test_the_privacy_tab_summarises_private_custom_fields_and_consent(qtbot, services, community_id):
    services.privacy.add_field(community_id, "身份证号", "text", "", private=True)
    m = services.member_writes.create(community_id, MemberDraft(name="张三"))
    services.consents.set(m, "photos", False)
    dlg = CommunityDialog(services, services.communities.get(community_id))
    qtbot.addWidget(dlg)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in dlg.tabs.widget(1).findChildren(QLabel))
    assert "Private: 身份证号." in texts and "1 said no to photos" in texts


def test_the_private_column_of_custom_fields_is_one_step_per_tick(qtbot, services, community_id, steps):
    from PySide6.QtCore import Qt

    from ui.members.custom_fields_dialog import CustomFieldsDialog, FieldForm

    fid = services.custom_fields.add_field(community_id, "T恤尺码", "choice", "S; M")
    dlg = CustomFieldsDialog(services, community_id)
    qtbot.addWidget(dlg)
    assert dlg.table.horizontalHeaderItem(3).text() == "Private"
    assert dlg.table.item(0, 3).checkState() == Qt.CheckState.Unchecked
    steps.clear()
    dlg.table.item(0, 3).setCheckState(Qt.CheckState.Checked)
    assert services.privacy.private_custom(community_id) == {fid} and len(steps) == 1
    assert dlg.table.item(0, 3).checkState() == Qt.CheckState.Checked
    form = FieldForm("Add custom field", lambda *a: services.privacy.add_field(community_id, *a))
    qtbot.addWidget(form)
    form.name.setText("备注2")
    form.private.setChecked(True)
    form.accept()
    assert form.result() == 1 and len(steps) == 2  # added private in one step
    assert len(services.privacy.private_custom(community_id)) == 2


def test_the_audience_dialog_remembers_the_choice(qtbot):
    dlg = AudienceDialog("Export")
    qtbot.addWidget(dlg)
    assert dlg.audience() == "organisers"  # the default
    dlg.buttons["members"].setChecked(True)
    dlg.accept()
    assert Settings().get("audience") == "members"
    again = AudienceDialog("Export")
    qtbot.addWidget(again)
    assert again.audience() == "members"


def test_file_export_asks_the_audience_first(qtbot, services, community_id, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMainWindow

    from ui.common import audience_dialog
    from ui.shell.transfer_menu import TransferMenus

    services.member_writes.create(
        community_id, MemberDraft(name="张三", identities=(("phone", "13812345670"),))
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    window.services, window.community_id = services, community_id
    out = tmp_path / "members.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    monkeypatch.setattr(audience_dialog, "ask_audience", lambda title, parent=None: "members")
    TransferMenus(window).export_kind("members")
    header = next(csv.reader(out.read_text("utf-8-sig").splitlines()))
    assert "phone" not in header and "name" in header
    monkeypatch.setattr(audience_dialog, "ask_audience", lambda title, parent=None: None)  # cancelled
    out.unlink()
    TransferMenus(window).export_kind("members")
    assert not out.exists()
