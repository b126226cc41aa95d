"""Series over time for the charts: SQL GROUP BY on day, ISO week (its Monday) or month.

- activity: the weighted sum of all activity per period;
- active_members: distinct members with activity per period;
- joins / leaves: members joining, and members leaving or removed, per period (growth);
- show_up: per event, attended ÷ going, by the event's date.
An empty range gives an empty series (the chart says so), never an error.
"""

from __future__ import annotations

from desktop.services.database import Database
from desktop.services.health_queries import ACTIVITY_SQL
from models.errors import ValidationError
from models.health import SOURCE_WEIGHTS

BUCKETS = {
    "day": "date(on_date)",
    "week": "date(on_date, '-' || ((CAST(strftime('%w', on_date) AS INTEGER) + 6) % 7) || ' days')",
    "month": "strftime('%Y-%m-01', on_date)",
}
CHARTS = ("activity", "active_members", "growth", "show_up")


def _bucket(by: str, column: str = "on_date") -> str:
    if by not in BUCKETS:
        raise ValidationError("bad_period", "by", by)
    return BUCKETS[by].replace("on_date", column)


def series(db: Database, community_id: int, name: str, by: str = "week", unit_id: int | None = None,
           start: str = "", end: str = "") -> dict[str, list[tuple[str, float]]]:  # fmt: skip
    """{series label: [(period start ISO date, value)]} for the chart `name`."""
    if name not in CHARTS:
        raise ValidationError("unknown_chart", "chart", name)
    params = {
        "c": community_id,
        **SOURCE_WEIGHTS,
        "start": start or "0000",
        "end": end or "9999",
        "unit": unit_id,
    }
    in_unit = " AND member_id IN (SELECT member_id FROM unit_member WHERE unit_id = :unit)" if unit_id else ""
    if name in ("activity", "active_members"):
        value = "sum(weight)" if name == "activity" else "count(DISTINCT member_id)"
        rows = db.query(f"SELECT {_bucket(by)} AS p, {value} FROM ({ACTIVITY_SQL}) WHERE on_date >= :start"
                        f" AND on_date <= :end AND on_date != ''{in_unit} GROUP BY p ORDER BY p", params)  # fmt: skip
        return {name: [(p, float(v)) for p, v in rows]}
    if name == "growth":
        out = {}
        for label, column, where in (
            ("joins", "joined_on", "1"),
            ("leaves", "status_on", "status != 'active'"),
        ):
            rows = db.query(f"SELECT {_bucket(by, column)} AS p, count(*) FROM member WHERE community_id = :c AND {where}"
                            f" AND {column} != '' AND {column} >= :start AND {column} <= :end"
                            f"{in_unit.replace('member_id IN', 'id IN')} GROUP BY p ORDER BY p", params)  # fmt: skip
            out[label] = [(p, float(v)) for p, v in rows]
        return out
    rows = db.query(
        "SELECT substr(e.start_utc, 1, 10) AS d, sum(a.checked_in_at != ''), sum(a.rsvp = 'going') FROM event e"
        " JOIN attendance a ON a.event_id = e.id WHERE e.community_id = :c AND substr(e.start_utc, 1, 10) >= :start"
        " AND substr(e.start_utc, 1, 10) <= :end AND e.closed GROUP BY e.id ORDER BY e.start_utc", params)  # fmt: skip
    return {"show_up": [(d, round(came / going, 3)) for d, came, going in rows if going]}


def to_csv(data: dict[str, list[tuple[str, float]]], path) -> int:
    import csv

    periods = sorted({p for points in data.values() for p, _ in points})
    values = {label: dict(points) for label, points in data.items()}
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["period", *data])
        for p in periods:
            writer.writerow([p, *(values[label].get(p, 0) for label in data)])
    return len(periods)
