"""What one write changed, as plain records: the undo step and the change set views refresh from.

No SQLAlchemy here: the window imports this before the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple


class Change(NamedTuple):
    """One row's before/after (a NamedTuple: a bulk import records hundreds of thousands)."""

    table: str
    key: int
    before: dict | None
    after: dict | None


@dataclass(frozen=True)
class Step:
    """One undo step. A step rebuilt after a restart has no changes in memory: `id` names its
    journal_step row, and they are read from it on undo or redo (`stored`: the row's size)."""

    label: str
    changes: tuple[Change, ...]
    id: int | None = None
    stored: int = 0


@dataclass(frozen=True)
class ChangeSet:
    """What one commit, undo or redo touched: per table, inserted/updated/deleted keys and records."""

    changes: tuple[Change, ...] = ()
    reset: bool = False  # the whole workspace changed (another file opened, or written elsewhere)
    elsewhere: bool = False  # written by another process: views reload, the window says so
    by: str = ""  # on a team server: the login of the organiser whose change this is

    def keys(self, table: str, kind: str | None = None) -> set[int]:
        return {c.key for c in self.changes if c.table == table and (kind is None or change_kind(c) == kind)}

    def structural(self, table: str) -> bool:
        """True when rows were inserted or deleted (views reload their id lists)."""
        return self.reset or any(c.table == table and change_kind(c) != "updated" for c in self.changes)

    # --- what the change means, asked by the views (computed once per change set, as Anki's OpChanges) ---
    @cached_property
    def tables(self) -> frozenset[str]:
        return frozenset(c.table for c in self.changes)

    @cached_property
    def members_touched(self) -> frozenset[int]:
        """Members whose own record or anything linked to them changed (their page shows all of it)."""
        out = set(self.keys("member"))
        for table, columns in MEMBER_LINKS.items():
            for column in columns:
                out |= self.values(table, column)
        return frozenset(m for m in out if m is not None)

    @cached_property
    def member_rows(self) -> frozenset[int]:
        """Members whose row in the members list shows something new (the member or an identity)."""
        return frozenset(m for m in self.keys("member") | self.values("member_identity", "member_id") if m)

    @cached_property
    def members_added_or_removed(self) -> bool:
        return self.structural("member")

    def member_fields_changed(self, fields: set[str]) -> bool:
        """A member was inserted or deleted, or one of these columns of a member changed."""
        return self.members_added_or_removed or any(
            c.table == "member" and c.before and c.after and any(c.before.get(f) != c.after.get(f) for f in fields)
            for c in self.changes
        )

    @cached_property
    def structure_changed(self) -> bool:
        """What the structure diagram draws: units, who is in them, roles, the community's wanted
        specialties, and the members' names (not their phones, e-mails or notes)."""
        return self.reset or bool(self.tables & STRUCTURE_TABLES) or self.member_fields_changed(SHOWN_NAME)

    @cached_property
    def custom_fields_changed(self) -> bool:
        """A custom member field was added, renamed, deleted or given another kind or choices."""
        return self.reset or "custom_field" in self.tables

    @cached_property
    def communities_changed(self) -> bool:
        return self.reset or "community" in self.tables

    @cached_property
    def events_list_changed(self) -> bool:
        """Events added, removed or edited (their time, title, unit…): the events list reloads."""
        return self.reset or bool(self.tables & EVENT_LIST_TABLES)

    @cached_property
    def event_ids(self) -> frozenset[int]:
        """Events whose counts or plan changed (RSVPs, check-ins, agenda, duties, tasks, materials)."""
        out: set = set()
        for table in EVENT_ROW_TABLES:
            out |= self.values(table, "event_id")
        return frozenset(e for e in out if e is not None)

    def attendance_of(self, event_id: int) -> tuple[Change, ...]:
        """This event's RSVP and check-in changes (the door refreshes their rows)."""
        return tuple(c for c in self.changes if c.table == "attendance" and (c.after or c.before)["event_id"] == event_id)

    @cached_property
    def outputs_changed(self) -> bool:
        """What the outputs list shows: works, their status and contributors, and the names of the
        contributors, units and events they mention."""
        return (self.reset or bool(self.tables & OUTPUT_TABLES) or self.member_fields_changed(SHOWN_NAME))

    @cached_property
    def health_inputs_changed(self) -> bool:
        """Anything the health numbers are computed from."""
        return self.reset or bool(self.tables - {"event_template"})

    def values(self, table: str, column: str) -> set:
        out = set()
        for c in self.changes:
            if c.table == table:
                for rec in (c.before, c.after):
                    if rec is not None:
                        out.add(rec.get(column))
        return out


# The tables each question reads (the schema's names; models/*_schema.py).
MEMBER_LINKS = {"member_identity": ("member_id",), "role_assignment": ("member_id",), "unit_member": ("member_id",),
                "connection": ("a_id", "b_id"), "attendance": ("member_id",), "contribution": ("member_id",),
                "activity": ("member_id",), "member_level": ("member_id",),
                "member_field_value": ("member_id",), "member_consent": ("member_id",)}  # fmt: skip
STRUCTURE_TABLES = frozenset({"unit", "unit_member", "role_assignment", "community"})
SHOWN_NAME = {"name", "sort_key"}
EVENT_LIST_TABLES = frozenset({"event", "event_series", "unit"})
EVENT_ROW_TABLES = ("attendance", "agenda_item", "duty", "event_task", "material")
OUTPUT_TABLES = frozenset({"output", "output_status", "contribution", "unit", "event", "community"})


def change_kind(c: Change) -> str:
    return "inserted" if c.before is None else "deleted" if c.after is None else "updated"
