"""Permissions enforced by PostgreSQL itself (issue 15): a lead logging in with psql directly cannot
read another unit's phones; a viewer reads no phones; an organiser reads all of them."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from desktop.services.core.pg_policies import group_role
from tests.desktop.services.team.conftest import PASSWORD

PHONES = "SELECT value FROM member_identity WHERE kind = 'phone' ORDER BY value"


def psql() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/psql"), key=lambda p: int(p.parts[-3]))
    if not found:
        pytest.skip("no psql binary in /usr/lib/postgresql")
    return found[-1]


def run_psql(url: str, login: str, sql: str) -> subprocess.CompletedProcess:
    parts = urlsplit(url)
    env = {**os.environ, "PGPASSWORD": PASSWORD, "PGCONNECT_TIMEOUT": "10"}
    args = [str(psql()), "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", parts.hostname, "-p", str(parts.port),
            "-U", login, "-d", parts.path.lstrip("/"), "-c", sql]  # fmt: skip
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=30)


def test_a_lead_logged_in_with_psql_reads_only_their_units_phones(team):
    lead = team.login("lead")
    team.team.add(lead, "lead", "王五", unit_ids=[team.units["north"]])
    done = run_psql(team.url, lead, PHONES)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [team.phones["north"]]  # their own unit's member's phone
    assert team.phones["south"] not in done.stdout
    # asked for by the other member's id, or by the other unit, still nothing
    other = run_psql(team.url, lead, "SELECT count(*) FROM member_identity mi JOIN unit_member um"
                     f" ON um.member_id = mi.member_id WHERE um.unit_id = {team.units['south']}")  # fmt: skip
    assert other.returncode == 0, other.stderr
    assert other.stdout.strip() == "0"
    # nor can they change who they are: the team's own tables are the owner's
    climb = run_psql(team.url, lead, f"UPDATE team_member SET role = 'organiser' WHERE login = '{lead}'")
    assert climb.returncode != 0 and "permission denied" in climb.stderr
    # nor put a phone on the other unit's member
    south_member = team.db.query(f"SELECT member_id FROM unit_member WHERE unit_id = {team.units['south']}")[
        0
    ][0]
    sneak = run_psql(team.url, lead, "INSERT INTO member_identity (id, uuid, member_id, kind, value)"
                     f" VALUES (999, 'x999', {south_member}, 'phone', '1')")  # fmt: skip
    assert sneak.returncode != 0 and "row-level security" in sneak.stderr


def test_a_viewer_reads_members_but_no_phones_and_writes_nothing(team):
    viewer = team.login("viewer")
    team.team.add(viewer, "viewer")
    assert team.read_as(viewer, PHONES) == []
    assert sorted(r[0] for r in team.read_as(viewer, "SELECT name FROM member")) == ["张三", "李四"]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        team.read_as(viewer, "UPDATE member SET name = 'x'")


def test_an_organiser_reads_every_phone(team):
    organiser = team.login("organiser")
    team.team.add(organiser, "organiser", "秘书")
    assert [r[0] for r in team.read_as(organiser, PHONES)] == sorted(team.phones.values())


def test_a_login_off_the_team_or_demoted_loses_the_phones(team):
    lead = team.login("lead")
    key = team.team.add(lead, "lead", unit_ids=[team.units["south"]])
    assert [r[0] for r in team.read_as(lead, PHONES)] == [team.phones["south"]]
    team.team.change_role(key, "viewer")
    assert team.read_as(lead, PHONES) == []
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the lead's write rights went too
        team.read_as(lead, "DELETE FROM member_identity")
    team.team.remove(key)
    assert team.team.members() == []
    roles = {r[0] for r in team.read_as(lead, "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b"
                                              " ON b.oid = m.roleid JOIN pg_roles u ON u.oid = m.member"
                                              " WHERE u.rolname = current_user")}  # fmt: skip
    database = urlsplit(team.url).path.lstrip("/")
    assert not roles & {group_role(database, g) for g in ("organiser", "lead", "viewer")}


def test_an_owner_login_sees_everything_and_may_change_the_team(team):
    from desktop.services.core.database import Database
    from desktop.services.team.service import TeamService

    owner = team.login("owner")
    key = team.team.add(owner, "owner", "会长")
    assert [r[0] for r in team.read_as(owner, PHONES)] == sorted(team.phones.values())
    as_owner = Database(team.url_of(owner))
    try:
        viewer = team.login("viewer")
        TeamService(as_owner).add(viewer, "viewer")
        assert {m.login for m in TeamService(as_owner).members()} == {owner, viewer}
    finally:
        as_owner.close()
    team.team.change_role(key, "viewer")  # the owner's rights go with the role
    assert team.read_as(owner, PHONES) == []


def test_a_lead_learns_the_largest_key_of_rows_hidden_from_them(team):
    lead = team.login("lead")
    team.team.add(lead, "lead", unit_ids=[team.units["north"]])
    assert team.read_as(lead, "SELECT max(id) FROM member_identity") == [(1,)]  # south's row is hidden
    assert team.read_as(lead, "SELECT beehive_max_id('member_identity')") == [(2,)]  # a new key: 3, not 2
    with pytest.raises(psycopg.errors.RaiseException):
        team.read_as(lead, "SELECT beehive_max_id('pg_authid')")
