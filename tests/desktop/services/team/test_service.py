"""TeamService: the team's rows and the server's grants change together; refusals are coded."""

from __future__ import annotations

import psycopg
import pytest

from desktop.messages import message
from desktop.services.core import pg_policies as policies
from desktop.services.core.database import Database
from desktop.services.team.service import TeamService
from models.errors import DomainError, ValidationError


def test_a_workspace_file_has_no_team(tmp_path):
    db = Database(tmp_path / "own.beehive")
    try:
        assert TeamService(db).members() == []
        with pytest.raises(DomainError) as e:
            TeamService(db).add("someone", "viewer")
        assert e.value.code == "team_needs_server"
        assert "only in a team workspace" in message(e.value)
    finally:
        db.close()


def test_members_listed_with_their_units_and_refusals(team):
    lead = team.login("lead")
    key = team.team.add(lead, "lead", "王五", unit_ids=[team.units["north"]])
    (row,) = team.team.members()
    assert (row.id, row.login, row.name, row.role, row.unit_ids) == (
        key,
        lead,
        "王五",
        "lead",
        (team.units["north"],),
    )
    team.team.change_role(key, "lead", unit_ids=[team.units["south"]])
    assert team.team.members()[0].unit_ids == (team.units["south"],)
    with pytest.raises(DomainError) as e:
        team.team.add(lead, "viewer")
    assert e.value.code == "team_login_taken"
    with pytest.raises(DomainError) as e:
        team.team.add("nobody_here_at_all", "viewer")
    assert e.value.code == "team_login_unknown"
    with pytest.raises(ValidationError) as e:
        team.team.add(lead, "boss")
    assert e.value.code == "team_role_unknown" and "boss" in message(e.value)
    with pytest.raises(DomainError) as e:
        team.team.remove(key + 100)
    assert e.value.code == "team_member_missing"
    assert [m.login for m in team.team.members()] == [lead]


def test_an_organiser_may_not_change_the_team(team):
    organiser = team.login("organiser")
    team.team.add(organiser, "organiser")
    other = team.login("viewer")
    as_organiser = Database(team.url_of(organiser))
    try:
        with pytest.raises(DomainError) as e:
            TeamService(as_organiser).add(other, "organiser")
        assert e.value.code == "team_not_allowed"
    finally:
        as_organiser.close()
    assert [m.login for m in team.team.members()] == [organiser]


def test_install_is_idempotent_and_the_owner_still_sees_everything(team):
    with team.db.engine.connect() as conn, conn.begin():
        assert not policies.installed(conn)  # a copy (CREATE DATABASE … TEMPLATE): the template's roles
        assert policies.install(conn) and policies.installed(conn)
        assert policies.install(conn)  # again: nothing refused, nothing doubled
        policies_per_table = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_policies WHERE tablename = 'member_identity'").scalar()  # fmt: skip
        assert policies_per_table == 1
        lead_policies = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_policies WHERE tablename = 'member'").scalar()  # fmt: skip
        assert lead_policies == len(policies.LEAD_POLICIES)  # one per command, none doubled
        assert policies.current(conn)
        conn.exec_driver_sql("DROP POLICY beehive_team_changes ON event")  # as an older Beehive left it
        assert not policies.current(conn)
        assert policies.install(conn) and policies.current(conn)
    with psycopg.connect(team.url) as con:  # pg_store's own connections are psycopg ones
        assert policies.current(con)
    phones = [r[0] for r in team.db.query("SELECT value FROM member_identity ORDER BY value")]
    assert phones == sorted(team.phones.values())


def test_the_first_migration_installs_the_roles_and_row_level_security(pg_databases):
    url = pg_databases.empty()
    db = Database(url)  # runs the migrations (pg_store.upgrade), then policies.install
    try:
        with db.engine.connect() as conn:
            assert policies.installed(conn)
            secured = conn.exec_driver_sql(
                "SELECT relname FROM pg_class WHERE relrowsecurity ORDER BY relname").scalars().all()  # fmt: skip
        assert secured == sorted([*policies.PRIVATE_TABLES, *policies.LEAD_TABLES])
    finally:
        db.close()
        pg_databases.drop(url)
