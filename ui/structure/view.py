"""The Structure view: the unit diagram with zoom, fit and search, and a panel for the clicked unit
(its members, draggable onto another unit, and its current roles)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QAction, QDrag, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QGraphicsView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from desktop.services.container import Services
from ui.common.empty_state import EmptyState, window_import
from ui.common.labels import role_names
from ui.common.person_names import shown_name
from ui.common.write import FAILED, write
from ui.structure.scene import GAP_X, MEMBER_MIME, NODE_W, StructureScene

MIN_LABEL_PT = 9  # the smallest text on a unit, on screen, at the zoom the chart opens and fits at
MAX_FIT = 1.5  # times that zoom: a small tree is not blown up past it
NEW_UNIT_KEY = "Ctrl+Shift+U"


class MemberList(QListWidget):
    """Members of the clicked unit; dragging one onto a unit in the diagram moves them there."""

    def __init__(self) -> None:
        super().__init__()
        self.unit_id = 0
        self.setDragEnabled(True)

    def startDrag(self, actions) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        mime = QMimeData()
        mime.setData(MEMBER_MIME, f"{item.data(Qt.ItemDataRole.UserRole)}:{self.unit_id}".encode())
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)


class StructureView(QWidget):
    def __init__(self, services: Services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.scene = StructureScene(services, community_id, self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a unit"))
        self.search.returnPressed.connect(self.focus_search)
        self.title = QLabel()
        self.members = MemberList()
        self.roles = QListWidget()
        side = QWidget()
        col = QVBoxLayout(side)
        col.addWidget(self.title)
        col.addWidget(QLabel(self.tr("Members (drag one onto a unit to move them)")))
        col.addWidget(self.members, 2)
        col.addWidget(QLabel(self.tr("Current roles")))
        col.addWidget(self.roles, 1)
        buttons = QHBoxLayout()
        assign, end, connect = QToolButton(), QToolButton(), QToolButton()
        connect.setText(self.tr("Knows…"))
        connect.clicked.connect(self.connect_member)
        buttons.addWidget(connect)
        assign.setText(self.tr("Assign role…"))
        end.setText(self.tr("End role"))
        assign.clicked.connect(self.assign_role)
        end.clicked.connect(self.end_role)
        buttons.addWidget(assign)
        buttons.addWidget(end)
        buttons.addStretch()
        col.addLayout(buttons)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        for text, slot, key in ((self.tr("New unit…"), self.new_unit, NEW_UNIT_KEY),
                                (self.tr("Zoom in"), lambda: self.zoom(1.25), QKeySequence.StandardKey.ZoomIn),
                                (self.tr("Zoom out"), lambda: self.zoom(0.8), QKeySequence.StandardKey.ZoomOut),
                                (self.tr("Fit"), self.fit, "Ctrl+0")):  # fmt: skip
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            bar.addWidget(button)
        self.empty = self._empty_state()
        self.body = QStackedWidget()
        self.body.addWidget(split)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)
        self.scene.unit_clicked.connect(self.show_unit)
        self.scene.unit_menu.connect(self.unit_menu)
        self.scene.unit_dropped.connect(
            lambda unit, parent: self._run(lambda: services.structure_writes.move_unit(unit, parent))
        )
        self.scene.member_dropped.connect(
            lambda m, old, new: self._run(lambda: services.structure_writes.move_member(m, old or None, new)))  # fmt: skip
        services.changes.changed.connect(self._refresh_panel)  # a bound slot: dropped with this view
        self._opened = False
        self._show_empty()

    def _empty_state(self) -> EmptyState:
        """No units yet: say so, with the two ways to start (the New unit… shortcut shown)."""
        key = QKeySequence(NEW_UNIT_KEY).toString(QKeySequence.SequenceFormat.NativeText)
        text = self.tr("No structure yet — add the first unit ({key}) or import a structure "
                       "(File ▸ Import ▸ Units…).").format(key=key)  # fmt: skip
        return EmptyState(text, [(self.tr("Add the first unit…"), self.new_unit),
                                 (self.tr("Import units…"), lambda: window_import(self, "units"))])  # fmt: skip

    def _show_empty(self) -> None:
        empty = not self.scene.items_by_unit
        self.body.setCurrentWidget(self.empty if empty else self.body.widget(0))

    def _refresh_panel(self, changes) -> None:
        if changes.structure_changed:
            self._show_empty()
        if self.members.unit_id and changes.structure_changed:
            self.show_unit(self.members.unit_id)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._opened:  # the first time the view has its real size
            self._opened = True
            self.open_readable()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._opened:
            self._reflow()

    def readable_scale(self) -> float:
        """The zoom at which a unit's smallest text is MIN_LABEL_PT points on this screen."""
        pixels = MIN_LABEL_PT * self.view.logicalDpiY() / 72
        return pixels / self.scene.font_.pixelSize()

    def label_points(self) -> float:
        """The size a unit's smallest text has on screen now, in points."""
        return self.scene.font_.pixelSize() * self.view.transform().m11() * 72 / self.view.logicalDpiY()

    def _reflow(self) -> None:
        """Rows of sibling units wrap at the width the canvas shows at a readable zoom."""
        self.view.viewport().updateGeometry()
        width = self.view.viewport().width() / self.readable_scale() - 80  # the scene's margins
        self.scene.set_row_units(int(width // (NODE_W + GAP_X)))

    def open_readable(self) -> None:
        """The chart as it opens: fitted, readable (see fit)."""
        self.fit()

    def zoom(self, factor: float) -> None:
        self.view.scale(factor, factor)

    def fit(self) -> None:
        """The whole tree if it fits at a readable zoom (never blown up past MAX_FIT times it); else
        the readable zoom, scrolled to the top of the pyramid and centred on it."""
        self._reflow()
        bounds = self.scene.bounds()
        if bounds.isEmpty():
            return
        self.view.resetTransform()
        self.view.fitInView(bounds, Qt.AspectRatioMode.KeepAspectRatio)
        fitted, low = self.view.transform().m11(), self.readable_scale()
        if low <= fitted <= low * MAX_FIT:
            return
        scale = min(max(fitted, low), low * MAX_FIT)
        self.view.resetTransform()
        self.view.scale(scale, scale)
        if fitted > low:
            self.view.centerOn(bounds.center())
            return
        tops = [i for i in self.scene.items_by_unit.values() if i.unit.parent_id is None]
        top = min(tops or self.scene.items_by_unit.values(), key=lambda i: (i.pos().y(), i.pos().x()))
        half = self.view.viewport().height() / scale / 2
        self.view.centerOn(QPointF(top.sceneBoundingRect().center().x(), bounds.top() - 20 + half))

    def focus_search(self) -> None:
        text = self.search.text().strip().casefold()
        for unit_id, item in self.scene.items_by_unit.items():
            if text and text in item.unit.name.casefold():
                self.select_unit(unit_id)
                return

    def show_unit(self, unit_id: int) -> None:
        unit = next((u for u in self.services.structure.units(self.community_id) if u.id == unit_id), None)
        self.members.clear()
        self.roles.clear()
        self.members.unit_id = unit.id if unit else 0
        if unit is None:
            self.title.setText("")
            return
        self.title.setText(f"<b>{unit.name}</b> · {self.scene.size_text(unit)}")
        for member_id, name, primary in self.services.structure.unit_members(unit.id):
            item = QListWidgetItem(shown_name(name) + (" ★" if primary else ""))
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            self.members.addItem(item)
        for r in self.services.structure.roles(self.community_id, current_only=True):
            if r.unit == unit.name:
                label = role_names().get(r.role, r.role)
                shown = (shown_name(r.member), label, r.specialty, r.start_on)
                item = QListWidgetItem(" · ".join(x for x in shown if x))
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.roles.addItem(item)

    def _picked_member(self) -> tuple[int, str] | None:
        """(id, name) of the member picked in the side list, or None after saying to pick one."""
        item = self.members.currentItem()
        if item is None:
            QMessageBox.information(self, self.tr("Members"), self.tr("Pick a member of this unit first."))
            return None
        return item.data(Qt.ItemDataRole.UserRole), item.text().rstrip(" ★")

    def assign_role(self) -> None:
        from ui.structure.role_dialog import RoleDialog

        if picked := self._picked_member():
            RoleDialog(self.services, *picked, self.members.unit_id or None, self).exec()

    def connect_member(self) -> None:
        from ui.structure.connect_dialog import ConnectDialog

        if picked := self._picked_member():
            ConnectDialog(self.services, self.community_id, *picked, self).exec()

    def end_role(self) -> None:
        item = self.roles.currentItem()
        if item is not None:
            self._run(lambda: self.services.structure_writes.end_role(item.data(Qt.ItemDataRole.UserRole)))

    def unit_menu(self, unit_id: int, screen_pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit unit…"), lambda: self.edit_unit(unit_id))
        menu.addAction(self.tr("New sub-unit…"), lambda: self.new_unit(unit_id))
        menu.addAction(self.tr("Suggest a split…"), lambda: self.suggest_split(unit_id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete unit…"), lambda: self.delete_unit(unit_id))
        menu.exec(screen_pos)

    def _unit(self, unit_id: int):
        return next((u for u in self.services.structure.units(self.community_id) if u.id == unit_id), None)

    def edit_unit(self, unit_id: int) -> None:
        from ui.structure.unit_dialog import UnitDialog

        if (unit := self._unit(unit_id)) is not None:
            UnitDialog(self.services, self.community_id, unit, self).exec()

    def delete_unit(self, unit_id: int) -> None:
        unit = self._unit(unit_id)
        if unit is None:
            return
        text = self.tr("Delete the unit {name}? Its sub-units move up one level; its {size} memberships and "
                       "its roles are removed. You can undo this with Edit ▸ Undo.").format(name=unit.name, size=unit.size)  # fmt: skip
        if QMessageBox.question(self, self.tr("Delete unit"), text) == QMessageBox.StandardButton.Yes:
            self._run(lambda: self.services.structure_writes.delete_unit(unit_id))

    def suggest_split(self, unit_id: int) -> None:
        from ui.structure.split_dialog import SplitDialog

        unit = self._unit(unit_id)
        if unit is None or unit.size < 2:
            QMessageBox.information(
                self, self.tr("Suggest a split"), self.tr("A split needs at least two members.")
            )
            return
        SplitDialog(self.services, self.community_id, unit, self).exec()

    def new_unit(self, parent_id: int | None = None) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New unit"), self.tr("Name of the new unit:"))
        if ok and name.strip():
            parent = parent_id or self.members.unit_id or None
            created = self._run(
                lambda: self.services.structure_writes.create_unit(self.community_id, name, parent_id=parent)
            )
            if created is not FAILED:
                self.select_unit(created)

    def select_unit(self, unit_id: int) -> None:
        """A unit selected, scrolled into view at a readable zoom, its members and roles beside the chart."""
        item = self.scene.items_by_unit.get(unit_id)
        if item is None:
            return
        self.scene.clearSelection()
        item.setSelected(True)
        if (scale := self.readable_scale()) > self.view.transform().m11():
            self.view.resetTransform()
            self.view.scale(scale, scale)
        self.view.centerOn(item)
        self.show_unit(unit_id)

    def _run(self, fn):
        return write(self, self.tr("Not done"), fn)
