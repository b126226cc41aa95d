"""The Database: one engine, short read sessions, and one writer whose steps feed undo and views.

The engine (and SQLAlchemy with it) is created on first use: the members view paints its first
page through `query()` on the plain driver, so launching does not wait for the ORM to import.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop import private_files
from desktop.services.core import pg_listen, pg_store, presence, storage, team_login
from desktop.services.core.changeset import ChangeSet, Step
from desktop.services.core.cipher import driver
from desktop.services.core.gc_pause import gc_paused
from models.errors import ConflictError, DomainError, WorkspaceError

IMMEDIATE = {"immediate": True}  # a write transaction takes SQLite's write lock at BEGIN (storage._begin)


class Database:
    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        """`path`: a workspace file, or a team workspace's `postgresql://USER@HOST:PORT/DB` URL."""
        self.url = str(path) if team_login.is_url(path) else None
        if self.url is None and str(path).startswith(("postgresql:", "postgres:")):  # a URL folded by Path
            raise WorkspaceError("not_a_workspace", "file", str(path))  # (its //): no file made of it
        self.path = None if self.url else Path(path)  # a file's own machinery is skipped for a server
        self.read_only = read_only  # a copy of a backup opened to look inside: every write refused
        self._presence = None
        self._author: str | None = None
        self._client = pg_listen.new_client_id() if self.url else ""  # our own notifications: skipped
        self._listener: pg_listen.Listener | None = None
        if self.url:
            pg_store.prepare_workspace(self.url)
            self.backup = None
        else:
            self.backup = storage.prepare_workspace(self.path)
            private_files.tighten_workspace(self.path)  # an older Beehive's 0644 file (and -wal/-shm): 0600
            self._presence = presence.announce(self.path)
        self._engine = None
        self._sessions = None
        self._readers = threading.local()
        self._all_readers: list[storage.Reader] = []
        self._write_lock = threading.Lock()  # one writer: SQLite has one anyway; keeps undo order
        self.on_step: list[Callable[[Step], None]] = []
        self.on_change: list[Callable[[ChangeSet], None]] = []
        self._version_con: sqlite3.Connection | None = None
        self._seen_version = self._data_version()
        self._elsewhere = False  # another process committed before one of our writes took the lock

    @property
    def is_server(self) -> bool:
        """A team workspace on PostgreSQL (no file: no backups, WAL, presence notes or encryption)."""
        return self.url is not None

    @property
    def author(self) -> str:
        """Whose steps these are: the server login (each organiser undoes only their own); "" in a file."""
        if not self.url:
            return ""
        if self._author is None:
            self._author = self.query("SELECT current_user")[0][0]
        return self._author

    @property
    def name(self) -> str:
        """The workspace's own name: the file's stem, or the server database's name."""
        return pg_store.database_name(self.url) if self.url else self.path.stem

    @property
    def location(self) -> str:
        """What messages name: the file's path, or the URL without its password."""
        return team_login.shown(self.url) if self.url else str(self.path)

    @property
    def dialect(self):
        """The engine's own SQL spellings (desktop.services.core.dialect)."""
        from desktop.services.core.dialect import POSTGRESQL, SQLITE

        return POSTGRESQL if self.url else SQLITE

    @property
    def engine(self):
        if self._engine is None:
            from sqlalchemy.orm import sessionmaker

            self._engine = pg_store.make_engine(self.url) if self.url else storage.make_engine(self.path)
            self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        return self._engine

    def remote_changes(self) -> list:
        """A server: the change sets other organisers committed since the last call (pg_listen; the
        listener starts on the first call). A file: none (changed_elsewhere() watches it)."""
        if not self.url:
            return []
        if self._listener is None:
            self._listener = pg_listen.Listener(lambda: pg_store.connect(self.url), self._client)
        notes = self._listener.drain()
        return pg_listen.change_sets(self, notes) if notes else []

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._version_con is not None:
            self._version_con.close()
            self._version_con = None
        if self._presence is not None:
            presence.withdraw(self._presence)
        self._presence = None
        for reader in self._all_readers:
            reader.close()
        self._all_readers.clear()
        self._readers = threading.local()
        if self._engine is not None:
            self._engine.dispose()

    def back_up(self, reason: str):
        """A verified backup of the file now (before an import, a merge…); WorkspaceError if it fails.
        On a server: None before an import or merge, and a "manual" one refused (server_backup_refused)."""
        from desktop.services.core.backups import take

        if self.url:  # a server's backups (pg_dump) are its administrator's
            if reason != "manual":
                return None  # the copy before an import or a merge: skipped, each stays one undo step
            raise WorkspaceError("server_backup_refused", "server", self.location)
        return take(self.path, reason)

    def _reader(self) -> storage.Reader:
        reader = getattr(self._readers, "reader", None)
        if reader is None:
            reader = self._readers.reader = (
                pg_store.Reader(self.url) if self.url else storage.Reader(self.path)
            )
            self._all_readers.append(reader)
        return reader

    def query(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        """A read through the plain driver (one connection per thread), for the hot view paths."""
        return self._reader().rows(sql, params)

    @contextmanager
    def cancellable(self, progress) -> Iterator[None]:
        """Reads on this thread stop mid-query once `progress` is cancelled (raising Cancelled)."""
        from desktop.services.core.progress import Cancelled

        reader = self._reader()
        stopped = pg_store.cancel_errors() if self.url else driver.BUSY_ERRORS
        reader.watch(progress.cancelled)
        try:
            yield
        except stopped as e:
            if progress.cancelled():
                raise Cancelled() from e
            raise
        finally:
            reader.watch(None)

    @contextmanager
    def read(self) -> Iterator:
        self.engine  # noqa: B018  (creates the session factory)
        with self._file_errors(), self._sessions() as session:
            yield session.connection()

    @contextmanager
    def write(self, label: str) -> Iterator:
        """One user action: commit or roll back, then record the undo step and publish the change set.
        The step's journal row is written in the same transaction (journal_store)."""
        from desktop.services.core import journal_store
        from desktop.services.core.unit_of_work import UnitOfWork

        self.engine  # noqa: B018
        self._refuse_if_read_only()
        with self._write_lock:
            with self._file_errors(), self._sessions() as session, session.begin():
                session.connection(execution_options=IMMEDIATE)
                self._before_own_commit()
                uow = UnitOfWork(session)
                self._begin_write(uow.conn)
                yield uow
                author = self.author
                step_id = journal_store.save(uow.conn, label, uow.changes, author=author) if uow.changes else None
                if step_id is not None and self.url:  # the other organisers' views, on commit
                    pg_listen.notify(uow.conn, self._client, author, step_id, "do")
            self._seen_version = self._data_version()
            if uow.changes:
                step = Step(label, tuple(uow.changes), step_id)
                for cb in self.on_step:
                    cb(step)
                self._publish(ChangeSet(step.changes))

    def undo(self, step: Step) -> None:
        self._replay(step, backwards=True)

    def redo(self, step: Step) -> None:
        self._replay(step, backwards=False)

    def _begin_write(self, conn) -> None:
        (pg_store.begin_write if self.url else storage.begin_write)(conn)

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise WorkspaceError("read_only_copy", "file", self.location)

    def _replay(self, step: Step, backwards: bool) -> None:
        self._refuse_if_read_only()
        from sqlalchemy.exc import IntegrityError

        from desktop.services.core import journal_store
        from desktop.services.core.journal import replay

        self.engine  # noqa: B018
        with self._write_lock, gc_paused():
            try:
                with self._file_errors(), self._sessions() as session, session.begin():
                    conn = session.connection(execution_options=IMMEDIATE)
                    self._before_own_commit()
                    self._begin_write(conn)
                    changes = self._step_changes(conn, step)
                    try:
                        replay(conn, changes, backwards)
                    except ConflictError as e:  # who moved the row, and when
                        from desktop.services.core.stale_edits import changed_since

                        raise changed_since(conn, e, step.id) from None
                    if step.id is not None:
                        journal_store.mark(conn, step.id, undone=backwards)
                    if self.url:
                        pg_listen.notify(conn, self._client, self.author, step.id, "undo" if backwards else "redo")
                self._seen_version = self._data_version()
            except IntegrityError:  # rows that others refer to (undo out of order): nothing written
                raise ConflictError("changed_since", step.label, "") from None
        self._publish(ChangeSet(changes))

    @staticmethod
    def _step_changes(conn, step: Step):
        """The changes to replay: the step's own, or (rebuilt after a restart) its journal row's;
        refused when the row keeps a summary only (a big step, or its values were forgotten)."""
        from desktop.services.core import journal_store

        if step.id is not None and (not step.changes or journal_store.forgotten(conn, step.id)):
            changes = None if step.changes else journal_store.load(conn, step.id)
            if changes is None:
                raise ConflictError("step_not_kept", step.label, "")
            return changes
        return step.changes

    # --- changes written by another process (a CLI import while the window is open) -------------------
    def _data_version(self) -> int:
        """SQLite's PRAGMA data_version on a connection of its own: it moves when any other connection
        commits, ours included, so our own commits are noted around each write. A server: 0 (other
        organisers' changes will come by LISTEN/NOTIFY, not by polling)."""
        if self.url:
            return 0
        if self._version_con is None:
            self._version_con = driver.connect(self.path, isolation_level=None, check_same_thread=False)
        return self._version_con.execute("PRAGMA data_version").fetchone()[0]

    def _before_own_commit(self) -> None:  # holding SQLite's write lock: no one else can commit now
        if self._data_version() != self._seen_version:
            self._elsewhere = True

    def changed_elsewhere(self) -> bool:
        """True once another process has committed since we last asked. Skipped (False) while one of
        our writes runs; a commit landing between ours and its note is seen at the next change."""
        if not self._write_lock.acquire(blocking=False):
            return False
        try:
            version = self._data_version()
            changed, self._elsewhere = self._elsewhere or version != self._seen_version, False
            self._seen_version = version
            return changed
        finally:
            self._write_lock.release()

    @contextmanager
    def _file_errors(self) -> Iterator[None]:
        """Another process kept the write lock past our wait, the file is damaged, or the server went away:
        a clear refusal, nothing written."""
        try:
            yield
        except Exception as e:
            if self.url:  # a dropped connection: the server rolled the transaction back
                if pg_store.is_unreachable(e):
                    raise WorkspaceError("server_unreachable", "server", self.location) from None
                if getattr(getattr(e, "orig", e), "sqlstate", None) == "42501":  # the login's role refused it
                    raise DomainError("team_role_refused", "server", self.location) from None
                raise
            if storage.is_busy(e):
                raise storage.busy_error(self.path) from None
            if storage.is_damaged(e):
                raise storage.damaged_error(self.path, e) from None
            raise

    def _publish(self, changes: ChangeSet) -> None:
        for cb in self.on_change:
            cb(changes)
