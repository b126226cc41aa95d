"""Engagement levels per member: computed from activity, shown with promote-now / demote-at-review,
stored by the monthly review (one undo step), and overridden by the organiser."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from desktop.services.counted import COUNTED
from desktop.services.database import Database
from desktop.services.health_queries import HealthQueries
from desktop.services.step_labels import LABELS
from models.errors import ValidationError
from models.health import check_window
from models.levels import LEVELS, computed_level, effective_level
from models.schema import TABLES

LEADING_ROLES = ("leader", "subgroup_lead", "core_member")


class Levels:
    def __init__(self, db: Database) -> None:
        self.db = db

    def computed(self, community_id: int, today: dt.date, window: int = 28) -> dict[int, str]:
        since = (today - dt.timedelta(days=check_window(window))).isoformat()
        quarter = (today - dt.timedelta(days=91)).isoformat()
        days: dict[int, set[str]] = {}
        contributions: dict[int, int] = {}
        duties: dict[int, int] = {}
        for member, on, kind, _ in HealthQueries(self.db).activity(community_id, quarter, today.isoformat()):
            if kind == "contribution":
                contributions[member] = contributions.get(member, 0) + 1
            elif on >= since:
                days.setdefault(member, set()).add(on[:10])
                if kind == "duty":
                    duties[member] = duties.get(member, 0) + 1
        leads = {m for (m,) in self.db.query(
            "SELECT r.member_id FROM role_assignment r JOIN member m ON m.id = r.member_id WHERE m.community_id = ?"
            f" AND r.end_on = '' AND r.role IN ({','.join('?' * len(LEADING_ROLES))})", (community_id, *LEADING_ROLES))}  # fmt: skip
        members = [m for (m,) in self.db.query(f"SELECT id FROM member WHERE community_id = ? AND {COUNTED}",
                                               (community_id,))]  # fmt: skip
        return {m: computed_level(len(days.get(m, ())), contributions.get(m, 0), duties.get(m, 0), m in leads)
                for m in members}  # fmt: skip

    def _stored(self, community_id: int) -> dict[int, tuple[int, str, str]]:
        rows = self.db.query("SELECT l.member_id, l.id, l.level, l.override FROM member_level l"
                             " JOIN member m ON m.id = l.member_id WHERE m.community_id = ?", (community_id,))  # fmt: skip
        return {m: (k, lvl, o) for m, k, lvl, o in rows}

    def current(self, community_id: int, today: dt.date | None = None, window: int = 28) -> dict[int, str]:
        """What each member's level is now: promotions show at once, demotions wait for the review."""
        stored = self._stored(community_id)
        return {m: effective_level(stored[m][1] if m in stored else None, c, stored[m][2] if m in stored else "")
                for m, c in self.computed(community_id, today or dt.date.today(), window).items()}  # fmt: skip

    def review(self, community_id: int, today: dt.date | None = None, window: int = 28) -> int:
        """The monthly review: store every member's level, demotions included. Returns how many changed."""
        today = today or dt.date.today()
        computed, stored = self.computed(community_id, today, window), self._stored(community_id)
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
