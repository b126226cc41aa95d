"""A whole workspace copied: a file into another file, a file published to a team server and taken
back into a file — every table equal row for row, ids and UUIDs kept, new rows after it not colliding."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.services.container import Services
from desktop.services.core.database import Database
from desktop.services.core.workspace_copy import copy_workspace
from desktop.services.demo import create_demo
from desktop.services.drafts import MemberDraft
from models.errors import WorkspaceError
from models.schema import TABLES


def _rows(db) -> dict[str, list]:
    with db.engine.connect() as conn:
        return {name: [tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key))]
                for name, t in TABLES.items()}  # fmt: skip


@pytest.fixture
def demo(tmp_path):
    db = Database(tmp_path / "demo.beehive")
    create_demo(db, 120)
    yield db
    db.close()


def test_a_file_copied_into_a_new_file_is_equal_table_by_table(demo, tmp_path):
    target = Database(tmp_path / "copy.beehive")
    counts = copy_workspace(demo, target)
    assert counts["member"] == 120 and counts["event"] > 0
    assert _rows(target) == _rows(demo)
    with pytest.raises(WorkspaceError) as e:  # a second copy into the same one: it is no longer empty
        copy_workspace(demo, target)
    assert e.value.code == "copy_target_not_empty"
    target.close()


def test_published_to_a_server_and_back_into_a_file(demo, tmp_path, pg_database):
    server = Database(pg_database)
    copy_workspace(demo, server)
    assert _rows(server) == _rows(demo)
    services = Services(server)
    cid = services.communities.all()[0].id
    new = services.member_writes.create(cid, MemberDraft(name="新来的"))  # the ids go on after the copy's
    assert new > max(r[0] for r in _rows(demo)["member"])
    back = Database(tmp_path / "back.beehive")
    copy_workspace(server, back)
    assert _rows(back) == _rows(server)
    server.close()
    back.close()
