"""One member's own activity per month (the timeline on the member page), from every source, read
through the member's own indexed rows rather than the whole community's activity."""

from __future__ import annotations

import datetime as dt

from desktop.services.core.database import Database
from desktop.services.health.queries import activity_params
from desktop.services.health.settings import load

MEMBER_SQL = (
    "SELECT substr(on_date, 1, 7) AS month, sum(weight), count(*) FROM ("
    " SELECT on_date, count * weight * (CASE kind WHEN 'chat' THEN :chat WHEN 'manual' THEN :manual ELSE 1.0 END)"
    "  AS weight FROM activity WHERE member_id = :m"
    " UNION ALL SELECT substr(checked_in_at, 1, 10), :attended FROM attendance WHERE member_id = :m AND checked_in_at != ''"
    " UNION ALL SELECT substr(e.start_utc, 1, 10), :duty FROM duty d JOIN event e ON e.id = d.event_id"
    "  WHERE d.member_id = :m AND d.done"
    " UNION ALL SELECT COALESCE(NULLIF(o.published_on, ''), o.created_on), c.weight FROM contribution c"
    "  JOIN output o ON o.id = c.output_id WHERE c.member_id = :m"
    " UNION ALL SELECT joined_on, :invited FROM member WHERE inviter_id = :m AND joined_on != ''"
    " UNION ALL SELECT start_on, :role FROM role_assignment WHERE member_id = :m AND start_on != ''"
    ") WHERE on_date >= :start AND on_date <= :end GROUP BY month ORDER BY month"
)


def months_back(today: dt.date, months: int) -> list[str]:
    """The last `months` months ending with today's, as YYYY-MM, oldest first."""
    year, month = today.year, today.month
    out = []
    for _ in range(months):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def member_timeline(db: Database, community_id: int, member_id: int, today: dt.date | None = None,
                    months: int = 12) -> list[tuple[str, float, int]]:  # fmt: skip
    """(YYYY-MM, weighted activity, actions) for each of the last `months` months, zeros included."""
    today = today or dt.date.today()
    shown = months_back(today, months)
    params = activity_params(load(db, community_id), community_id) | {
        "m": member_id, "start": f"{shown[0]}-01", "end": today.isoformat()}  # fmt: skip
    found = {m: (float(w or 0), n) for m, w, n in db.query(MEMBER_SQL, params)}
    return [(m, *found.get(m, (0.0, 0))) for m in shown]
