"""The member editor when someone else saved the member after it was opened: the refusal says so and
offers to reload their version or overwrite it with mine (ui/common/stale_edit.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services.container import open_services
from desktop.services.drafts import MemberDraft
from ui.common import stale_edit
from ui.members.editor import MemberEditor


@pytest.fixture
def changed_elsewhere(services, people):
    """The editor opened on 张三, then another process moves him to 北京."""
    def change() -> None:
        other = open_services(services.path)
        try:
            other.member_writes.update(people["张三"], MemberDraft(name="张三", city="北京",
                                                                 identities=(("phone", "13812345678"),)))  # fmt: skip
        finally:
            other.db.close()

    return change


@pytest.mark.parametrize("choice", [stale_edit.RELOAD, stale_edit.OVERWRITE, stale_edit.KEEP_EDITING])
def test_the_editor_asks_then_reloads_or_overwrites(qtbot, services, community_id, people, changed_elsewhere,
                                                    monkeypatch, choice):  # fmt: skip
    asked = []
    monkeypatch.setattr(stale_edit, "ask", lambda parent, e: asked.append(e.code) or choice)
    dlg = MemberEditor(services, community_id, people["张三"])
    qtbot.addWidget(dlg)
    changed_elsewhere()
    dlg.city.setText("上海")
    dlg.accept()
    assert asked == ["changed_elsewhere"]
    city = services.members.get(people["张三"]).city
    if choice == stale_edit.RELOAD:
        assert dlg.result() == 0 and dlg.city.text() == "北京" and city == "北京"
        dlg.accept()  # saved on the version now shown: no second question
        assert dlg.result() == 1 and asked == ["changed_elsewhere"]
    elif choice == stale_edit.OVERWRITE:
        assert dlg.result() == 1 and city == "上海"
    else:
        assert dlg.result() == 0 and dlg.city.text() == "上海" and city == "北京"


def test_the_question_names_the_change_and_its_buttons(qtbot, services, community_id, people, changed_elsewhere,
                                                      monkeypatch):  # fmt: skip
    seen = {}

    def answer(box: QMessageBox) -> int:
        seen["text"] = box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        box.setProperty("clicked", True)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    dlg = MemberEditor(services, community_id, people["张三"])
    qtbot.addWidget(dlg)
    changed_elsewhere()
    dlg.accept()
    assert seen["text"].startswith("张三 was changed elsewhere at ") and "Reload" in seen["text"]
    assert "&Reload theirs" in seen["buttons"] and "&Overwrite with mine" in seen["buttons"]
    assert dlg.result() == 0  # no button clicked: keep editing
