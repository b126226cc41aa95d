"""A team workspace on PostgreSQL (issue 15): the engine, the schema check, migrations, plain reads.

What storage.py is to a workspace file this is to a `postgresql://` URL. The services write their
plain-driver SQL with SQLite's `?` and `?1` placeholders; `translate()` rewrites them for psycopg
in this one place. Foreign keys are made DEFERRABLE after each migration and deferred in every write,
as SQLite's defer_foreign_keys does, so one step may insert rows that refer to each other.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from urllib.parse import urlsplit

from desktop.services.core.team_login import shown, with_password  # the address, its password
from models.errors import WorkspaceError
from models.schema_version import HEAD, REVISIONS

MIGRATION_LOCK = 0x42454548  # pg_advisory_xact_lock key: one organiser migrates, the others wait


def database_name(url: str) -> str:
    return urlsplit(url).path.lstrip("/") or "postgres"


def _libpq(url: str) -> str:
    return "postgresql://" + with_password(url).split("://", 1)[1]


# --- placeholders ----------------------------------------------------------------------------------
_TOKENS = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|::|\?(\d*)|(?<![:\w]):([A-Za-z_]\w*)|%|\bLIMIT\s+\?(\d*)", re.I
)
NO_LIMIT = "LIMIT NULLIF(GREATEST(%s, -1), -1)"  # SQLite's LIMIT -1 (any negative): no limit


@lru_cache(maxsize=2048)
def _template(sql: str) -> tuple[str, tuple[int, ...] | None]:
    """psycopg's SQL and, for numbered `?N` placeholders, which parameter each `%s` takes (None: plain
    `?` in order, or `:name` taken from a mapping). A literal `%` is doubled; placeholders inside quotes
    and PostgreSQL's `::` casts are left alone."""
    order: list[int] = []
    numbered = False
    plain = 0

    def one(m: re.Match) -> str:
        nonlocal numbered, plain
        text = m.group(0)
        if text == "%":
            return "%%"
        if text == "::":
            return text
        if text[0] in "'\"":
            return text.replace("%", "%%")
        if m.group(2):
            return f"%({m.group(2)})s"
        number = m.group(1) or m.group(3)
        if number:
            numbered = True
            order.append(int(number) - 1)
        else:
            order.append(plain)
            plain += 1
        return NO_LIMIT if text[0] in "lL" else "%s"

    out = _TOKENS.sub(one, sql)
    return out, tuple(order) if numbered else None


def translate(sql: str, params=()) -> tuple[str, list | dict]:
    """SQLite-style `?` / `?N` / `:name` SQL and parameters as psycopg takes them."""
    out, order = _template(sql)
    if isinstance(params, dict):
        return out, params
    params = list(params)
    return out, params if order is None else [params[i] for i in order]


# --- connections -----------------------------------------------------------------------------------
def _float_numerics(dbapi_con, _record=None) -> None:
    """avg() and sum() of bigints come back as Decimal; the services compute with floats, as on SQLite."""
    from psycopg.types.numeric import FloatLoader

    dbapi_con.adapters.register_loader("numeric", FloatLoader)


def make_engine(url: str):
    from sqlalchemy import create_engine, event

    engine = create_engine("postgresql+psycopg://" + _libpq(url).split("://", 1)[1], hide_parameters=True,
                           pool_pre_ping=True)  # fmt: skip
    event.listen(engine, "connect", _float_numerics)
    return engine


def connect(url: str):
    import psycopg

    try:
        con = psycopg.connect(_libpq(url), autocommit=True)
    except psycopg.OperationalError:
        raise WorkspaceError("server_unreachable", "server", shown(url)) from None
    _float_numerics(con)
    return con


def is_unreachable(error: BaseException) -> bool:
    """The server dropped the connection or cannot be reached (SQLAlchemy's wrapped error, or psycopg's
    own): no SQLSTATE, a connection exception (08…) or a server shutting down (57P…); not a cancel."""
    import psycopg

    if getattr(error, "connection_invalidated", False):
        return True
    orig = getattr(error, "orig", error)
    state = getattr(orig, "sqlstate", None)
    return isinstance(orig, psycopg.OperationalError) and (state is None or state.startswith(("08", "57P")))


def cancel_errors() -> tuple[type[BaseException], ...]:
    """What a query stopped by watch() raises."""
    import psycopg

    return (psycopg.errors.QueryCanceled,)


class Reader:
    """Plain-driver reads for the views, as storage.Reader, on one psycopg connection per thread."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._con = connect(url)
        self._watching: threading.Event | None = None

    def rows(self, sql: str, params=()) -> list[tuple]:
        """The rows; a connection the server dropped (a restart, a network change) is made again once
        and the read retried (reads change nothing); a server still away: server_unreachable."""
        import psycopg

        text, values = translate(sql, params)
        for attempt in (1, 2):
            try:
                with self._con.cursor() as cur:
                    cur.execute(text, values)
                    return cur.fetchall() if cur.description else []
            except psycopg.OperationalError:
                if not self._con.broken and not self._con.closed:
                    raise
                if attempt == 2:
                    raise WorkspaceError("server_unreachable", "server", shown(self.url)) from None
                self._con = connect(self.url)
        raise AssertionError("unreachable")

    def watch(self, stop) -> None:
        """While `stop()` is true, a running query is cancelled (the server's cancel request, checked
        every 50 ms by a watcher thread); None stops watching."""
        if self._watching is not None:
            self._watching.set()
            self._watching = None
        if stop is None:
            return
        done = self._watching = threading.Event()

        def run() -> None:
            while not done.wait(0.05):
                if stop():
                    self._con.cancel_safe()
                    return

        threading.Thread(target=run, daemon=True, name="pg-cancel").start()

    def close(self) -> None:
        self.watch(None)
        self._con.close()


# --- schema ----------------------------------------------------------------------------------------
def read_revision(con) -> str | None:
    """None for an empty database; the stored revision; WorkspaceError if it holds something else."""
    tables = {
        r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    }
    if not tables:
        return None
    if "alembic_version" not in tables or "member" not in tables:
        raise WorkspaceError("not_a_workspace", "server", shown_of(con))
    row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise WorkspaceError("not_a_workspace", "server", shown_of(con))
    if row[0] not in REVISIONS:
        raise WorkspaceError("too_new", "server", shown_of(con), revision=row[0])
    return row[0]


def shown_of(con) -> str:
    info = con.info
    return f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}"


def prepare_workspace(url: str) -> None:
    """Bring the database to the current schema (creating it in an empty database)."""
    con = connect(url)
    try:
        if read_revision(con) == HEAD:
            return
    finally:
        con.close()
    engine = make_engine(url)
    try:
        upgrade(engine)
    except Exception as e:  # a login without the right to create or alter tables: the owner migrates first
        if getattr(getattr(e, "orig", e), "sqlstate", None) == "42501":
            raise WorkspaceError("server_needs_migration", "server", shown(url)) from None
        raise
    finally:
        engine.dispose()


def upgrade(engine) -> None:
    from alembic import command
    from alembic.config import Config

    from desktop.services.core import pg_policies, pg_search
    from desktop.services.core.storage import migrations_dir

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    with engine.connect() as connection, connection.begin():
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        _deferrable_foreign_keys(connection)
        pg_policies.install(connection)  # the team's roles and row-level security
        pg_search.install(connection)  # the filter's trigram index


def _deferrable_foreign_keys(connection) -> None:
    rows = connection.exec_driver_sql(
        "SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c"
        " JOIN pg_namespace n ON n.oid = c.connamespace"
        " WHERE c.contype = 'f' AND NOT c.condeferrable AND n.nspname = current_schema()"
    ).fetchall()
    for table, name in rows:
        connection.exec_driver_sql(
            f'ALTER TABLE {table} ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE'
        )


def begin_write(conn) -> None:
    conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")
