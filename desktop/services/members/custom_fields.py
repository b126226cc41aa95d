"""Custom member fields, read side: the fields of a community, members' values, the "field = value"
filter of the members list, and the import's column → field planning.

Plain SQL through `Database.query` (no SQLAlchemy): the members view filters through here before the
first paint. The writes are in custom_field_writes.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.services.core.database import Database
from desktop.services.transfer.header_names import strip_numbering
from models.custom_fields import clean_value, guess_kind, split_choices
from models.errors import ValidationError

_FILTER = re.compile(r"^(?P<name>.+?)\s*(?P<op>[=＝<>＜＞])\s*(?P<value>.*)$")
_OPS = {"＝": "=", "＜": "<", "＞": ">"}
_HEADER_TAIL = re.compile(r"[\s:：?？]+$")


@dataclass(frozen=True)
class CustomFieldRecord:
    id: int
    name: str
    kind: str  # text, number, date, choice
    choices: tuple[str, ...]
    position: int

    @property
    def choices_text(self) -> str:
        return "; ".join(self.choices)


def _marks(n: int) -> str:
    return ",".join("?" * n)


def field_name_of(header: str) -> str:
    """The field a file's column becomes: its header without a survey's numbering (1、, Q3.) and
    without a trailing colon or question mark."""
    text = strip_numbering(header)
    return " ".join(_HEADER_TAIL.sub("", text).split()) or header.strip()


def clean_custom(kind: str, text: object, choices: str = "", field: str = "", day_first: bool = False) -> str:
    """A row's cell for a custom field, as stored. A choice field that lists no choices yet (one the
    import creates) takes the file's values as they are; the import makes them its choices."""
    if kind == "choice" and not split_choices(choices):
        return "" if text is None else " ".join(str(text).split())
    return clean_value(kind, text, choices, field, day_first)


def custom_values_of(conn, member_id: int) -> dict[int, str]:
    """field id → value of one member, on a SQLAlchemy connection (a merge moves these rows in its
    own unit of work: `uow.conn`)."""
    from sqlalchemy import select

    from models.schema import MemberFieldValue

    v = MemberFieldValue.__table__
    rows = conn.execute(select(v.c.field_id, v.c.value).where(v.c.member_id == member_id))
    return {field_id: value for field_id, value in rows}


class CustomFieldQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def fields(self, community_id: int) -> list[CustomFieldRecord]:
        """The community's fields in the order the editor and the export show them."""
        rows = self.db.query(
            "SELECT id, name, kind, choices, position FROM custom_field WHERE community_id = ?"
            " ORDER BY position, id",
            (community_id,),
        )
        return [CustomFieldRecord(i, n, k, tuple(split_choices(c)), p) for i, n, k, c, p in rows]

    def field(self, field_id: int) -> CustomFieldRecord | None:
        rows = self.db.query(
            "SELECT id, name, kind, choices, position FROM custom_field WHERE id = ?", (field_id,)
        )
        return next((CustomFieldRecord(i, n, k, tuple(split_choices(c)), p) for i, n, k, c, p in rows), None)

    def value_count(self, field_id: int) -> int:
        """How many members have a value for the field (said before deleting it)."""
        sql = "SELECT count(*) FROM member_field_value WHERE field_id = ? AND value <> ''"
        return self.db.query(sql, (field_id,))[0][0]

    def values(self, member_id: int) -> dict[int, str]:
        """field id → value of one member (fields without a value are absent)."""
        rows = self.db.query(
            "SELECT field_id, value FROM member_field_value WHERE member_id = ? AND value <> ''", (member_id,)
        )
        return dict(rows)

    def values_of(self, member_ids: Sequence[int]) -> dict[int, dict[int, str]]:
        """member id → field id → value, for many members in one query (a block of the table)."""
        ids = list(member_ids)
        if not ids:
            return {}
        out: dict[int, dict[int, str]] = {}
        sql = (
            "SELECT member_id, field_id, value FROM member_field_value"
            f" WHERE member_id IN ({_marks(len(ids))}) AND value <> ''"
        )
        for mid, fid, value in self.db.query(sql, ids):
            out.setdefault(mid, {})[fid] = value
        return out

    def shown(self, community_id: int, member_id: int) -> list[tuple[str, str]]:
        """(field name, value) of the member's non-empty fields, in field order (the detail pane)."""
        values = self.values(member_id)
        return [(f.name, values[f.id]) for f in self.fields(community_id) if values.get(f.id)]


def field_filter(db: Database, community_id: int, text: str) -> tuple[str, list, str] | None:
    """A "field = value" filter (also < and > for numbers and dates) as a WHERE clause on member's id,
    its parameters, and the words before the field name (still searched as usual). None when the text
    names no field of the community. "field =" with nothing after finds members without a value."""
    m = _FILTER.match(text.strip())
    if not m or "=" in m["name"] or "＝" in m["name"]:
        return None
    fields = CustomFieldQueries(db).fields(community_id)
    if not fields:
        return None
    by_name = {f.name.casefold(): f for f in fields}
    words = m["name"].split()
    for start in range(len(words)):  # "上海 T恤尺码 = L": the field is the longest tail that names one
        f = by_name.get(" ".join(words[start:]).casefold())
        if f is not None:
            where, params = _clause(f, _OPS.get(m["op"], m["op"]), m["value"].strip())
            return where, params, " ".join(words[:start])
    return None


def _clause(f: CustomFieldRecord, op: str, value: str) -> tuple[str, list]:
    """Never raises: the filter runs on every keystroke, and "2024/" is a date being typed."""
    base = "SELECT member_id FROM member_field_value WHERE field_id = ?"
    if not value:
        return f"id NOT IN ({base} AND value <> '')", [f.id]
    if f.kind == "text":  # free text: contains, ignoring case (as the word filter)
        escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"id IN ({base} AND lower(value) LIKE ? ESCAPE '\\')", [f.id, f"%{escaped}%"]
    try:
        wanted = clean_value(f.kind, value, "; ".join(f.choices), f.name)
    except ValidationError:
        return f"id IN ({base} AND value = ?)", [f.id, value]  # not (yet) a value of its kind: none match
    if op == "=" or f.kind == "choice":
        return f"id IN ({base} AND value = ?)", [f.id, wanted]
    if f.kind == "number":
        return f"id IN ({base} AND value <> '' AND CAST(value AS REAL) {op} ?)", [f.id, float(wanted)]
    return f"id IN ({base} AND value <> '' AND value {op} ?)", [f.id, wanted]  # ISO dates order as text


def plan_custom_columns(
    db: Database, community_id: int, headers_unknown: list[str], samples: dict[str, list[str]]
) -> dict[str, tuple[str, str]]:
    """header → (field name, kind) for a file's unknown columns: a field of the same name keeps its
    kind; a new one gets the kind its sample values suggest. Empty headers are skipped."""
    existing = {f.name.casefold(): f for f in CustomFieldQueries(db).fields(community_id)}
    out: dict[str, tuple[str, str]] = {}
    for header in headers_unknown:
        if not header.strip():
            continue
        name = field_name_of(header)
        found = existing.get(name.casefold())
        out[header] = (found.name, found.kind) if found else (name, guess_kind(samples.get(header, [])))
    return out
