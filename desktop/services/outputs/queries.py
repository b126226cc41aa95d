"""Read side of outputs: the register with filters, one output's contributors and history, reports."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.core.database import Database
from models.errors import ValidationError

COLUMNS = ("o.id, o.title, o.kind, o.status, o.status_on, o.created_on, o.published_on, o.link, o.unit_id,"
           " COALESCE(u.name, ''), o.event_id, COALESCE(e.title, ''), COALESCE(e.start_utc, ''), COALESCE(e.tz, ''),"
           " o.description,"
           " o.reads, o.sales, o.revenue, o.community_id")  # fmt: skip
FROM = " FROM output o LEFT JOIN unit u ON u.id = o.unit_id LEFT JOIN event e ON e.id = o.event_id"


@dataclass(frozen=True)
class OutputInfo:
    id: int
    title: str
    kind: str
    status: str
    status_on: str
    created_on: str
    published_on: str
    link: str
    unit_id: int | None
    unit: str
    event_id: int | None
    event: str
    event_start_utc: str
    event_tz: str
    description: str
    reads: int
    sales: int
    revenue: float
    community_id: int
    contributors: tuple[tuple[int, str, str], ...] = ()  # (member id, name, role)

    @property
    def date(self) -> str:
        return self.published_on or self.created_on


class OutputQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _contributors(self, ids: list[int]) -> dict[int, list[tuple[int, str, str]]]:
        out: dict[int, list] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            part = ids[start : start + 500]
            for oid, mid, name, role in self.db.query(
                "SELECT c.output_id, c.member_id, m.name, c.role FROM contribution c JOIN member m ON m.id = c.member_id"
                f" WHERE c.output_id IN ({','.join('?' * len(part))}) ORDER BY c.id", part,
            ):  # fmt: skip
                out[oid].append((mid, name, role))
        return out

    def outputs(self, community_id: int, kind: str = "", status: str = "", member_id: int | None = None,
                unit_id: int | None = None, start: str = "", end: str = "") -> list[OutputInfo]:  # fmt: skip
        """By date (published, else the idea date), newest first; `start`/`end` are ISO dates, inclusive."""
        where, params = ["o.community_id = ?"], [community_id]
        for sql, value in (("o.kind = ?", kind), ("o.status = ?", status), ("o.unit_id = ?", unit_id),
                           ("COALESCE(NULLIF(o.published_on, ''), o.created_on) >= ?", start),
                           ("COALESCE(NULLIF(o.published_on, ''), o.created_on) <= ?", end),
                           ("o.id IN (SELECT output_id FROM contribution WHERE member_id = ?)", member_id)):  # fmt: skip
            if value not in ("", None):
                where.append(sql)
                params.append(value)
        return self._list(" AND ".join(where), params)

    def _list(self, where: str, params: list) -> list[OutputInfo]:
        """Outputs matching `where` with their contributors (one query each, not one per output)."""
        rows = self.db.query(
            f"SELECT {COLUMNS}{FROM} WHERE {where}"
            " ORDER BY COALESCE(NULLIF(o.published_on, ''), o.created_on) DESC, o.id DESC", params,
        )  # fmt: skip
        people = self._contributors([r[0] for r in rows])
        return [OutputInfo(*r, contributors=tuple(people[r[0]])) for r in rows]

    def many(self, ids: list[int]) -> list[OutputInfo]:
        """These outputs, in the order given."""
        found = (
            {o.id: o for o in self._list(f"o.id IN ({','.join('?' * len(ids))})", list(ids))} if ids else {}
        )
        return [found[i] for i in ids if i in found]

    def output(self, output_id: int) -> OutputInfo:
        found = self._list("o.id = ?", [output_id])
        if not found:
            raise ValidationError("unknown_output", "output", str(output_id))
        return found[0]

    def history(self, output_id: int) -> list[tuple[str, str]]:
        return self.db.query(
            "SELECT status, reached_on FROM output_status WHERE output_id = ? ORDER BY id", (output_id,)
        )

    def counts(self, community_id: int) -> dict[str, int]:
        return dict(self.db.query("SELECT status, count(*) FROM output WHERE community_id = ? GROUP BY status",
                                  (community_id,)))  # fmt: skip

    def member_outputs(self, member_id: int) -> list[tuple[str, str, str, str]]:
        """(title, kind, role, status) of a member's contributions, newest first."""
        return self.db.query(
            "SELECT o.title, o.kind, c.role, o.status FROM contribution c JOIN output o ON o.id = c.output_id"
            " WHERE c.member_id = ? ORDER BY COALESCE(NULLIF(o.published_on, ''), o.created_on) DESC, o.id DESC",
            (member_id,),
        )

    def event_outputs(self, event_id: int) -> list[OutputInfo]:
        ids = [
            r[0] for r in self.db.query("SELECT id FROM output WHERE event_id = ? ORDER BY id", (event_id,))
        ]
        return [self.output(i) for i in ids]

    def report(self, community_id: int) -> dict:
        outputs = self.outputs(community_id)
        per_member: dict[str, dict] = {}
        for o in outputs:
            for _, name, role in o.contributors:
                m = per_member.setdefault(name, {"name": name, "outputs": 0, "roles": {}})
                m["outputs"] += 1
                m["roles"][role] = m["roles"].get(role, 0) + 1
        return {
            "outputs": [
                {
                    "title": o.title,
                    "kind": o.kind,
                    "status": o.status,
                    "published": o.published_on,
                    "contributors": [{"name": n, "role": r} for _, n, r in o.contributors],
                    "event": o.event or None,
                }
                for o in outputs
            ],  # fmt: skip
            "members": sorted(per_member.values(), key=lambda m: (-m["outputs"], m["name"])),
            "counts": self.counts(community_id),
        }
