"""The structure diagram: a QGraphicsScene mirroring the unit tree (pyramid nodes, ring circles).

It rebuilds from the services on every change set that touches the structure; a drag calls a service
inside one `db.write`, so undo flows through the journal like any other edit.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsTextItem,
)

from desktop.services.container import Services

NODE_W, NODE_H, GAP_X, GAP_Y = 180, 74, 24, 56
MEMBER_MIME = "application/x-beehive-member"
OVER_CAP = QColor("#c62828")


class UnitItem(QGraphicsRectItem):
    def __init__(self, scene: StructureScene, unit, ring_note: str) -> None:
        super().__init__(0, 0, NODE_W, NODE_H)
        self.unit, self.owner = unit, scene
        ring = unit.kind == "ring"
        self.setBrush(QBrush(QColor("#fff8e1" if ring else "#e3f2fd")))
        self.setPen(QPen(OVER_CAP if unit.over_cap else QColor("#5c6bc0"), 2 if unit.over_cap else 1))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        lead, size = scene.lead_text(unit), scene.size_text(unit)
        colour = OVER_CAP.name() if unit.over_cap else "#333"
        lines = [f"<b>{_esc(unit.name)}</b>{' ◯' if ring else ''}", _esc(lead),
                 f"<span style='color:{colour}'>{_esc(size)}</span>"]  # fmt: skip
        if ring_note:
            lines.append(f"<span style='color:#8d6e63'>{_esc(ring_note)}</span>")
        text = QGraphicsTextItem()
        text.setParentItem(self)  # set after construction: PySide6 drops the parent given to the constructor
        text.setHtml("<br>".join(lines))
        text.setTextWidth(NODE_W - 8)
        text.setPos(4, 2)
        text.setFont(QFont(scene.font_family, 8))
        self._press = QPointF()

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

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.owner.toggle(self.unit.id)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        event.setAccepted(event.mimeData().hasFormat(MEMBER_MIME))

    def dropEvent(self, event) -> None:  # noqa: N802
        member_id, from_unit = (int(x) for x in bytes(event.mimeData().data(MEMBER_MIME)).decode().split(":"))
        self.owner.member_dropped.emit(member_id, from_unit, self.unit.id)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class StructureScene(QGraphicsScene):
    unit_clicked = Signal(int)
    unit_dropped = Signal(int, int)  # unit, new parent
    member_dropped = Signal(int, int, int)  # member, from unit (0 = none), to unit

    def __init__(self, services: Services, community_id: int, parent=None) -> None:
        super().__init__(parent)
        self.services, self.community_id = services, community_id
        self.font_family = "Noto Sans CJK SC"
        self.collapsed: set[int] = set()
        self.items_by_unit: dict[int, UnitItem] = {}
        services.changes.changed.connect(self.on_changes)
        self.rebuild()

    def on_changes(self, changes) -> None:
        if {c.table for c in changes.changes} & {
            "unit",
            "unit_member",
            "role_assignment",
            "member",
            "community",
        }:
            self.rebuild()

    def toggle(self, unit_id: int) -> None:
        self.collapsed ^= {unit_id}
        self.rebuild()

    def rebuild(self) -> None:
        """Lay the tree out top-down: each node centred over its children (collapsed subtrees hidden)."""
        self.clear()
        self.items_by_unit = {}
        units = self.services.structure.units(self.community_id)
        children: dict[int | None, list] = {}
        for u in units:
            children.setdefault(u.parent_id if u.parent_id in {x.id for x in units} else None, []).append(u)
        spans = self._spans(children)
        x = 0.0
        for root in children.get(None, []):
            self._place(root, x, children, spans)
            x += spans[root.id]
        self.setSceneRect(self.itemsBoundingRect().adjusted(-40, -40, 40, 40))

    def _spans(self, children) -> dict[int, float]:
        """Width of every subtree, children before parents (iterative: trees may nest deep)."""
        spans: dict[int, float] = {}
        order, stack = [], list(children.get(None, []))
        while stack:
            u = stack.pop()
            order.append(u)
            if u.id not in self.collapsed:
                stack.extend(children.get(u.id, []))
        for u in reversed(order):
            kids = [] if u.id in self.collapsed else children.get(u.id, [])
            spans[u.id] = max(NODE_W + GAP_X, sum(spans[k.id] for k in kids))
        return spans

    def _place(self, unit, left: float, children, spans) -> None:
        stack = [(unit, left, 0, None)]
        while stack:  # iterative: a 12 × 12 cell network nests deep
            u, left, depth, parent_item = stack.pop()
            kids = [] if u.id in self.collapsed else children.get(u.id, [])
            span = spans[u.id]
            item = UnitItem(self, u, self._ring_note(u))
            item.setPos(left + (span - NODE_W) / 2, depth * (NODE_H + GAP_Y))
            self.addItem(item)
            self.items_by_unit[u.id] = item
            if parent_item is not None:
                self._edge(parent_item, item)
            if u.id in self.collapsed and children.get(u.id):
                item.setToolTip(
                    self.tr("%n sub-group(s) folded; double-click to unfold", "", len(children[u.id]))
                )
            offset = left
            for k in kids:
                stack.append((k, offset, depth + 1, item))
                offset += spans[k.id]

    def lead_text(self, unit) -> str:
        return self.tr("Lead: {name}").format(name=unit.lead or "—")

    def size_text(self, unit) -> str:
        return self.tr("{size} / {cap} members").format(size=unit.size, cap=unit.cap)

    def _ring_note(self, unit) -> str:
        if unit.kind != "ring":
            return ""
        c = self.services.structure.ring_coverage(self.community_id, unit.id)
        parts = []
        if c.missing:
            parts.append(self.tr("missing: {names}").format(names="、".join(c.missing)))
        if c.doubled:
            parts.append(self.tr("doubled: {names}").format(names="、".join(c.doubled)))
        return "; ".join(parts) or self.tr("all specialties covered")

    def _edge(self, parent: UnitItem, child: UnitItem) -> None:
        start = parent.pos() + QPointF(NODE_W / 2, NODE_H)
        end = child.pos() + QPointF(NODE_W / 2, 0)
        path = QPainterPath(start)
        mid = (start.y() + end.y()) / 2
        path.cubicTo(QPointF(start.x(), mid), QPointF(end.x(), mid), end)
        edge = QGraphicsPathItem(path)
        edge.setPen(QPen(QColor("#9e9e9e"), 1))
        edge.setZValue(-1)
        self.addItem(edge)

    def bounds(self) -> QRectF:
        return self.itemsBoundingRect()
