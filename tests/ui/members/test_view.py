from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.settings import Settings
from ui.members.view import MembersView


def test_typing_pinyin_initials_filters_the_real_view(qtbot, services, community_id, people):
    view = MembersView(services, community_id, Settings())
    qtbot.addWidget(view)
    view.show()
    qtbot.keyClicks(view.filter, "zs")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=2000)
    assert view.model.data(view.model.index(0, 0)) == "张三"
    view.filter.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=2000)


def test_selection_shows_detail_and_survives_reload(qtbot, services, community_id, people):
    view = MembersView(services, community_id, Settings())
    qtbot.addWidget(view)
    view.table.selectRow(view.model.row_of(people["李四"]))
    assert "张三" in view.detail.toPlainText()  # invited by
    services.member_writes.create(
        community_id, __import__("desktop.services.drafts").services.drafts.MemberDraft(name="阿明")
    )
    assert view.selected_ids() == [people["李四"]]


def test_bulk_tag_through_the_view(qtbot, services, community_id, people, monkeypatch):
    view = MembersView(services, community_id, Settings())
    qtbot.addWidget(view)
    view.table.selectAll()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("核心; VIP", True)))
    view.act_tag.trigger()
    assert all("核心" in services.members.get(i).tags for i in people.values())


def test_header_layout_persists(qtbot, services, community_id, people):
    view = MembersView(services, community_id, Settings())
    qtbot.addWidget(view)
    view.table.horizontalHeader().resizeSection(0, 333)
    view.save_state()
    again = MembersView(services, community_id, Settings())
    qtbot.addWidget(again)
    assert again.table.horizontalHeader().sectionSize(0) == 333
    assert again.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_connect_two_and_the_detail_shows_roles_units_and_ties(
    qtbot, services, community_id, people, monkeypatch
):
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QInputDialog

    unit = services.structure_writes.create_unit(community_id, "读书组", lead_id=people["张三"])
    view = MembersView(services, community_id, Settings())
    qtbot.addWidget(view)
    sm = view.table.selectionModel()
    for name in ("张三", "李四"):
        sm.select(view.model.index(view.model.row_of(people[name]), 0),
                  QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (7, True)))
    view.act_connect.trigger()
    assert services.structure.ties(community_id) == [(people["张三"], people["李四"], 7)]
    view.table.selectRow(view.model.row_of(people["张三"]))
    text = view.detail.toPlainText()
    assert (
        "读书组" in text
        and "Sub-group lead" in text
        and "subgroup_lead" not in text
        and "Knows 1 member" in text
        and "李四 (7)" in text
    )
    assert unit
