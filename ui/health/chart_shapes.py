"""How each kind of chart is drawn on a pyqtgraph plot (see ui.health.charts.make_plot). Each takes
the plot, the series {label: [(period, value)]}, the shown names of labels and a click callback."""

from __future__ import annotations

import datetime as dt

from ui.health.numbers import number, percent

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")


def stamp(day: str) -> float:
    return dt.datetime.fromisoformat(day[:10]).replace(tzinfo=dt.UTC).timestamp()


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_axis(months: list[str]):
    """A date axis whose month names are in the interface language (pyqtgraph writes them in English)."""
    import re

    import pyqtgraph as pg

    names = dict(zip(MONTHS, months, strict=True))
    pattern = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")

    class LocalDateAxis(pg.DateAxisItem):
        def tickStrings(self, values, scale, spacing):  # noqa: N802  (pyqtgraph's name)
            return [
                pattern.sub(lambda m: names[m.group(1)], s)
                for s in super().tickStrings(values, scale, spacing)
            ]

    return LocalDateAxis(utcOffset=0)


def _clickable(item, label: str, on_click, period_of) -> None:
    item.scatter.opts["hoverable"] = True
    item.sigPointsClicked.connect(lambda _i, pts, *_: pts and on_click(label, period_of(pts[0].pos().x())))


def _period(stamp: float) -> str:
    return dt.datetime.fromtimestamp(round(stamp), dt.UTC).date().isoformat()


def lines(plot, data, labels, on_click) -> None:
    import pyqtgraph as pg

    values = [v for s in data.values() for _, v in s]
    if values and min(values) >= 0:  # counts and rates start at zero, so a dip is not drawn as a fall
        plot.setYRange(0, max(values) * 1.08 or 1.0)
    for i, (label, series) in enumerate(data.items()):
        if not series:
            continue
        colour, shown = COLOURS[i % len(COLOURS)], labels.get(label, label)
        item = plot.plot([stamp(p) for p, _ in series], [v for _, v in series], pen=pg.mkPen(colour, width=2),
                         symbol="o", symbolSize=7, symbolBrush=colour, name=shown)  # fmt: skip
        item.scatter.opts["tip"] = lambda x, y, data=None, lb=shown: f"{lb}: {number(y)} ({_period(x)})"
        _clickable(item, label, on_click, _period)


def stacked(plot, data, labels, on_click) -> None:
    """Areas stacked in the order of `data` (levels: following at the bottom)."""
    import pyqtgraph as pg

    periods = sorted({p for s in data.values() for p, _ in s})
    xs = [stamp(p) for p in periods]
    base = [0.0] * len(periods)
    below = plot.plot(xs, base, pen=pg.mkPen((0, 0, 0, 0)))  # an invisible floor for the first fill
    for i, (label, series) in enumerate(data.items()):
        values = dict(series)
        top = [b + values.get(p, 0.0) for b, p in zip(base, periods, strict=True)]
        colour, shown = COLOURS[i % len(COLOURS)], labels.get(label, label)
        curve = plot.plot(xs, top, pen=pg.mkPen(colour, width=1), symbol="o", symbolSize=5, symbolBrush=colour,
                          name=shown)  # fmt: skip
        curve.scatter.opts["tip"] = lambda x, y, data=None, lb=shown, v=values: (
            f"{lb}: {number(v.get(_period(x), 0))} ({_period(x)})"
        )
        fill = pg.FillBetweenItem(below, curve, brush=pg.mkBrush(colour + "80"))
        plot.addItem(fill)
        _clickable(curve, label, on_click, _period)
        below, base = curve, top
    plot.setXRange(xs[0], xs[-1], padding=0.02)  # the fills would stretch the range back to 1970


def heatmap(plot, data, labels, on_click) -> None:
    """Rows: cohorts (oldest at the top), each named with its size when `labels` has it ("2026-09
    (12)"); columns: weeks; colour: the share active, with a legend from 0% to 100% beside it."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtGui import QFontMetrics

    cohorts = sorted(data)
    weeks = max(int(w) for s in data.values() for w, _ in s) + 1
    grid = np.zeros((weeks, len(cohorts)))
    for row, cohort in enumerate(cohorts):
        for week, share in data[cohort]:
            grid[int(week), len(cohorts) - 1 - row] = share
    image = pg.ImageItem(grid)
    ramp = pg.colormap.get("viridis")
    image.setColorMap(ramp)
    image.setLevels((0.0, 1.0))
    plot.addItem(image)
    rows = [(len(cohorts) - 1 - r + 0.5, labels.get(c, c)) for r, c in enumerate(cohorts)]
    plot.getAxis("left").setTicks([rows])
    metrics = QFontMetrics(plot.font())
    width = max((metrics.horizontalAdvance(t) for _, t in rows), default=0)
    plot.getAxis("left").setWidth(max(90, width + 40))  # room for "2026-09 (1,234)" beside the axis label
    plot.getAxis("bottom").setTicks([[(w + 0.5, str(w)) for w in range(weeks)]])
    for row, cohort in enumerate(cohorts):
        for week, share in data[cohort]:
            label = pg.TextItem(percent(share), color="w" if share < 0.6 else "k", anchor=(0.5, 0.5))
            label.setPos(int(week) + 0.5, len(cohorts) - 1 - row + 0.5)
            plot.addItem(label)
    legend = pg.ColorBarItem(values=(0.0, 1.0), colorMap=ramp, interactive=False, colorMapMenu=False,
                             label=labels.get("share_active", ""), pen="k")  # fmt: skip
    legend.setImageItem(image, insert_in=plot.getPlotItem())
    legend.axis.setTicks([[(v, percent(v)) for v in (0.0, 0.25, 0.5, 0.75, 1.0)]])
    legend.axis.setTextPen("k")
    legend.axis.setPen("k")
    plot.colour_legend = legend  # tests read its ticks

    def clicked(event) -> None:
        pos = image.mapFromScene(event.scenePos())
        week, row = int(pos.x()), len(cohorts) - 1 - int(pos.y())
        if 0 <= week < weeks and 0 <= row < len(cohorts):
            on_click(cohorts[row], str(week))

    plot.scene().sigMouseClicked.connect(clicked)
    plot.clicked_cell = clicked  # tests click a cell through this


def bars(plot, data, labels, on_click) -> None:
    import pyqtgraph as pg

    for label, series in data.items():
        xs, ys = [int(p) for p, _ in series], [v for _, v in series]
        plot.addItem(pg.BarGraphItem(x=xs, height=ys, width=0.8, brush=COLOURS[0]))
        points = plot.plot(
            xs, ys, pen=None, symbol="o", symbolSize=6, symbolBrush=COLOURS[0], name=labels.get(label, label)
        )
        points.scatter.opts["tip"] = lambda x, y, data=None: f"{int(x)}: {number(y)}"
        _clickable(points, label, on_click, lambda x: str(int(round(x))))
