"""Read side of the structure: the unit tree with sizes, memberships, role history, ties, reports."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from desktop.services.core.database import Database
from models.lists import split_list
from models.structure import coverage


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    parent_id: int | None
    kind: str
    lead_id: int | None
    lead: str
    cap: int
    management_mode: str
    notes: str
    size: int

    @property
    def over_cap(self) -> bool:
        return self.size > self.cap


@dataclass(frozen=True)
class RoleRow:
    id: int
    member: str
    role: str
    unit: str
    specialty: str
    start_on: str
    end_on: str


class StructureQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def units(self, community_id: int) -> list[UnitInfo]:
        rows = self.db.query(
            "SELECT u.id, u.name, u.parent_id, u.kind, u.lead_id, COALESCE(m.name, ''), u.cap,"
            " u.management_mode, u.notes, (SELECT count(*) FROM unit_member um WHERE um.unit_id = u.id)"
            " FROM unit u LEFT JOIN member m ON m.id = u.lead_id WHERE u.community_id = ? ORDER BY u.id",
            (community_id,),
        )
        return [UnitInfo(*r) for r in rows]

    def unit_named(self, community_id: int, name: str) -> UnitInfo | None:
        return next((u for u in self.units(community_id) if u.name == name), None)

    def unit_members(self, unit_id: int) -> list[tuple[int, str, bool]]:
        rows = self.db.query(
            "SELECT m.id, m.name, um.is_primary FROM unit_member um JOIN member m ON m.id = um.member_id"
            " WHERE um.unit_id = ? ORDER BY m.sort_key, m.id",
            (unit_id,),
        )
        return [(mid, name, bool(p)) for mid, name, p in rows]

    def roles(
        self, community_id: int, member_id: int | None = None, current_only: bool = False
    ) -> list[RoleRow]:
        sql = (
            "SELECT r.id, m.name, r.role, COALESCE(u.name, ''), r.specialty, r.start_on, r.end_on"
            " FROM role_assignment r JOIN member m ON m.id = r.member_id LEFT JOIN unit u ON u.id = r.unit_id"
            " WHERE m.community_id = ?"
        )
        params: list = [community_id]
        if member_id is not None:
            sql += " AND r.member_id = ?"
            params.append(member_id)
        if current_only:
            sql += " AND r.end_on = ''"
        return [RoleRow(*r) for r in self.db.query(sql + " ORDER BY r.start_on, r.id", params)]

    def units_of(self, member_id: int) -> list[str]:
        """Names of the member's units, the primary one first."""
        rows = self.db.query(
            "SELECT u.name FROM unit_member um JOIN unit u ON u.id = um.unit_id WHERE um.member_id = ?"
            " ORDER BY um.is_primary DESC, u.name", (member_id,))  # fmt: skip
        return [r[0] for r in rows]

    def ties_of(self, member_id: int) -> list[tuple[str, int]]:
        """(name, strength) of the people this member knows, strongest first."""
        rows = self.db.query(
            "SELECT m.name, c.strength FROM connection c JOIN member m ON m.id = CASE WHEN c.a_id = ? THEN c.b_id"
            " ELSE c.a_id END WHERE c.a_id = ? OR c.b_id = ? ORDER BY c.strength DESC, m.sort_key",
            (member_id, member_id, member_id))  # fmt: skip
        return [tuple(r) for r in rows]

    def ties(self, community_id: int) -> list[tuple[int, int, int]]:
        return [tuple(r) for r in self.db.query(
            "SELECT a_id, b_id, strength FROM connection WHERE community_id = ? ORDER BY id", (community_id,)
        )]  # fmt: skip

    def wanted_specialties(self, community_id: int) -> list[str]:
        rows = self.db.query("SELECT wanted_specialties FROM community WHERE id = ?", (community_id,))
        return split_list(rows[0][0]) if rows else []

    def ring_core(self, unit_id: int) -> list[tuple[str, str]]:
        """(name, specialty) of a ring's current core members."""
        rows = self.db.query(
            "SELECT m.name, r.specialty FROM role_assignment r JOIN member m ON m.id = r.member_id"
            " WHERE r.unit_id = ? AND r.role = 'core_member' AND r.end_on = '' ORDER BY r.specialty, m.sort_key",
            (unit_id,))  # fmt: skip
        return [tuple(r) for r in rows]

    def ring_coverage(self, community_id: int, unit_id: int):
        held = self.db.query(
            "SELECT specialty FROM role_assignment WHERE unit_id = ? AND role = 'core_member' AND end_on = ''",
            (unit_id,),
        )
        return coverage(self.wanted_specialties(community_id), [h[0] for h in held])

    def propose_split(self, community_id: int, unit_id: int, parts: int | None = None):
        """A split of the unit along the community's ties (members without ties go by interests)."""
        from models.structure import propose_split

        unit = next(u for u in self.units(community_id) if u.id == unit_id)
        members = [m for m, _, _ in self.unit_members(unit_id)]
        interests = dict(self.db.query(
            f"SELECT id, interests FROM member WHERE id IN ({','.join('?' * len(members))})", members))  # fmt: skip
        return propose_split(members, self.ties(community_id), unit.cap, parts, interests)

    def report(self, community_id: int) -> dict:
        """`report structure --json`: every unit with parent, lead, size, cap, over-cap, ring coverage."""
        units = self.units(community_id)
        names = {u.id: u.name for u in units}
        out = []
        for u in units:
            row = {
                "name": u.name, "parent": names.get(u.parent_id), "kind": u.kind, "lead": u.lead or None,
                "size": u.size, "cap": u.cap, "over_cap": u.over_cap, "mode": u.management_mode,
            }  # fmt: skip
            if u.kind == "ring":
                row["wanted"] = self.wanted_specialties(community_id)
                row.update(asdict(self.ring_coverage(community_id, u.id)))  # covered, missing, doubled
            out.append(row)
        return {"units": out}
