"""Another program's SQLite file is told apart from a newer Beehive's by the application id in the
header, not by the schema revision alone."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.app import ensure_demo
from desktop.services.core.storage import APPLICATION_ID, read_revision
from models.errors import WorkspaceError


def _other_app(path, app_id: int, revision: str = "9999_future"):
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {app_id}")
    con.execute("CREATE TABLE alembic_version (version_num TEXT)")
    con.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    con.execute("CREATE TABLE member (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    return path


def test_a_workspace_carries_beehives_application_id(tmp_path):
    path = ensure_demo(tmp_path / "w.beehive", 5)
    assert sqlite3.connect(path).execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


@pytest.mark.parametrize(("app_id", "code"), [(APPLICATION_ID, "too_new"), (0, "not_a_workspace"),
                                               (0x47504B47, "not_a_workspace")])  # fmt: skip
def test_an_unknown_revision_is_newer_beehive_only_under_beehives_id(tmp_path, app_id, code):
    path = _other_app(tmp_path / "x.beehive", app_id)
    with pytest.raises(WorkspaceError) as e:
        read_revision(path)
    assert e.value.code == code


def test_another_programs_id_is_refused_even_with_a_known_revision(tmp_path):
    path = _other_app(tmp_path / "gpkg.beehive", 0x47504B47, "0001_initial")  # a GeoPackage's id
    with pytest.raises(WorkspaceError) as e:
        read_revision(path)
    assert e.value.code == "not_a_workspace"
