"""The charts beyond plain counts over time (see desktop.services.activity_series for the shapes):

- series_attendance: people checked in at each occurrence of each event series, by date;
- levels: members per engagement level per period (stacked): a member's level in a period comes from
  that period's activity alone (days present, contributions, duties; models.levels), and members with
  no activity then are "following" — from joining until they leave;
- cohorts: per join month, the share of its members with any activity in week 0, 1 … 12 after joining
  (the three-month lifecycle); the label is the cohort, the period the week;
- degrees: how many members have each number of ties.
"""

from __future__ import annotations

from desktop.services.counted import COUNTED, NOT_TEAM, in_unit, member_ids
from desktop.services.database import Database
from desktop.services.health_queries import ACTIVITY_SQL
from models.levels import LEVELS, computed_level

WEEKS = 12


def series_attendance(db: Database, community_id: int, by: str, unit_id, p: dict) -> dict:
    rows = db.query(
        "SELECT s.title, substr(e.start_utc, 1, 10) AS d, count(a.id) FROM event e JOIN event_series s ON s.id = e.series_id"
        f" LEFT JOIN attendance a ON a.event_id = e.id AND a.checked_in_at != ''{in_unit(unit_id, 'a.member_id')}"
        " WHERE e.community_id = :c AND d >= :start AND d <= :end AND d <= date('now')"
        " GROUP BY e.id ORDER BY s.title, e.start_utc", p)  # fmt: skip
    out: dict[str, list[tuple[str, float]]] = {}
    for title, day, came in rows:
        out.setdefault(title, []).append((day, float(came)))
    return out


def levels(db: Database, community_id: int, by: str, unit_id, p: dict) -> dict:
    from desktop.services.activity_series import bucket, period_end
    from desktop.services.health_settings import load

    min_days = load(db, community_id).level_min_days
    counted = member_ids(db, community_id, NOT_TEAM, unit_id)
    per: dict[str, dict[str, int]] = {}
    for period, member, days, contributions, duties in db.query(
        f"SELECT {bucket(by)} AS p, member_id, count(DISTINCT on_date), sum(kind = 'contribution'), sum(kind = 'duty')"
        f" FROM ({ACTIVITY_SQL}) WHERE on_date != '' AND on_date >= :start AND on_date <= :end GROUP BY p, member_id", p
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
        "SELECT strftime('%Y-%m', joined_on) AS k, count(*) FROM member WHERE community_id = :c AND joined_on != ''"
        f" AND joined_on >= :start AND joined_on <= :end{in_unit(unit_id, 'id')} GROUP BY k", p))  # fmt: skip
    rows = db.query(
        "SELECT strftime('%Y-%m', m.joined_on) AS k, CAST((julianday(x.on_date) - julianday(m.joined_on)) / 7 AS INTEGER)"
        f" AS w, count(DISTINCT x.member_id) FROM ({ACTIVITY_SQL}) x JOIN member m ON m.id = x.member_id"
        " WHERE m.joined_on != '' AND m.joined_on >= :start AND m.joined_on <= :end AND x.on_date >= m.joined_on"
        f"{in_unit(unit_id, 'x.member_id')} AND w <= {WEEKS} GROUP BY k, w ORDER BY k, w", p)  # fmt: skip
    out: dict[str, list[tuple[str, float]]] = {k: [] for k in sorted(sizes)}
    for cohort, week, active in rows:
        out[cohort].append((str(week), round(active / sizes[cohort], 3)))
    return {k: v for k, v in out.items() if v} if rows else {}


def degrees(db: Database, community_id: int, by: str, unit_id, p: dict) -> dict:
    from collections import Counter

    from desktop.services.health_settings import load
    from desktop.services.ties import degrees as degree_of
    from desktop.services.ties import ties

    counted = member_ids(db, community_id, COUNTED, unit_id)
    degree = degree_of(ties(db, community_id, counted, load(db, community_id).shared_events), counted)
    spread = Counter(degree.values())
    return {"members": [(str(d), float(spread[d])) for d in sorted(spread)]} if counted else {}
