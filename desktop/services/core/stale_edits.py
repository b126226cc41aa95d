"""Refusing an edit made on what someone else has changed since it was read (issue 15).

Every identified row carries a `row_version` that each update moves (journal.Recorder). An editor keeps
the version it read; on save the row is locked (FOR UPDATE on a server; a file has one writer anyway)
and, if it moved, the edit is refused with who changed it and when, read from the undo journal's
newest step touching the row: "张三 was changed by 李伟 at 20:41". The user may reload or overwrite.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import text

from desktop.services.core.journal_codec import summary
from models.errors import ConflictError
from models.schema import TABLES

STALE = ("changed_by", "changed_elsewhere", "changed_unseen")  # the codes an editor offers reload/overwrite for
SCANNED_STEPS = 200  # steps read back for a row that is not a member's (a member's are found by index)
NAME_COLUMNS = ("name", "title", "value", "what")


def refuse_if_moved(conn, table: str, key: int, seen_version: int) -> None:
    t = TABLES[table]
    lock = " FOR UPDATE" if conn.dialect.name == "postgresql" else ""
    name_column = next((c for c in NAME_COLUMNS if c in t.c), "id")
    row = conn.execute(text(f"SELECT row_version, {name_column} FROM {t.name} WHERE id = :k{lock}"),
                       {"k": key}).first()  # fmt: skip
    if row is None:
        raise ConflictError("row_missing", table, str(key))
    if row[0] == seen_version:
        return
    who, at = last_change(conn, table, key)
    code = "changed_by" if who else "changed_elsewhere" if at else "changed_unseen"
    raise ConflictError(code, table, str(row[1]), who=who, at=shown_time(at), key=key)


def last_change(conn, table: str, key: int, after_step: int = 0) -> tuple[str, str]:
    """(who, when) of the newest journal step after `after_step` that changed this row: the team member's
    name (else the login; "" in a file) and its ISO time; ("", "") when the journal does not have it."""
    if table == "member":
        rows = conn.execute(text("SELECT author, done_at, changes FROM journal_step WHERE members LIKE :m"
                                 " AND id > :s ORDER BY id DESC LIMIT 20"), {"m": f"% {int(key)} %", "s": after_step}).all()  # fmt: skip
    else:
        rows = conn.execute(text("SELECT author, done_at, changes FROM journal_step WHERE id > :s"
                                 " ORDER BY id DESC LIMIT :n"), {"n": SCANNED_STEPS, "s": after_step}).all()  # fmt: skip
    for author, done_at, encoded in rows:
        changes, _ = summary(encoded or "", 10**9)
        if any(c.table == table and c.key == key for c in changes):
            return team_name(conn, author), done_at
    return "", ""


def team_name(conn, login: str) -> str:
    if not login:
        return ""
    found = conn.execute(text("SELECT name FROM team_member WHERE login = :l"), {"l": login}).first()
    return found[0] if found and found[0] else login


def shown_time(iso: str) -> str:
    """20:41 today, else 2026-12-03 20:41; "" when unknown."""
    if not iso:
        return ""
    at = datetime.fromisoformat(iso)
    return f"{at:%H:%M}" if at.date() == datetime.now().date() else f"{at:%Y-%m-%d %H:%M}"


def changed_since(conn, error: ConflictError, step_id: int | None) -> ConflictError:
    """An undo or redo refused because a row moved (journal.replay): who moved it and when, if a later
    step did (a change made outside Beehive has no step: the plain refusal)."""
    if error.code != "changed_since" or not error.field or step_id is None:
        return error
    table, key = error.field, int(error.value)
    who, at = last_change(conn, table, key, after_step=step_id)
    if not at:
        return error
    t = TABLES[table]
    name_column = next((c for c in NAME_COLUMNS if c in t.c), None)
    name = conn.execute(text(f"SELECT {name_column} FROM {t.name} WHERE id = :k"), {"k": key}).scalar() \
        if name_column else None  # fmt: skip
    code = "changed_since_by" if who else "changed_since_at"
    return ConflictError(code, table, str(name or ""), who=who, at=shown_time(at), key=key)
