"""The structure chart opens readable (issue 14, part 5): fitting never shrinks a unit's text below
9 pt on screen; a row of 60 sibling units wraps into lines the canvas shows side by side, and a tree
too tall for the window keeps the readable zoom, scrolled to its top. With no units the canvas says so
and offers the two ways to start (part 4)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from ui.structure.scene import NODE_W
from ui.structure.view import MAX_FIT, MIN_LABEL_PT, StructureView


def _view(qtbot, services, community_id, size=(1000, 700)) -> StructureView:
    view = StructureView(services, community_id)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    QApplication.processEvents()
    return view


def _shown(view):
    return view.view.mapToScene(view.view.viewport().rect()).boundingRect()


def test_sixty_units_in_one_row_wrap_and_stay_readable(qtbot, services, community_id):
    w = services.structure_writes
    top = w.create_unit(community_id, "总群")
    for i in range(60):
        w.create_unit(community_id, f"第{i + 1}小组", parent_id=top)
    view = _view(qtbot, services, community_id)
    view.fit()
    assert view.label_points() >= MIN_LABEL_PT - 0.01  # 9 pt on screen, however large the tree
    scene = view.scene
    width = scene.bounds().width()
    assert width < 10 * NODE_W  # one row would be 60 units wide
    assert width * view.view.transform().m11() <= view.view.viewport().width()  # no sideways scrolling
    rows = {item.pos().y() for item in scene.items_by_unit.values()}
    assert len(rows) >= 8  # the root and the wrapped lines of its 60 units
    shown = _shown(view)
    root = scene.items_by_unit[top].sceneBoundingRect()
    assert shown.contains(root) and shown.top() <= scene.bounds().top()  # scrolled to the top
    assert view.view.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    view.zoom(0.5)
    view.fit()
    assert view.label_points() >= MIN_LABEL_PT - 0.01  # Fit brings the readable zoom back


def test_wrapped_units_hang_from_a_trunk_clear_of_the_boxes(qtbot, services, community_id):
    w = services.structure_writes
    top = w.create_unit(community_id, "总群")
    kids = [w.create_unit(community_id, f"组{i}", parent_id=top) for i in range(14)]
    view = _view(qtbot, services, community_id)
    scene = view.scene
    boxes = [i.sceneBoundingRect().adjusted(2, 2, -2, -2) for i in scene.items_by_unit.values()]
    for kid in kids:
        path = scene.edges[kid].path()
        for n in range(1, 50):  # no point of a line lies inside another unit's box
            point = path.pointAtPercent(n / 50)
            assert not any(b.contains(point) for b in boxes), (kid, point)


def test_a_small_tree_is_shown_whole_and_not_blown_up(qtbot, services, community_id):
    w = services.structure_writes
    top = w.create_unit(community_id, "总群")
    w.create_unit(community_id, "一群", parent_id=top)
    view = _view(qtbot, services, community_id)
    assert MIN_LABEL_PT - 0.01 <= view.label_points() <= MIN_LABEL_PT * MAX_FIT + 0.01
    shown = _shown(view)
    assert all(shown.contains(i.sceneBoundingRect()) for i in view.scene.items_by_unit.values())


def test_no_units_says_so_and_adding_the_first_one_shows_the_chart(
    qtbot, services, community_id, monkeypatch
):
    view = _view(qtbot, services, community_id)
    assert view.body.currentWidget() is view.empty
    text = view.empty.label.text()
    assert text.startswith("No structure yet — add the first unit (Ctrl+Shift+U) or import a structure")
    add, _import = view.empty.buttons
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("总群", True)))
    add.click()
    (unit,) = services.structure.units(community_id)
    assert unit.name == "总群" and view.body.currentWidget() is not view.empty
    assert view.scene.items_by_unit[unit.id].isSelected()


def test_import_a_structure_opens_file_import_units(qtbot, services, community_id, monkeypatch):
    from desktop.services.container import open_services
    from desktop.settings import Settings
    from ui.shell.main_window import MainWindow
    from ui.shell.transfer_menu import TransferMenus

    kinds, asked = [], []
    real = TransferMenus.import_kind
    monkeypatch.setattr(
        TransferMenus, "import_kind", lambda self, kind: (kinds.append(kind), real(self, kind))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (asked.append(a), ("", ""))[1])
    )
    window = MainWindow(services, Settings(), open_services, lambda: services.path)
    qtbot.addWidget(window)
    window.show()
    from desktop.settings import VIEWS

    window.nav.setCurrentRow(VIEWS.index("structure"))
    view = window.structure_view
    assert view.body.currentWidget() is view.empty
    view.empty.buttons[1].click()
    assert kinds == ["units"] and len(asked) == 1  # File ▸ Import ▸ Units…, its own file dialog
