"""The undo journal: every write records (table, key, before, after) as plain dicts.

Change sets for the views are built from the same records, so nothing else guesses what changed.
Undo/redo replay the values with the same keys in a new transaction; if a row changed since, the
replay is refused (ConflictError) and nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import Connection, insert, select, update

from desktop.services.core.changeset import Change
from desktop.services.core.journal_store import forget, steps_touching  # noqa: F401  (journal.forget)
from desktop.services.core.storage import bulk_load
from models.errors import ConflictError, DomainError
from models.schema import TABLES

CHUNK = 2000


def _chunks(seq: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def _id_list(keys: Sequence[int]) -> str:
    # Keys are integers (int() enforces it), so writing them into the SQL is safe; it spares the
    # per-key parameter handling that dominates undoing a 100k-row import.
    return ",".join(str(int(k)) for k in keys)


def _defaults(table: str) -> dict:
    return {
        c.name: c.default.arg for c in TABLES[table].columns if c.default is not None and c.default.is_scalar
    }


def fetch_rows(conn: Connection, table: str, keys: Sequence[int]) -> dict[int, dict]:
    """Current rows by key as plain dicts, read through the driver (undo of an import reads 400k)."""
    t = TABLES[table]
    names = [c.name for c in t.columns]
    at_id = names.index("id")
    head = str(select(t).compile(dialect=conn.dialect))
    cursor = conn.connection.dbapi_connection.cursor()
    rows: dict[int, dict] = {}
    try:
        for part in _chunks(list(keys)):
            cursor.execute(f"{head} WHERE {t.name}.id IN ({_id_list(part)})")
            for r in cursor.fetchall():
                rows[r[at_id]] = dict(zip(names, r, strict=True))
    finally:
        cursor.close()
    return rows


def delete_keys(conn: Connection, table: str, keys: Sequence[int]) -> int:
    done = 0
    for part in _chunks(list(keys)):
        done += conn.exec_driver_sql(f"DELETE FROM {TABLES[table].name} WHERE id IN ({_id_list(part)})").rowcount
    return done


@dataclass
class Recorder:
    """Writes through Core on one connection and records every row it touches."""

    conn: Connection
    changes: list[Change] = field(default_factory=list)

    def insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        defaults = _defaults(table)
        if any(k not in rows[0] for k in defaults):  # the journal keeps whole rows, defaults included
            rows = [{**defaults, **r} for r in rows]
        bulk_insert(self.conn, table, rows)
        self.changes.extend(Change(table, r["id"], None, r) for r in rows)

    def update(self, table: str, new_values: dict[int, dict], touch: bool = False) -> None:
        """Set columns per key; rows whose values are already equal are skipped (no empty steps) unless
        `touch` (their version moves: a member whose contacts changed). Each changed row's version moves."""
        if not new_values:
            return
        t = TABLES[table]
        current = fetch_rows(self.conn, table, list(new_values))
        for key, values in new_values.items():
            before = current.get(key)
            if before is None:
                raise ConflictError("row_missing", table, str(key))
            after = {**before, **values}
            if after != before or touch:
                if "row_version" in before and "row_version" not in values:
                    values = {**values, "row_version": before["row_version"] + 1}
                    after["row_version"] = values["row_version"]
                if self.conn.execute(update(t).where(t.c.id == key).values(**values)).rowcount == 0:
                    raise DomainError("team_row_not_yours", table, str(key))  # seen but not changed: RLS
                self.changes.append(Change(table, key, before, after))

    def expect(self, table: str, key: int, seen_version: int | None) -> None:
        """Refuse the edit (ConflictError, stale_edits) when the row moved past the version it was read at;
        None: overwrite whatever is there."""
        if seen_version is None:
            return
        from desktop.services.core.stale_edits import refuse_if_moved

        refuse_if_moved(self.conn, table, key, seen_version)

    def delete(self, table: str, keys: Sequence[int]) -> None:
        current = fetch_rows(self.conn, table, keys)
        if delete_keys(self.conn, table, list(current)) < len(current):
            raise DomainError("team_row_not_yours", table, ", ".join(map(str, current)))
        self.changes.extend(Change(table, k, row, None) for k, row in current.items())


def bulk_insert(conn: Connection, table: str, rows: list[dict]) -> None:
    """executemany on the driver with the statement compiled once: the ORM's per-row parameter
    processing costs seconds per 100k rows, and these values are plain str/int already."""
    t = TABLES[table]
    compiled = insert(t).compile(dialect=conn.dialect, column_keys=list(rows[0]))
    if compiled.positional:
        names = compiled.positiontup
        pick = itemgetter(*names) if len(names) > 1 else (lambda r: (r[names[0]],))
        params = [pick(r) for r in rows]
    else:
        params = rows
    with bulk_load(conn, t, len(rows)):
        conn.exec_driver_sql(str(compiled), params)


def replay(conn: Connection, changes: Sequence[Change], backwards: bool) -> None:
    """Apply `changes` forwards (redo) or backwards (undo); refuse if a row is not as expected."""
    ordered = list(reversed(changes)) if backwards else list(changes)
    by_table: dict[str, list[Change]] = {}
    for c in ordered:
        by_table.setdefault(c.table, []).append(c)
    current = {t: fetch_rows(conn, t, [c.key for c in cs]) for t, cs in by_table.items()}
    for c in ordered:
        expected, target = (c.after, c.before) if backwards else (c.before, c.after)
        if current[c.table].get(c.key) != expected:
            raise ConflictError("changed_since", c.table, str(c.key))
        current[c.table][c.key] = target  # a later change in the same step expects this state
    _apply(conn, ordered, backwards)


def _apply(conn: Connection, ordered: list[Change], backwards: bool) -> None:
    """Batch consecutive operations of one kind on one table (an import undo is 100k deletes)."""
    i = 0
    while i < len(ordered):
        c = ordered[i]
        target_is_none = (c.before if backwards else c.after) is None
        source_is_none = (c.after if backwards else c.before) is None
        j = i
        while j < len(ordered) and ordered[j].table == c.table:
            d = ordered[j]
            if ((d.before if backwards else d.after) is None) != target_is_none:
                break
            if ((d.after if backwards else d.before) is None) != source_is_none:
                break
            j += 1
        batch = ordered[i:j]
        t = TABLES[c.table]
        if target_is_none:
            with bulk_load(conn, t, len(batch)):
                delete_keys(conn, c.table, [d.key for d in batch])
        elif source_is_none:
            bulk_insert(conn, c.table, [d.before if backwards else d.after for d in batch])
        else:
            for d in batch:
                conn.execute(update(t).where(t.c.id == d.key).values(**(d.before if backwards else d.after)))
        i = j
