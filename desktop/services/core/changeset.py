"""What one write changed, as plain records: the undo step and the change set views refresh from.

No SQLAlchemy here: the window imports this before the first paint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Change(NamedTuple):
    """One row's before/after (a NamedTuple: a bulk import records hundreds of thousands)."""

    table: str
    key: int
    before: dict | None
    after: dict | None


@dataclass(frozen=True)
class Step:
    label: str
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class ChangeSet:
    """What one commit, undo or redo touched: per table, inserted/updated/deleted keys and records."""

    changes: tuple[Change, ...] = ()
    reset: bool = False  # the whole workspace changed (another file opened)

    def keys(self, table: str, kind: str | None = None) -> set[int]:
        return {c.key for c in self.changes if c.table == table and (kind is None or change_kind(c) == kind)}

    def structural(self, table: str) -> bool:
        """True when rows were inserted or deleted (views reload their id lists)."""
        return self.reset or any(c.table == table and change_kind(c) != "updated" for c in self.changes)

    def values(self, table: str, column: str) -> set:
        out = set()
        for c in self.changes:
            if c.table == table:
                for rec in (c.before, c.after):
                    if rec is not None:
                        out.add(rec.get(column))
        return out


def change_kind(c: Change) -> str:
    return "inserted" if c.before is None else "deleted" if c.after is None else "updated"
