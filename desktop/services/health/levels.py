"""Engagement levels per member: computed from activity, shown with promote-now / demote-at-review,
stored by the monthly review (one undo step), and overridden by the organiser."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.dialect import count_if
from desktop.services.core.step_labels import LABELS
from desktop.services.health.counted import member_ids
from desktop.services.health.queries import ACTIVITY_SQL, HealthQueries, activity_params
from models.errors import ValidationError
from models.health import check_window
from models.levels import LEVELS, computed_level, effective_level
from models.schema import TABLES

# Counted in SQL (desktop.services.core.dialect: PostgreSQL does not sum booleans)
CONTRIBUTIONS = count_if("kind = 'contribution'")
RECENT_DUTIES = count_if("kind = 'duty' AND on_date >= :since")

LEADING_ROLES = ("leader", "subgroup_lead", "core_member")


class Levels:
    def __init__(self, db: Database) -> None:
        self.db = db

    def computed(
        self, community_id: int, today: dt.date, window: int = 28, min_days: int = 2
    ) -> dict[int, str]:
        """Each counted member's level from the last `window` days (days present, duties) and the last
        quarter (contributions), aggregated in SQL."""
        queries = HealthQueries(self.db)
        params = activity_params(queries.settings(community_id), community_id) | {
            "since": (today - dt.timedelta(days=check_window(window))).isoformat(),
            "quarter": (today - dt.timedelta(days=91)).isoformat(), "today": today.isoformat()}  # fmt: skip
        seen = {m: (days, contributions or 0, duties or 0) for m, days, contributions, duties in self.db.query(
            "SELECT member_id, count(DISTINCT CASE WHEN on_date >= :since THEN on_date END),"
            f" {CONTRIBUTIONS}, {RECENT_DUTIES} FROM ({ACTIVITY_SQL}) AS act WHERE on_date >= :quarter"
            " AND on_date <= :today GROUP BY member_id", params)}  # fmt: skip
        leads = {m for (m,) in self.db.query(
            "SELECT r.member_id FROM role_assignment r JOIN member m ON m.id = r.member_id WHERE m.community_id = ?"
            f" AND r.end_on = '' AND r.role IN ({','.join('?' * len(LEADING_ROLES))})", (community_id, *LEADING_ROLES))}  # fmt: skip
        return {
            m: computed_level(*seen.get(m, (0, 0, 0)), m in leads, min_days)
            for m in member_ids(self.db, community_id)
        }

    def _stored(self, community_id: int) -> dict[int, tuple[int, str, str]]:
        rows = self.db.query("SELECT l.member_id, l.id, l.level, l.override FROM member_level l"
                             " JOIN member m ON m.id = l.member_id WHERE m.community_id = ?", (community_id,))  # fmt: skip
        return {m: (k, lvl, o) for m, k, lvl, o in rows}

    def current(self, community_id: int, today: dt.date | None = None, window: int | None = None,
                min_days: int | None = None) -> dict[int, str]:  # fmt: skip
        """What each member's level is now: promotions show at once, demotions wait for the review."""
        stored = self._stored(community_id)
        computed = self.computed(
            community_id, today or dt.date.today(), *self._windows(community_id, window, min_days)
        )
        return {m: effective_level(stored[m][1] if m in stored else None, c, stored[m][2] if m in stored else "")
                for m, c in computed.items()}  # fmt: skip

    def _windows(self, community_id: int, window: int | None, min_days: int | None) -> tuple[int, int]:
        """The window and the days present needed to participate: given, or the community's settings."""
        settings = HealthQueries(self.db).settings(community_id)
        return window or settings.active_days, min_days or settings.level_min_days

    def review(self, community_id: int, today: dt.date | None = None, window: int | None = None) -> int:
        """The monthly review: store every member's level, demotions included. Returns how many changed."""
        today = today or dt.date.today()
        computed = self.computed(community_id, today, *self._windows(community_id, window, None))
        stored = self._stored(community_id)
        changed = 0
        with self.db.write(LABELS.review_levels()) as uow:
            for m, c in computed.items():
                level = effective_level(stored[m][1] if m in stored else None, c, stored[m][2] if m in stored else "",
                                        review=True)  # fmt: skip
                if m not in stored:
                    uow.insert_one(
                        "member_level", member_id=m, level=level, since=today.isoformat(), override=""
                    )
                    changed += 1
                elif stored[m][1] != level:
                    uow.update("member_level", {stored[m][0]: {"level": level, "since": today.isoformat()}})
                    changed += 1
        return changed

    def set_override(self, member_id: int, level: str) -> None:
        """The organiser's own judgement of a member's level ("" to clear it)."""
        if level and level not in LEVELS:
            raise ValidationError("bad_level", "level", level)
        L = TABLES["member_level"]
        with self.db.write(LABELS.override_level()) as uow:
            found = uow.conn.execute(select(L.c.id).where(L.c.member_id == member_id)).scalar()
            if found is None:
                uow.insert_one(
                    "member_level", member_id=member_id, level=level or "following", since="", override=level
                )
            else:
                uow.update(
                    "member_level", {found: {"override": level, **({"level": level} if level else {})}}
                )
