"""The structure diagram mirrors the services; a real mouse drag re-parents a unit, undo restores it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.services.drafts import MemberDraft
from tests.helpers import snapshot
from ui.structure.scene import NODE_H, NODE_W
from ui.structure.view import StructureView


def _mouse(widget, kind, pos, buttons):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def test_diagram_mirrors_units_and_a_drag_reparents_with_undo(qtbot, services, community_id):
    steps = []
    services.db.on_step.append(steps.append)
    w = services.structure_writes
    lead = services.member_writes.create(community_id, MemberDraft(name="张三"))
    top = w.create_unit(community_id, "总群")
    a = w.create_unit(community_id, "一群", parent_id=top, lead_id=lead, cap=1)
    b = w.create_unit(community_id, "二群", parent_id=top)
    view = StructureView(services, community_id)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    scene = view.scene
    assert set(scene.items_by_unit) == {top, a, b}
    assert "张三" in scene.items_by_unit[a].text()
    before = snapshot(services.path)
    view.view.resetTransform()
    view.view.centerOn(scene.items_by_unit[a])

    def centre(unit):
        return view.view.mapFromScene(scene.items_by_unit[unit].pos() + QPointF(NODE_W / 2, NODE_H / 2))

    start, end = centre(a), centre(b)
    port = view.view.viewport()
    _mouse(port, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    _mouse(port, QEvent.Type.MouseMove, (start + end) / 2, Qt.MouseButton.LeftButton)
    _mouse(port, QEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)
    _mouse(port, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert steps[-1].label == "Move unit"
    assert next(u for u in services.structure.units(community_id) if u.id == a).parent_id == b
    assert scene.items_by_unit[a].pos().y() > scene.items_by_unit[b].pos().y()  # redrawn one level down
    services.db.undo(steps[-1])
    assert snapshot(services.path) == before
    assert scene.items_by_unit[a].pos().y() == scene.items_by_unit[b].pos().y()


def test_member_drop_moves_the_member_and_collapse_hides_children(qtbot, services, community_id):
    w = services.structure_writes
    m = services.member_writes.create(community_id, MemberDraft(name="李四"))
    top = w.create_unit(community_id, "总群")
    a = w.create_unit(community_id, "一群", parent_id=top)
    w.add_members(a, [m])
    view = StructureView(services, community_id)
    qtbot.addWidget(view)
    view.scene.member_dropped.emit(m, a, top)  # what a drop from the member list onto 总群 sends
    assert [x for x, _, _ in services.structure.unit_members(top)] == [m]
    assert services.structure.unit_members(a) == []
    view.scene.toggle(top)
    assert set(view.scene.items_by_unit) == {top}
    view.search.setText("总")
    view.focus_search()
    assert view.members.count() == 1 and view.members.item(0).text().startswith("李四")


def test_unit_dialog_refuses_cap_below_one_and_sets_a_lead(qtbot, services, community_id):
    from ui.structure.unit_dialog import UnitDialog

    m = services.member_writes.create(community_id, MemberDraft(name="王五"))
    unit_id = services.structure_writes.create_unit(community_id, "读书组")
    unit = services.structure.units(community_id)[0]
    dlg = UnitDialog(services, community_id, unit)
    qtbot.addWidget(dlg)
    assert dlg.cap.minimum() == 1  # the spin box cannot go below 1; the service refuses it too
    dlg.name.setText("读书一组")
    dlg.lead.set_member(m, "王五")
    dlg.cap.setValue(12)
    dlg.accept()
    unit = services.structure.units(community_id)[0]
    assert (unit.name, unit.cap, unit.lead) == ("读书一组", 12, "王五") and unit.id == unit_id


def test_split_dialog_previews_and_applies(qtbot, services, community_id):
    from ui.structure.split_dialog import SplitDialog

    w = services.structure_writes
    people = [services.member_writes.create(community_id, MemberDraft(name=f"人{i}")) for i in range(6)]
    unit_id = w.create_unit(community_id, "大群", cap=3)
    w.add_members(unit_id, people)
    for grp in (people[:3], people[3:]):
        w.connect(community_id, grp[0], grp[1], 9)
        w.connect(community_id, grp[1], grp[2], 9)
    unit = next(u for u in services.structure.units(community_id) if u.id == unit_id)
    dlg = SplitDialog(services, community_id, unit)
    qtbot.addWidget(dlg)
    assert dlg.groups.topLevelItemCount() == 2 and "4 ties kept" in dlg.summary.text()
    dlg.accept()
    subs = [u for u in services.structure.units(community_id) if u.parent_id == unit_id]
    assert sorted(u.size for u in subs) == [3, 3] and all(u.lead for u in subs)


def test_assign_and_end_a_role_from_the_side_panel(qtbot, services, community_id):
    from ui.structure.role_dialog import RoleDialog

    m = services.member_writes.create(community_id, MemberDraft(name="赵六"))
    ring = services.structure_writes.create_unit(community_id, "核心圈", kind="ring")
    services.structure_writes.add_members(ring, [m])
    view = StructureView(services, community_id)
    qtbot.addWidget(view)
    view.show_unit(ring)
    dlg = RoleDialog(services, m, "赵六", ring)
    qtbot.addWidget(dlg)
    dlg.role.setCurrentIndex(dlg.role.findData("core_member"))
    dlg.specialty.setText("设计")
    dlg.accept()
    assert "赵六 (设计)" in view.scene.items_by_unit[ring].text()
    assert view.roles.count() == 1 and "Core member" in view.roles.item(0).text()
    view.roles.setCurrentRow(0)
    view.end_role()
    assert services.structure.roles(community_id, m, current_only=True) == []
    custom = RoleDialog(services, m, "赵六", ring)
    qtbot.addWidget(custom)
    custom.role.setEditText("摄影官")
    custom.accept()
    assert services.structure.roles(community_id, m, current_only=True)[0].role == "摄影官"


def test_connect_dialog_refuses_self_and_records_a_tie(qtbot, services, community_id):
    from ui.structure.connect_dialog import ConnectDialog

    a = services.member_writes.create(community_id, MemberDraft(name="甲"))
    b = services.member_writes.create(community_id, MemberDraft(name="乙"))
    dlg = ConnectDialog(services, community_id, a, "甲")
    qtbot.addWidget(dlg)
    dlg.other.set_member(a, "甲")
    dlg.accept()
    assert dlg.result() == 0 and "themselves" in dlg.error.text()
    dlg.other.set_member(b, "乙")
    dlg.strength.setValue(8)
    dlg.source.setCurrentIndex(dlg.source.findData("introduced"))
    dlg.accept()
    assert services.structure.ties(community_id) == [(a, b, 8)]
