"""The outputs board: one column per status, a card per output. Dragging a card to another column
moves it along the pipeline (one undo step); a stalled card has a red edge; columns show counts.
Painted in the palette's colours (columns AlternateBase, cards Base, text Text), so it reads on the
light and the dark palette alike."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from desktop.services.drafts import OUTPUT_STATUSES, is_stalled
from ui.common import ink
from ui.common.labels import named
from ui.common.output_labels import output_kind_names, output_status_names
from ui.common.person_names import shown_name

CARD_H, GAP, HEAD = 54, 8, 34


class OutputBoard(QWidget):
    move_requested = Signal(int, str)  # output id, new status
    open_requested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.outputs: list = []
        self.stalled_days = 30
        self._drag: tuple[int, QPointF] | None = None
        self._hover: QPointF | None = None
        self.setMouseTracking(True)
        self.setMinimumHeight(300)

    def set_outputs(self, outputs: list, stalled_days: int) -> None:
        self.outputs, self.stalled_days = outputs, stalled_days
        rows = max((sum(o.status == s for o in outputs) for s in OUTPUT_STATUSES), default=0)
        self.setMinimumHeight(HEAD + rows * (CARD_H + GAP) + GAP)
        self.update()

    def column_rect(self, i: int) -> QRectF:
        w = self.width() / len(OUTPUT_STATUSES)
        return QRectF(i * w, 0, w, self.height())

    def card_rects(self) -> dict[int, QRectF]:
        rects = {}
        for i, status in enumerate(OUTPUT_STATUSES):
            col = self.column_rect(i)
            cards = [o for o in self.outputs if o.status == status]
            for n, o in enumerate(cards):
                rects[o.id] = QRectF(
                    col.left() + GAP, HEAD + n * (CARD_H + GAP), col.width() - 2 * GAP, CARD_H
                )
        return rects

    def status_at(self, point: QPointF) -> str | None:
        i = int(point.x() // (self.width() / len(OUTPUT_STATUSES)))
        return OUTPUT_STATUSES[i] if 0 <= i < len(OUTPUT_STATUSES) else None

    def card_at(self, point: QPointF) -> int | None:
        return next((k for k, r in self.card_rects().items() if r.contains(point)), None)

    # --- mouse ------------------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        card = self.card_at(event.position())
        self._drag = (card, event.position()) if card is not None else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag is not None:
            self._hover = event.position()
            self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        drag, self._drag, self._hover = self._drag, None, None
        self.update()
        if drag is None:
            return
        card, _ = drag
        target = self.status_at(event.position())
        current = next(o.status for o in self.outputs if o.id == card)
        if target is not None and target != current:
            self.move_requested.emit(card, target)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        if (card := self.card_at(event.position())) is not None:
            self.open_requested.emit(card)

    # --- painting ---------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        names, kinds = output_status_names(), output_kind_names()
        today = dt.date.today()
        metrics = QFontMetrics(self.font())
        pal = self.palette()
        text, card, column = (pal.color(r) for r in (QPalette.ColorRole.Text, QPalette.ColorRole.Base,
                                                      QPalette.ColorRole.AlternateBase))  # fmt: skip
        hot_column = QColor(pal.color(QPalette.ColorRole.Highlight))
        hot_column.setAlpha(60)
        edge, alert, muted = (
            QColor("#666" if ink.dark() else "#999"),
            QColor(ink.alert()),
            QColor(ink.muted()),
        )
        for i, status in enumerate(OUTPUT_STATUSES):
            col = self.column_rect(i)
            hot = self._hover is not None and col.contains(self._hover)
            p.fillRect(col.adjusted(2, 0, -2, 0), column)
            if hot:
                p.fillRect(col.adjusted(2, 0, -2, 0), hot_column)
            count = sum(o.status == status for o in self.outputs)
            p.setPen(text)
            p.drawText(
                QRectF(col.left(), 0, col.width(), HEAD),
                Qt.AlignmentFlag.AlignCenter,
                f"{names[status]} ({count})",
            )
        for o in self.outputs:
            rect = self.card_rects()[o.id]
            if self._drag is not None and self._drag[0] == o.id and self._hover is not None:
                rect = rect.translated(self._hover - self._drag[1])
            stalled = is_stalled(o.status, o.status_on, today, self.stalled_days)
            p.setPen(QPen(alert if stalled else edge, 2 if stalled else 1))
            p.setBrush(card)
            p.drawRoundedRect(rect, 6, 6)
            p.setPen(text)
            inner = rect.adjusted(8, 4, -8, -4)
            p.drawText(inner, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                       metrics.elidedText(o.title, Qt.TextElideMode.ElideRight, int(inner.width())))  # fmt: skip
            people = "、".join(shown_name(n) for _, n, _ in o.contributors)
            small = f"{named(kinds, o.kind)} · {people}" if people else named(kinds, o.kind)
            p.setPen(muted)
            p.drawText(inner, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                       metrics.elidedText(small, Qt.TextElideMode.ElideRight, int(inner.width())))  # fmt: skip
        p.end()
