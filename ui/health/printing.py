"""The one-page health report (Print… on the dashboard, and `report health --pdf`): the headline
numbers with how each is computed, levels, the scorecard, strong nodes, units and the lists to act on.
Long lists are cut to their first names and a count, so it stays one page."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from functools import partial
from html import escape

from PySide6.QtCore import QObject
from PySide6.QtGui import QPagedPaintDevice

from desktop.services.health.report_types import HealthReport
from ui.common import pages
from ui.common.person_names import shown_names
from ui.health.fill import TIES, lists_by_key, no_ties_yet, scorecard_html, shown, unit_cells
from ui.health.text import HealthText

TABLE = "<table border='1' cellspacing='0' cellpadding='2' width='100%' style='border-collapse: collapse;'>"
NAMES, UNITS = 12, 8


class ReportText(QObject):
    def title(self) -> str:
        return self.tr("Community health")

    def window(self, days: int, today: str) -> str:
        return (
            self.tr("As of %1; active means an activity in the last %2 days.")
            .replace("%1", today)
            .replace("%2", str(days))
        )

    def more(self, n: int) -> str:
        return self.tr("and %n more", "", n)

    def more_units(self, n: int) -> str:
        return self.tr("and %n more unit(s)", "", n)

    def levels(self) -> str:
        return self.tr("Engagement levels")

    def file_word(self) -> str:
        """The report's name in a PDF's file name."""
        return self.tr("Health report")


def health_html(report: HealthReport, today: str | None = None, names: dict[str, str] | None = None) -> str:
    """The page as HTML, from the report's data alone (no queries): `names` are the level names."""
    text, words = HealthText(), ReportText()
    days, values, windows = report.window_days, report.numbers(), asdict(report.windows)
    unknown = {} if report.has_activity else {"drifting": None, "inactive": None}  # nothing recorded yet: "—"
    if no_ties_yet(report):
        unknown |= dict.fromkeys(TIES)
    numbers = "".join(
        f"<tr><td><b>{escape(name)}</b></td><td align='right'>{shown(key, unknown.get(key, values[key]))}</td>"
        f"<td style='color:#444'>{escape(how.format(**windows))}</td></tr>"
        for key, name, how in text.numbers()
    )
    from ui.health.labels import level_names

    labels = level_names(names)
    levels = " · ".join(f"{labels[k]} {n}" for k, n in report.levels.items())
    unit_rows = "".join(
        f"<tr>{''.join(f'<td>{escape(str(v))}</td>' for v in unit_cells(u))}</tr>"
        for u in report.units[:UNITS]
    )
    unit_more = (
        f"<p>{escape(words.more_units(len(report.units) - UNITS))}</p>" if len(report.units) > UNITS else ""
    )
    heads = "".join(f"<th align='left'>{escape(h)}</th>" for h in text.unit_columns())
    lists, people_in = "", lists_by_key(report)
    for key, title in text.lists().items():
        people = shown_names(people_in[key])
        rest = f" {words.more(len(people) - NAMES)}" if len(people) > NAMES else ""
        lists += f"<p><b>{escape(title)} ({len(people)})</b>: {escape('、'.join(people[:NAMES]))}{escape(rest)}</p>"
    nothing = "" if report.has_activity else f"<p><b>{escape(text.no_activity())}</b></p>"
    title, window, level_title = (
        words.title(),
        words.window(days, today or dt.date.today().isoformat()),
        words.levels(),
    )
    return (
        f"<div style='font-size: 8.5pt'><h2>{escape(title)}</h2><p>{escape(window)}</p>{nothing}{TABLE}{numbers}</table>"
        f"<p><b>{escape(level_title)}</b>: {escape(levels)}</p>{scorecard_html(report, text)}"
        f"{TABLE}<tr>{heads}</tr>{unit_rows}</table>{unit_more}{lists}</div>"
    )  # fmt: skip


def health_painter(report: HealthReport, community: str, names: dict[str, str] | None = None):
    """A function that paints the report on a paged device and returns its page count; `names` are the
    organiser's names for the levels."""
    header = f"{community} · {ReportText().title()}"
    paint = partial(_paint, health_html(report, names=names), header)
    paint.pdf_name = pdf_name(community)  # the print preview's Save as PDF… proposes it
    return paint


def pdf_name(community: str) -> str:
    """`2026-12-04 晨读会 — Health report.pdf`: today's date and the community."""
    from ui.common.pdf_files import today_name

    return today_name(community, ReportText().file_word())


def save_pdf_as(painter, parent=None):
    """Save as PDF…: the dialog in the last folder on the proposed name; the status bar says where.
    `painter` is health_painter's; returns the path, None when cancelled."""
    from ui.common.pdf_files import save_as

    return save_as(
        parent, getattr(painter, "pdf_name", "") or pdf_name(""), lambda path: pages.write_pdf(painter, path)
    )


def _paint(html: str, header: str, device: QPagedPaintDevice) -> int:
    return pages.paint_document(html, device, header)
