"""Sealing erasures at the next backup: until then an erased person can be brought back by undo (the
step's before-values hold who they were); once a new verified copy exists the erasure becomes final.

`seal(workspace)` (called by take() after a verified copy):
1. redacts the undo journal on disk (journal_step) of everything it says about the erased members
   (models.erasure.redact_row), then VACUUMs the workspace so no freed page keeps the old values;
2. erases the same members from every backup copy (older ones still hold the whole person; the new one
   holds the journal): the copy is rewritten beside itself, verified as take.py verifies (integrity_check
   and the row counts it must now have), then put in place and its sidecar updated;
3. tells `on_sealed` listeners (the window drops the in-memory undo of those steps).
Which erasures are sealed is kept in the backups folder (erasures.state, member UUIDs only: no name).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from desktop.services.core.backups import store
from desktop.services.core.backups.erasure_journal import redact_journal
from desktop.services.core.cipher import driver
from models import erasure

log = logging.getLogger(__name__)
STATE = "erasures.state"  # not *.json: the folder's sidecars are
# (workspace, erased member ids) after a seal; called on the thread that took the backup
on_sealed: list[Callable[[Path, frozenset[int]], None]] = []
# take.py's (table_counts(con) -> counts, verify(path, counts) -> problem code)
Checks = tuple[Callable[..., dict[str, int]], Callable[[Path, dict[str, int]], str]]


def _connect(path: Path, **kwargs):
    return driver.connect(path, **kwargs)


def _errors() -> tuple[type[Exception], ...]:
    return (*driver.ERRORS, OSError)


def _state_path(workspace: Path) -> Path:
    return store.folder_for(workspace) / STATE


def sealed_uuids(workspace: Path) -> set[str]:
    try:
        return set(json.loads(_state_path(workspace).read_text(encoding="utf-8")).get("sealed", []))
    except (OSError, ValueError, AttributeError):
        return set()


def _save_state(workspace: Path, uuids: set[str]) -> None:
    target = _state_path(workspace)
    partial = target.with_suffix(".partial")
    partial.write_text(json.dumps({"sealed": sorted(uuids)}), encoding="utf-8")
    if os.name == "posix":
        os.chmod(partial, 0o600)
    os.replace(partial, target)


def _columns(con, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


def _placeholders(con, ids: list[int]) -> dict[int, dict]:
    """The placeholder values of erased members, as the workspace holds them now."""
    names = ("uuid", "name", "sort_key", "search_text", "erased_on", *erasure.CLEARED)
    marks = ", ".join("?" * len(ids))
    rows = con.execute(f"SELECT id, {', '.join(names)} FROM member WHERE id IN ({marks})", ids).fetchall()
    return {r[0]: dict(zip(names, r[1:], strict=True)) for r in rows}


def erase_rows(con, by_uuid: dict[str, dict]) -> dict[str, int]:
    """Erase members (by UUID) in a file of any revision; returns the rows deleted per table."""
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    member_columns = _columns(con, "member")
    marks = ", ".join("?" * len(by_uuid))
    found = dict(
        con.execute(f"SELECT uuid, id FROM member WHERE uuid IN ({marks})", list(by_uuid)).fetchall()
    )
    deleted: dict[str, int] = {}
    if not found:
        return deleted
    ids = list(found.values())
    id_marks = ", ".join("?" * len(ids))
    for table, column in erasure.REMOVED_ROWS:
        if table in tables:
            deleted[table] = con.execute(f"DELETE FROM {table} WHERE {column} IN ({id_marks})", ids).rowcount
    for table, (column, cleared) in erasure.CLEARED_IN.items():
        kept = [c for c in cleared if table in tables and c in _columns(con, table)]
        if kept:
            sets = ", ".join(f"{c} = ''" for c in kept)
            con.execute(f"UPDATE {table} SET {sets} WHERE {column} IN ({id_marks})", ids)
    for uuid, mid in found.items():
        values = {k: v for k, v in by_uuid[uuid].items() if k in member_columns and k != "uuid"}
        sets = ", ".join(f"{k} = ?" for k in values)
        con.execute(f"UPDATE member SET {sets} WHERE id = ?", (*values.values(), mid))
    return deleted


def _vacuum(con) -> None:
    con.execute("VACUUM")  # freed pages would still hold the old values


def _seal_workspace(workspace: Path, placeholders: dict[int, dict]) -> None:
    con = _connect(workspace, timeout=10, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
        try:
            redact_journal(con, placeholders)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        _vacuum(con)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def erase_copy(backup: store.Backup, by_uuid: dict[str, dict], by_id: dict[int, dict], checks: Checks) -> str:
    """Erase the members from one backup copy; "" when done (or nothing to do), else a short code.
    A copy kept aside (it failed its check when taken) is checked for integrity only."""
    table_counts, verify = checks
    partial = backup.path.with_name(backup.path.name + ".erasing")
    try:
        if not _mentions(backup.path, by_uuid, by_id):  # taken before they joined: nothing to rewrite
            return ""
        shutil.copyfile(backup.path, partial)
        driver.renew(partial)  # a new file: its inode may be a deleted one's
        con = _connect(partial, isolation_level=None)
        try:
            con.execute("BEGIN IMMEDIATE")
            deleted = erase_rows(con, by_uuid)
            # the journal of a copy keys members by the same ids as the workspace it was taken from
            rewritten = redact_journal(con, by_id)
            con.execute("COMMIT")
            if not deleted and not rewritten and not _holds_placeholders(con, by_uuid):
                return ""
            _vacuum(con)
            counts = table_counts(con)
        finally:
            con.close()
        checkable = backup.verified and backup.counts
        expected = {t: n - deleted.get(t, 0) for t, n in backup.counts.items()} if checkable else counts
        problem = verify(partial, expected)
        if problem:
            return problem
        os.replace(partial, backup.path)
        if os.name == "posix":
            os.chmod(backup.path, 0o600)
        store.write_record(replace(backup, counts=counts, size=backup.path.stat().st_size))
        return ""
    except _errors() as e:
        return type(e).__name__
    finally:
        partial.unlink(missing_ok=True)


def _mentions(path: Path, by_uuid: dict[str, dict], by_id: dict[int, dict]) -> bool:
    """Whether a copy holds any of these members, or journal steps that touched them (read only)."""
    con = _connect(path, read_only=True)
    try:
        if _holds_placeholders(con, by_uuid):
            return True
        if "journal_step" not in {
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }:
            return False
        like = " OR ".join("members LIKE ?" for _ in by_id)
        return bool(
            con.execute(
                f"SELECT count(*) FROM journal_step WHERE {like}", [f"% {m} %" for m in by_id]
            ).fetchone()[0]
        )
    finally:
        con.close()


def _holds_placeholders(con, by_uuid: dict[str, dict]) -> bool:
    """True when the member rows were rewritten (a copy taken before the erasure, nothing else)."""
    marks = ", ".join("?" * len(by_uuid))
    return bool(
        con.execute(f"SELECT count(*) FROM member WHERE uuid IN ({marks})", list(by_uuid)).fetchone()[0]
    )


def seal(workspace: Path, checks: Checks) -> frozenset[int]:
    """Seal the erasures not sealed yet; returns the member ids sealed (empty when none were pending).
    `checks`: take.py's (table_counts, verify), handed in so this module does not import take."""
    workspace = Path(workspace)
    try:
        con = _connect(workspace, read_only=True)
        try:
            if "erased_on" not in _columns(con, "member"):
                return frozenset()
            erased = dict(con.execute("SELECT id, uuid FROM member WHERE erased_on != ''").fetchall())
            done = sealed_uuids(workspace)
            pending = [mid for mid, uuid in erased.items() if uuid not in done]
            placeholders = _placeholders(con, pending) if pending else {}
        finally:
            con.close()
        if not pending:
            return frozenset()
        _seal_workspace(workspace, placeholders)
    except _errors() as e:
        log.warning("erasure not sealed: %s", type(e).__name__)
        return frozenset()
    by_uuid = {p["uuid"]: p for p in placeholders.values()}
    failed = []
    for b in store.listing(workspace):
        code = erase_copy(b, by_uuid, placeholders, checks)
        if code and not b.verified:  # a failed copy that cannot be erased either: it goes
            log.warning("a copy kept aside could not be erased (%s): deleted", code)
            b.path.unlink(missing_ok=True)
            store.sidecar(b.path).unlink(missing_ok=True)
        elif code:
            log.warning("erasure not applied to a backup: %s", code)
            failed.append(code)
    if failed:  # tried again at the next backup
        return frozenset()
    _save_state(workspace, done | set(by_uuid))
    ids = frozenset(placeholders)
    for listener in list(on_sealed):
        listener(workspace, ids)
    return ids


def is_erasure_step(step) -> bool:
    """A step that erased someone (its undo is possible until the next backup, so that backup waits)."""
    return any(
        erasure.is_erasing(c.table, c.before, c.after, {c.key}) for c in step.changes if c.table == "member"
    )


def forget_in_step(step, erased: set[int]):
    """The in-memory undo step with what it says about erased members gone (the erasure's own step keeps
    no changes: its undo is then refused as after a restart); None when the step says nothing of them."""
    def touched(c) -> bool:
        return erasure.touches(c.table, c.before, erased) or erasure.touches(c.table, c.after, erased)

    if not any(touched(c) for c in step.changes):
        return None
    if any(erasure.is_erasing(c.table, c.before, c.after, erased) for c in step.changes):
        return replace(step, changes=())
    blank = dict.fromkeys(
        erased, {"name": "", "sort_key": "", "search_text": "", **dict.fromkeys(erasure.CLEARED, "")}
    )
    return replace(step, changes=tuple(
        replace(c, before=erasure.redact_row(c.table, c.before, erased, blank),
                after=erasure.redact_row(c.table, c.after, erased, blank))
        for c in step.changes))  # fmt: skip
