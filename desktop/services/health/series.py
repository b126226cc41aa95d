"""Series over time for the charts: SQL GROUP BY on day, ISO week (its Monday) or month.

- activity: the weighted sum of all activity per period;
- active_members: distinct members with activity per period;
- joins / leaves: members joining, and members leaving or removed, per period (growth);
- show_up: per event, attended ÷ going, by the event's date;
- series_attendance: people checked in at each occurrence of each event series, by date;
- levels: members per engagement level per period (stacked): a member's level in a period comes from
  that period's activity alone (days present, contributions, duties; models.levels), and members with
  no activity then are "following" — from joining until they leave;
- cohorts: per join month, the share of its members with any activity in week 0, 1 … 12 after joining
  (the three-month lifecycle); the label is the cohort, the period the week;
- degrees: how many members have each number of ties.
An empty range gives an empty series (the chart says so), never an error.
"""

from __future__ import annotations

import datetime as dt

from desktop.services.core.database import Database
from desktop.services.core.dialect import SQLITE, Dialect, count_if
from desktop.services.health.chart_names import CHARTS
from desktop.services.health.counted import COUNTED, NOT_TEAM, in_unit, member_ids
from desktop.services.health.queries import ACTIVITY_SQL, activity_params
from desktop.services.health.settings import load
from models.errors import ValidationError
from models.levels import LEVELS, computed_level

BUCKETS = {"day": Dialect.day, "week": Dialect.week_start, "month": Dialect.month_start}
CAME, GOING = count_if("a.checked_in_at != ''"), count_if("a.rsvp = 'going'")
CONTRIBUTIONS, DUTIES = count_if("kind = 'contribution'"), count_if("kind = 'duty'")
# How each chart is drawn: lines over dates, stacked areas over dates, a heat map, or bars.
SHAPES = {"levels": "stacked", "cohorts": "heatmap", "degrees": "bars"}
# The CSV's first column: a period start date, except where the chart's x axis is something else.
FIRST_COLUMN = {"cohorts": "week", "degrees": "ties"}


def bucket(by: str, column: str = "on_date", dialect: Dialect = SQLITE) -> str:
    """The period a date falls in (its day, its week's Monday, its month's first day), as SQL."""
    if by not in BUCKETS:
        raise ValidationError("bad_period", "by", by)
    return BUCKETS[by](dialect, column)


def period_end(start: str, by: str) -> str:
    """The first day after the period that starts on `start`."""
    day = dt.date.fromisoformat(start)
    if by == "month":
        return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1).isoformat()
    return (day + dt.timedelta(days=7 if by == "week" else 1)).isoformat()


def zero_filled(points: list[tuple[str, float]], by: str, end: str = "", first: str | None = None
                ) -> list[tuple[str, float]]:  # fmt: skip
    """Every period from the first one with data to the one holding `end` (or today), a quiet one as 0:
    a week with no activity is a dip in the chart, not a line drawn straight over it."""
    first = first or (points[0][0] if points else None)
    if first is None:
        return []
    today = dt.date.today().isoformat()
    last = min(end, today) if end and end < "9999" else today
    known, out, period = dict(points), [], first
    while period <= last and len(out) < 50_000:  # 50,000 periods: 137 years by day
        out.append((period, known.get(period, 0.0)))
        period = period_end(period, by)
    return out + [(p, v) for p, v in points if p > last]  # data dated in the future, kept as it is


def params(
    db: Database, community_id: int, unit_id: int | None = None, start: str = "", end: str = ""
) -> dict:
    return activity_params(load(db, community_id), community_id) | {
        "start": start or "0000", "end": end or "9999", "unit": unit_id}  # fmt: skip


def activity_sql(db: Database, community_id: int, name: str, by: str = "week", unit_id: int | None = None,
                 start: str = "", end: str = "") -> tuple[str, dict]:  # fmt: skip
    """The GROUP BY behind the activity and active-members charts, and its parameters."""
    value = "sum(weight)" if name == "activity" else "count(DISTINCT member_id)"
    sql = (f"SELECT {bucket(by, dialect=db.dialect)} AS p, {value} FROM ({ACTIVITY_SQL}) AS act WHERE on_date >= :start AND on_date <= :end"
           f" AND on_date != ''{in_unit(unit_id)} GROUP BY p ORDER BY p")  # fmt: skip
    return sql, params(db, community_id, unit_id, start, end)


def series(db: Database, community_id: int, name: str, by: str = "week", unit_id: int | None = None,
           start: str = "", end: str = "") -> dict[str, list[tuple[str, float]]]:  # fmt: skip
    """{series label: [(period start ISO date, value)]} for the chart `name`."""
    if name not in CHARTS:
        raise ValidationError("unknown_chart", "chart", name)
    if name in ("activity", "active_members"):
        points = [(p, float(v)) for p, v in db.query(*activity_sql(db, community_id, name, by, unit_id, start, end))]
        return {name: zero_filled(points, by, end)}
    p = params(db, community_id, unit_id, start, end)
    if name == "growth":
        out = {}
        for label, column, where in (
            ("joins", "joined_on", "TRUE"),
            ("leaves", "status_on", "status != 'active'"),
        ):
            rows = db.query(f"SELECT {bucket(by, column, db.dialect)} AS p, count(*) FROM member WHERE community_id = :c AND {where}"
                            f" AND {column} != '' AND {column} >= :start AND {column} <= :end"
                            f"{in_unit(unit_id, 'id')} GROUP BY p ORDER BY p", p)  # fmt: skip
            out[label] = [(d, float(v)) for d, v in rows]
        first = min((s[0][0] for s in out.values() if s), default=None)
        return {label: zero_filled(points, by, end, first) for label, points in out.items()}
    if name == "show_up":
        rows = db.query(
            f"SELECT substr(e.start_utc, 1, 10) AS d, {CAME}, {GOING} FROM event e"
            " JOIN attendance a ON a.event_id = e.id WHERE e.community_id = :c AND substr(e.start_utc, 1, 10) >= :start"
            f" AND substr(e.start_utc, 1, 10) <= :end AND e.closed{in_unit(unit_id, 'a.member_id')}"
            " GROUP BY e.id ORDER BY e.start_utc", p)  # fmt: skip
        return {"show_up": [(d, round(came / going, 3)) for d, came, going in rows if going]}
    return {"series_attendance": series_attendance, "levels": levels, "cohorts": cohorts,
            "degrees": degrees}[name](db, community_id, by, unit_id, p)  # fmt: skip


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


WEEKS = 12


def series_attendance(db: Database, community_id: int, by: str, unit_id, p: dict) -> dict:
    rows = db.query(
        "SELECT s.title, substr(e.start_utc, 1, 10) AS d, count(a.id) FROM event e JOIN event_series s ON s.id = e.series_id"
        f" LEFT JOIN attendance a ON a.event_id = e.id AND a.checked_in_at != ''{in_unit(unit_id, 'a.member_id')}"
        " WHERE e.community_id = :c AND substr(e.start_utc, 1, 10) >= :start AND substr(e.start_utc, 1, 10) <= :end"
        " AND substr(e.start_utc, 1, 10) <= :today"
        " GROUP BY e.id, s.title ORDER BY s.title, e.start_utc",
        p | {"today": dt.datetime.now(dt.UTC).date().isoformat()})  # fmt: skip  (UTC, as start_utc)
    out: dict[str, list[tuple[str, float]]] = {}
    for title, day, came in rows:
        out.setdefault(title, []).append((day, float(came)))
    return out


def levels(db: Database, community_id: int, by: str, unit_id, p: dict) -> dict:
    min_days = load(db, community_id).level_min_days
    counted = member_ids(db, community_id, NOT_TEAM, unit_id)
    per: dict[str, dict[str, int]] = {}
    for period, member, days, contributions, duties in db.query(
        f"SELECT {bucket(by, dialect=db.dialect)} AS p, member_id, count(DISTINCT on_date), {CONTRIBUTIONS}, {DUTIES}"
        f" FROM ({ACTIVITY_SQL}) AS act WHERE on_date != '' AND on_date >= :start AND on_date <= :end GROUP BY p, member_id", p
    ):  # fmt: skip
        if member in counted:
            level = computed_level(days, contributions or 0, duties or 0, False, min_days)
            per.setdefault(period, dict.fromkeys(LEVELS, 0))[level] += 1
    members = db.query(f"SELECT joined_on, CASE WHEN status = 'active' THEN '' ELSE status_on END FROM member"
                       f" WHERE community_id = :c AND {NOT_TEAM}{in_unit(unit_id, 'id')}", p)  # fmt: skip
    for period, counts in per.items():
        end = period_end(period, by)
        present = sum(1 for j, left in members if (not j or j < end) and (not left or left >= period))
        counts["following"] = max(0, present - sum(n for level, n in counts.items() if level != "following"))
    periods = sorted(per)
    return {level: [(d, float(per[d][level])) for d in periods] for level in LEVELS} if periods else {}


def cohorts(db: Database, community_id: int, by: str, unit_id, p: dict) -> dict:
    sizes = dict(db.query(
        f"SELECT {db.dialect.year_month('joined_on')} AS k, count(*) FROM member WHERE community_id = :c AND joined_on != ''"
        f" AND joined_on >= :start AND joined_on <= :end{in_unit(unit_id, 'id')} GROUP BY k", p))  # fmt: skip
    week = f"{db.dialect.days_between('x.on_date', 'm.joined_on')} / 7"  # PostgreSQL's WHERE sees no alias
    rows = db.query(
        f"SELECT {db.dialect.year_month('m.joined_on')} AS k, {week}"
        f" AS w, count(DISTINCT x.member_id) FROM ({ACTIVITY_SQL}) x JOIN member m ON m.id = x.member_id"
        " WHERE m.joined_on != '' AND m.joined_on >= :start AND m.joined_on <= :end AND x.on_date >= m.joined_on"
        f"{in_unit(unit_id, 'x.member_id')} AND {week} <= {WEEKS} GROUP BY k, w ORDER BY k, w", p)  # fmt: skip
    out: dict[str, list[tuple[str, float]]] = {k: [] for k in sorted(sizes)}
    for cohort, week, active in rows:
        out[cohort].append((str(week), round(active / sizes[cohort], 3)))
    return {k: v for k, v in out.items() if v} if rows else {}


def degrees(db: Database, community_id: int, by: str, unit_id, p: dict) -> dict:
    from collections import Counter

    from desktop.services.structure.ties import degrees as degree_of
    from desktop.services.structure.ties import ties

    counted = member_ids(db, community_id, COUNTED, unit_id)
    degree = degree_of(ties(db, community_id, counted, load(db, community_id).shared_events), counted)
    spread = Counter(degree.values())
    return {"members": [(str(d), float(spread[d])) for d in sorted(spread)]} if counted else {}
