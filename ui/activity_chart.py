"""Charts over time (pyqtgraph, date axis): a line per series with hover values, a note when the range
is empty, and export to PNG and SVG (the data goes to CSV through desktop.services.activity_series)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd")


class ActivityChartText(QObject):
    def titles(self) -> dict[str, str]:
        return {"activity": self.tr("Community activity"), "active_members": self.tr("Active members"),
                "growth": self.tr("Joins and leaves"), "show_up": self.tr("Show-up rate per event")}  # fmt: skip

    def labels(self) -> dict[str, str]:
        return {"activity": self.tr("activity"), "active_members": self.tr("active members"),
                "joins": self.tr("joins"), "leaves": self.tr("leaves"), "show_up": self.tr("attended ÷ going")}  # fmt: skip

    def empty(self) -> str:
        return self.tr("No data in this range.")


def _stamp(day: str) -> float:
    return dt.datetime.fromisoformat(day[:10]).replace(tzinfo=dt.UTC).timestamp()


def make_plot(data: dict[str, list[tuple[str, float]]], name: str):
    import pyqtgraph as pg

    text = ActivityChartText()
    plot = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(utcOffset=0)}, background="w")
    plot.setTitle(text.titles().get(name, name), color="k")
    plot.showGrid(x=True, y=True, alpha=0.2)
    legend = plot.addLegend()
    labels = text.labels()
    points = 0
    for i, (label, series) in enumerate(data.items()):
        if not series:
            continue
        xs, ys = [_stamp(p) for p, _ in series], [v for _, v in series]
        colour, shown = COLOURS[i % len(COLOURS)], labels.get(label, label)
        item = plot.plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=6, symbolBrush=colour,
                         name=shown)  # fmt: skip
        item.scatter.opts["hoverable"] = True  # hover a point: its value and period
        item.scatter.opts["tip"] = lambda x, y, data=None, lb=shown: (
            f"{lb}: {y:g} ({dt.datetime.fromtimestamp(x, dt.UTC):%Y-%m-%d})"
        )
        points += len(series)
    if not points:
        legend.hide()
        note = pg.TextItem(text.empty(), color="#555", anchor=(0.5, 0.5))
        plot.addItem(note)
        plot.setXRange(_stamp("2026-01-01"), _stamp("2026-12-31"))
        note.setPos(_stamp("2026-07-01"), 0.5)
    plot.resize(1100, 480)
    return plot


def export_chart(plot, png: Path | None = None, svg: Path | None = None) -> None:
    """The widget as drawn: PNG by grabbing it, SVG by painting it on QSvgGenerator (pyqtgraph's own
    exporters clip the title, and its SVG one fails on this Qt version's path data)."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    if png:
        plot.grab().save(str(png))
    if svg:
        generator = QSvgGenerator()
        generator.setFileName(str(svg))
        generator.setSize(QSize(plot.width(), plot.height()))
        generator.setViewBox(QRect(0, 0, plot.width(), plot.height()))
        painter = QPainter(generator)
        plot.render(painter)
        painter.end()
