"""What `Database.write` yields: the journal's Recorder on the session's connection, plus key allocation."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.services.core.journal import Recorder
from models.schema import TABLES


class UnitOfWork(Recorder):
    def __init__(self, session: Session) -> None:
        super().__init__(session.connection())
        self.session = session
        self._next: dict[str, int] = {}

    def new_ids(self, table: str, count: int) -> list[int]:
        """Fresh integer keys for bulk inserts. A file has one writer at a time, so max(id) + 1 on; a team
        server has several, and row-level security hides rows from max(): its sequence gives them."""
        if self.conn.dialect.name == "postgresql":
            return list(self.conn.execute(text("SELECT nextval(pg_get_serial_sequence(:t, 'id'))"
                                               " FROM generate_series(1, :n)"), {"t": table, "n": count}).scalars())  # fmt: skip
        if table not in self._next:
            t = TABLES[table]
            self._next[table] = (self.conn.execute(select(func.max(t.c.id))).scalar() or 0) + 1
        start = self._next[table]
        self._next[table] = start + count
        return list(range(start, start + count))

    def insert_one(self, table: str, **values) -> int:
        """Insert one row with a fresh key and UUID; returns the key."""
        from models.base import new_uuids

        (key,) = self.new_ids(table, 1)
        self.insert(table, [{"id": key, "uuid": new_uuids(1)[0], **values}])
        return key
