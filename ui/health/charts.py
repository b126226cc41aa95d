"""Charts over time (pyqtgraph): lines over dates with hover values, stacked areas (levels), a heat map
(cohorts) and bars (degrees); a note when there is no data; a click on a point reports (label, period)
so the window can list the members behind it; export to PNG and SVG, and painting onto a printed page.

A chart is a figure on white on both palettes, with dark text (title, axes, legend, the empty note):
the page printed and the PNG/SVG saved are grabs of the widget, so a palette-coloured chart would print
dark on paper, and the series colours (chart_shapes.COLOURS, viridis) are chosen for white."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject

PAPER, INK, NOTE = "w", "#202020", "#555555"  # the chart's own colours: white, near-black text, the note


class ActivityChartText(QObject):
    def titles(self) -> dict[str, str]:
        return {"activity": self.tr("Community activity"), "active_members": self.tr("Active members"),
                "growth": self.tr("Joins and leaves"), "show_up": self.tr("Show-up rate per event"),
                "series_attendance": self.tr("Attendance per event series"),
                "levels": self.tr("Engagement levels over time"),
                "cohorts": self.tr("Retention by join month (share active N weeks after joining)"),
                "degrees": self.tr("Ties per member (degree distribution)")}  # fmt: skip

    def labels(self, names: dict[str, str] | None = None) -> dict[str, str]:
        from ui.health.labels import level_names

        return {"activity": self.tr("activity"), "active_members": self.tr("active members"),
                "joins": self.tr("joins"), "leaves": self.tr("leaves"), "show_up": self.tr("attended ÷ going"),
                "members": self.tr("members"), "share_active": self.tr("share active"),
                **level_names(names)}  # fmt: skip

    def axes(self) -> dict[str, tuple[str, str]]:
        return {"cohorts": (self.tr("weeks after joining"), self.tr("join month")),
                "degrees": (self.tr("ties"), self.tr("members"))}  # fmt: skip

    def months(self) -> list[str]:
        return [self.tr("Jan"), self.tr("Feb"), self.tr("Mar"), self.tr("Apr"), self.tr("May"), self.tr("Jun"),
                self.tr("Jul"), self.tr("Aug"), self.tr("Sep"), self.tr("Oct"), self.tr("Nov"), self.tr("Dec")]  # fmt: skip

    def empty(self) -> str:
        return self.tr("No data in this range.")


def cohort_sizes(growth: dict[str, list[tuple[str, float]]]) -> dict[str, int]:
    """The members who joined in each month, from the monthly growth chart's joins ("2026-09": 12):
    the size of each row of the cohorts chart (its cohorts are the same join months)."""
    return {period[:7]: int(n) for period, n in growth.get("joins", []) if n}


def make_plot(data: dict[str, list[tuple[str, float]]], name: str, on_click=None, names=None, sizes=None,
              empty: str = ""):  # fmt: skip
    """The chart `name` drawn from its series; `on_click(label, period)` when a point is clicked; `names`
    are the organiser's names for the engagement levels; `sizes` the cohorts' sizes (cohort_sizes);
    `empty` what an empty chart says (else "No data in this range.")."""
    import pyqtgraph as pg

    from desktop.services.health.series import SHAPES
    from ui.health import chart_shapes
    from ui.health.chart_shapes import stamp

    text = ActivityChartText()
    shape = SHAPES.get(name, "lines")
    axis = {"bottom": chart_shapes.date_axis(text.months())} if shape in ("lines", "stacked") else {}
    plot = pg.PlotWidget(axisItems=axis, background=PAPER)
    plot.setTitle(text.titles().get(name, name), color=INK)
    for side in ("left", "bottom"):  # pyqtgraph's default is grey on white
        plot.getAxis(side).setPen(INK)
        plot.getAxis(side).setTextPen(INK)
    plot.showGrid(x=True, y=True, alpha=0.2)
    if name in text.axes():
        bottom, left = text.axes()[name]
        plot.setLabel("bottom", bottom, color=INK)
        plot.setLabel("left", left, color=INK)
    legend = plot.addLegend(labelTextColor=INK)
    points = sum(len(s) for s in data.values())
    if points:
        from ui.health.numbers import count

        draw = getattr(chart_shapes, shape)
        labels = text.labels(names) | {c: f"{c} ({count(n)})" for c, n in (sizes or {}).items()}
        draw(plot, data, labels, on_click or (lambda label, period: None))
    else:
        legend.hide()
        note = pg.TextItem(empty or text.empty(), color=NOTE, anchor=(0.5, 0.5))
        plot.addItem(note)
        if shape in ("lines", "stacked"):
            year = dt.date.today().year  # an empty year around the note
            plot.setXRange(stamp(f"{year}-01-01"), stamp(f"{year}-12-31"))
            note.setPos(stamp(f"{year}-07-01"), 0.5)
        else:
            plot.setXRange(0, 1)
            note.setPos(0.5, 0.5)
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


def paint_chart(plot, header: str, device) -> int:
    """The chart on one printed page under the header band (landscape suits it); returns 1."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter

    from ui.common.pages import band_font

    painter = QPainter(device)
    try:
        page = device.pageLayout().paintRectPixels(device.resolution())
        painter.setFont(band_font(device, 9))
        band = painter.fontMetrics().height() * 2
        painter.drawText(QRectF(0, 0, page.width(), band), Qt.AlignmentFlag.AlignLeft, header)
        image = (
            plot.grab().toImage()
        )  # as on screen (pyqtgraph lays text out for the screen, not the printer)
        scale = min(page.width() / image.width(), (page.height() - band) / image.height())
        painter.drawImage(QRectF(0, band, image.width() * scale, image.height() * scale), image)
    finally:
        painter.end()
    return 1
