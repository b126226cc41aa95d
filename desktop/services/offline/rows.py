"""What a take-out carries and how its rows are compared: the facets of an attendance row, the member
columns, the event columns the door may change. Shared by take_out, bring_back and apply."""

from __future__ import annotations

import json

from sqlalchemy import select

from models.schema import TABLES

A, E, M, IDS, C = (TABLES[t] for t in ("attendance", "event", "member", "member_identity", "community"))
WI, TO, MG = (TABLES[t] for t in ("workspace_info", "offline_take_out", "offline_merge"))

# An attendance row compared facet by facet: a facet is one fact (its columns change together).
FACETS = {
    "checked_in": ("checked_in_at", "checked_in_by"),
    "rsvp": ("rsvp", "rsvp_at"),
    "guests": ("guests",),
    "walk_in": ("walk_in",),
    "no_show": ("no_show",),
}
ATTENDANCE_COLUMNS = tuple(c for cols in FACETS.values() for c in cols)
# The member columns a take-out carries; with `private` the rest of the record too.
DIRECTORY = ("name", "status", "tags", "erased_on")  # sort_key and search_text follow name and tags
PRIVATE = ("city", "organisation", "title", "interests", "specialties", "joined_on", "status_on",
           "status_reason", "notes")  # fmt: skip
EVENT_FIELDS = ("closed", "day_notes")


def member_fields(private: bool) -> tuple[str, ...]:
    return DIRECTORY + PRIVATE if private else DIRECTORY


def attendance_values(row) -> dict:
    return {c: (bool(row[c]) if c in ("walk_in", "no_show") else row[c]) for c in ATTENDANCE_COLUMNS}


def workspace_uuid(conn) -> str:
    """The workspace's identity (revision 0011 gives every workspace one)."""
    return conn.execute(select(WI.c.uuid).order_by(WI.c.id).limit(1)).scalar() or ""


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
