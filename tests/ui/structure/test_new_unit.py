"""A new unit is selected, scrolled into view at a readable zoom and shown in the side panel
(issue 14, part 5)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from ui.structure import view as structure_view
from ui.structure.view import StructureView


def test_a_new_unit_is_selected_and_in_view(qtbot, services, community_id, monkeypatch):
    w = services.structure_writes
    top = w.create_unit(community_id, "总群")
    for i in range(12):  # a wide tree: the new unit lands far from the first screen
        w.create_unit(community_id, f"第{i + 1}群", parent_id=top)
    view = StructureView(services, community_id)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    view.fit()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("新成立的小组", True)))
    view.new_unit(top)
    (new,) = [u.id for u in services.structure.units(community_id) if u.name == "新成立的小组"]
    item = view.scene.items_by_unit[new]
    assert item.isSelected() and view.members.unit_id == new
    assert view.label_points() >= structure_view.MIN_LABEL_PT - 0.01
    shown = view.view.mapToScene(view.view.viewport().rect()).boundingRect()
    assert shown.contains(item.sceneBoundingRect().center())
