"""Exporting units, memberships, roles and connections with the import's own headers (round-trips)."""

from __future__ import annotations

from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.transfer.member_refs import member_refs
from desktop.services.transfer.tabular import write_table


def _rows(db: Database, community_id: int, kind: str) -> tuple[list[str], list[list]]:
    ref = member_refs(db, community_id)
    units = {
        uid: name
        for uid, name in db.query("SELECT id, name FROM unit WHERE community_id = ?", (community_id,))
    }
    if kind == "units":
        rows = db.query("SELECT name, parent_id, kind, lead_id, cap, management_mode, notes FROM unit"
                        " WHERE community_id = ? ORDER BY id", (community_id,))  # fmt: skip
        return ["name", "parent", "kind", "lead", "cap", "mode", "notes"], [
            [n, units.get(p, ""), k, ref.get(lead, ""), cap, mode, notes]
            for n, p, k, lead, cap, mode, notes in rows
        ]
    if kind == "memberships":
        rows = db.query("SELECT um.member_id, um.unit_id, um.is_primary FROM unit_member um JOIN unit u ON u.id = um.unit_id"
                        " WHERE u.community_id = ? ORDER BY um.id", (community_id,))  # fmt: skip
        return ["member", "unit", "primary"], [[ref[m], units[u], "yes" if p else "no"] for m, u, p in rows]
    if kind == "roles":
        rows = db.query("SELECT r.member_id, r.unit_id, r.role, r.specialty, r.start_on, r.end_on FROM role_assignment r"
                        " JOIN member m ON m.id = r.member_id WHERE m.community_id = ? ORDER BY r.id", (community_id,))  # fmt: skip
        return ["member", "unit", "role", "specialty", "start", "end"], [
            [ref[m], units.get(u, ""), role, spec, s, e] for m, u, role, spec, s, e in rows
        ]
    rows = db.query("SELECT a_id, b_id, strength, since, source FROM connection WHERE community_id = ? ORDER BY id",
                    (community_id,))  # fmt: skip
    return ["a", "b", "strength", "since", "source"], [
        [ref[a], ref[b], st, si, so] for a, b, st, si, so in rows
    ]


def export(db: Database, community_id: int, path: Path, kind: str) -> int:
    headers, rows = _rows(db, community_id, kind)
    return write_table(path, headers, rows, kind)
