"""Activity and health read from every source: stored activity (manual, imported chat counts),
check-ins, duties done, contributions, invitations and role starts; and the health report."""

from __future__ import annotations

import datetime as dt

from desktop.services.counted import COUNTED
from desktop.services.database import Database
from desktop.services.scorecard import conditions
from models.health import (
    SOURCE_WEIGHTS,
    absence_factor,
    check_window,
    degrees,
    density,
    member_states,
    retention,
    strong_nodes,
    top_share,
)  # fmt: skip

ACTIVITY_SQL = (
    "SELECT member_id, on_date, kind, weight FROM ("
    " SELECT member_id, on_date, kind, count * weight AS weight FROM activity WHERE community_id = :c"
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
    ")"
)


class HealthQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def activity(
        self, community_id: int, start: str = "", end: str = ""
    ) -> list[tuple[int, str, str, float]]:
        """(member, date, kind, weight) from every source, within [start, end] when given."""
        sql, params = ACTIVITY_SQL, {"c": community_id, **SOURCE_WEIGHTS}
        if start or end:
            sql = f"SELECT * FROM ({sql}) WHERE on_date >= :start AND on_date <= :end"
            params |= {"start": start or "0000", "end": end or "9999"}
        return self.db.query(sql, params)

    def report(self, community_id: int, today: dt.date | None = None, active_days: int = 28,
               with_names: bool = False) -> dict:  # fmt: skip
        """The health numbers; `with_names` adds the members behind each state (for the dashboard)."""
        today = today or dt.date.today()
        days = check_window(active_days)
        members = self.db.query(f"SELECT id, name, joined_on FROM member WHERE community_id = ? AND {COUNTED}",
                                (community_id,))  # fmt: skip
        names = {m: n for m, n, _ in members}
        joined = {m: dt.date.fromisoformat(j) if j else None for m, _, j in members}
        last: dict[int, dt.date | None] = {m: None for m in names}
        totals: dict[int, float] = {}
        prev_start, cur_start = today - dt.timedelta(days=2 * days), today - dt.timedelta(days=days)
        previous, current = set(), set()
        seen_days: dict[int, set[dt.date]] = {}
        for member, on, _, weight in self.activity(community_id):
            if member not in names or not on:
                continue
            day = dt.date.fromisoformat(on[:10])
            if day > today:
                continue
            last[member] = max(last[member] or day, day)
            seen_days.setdefault(member, set()).add(day)
            if day > cur_start:
                current.add(member)
                totals[member] = totals.get(member, 0.0) + weight
            elif day > prev_start:
                previous.add(member)
        states = member_states(last, joined, today, days)
        edges = [(a, b) for a, b in self.db.query(
            "SELECT a_id, b_id FROM connection WHERE community_id = ?", (community_id,)) if a in names and b in names]  # fmt: skip
        ids = list(names)
        deg = degrees(edges, ids)
        return {
            "members": len(ids), "active_members": len(states["active"]), "new_members": len(states["new"]),
            "drifting": len(states["drifting"]), "inactive": len(states["inactive"]), "quiet": len(states["quiet"]),
            "retention": retention(previous, current), "density": density(len(ids), len(edges)),
            "isolated": sum(1 for m in ids if deg[m] == 0), "absence_factor": absence_factor(totals),
            "strong_nodes": [{"name": names[m], "degree": d, "betweenness": b} for m, d, b in strong_nodes(edges, ids)],
            "top_share": top_share(edges, ids), "window_days": days, "units": self._units(community_id, totals),
            "levels": self._levels(community_id, today, days), "conditions": conditions(self.db, community_id, today),
            "lists": self._lists(names, joined, seen_days, states, today),
            "invitations": self._invitations(community_id, today),
            **({"names": {k: sorted(names[m] for m in v) for k, v in states.items()}} if with_names else {}),
        }  # fmt: skip

    def _invitations(self, community_id: int, today: dt.date) -> list[dict]:
        from desktop.services.invitations import credit

        return credit(self.db, community_id, today)[:20]

    @staticmethod
    def _lists(names, joined, seen_days, states, today: dt.date) -> dict[str, list[str]]:
        """Lists to act on: drifting members to follow up, newcomers (first three months) without a
        second day of activity, and removal candidates to review (提纯; never removed automatically)."""
        recent = today - dt.timedelta(days=91)
        newcomers = [m for m, j in joined.items() if j and j > recent and len(seen_days.get(m, ())) < 2]
        candidates = [m for m in states["inactive"] if not (joined.get(m) and joined[m] > recent)]
        return {"follow_up": sorted(names[m] for m in states["drifting"]),
                "new_needing_second_activity": sorted(names[m] for m in newcomers),
                "removal_candidates": sorted(names[m] for m in candidates)}  # fmt: skip

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

    def _levels(self, community_id: int, today: dt.date, days: int) -> dict[str, int]:
        from desktop.services.levels import Levels
        from models.levels import LEVELS

        current = Levels(self.db).current(community_id, today, days)
        return {level: sum(1 for v in current.values() if v == level) for level in LEVELS}

    def _units(self, community_id: int, totals: dict[int, float]) -> list[dict]:
        from desktop.services.structure_queries import StructureQueries

        members: dict[int, set[int]] = {}
        for unit, member in self.db.query(
            "SELECT um.unit_id, um.member_id FROM unit_member um JOIN unit u ON u.id = um.unit_id WHERE u.community_id = ?",
            (community_id,),
        ):  # fmt: skip  (one query for all units, not one per unit)
            members.setdefault(unit, set()).add(member)
        return [{"name": u.name, "size": u.size, "cap": u.cap, "over_cap": u.over_cap,
                 "absence_factor": absence_factor({m: totals[m] for m in members.get(u.id, ()) if m in totals})}
                for u in StructureQueries(self.db).units(community_id)]  # fmt: skip
