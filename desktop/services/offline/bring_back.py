"""Bring a take-out back: a three-way merge of the door's rows with this workspace's, against the rows as
taken out (or as last brought back, so a second bring-back of the same file changes nothing).

Rows are matched by UUID (a door's new check-in row by its member when this workspace has one). Each
attendance facet, member column and event field merges by models-free rules (merge_rules.merged): a
change on one side is taken, the same change on both is nothing, two check-ins keep the earliest, and a
different change on both sides is a conflict decided by the organiser ("ours" or "theirs"). A new
person from the door is added (keeping their UUID) or, decided so, taken as a member already here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.services.offline.door_file import DoorFile, read_door
from desktop.services.offline.merge_rules import CONFLICT, merged
from desktop.services.offline.plan import BringBackPlan, Change, Conflict, NewPerson
from desktop.services.offline.rows import FACETS, IDS, MG, A, C, E, M, attendance_values, workspace_uuid
from models.errors import ValidationError
from models.schema import TABLES

ALIAS = TABLES["member_alias"]


@dataclass(frozen=True)
class Op:
    key: str | None  # a conflict's key: written only when decided "theirs"
    table: str
    action: str  # "insert", "update", "delete"
    target: object  # the row's key here; for inserts the door row's uuid
    values: dict


# A row one side added and the other has too (two doors' walk-ins, invited here meanwhile): compared
# with an answerless, not-come row, so what either side recorded counts as its change.
NO_ROW = {
    "checked_in": ("", ""),
    "rsvp": ("invited", ""),
    "guests": (0,),
    "walk_in": (False,),
    "no_show": (False,),
}


def _facets(row: dict | None) -> dict | None:
    if row is None:
        return None
    return {f: tuple(row[c] for c in cols) for f, cols in FACETS.items()}


def _text(facet: str, value, tz: str = "UTC") -> str:
    """A value as the preview shows it: an answer without its time, a check-in as the event's local time
    and the laptop that recorded it ("18:50 anna@door")."""
    if value is None:
        return ""
    if facet == "rsvp":
        return str(value[0])
    if facet == "checked_in" and value[0]:
        from models.event_times import to_local

        return f"{to_local(value[0], tz):%Y-%m-%d %H:%M} {value[1]}".strip()
    return " ".join(str(v) for v in (value if isinstance(value, tuple) else (value,)) if v != "")


class Merge:
    """One computation of the plan on a connection to this workspace (a read, or apply's transaction)."""

    def __init__(self, conn, door: DoorFile, decisions: dict[str, str] | None = None) -> None:
        self.conn, self.door, self.decisions = conn, door, decisions or {}
        self.ops: list[Op] = []
        self.changes: list[Change] = []
        self.conflicts: list[Conflict] = []
        self.new_people: list[NewPerson] = []

    def _text(self, facet: str, value) -> str:
        return _text(facet, value, self.event["tz"])

    def _source(self):
        mk, conn = self.door.marker, self.conn
        if mk["source_uuid"] != workspace_uuid(conn) or conn.execute(
            select(C.c.id).where(C.c.uuid == mk["community_uuid"])).scalar() is None:  # fmt: skip
            raise ValidationError("offline_other_workspace", "file", mk["source_name"])
        event = conn.execute(select(E).where(E.c.uuid == mk["event_uuid"])).mappings().first()
        if event is None:
            raise ValidationError("offline_event_gone", "event", self.door.event["title"])
        return dict(event)

    def _previous(self) -> dict:
        rows = self.conn.execute(select(MG.c.state).where(MG.c.take_out_uuid == self.door.marker["uuid"])
                                 .order_by(MG.c.id)).scalars().all()  # fmt: skip
        state: dict = {"attendance": {}, "member": {}, "event": {}, "map": {}, "gone": []}
        for text in rows:
            for k, v in json.loads(text).items():
                state[k] = state[k] + v if k == "gone" else {**state[k], **v}
        return state

    def run(self) -> BringBackPlan:
        self.event = event = self._source()
        prev = self._previous()
        base = {k: {**self.door.baseline.get(k, {}), **prev[k]} for k in ("attendance", "member", "event")}
        for gone in prev["gone"]:
            base["attendance"].pop(gone, None)
        self.base, self.prev = base, prev
        self.members = self._resolve_members()
        self._merge_members()
        self._merge_attendance(event)
        self._merge_event(event)
        return BringBackPlan(self.door.path, self.door.marker["uuid"], self.door.marker["source_name"],
                             event["title"], bool(self.conn.execute(select(MG.c.id).where(
                                 MG.c.take_out_uuid == self.door.marker["uuid"])).first()),
                             tuple(self.changes), tuple(self.new_people), tuple(self.conflicts),
                             tuple(self.ops))  # fmt: skip

    # --- members ------------------------------------------------------------------------------------
    def _resolve_members(self) -> dict[str, int | None]:
        """Door member uuid → member key here (None: a new person to add)."""
        uuids = list(self.door.members)
        here = dict(self.conn.execute(select(M.c.uuid, M.c.id).where(M.c.uuid.in_(uuids))).all())
        here.update({u: i for u, i in self.conn.execute(
            select(ALIAS.c.old_uuid, ALIAS.c.member_id).where(ALIAS.c.old_uuid.in_(uuids))).all() if u not in here})  # fmt: skip
        out: dict[str, int | None] = {}
        targets = set(self.prev["map"].values()) | {v for v in self.decisions.values() if len(v) == 32}
        by_uuid = dict(self.conn.execute(select(M.c.uuid, M.c.id).where(M.c.uuid.in_(targets))).all())
        for u in uuids:
            if u in here:
                out[u] = here[u]
            elif u in self.prev["map"]:
                out[u] = by_uuid.get(self.prev["map"][u])
            else:
                choice = self.decisions.get(f"new:{u}", "new")
                if choice != "new" and choice not in by_uuid:
                    raise ValidationError("offline_bad_decision", f"new:{u}", choice)
                out[u] = None if choice == "new" else by_uuid[choice]
                self._new_person(u)
        return out

    def _new_person(self, u: str) -> None:
        from desktop.services.offline.matching import candidates

        row = self.door.members[u]
        ids = self.door.identities.get(u, [])
        phone = next((v for _, k, v in ids if k == "phone"), "")
        self.new_people.append(NewPerson(u, row["name"], phone, tuple(candidates(self.conn, self.event["community_id"],
                                                                                 row, ids))))  # fmt: skip

    def _merge_members(self) -> None:
        cols = set(self.base["member"].get(next(iter(self.base["member"]), ""), {}))
        for u, base in self.base["member"].items():
            door, key = self.door.members.get(u), self.members.get(u)
            if door is None or key is None or u not in self.door.members:
                continue
            here = self.conn.execute(select(M).where(M.c.id == key)).mappings().first()
            if here is None:
                continue
            values = {}
            for f in cols & set(base):
                result = merged(f, base[f], door[f], here[f])
                if result is CONFLICT:
                    k = f"member:{u}:{f}"
                    self.conflicts.append(Conflict(k, here["name"], f, _text(f, here[f]), _text(f, door[f])))
                    if self.decisions.get(k) == "theirs":
                        values[f] = door[f]
                elif result != here[f]:
                    values[f] = result
            if values.keys() & {"name", "tags"}:
                values |= self._keys(key, {**here, **values})
            if values:
                self.ops.append(Op(None, "member", "update", key, values))
                self.changes.append(Change("member", here["name"], "", ", ".join(sorted(values))))

    def _keys(self, key: int, row: dict) -> dict:
        """The pinyin sort key and search text of a renamed (or retagged) member, from their contacts here."""
        from models.members import search_text
        from models.pinyin import name_keys

        values = self.conn.execute(
            select(IDS.c.value).where(IDS.c.member_id == key).order_by(IDS.c.id)
        ).scalars()
        return {
            "sort_key": name_keys(row["name"])[0],
            "search_text": search_text(row["name"], list(values), row["tags"]),
        }

    # --- attendance ---------------------------------------------------------------------------------
    def _merge_attendance(self, event: dict) -> None:
        rows = {
            r["uuid"]: dict(r)
            for r in self.conn.execute(select(A).where(A.c.event_id == event["id"])).mappings()
        }
        by_member = {r["member_id"]: r for r in rows.values()}
        for u, door in self.door.attendance.items():
            name = self.door.members[door["member"]]["name"]
            member = self.members.get(door["member"])
            here = rows.get(u) or (by_member.get(member) if member is not None else None)
            base = self.base["attendance"].get(u)
            if here is None:
                if base is not None and _facets(base) == _facets(door):
                    continue  # removed here, unchanged at the door
                k = f"attendance:{u}:removed_here" if base is not None else None
                if k:
                    self.conflicts.append(Conflict(k, name, "removed_here", "", _text("rsvp", door["rsvp"])))
                    if self.decisions.get(k) != "theirs":
                        continue
                self.ops.append(
                    Op(None, "attendance", "insert", u, attendance_values(door) | {"member": door["member"]})
                )
                came = (door["checked_in_at"], door["checked_in_by"])
                self.changes.append(Change("check_in", name, "", self._text("checked_in", came)) if came[0]
                                    else Change("rsvp", name, "", door["rsvp"]))  # fmt: skip
                continue
            self._merge_row(u, name, _facets(base), _facets(door), here)
        for u, base in self.base["attendance"].items():
            if u in self.door.attendance or u not in rows:
                continue
            here = rows[u]
            name = self.door.members.get(base["member"], {}).get("name", "")
            if _facets(here) == _facets(base):
                self.ops.append(Op(None, "attendance", "delete", here["id"], {}))
                self.changes.append(Change("removed", name, here["rsvp"], ""))
            else:
                k = f"attendance:{u}:removed"
                self.conflicts.append(Conflict(k, name, "removed", _text("rsvp", here["rsvp"]), ""))
                if self.decisions.get(k) == "theirs":
                    self.ops.append(Op(None, "attendance", "delete", here["id"], {}))

    def _merge_row(self, u: str, name: str, base: dict | None, door: dict, here_row: dict) -> None:
        here, values = _facets(here_row), {}
        for facet, cols in FACETS.items():
            result = merged(facet, (base or NO_ROW)[facet], door[facet], here[facet])
            if result is CONFLICT:
                k = f"attendance:{u}:{facet}"
                self.conflicts.append(
                    Conflict(k, name, facet, self._text(facet, here[facet]), self._text(facet, door[facet]))
                )
                result = door[facet] if self.decisions.get(k) == "theirs" else here[facet]
            if result != here[facet]:
                values.update(zip(cols, result, strict=True))
                kind = "check_in" if facet == "checked_in" else facet
                self.changes.append(
                    Change(kind, name, self._text(facet, here[facet]), self._text(facet, result))
                )
        if (values.get("checked_in_at") or here_row["checked_in_at"]) and here_row["no_show"]:
            values["no_show"] = False  # came after all: not a no-show
        if values:
            self.ops.append(Op(None, "attendance", "update", here_row["id"], values))

    # --- the event ----------------------------------------------------------------------------------
    def _merge_event(self, event: dict) -> None:
        u = event["uuid"]
        base, door = self.base["event"].get(u, {}), self.door.event
        values = {}
        for f in ("closed", "day_notes"):
            b, d, o = (
                base.get(f),
                (bool(door[f]) if f == "closed" else door[f]),
                (bool(event[f]) if f == "closed" else event[f]),
            )
            result = merged(f, b, d, o) if f in base else o
            if result is CONFLICT:
                k = f"event:{u}:{f}"
                self.conflicts.append(Conflict(k, event["title"], f, _text(f, o), _text(f, d)))
                result = d if self.decisions.get(k) == "theirs" else o
            if result != o:
                values[f] = result
                self.changes.append(Change("event", event["title"], _text(f, o), _text(f, result)))
        if values:
            self.ops.append(Op(None, "event", "update", event["id"], values))


def plan_bring_back(db, door_file: Path) -> BringBackPlan:
    """The preview: nothing is written. Refused (ValidationError/WorkspaceError) for a file that is no
    take-out, or one taken out of another workspace."""
    door = read_door(Path(door_file))
    with db.read() as conn:
        return Merge(conn, door).run()
