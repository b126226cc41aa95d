"""A take-out holds the event, its list and a directory with no contacts beyond a phone's last digits."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.services.container import open_services
from desktop.services.offline.take_out import take_out
from models.errors import ValidationError
from tests.desktop.services.offline.helpers import source


def _rows(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_take_out_keeps_uuids_and_only_the_last_four_digits(services, community_id, tmp_path):
    eid, ids = source(services, community_id)
    door = tmp_path / "door.beehive"
    out = take_out(services.db, eid, door)
    assert (out.members, out.attendance) == (4, 2)
    src = {r[0]: r[1] for r in services.db.query("SELECT uuid, name FROM member")}
    assert dict(_rows(door, "SELECT uuid, name FROM member")) == src
    assert sorted(v for (v,) in _rows(door, "SELECT value FROM member_identity")) == ["5678"] * 4
    text = " ".join(str(r) for r in _rows(door, "SELECT search_text, notes FROM member"))
    assert "example.org" not in text and "secret" not in text and "13812345678" not in text
    (marker,) = _rows(door, "SELECT source_uuid, event_uuid, uuid FROM offline_take_out")
    assert marker[0] == services.db.query("SELECT uuid FROM workspace_info")[0][0]
    assert marker[1] == services.db.query("SELECT uuid FROM event WHERE id = ?", (eid,))[0][0]
    assert _rows(door, "SELECT uuid FROM workspace_info")[0][0] != marker[0]  # a workspace of its own
    assert oct(door.stat().st_mode & 0o777) == "0o600"


def test_private_take_out_keeps_contacts_and_notes(services, community_id, tmp_path):
    eid, _ = source(services, community_id)
    door = tmp_path / "door.beehive"
    take_out(services.db, eid, door, private=True)
    values = {v for (v,) in _rows(door, "SELECT value FROM member_identity")}
    assert "13812345678@example.org" in values and {
        n for (n,) in _rows(door, "SELECT notes FROM member")
    } == {"secret note"}


def test_an_existing_target_is_refused(services, community_id, tmp_path):
    eid, _ = source(services, community_id)
    (tmp_path / "door.beehive").write_bytes(b"x")
    with pytest.raises(ValidationError) as e:
        take_out(services.db, eid, tmp_path / "door.beehive")
    assert e.value.code == "offline_target_exists"


def test_the_take_out_opens_as_a_workspace(services, community_id, tmp_path):
    eid, _ = source(services, community_id)
    take_out(services.db, eid, tmp_path / "door.beehive")
    door = open_services(tmp_path / "door.beehive")
    try:
        (event,) = door.events.events(door.communities.all()[0].id)
        assert [r.name for r in door.events.roster(event.id)] == ["李四", "张三"]
    finally:
        door.close()
