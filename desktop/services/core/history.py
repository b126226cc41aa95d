"""Reading the undo journal on disk: the steps the window's undo stack starts from after a restart,
and Edit ▸ History (newest first, filtered by member and text, each step's changes field by field).

Through the plain driver (`db.query`): the window rebuilds its undo stack before the first paint,
without importing SQLAlchemy. The words (tables, fields) are the UI's: this gives codes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.services.core.changeset import Change, Step, change_kind
from desktop.services.core.journal_codec import FORGOTTEN, summary, undoable

STACK_STEPS = 200  # the newest steps rebuilt into the undo stack on open…
STACK_DAYS = 90  # …of the last 90 days (the journal keeps no older ones either)
SHOWN_CHANGES = 300  # a step's changes shown at once ("and N more")
LISTED_STEPS = 500
HIDDEN_FIELDS = frozenset({"id", "uuid", "row_version", "sort_key", "search_text", "community_id"})  # internal
NAME_FIELDS = ("name", "title", "value", "word", "what", "role", "kind")


@dataclass(frozen=True)
class HistoryStep:
    id: int
    done_at: str  # ISO local time, seconds
    label: str
    undone: bool
    kept: str  # "full"; "big": too large to undo after a restart; "forgotten": values erased


@dataclass(frozen=True)
class FieldChange:
    field: str  # the column's code
    before: object
    after: object


@dataclass(frozen=True)
class HistoryChange:
    table: str
    key: int
    kind: str  # inserted, updated, deleted
    name: str  # the row's own name or title, else "" (values erased: always "")
    member: str  # the member a linked row belongs to (attendance, contacts…), by current name
    event: str  # the event a linked row belongs to, by current title
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class StepDetail:
    changes: tuple[HistoryChange, ...]
    total: int  # changes in the step; more than shown for a big one


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _kept(head: str) -> str:
    return "full" if undoable(head) else "forgotten" if head.startswith(FORGOTTEN) else "big"


class History:
    def __init__(self, db) -> None:
        self.db = db

    def undo_stack(self, now: datetime | None = None) -> list[tuple[Step, bool]]:
        """(step, undone) oldest first: the newest STACK_STEPS of the last STACK_DAYS days, after the
        newest one that cannot be undone. Their changes are read on undo (Step.changes empty,
        Step.id set). Undone steps only as the newest run, as QUndoStack keeps them."""
        cutoff = ((now or datetime.now()) - timedelta(days=STACK_DAYS)).isoformat(timespec="seconds")
        rows = self.db.query(  # on a team server: this organiser's own steps
            "SELECT id, label, undone, substr(changes, 1, 20), length(changes) FROM journal_step"
            " WHERE done_at >= ? AND author = ? ORDER BY id DESC LIMIT ?",
            (cutoff, self.db.author, STACK_STEPS),
        )
        out: list[tuple[Step, bool]] = []
        for step_id, label, undone, head, size in rows:  # newest first
            if not undoable(head or ""):
                break
            if undone and out and not out[-1][1]:
                continue  # undone below a done step (another process wrote since): not on the stack
            out.append((Step(label, (), step_id, size or 0), bool(undone)))
        return out[::-1]

    def steps(
        self, member_id: int | None = None, text: str = "", limit: int = LISTED_STEPS
    ) -> list[HistoryStep]:
        """Newest first; `member_id`: the steps that touched this member; `text`: in the label or a
        value (case-insensitive for Latin letters)."""
        where, params = [], []
        if member_id is not None:
            where.append("members LIKE ?")
            params.append(f"% {int(member_id)} %")
        text = text.strip()
        if text:
            where.append("(label LIKE ? ESCAPE '\\' OR changes LIKE ? ESCAPE '\\' OR changes LIKE 'z:%')")
            params += [_like(text), _like(text)]
        sql = "SELECT id, done_at, label, undone, substr(changes, 1, 20) FROM journal_step"
        sql += (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC LIMIT ?"
        rows = self.db.query(sql, (*params, limit))
        needle = text.casefold()
        return [HistoryStep(i, d, lab, bool(u), _kept(h or "")) for i, d, lab, u, h in rows
                if not text or not (h or "").startswith("z:") or needle in lab.casefold()
                or self._compressed_has(i, needle)]  # fmt: skip

    def _compressed_has(self, step_id: int, needle: str) -> bool:
        """A compressed step matched every text in SQL: look inside it here."""
        (text,) = self.db.query("SELECT changes FROM journal_step WHERE id = ?", (step_id,))[0]
        changes, _ = summary(text, 10**9)
        return needle in json.dumps([c[2:] for c in changes], ensure_ascii=False).casefold()

    def detail(self, step_id: int, limit: int | None = None) -> StepDetail:
        """The step's first `limit` (SHOWN_CHANGES) changes, field by field, and how many it has."""
        rows = self.db.query("SELECT changes FROM journal_step WHERE id = ?", (step_id,))
        if not rows:
            return StepDetail((), 0)
        changes, total = summary(rows[0][0] or "", limit or SHOWN_CHANGES)
        members = self._names("member", "name", _linked(changes, "member_id"))
        events = self._names("event", "title", _linked(changes, "event_id"))
        return StepDetail(tuple(_described(c, members, events) for c in changes), total)

    def _names(self, table: str, column: str, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return dict(self.db.query(f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", tuple(ids)))


def _linked(changes: list[Change], column: str) -> set[int]:
    out = set()
    for c in changes:
        for rec in (c.before, c.after):
            if rec and isinstance(rec.get(column), int):
                out.add(rec[column])
    return out


def _described(c: Change, members: dict[int, str], events: dict[int, str]) -> HistoryChange:
    before, after = c.before or {}, c.after or {}
    kind = change_kind(c)
    names = sorted(set(before) | set(after), key=lambda f: (f not in NAME_FIELDS, f))
    fields = tuple(
        FieldChange(f, before.get(f), after.get(f))
        for f in names
        if f not in HIDDEN_FIELDS
        and before.get(f) != after.get(f)
        and (kind == "updated" or _shown(before.get(f) if kind == "deleted" else after.get(f)))
    )
    row = after or before
    name = next((str(row[f]) for f in NAME_FIELDS if row.get(f) not in (None, "")), "")
    if c.table == "member" and not name:
        name = members.get(c.key, "")
    return HistoryChange(c.table, c.key, kind, name, members.get(row.get("member_id"), ""),
                         events.get(row.get("event_id"), ""), fields)  # fmt: skip


def _shown(value) -> bool:
    return value not in (None, "", 0, False)
