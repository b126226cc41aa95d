"""The members behind one point of a chart (clicked in the window): who was active in that period, who
joined or left, who came to that event, who was at that level, who of that cohort was active that week,
who has that many ties. Names come back sorted."""

from __future__ import annotations

from desktop.services.core.database import Database
from desktop.services.health.counted import COUNTED, NOT_TEAM, in_unit, member_ids
from desktop.services.health.queries import ACTIVITY_SQL
from desktop.services.health.series import CONTRIBUTIONS, DUTIES, bucket, params, period_end


def members_at(db: Database, community_id: int, chart: str, label: str, period: str, by: str = "week",
               unit_id: int | None = None) -> list[str]:  # fmt: skip
    p = params(db, community_id, unit_id) | {"label": label, "period": period}
    if chart in ("activity", "active_members", "levels", "degrees"):
        ids = _ids(db, chart, label, period, by, unit_id, p)
        if not ids:
            return []
        rows = db.query(f"SELECT name FROM member WHERE id IN ({','.join('?' * len(ids))})", sorted(ids))
        return sorted(n for (n,) in rows)
    if chart == "growth":
        column, where = ("joined_on", "TRUE") if label == "joins" else ("status_on", "status != 'active'")
        sql = (f"SELECT name FROM member WHERE community_id = :c AND {where} AND {bucket(by, column, db.dialect)} = :period"
               f"{in_unit(unit_id, 'id')}")  # fmt: skip
    elif chart in ("show_up", "series_attendance"):
        series = (
            " AND e.series_id IN (SELECT id FROM event_series WHERE title = :label)"
            if chart != "show_up"
            else ""
        )
        sql = ("SELECT DISTINCT m.name FROM attendance a JOIN event e ON e.id = a.event_id JOIN member m ON m.id = a.member_id"
               f" WHERE e.community_id = :c AND substr(e.start_utc, 1, 10) = :period AND a.checked_in_at != ''{series}"
               f"{in_unit(unit_id, 'a.member_id')}")  # fmt: skip
    elif chart == "cohorts":
        sql = (f"SELECT DISTINCT m.name FROM ({ACTIVITY_SQL}) x JOIN member m ON m.id = x.member_id"
               f" WHERE {db.dialect.year_month('m.joined_on')} = :label AND x.on_date >= m.joined_on"
               f" AND {db.dialect.days_between('x.on_date', 'm.joined_on')} / 7 = CAST(:period AS INTEGER)"
               f"{in_unit(unit_id, 'x.member_id')}")  # fmt: skip
    else:
        return []
    return sorted(n for (n,) in db.query(sql, p))


def _ids(
    db: Database, chart: str, label: str, period: str, by: str, unit_id: int | None, p: dict
) -> set[int]:
    # as the charts count them: history counts members who have left since; the unit narrows both
    counted = member_ids(db, p["c"], COUNTED if chart == "degrees" else NOT_TEAM, unit_id)
    if chart == "degrees":
        from desktop.services.health.settings import load
        from desktop.services.structure.ties import degrees, ties

        degree = degrees(ties(db, p["c"], counted, load(db, p["c"]).shared_events), counted)
        return {m for m, d in degree.items() if d == int(period)}
    p = p | {"start": period, "end": period_end(period, by)}
    rows = db.query(f"SELECT member_id, count(DISTINCT on_date), {CONTRIBUTIONS}, {DUTIES}"
                    f" FROM ({ACTIVITY_SQL}) AS act WHERE on_date >= :start AND on_date < :end{in_unit(unit_id)} GROUP BY member_id", p)  # fmt: skip
    if chart != "levels":
        return {m for m, *_ in rows}
    from desktop.services.health.settings import load
    from models.levels import computed_level

    min_days = load(db, p["c"]).level_min_days
    level = {m: computed_level(d, c or 0, u or 0, False, min_days) for m, d, c, u in rows if m in counted}
    if label != "following":
        return {m for m, v in level.items() if v == label}
    present = db.query("SELECT id FROM member WHERE community_id = :c AND joined_on < :end AND (status = 'active'"
                       f" OR status_on >= :start){in_unit(unit_id, 'id')}", p)  # fmt: skip
    return {m for (m,) in present if m in counted and m not in level} | {
        m for m, v in level.items() if v == "following"}  # fmt: skip
