"""How each table that names a member follows a merge: rows of the merged member move to the survivor,
and where the survivor already has the same row (a unique key) one of the two is kept.

`HANDLERS` is keyed by every (table, column) with a foreign key to member.id; a test compares it with
the schema, so a table added later cannot be forgotten by the merge.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import or_, select

from desktop.services.core.unit_of_work import UnitOfWork
from models.schema import TABLES

ATTENDANCE_RANK = {"going": 3, "maybe": 2, "waitlisted": 2, "invited": 1, "declined": 0}


def rows_of(uow: UnitOfWork, table: str, column: str, member_id: int) -> list[dict]:
    t = TABLES[table]
    found = uow.conn.execute(select(t).where(t.c[column] == member_id).order_by(t.c.id))
    return [dict(r._mapping) for r in found]


def repoint(table: str, column: str) -> Callable:
    """Rows that only mention the member (a unit's lead, an agenda item's owner): name the survivor."""

    def handler(uow: UnitOfWork, survivor: int, other: int, chosen: dict) -> None:
        rows = rows_of(uow, table, column, other)
        uow.update(table, {r["id"]: {column: survivor} for r in rows})

    return handler


def keyed(table: str, key: tuple[str, ...], other_wins: Callable[[dict, dict], bool] | None = None) -> Callable:
    """Rows unique per member and `key`: the other's rows move unless the survivor has the same key;
    then the survivor's row stays, unless `other_wins(survivor_row, other_row)`."""

    def handler(uow: UnitOfWork, survivor: int, other: int, chosen: dict) -> None:
        mine = {tuple(r[k] for k in key): r for r in rows_of(uow, table, "member_id", survivor)}
        drop, move = [], []
        for row in rows_of(uow, table, "member_id", other):
            same = mine.get(tuple(row[k] for k in key))
            if same is None:
                move.append(row["id"])
            elif other_wins is not None and other_wins(same, row):
                drop.append(same["id"])
                move.append(row["id"])
            else:
                drop.append(row["id"])
        uow.delete(table, drop)  # first: the moved rows take their unique keys
        uow.update(table, {k: {"member_id": survivor} for k in move})

    return handler


def _attendance_rank(row: dict) -> tuple:
    return (bool(row["checked_in_at"]) or row["walk_in"], ATTENDANCE_RANK.get(row["rsvp"], 1), not row["no_show"])


def _attended_better(survivor_row: dict, other_row: dict) -> bool:
    """Both came to one event under two records: keep the row that says they came, or are going."""
    return _attendance_rank(other_row) > _attendance_rank(survivor_row)


def units(uow: UnitOfWork, survivor: int, other: int, chosen: dict) -> None:
    """Memberships: the survivor's primary unit stays primary; the other's becomes it if there is none."""
    first = {r["id"] for r in rows_of(uow, "unit_member", "member_id", survivor) if r["is_primary"]}
    other_primary = {r["unit_id"] for r in rows_of(uow, "unit_member", "member_id", other) if r["is_primary"]}
    keyed("unit_member", ("unit_id",))(uow, survivor, other, chosen)
    rows = rows_of(uow, "unit_member", "member_id", survivor)
    primary = sorted((r for r in rows if r["is_primary"]), key=lambda r: (r["id"] not in first, r["id"]))
    if primary:
        uow.update("unit_member", {r["id"]: {"is_primary": False} for r in primary[1:]})
    else:  # both were in the other's primary unit, only the other's row said so
        uow.update("unit_member", {r["id"]: {"is_primary": True} for r in rows if r["unit_id"] in other_primary})


def pairs(table: str) -> Callable:
    """Rows naming two members, lower id first (ties, "not a duplicate"): a pair of the two merged
    members goes, a pair the survivor already has goes, the rest are renamed and re-ordered."""

    def handler(uow: UnitOfWork, survivor: int, other: int, chosen: dict) -> None:
        t = TABLES[table]
        mine = uow.conn.execute(select(t.c.a_id, t.c.b_id).where(or_(t.c.a_id == survivor, t.c.b_id == survivor)))
        have = {a if b == survivor else b for a, b in mine}
        theirs = uow.conn.execute(select(t).where(or_(t.c.a_id == other, t.c.b_id == other)).order_by(t.c.id))
        drop, move = [], {}
        for row in (dict(r._mapping) for r in theirs):
            partner = row["a_id"] if row["b_id"] == other else row["b_id"]
            if partner == survivor or partner in have:
                drop.append(row["id"])
            else:
                have.add(partner)
                move[row["id"]] = {"a_id": min(survivor, partner), "b_id": max(survivor, partner)}
        uow.delete(table, drop)
        uow.update(table, move)

    return handler


def _handled_elsewhere(uow: UnitOfWork, survivor: int, other: int, chosen: dict) -> None:
    """Columns whose handler is registered under the pair's other column, or in merge.py itself."""


HANDLERS: dict[tuple[str, str], Callable] = {
    ("member", "inviter_id"): repoint("member", "inviter_id"),  # whom the other invited; inviter: merge.py
    ("member_identity", "member_id"): keyed("member_identity", ("kind", "value")),
    ("member_field_value", "member_id"): _handled_elsewhere,  # the organiser picks per field: merge.py
    ("unit", "lead_id"): repoint("unit", "lead_id"),
    ("unit_member", "member_id"): units,
    ("role_assignment", "member_id"): keyed("role_assignment", ("unit_id", "role", "specialty", "start_on", "end_on")),
    ("connection", "a_id"): pairs("connection"),
    ("connection", "b_id"): _handled_elsewhere,
    ("attendance", "member_id"): keyed("attendance", ("event_id",), _attended_better),
    ("contribution", "member_id"): keyed("contribution", ("output_id", "role")),
    ("activity", "member_id"): repoint("activity", "member_id"),
    ("member_level", "member_id"): keyed("member_level", ()),  # one level per member: the survivor's
    ("agenda_item", "owner_id"): repoint("agenda_item", "owner_id"),
    ("duty", "member_id"): repoint("duty", "member_id"),
    ("event_task", "member_id"): repoint("event_task", "member_id"),
    ("member_alias", "member_id"): repoint("member_alias", "member_id"),  # aliases the other carried
    ("not_duplicate", "a_id"): pairs("not_duplicate"),
    ("not_duplicate", "b_id"): _handled_elsewhere,
    # one answer per consent kind: the more recent one holds
    ("member_consent", "member_id"): keyed("member_consent", ("kind",), lambda mine, other: other["given_on"] > mine["given_on"]),
}


def member_references() -> set[tuple[str, str]]:
    """Every (table, column) of the schema with a foreign key to member.id."""
    return {
        (t.name, fk.parent.name)
        for t in TABLES.values()
        for fk in t.foreign_keys
        if fk.column.table.name == "member" and fk.column.name == "id"
    }
