"""What erasing a person removes and what it keeps (pure rules: no Qt, no database).

An erased member's row stays as an anonymous placeholder so that attendance, contributions, roles,
activity counts, units and invitations still add up; everything that says who the person was goes.
The same rules erase the workspace (one undo step), redact the undo journal once the erasure is sealed
(at the next backup), and erase the person from backups taken before.
"""

from __future__ import annotations

import re

# The stored placeholder name (neutral, English); the window shows it translated ("已删除的成员 3").
PLACEHOLDER = "Erased person {n}"
PLACEHOLDER_RE = re.compile(r"^Erased person (\d+)$")
# Member columns emptied (name, sort_key and search_text get the placeholder's own values).
CLEARED = ("city", "organisation", "title", "interests", "tags", "status_reason", "notes")
# Member columns kept: they carry counts, charts and the structure, not who the person is.
KEPT = ("status", "status_on", "joined_on", "specialties", "inviter_id", "community_id")
# Rows that only say who the person was: deleted (table, member column).
REMOVED_ROWS = (
    ("member_identity", "member_id"),
    ("member_field_value", "member_id"),
    ("member_consent", "member_id"),
    ("member_alias", "member_id"),
)
# Rows kept for the counts, with their free text about the person emptied: table → (member column, columns).
CLEARED_IN = {"activity": ("member_id", ("note",))}
# Rows kept as they are: the counts and charts read them.
KEPT_ROWS = ("attendance", "contribution", "role_assignment", "unit_member", "member_level", "connection",
             "duty", "event_task", "agenda_item", "not_duplicate")  # fmt: skip


def placeholder(n: int) -> str:
    return PLACEHOLDER.format(n=n)


def placeholder_number(name: str) -> int | None:
    """N of a stored placeholder name, None for anyone else."""
    found = PLACEHOLDER_RE.match(name or "")
    return int(found.group(1)) if found else None


def erased_member(row: dict, name: str, sort_key: str, search_text: str, on: str) -> dict:
    """The values an erased member's row gets (only the columns `row` has: an older backup's row too)."""
    values = {"name": name, "sort_key": sort_key, "search_text": search_text, "erased_on": on}
    values.update(dict.fromkeys(CLEARED, ""))
    return {k: v for k, v in values.items() if k in row}


def redact_row(table: str, row: dict | None, erased: set[int], placeholders: dict[int, dict]) -> dict | None:
    """A journal row with what it says about an erased member replaced: the member row by its
    placeholder values, the personal rows' values emptied. Other rows are returned as they are."""
    if row is None:
        return None
    if table == "member" and row.get("id") in erased:
        return {**row, **{k: v for k, v in placeholders[row["id"]].items() if k in row}}
    for name, column in REMOVED_ROWS:
        if table == name and row.get(column) in erased:
            return {
                k: (v if k in ("id", "uuid", column, "kind", "field_id") else _empty(v))
                for k, v in row.items()
            }
    cleared = CLEARED_IN.get(table)
    if cleared and row.get(cleared[0]) in erased:
        return {**row, **dict.fromkeys(cleared[1], "")}
    return row


def _empty(value):
    return "" if isinstance(value, str) else value


def touches(table: str, row: dict | None, erased: set[int]) -> bool:
    """Whether a journal row says something about an erased member (its personal values)."""
    if row is None:
        return False
    if table == "member":
        return row.get("id") in erased
    if any(table == name and row.get(column) in erased for name, column in REMOVED_ROWS):
        return True
    cleared = CLEARED_IN.get(table)
    return bool(cleared and row.get(cleared[0]) in erased)


def is_erasing(table: str, before: dict | None, after: dict | None, erased: set[int]) -> bool:
    """Whether a journal change is the erasure itself (a member row turned into its placeholder)."""
    return (table == "member" and before is not None and after is not None and before.get("id") in erased
            and not before.get("erased_on") and bool(after.get("erased_on")))  # fmt: skip
