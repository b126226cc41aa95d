"""Attendance certificates: one landscape page per person checked in at the event, the community's name
above, the person's name large and centered, then the event, its date and its hours, a line to sign."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from desktop.services.events.printout_data import CertificateList
from ui.common.pages import band_font

GOLD, INK, GREY = QColor("#8a6d1f"), QColor("#1a1a1a"), QColor("#555555")


class CertificateText(QObject):
    """Words on the certificates (a QObject so lupdate keeps the plural forms)."""

    def title(self) -> str:
        return self.tr("Certificate of attendance")

    def certifies(self) -> str:
        return self.tr("This certifies that")

    def attended(self) -> str:
        return self.tr("took part in")

    def hours(self, minutes: int) -> str:
        """The event's length: "2 hours" (plural forms), "1.5 hours", "45 minutes"."""
        if minutes % 60 == 0 and minutes:
            return self.tr("%n hour(s)", "", minutes // 60)
        if minutes < 60:
            return self.tr("%n minute(s)", "", minutes)
        return self.tr("{hours} hours").format(hours=f"{minutes / 60:.1f}".rstrip("0").rstrip("."))

    def when(self, day: str, hours: str) -> str:
        return self.tr("on {day} · {hours}").format(day=day, hours=hours)

    def signed(self) -> str:
        return self.tr("For the organisers")

    def nobody(self) -> str:
        return self.tr("Nobody has been checked in at this event yet.")


def _font(points: float, bold: bool = False) -> QFont:
    font = band_font(None, points)  # the printouts' fonts, no ligatures: "ﬁ" would not be found as "fi"
    font.setBold(bold)
    return font


def _fitted(text: str, points: float, width: float, device, bold: bool = False) -> QFont:
    font = _font(points, bold)
    while points > 10 and QFontMetricsF(font, device).horizontalAdvance(text) > width:
        points -= 2
        font = _font(points, bold)
    return font


def _line(painter: QPainter, area: QRectF, top: float, height: float, text: str, font: QFont,
          color: QColor = INK) -> float:  # fmt: skip
    """`text` centered in a band of `area` from `top` (a fraction of its height); returns the band's bottom."""
    painter.setFont(font)
    painter.setPen(color)
    band = QRectF(area.left(), area.top() + area.height() * top, area.width(), area.height() * height)
    painter.drawText(band, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
    return top + height


def paint_certificates(data: CertificateList, device: QPagedPaintDevice) -> int:
    """One certificate per name on the device (landscape, set up by ui.common.pages); returns pages.
    With nobody checked in, one page says so rather than an empty file."""
    text = CertificateText()
    day = f"{data.event.start:%Y-%m-%d}"
    when = text.when(day, text.hours(data.minutes))
    painter = QPainter(device)
    try:
        page = QRectF(device.pageLayout().paintRectPixels(device.resolution()))
        page.moveTo(0, 0)
        unit = page.height() / 100
        if not data.names:
            _line(painter, page, 0.4, 0.2, text.nobody(), _font(16), GREY)
            return 1
        for i, name in enumerate(data.names):
            if i:
                device.newPage()
            painter.setPen(QPen(GOLD, unit * 0.6))
            painter.drawRect(page.adjusted(unit, unit, -unit, -unit))
            painter.setPen(QPen(GOLD, unit * 0.15))
            painter.drawRect(page.adjusted(unit * 2.6, unit * 2.6, -unit * 2.6, -unit * 2.6))
            inner = page.adjusted(unit * 8, unit * 6, -unit * 8, -unit * 6)
            _line(
                painter,
                inner,
                0.02,
                0.08,
                data.community,
                _fitted(data.community, 16, inner.width(), device),
                GREY,
            )
            _line(painter, inner, 0.12, 0.14, text.title(), _font(30, bold=True), GOLD)
            _line(painter, inner, 0.30, 0.07, text.certifies(), _font(14), GREY)
            _line(painter, inner, 0.38, 0.17, name, _fitted(name, 44, inner.width(), device, bold=True))
            _line(painter, inner, 0.56, 0.07, text.attended(), _font(14), GREY)
            title = data.event.title
            _line(painter, inner, 0.63, 0.11, title, _fitted(title, 24, inner.width(), device, bold=True))
            _line(painter, inner, 0.74, 0.07, when, _font(14))
            y = inner.top() + inner.height() * 0.93
            x0, x1 = inner.center().x() - inner.width() * 0.18, inner.center().x() + inner.width() * 0.18
            painter.setPen(QPen(GREY, unit * 0.12))
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))
            _line(painter, inner, 0.94, 0.05, text.signed(), _font(10), GREY)
        return len(data.names)
    finally:
        painter.end()
