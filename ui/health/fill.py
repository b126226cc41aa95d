"""Filling the dashboard from the report (or "…" while it is being computed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from html import escape

from PySide6.QtWidgets import QLabel, QPushButton, QTableWidgetItem

from desktop.services.health.report_types import (
    HealthNumbers,
    HealthReport,
    HealthStates,
    Number,
    UnitRow,
    Windows,
)
from ui.common import ink
from ui.common.person_names import shown_name, shown_names
from ui.health.numbers import count, figure, number, percent

PERCENT = ("retention", "top_share")
TIES = ("density", "top_share")  # "—" while no tie is recorded (not 0.0 % / 0 %)
PRINTED_MUTED = "#555"  # scorecard_html's secondary text on paper (the screen passes ink.muted())


def shown(key: str, value: Number) -> str:
    if value is None:
        return "—"
    if key == "density":  # ties are sparse: 2.0 %, not 0.019737 (nor a bare 2 %)
        return percent(value, 1)
    if key in PERCENT:
        return percent(value)
    return number(value)  # 12,345 members; 1.33 a month


def fill_dashboard(view) -> None:
    """Every part of the report that is in; "…" for the rest (the first part has the member states)."""
    report: HealthStates | None = view.report
    text = view.text
    settings = view.services.health.settings(view.community_id)
    windows = report.windows if report else Windows(settings.active_days, settings.drifting_after_days,
                                                    settings.inactive_after_days)  # fmt: skip
    numbers = report.numbers() if report else {}
    if report and not report.has_activity:  # nobody is known to be drifting or inactive yet
        numbers |= {"drifting": None, "inactive": None}
    no_ties = no_ties_yet(report)
    if no_ties:
        numbers |= dict.fromkeys(TIES)
    view.notice.setText(text.no_activity() if report and not report.has_activity else "")
    view.first_run.setVisible(bool(report) and not report.has_activity)  # the notice and the next steps
    full = report if isinstance(report, HealthReport) else None  # levels, scorecard, units and lists
    _clear(view.grid)
    _clear(view.level_row)
    for i, (key, name, how) in enumerate(text.numbers()):
        button = QPushButton(f"{name}\n{shown(key, numbers[key]) if key in numbers else '…'}")
        tip = how.format(**asdict(windows))
        button.setToolTip(f"{text.no_ties()}\n{tip}" if no_ties and key in TIES else tip)
        button.setMinimumHeight(54)
        button.clicked.connect(lambda _c=False, k=key, n=name: view.show_members(k, n))
        view.grid.addWidget(button, i // 5, i % 5)
    from ui.health.labels import level_names

    for level, label in list(level_names(settings.level_names).items())[1:]:  # the first is "(computed)"
        people = count(full.levels.get(level, 0)) if full else "…"
        button = QPushButton(f"{label} {people}")
        button.setToolTip(text.level_tip())
        button.clicked.connect(lambda _c=False, k=level, n=label: view.show_members(k, n, level=True))
        view.level_row.addWidget(button)
    view.level_row.addStretch(1)
    view.scorecard.setHtml(scorecard_html(full, text, ink.muted()) if full else "")
    view.lists.setHtml(lists_html(full, text) if full else "")
    units = full.units if full else ()
    view.units.setRowCount(len(units))
    for r, u in enumerate(units):
        for c, value in enumerate(unit_cells(u)):
            view.units.setItem(r, c, QTableWidgetItem(str(value)))
    view.intros.clear()
    for p in view.pairs if full else []:
        offers = " / ".join(", ".join(o) for o in (p["a_offers"], p["b_offers"]) if o)
        why = "; ".join(x for x in ("、".join(p["shared_interests"]), offers) if x)
        view.intros.addItem(f"{shown_name(p['a'])} ↔ {shown_name(p['b'])}  ({why})")


def no_ties_yet(report: HealthStates | None) -> bool:
    """The network numbers are in and no tie is recorded: density and the top share mean nothing yet."""
    return isinstance(report, HealthNumbers) and not report.density


def notice_label() -> QLabel:
    """The band above the numbers that says why they are empty (hidden while there is nothing to say)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("QLabel { background: #fff4d6; color: #5a4100; padding: 8px; border-radius: 4px; }")
    label.hide()
    return label


def unit_cells(u: UnitRow) -> tuple[object, ...]:
    """A unit's row, as the dashboard's table and the printed page show it."""
    return (
        u.name,
        count(u.size),
        count(u.cap),
        "⚠" if u.over_cap else "",
        shown("absence_factor", u.absence_factor),
    )


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.setParent(None)  # out of the view at once; deleted later
            widget.deleteLater()


def scorecard_html(report: HealthReport, text, muted: str = PRINTED_MUTED) -> str:
    """The scorecard and the strong nodes; `muted` colours the evidence (ink.muted() on screen)."""
    names, labels, fixes = text.conditions(), text.evidence(), text.fixes()
    rows = []
    for key, c in report.conditions.items():
        evidence = ", ".join(f"{labels.get(k, k)} {shown('retention' if k == 'show_up_rate' else k, v)}"
                             for k, v in c.evidence.items())  # fmt: skip
        fix = f"<a href='fix:{c.fix}'>{escape(fixes.get(c.fix, c.fix))}</a>"
        rows.append(f"<tr><td><b>{escape(names[key])}</b></td><td align='right'><b>{c.score}</b></td>"
                    f"<td style='color:{muted}'>{escape(evidence)}</td><td>{fix}</td></tr>")  # fmt: skip
    nodes = (
        "、".join(
            f"{shown_name(n.name)} ({count(n.degree)}, {figure(n.betweenness)})" for n in report.strong_nodes
        )
        or text.no_ties()
    )
    five, strong = text.five(), text.strong()
    return (f"<h3>{escape(five)}</h3><table cellpadding='3'>{''.join(rows)}</table>"
            f"<h3>{escape(strong)}</h3><p>{escape(nodes)}</p>")  # fmt: skip


def lists_html(report: HealthReport, text, limit: int = 60) -> str:
    parts = []
    people_in = lists_by_key(report)
    for key, title in text.lists().items():
        people = shown_names(people_in[key])
        more = " …" if len(people) > limit else ""
        parts.append(
            f"<h3>{escape(title)} ({count(len(people))})</h3><p>{escape('、'.join(people[:limit]))}{more}</p>"
        )
        if key == "removal_candidates" and too_early(report):
            parts.append(
                f"<p style='color:{ink.muted()}'>{escape(text.candidates_later(report.window_days, report.activity_since))}</p>"
            )
    credit = report.invitations[:10]
    if credit:
        warn = ink.warn()
        rows = "".join(f"<tr><td>{escape(shown_name(r.name))}</td><td align='right'>{count(r.successful)} / {count(r.invited)}</td>"
                       f"<td style='color:{warn}'>{escape(' '.join(r.months_over_rule))}</td></tr>" for r in credit)  # fmt: skip
        cells = "".join(f"<th align='left'>{escape(c)}</th>" for c in text.credit_columns())
        parts.append(f"<h3>{escape(text.credit())}</h3><table cellpadding='2'><tr>{cells}</tr>{rows}</table>")
    return "".join(parts)


def too_early(report: HealthStates, today: dt.date | None = None) -> bool:
    """Activity recorded, but less than one window of it: inactivity makes no removal candidates yet."""
    since = report.activity_since
    limit = (today or dt.date.today()) - dt.timedelta(days=report.window_days)
    return since is not None and dt.date.fromisoformat(since) > limit


def lists_by_key(report: HealthReport) -> dict[str, tuple[str, ...]]:
    """The lists to act on under the keys HealthText.lists() names them by."""
    lists = report.lists
    return {"follow_up": lists.follow_up, "new_needing_second_activity": lists.new_needing_second_activity,
            "removal_candidates": lists.removal_candidates}  # fmt: skip
