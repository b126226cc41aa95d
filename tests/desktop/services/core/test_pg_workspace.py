"""A team workspace on PostgreSQL: the same schema through the same migrations, the services' `?`, `?N`
and `:name` placeholders on psycopg, and the file-only machinery refused or skipped cleanly."""

from __future__ import annotations

import psycopg
import pytest

from desktop.services.core.database import Database
from desktop.services.core.dialect import POSTGRESQL
from desktop.services.core.pg_store import translate
from models.base import Base
from models.errors import WorkspaceError
from models.schema_version import HEAD
from tests.pg_server import autocommit, free_port


def test_placeholders_become_psycopgs():
    sql, params = translate("SELECT a FROM t WHERE b = ? AND c LIKE '%?%' AND d = ? LIMIT ?", [1, 2, -1])
    assert (
        sql == "SELECT a FROM t WHERE b = %s AND c LIKE '%%?%%' AND d = %s LIMIT NULLIF(GREATEST(%s, -1), -1)"
    )
    assert params == [1, 2, -1]
    assert translate("SELECT ?2, ?1, ?2", ["a", "b"]) == ("SELECT %s, %s, %s", ["b", "a", "b"])
    sql, params = translate("SELECT x::text FROM t WHERE c = :c AND t = '12:30' AND n LIKE '%x'", {"c": 3})
    assert sql == "SELECT x::text FROM t WHERE c = %(c)s AND t = '12:30' AND n LIKE '%%x'" and params == {
        "c": 3
    }


def test_a_new_database_gets_the_whole_schema(pg_databases):
    url = pg_databases.empty()
    db = Database(url)
    try:
        assert db.is_server and db.dialect == POSTGRESQL and db.path is None and db.backup is None
        assert db.query("SELECT version_num FROM alembic_version") == [(HEAD,)]
        tables = {
            r[0] for r in db.query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        }
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
        lax = db.query("SELECT conname FROM pg_constraint WHERE contype = 'f' AND NOT condeferrable")
        assert lax == []  # deferred in every write, as SQLite's defer_foreign_keys
        assert not db.changed_elsewhere()
    finally:
        db.close()
    Database(url).close()  # opened again: already at HEAD
    pg_databases.drop(url)


def test_reads_take_each_placeholder_style(pg_database, pg_databases):
    from desktop.services.communities import CommunityInfo
    from desktop.services.container import open_services

    services = open_services(pg_database)
    try:
        cid = services.communities.create(CommunityInfo(name="晨读会"))
        db = services.db
        assert db.query("SELECT name FROM community WHERE id = ?", [cid]) == [("晨读会",)]
        assert db.query("SELECT name FROM community WHERE id = ?1 AND ?1 > 0", [cid]) == [("晨读会",)]
        assert db.query("SELECT name FROM community WHERE id = :c", {"c": cid}) == [("晨读会",)]
        assert db.query("SELECT count(*) FROM community LIMIT ?", [-1]) == [(1,)]
        assert db.query("SELECT avg(id) FROM community") == [(float(cid),)]  # a float, as SQLite's
    finally:
        services.close()
    fresh = pg_databases.migrated()
    services = open_services(fresh)
    try:
        assert services.communities.ensure("").name == fresh.rsplit("/", 1)[1]  # named after the database
    finally:
        services.close()
        pg_databases.drop(fresh)


def test_a_team_workspace_is_not_backed_up_by_beehive(pg_database):
    db = Database(pg_database)
    try:
        with pytest.raises(WorkspaceError) as e:
            db.back_up("manual")
        assert e.value.code == "server_backup_refused" and "@" in e.value.value
        assert db.back_up("import") is None  # the copy before an import or a merge: skipped
    finally:
        db.close()


def test_another_programs_database_is_refused_untouched(pg_databases):
    url = pg_databases.empty()
    autocommit(url, "CREATE TABLE stock (id integer)")
    with pytest.raises(WorkspaceError) as e:
        Database(url)
    assert e.value.code == "not_a_workspace"
    with psycopg.connect(url) as con:
        tables = [r[0] for r in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    assert tables == ["stock"]
    pg_databases.drop(url)


def test_a_newer_schema_is_refused(pg_database):
    autocommit(pg_database, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(WorkspaceError) as e:
        Database(pg_database)
    assert e.value.code == "too_new"


def test_a_login_that_may_not_migrate_is_told_to_ask_the_owner(pg_databases):
    """A new (empty) team database opened first by an organiser without the right to create tables."""
    url = pg_databases.empty()
    autocommit(url, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newcomer')"
                    " THEN CREATE ROLE newcomer LOGIN; END IF; END $$")  # fmt: skip
    scheme, rest = url.split("://", 1)
    with pytest.raises(WorkspaceError) as e:
        Database(f"{scheme}://newcomer@{rest.split('@', 1)[1]}")
    assert e.value.code == "server_needs_migration" and "newcomer@" in e.value.value
    with psycopg.connect(url) as con:  # nothing was made
        assert con.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
    pg_databases.drop(url)


def test_an_unreachable_server_is_a_clear_refusal():
    with pytest.raises(WorkspaceError) as e:
        Database(f"postgresql://nobody:secret@127.0.0.1:{free_port()}/beehive")
    assert e.value.code == "server_unreachable" and "secret" not in e.value.value


def test_without_the_server_binaries_the_cases_skip_unless_ci_requires_them(monkeypatch):
    from tests import pg_server

    monkeypatch.delenv("BEEHIVE_TEST_PG", raising=False)
    monkeypatch.setattr(pg_server, "binaries", lambda: None)
    monkeypatch.delenv("BEEHIVE_REQUIRE_PG", raising=False)
    with pytest.raises(pytest.skip.Exception, match="install postgresql"):
        next(pg_server.admin_url())
    monkeypatch.setenv("BEEHIVE_REQUIRE_PG", "1")
    with pytest.raises(pytest.fail.Exception, match="BEEHIVE_REQUIRE_PG=1"):
        next(pg_server.admin_url())
    monkeypatch.setenv("BEEHIVE_TEST_PG", "postgresql://me@db.example:5432/x")  # an own server: used as is
    assert next(pg_server.admin_url()) == "postgresql://me@db.example:5432/x"


def test_a_long_read_stops_when_cancelled(pg_database):
    import threading
    import time

    from desktop.services.core.progress import Cancelled, Progress

    db = Database(pg_database)
    progress = Progress()
    threading.Timer(0.2, progress.cancel).start()
    started = time.monotonic()
    try:
        with pytest.raises(Cancelled), db.cancellable(progress):
            db.query("SELECT pg_sleep(10)")
        assert time.monotonic() - started < 3
        assert db.query("SELECT 1") == [(1,)]  # the connection serves the next read
    finally:
        db.close()


def test_the_migrated_server_schema_is_the_models_schema(pg_database):
    """The migrations are dialect-neutral: alembic finds nothing to change on PostgreSQL (types,
    columns, indexes, nullability) but the foreign keys made deferrable after migrating."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from desktop.services.core import pg_store
    from models import schema  # noqa: F401  (registers the tables)

    engine = pg_store.make_engine(pg_database)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    fks = [d for d in diff if isinstance(d, tuple) and d[0] in ("add_fk", "remove_fk")]
    removed = {d[1].name for d in fks if d[0] == "remove_fk" and d[1].deferrable}
    added = {d[1].name for d in fks if d[0] == "add_fk"}
    assert removed == added and len(removed) > 20
    from desktop.services.core.pg_search import INDEX

    trigram = [d for d in diff if d[0] == "remove_index" and d[1].name == INDEX]  # the filter's, PostgreSQL's own
    assert len(trigram) == 1
    assert [d for d in diff if d not in fks and d not in trigram] == []


def test_a_dropped_connection_is_made_again_and_a_lost_write_is_a_clear_refusal(pg_database, pg_url):
    from desktop.services.communities import CommunityInfo
    from desktop.services.container import open_services

    def drop_connections():
        name = pg_database.rsplit("/", 1)[1]
        autocommit(pg_url, f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")

    services = open_services(pg_database)
    try:
        cid = services.communities.create(CommunityInfo(name="晨读会"))
        drop_connections()  # a server restart, a laptop changing networks
        assert services.db.query("SELECT name FROM community WHERE id = ?", [cid]) == [("晨读会",)]
        drop_connections()
        services.communities.create(CommunityInfo(name="周末读书"))  # the pool pings and connects again
        assert len(services.communities.all()) == 2
    finally:
        services.close()
    from desktop.services.core import pg_store

    lost = psycopg.OperationalError("server closed the connection unexpectedly")
    assert pg_store.is_unreachable(lost)
    assert not pg_store.is_unreachable(psycopg.errors.QueryCanceled("canceling statement"))


def test_a_url_folded_into_a_path_makes_no_file(tmp_path, monkeypatch):
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    with pytest.raises(WorkspaceError) as e:
        Database(Path("postgresql://me@127.0.0.1:5432/team"))  # Path folds the // : postgresql:/me@…
    assert e.value.code == "not_a_workspace" and list(tmp_path.iterdir()) == []
