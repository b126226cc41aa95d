"""Erasing from the window: the confirmation's words, the review list of people who left (Erase selected
as one undo step, Export first), the member list's placeholder name, the undo stack after a seal, and
the Preferences setting."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from desktop.services.drafts import MemberDraft
from desktop.services.members.erase import Erasure
from desktop.settings import Settings
from ui.members.erase_dialog import EraseDialog, erase_people
from ui.members.left_people_dialog import LeftPeopleDialog
from ui.shell.undo import StepCommand

LONG_AGO = (dt.date.today() - dt.timedelta(days=800)).isoformat()
RECENTLY = (dt.date.today() - dt.timedelta(days=30)).isoformat()


def add(services, cid, name, *identities, **values):
    return services.member_writes.create(cid, MemberDraft(name=name, identities=tuple(identities), **values))


@pytest.fixture
def people(services, community_id):
    cid = community_id
    ids = {
        "gone": add(services, cid, "王离开", ("phone", "13800138001"), city="北京"),
        "gone2": add(services, cid, "Lee Gone", ("email", "lee.gone@example.com")),
        "recent": add(services, cid, "刚走的", ("phone", "13800138002")),
        "here": add(services, cid, "还在的", ("phone", "13800138003")),
    }
    services.member_writes.set_status([ids["gone"]], "left", LONG_AGO, "搬去深圳")
    services.member_writes.set_status([ids["gone2"]], "removed", LONG_AGO, "spam")
    services.member_writes.set_status([ids["recent"]], "left", RECENTLY, "")
    return ids


def test_the_confirmation_says_what_goes_what_stays_and_until_when(services, people, qtbot):
    dialog = EraseDialog(Erasure(services.db).summary([people["gone"]]))
    qtbot.addWidget(dialog)
    text = dialog.text(Erasure(services.db).summary([people["gone"]]))
    assert "Erase “王离开”?" in text and "contacts and accounts: 1" in text
    assert "attendance: 0" in text and "until Beehive's next backup" in text
    many = dialog.text(Erasure(services.db).summary([people["gone"], people["gone2"]]))
    assert "王离开" in many and "Lee Gone" in many


def test_review_list_erases_the_selection_in_one_undo_step(
    services, community_id, people, qtbot, monkeypatch
):
    dialog = LeftPeopleDialog(services, community_id, 12)
    qtbot.addWidget(dialog)
    listed = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert sorted(listed) == ["Lee Gone", "王离开"]  # 刚走的 left a month ago, 还在的 is still there
    assert dialog.table.item(listed.index("王离开"), 3).text() == "搬去深圳"
    assert not dialog.erase_button.isEnabled()
    dialog.table.selectAll()
    steps = []
    services.db.on_step.append(steps.append)
    monkeypatch.setattr(EraseDialog, "exec", lambda self: 1)
    dialog.erase_selected()
    assert len(steps) == 1 and dialog.table.rowCount() == 0
    names = {r[0] for r in services.db.query("SELECT name FROM member WHERE erased_on != ''")}
    assert names == {"Erased person 1", "Erased person 2"}
    services.undo_step(steps[0])
    assert services.db.query("SELECT name FROM member WHERE id = ?", (people["gone"],))[0][0] == "王离开"


def test_cancelling_the_confirmation_writes_nothing(services, people, qtbot, monkeypatch):
    monkeypatch.setattr(EraseDialog, "exec", lambda self: 0)
    assert erase_people(None, services, [people["here"]]) is False
    assert services.db.query("SELECT count(*) FROM member WHERE erased_on != ''")[0][0] == 0


def test_export_first_writes_both_files(services, community_id, people, qtbot, tmp_path, monkeypatch):
    from ui.members.person_export_action import export_person

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    json_path, pdf_path = export_person(None, services, people["gone"], tmp_path / "out")
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["member"]["status_reason"] == "搬去深圳" and pdf_path.stat().st_size > 1000
    assert str(json_path) in said[0]


def test_the_list_shows_the_placeholder_in_the_readers_words(services, community_id, people, qtbot):
    from ui.members.model import MembersModel

    Erasure(services.db).erase([people["gone"]])
    model = MembersModel(services, community_id)
    rows = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Erased person 1" in rows and "王离开" not in rows


def test_a_seal_leaves_no_personal_value_in_the_undo_stack(services, people, qtbot):
    from desktop.services.core.backups import take
    from ui.members.erase_seal import watch_seals

    stack = QUndoStack()
    services.db.on_step.append(lambda step: stack.push(StepCommand(services, step, lambda e: None)))
    watch = watch_seals(stack, lambda: services.db.path)
    Erasure(services.db).erase([people["gone"]])
    assert "13800138001" in repr([stack.command(i).step for i in range(stack.count())])
    take(services.db.path, "manual")
    qtbot.waitUntil(
        lambda: "13800138001" not in repr([stack.command(i).step for i in range(stack.count())]),
        timeout=15000,
    )
    assert stack.command(stack.count() - 1).step.changes == ()
    watch.deleteLater()


def test_preferences_keep_the_review_months(qtbot):
    from ui.shell.preferences_dialog import PreferencesDialog

    settings = Settings()
    assert settings.get("left_review_months") == 12
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.left_months.setValue(18)
    dialog.accept()
    assert int(Settings().get("left_review_months")) == 18


def test_the_members_menu_offers_the_actions(services, community_id, qtbot):
    from ui.members.view import MembersView

    view = MembersView(services, community_id, Settings())
    qtbot.addWidget(view)
    texts = [a.text() for a in view._bulk_menu().actions()]
    assert {"Export everything about this person…", "Erase this person…", "People who left…"} <= set(texts)
