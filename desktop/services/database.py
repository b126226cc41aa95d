"""The Database: one engine, short read sessions, and one writer whose steps feed undo and views."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from desktop.services import storage
from desktop.services.journal import ChangeSet, Recorder, Step, replay
from models.errors import ConflictError
from models.schema import TABLES


class UnitOfWork(Recorder):
    """What `Database.write` yields: a Recorder plus fresh-key allocation for bulk inserts."""

    def __init__(self, session: Session) -> None:
        super().__init__(session.connection())
        self.session = session
        self._next: dict[str, int] = {}

    def new_ids(self, table: str, count: int) -> list[int]:
        if table not in self._next:
            t = TABLES[table]
            self._next[table] = (self.conn.execute(select(func.max(t.c.id))).scalar() or 0) + 1
        start = self._next[table]
        self._next[table] = start + count
        return list(range(start, start + count))


class Database:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.engine, self.backup = storage.open_workspace(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock = threading.Lock()  # one writer: SQLite has one anyway; keeps undo order
        self.on_step: list[Callable[[Step], None]] = []
        self.on_change: list[Callable[[ChangeSet], None]] = []

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._sessions() as session:
            yield session.connection()

    @contextmanager
    def write(self, label: str) -> Iterator[UnitOfWork]:
        """One user action: commit or roll back, then record the undo step and publish the change set."""
        with self._write_lock:
            with self._sessions() as session, session.begin():
                uow = UnitOfWork(session)
                storage.begin_write(uow.conn)
                yield uow
            if uow.changes:
                step = Step(label, tuple(uow.changes))
                for cb in self.on_step:
                    cb(step)
                self._publish(ChangeSet(step.changes))

    def undo(self, step: Step) -> None:
        self._replay(step, backwards=True)

    def redo(self, step: Step) -> None:
        self._replay(step, backwards=False)

    def _replay(self, step: Step, backwards: bool) -> None:
        with self._write_lock:
            try:
                self._replay_locked(step, backwards)
            except IntegrityError:  # rows that others refer to (undo out of order): nothing written
                raise ConflictError("changed_since", step.label, "") from None
        self._publish(ChangeSet(step.changes))

    def _replay_locked(self, step: Step, backwards: bool) -> None:
        with self._sessions() as session, session.begin():
            conn = session.connection()
            storage.begin_write(conn)
            replay(conn, step.changes, backwards)

    def _publish(self, changes: ChangeSet) -> None:
        for cb in self.on_change:
            cb(changes)
