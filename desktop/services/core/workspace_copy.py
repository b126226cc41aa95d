"""A whole workspace copied into an empty one of the same schema: a file published to a team server
(`beehive publish`), or a team server's workspace taken back into a file (`export workspace`). Every
row keeps its id and UUID; the copy is one transaction and is checked table by table before it
commits."""

from __future__ import annotations

from sqlalchemy import func, select, text

from models.errors import WorkspaceError
from models.schema import TABLES

BATCH = 5000  # rows per INSERT: bounded memory on a 1M-member workspace
OWN_ROWS = ("workspace_info",)  # what a new workspace writes of itself (its UUID) when it is created


def _counts(conn) -> dict[str, int]:
    return {
        name: conn.execute(select(func.count()).select_from(table)).scalar_one()
        for name, table in TABLES.items()
    }


def copy_workspace(source, target, progress=None) -> dict[str, int]:
    """Rows of every table from `source` into `target` (Database objects; target freshly migrated and
    empty). Returns the row counts; WorkspaceError when the target holds data or a count differs."""
    with source.engine.connect() as src, target.engine.begin() as dst:
        if any(n for name, n in _counts(dst).items() if name not in OWN_ROWS):
            raise WorkspaceError("copy_target_not_empty", "workspace", target.name)
        for name in OWN_ROWS:  # the copy is the same workspace: it takes the source's identity
            dst.execute(TABLES[name].delete())
        wanted = _counts(src)
        done, total = 0, max(1, sum(wanted.values()))
        _defer_foreign_keys(dst)  # a member invited by one with a higher id, a unit under a later unit
        for table in TABLES.values():  # in foreign-key order (the metadata's sorted tables)
            rows = src.execution_options(stream_results=True).execute(
                select(table).order_by(*table.primary_key)
            )
            while batch := [dict(r._mapping) for r in rows.fetchmany(BATCH)]:
                dst.execute(table.insert(), batch)
                done += len(batch)
                if progress is not None:
                    progress.step(done, total)
        if dst.dialect.name == "postgresql":
            _move_sequences(dst)
        got = _counts(dst)
        if got != wanted:
            differ = sorted(n for n in wanted if got.get(n) != wanted[n])
            raise WorkspaceError("copy_counts_differ", "workspace", ", ".join(differ))
    return wanted


def _defer_foreign_keys(dst) -> None:
    """References are checked at commit, when every row is in."""
    if dst.dialect.name == "postgresql":
        dst.execute(text("SET CONSTRAINTS ALL DEFERRED"))
    else:
        dst.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


def _move_sequences(dst) -> None:
    """A server's id sequences past the copied ids, so the next insert does not collide."""
    for name, table in TABLES.items():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        dst.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                         f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"))  # fmt: skip
