"""Take an event out for a second laptop: a small ordinary workspace with the community, the event and
its plan, its list, and the member directory the door needs to check walk-ins in — names, pinyin keys,
the last four digits of one phone; the rest of a member's record (other contacts, notes, private fields)
only with `private`. Every row keeps its UUID (and its key); one `offline_take_out` row marks the file:
the source's identity and name, the event, when, and the rows as taken out (the bring-back's baseline).

The source is only read. The file is built beside the target and renamed into place when whole (0600).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select

from desktop.services.offline.rows import (
    IDS,
    TO,
    WI,
    A,
    C,
    E,
    M,
    attendance_values,
    dumps,
    member_fields,
    workspace_uuid,
)
from models.base import new_uuid
from models.errors import ValidationError
from models.event_times import now_utc
from models.members import search_text
from models.schema import TABLES

PLAN_TABLES = ("agenda_item", "duty", "event_task", "material")
U, UM = TABLES["unit"], TABLES["unit_member"]


@dataclass(frozen=True)
class TakeOut:
    path: Path
    uuid: str
    event_title: str
    members: int
    attendance: int


def last_digits(phone: str, n: int = 4) -> str:
    digits = "".join(ch for ch in phone if ch.isdigit())
    return digits[-n:]


def _gather(conn, event_id: int, private: bool) -> dict[str, list[dict]]:
    event = conn.execute(select(E).where(E.c.id == event_id)).mappings().first()
    if event is None:
        raise ValidationError("unknown_event", "event", str(event_id))
    cid = event["community_id"]
    out: dict[str, list[dict]] = {
        "community": [dict(conn.execute(select(C).where(C.c.id == cid)).mappings().one())]
    }
    out["event"] = [{**dict(event), "series_id": None, "series_on": ""}]
    for name in PLAN_TABLES:
        t = TABLES[name]
        out[name] = [dict(r) for r in conn.execute(select(t).where(t.c.event_id == event_id)).mappings()]
    out["attendance"] = [dict(r) for r in conn.execute(select(A).where(A.c.event_id == event_id)).mappings()]
    named = {r["member_id"] for r in out["attendance"]} | {
        r[c] for n in PLAN_TABLES for r in out[n] for c in ("owner_id", "member_id") if r.get(c) is not None
    }
    members = conn.execute(
        select(M).where(M.c.community_id == cid, or_(M.c.erased_on == "", M.c.id.in_(named)))
    ).mappings()
    ids = set()
    keep = {*member_fields(private), "sort_key"}
    rows = []
    phones = _phones(conn, cid)
    for r in members:
        ids.add(r["id"])
        row = dict(r) if private else {k: (v if k in keep or k in ("id", "uuid", "community_id") else _blank(v))
                                       for k, v in r.items()}  # fmt: skip
        if not private:
            short = last_digits(phones.get(r["id"], ("", ""))[1])
            row["search_text"] = search_text(r["name"], [short] if short else [], r["tags"])
        rows.append(row)
    for row in rows:
        if row.get("inviter_id") not in ids:
            row["inviter_id"] = None
    out["member"] = rows
    if private:
        out["member_identity"] = [dict(r) for r in conn.execute(select(IDS).join(M, M.c.id == IDS.c.member_id)
                                                                .where(M.c.community_id == cid)).mappings()
                                  if r["member_id"] in ids]  # fmt: skip
    else:
        out["member_identity"] = [{"id": i, "uuid": u, "member_id": m, "kind": "phone", "value": last_digits(v)}
                                  for m, (i, v, u) in ((m, (p[0], p[1], p[2])) for m, p in phones.items())
                                  if m in ids and last_digits(v)]  # fmt: skip
    units = [dict(r) for r in conn.execute(select(U).where(U.c.community_id == cid)).mappings()]
    unit_ids = {u["id"] for u in units}
    for u in units:
        u["lead_id"] = u["lead_id"] if u["lead_id"] in ids and private else None
        u["notes"] = u["notes"] if private else ""
    out["unit"] = sorted(units, key=lambda u: (u["parent_id"] is not None, u["id"]))
    out["unit_member"] = [dict(r) for r in conn.execute(select(UM)).mappings()
                          if r["unit_id"] in unit_ids and r["member_id"] in ids]  # fmt: skip
    return out


def _blank(value):
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return 0
    return "" if isinstance(value, str) else None


def _phones(conn, community_id: int) -> dict[int, tuple[int, str, str]]:
    """Each member's first phone: member id → (identity key, value, uuid)."""
    rows = conn.execute(
        select(IDS.c.id, IDS.c.member_id, IDS.c.value, IDS.c.uuid).join(M, M.c.id == IDS.c.member_id)
        .where(M.c.community_id == community_id, IDS.c.kind == "phone").order_by(IDS.c.id)
    )  # fmt: skip
    first: dict[int, tuple[int, str, str]] = {}
    for key, member_id, value, uuid in rows:
        first.setdefault(member_id, (key, value, uuid))
    return first


def baseline(rows: dict[str, list[dict]], private: bool) -> dict:
    """The rows as taken out, by UUID: what the bring-back compares both sides with."""
    uuid_of = {m["id"]: m["uuid"] for m in rows["member"]}
    fields = member_fields(private)
    return {
        "attendance": {
            a["uuid"]: {**attendance_values(a), "member": uuid_of[a["member_id"]]} for a in rows["attendance"]
        },  # fmt: skip
        "member": {m["uuid"]: {f: m[f] for f in fields} for m in rows["member"]},
        "event": {
            e["uuid"]: {"closed": bool(e["closed"]), "day_notes": e["day_notes"]} for e in rows["event"]
        },
    }


def take_out(db, event_id: int, target: Path, private: bool = False) -> TakeOut:
    """Write the take-out of the event at `target` (refused if it exists); the source is only read."""
    target = Path(target)
    if target.exists():
        raise ValidationError("offline_target_exists", "to", str(target))
    with db.read() as conn:
        rows = _gather(conn, event_id, private)
        source = workspace_uuid(conn)
    marker = {"uuid": new_uuid(), "source_uuid": source, "source_name": rows["community"][0]["name"],
              "community_uuid": rows["community"][0]["uuid"], "event_uuid": rows["event"][0]["uuid"],
              "taken_at": now_utc(), "private": private, "baseline": dumps(baseline(rows, private))}  # fmt: skip
    partial = target.with_name(target.name + ".partial")
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
    try:
        _write(partial, rows, marker)
        if os.name == "posix":
            os.chmod(partial, 0o600)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return TakeOut(
        target, marker["uuid"], rows["event"][0]["title"], len(rows["member"]), len(rows["attendance"])
    )


def _write(path: Path, rows: dict[str, list[dict]], marker: dict) -> None:
    from desktop.services.core.database import Database

    door = Database(path)  # a new workspace, migrated to this Beehive's revision
    try:
        with door.engine.begin() as conn:
            for name in ("community", "member", "member_identity", "unit", "unit_member", "event",
                         *PLAN_TABLES, "attendance"):  # fmt: skip
                if rows[name]:
                    conn.execute(TABLES[name].insert(), rows[name])
            conn.execute(TO.insert(), [{"id": 1, **marker}])
            assert conn.execute(select(WI.c.uuid)).scalar() != marker["source_uuid"]
        with door.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        door.close()
    from desktop.services.core.cipher import driver

    con = driver.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to carry
    finally:
        con.close()
