"""File ▸ Import ▸ Activity: a chat-activity file through the same import dialog (issue 14, part 4)."""

from __future__ import annotations

from desktop.services.drafts import MemberDraft
from tests.helpers import write_csv
from ui.shell.import_dialog import ImportDialog
from ui.shell.transfer_menu import KINDS


def test_activity_is_in_the_import_menu_and_imports(qtbot, services, community_id, tmp_path):
    assert "activity" in KINDS
    services.member_writes.create(community_id, MemberDraft(name="张三"))
    text = "member,date,kind,count\n张三,2026-11-20,message,12\n无名氏,2026-11-21,message,3\n"
    dlg = ImportDialog(services, community_id, write_csv(tmp_path / "a.csv", text), None, "activity")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
    assert "1 ready to import, 1 rejected" in dlg.summary.text()
    dlg.skip.setChecked(True)
    dlg.import_button.click()
    qtbot.waitUntil(lambda: dlg.result() == 1, timeout=5000)
    assert services.db.query("SELECT count(*) FROM activity")[0][0] == 1
