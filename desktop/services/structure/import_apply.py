"""Writing a structure import plan as one undo step; re-importing the same file changes nothing."""

from __future__ import annotations

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.core.step_labels import LABELS
from desktop.services.structure.writes import C, R, StructureWrites, U, _insert, today
from desktop.services.transfer.import_rows import RowsPlan
from desktop.services.transfer.results import ImportResult
from models.base_ids import new_uuids


def apply(db: Database, plan: RowsPlan, progress=None) -> ImportResult:
    """Write the plan as one undo step (all of it or nothing)."""
    with gc_paused():
        return _apply(db, plan)


def _apply(db: Database, plan: RowsPlan) -> ImportResult:
    writer = StructureWrites(db)
    table = MAIN_TABLE[plan.kind]
    with db.write(LABELS.import_kind(plan.kind)) as uow:
        created = WRITERS[plan.kind](writer, uow, plan)
        updated = len(
            {c.key for c in uow.changes if c.table == table and c.before is not None and c.after is not None}
        )
    return ImportResult(created, updated, max(0, len(plan.rows) - created - updated))


def _units(w: StructureWrites, uow, plan: RowsPlan) -> int:
    cid = plan.community_id
    ids = dict(uow.conn.execute(select(U.c.name, U.c.id).where(U.c.community_id == cid)).all())
    new = {row["name"] for row in plan.rows if row["name"] not in ids}
    ids.update(zip(new, uow.new_ids("unit", len(new)), strict=True))
    created = 0
    for row in plan.rows:  # parents may come later in the file: every key is known before any insert
        values = {"name": row["name"], "parent_id": ids.get(row["parent"]) if row["parent"] else None,
                  "kind": row["kind"], "cap": row["cap"], "management_mode": row["management_mode"],
                  "notes": row["notes"]}  # fmt: skip
        if row["name"] in new:
            uow.insert(
                "unit",
                [
                    {
                        "id": ids[row["name"]],
                        "uuid": new_uuids(1)[0],
                        "community_id": cid,
                        "lead_id": None,
                        **values,
                    }
                ],
            )
            created += 1
            new.discard(row["name"])  # named again further down: that row updates it (was a UNIQUE traceback)
        else:
            uow.update("unit", {ids[row["name"]]: values})
    for row in (r for r in plan.rows if r["lead_id"] is not None):
        current = uow.conn.execute(select(U.c.lead_id).where(U.c.id == ids[row["name"]])).scalar()
        if row["lead_id"] != current:
            w._set_lead(uow, ids[row["name"]], row["kind"], row["lead_id"], today())
    return created


def _memberships(w: StructureWrites, uow, plan: RowsPlan) -> int:
    before = len(uow.changes)
    for row in plan.rows:
        w._join(uow, row["unit_id"], row["member_id"], row["primary"])
    return sum(1 for c in uow.changes[before:] if c.table == "unit_member" and c.before is None)


def _roles(w: StructureWrites, uow, plan: RowsPlan) -> int:
    created = 0
    for row in plan.rows:
        values = {k: row[k] for k in ("member_id", "unit_id", "role", "specialty", "start_on", "end_on")}
        values["start_on"] = values["start_on"] or today()
        same = uow.conn.execute(select(R.c.id).where(*(R.c[k] == v for k, v in values.items() if k != "unit_id"),
                                                      R.c.unit_id.is_(None) if values["unit_id"] is None
                                                      else R.c.unit_id == values["unit_id"])).first()  # fmt: skip
        if same is None:
            if values["unit_id"] is not None:
                w._join(uow, values["unit_id"], values["member_id"])
            _insert(uow, "role_assignment", **values)
            created += 1
    return created


def _connections(w: StructureWrites, uow, plan: RowsPlan) -> int:
    created = 0
    for row in plan.rows:
        found = uow.conn.execute(
            select(C.c.id, C.c.strength).where(C.c.a_id == row["a_id"], C.c.b_id == row["b_id"])
        ).first()
        if found is None:
            _insert(uow, "connection", community_id=plan.community_id,
                    **{k: row[k] for k in ("a_id", "b_id", "strength", "since", "source")})  # fmt: skip
            created += 1
        elif row["strength"] > found[1]:
            uow.update("connection", {found[0]: {"strength": row["strength"]}})
    return created


MAIN_TABLE = {
    "units": "unit",
    "memberships": "unit_member",
    "roles": "role_assignment",
    "connections": "connection",
}
WRITERS = {"units": _units, "memberships": _memberships, "roles": _roles, "connections": _connections}
