"""The structure diagram: a QGraphicsScene mirroring the unit tree (pyramid nodes, ring circles).

It follows every change set that touches the structure, keeping the items it can and repainting
only the units that changed; a drag calls a service inside one `db.write`, so undo flows through
the journal like any other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
)

from desktop.services.container import Services
from ui.common.labels import mode_names
from ui.common.pages import cjk_family
from ui.common.person_names import shown_name

NODE_W, NODE_H, GAP_X, GAP_Y, LINE_H = 190, 76, 24, 56, 17
LABEL_PX, TITLE_PX = 12, 13  # the unit's lines and its name, in scene pixels (see StructureScene)
ROW_UNITS = 6  # units side by side before a wide row wraps, unless a view sets its own (set_row_units)
MEMBER_MIME = "application/x-beehive-member"
OVER_CAP = QColor("#c62828")


class UnitItem(QGraphicsItem):
    """One unit, painted directly (no text layout objects: 2,000 of them must appear within a second)."""

    def __init__(self, scene: StructureScene, unit, ring_note: tuple[str, str]) -> None:
        super().__init__()
        self.owner = scene
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._press = QPointF()
        self.set_unit(unit, ring_note)

    def set_unit(self, unit, ring_note: tuple[str, str]) -> None:
        """`ring_note`: (coverage note, core members) for a ring, empty strings otherwise."""
        self.unit, self.ring_note = unit, ring_note
        ring = unit.kind == "ring"
        second = ring_note[1] if ring else self.owner.lead_text(unit)
        self.lines = [(unit.name + (" ◯" if ring else ""), QColor("#000"), True),
                      (second, QColor("#333"), False),
                      (self.owner.size_text(unit), OVER_CAP if unit.over_cap else QColor("#333"), False)]  # fmt: skip
        if ring_note[0]:
            self.lines.append((ring_note[0], QColor("#8d6e63"), False))
        self.update()

    def text(self) -> str:
        return "\n".join(t for t, _, _ in self.lines)

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(-1, -1, NODE_W + 2, NODE_H + 2)

    def paint(self, painter, option, widget=None) -> None:
        ring = self.unit.kind == "ring"
        painter.setBrush(QBrush(QColor("#fff8e1" if ring else "#e3f2fd")))
        selected = self.isSelected()
        colour = OVER_CAP if self.unit.over_cap else QColor("#1a237e" if selected else "#5c6bc0")
        pen = QPen(colour, 2 if self.unit.over_cap or selected else 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawRoundedRect(QRectF(0, 0, NODE_W, NODE_H), 6 if not ring else 24, 6 if not ring else 24)
        if QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform()) < 0.45:
            return  # too small to read: the box alone (a whole 2,000-unit tree fitted in the window)
        y = 4.0
        for text, colour, bold in self.lines:
            painter.setFont(self.owner.bold_font if bold else self.owner.font_)
            painter.setPen(colour)
            painter.drawText(QRectF(8, y, NODE_W - 16, LINE_H), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, NODE_W - 16))  # fmt: skip
            y += LINE_H

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._press = self.pos()
        self.owner.unit_clicked.emit(self.unit.id)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if self.pos() != self._press:
            target = next((i for i in self.owner.items(event.scenePos())
                           if isinstance(i, UnitItem) and i is not self), None)  # fmt: skip
            self.setPos(self._press)  # the scene redraws from the service's state either way
            if target is not None:
                self.owner.unit_dropped.emit(self.unit.id, target.unit.id)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        self.owner.unit_menu.emit(self.unit.id, event.screenPos())

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.owner.toggle(self.unit.id)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        event.setAccepted(event.mimeData().hasFormat(MEMBER_MIME))

    def dropEvent(self, event) -> None:  # noqa: N802
        member_id, from_unit = (int(x) for x in bytes(event.mimeData().data(MEMBER_MIME)).decode().split(":"))
        self.owner.member_dropped.emit(member_id, from_unit, self.unit.id)


class StructureScene(QGraphicsScene):
    unit_clicked = Signal(int)
    unit_dropped = Signal(int, int)  # unit, new parent
    member_dropped = Signal(int, int, int)  # member, from unit (0 = none), to unit
    unit_menu = Signal(int, object)  # unit, screen position

    def __init__(self, services: Services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.font_family = cjk_family()  # the printouts' CJK font: a chart's PDF text extracts as written
        self.collapsed: set[int] = set()
        self.row_units = ROW_UNITS
        self.items_by_unit: dict[int, UnitItem] = {}
        self.edges: dict[int, QGraphicsPathItem] = {}  # child unit id -> the line from its parent
        # Pixel sizes, not points: scene units are pixels, so the text scales with the chart on any
        # device (a 1200 dpi printer would otherwise get fonts 12x too large for the boxes).
        self.modes = mode_names()
        self.font_ = QFont(self.font_family)
        self.font_.setPixelSize(LABEL_PX)
        self.bold_font = QFont(self.font_family)
        self.bold_font.setPixelSize(TITLE_PX)
        self.bold_font.setBold(True)
        services.changes.changed.connect(self.on_changes)
        self.rebuild()

    def on_changes(self, changes) -> None:
        if changes.structure_changed:
            self.rebuild()

    def set_row_units(self, units: int) -> None:
        """How many units stand side by side before a row of siblings wraps (the view's width)."""
        units = max(2, units)
        if units != self.row_units:
            self.row_units = units
            self.rebuild()

    def toggle(self, unit_id: int) -> None:
        self.collapsed ^= {unit_id}
        self.rebuild()

    def rebuild(self) -> None:
        """Bring the items in line with the services: new units get items, changed ones are repainted,
        gone (or folded away) ones are removed, and every node is placed centred over its children."""
        units = self.services.structure.units(self.community_id)
        known = {u.id for u in units}
        children: dict[int | None, list] = {}
        for u in units:
            children.setdefault(u.parent_id if u.parent_id in known else None, []).append(u)
        placed: dict[int, tuple] = {}  # unit id -> (unit, position, parent id, trunk x or None)
        self._place(*self._spans(children), placed)
        for unit_id in [i for i in self.items_by_unit if i not in placed]:
            self.removeItem(self.items_by_unit.pop(unit_id))
            if unit_id in self.edges:
                self.removeItem(self.edges.pop(unit_id))
        for unit_id, (unit, pos, _parent, _trunk) in placed.items():
            note = self._ring_note(unit)
            item = self.items_by_unit.get(unit_id)
            if item is None:
                item = self.items_by_unit[unit_id] = UnitItem(self, unit, note)
                self.addItem(item)
            elif item.unit != unit or item.ring_note != note:
                item.set_unit(unit, note)
            if item.pos() != pos:
                item.setPos(pos)
            folded = len(children.get(unit_id, [])) if unit_id in self.collapsed else 0
            item.setToolTip(
                self.tr("%n sub-group(s) folded; double-click to unfold", "", folded) if folded else ""
            )
        for unit_id, (_, _, parent_id, trunk) in placed.items():
            self._edge(unit_id, parent_id, trunk)  # redrawn only when an end or the trunk moved
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))

    def _lines(self, kids: list, spans: dict[int, float]) -> list[list]:
        """Siblings in lines no wider than `row_units` units (always at least one per line)."""
        limit = self.row_units * (NODE_W + GAP_X)
        lines: list[list] = []
        width = 0.0
        for k in kids:
            if not lines or width + spans[k.id] > limit:
                lines.append([])
                width = 0.0
            lines[-1].append(k)
            width += spans[k.id]
        return lines

    def _spans(self, children) -> tuple[dict, dict, dict]:
        """Width and height (in rows) of every subtree, children before parents (iterative: trees may
        nest deep), and how each unit's children are wrapped into lines (key None: the top units)."""
        spans: dict[int | None, float] = {}
        rows: dict[int | None, int] = {}
        lines: dict[int | None, list[list]] = {}
        order, stack = [], list(children.get(None, []))
        while stack:
            u = stack.pop()
            order.append(u)
            if u.id not in self.collapsed:
                stack.extend(children.get(u.id, []))
        for key, own in [*((u.id, 1) for u in reversed(order)), (None, 0)]:
            kids = [] if key in self.collapsed else children.get(key, [])
            lines[key] = self._lines(kids, spans)
            widths = [sum(spans[k.id] for k in line) for line in lines[key]]
            spans[key] = max([NODE_W + GAP_X, *widths])
            rows[key] = own + sum(max(rows[k.id] for k in line) for line in lines[key])
        return spans, rows, lines

    def _place(self, spans, rows, lines, placed: dict) -> None:
        """Each unit centred over its lines of children; a wrapped line starts below the one before it,
        and its units hang from a trunk down the subtree's left margin (no box stands there)."""
        stack = [(None, 0.0, -1, None, None)]  # None: above the top units, which it lines up
        while stack:  # iterative: a 12 × 12 cell network nests deep
            u, left, row, parent_id, trunk = stack.pop()
            key = None if u is None else u.id
            if u is not None:
                pos = QPointF(left + (spans[u.id] - NODE_W) / 2, row * (NODE_H + GAP_Y))
                placed[u.id] = (u, pos, parent_id, trunk)
            wrapped = u is not None and len(lines[key]) > 1
            below = row + 1
            for line in lines[key]:
                offset = left + (spans[key] - sum(spans[k.id] for k in line)) / 2
                for k in line:
                    stack.append((k, offset, below, key, left + GAP_X / 4 if wrapped else None))
                    offset += spans[k.id]
                below += max(rows[k.id] for k in line)

    def lead_text(self, unit) -> str:
        return self.tr("Lead: {name}").format(name=shown_name(unit.lead) if unit.lead else "—")

    def core_text(self, unit) -> str:
        """A ring's core members with their specialties: 张三 (演讲)、李四 (设计)."""
        core = self.services.structure.ring_core(unit.id)
        names = "、".join(f"{shown_name(n)} ({s})" if s else shown_name(n) for n, s in core)
        return self.tr("Core: {names}").format(names=names or "—")

    def size_text(self, unit) -> str:
        size = self.tr("{size} / {cap} members").format(size=unit.size, cap=unit.cap)
        return f"{size} · {self.modes.get(unit.management_mode, unit.management_mode)}"

    def _ring_note(self, unit) -> tuple[str, str]:
        if unit.kind != "ring":
            return "", ""
        c = self.services.structure.ring_coverage(self.community_id, unit.id)
        parts = []
        if c.missing:
            parts.append(self.tr("missing: {names}").format(names="、".join(c.missing)))
        if c.doubled:
            parts.append(self.tr("doubled: {names}").format(names="、".join(c.doubled)))
        return "; ".join(parts) or self.tr("all specialties covered"), self.core_text(unit)

    def _edge(self, unit_id: int, parent_id: int | None, trunk: float | None = None) -> None:
        """A curve from the parent; under a wrapped parent, straight lines along its trunk instead."""
        edge = self.edges.get(unit_id)
        if parent_id is None:
            if edge is not None:
                self.removeItem(self.edges.pop(unit_id))
            return
        start = self.items_by_unit[parent_id].pos() + QPointF(NODE_W / 2, NODE_H)
        end = self.items_by_unit[unit_id].pos() + QPointF(NODE_W / 2, 0)
        if edge is not None and edge.data(0) == (start, end, trunk):
            return  # neither end nor the trunk moved
        path = QPainterPath(start)
        if trunk is None:
            mid = (start.y() + end.y()) / 2
            path.cubicTo(QPointF(start.x(), mid), QPointF(end.x(), mid), end)
        else:
            first, last = start.y() + GAP_Y / 2, end.y() - GAP_Y / 2
            for x, y in (
                (start.x(), first),
                (trunk, first),
                (trunk, last),
                (end.x(), last),
                (end.x(), end.y()),
            ):
                path.lineTo(QPointF(x, y))
        if edge is None:
            edge = self.edges[unit_id] = QGraphicsPathItem()
            pen = QPen(QColor("#757575"), 1)
            pen.setCosmetic(True)  # stays visible when the whole tree is zoomed out
            edge.setPen(pen)
            edge.setZValue(-1)
            self.addItem(edge)
        edge.setPath(path)
        edge.setData(0, (start, end, trunk))
        edge.setData(1, parent_id)

    def bounds(self) -> QRectF:
        return self.itemsBoundingRect()
