"""Series over time for the charts: SQL GROUP BY on day, ISO week (its Monday) or month.

- activity: the weighted sum of all activity per period;
- active_members: distinct members with activity per period;
- joins / leaves: members joining, and members leaving or removed, per period (growth);
- show_up: per event, attended ÷ going, by the event's date;
- the charts in desktop.services.more_series: attendance per event series, engagement levels
  (stacked), retention by join-month cohort (heat map) and the degree distribution.
An empty range gives an empty series (the chart says so), never an error.
"""

from __future__ import annotations

import datetime as dt

from desktop.chart_names import CHARTS
from desktop.services.counted import in_unit
from desktop.services.database import Database
from desktop.services.health_queries import ACTIVITY_SQL, activity_params
from desktop.services.health_settings import load
from models.errors import ValidationError

BUCKETS = {
    "day": "date(on_date)",
    "week": "date(on_date, '-' || ((CAST(strftime('%w', on_date) AS INTEGER) + 6) % 7) || ' days')",
    "month": "strftime('%Y-%m-01', on_date)",
}
# How each chart is drawn: lines over dates, stacked areas over dates, a heat map, or bars.
SHAPES = {"levels": "stacked", "cohorts": "heatmap", "degrees": "bars"}
# The CSV's first column: a period start date, except where the chart's x axis is something else.
FIRST_COLUMN = {"cohorts": "week", "degrees": "ties"}


def bucket(by: str, column: str = "on_date") -> str:
    if by not in BUCKETS:
        raise ValidationError("bad_period", "by", by)
    return BUCKETS[by].replace("on_date", column)


def period_end(start: str, by: str) -> str:
    """The first day after the period that starts on `start`."""
    day = dt.date.fromisoformat(start)
    if by == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1).isoformat()
    return (day + dt.timedelta(days=7 if by == "week" else 1)).isoformat()


def params(
    db: Database, community_id: int, unit_id: int | None = None, start: str = "", end: str = ""
) -> dict:
    return activity_params(load(db, community_id), community_id) | {
        "start": start or "0000", "end": end or "9999", "unit": unit_id}  # fmt: skip


def activity_sql(db: Database, community_id: int, name: str, by: str = "week", unit_id: int | None = None,
                 start: str = "", end: str = "") -> tuple[str, dict]:  # fmt: skip
    """The GROUP BY behind the activity and active-members charts, and its parameters."""
    value = "sum(weight)" if name == "activity" else "count(DISTINCT member_id)"
    sql = (f"SELECT {bucket(by)} AS p, {value} FROM ({ACTIVITY_SQL}) WHERE on_date >= :start AND on_date <= :end"
           f" AND on_date != ''{in_unit(unit_id)} GROUP BY p ORDER BY p")  # fmt: skip
    return sql, params(db, community_id, unit_id, start, end)


def series(db: Database, community_id: int, name: str, by: str = "week", unit_id: int | None = None,
           start: str = "", end: str = "") -> dict[str, list[tuple[str, float]]]:  # fmt: skip
    """{series label: [(period start ISO date, value)]} for the chart `name`."""
    if name not in CHARTS:
        raise ValidationError("unknown_chart", "chart", name)
    if name in ("activity", "active_members"):
        return {
            name: [
                (p, float(v))
                for p, v in db.query(*activity_sql(db, community_id, name, by, unit_id, start, end))
            ]
        }
    p = params(db, community_id, unit_id, start, end)
    if name == "growth":
        out = {}
        for label, column, where in (
            ("joins", "joined_on", "1"),
            ("leaves", "status_on", "status != 'active'"),
        ):
            rows = db.query(f"SELECT {bucket(by, column)} AS p, count(*) FROM member WHERE community_id = :c AND {where}"
                            f" AND {column} != '' AND {column} >= :start AND {column} <= :end"
                            f"{in_unit(unit_id, 'id')} GROUP BY p ORDER BY p", p)  # fmt: skip
            out[label] = [(d, float(v)) for d, v in rows]
        return out
    if name == "show_up":
        rows = db.query(
            "SELECT substr(e.start_utc, 1, 10) AS d, sum(a.checked_in_at != ''), sum(a.rsvp = 'going') FROM event e"
            " JOIN attendance a ON a.event_id = e.id WHERE e.community_id = :c AND substr(e.start_utc, 1, 10) >= :start"
            f" AND substr(e.start_utc, 1, 10) <= :end AND e.closed{in_unit(unit_id, 'a.member_id')}"
            " GROUP BY e.id ORDER BY e.start_utc", p)  # fmt: skip
        return {"show_up": [(d, round(came / going, 3)) for d, came, going in rows if going]}
    from desktop.services import more_series

    return getattr(more_series, name)(db, community_id, by, unit_id, p)


def to_csv(data: dict[str, list[tuple[str, float]]], path, first: str = "period") -> int:
    import csv

    periods = sorted({p for points in data.values() for p, _ in points}, key=_order)
    values = {label: dict(points) for label, points in data.items()}
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([first, *data])
        for p in periods:
            writer.writerow([p, *(values[label].get(p, 0) for label in data)])
    return len(periods)


def _order(period: str) -> tuple:
    """Dates sort as text; week numbers and degrees as numbers."""
    return (0, int(period), "") if period.isdigit() else (1, 0, period)
