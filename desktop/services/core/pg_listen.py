"""Other organisers' changes, as they commit (issue 15): PostgreSQL's LISTEN/NOTIFY.

Every write, undo and redo on a team server sends `NOTIFY beehive_changes` inside its transaction (so it
is delivered on commit, never for a rolled-back one) naming the journal step, the writing client and
its login. A listener connection in a daemon thread queues what others sent; the GUI thread drains the
queue (ChangeHub's timer) and reads each step's changes from the journal, so the views refresh just
the rows that changed. A step too big to keep its rows (journal_codec.BIG_STEP) reloads the views.
"""

from __future__ import annotations

import json
import queue
import threading
import uuid

from desktop.services.core.changeset import ChangeSet

CHANNEL = "beehive_changes"
WAIT_S = 0.25  # how long the listener blocks before checking whether it should stop


def notify(conn, client: str, author: str, step_id: int | None, kind: str) -> None:
    """Inside the write's transaction: told to the others when it commits. kind: do, undo, redo."""
    payload = json.dumps({"step": step_id, "client": client, "by": author, "kind": kind})
    conn.exec_driver_sql("SELECT pg_notify(%(c)s, %(p)s)", {"c": CHANNEL, "p": payload})


def new_client_id() -> str:
    return uuid.uuid4().hex


class Listener:
    """One LISTEN connection; `drain()` gives the notifications of other clients since the last call."""

    def __init__(self, connect, client: str) -> None:
        self.client = client
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._stop = threading.Event()
        self._con = connect()
        self._con.execute(f"LISTEN {CHANNEL}")
        self._thread = threading.Thread(target=self._run, daemon=True, name="pg-listen")
        self._thread.start()

    def _run(self) -> None:
        import psycopg

        try:
            while not self._stop.is_set():
                for note in self._con.notifies(timeout=WAIT_S):
                    self._queue.put(note.payload)
        except psycopg.Error:  # the server went away: the next write says so; views keep what they show
            return

    def drain(self) -> list[dict]:
        out = []
        while True:
            try:
                payload = json.loads(self._queue.get_nowait())
            except queue.Empty:
                return out
            if payload.get("client") != self.client:
                out.append(payload)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2 * WAIT_S + 1)
        self._con.close()


def change_sets(db, notes: list[dict]) -> list[ChangeSet]:
    """What the notified steps changed, read from the journal; a step not kept whole: a reload."""
    from desktop.services.core.journal_codec import decode

    out = []
    for note in notes:
        rows = db.query("SELECT changes FROM journal_step WHERE id = ?", (note.get("step"),))
        changes = decode(rows[0][0] or "") if rows else None
        by = _shown_name(db, str(note.get("by") or ""))
        out.append(ChangeSet(changes, elsewhere=True, by=by) if changes else ChangeSet(reset=True, elsewhere=True,
                                                                                           by=by))  # fmt: skip
    return out


def _shown_name(db, login: str) -> str:
    """The team member's name for a login ("李伟"), else the login itself."""
    if not login:
        return ""
    rows = db.query("SELECT name FROM team_member WHERE login = ?", (login,))
    return rows[0][0] if rows and rows[0][0] else login
