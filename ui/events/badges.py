"""Name badges on an A4 label grid (2×4, 3×8, ...): name large, unit and role small, cut lines light."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from desktop.services.events.printout_data import BadgeList
from ui.common.labels import named, role_names
from ui.common.pages import families
from ui.events.labels import duty_names
from ui.events.sheets import SheetText

GRIDS = {"2x4": (2, 4), "3x8": (3, 8), "2x5": (2, 5), "3x7": (3, 7)}


def _fitted(text: str, points: float, width: float, device) -> QFont:
    font = QFont()
    font.setFamilies(families())
    font.setPointSizeF(points)
    while points > 6 and QFontMetricsF(font, device).horizontalAdvance(text) > width:
        points -= 1
        font.setPointSizeF(points)
    return font


def paint_badges(data: BadgeList, device: QPagedPaintDevice, grid: str = "2x4") -> int:
    """One badge per person on the device's page body (set up by ui.common.pages); returns pages."""
    community = data.community
    roles = {**role_names(), **duty_names()}
    no_photos = SheetText().no_photos()
    cols, rows = GRIDS.get(grid, GRIDS["2x4"])
    per_page = cols * rows
    painter = QPainter(device)
    try:
        page = device.pageLayout().paintRectPixels(device.resolution())
        w, h = page.width() / cols, page.height() / rows
        pad = min(w, h) * 0.08
        big = 30 if rows <= 5 else 18
        pages = max(1, -(-len(data.badges) // per_page))
        for i, badge in enumerate(data.badges):
            name, unit, role = badge.name, badge.unit, named(roles, badge.role)
            if i and i % per_page == 0:
                device.newPage()
            slot = i % per_page
            cell = QRectF((slot % cols) * w, (slot // cols) * h, w, h)
            painter.setPen(QPen(Qt.GlobalColor.lightGray, 0, Qt.PenStyle.DashLine))
            painter.drawRect(cell)
            inner = cell.adjusted(pad, pad, -pad, -pad)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.setFont(_fitted(community, big * 0.3, inner.width(), device))
            painter.drawText(inner, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter, community)
            painter.setPen(Qt.GlobalColor.black)
            font = _fitted(name, big, inner.width(), device)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(inner, Qt.AlignmentFlag.AlignCenter, name)
            if badge.no_photos:  # under the name, in red: photographers look for it
                painter.setPen(Qt.GlobalColor.red)
                mark = f"⊘ {no_photos}"
                painter.setFont(_fitted(mark, big * 0.45, inner.width(), device))
                below = inner.adjusted(0, inner.height() * 0.62, 0, 0)
                painter.drawText(below, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter, mark)
                painter.setPen(Qt.GlobalColor.black)
            small = " · ".join(x for x in (unit, role) if x)
            painter.setFont(_fitted(small, big * 0.4, inner.width(), device))
            painter.drawText(inner, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter, small)
        return pages
    finally:
        painter.end()
