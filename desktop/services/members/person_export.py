"""Everything the workspace holds about one person, for that person (a subject access request): their
fields, identities, custom values, consents, units and roles, attendance, contributions, activity,
invitations made and received, merge aliases and connections. A frozen record, written as JSON here
and drawn as a readable PDF by ui/members/person_printing.py through ui/common/pages.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from desktop.services.core.database import Database
from models.errors import ValidationError

FORMAT = "beehive-person-export"
VERSION = 1
# (section, SQL, columns): each SQL takes the member id as its only parameter (twice for connections)
SECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("identities", "SELECT kind, value FROM member_identity WHERE member_id = ? ORDER BY kind, id", ("kind", "value")),
    ("custom_values", "SELECT f.name, v.value FROM member_field_value v JOIN custom_field f ON f.id = v.field_id"
     " WHERE v.member_id = ? ORDER BY f.position, f.name", ("field", "value")),
    ("consents", "SELECT kind, granted, given_on, source FROM member_consent WHERE member_id = ? ORDER BY kind",
     ("kind", "granted", "given_on", "source")),
    ("units", "SELECT u.name, u.kind, um.is_primary FROM unit_member um JOIN unit u ON u.id = um.unit_id"
     " WHERE um.member_id = ? ORDER BY um.is_primary DESC, u.name", ("unit", "kind", "primary")),
    ("roles", "SELECT r.role, COALESCE(u.name, ''), r.specialty, r.start_on, r.end_on FROM role_assignment r"
     " LEFT JOIN unit u ON u.id = r.unit_id WHERE r.member_id = ? ORDER BY r.start_on, r.id",
     ("role", "unit", "specialty", "start_on", "end_on")),
    ("level", "SELECT level, since, override FROM member_level WHERE member_id = ?", ("level", "since", "override")),
    ("attendance", "SELECT e.title, e.start_utc, a.rsvp, a.checked_in_at, a.walk_in, a.no_show, a.guests"
     " FROM attendance a JOIN event e ON e.id = a.event_id WHERE a.member_id = ? ORDER BY e.start_utc, a.id",
     ("event", "start_utc", "rsvp", "checked_in_at", "walk_in", "no_show", "guests")),
    ("event_duties", "SELECT e.title, e.start_utc, d.role, d.done FROM duty d JOIN event e ON e.id = d.event_id"
     " WHERE d.member_id = ? ORDER BY e.start_utc, d.id", ("event", "start_utc", "duty", "done")),
    ("event_tasks", "SELECT e.title, e.start_utc, t.what, t.due_on, t.done FROM event_task t JOIN event e"
     " ON e.id = t.event_id WHERE t.member_id = ? ORDER BY e.start_utc, t.id",
     ("event", "start_utc", "task", "due_on", "done")),
    ("agenda_items", "SELECT e.title, e.start_utc, i.title FROM agenda_item i JOIN event e ON e.id = i.event_id"
     " WHERE i.owner_id = ? ORDER BY e.start_utc, i.position", ("event", "start_utc", "item")),
    ("contributions", "SELECT o.title, o.kind, o.status, o.published_on, c.role, c.weight FROM contribution c"
     " JOIN output o ON o.id = c.output_id WHERE c.member_id = ? ORDER BY o.created_on, c.id",
     ("output", "kind", "status", "published_on", "role", "weight")),
    ("activity", "SELECT on_date, kind, count, source, note FROM activity WHERE member_id = ? ORDER BY on_date, id",
     ("on_date", "kind", "count", "source", "note")),
    ("invited", "SELECT name, joined_on, status FROM member WHERE inviter_id = ? ORDER BY joined_on, sort_key",
     ("name", "joined_on", "status")),
    ("aliases", "SELECT old_name, old_uuid, merged_on FROM member_alias WHERE member_id = ? ORDER BY merged_on, id",
     ("old_name", "old_uuid", "merged_on")),
    ("connections", "SELECT m.name, c.strength, c.since, c.source FROM connection c JOIN member m"
     " ON m.id = CASE WHEN c.a_id = ? THEN c.b_id ELSE c.a_id END WHERE ? IN (c.a_id, c.b_id) ORDER BY m.sort_key",
     ("name", "strength", "since", "source")),
)  # fmt: skip
FIELDS = ("name", "uuid", "city", "organisation", "title", "interests", "specialties", "tags", "joined_on",
          "status", "status_on", "status_reason", "notes", "erased_on")  # fmt: skip
BOOLEAN = {"granted", "primary", "walk_in", "no_show", "done"}


@dataclass(frozen=True)
class PersonExport:
    community: str
    exported_at: str
    fields: dict  # FIELDS, plus "invited_by"
    sections: dict  # section name → list of rows (dicts keyed by the section's columns)

    def as_json(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "exported_at": self.exported_at,
                "community": self.community, "member": self.fields, **self.sections}  # fmt: skip


def person_export(db: Database, member_id: int, now: dt.datetime | None = None) -> PersonExport:
    found = db.query(
        f"SELECT {', '.join('m.' + f for f in FIELDS)}, c.name, COALESCE(i.name, '') FROM member m"
        " JOIN community c ON c.id = m.community_id LEFT JOIN member i ON i.id = m.inviter_id WHERE m.id = ?",
        (member_id,),
    )
    if not found:
        raise ValidationError("unknown_member", "member", str(member_id))
    row = found[0]
    fields = dict(zip(FIELDS, row[: len(FIELDS)], strict=True))
    fields["invited_by"] = row[-1]
    sections = {}
    for name, sql, columns in SECTIONS:
        params = (member_id,) * sql.count("?")
        rows = [dict(zip(columns, r, strict=True)) for r in db.query(sql, params)]
        sections[name] = [{k: bool(v) if k in BOOLEAN else v for k, v in r.items()} for r in rows]
    stamp = (now or dt.datetime.now()).replace(microsecond=0).isoformat()
    return PersonExport(row[len(FIELDS)], stamp, fields, sections)


def file_stem(export: PersonExport) -> str:
    """A file name for the person's export: their name (safe characters) and the start of their UUID."""
    name = re.sub(r"[^\w.-]+", "_", export.fields["name"]).strip("._")[:40] or "member"
    return f"{name}-{export.fields['uuid'][:8]}"


def write_json(export: PersonExport, path: Path) -> Path:
    path = Path(path)
    path.write_text(json.dumps(export.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
