"""The preview of a bring-back, as frozen records: what it adds and changes, the new people and their
possible duplicates here, the conflicts side by side (each with the key a decision names)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Change:
    kind: str  # "check_in", "rsvp", "guests", "walk_in", "no_show", "member", "event", "removed"
    name: str  # the member's name (the event's title for "event")
    before: str
    after: str


@dataclass(frozen=True)
class Candidate:
    uuid: str
    name: str
    score: int
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class NewPerson:
    uuid: str
    name: str
    phone: str
    candidates: tuple[Candidate, ...]  # best first; empty: added without asking

    @property
    def key(self) -> str:
        return f"new:{self.uuid}"


@dataclass(frozen=True)
class Conflict:
    key: str  # "attendance:<uuid>:<facet>", "member:<uuid>:<field>", "event:<uuid>:<field>"
    name: str
    what: str  # the facet or field
    ours: str  # this workspace's value, as text
    theirs: str  # the door's


@dataclass(frozen=True)
class BringBackPlan:
    door: Path
    take_out_uuid: str
    source_name: str
    event_title: str
    brought_back_before: bool
    changes: tuple[Change, ...] = ()
    new_people: tuple[NewPerson, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    ops: tuple = field(default=(), repr=False, compare=False)  # what apply writes (bring_back.Op)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.changes or self.new_people or self.conflicts)

    def to_decide(self) -> list[str]:
        """The keys a decision must name: every conflict, every new person who may be a member already."""
        return [c.key for c in self.conflicts] + [p.key for p in self.new_people if p.candidates]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.changes:
            out[c.kind] = out.get(c.kind, 0) + 1
        return {**out, "new_people": len(self.new_people), "conflicts": len(self.conflicts)}
