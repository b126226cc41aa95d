"""The undo journal on disk (table journal_step): the history survives a restart.

Each step's row is written inside the step's own transaction, so both commit or neither does; it is
written on the connection directly, never through the Recorder, so the journal is not journaled.
What `changes` holds: journal_codec. The History and the rebuilt undo stack read it: history.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from desktop.services.core.changeset import Change
from desktop.services.core.journal_codec import FORGOTTEN, decode, encode, forgotten_text, members_of
from models.schema import TABLES

KEEP_STEPS = 500  # rows kept in journal_step (the History); older ones are pruned on each new step
KEEP_DAYS = 90  # and none older than this
J = TABLES["journal_step"]


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def save(conn: Connection, label: str, changes: Sequence[Change], now: datetime | None = None,
         author: str = "") -> int:  # fmt: skip
    """Write one step (inside its transaction); the author's undone steps go, as QUndoStack drops them
    (on a team server each organiser has an undo stack of their own steps)."""
    now = now or _now()
    conn.execute(delete(J).where(J.c.undone.is_(True), J.c.author == author))
    prune(conn, now)
    row = {"done_at": now.isoformat(), "label": label, "changes": encode(changes), "undone": False,
           "members": members_of(changes), "author": author}  # fmt: skip
    return conn.execute(insert(J).values(**row)).inserted_primary_key[0]


def mark(conn: Connection, step_id: int, undone: bool) -> None:
    conn.execute(update(J).where(J.c.id == step_id).values(undone=undone))


def load(conn: Connection, step_id: int) -> tuple[Change, ...] | None:
    """A step's changes from disk (a step rebuilt after a restart); None when they were not kept."""
    text = conn.execute(select(J.c.changes).where(J.c.id == step_id)).scalar()
    return None if text is None else decode(text)


def forgotten(conn: Connection, step_id: int) -> bool:
    """True when the step's row keeps a summary only (forgotten): its values must not come back."""
    head = conn.execute(select(func.substr(J.c.changes, 1, len(FORGOTTEN))).where(J.c.id == step_id)).scalar()
    return head == FORGOTTEN


def prune(conn: Connection, now: datetime | None = None) -> None:
    """Keep the journal bounded: the newest KEEP_STEPS steps, none older than KEEP_DAYS days."""
    cutoff = ((now or _now()) - timedelta(days=KEEP_DAYS)).isoformat()
    newest = conn.execute(select(func.max(J.c.id))).scalar() or 0
    conn.execute(delete(J).where((J.c.done_at < cutoff) | (J.c.id <= newest - KEEP_STEPS + 1)))


def forget(conn: Connection, step_ids: Iterable[int]) -> None:
    """Wipe the before/after values of these steps (erasing a person): the label, when, and which
    rows changed stay for the History; the steps can no longer be undone or redone."""
    ids = list(step_ids)
    if not ids:
        return
    rows = conn.execute(select(J.c.id, J.c.changes).where(J.c.id.in_(ids))).all()
    wiped = [{"i": step_id, "c": forgotten_text(text)} for step_id, text in rows]
    if wiped:
        stmt = update(J).where(J.c.id == bindparam("i")).values(changes=bindparam("c"))
        conn.execute(stmt, wiped)


def steps_touching(conn: Connection, member_id: int) -> list[int]:
    """The ids of the steps that touched this member (for forget)."""
    pattern = f"% {int(member_id)} %"
    return list(conn.execute(select(J.c.id).where(J.c.members.like(pattern)).order_by(J.c.id)).scalars())
