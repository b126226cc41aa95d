"""Opening a workspace file: SQLite pragmas, schema check with one query, backup, then migrate.

The only module that knows a workspace file is SQLite (pg_store.py is its counterpart for a team
workspace on PostgreSQL); everything else speaks portable SQL. SQLAlchemy and
Alembic are imported here only when needed (an up-to-date file opens with the driver alone).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.services.core.cipher import driver
from models.errors import WorkspaceError
from models.schema_version import HEAD, REVISIONS

BULK_ROWS = 20_000
APPLICATION_ID = 0x42454548  # "BEEH" in the file header: a Beehive workspace, whatever its revision
PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL", "PRAGMA cache_size=-65536")


def read_revision(path: Path) -> str | None:
    """None for a new (empty) file; the stored revision; WorkspaceError if it is not a workspace."""
    _refuse_non_files(path)
    _refuse_unwritable(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = driver.connect(path, read_only=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables and app_id == 0:
                return None
            if app_id not in (0, APPLICATION_ID) or "alembic_version" not in tables or "member" not in tables:
                raise WorkspaceError("not_a_workspace", "file", str(path))
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except driver.ERRORS as e:
        if driver.is_encrypted(path):
            raise _wrong_key(path) from None
        if driver.has_sqlite_header(path):
            raise damaged_error(path, e) from None
        raise WorkspaceError("not_a_workspace", "file", str(path)) from None
    if row is None:
        raise WorkspaceError("not_a_workspace", "file", str(path))
    if row[0] not in REVISIONS:
        # only a file Beehive marked as its own is "newer Beehive"; an unmarked one with an unknown
        # revision is another program's database that happens to have these table names
        if app_id != APPLICATION_ID:
            raise WorkspaceError("not_a_workspace", "file", str(path))
        raise WorkspaceError("too_new", "file", str(path), revision=row[0])
    return row[0]


def _wrong_key(path: Path) -> WorkspaceError:
    """The key this process or the keyring holds does not open the file: forgotten here, asked again."""
    driver.forget(path)
    return WorkspaceError("workspace_key_wrong", "file", str(path))


def _refuse_non_files(path: Path) -> None:
    """A FIFO, a device (/dev/null), a directory or a symlink loop is no workspace: said so before SQLite
    would block on it or fail half way."""
    import stat

    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return  # a new workspace
    except OSError:
        raise WorkspaceError("not_a_workspace", "file", str(path)) from None
    if not stat.S_ISREG(mode):
        raise WorkspaceError("not_a_workspace", "file", str(path))


def _refuse_unwritable(path: Path) -> None:
    """A file or folder Beehive may not write (a read-only mount, a locked-down share): said so, instead of
    SQLite failing to make its -wal/-shm files beside it (which reads like a damaged file)."""
    folder = Path(os.path.abspath(path)).parent
    while not folder.exists() and folder != folder.parent:  # a new workspace's folders are made later
        folder = folder.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise WorkspaceError("workspace_read_only", "file", str(path))
    if not os.access(folder, os.W_OK):
        raise WorkspaceError("folder_read_only", "file", str(path))


def is_damaged(error: BaseException) -> bool:
    """SQLite found a page it cannot read: the file is damaged (or truncated), not our query wrong."""
    original = getattr(error, "orig", error)
    return isinstance(original, driver.ERRORS) and (
        "malformed" in str(original) or "not a database" in str(original)
    )


def damaged_error(path: Path, error: BaseException | None = None) -> WorkspaceError:
    """The refusal for a damaged file, naming the newest backup that passed its check, if any."""
    from desktop.services.core.backups import newest_good

    reason = "malformed" if error is None or "malformed" in str(error) else "unreadable"
    good = newest_good(path)
    if good is None:
        return WorkspaceError("workspace_damaged", "file", str(path), reason=reason)
    return WorkspaceError("workspace_damaged_backup", "file", str(path), reason=reason,
                          when=good.taken_at.strftime("%Y-%m-%d %H:%M"), backup=str(good.path))  # fmt: skip


def quick_check(path: Path) -> None:
    """SQLite's quick check of every page (0.1 s for 100k members): a damaged file is refused when the
    window opens it, instead of failing in whichever view first reads the damaged page."""
    con = driver.connect(path, read_only=True)
    try:
        result = con.execute("PRAGMA quick_check").fetchall()
    except driver.ERRORS as e:
        raise damaged_error(path, e) from None
    finally:
        con.close()
    if result != [("ok",)]:
        raise damaged_error(path)


def _on_connect(dbapi_con, _record) -> None:
    # The driver's own implicit BEGIN comes too late for per-transaction pragmas; SQLAlchemy's
    # "begin" event below issues BEGIN itself (the pysqlite recipe in SQLAlchemy's docs).
    dbapi_con.isolation_level = None
    _wal(dbapi_con)
    for pragma in PRAGMAS:
        dbapi_con.execute(pragma)


def _wal(con) -> None:
    """Switch to WAL, retrying while another process creates or switches the same new file: SQLite
    answers "locked" at once there, without its busy handler."""
    deadline = time.monotonic() + lock_wait()
    while True:
        try:
            con.execute("PRAGMA journal_mode=WAL")
            return
        except driver.BUSY_ERRORS as e:
            if not is_busy(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def lock_wait() -> float:
    """Seconds a writer waits for another process's write to end before refusing (BEEHIVE_LOCK_WAIT)."""
    try:
        return max(0.0, float(os.environ.get("BEEHIVE_LOCK_WAIT", "5")))
    except ValueError:
        return 5.0


def _begin(conn) -> None:
    # A write takes the lock at BEGIN: a deferred transaction that read first would get SQLITE_BUSY at
    # its first write without waiting once another process has committed since (WAL snapshots).
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("immediate") else "BEGIN")


def make_engine(path: Path):
    from sqlalchemy import create_engine, event

    # hide_parameters: an error's message never carries the values written (names, phones, notes)
    engine = create_engine(f"sqlite:///{path}", module=driver.dbapi_for(path), hide_parameters=True,
                           creator=lambda: driver.connect(path, check_same_thread=False, timeout=lock_wait()))  # fmt: skip
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _begin)
    return engine


def is_busy(error: BaseException) -> bool:
    """SQLite's "database is locked" (another process holds the write lock past our wait)."""
    original = getattr(error, "orig", error)
    return isinstance(original, driver.BUSY_ERRORS) and (
        "locked" in str(original) or "busy" in str(original)
    )


def busy_error(path: Path) -> WorkspaceError:
    """The refusal for a writer that waited its time: who holds the file, when known."""
    from desktop.services.core import presence

    wait = f"{lock_wait():g}"
    holders = presence.others(path)
    if holders:
        h = holders[0]
        return WorkspaceError("workspace_busy_held", "file", str(path), since=h.since.strftime("%H:%M"),
                              pid=h.pid, wait=wait)  # fmt: skip
    return WorkspaceError("workspace_busy", "file", str(path), wait=wait)


class Reader:
    """Plain-driver reads for the views (ordered ids, row blocks): no ORM between SQL and the table.

    SQL is written with ? placeholders; another store's driver would get them rewritten here.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con = driver.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in PRAGMAS:
            self._con.execute(pragma)

    def rows(self, sql: str, params: tuple | list = ()) -> list[tuple]:
        try:
            return self._con.execute(sql, params).fetchall()
        except driver.ERRORS as e:
            if is_damaged(e):
                raise damaged_error(self.path, e) from None
            raise

    def watch(self, stop) -> None:
        """While `stop()` is true, a running query is interrupted; None stops watching."""
        self._con.set_progress_handler(None if stop is None else (lambda: 1 if stop() else 0), 50_000)

    def close(self) -> None:
        self._con.close()


def migrations_dir() -> Path:
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[3]))
    return base / "models" / "migrations"


def upgrade(engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    # the write lock first, then alembic reads the revision: a second process migrating the same file
    # waits for the first and finds nothing left to do
    with engine.connect().execution_options(immediate=True) as connection, connection.begin():
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def prepare_workspace(path: Path) -> Path | None:
    """Bring the file to the current schema (creating it if new); return the backup taken, if any."""
    revision = read_revision(path)
    if revision == HEAD:
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    backup = None
    if revision is not None:
        from desktop.services.core.backups import take

        backup = take(path, "migration").path
    engine = make_engine(path)
    try:
        upgrade(engine)
    except Exception as e:
        if is_busy(e):
            raise busy_error(path) from None
        if is_damaged(e):
            raise damaged_error(path, e) from None
        raise
    finally:
        engine.dispose()
        driver.renew(path)  # a new file: what an earlier file with its inode held is not this one
    return backup


@contextmanager
def bulk_load(conn, table, count: int) -> Iterator[None]:
    """For a large insert into SQLite, rebuild the table's indexes once at the end instead of
    updating them row by row (several times faster). Inside the caller's transaction, so a failure
    rolls the drop back too. Other stores keep their indexes: dropping one would lock the table."""
    if conn.dialect.name != "sqlite" or count < BULK_ROWS:
        yield
        return
    # Keep indexes on foreign-key columns: SQLite looks children up through them on every insert of a
    # parent, and without them each lookup scans the table (quadratic).
    fk_columns = {fk.parent.name for fk in table.foreign_keys}
    indexes = [i for i in table.indexes if not {c.name for c in i.columns} & fk_columns]
    for index in indexes:
        index.drop(conn)
    yield
    for index in indexes:
        index.create(conn)


def begin_write(conn) -> None:
    """Check foreign keys at commit, so one step may insert rows that refer to each other."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
