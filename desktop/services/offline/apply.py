"""Write a bring-back as one undo step: the plan computed again inside the write's transaction (so what
changed since the preview is merged too, never overwritten), every conflict and possible duplicate
decided, and the door's rows as merged recorded under the take-out's uuid."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.services.offline.bring_back import Merge
from desktop.services.offline.door_file import read_door
from desktop.services.offline.plan import BringBackPlan
from desktop.services.offline.rows import attendance_values, dumps, member_fields
from models.errors import ValidationError
from models.event_times import now_utc

CHOICES = ("ours", "theirs")
MEMBER_COPY = ("name", "sort_key", "search_text", "city", "organisation", "title", "interests", "specialties",
               "tags", "joined_on", "status", "status_on", "status_reason", "notes", "erased_on")  # fmt: skip


class OfflineLabels(QObject):
    def bring_back(self, title: str) -> str:
        return self.tr("Bring back the door's file of {title}").format(title=title)


def _check(plan: BringBackPlan, decisions: dict[str, str]) -> None:
    for key, value in decisions.items():
        if not key.startswith("new:") and value not in CHOICES:
            raise ValidationError("offline_bad_decision", key, value)
    missing = [k for k in plan.to_decide() if k not in decisions]
    if missing:
        raise ValidationError("offline_undecided", "", str(len(missing)))


def apply_bring_back(db, plan: BringBackPlan, decisions: dict[str, str] | None = None) -> BringBackPlan:
    """Apply; returns the plan as applied (an empty one when the file was brought back already)."""
    decisions = dict(decisions or {})
    _check(plan, decisions)
    door = read_door(plan.door)
    if not (plan.nothing_to_do and plan.brought_back_before):
        db.back_up("merge")  # a verified copy first, as before a merge of two members
    with db.write(OfflineLabels().bring_back(plan.event_title)) as uow:
        merge = Merge(uow.conn, door, decisions)
        done = merge.run()
        _check(done, decisions)  # what changed since the preview may ask for more decisions
        if done.nothing_to_do and done.brought_back_before:
            return done
        keys = _insert_people(uow, merge, done)
        for op in done.ops:
            if op.action == "update":
                uow.update(op.table, {op.target: op.values})
            elif op.action == "delete":
                uow.delete(op.table, [op.target])
            else:
                values = {k: v for k, v in op.values.items() if k != "member"}
                member = merge.members.get(op.values["member"]) or keys[op.values["member"]]
                uow.insert_one("attendance", event_id=merge.event["id"], member_id=member, **values)
        _record(uow, merge, decisions)
        return done


def _insert_people(uow, merge: Merge, plan: BringBackPlan) -> dict[str, int]:
    keys = {}
    for person in plan.new_people:
        if merge.members.get(person.uuid) is not None:
            continue
        row = merge.door.members[person.uuid]
        (key,) = uow.new_ids("member", 1)
        uow.insert("member", [{"id": key, "uuid": person.uuid, "community_id": merge.event["community_id"],
                               "inviter_id": None, **{c: row[c] for c in MEMBER_COPY}}])  # fmt: skip
        ids = merge.door.identities.get(person.uuid, [])
        new = uow.new_ids("member_identity", len(ids))
        uow.insert("member_identity", [{"id": k, "uuid": u, "member_id": key, "kind": kind, "value": value}
                                       for k, (u, kind, value) in zip(new, ids, strict=True)])  # fmt: skip
        keys[person.uuid] = key
    return keys


def _record(uow, merge: Merge, decisions: dict[str, str]) -> None:
    door, fields = merge.door, member_fields(bool(merge.door.marker["private"]))
    mapped = {k[4:]: v for k, v in decisions.items() if k.startswith("new:") and v != "new"}
    state = {
        "attendance": {
            u: {**attendance_values(r), "member": r["member"]} for u, r in door.attendance.items()
        },
        "member": {
            u: {f: r[f] for f in fields}
            for u, r in door.members.items()
            if u in merge.base["member"] or (u not in mapped and u in {p.uuid for p in merge.new_people})
        },  # fmt: skip
        "event": {
            door.event["uuid"]: {"closed": bool(door.event["closed"]), "day_notes": door.event["day_notes"]}
        },
        "map": mapped,
        "gone": [u for u in merge.base["attendance"] if u not in door.attendance],
    }
    uow.insert_one(
        "offline_merge", take_out_uuid=door.marker["uuid"], merged_at=now_utc(), state=dumps(state)
    )
