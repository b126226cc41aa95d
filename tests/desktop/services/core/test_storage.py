"""Opening workspaces: migrations with a backup, newer files and non-workspaces refused untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.services.core import storage
from desktop.services.core.database import Database
from models.base import Base
from models.errors import WorkspaceError
from models.schema_version import HEAD, REVISIONS
from tests.helpers import make_future_workspace


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_the_alembic_scripts():
    cfg = Config()
    cfg.set_main_option("script_location", str(storage.migrations_dir()))
    scripts = ScriptDirectory.from_config(cfg)
    assert [s.revision for s in reversed(list(scripts.walk_revisions()))] == list(REVISIONS)
    assert scripts.get_current_head() == HEAD


def test_migrations_build_exactly_the_declared_schema(db):
    with db.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diffs == []


def test_first_revision_to_head_on_a_file_with_data(tmp_path):
    path = tmp_path / "old.beehive"
    engine = storage.make_engine(path)
    from alembic import command

    cfg = Config()
    cfg.set_main_option("script_location", str(storage.migrations_dir()))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, REVISIONS[0])
        conn.exec_driver_sql(
            "INSERT INTO community VALUES (1,'c1','老社群','','','','','','centralised','2024-01-01')"
        )
        conn.exec_driver_sql(
            "INSERT INTO member (id, uuid, community_id, name, sort_key, search_text, city, organisation, title,"
            " interests, specialties, tags, joined_on, status, status_on, status_reason, notes)"
            " VALUES (1,'m1',1,'张三','zhang san','张三','','','','','','','2024-01-02','active','','','')"
        )
    engine.dispose()
    db = Database(path)
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
        assert conn.exec_driver_sql("SELECT name FROM member").scalar() == "张三"
    db.close()


def test_backup_is_taken_before_migrating(tmp_path, monkeypatch):
    path = tmp_path / "w.beehive"
    Database(path).close()
    # Pretend the file is one revision behind a newer build of the app.
    monkeypatch.setattr(storage, "HEAD", "0002_future")
    monkeypatch.setattr(storage, "REVISIONS", (*REVISIONS, "0002_future"))
    monkeypatch.setattr(storage, "upgrade", lambda engine: None)
    db = Database(path)
    assert db.backup is not None and db.backup.exists()
    con = sqlite3.connect(db.backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD  # as it was
    con.close()
    db.close()


def test_newer_workspace_is_refused_and_untouched(tmp_path):
    path = make_future_workspace(tmp_path / "new.beehive")
    digest = _digest(path)
    with pytest.raises(WorkspaceError) as e:
        Database(path)
    assert e.value.code == "too_new"
    assert _digest(path) == digest


@pytest.mark.parametrize("content", [b"name,email\nx,y\n", b"\x00\x01garbage" * 50])
def test_file_that_is_not_a_workspace_is_refused(tmp_path, content):
    path = tmp_path / "notes.beehive"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError) as e:
        Database(path)
    assert e.value.code == "not_a_workspace"
    assert path.read_bytes() == content


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    digest = _digest(path)
    with pytest.raises(WorkspaceError):
        Database(path)
    assert _digest(path) == digest


def test_pragmas_and_uuids(db, services, community_id):
    with services.db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        uuid = conn.exec_driver_sql("SELECT uuid FROM community").scalar()
    assert len(uuid) == 32 and uuid[12] == "4"
