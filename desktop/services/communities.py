"""Communities in a workspace: list, read, create, edit (each edit one undo step)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.services.core.database import Database
from desktop.services.core.step_labels import LABELS
from models.base_ids import new_uuids
from models.errors import ValidationError
from models.events import own_words
from models.lists import normalise_list
from models.vocabulary import MANAGEMENT_MODES

FIELDS = (
    "name", "purpose", "values_text", "rule_entry", "rule_removal", "rule_activity", "management_mode",
    "wanted_specialties", "event_kinds", "output_kinds", "output_roles", "attendance_words",
)  # fmt: skip


@dataclass(frozen=True)
class CommunityInfo:
    id: int = 0
    name: str = ""
    purpose: str = ""
    values_text: str = ""
    rule_entry: str = ""
    rule_removal: str = ""
    rule_activity: str = ""
    management_mode: str = "centralised"
    wanted_specialties: str = ""  # "a; b; c": what a ring of core members should cover
    event_kinds: str = ""  # "a; b; c": the organiser's own kinds of event beside the built-in ones
    output_kinds: str = ""  # "a; b; c": their own kinds of output
    output_roles: str = ""  # "a; b; c": their own contributor roles
    attendance_words: str = ""  # "到了=came; 鸽了=absent": their own RSVP and sign-in words
    stalled_days: int = 30  # an output in one status longer than this is flagged as stalled


class Communities:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[CommunityInfo]:
        rows = self.db.query(f"SELECT id, {', '.join(FIELDS)}, stalled_days FROM community ORDER BY id")
        return [CommunityInfo(*r) for r in rows]

    def get(self, community_id: int) -> CommunityInfo | None:
        return next((c for c in self.all() if c.id == community_id), None)

    def find(self, name: str) -> CommunityInfo | None:
        return next((c for c in self.all() if c.name == name), None)

    def _check(self, info: CommunityInfo, own_id: int | None) -> dict:
        values = {f: (getattr(info, f) or "").strip() for f in FIELDS}
        values["wanted_specialties"] = normalise_list(values["wanted_specialties"])
        values["event_kinds"] = normalise_list(values["event_kinds"])
        values["output_kinds"] = normalise_list(values["output_kinds"])
        values["output_roles"] = normalise_list(values["output_roles"])
        values["stalled_days"] = max(0, int(info.stalled_days))
        own_words(values["attendance_words"])  # refuses an item that is not word=meaning
        values["attendance_words"] = normalise_list(values["attendance_words"].replace("\n", ";"))
        if not values["name"]:
            raise ValidationError("community_name_required", "name", "")
        if values["management_mode"] not in MANAGEMENT_MODES:
            raise ValidationError("bad_mode", "management_mode", values["management_mode"])
        clash = [c.id for c in self.all() if c.name.lower() == values["name"].lower()]
        if clash and clash[0] != own_id:
            raise ValidationError("community_exists", "name", values["name"])
        return values

    def create(self, info: CommunityInfo, more: dict | None = None) -> int:
        """`more`: other columns of the row written in the same step (its private fields)."""
        with self.db.write(LABELS.new_community()) as uow:
            values = {**self._check(info, None), **(more or {})}
            (cid,) = uow.new_ids("community", 1)
            row = {"id": cid, "uuid": new_uuids(1)[0], "created_on": dt.date.today().isoformat(), **values}
            uow.insert("community", [row])
        return cid

    def update(self, info: CommunityInfo, more: dict | None = None) -> None:
        with self.db.write(LABELS.edit_community()) as uow:
            uow.update("community", {info.id: {**self._check(info, info.id), **(more or {})}})

    def ensure(self, name: str) -> CommunityInfo:
        """The named community, or the only one, creating it when the workspace has none."""
        existing = self.all()
        if name:
            found = next((c for c in existing if c.name == name), None)
            if found is None:
                raise ValidationError("unknown_community", "community", name)
            return found
        if len(existing) == 1:
            return existing[0]
        if existing:
            raise ValidationError("choose_community", "community", ", ".join(c.name for c in existing))
        try:
            cid = self.create(CommunityInfo(name=self.db.name))
        except ValidationError as e:  # a second process on a new file created it meanwhile: use that one
            if e.code != "community_exists" or len(again := self.all()) != 1:
                raise
            return again[0]
        return self.get(cid) or CommunityInfo(cid, self.db.name)
