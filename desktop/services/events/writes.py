"""Write side of events: single events, recurring series ("this one / all following"), templates.

Each public method is one undo step; refusals are coded and write nothing. Capacity lowered below
those already going is allowed and reported back as a warning code (nobody is dropped).
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from desktop.services.core.database import Database
from desktop.services.core.step_labels import LABELS
from desktop.services.events.plan import PLAN_TABLES, Plan, insert_plan, read_plan, save_plan
from models.errors import ValidationError
from models.event_draft import EventDraft
from models.event_times import to_local
from models.lists import add_items
from models.recurrence import Rule, occurrences
from models.schema import TABLES

E, S, A, TPL = (TABLES[t] for t in ("event", "event_series", "attendance", "event_template"))


def delete_events(uow, event_ids: list[int]) -> None:
    """Events with their plan lines and attendance."""
    for table in (*PLAN_TABLES, "attendance"):
        t = TABLES[table]
        uow.delete(table, uow.conn.execute(select(t.c.id).where(t.c.event_id.in_(event_ids))).scalars().all())
    OUT = TABLES["output"]
    given = uow.conn.execute(select(OUT.c.id).where(OUT.c.event_id.in_(event_ids))).scalars().all()
    uow.update("output", {o: {"event_id": None} for o in given})  # the output stays; where it was given goes
    uow.delete("event", event_ids)


def going_count(conn, event_id: int) -> int:
    return conn.execute(select(func.count()).where(A.c.event_id == event_id, A.c.rsvp == "going")).scalar()


class EventWrites:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _check_unit(self, uow, community_id: int, unit_id: int | None) -> None:
        U = TABLES["unit"]
        if (
            unit_id is not None
            and uow.conn.execute(select(U.c.community_id).where(U.c.id == unit_id)).scalar() != community_id
        ):
            raise ValidationError("unknown_unit", "unit", str(unit_id))

    def create(self, community_id: int, draft: EventDraft, rule: Rule | None = None,
               template_id: int | None = None) -> list[int]:  # fmt: skip
        """One event, or one per date of the series rule; the template's plan is copied into each."""
        values = draft.columns()
        days = occurrences(rule) if rule else [draft.start.date()]
        label = LABELS.new_series(len(days)) if rule else LABELS.new_event()
        with self.db.write(label) as uow:
            self._check_unit(uow, community_id, draft.unit_id)
            plan = self._template_plan(uow, template_id) if template_id else None
            series_id = None
            if rule:
                series_id = uow.insert_one(
                    "event_series", community_id=community_id, title=values["title"], freq=rule.freq,
                    interval=rule.interval, first_on=rule.first_on.isoformat(),
                    until_on=rule.until_on.isoformat() if rule.until_on else "", count=rule.count, skipped="")  # fmt: skip
            ids = []
            for day in days:
                cols = draft.on(day).columns()
                eid = uow.insert_one("event", community_id=community_id, series_id=series_id,
                                     series_on=day.isoformat() if rule else "", closed=False, **cols)  # fmt: skip
                if plan is not None:
                    insert_plan(uow, eid, plan)
                ids.append(eid)
            return ids

    @staticmethod
    def _template_plan(uow, template_id: int) -> Plan:
        body = uow.conn.execute(select(TPL.c.body).where(TPL.c.id == template_id)).scalar()
        if body is None:
            raise ValidationError("unknown_template", "template", str(template_id))
        return Plan.from_json(body)

    def _following(self, uow, event: dict) -> list[dict]:
        if event["series_id"] is None:
            return [event]
        rows = uow.conn.execute(
            select(E).where(E.c.series_id == event["series_id"], E.c.start_utc >= event["start_utc"])
            .order_by(E.c.start_utc)
        ).mappings().all()  # fmt: skip
        return [dict(r) for r in rows]

    def update(self, event_id: int, draft: EventDraft, scope: str = "this") -> list[str]:
        """Edit one event, or it and every later one of its series (their times shift by the same
        amount, their length becomes the new one). Returns warning codes."""
        new = draft.columns()
        with self.db.write(LABELS.edit_event()) as uow:
            event = dict(uow.conn.execute(select(E).where(E.c.id == event_id)).mappings().one())
            self._check_unit(uow, event["community_id"], draft.unit_id)
            targets = self._following(uow, event) if scope == "following" else [event]
            shift = draft.start - to_local(event["start_utc"], event["tz"]).replace(tzinfo=None)
            length = draft.end - draft.start
            changes = {}
            for row in targets:
                start = to_local(row["start_utc"], row["tz"]).replace(tzinfo=None) + shift
                cols = EventDraft(**{**draft.__dict__, "start": start, "end": start + length}).columns()
                changes[row["id"]] = cols if row["id"] != event_id else new
            uow.update("event", changes)
            if scope == "following" and event["series_id"] is not None:
                uow.update("event_series", {event["series_id"]: {"title": new["title"]}})
            warnings = []
            if new["capacity"] and going_count(uow.conn, event_id) > new["capacity"]:
                warnings.append("capacity_below_going")
            return warnings

    def delete(self, event_id: int, scope: str = "this") -> None:
        """Delete an event; in a series, 'this' skips its date and 'following' ends the series before it."""
        with self.db.write(LABELS.delete_event()) as uow:
            event = dict(uow.conn.execute(select(E).where(E.c.id == event_id)).mappings().one())
            series_id = event["series_id"]
            targets = self._following(uow, event) if scope == "following" else [event]
            delete_events(uow, [r["id"] for r in targets])
            if series_id is None:
                return
            series = uow.conn.execute(select(S).where(S.c.id == series_id)).mappings().one()
            if scope == "following":
                end = dt.date.fromisoformat(event["series_on"]) - dt.timedelta(days=1)
                uow.update("event_series", {series_id: {"until_on": end.isoformat(), "count": 0}})
            else:
                uow.update(
                    "event_series",
                    {series_id: {"skipped": add_items(series["skipped"], [event["series_on"]])}},
                )
            left = uow.conn.execute(select(func.count()).where(E.c.series_id == series_id)).scalar()
            if not left:
                uow.delete("event_series", [series_id])

    # --- templates -----------------------------------------------------------------------------------
    def save_template(self, event_id: int, name: str) -> int:
        """The event's plan under a name; a template of the same name is replaced."""
        name = name.strip()
        if not name:
            raise ValidationError("template_name_required", "name", "")
        with self.db.write(LABELS.save_template()) as uow:
            event = uow.conn.execute(select(E).where(E.c.id == event_id)).mappings().one()
            plan = read_plan(uow.conn, event_id)
            minutes = int(
                (to_local(event["end_utc"], "UTC") - to_local(event["start_utc"], "UTC")).total_seconds()
                // 60
            )
            values = {
                "kind": event["kind"],
                "duration_min": minutes,
                "body": json.dumps(plan.to_json(), ensure_ascii=False),
            }
            found = uow.conn.execute(
                select(TPL.c.id).where(TPL.c.community_id == event["community_id"], TPL.c.name == name)
            ).scalar()
            if found is not None:
                uow.update("event_template", {found: values})
                return found
            return uow.insert_one("event_template", community_id=event["community_id"], name=name, **values)

    def delete_template(self, template_id: int) -> None:
        with self.db.write(LABELS.delete_template()) as uow:
            uow.delete("event_template", [template_id])

    def save_plan(self, event_id: int, plan: Plan) -> None:
        """The plan as edited: only the changed lines are recorded, in one undo step."""
        save_plan(self.db, event_id, plan)
