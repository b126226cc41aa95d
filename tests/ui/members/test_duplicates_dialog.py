"""Members ▸ Find duplicates…: the scan in the background, pairs with reasons, side by side, the buttons."""

from __future__ import annotations

import pytest

from desktop.services.drafts import MemberDraft
from desktop.settings import Settings
from ui.members.duplicates_dialog import DuplicatesDialog, find_duplicates_dialog
from ui.members.view import MembersView


def add(services, cid, name, *identities, **values):
    return services.member_writes.create(cid, MemberDraft(name=name, identities=tuple(identities), **values))


@pytest.fixture
def pairs(services, community_id):
    cid = community_id
    return {
        "zhang": add(services, cid, "张三", ("phone", "13800138000"), city="北京", tags="读书"),
        "zhang2": add(services, cid, "Zhang San", ("phone", "+86 138 0013 8000"), city="Beijing", tags="志愿者"),
        "emily": add(services, cid, "Emily Clark", ("email", "emily.clark@gmail.com")),
        "emily2": add(services, cid, "Clark, Emily", ("email", "emily.clark@gmail.com")),
        "li": add(services, cid, "李四", ("wechat_id", "lisi_88"), city="上海"),
        "li2": add(services, cid, "李四", ("wechat_id", "li_si"), city="上海"),
    }


def scanned(qtbot, services, community_id) -> DuplicatesDialog:
    dialog = find_duplicates_dialog(services, community_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=5000)
    return dialog


def select(dialog, a_id):
    dialog.table.selectRow(next(i for i, c in enumerate(dialog.candidates) if a_id in (c.a_id, c.b_id)))


def test_scan_lists_pairs_with_translated_reasons(qtbot, services, community_id, pairs):
    dialog = scanned(qtbot, services, community_id)
    texts = {dialog.table.item(r, 3).text() for r in range(3)}
    assert "same phone, same name in pinyin" in texts and "same name, same city" in texts
    assert dialog.status.text().startswith("3 possible duplicate pair")  # plural: once in the catalog


def test_side_by_side_choice_and_merge_one_undo_step(qtbot, services, community_id, pairs):
    steps = []
    services.db.on_step.append(steps.append)
    dialog = scanned(qtbot, services, community_id)
    select(dialog, pairs["zhang"])
    assert set(dialog.choices) >= {"name", "city", "tags"}  # only the fields that differ
    dialog.choose("city", "b")
    dialog.choose("tags", "a")
    assert dialog.chosen() == {"city": "Beijing", "tags": "读书"}  # name stays A's: not sent
    dialog.merge()
    assert len(steps) == 1
    rec = services.members.get(pairs["zhang"])
    assert (rec.name, rec.city, rec.tags) == ("张三", "Beijing", "读书")
    assert services.members.get(pairs["zhang2"]) is None
    assert dialog.table.rowCount() == 2


def test_not_a_duplicate_and_skip(qtbot, services, community_id, pairs):
    dialog = scanned(qtbot, services, community_id)
    select(dialog, pairs["li"])
    dialog.not_duplicate()
    assert dialog.table.rowCount() == 2
    dialog.table.selectRow(0)
    dialog.skip()
    assert dialog.table.currentRow() == 1
    again = scanned_count(qtbot, services, community_id, 2)
    assert all(pairs["li"] not in (c.a_id, c.b_id) for c in again.candidates)


def scanned_count(qtbot, services, community_id, n):
    dialog = find_duplicates_dialog(services, community_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == n and not dialog.status.text().endswith("…"), timeout=5000)
    return dialog


def test_merge_all_identical_pairs(qtbot, services, community_id, pairs, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    dialog = scanned(qtbot, services, community_id)
    dialog.merge_identical()
    assert len(said) == 1 and said[0].startswith("Merged 1 identical pair")
    assert services.members.get(pairs["emily2"]) is None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)


def test_reached_from_the_members_view_with_ctrl_shift_d(qtbot, services, community_id, pairs):
    view = MembersView(services, community_id, Settings())
    qtbot.addWidget(view)
    assert view.act_duplicates.shortcut().toString() == "Ctrl+Shift+D"
    view.act_duplicates.trigger()
    qtbot.addWidget(view.duplicates_dialog)
    qtbot.waitUntil(lambda: view.duplicates_dialog.table.rowCount() == 3, timeout=5000)
