"""Activity and health read from every source: stored activity (manual, imported chat counts),
check-ins, duties done, contributions, invitations and role starts. The report built from them is
desktop.services.health.report."""

from __future__ import annotations

import datetime as dt

from desktop.services.core.database import Database
from desktop.services.core.dialect import any_of
from desktop.services.health.counted import COUNTED
from desktop.services.health.settings import load
from models.health import check_window
from models.health_settings import HealthSettings

ACTIVITY_SQL = (
    "SELECT member_id, on_date, kind, weight FROM ("
    " SELECT member_id, on_date, kind, count * weight"
    "  * (CASE kind WHEN 'chat' THEN :chat WHEN 'manual' THEN :manual ELSE 1.0 END) AS weight"
    "  FROM activity WHERE community_id = :c"
    " UNION ALL SELECT a.member_id, substr(a.checked_in_at, 1, 10), 'attended', :attended FROM attendance a"
    "  JOIN event e ON e.id = a.event_id WHERE e.community_id = :c AND a.checked_in_at != ''"
    " UNION ALL SELECT d.member_id, substr(e.start_utc, 1, 10), 'duty', :duty FROM duty d"
    "  JOIN event e ON e.id = d.event_id WHERE e.community_id = :c AND d.done AND d.member_id IS NOT NULL"
    " UNION ALL SELECT c.member_id, COALESCE(NULLIF(o.published_on, ''), o.created_on), 'contribution', c.weight"
    "  FROM contribution c JOIN output o ON o.id = c.output_id WHERE o.community_id = :c"
    " UNION ALL SELECT inviter_id, joined_on, 'invited', :invited FROM member"
    "  WHERE community_id = :c AND inviter_id IS NOT NULL AND joined_on != ''"
    " UNION ALL SELECT r.member_id, r.start_on, 'role', :role FROM role_assignment r JOIN member m ON m.id = r.member_id"
    "  WHERE m.community_id = :c AND r.start_on != ''"
    ") AS kinds"
)
# Per member: last day active, weight in the window, active in the window before, days ever active.
SUMMARY_SQL = (
    "SELECT member_id, max(on_date), sum(CASE WHEN on_date > :cur THEN weight ELSE 0 END),"
    f" {any_of('on_date > :prev AND on_date <= :cur')}, count(DISTINCT on_date) FROM ({ACTIVITY_SQL}) AS act"
    " WHERE on_date != '' AND on_date <= :today GROUP BY member_id"
)


def activity_params(settings: HealthSettings, community_id: int) -> dict:
    """The parameters of ACTIVITY_SQL: the community and the weight of each kind of activity."""
    return {"c": community_id, **settings.weights}


class HealthQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def settings(self, community_id: int) -> HealthSettings:
        return load(self.db, community_id)

    def activity(
        self, community_id: int, start: str = "", end: str = ""
    ) -> list[tuple[int, str, str, float]]:
        """(member, date, kind, weight) from every source, within [start, end] when given."""
        sql, params = ACTIVITY_SQL, activity_params(self.settings(community_id), community_id)
        if start or end:
            sql = f"SELECT * FROM ({sql}) WHERE on_date >= :start AND on_date <= :end"
            params |= {"start": start or "0000", "end": end or "9999"}
        return self.db.query(sql, params)

    def summary(
        self, community_id: int, today: dt.date, days: int
    ) -> dict[int, tuple[dt.date, float, bool, int]]:
        """Per member with any activity up to `today`: (last day, weight in the last `days` days, active
        in the `days` before those, number of days ever active) — one GROUP BY in SQL."""
        params = activity_params(self.settings(community_id), community_id) | {
            "today": today.isoformat(), "cur": (today - dt.timedelta(days=days)).isoformat(),
            "prev": (today - dt.timedelta(days=2 * days)).isoformat()}  # fmt: skip
        return {m: (dt.date.fromisoformat(last[:10]), float(w or 0), bool(p), n)
                for m, last, w, p, n in self.db.query(SUMMARY_SQL, params)}  # fmt: skip

    def first_day(self, community_id: int, today: dt.date) -> dt.date | None:
        """The earliest day with any activity up to `today` (None: nothing recorded yet)."""
        params = activity_params(self.settings(community_id), community_id) | {"today": today.isoformat()}
        rows = self.db.query(f"SELECT min(on_date) FROM ({ACTIVITY_SQL}) AS act WHERE on_date != '' AND on_date <= :today",
                             params)  # fmt: skip
        return dt.date.fromisoformat(rows[0][0][:10]) if rows and rows[0][0] else None

    def introductions(
        self, community_id: int, today: dt.date | None = None, days: int = 90, limit: int = 20
    ) -> list[dict]:
        """Pairs to introduce among members active in the last `days` days (see models.introductions)."""
        from models.introductions import suggest
        from models.lists import split_list

        today = today or dt.date.today()
        since = (today - dt.timedelta(days=check_window(days))).isoformat()
        active = {m for m, on, _, _ in self.activity(community_id, since, today.isoformat())}
        rows = self.db.query(f"SELECT id, name, interests, specialties FROM member WHERE community_id = ? AND {COUNTED}",
                             (community_id,))  # fmt: skip
        names = {m: n for m, n, _, _ in rows if m in active}
        interests = {m: {x.casefold() for x in split_list(i)} for m, _, i, _ in rows if m in names}
        specialties = {m: set(split_list(s)) for m, _, _, s in rows if m in names}
        connected = {(a, b) for a, b in self.db.query("SELECT a_id, b_id FROM connection WHERE community_id = ?",
                                                      (community_id,))}  # fmt: skip
        return [{"a": names[p.a], "b": names[p.b], "score": p.score, "shared_interests": list(p.shared),
                 "a_offers": list(p.offers[0]), "b_offers": list(p.offers[1])}
                for p in suggest(interests, specialties, connected, limit)]  # fmt: skip
