"""A member's timeline painted as a small bar chart (activity per month), shown inside the member page
as an image, so the members view needs no charting library."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

WIDTH, HEIGHT = 520, 120


class TimelineText(QObject):
    def title(self) -> str:
        return self.tr("Activity per month, last 12 months")


def timeline_image(points: list[tuple[str, float, int]], ratio: float = 1.0) -> QImage:
    """Bars of weighted activity per month with the month under each (and the value over it)."""
    image = QImage(int(WIDTH * ratio), int(HEIGHT * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        font = QFont()
        font.setPixelSize(10)
        painter.setFont(font)
        top, bottom = 16.0, HEIGHT - 16.0
        slot = WIDTH / max(1, len(points))
        highest = max((w for _, w, _ in points), default=0.0) or 1.0
        painter.setPen(QColor("#555"))
        painter.drawText(QRectF(0, 0, WIDTH, top), Qt.AlignmentFlag.AlignLeft, TimelineText().title())
        for i, (month, weight, _) in enumerate(points):
            height = (bottom - top - 12) * weight / highest
            bar = QRectF(i * slot + slot * 0.15, bottom - height, slot * 0.7, height)
            painter.fillRect(bar, QColor("#1f77b4"))
            painter.drawText(QRectF(i * slot, bottom, slot, 16), Qt.AlignmentFlag.AlignCenter, month[5:])
            if weight:
                painter.drawText(
                    QRectF(i * slot, bar.top() - 12, slot, 12), Qt.AlignmentFlag.AlignCenter, f"{weight:g}"
                )
        painter.setPen(QColor("#999"))
        painter.drawLine(0, int(bottom), WIDTH, int(bottom))
    finally:
        painter.end()
    return image
