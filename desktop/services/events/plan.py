"""An event's plan: agenda lines, duties, tasks, materials and the notes for the day.

Lines are plain dicts of their columns ("id" set for stored lines). Saving a plan compares it with
what is stored, so an edit records only the lines that changed, in one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.step_labels import LABELS
from models.dates import parse_date
from models.errors import ValidationError
from models.schema import TABLES

PARTS = {"agenda": "agenda_item", "duties": "duty", "tasks": "event_task", "materials": "material"}
PLAN_TABLES = tuple(PARTS.values())
COLUMNS = {
    "agenda_item": ("position", "at_min", "duration_min", "title", "owner_id", "owner_text", "notes"),
    "duty": ("role", "member_id", "done"),
    "event_task": ("position", "what", "member_id", "due_on", "done"),
    "material": ("position", "what", "quantity", "done"),
}
# Members named in a template do not travel: a template is a plan's shape, not its people.
PEOPLE = {"owner_id", "member_id"}


@dataclass
class Plan:
    agenda: list[dict] = field(default_factory=list)
    duties: list[dict] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)
    materials: list[dict] = field(default_factory=list)
    day_notes: str = ""

    def to_json(self) -> dict:
        def strip(line: dict) -> dict:
            return {k: (None if k in PEOPLE else v) for k, v in line.items() if k != "id"}

        return {part: [strip(line) for line in getattr(self, part)] for part in PARTS} | {
            "day_notes": self.day_notes
        }

    @classmethod
    def from_json(cls, body: str | dict) -> Plan:
        import json

        data = json.loads(body) if isinstance(body, str) else body
        return cls(**{part: list(data.get(part, [])) for part in PARTS}, day_notes=data.get("day_notes", ""))


def _clean(table: str, line: dict, position: int) -> dict:
    cols = {c: line.get(c) for c in COLUMNS[table]}
    text_key = "title" if table == "agenda_item" else ("role" if table == "duty" else "what")
    cols[text_key] = str(cols[text_key] or "").strip()
    if not cols[text_key]:
        raise ValidationError("plan_line_empty", table, str(position + 1))
    if "position" in cols:
        cols["position"] = position
    for flag in ("done",):
        if flag in cols:
            cols[flag] = bool(cols[flag])
    if table == "agenda_item":
        cols["duration_min"] = int(cols["duration_min"] or 0)
        if cols["duration_min"] < 0:
            raise ValidationError("bad_duration", "duration", str(cols["duration_min"]))
        cols["at_min"] = None if cols["at_min"] in (None, "") else int(cols["at_min"])
        cols["owner_text"] = cols["owner_text"] or ""
        cols["notes"] = cols["notes"] or ""
    if "quantity" in cols:
        cols["quantity"] = cols["quantity"] or ""
    if "due_on" in cols:
        cols["due_on"] = parse_date(cols["due_on"], field="due")
    return cols


def read_plan(conn, event_id: int) -> Plan:
    plan = Plan()
    for part, table in PARTS.items():
        t = TABLES[table]
        order = t.c.position if "position" in t.c else t.c.id
        rows = conn.execute(select(t).where(t.c.event_id == event_id).order_by(order, t.c.id)).mappings()
        getattr(plan, part).extend({"id": r["id"], **{c: r[c] for c in COLUMNS[table]}} for r in rows)
    E = TABLES["event"]
    plan.day_notes = conn.execute(select(E.c.day_notes).where(E.c.id == event_id)).scalar() or ""
    return plan


def insert_plan(uow, event_id: int, plan: Plan) -> None:
    for part, table in PARTS.items():
        for i, line in enumerate(getattr(plan, part)):
            uow.insert_one(table, event_id=event_id, **_clean(table, line, i))
    if plan.day_notes:
        uow.update("event", {event_id: {"day_notes": plan.day_notes}})


def sync_plan(uow, event_id: int, plan: Plan) -> None:
    stored = read_plan(uow.conn, event_id)
    for part, table in PARTS.items():
        old = {line["id"]: line for line in getattr(stored, part)}
        keep = set()
        for i, line in enumerate(getattr(plan, part)):
            cols = _clean(table, line, i)
            key = line.get("id")
            if key in old:
                keep.add(key)
                uow.update(table, {key: cols})
            else:
                uow.insert_one(table, event_id=event_id, **cols)
        uow.delete(table, [k for k in old if k not in keep])
    uow.update("event", {event_id: {"day_notes": plan.day_notes}})


def save_plan(db: Database, event_id: int, plan: Plan) -> None:
    with db.write(LABELS.edit_plan()) as uow:
        sync_plan(uow, event_id, plan)


def set_duty_done(db: Database, duty_id: int, done: bool) -> None:
    with db.write(LABELS.duty_done()) as uow:
        uow.update("duty", {duty_id: {"done": bool(done)}})
