"""Write side of the structure: units, memberships, leads and roles with history, ties, splits.

Each public method is one undo step. Refusals are coded (DomainError) and write nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import and_, select

from desktop.services.core.database import Database
from desktop.services.core.step_labels import LABELS
from desktop.services.core.unit_of_work import UnitOfWork
from models.base import new_uuids
from models.errors import ConflictError, ValidationError
from models.schema import TABLES
from models.structure import SplitProposal
from models.trees import would_cycle
from models.vocabulary import CONNECTION_SOURCES, DEFAULT_CAP, LEAD_ROLES, MANAGEMENT_MODES, UNIT_KINDS

U, UM, R, C, M = (TABLES[t] for t in ("unit", "unit_member", "role_assignment", "connection", "member"))


def today() -> str:
    return dt.date.today().isoformat()


def _insert(uow: UnitOfWork, table: str, **values) -> int:
    (key,) = uow.new_ids(table, 1)
    uow.insert(table, [{"id": key, "uuid": new_uuids(1)[0], **values}])
    return key


class StructureWrites:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- checks ------------------------------------------------------------------------------------
    @staticmethod
    def _check_unit(uow, community_id: int, unit_id: int | None, values: dict) -> None:
        if not values.get("name", "x").strip():
            raise ValidationError("unit_name_required", "name", "")
        if values.get("kind", "pyramid") not in UNIT_KINDS:
            raise ValidationError("bad_unit_kind", "kind", str(values.get("kind")))
        if values.get("management_mode", "centralised") not in MANAGEMENT_MODES:
            raise ValidationError("bad_mode", "management_mode", str(values.get("management_mode")))
        if int(values.get("cap", DEFAULT_CAP)) < 1:
            raise ValidationError("bad_cap", "cap", str(values.get("cap")))
        parent = values.get("parent_id")
        if parent is not None:
            found = uow.conn.execute(select(U.c.community_id).where(U.c.id == parent)).scalar()
            if found != community_id:
                raise ValidationError("unknown_unit", "parent", str(parent))

            def parent_of(unit: int) -> int | None:  # walk up from the new parent: a few rows, not the tree
                return uow.conn.execute(select(U.c.parent_id).where(U.c.id == unit)).scalar()

            if unit_id is not None and would_cycle(unit_id, parent, parent_of):
                raise ConflictError("unit_cycle", "parent", str(parent))
        lead = values.get("lead_id")
        if lead is not None:
            found = uow.conn.execute(select(M.c.community_id).where(M.c.id == lead)).scalar()
            if found != community_id:
                raise ValidationError("lead_not_member", "lead", str(lead))

    # --- units -------------------------------------------------------------------------------------
    def create_unit(self, community_id: int, name: str, parent_id: int | None = None, kind: str = "pyramid",
                    lead_id: int | None = None, cap: int = DEFAULT_CAP, management_mode: str = "centralised",
                    notes: str = "") -> int:  # fmt: skip
        values = {"name": name.strip(), "parent_id": parent_id, "kind": kind, "lead_id": None, "cap": int(cap),
                  "management_mode": management_mode, "notes": notes}  # fmt: skip
        with self.db.write(LABELS.new_unit()) as uow:
            self._check_unit(uow, community_id, None, {**values, "lead_id": lead_id})
            self._check_name_free(uow, community_id, values["name"], None)
            unit_id = _insert(uow, "unit", community_id=community_id, **values)
            if lead_id is not None:
                self._set_lead(uow, unit_id, kind, lead_id, today())
        return unit_id

    @staticmethod
    def _check_name_free(uow, community_id: int, name: str, own: int | None) -> None:
        clash = uow.conn.execute(
            select(U.c.id).where(U.c.community_id == community_id, U.c.name == name)
        ).scalar()
        if clash is not None and clash != own:
            raise ValidationError("unit_exists", "name", name)

    def update_unit(self, unit_id: int, **changes) -> None:
        """Change name, parent, kind, cap, mode or notes; a new lead goes through set_lead."""
        with self.db.write(LABELS.edit_unit()) as uow:
            row = uow.conn.execute(select(U).where(U.c.id == unit_id)).mappings().one()
            values = {
                **{k: row[k] for k in ("name", "parent_id", "kind", "cap", "management_mode", "notes")},
                **changes,
            }
            self._check_unit(uow, row["community_id"], unit_id, values)
            self._check_name_free(uow, row["community_id"], values["name"], unit_id)
            uow.update("unit", {unit_id: values})

    def move_unit(self, unit_id: int, new_parent_id: int | None) -> None:
        with self.db.write(LABELS.move_unit()) as uow:
            community_id = uow.conn.execute(select(U.c.community_id).where(U.c.id == unit_id)).scalar_one()
            self._check_unit(uow, community_id, unit_id, {"parent_id": new_parent_id})
            uow.update("unit", {unit_id: {"parent_id": new_parent_id}})

    def delete_unit(self, unit_id: int) -> None:
        """Remove a unit: its sub-units move up to its parent, its memberships and its roles go (undoable)."""
        with self.db.write(LABELS.delete_unit()) as uow:
            parent = uow.conn.execute(select(U.c.parent_id).where(U.c.id == unit_id)).scalar()
            children = uow.conn.execute(select(U.c.id).where(U.c.parent_id == unit_id)).scalars().all()
            uow.update("unit", {c: {"parent_id": parent} for c in children})
            uow.delete(
                "unit_member",
                uow.conn.execute(select(UM.c.id).where(UM.c.unit_id == unit_id)).scalars().all(),
            )
            uow.delete(
                "role_assignment",
                uow.conn.execute(select(R.c.id).where(R.c.unit_id == unit_id)).scalars().all(),
            )
            E = TABLES["event"]
            events = uow.conn.execute(select(E.c.id).where(E.c.unit_id == unit_id)).scalars().all()
            uow.update("event", {e: {"unit_id": None} for e in events})  # the events stay, community-wide
            OUT = TABLES["output"]
            outputs = uow.conn.execute(select(OUT.c.id).where(OUT.c.unit_id == unit_id)).scalars().all()
            uow.update("output", {o: {"unit_id": None} for o in outputs})
            uow.delete("unit", [unit_id])

    # --- members and leads -------------------------------------------------------------------------
    def _join(self, uow, unit_id: int, member_id: int, primary: bool = False) -> None:
        existing = uow.conn.execute(
            select(UM.c.id, UM.c.is_primary).where(UM.c.unit_id == unit_id, UM.c.member_id == member_id)
        ).first()
        if primary:
            others = uow.conn.execute(
                select(UM.c.id).where(UM.c.member_id == member_id, UM.c.is_primary)
            ).scalars()
            uow.update(
                "unit_member", {i: {"is_primary": False} for i in others if not existing or i != existing[0]}
            )
        if existing is None:
            has_primary = uow.conn.execute(
                select(UM.c.id).where(UM.c.member_id == member_id, UM.c.is_primary)
            ).first()
            _insert(
                uow,
                "unit_member",
                unit_id=unit_id,
                member_id=member_id,
                is_primary=primary or not has_primary,
            )
        elif primary and not existing[1]:
            uow.update("unit_member", {existing[0]: {"is_primary": True}})

    def add_members(self, unit_id: int, member_ids: Sequence[int], primary: bool = False) -> None:
        with self.db.write(LABELS.add_to_unit(len(member_ids))) as uow:
            for m in member_ids:
                self._join(uow, unit_id, m, primary)

    def move_member(self, member_id: int, from_unit: int | None, to_unit: int) -> None:
        """A drag of a member onto a unit: they leave `from_unit` and join `to_unit` (as primary if it was)."""
        with self.db.write(LABELS.move_member()) as uow:
            primary = True
            if from_unit is not None and from_unit != to_unit:
                old = uow.conn.execute(
                    select(UM.c.id, UM.c.is_primary).where(
                        UM.c.unit_id == from_unit, UM.c.member_id == member_id
                    )
                ).first()
                if old is not None:
                    primary = bool(old[1])
                    uow.delete("unit_member", [old[0]])
            self._join(uow, to_unit, member_id, primary)

    def _set_lead(self, uow, unit_id: int, kind: str, member_id: int | None, on: str) -> None:
        role = LEAD_ROLES.get(kind, "subgroup_lead")
        current = (
            uow.conn.execute(
                select(R.c.id).where(and_(R.c.unit_id == unit_id, R.c.role == role, R.c.end_on == ""))
            )
            .scalars()
            .all()
        )
        uow.update("role_assignment", {i: {"end_on": on} for i in current})  # the old lead's term ends
        uow.update("unit", {unit_id: {"lead_id": member_id}})
        if member_id is not None:
            self._join(uow, unit_id, member_id)  # a lead is a member of the unit they lead
            _insert(uow, "role_assignment", member_id=member_id, unit_id=unit_id, role=role, specialty="",
                    start_on=on, end_on="")  # fmt: skip

    def set_lead(self, unit_id: int, member_id: int | None, on: str = "") -> None:
        with self.db.write(LABELS.change_lead()) as uow:
            row = uow.conn.execute(select(U.c.community_id, U.c.kind).where(U.c.id == unit_id)).one()
            self._check_unit(uow, row[0], unit_id, {"lead_id": member_id})
            self._set_lead(uow, unit_id, row[1], member_id, on or today())

    # --- roles ---------------------------------------------------------------------------------------
    def assign_role(self, member_id: int, role: str, unit_id: int | None = None, specialty: str = "",
                    start_on: str = "", end_on: str = "") -> int:  # fmt: skip
        if not role.strip():
            raise ValidationError("role_required", "role", "")
        if end_on and start_on and end_on < start_on:
            raise ValidationError("end_before_start", "end", end_on)
        with self.db.write(LABELS.assign_role()) as uow:
            if unit_id is not None:
                self._join(uow, unit_id, member_id)
            return _insert(uow, "role_assignment", member_id=member_id, unit_id=unit_id, role=role.strip(),
                           specialty=specialty.strip(), start_on=start_on or today(), end_on=end_on)  # fmt: skip

    def end_role(self, assignment_id: int, on: str = "") -> None:
        with self.db.write(LABELS.end_role()) as uow:
            uow.update("role_assignment", {assignment_id: {"end_on": on or today()}})

    # --- ties ----------------------------------------------------------------------------------------
    def connect(self, community_id: int, a: int, b: int, strength: int = 5, since: str = "",
                source: str = "manual") -> int:  # fmt: skip
        """Record that two members know each other; a second tie between them keeps the stronger."""
        if a == b:
            raise ValidationError("self_tie", "b", str(b))
        if not 1 <= int(strength) <= 10:
            raise ValidationError("bad_strength", "strength", str(strength))
        if source not in CONNECTION_SOURCES:
            raise ValidationError("bad_source", "source", source)
        a, b = sorted((a, b))
        with self.db.write(LABELS.connect()) as uow:
            found = uow.conn.execute(select(C.c.id, C.c.strength).where(C.c.a_id == a, C.c.b_id == b)).first()
            if found is not None:
                if strength > found[1]:
                    uow.update("connection", {found[0]: {"strength": int(strength)}})
                return found[0]
            return _insert(uow, "connection", community_id=community_id, a_id=a, b_id=b, strength=int(strength),
                           since=since, source=source)  # fmt: skip

    # --- split -------------------------------------------------------------------------------------
    def apply_split(self, unit_id: int, proposal: SplitProposal) -> list[int]:
        """Create one sub-unit per proposed group under the unit, move its members there, set leads."""
        with self.db.write(LABELS.split_unit()) as uow:
            unit = uow.conn.execute(select(U).where(U.c.id == unit_id)).mappings().one()
            created = []
            for i, (group, lead) in enumerate(zip(proposal.groups, proposal.leads, strict=True), start=1):
                name = f"{unit['name']} {i}"
                self._check_name_free(uow, unit["community_id"], name, None)
                sub = _insert(uow, "unit", community_id=unit["community_id"], parent_id=unit_id, name=name,
                              kind="pyramid", lead_id=None, cap=unit["cap"], management_mode=unit["management_mode"],
                              notes="")  # fmt: skip
                for m in group:
                    old = uow.conn.execute(
                        select(UM.c.id, UM.c.is_primary).where(UM.c.unit_id == unit_id, UM.c.member_id == m)
                    ).first()
                    if old is not None:
                        uow.delete("unit_member", [old[0]])
                    self._join(uow, sub, m, primary=bool(old[1]) if old else False)
                if lead is not None:
                    self._set_lead(uow, sub, "pyramid", lead, today())
                created.append(sub)
            return created

    def replicate(self, community_id: int, new_name: str) -> int:
        """A new chapter of this community (see the module's `replicate`); its id."""
        return replicate(self.db, community_id, new_name)


def replicate(db: Database, community_id: int, new_name: str) -> int:
    """A new chapter (复制): the community's rules, wanted specialties and unit tree, without its members.

    Leads and memberships stay behind; the role slots come along as the units' kinds (pyramid lead or
    ring core). Event templates (plans without people) come along too.
    """
    from desktop.services.communities import FIELDS

    with db.write(LABELS.new_chapter()) as uow:
        source = (
            uow.conn.execute(select(TABLES["community"]).where(TABLES["community"].c.id == community_id))
            .mappings()
            .one()
        )
        name = new_name.strip()
        if not name:
            raise ValidationError("community_name_required", "name", "")
        clash = uow.conn.execute(
            select(TABLES["community"].c.id).where(TABLES["community"].c.name == name)
        ).first()
        if clash is not None:
            raise ValidationError("community_exists", "name", name)
        values = {f: source[f] for f in FIELDS if f != "name"}
        new_id = _insert(uow, "community", name=name, created_on=today(), **values)
        units = (
            uow.conn.execute(select(U).where(U.c.community_id == community_id).order_by(U.c.id))
            .mappings()
            .all()
        )
        keys = dict(zip((u["id"] for u in units), uow.new_ids("unit", len(units)), strict=True))
        uow.insert("unit", [
            {"id": keys[u["id"]], "uuid": new_uuids(1)[0], "community_id": new_id, "name": u["name"],
             "parent_id": keys.get(u["parent_id"]), "kind": u["kind"], "lead_id": None, "cap": u["cap"],
             "management_mode": u["management_mode"], "notes": u["notes"]}
            for u in units
        ])  # fmt: skip
        T = TABLES["event_template"]
        for t in uow.conn.execute(
            select(T).where(T.c.community_id == community_id).order_by(T.c.id)
        ).mappings():
            uow.insert_one("event_template", community_id=new_id, name=t["name"], kind=t["kind"],
                           duration_min=t["duration_min"], body=t["body"])  # fmt: skip
    return new_id
