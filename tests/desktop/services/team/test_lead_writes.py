"""A sub-group lead works on their units' members and events only (issue 15), enforced by PostgreSQL:
through psql a lead changes their own unit's member, event and unit; another unit's rows are out of
reach (0 rows changed); adding a new member stays allowed; an organiser changes anyone."""

from __future__ import annotations

import pytest

from desktop.messages import message
from desktop.services.core.database import Database
from desktop.services.members.writes import MemberWrites
from models.errors import DomainError
from models.member_draft import MemberDraft
from tests.desktop.services.team.test_permissions import PHONES, run_psql


@pytest.fixture
def led(team):
    """The team with an event in each unit, and a lead of north logged in."""
    events = {}
    with team.db.write("events") as uow:
        cid = team.db.query("SELECT id FROM community")[0][0]
        for unit, key in team.units.items():
            events[unit] = uow.insert_one("event", community_id=cid, title=f"{unit} 读书会", unit_id=key,
                                          start_utc="2026-12-06T02:00:00Z", end_utc="2026-12-06T04:00:00Z")  # fmt: skip
    lead = team.login("lead")
    team.team.add(lead, "lead", "王五", unit_ids=[team.units["north"]])
    members = {u: team.db.query(f"SELECT member_id FROM unit_member WHERE unit_id = {k}")[0][0]
               for u, k in team.units.items()}  # fmt: skip
    return team, lead, members, events


def psql_ok(team, login: str, sql: str) -> str:
    done = run_psql(team.url, login, sql)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def name_of(team, member_id: int) -> str:
    return team.db.query(f"SELECT name FROM member WHERE id = {member_id}")[0][0]


def test_a_lead_changes_only_their_units_members(led):
    team, lead, members, _events = led
    assert psql_ok(team, lead, f"UPDATE member SET city = '北京' WHERE id = {members['north']}") == "UPDATE 1"
    assert psql_ok(team, lead, f"UPDATE member SET name = 'x' WHERE id = {members['south']}") == "UPDATE 0"
    # every row asked for: only north's is changed
    assert psql_ok(team, lead, "UPDATE member SET notes = 'mine'") == "UPDATE 1"
    assert name_of(team, members["south"]) == "李四"
    assert psql_ok(team, lead, f"DELETE FROM member WHERE id = {members['south']}") == "DELETE 0"
    # every member stays visible (only their private rows are hidden)
    assert psql_ok(team, lead, "SELECT count(*) FROM member") == "2"


def test_a_lead_may_add_a_new_member(led):
    team, lead, members, _events = led
    new_row = "jsonb_build_object('id', nextval(pg_get_serial_sequence('member', 'id')), 'uuid', 'walk-in-1', 'name', '赵六')"
    out = psql_ok(team, lead, "INSERT INTO member SELECT (jsonb_populate_record(NULL::member,"
                              f" to_jsonb(m) || {new_row})).* FROM member m WHERE id = {members['south']}")  # fmt: skip
    assert out == "INSERT 0 1"
    assert team.db.query("SELECT name FROM member WHERE uuid = 'walk-in-1'") == [("赵六",)]
    as_lead = Database(team.url_of(lead))  # and through Beehive's own write path
    try:
        cid = team.db.query("SELECT id FROM community")[0][0]
        key = MemberWrites(as_lead).create(cid, MemberDraft(name="钱七"))
    finally:
        as_lead.close()
    assert name_of(team, key) == "钱七"


def test_a_lead_changes_only_their_units_events_and_units(led):
    team, lead, _members, events = led
    north, south = events["north"], events["south"]
    assert psql_ok(team, lead, f"UPDATE event SET venue = '图书馆' WHERE id = {north}") == "UPDATE 1"
    assert psql_ok(team, lead, f"UPDATE event SET venue = 'x' WHERE id = {south}") == "UPDATE 0"
    assert psql_ok(team, lead, f"DELETE FROM event WHERE id = {south}") == "DELETE 0"
    assert team.db.query(f"SELECT venue FROM event WHERE id = {south}") == [("",)]
    # nor may they take the other unit's event over, or hand theirs to the other unit
    assert (
        psql_ok(team, lead, f"UPDATE event SET unit_id = {team.units['north']} WHERE id = {south}")
        == "UPDATE 0"
    )
    handed = run_psql(team.url, lead, f"UPDATE event SET unit_id = {team.units['south']} WHERE id = {north}")
    assert handed.returncode != 0 and "row-level security" in handed.stderr
    assert psql_ok(team, lead, "SELECT count(*) FROM event") == "2"
    assert psql_ok(team, lead, f"UPDATE unit SET notes = 'n' WHERE id = {team.units['north']}") == "UPDATE 1"
    assert psql_ok(team, lead, f"UPDATE unit SET notes = 's' WHERE id = {team.units['south']}") == "UPDATE 0"


def test_an_organiser_changes_anyone(led):
    team, _lead, members, events = led
    organiser = team.login("organiser")
    team.team.add(organiser, "organiser", "秘书")
    assert psql_ok(team, organiser, "UPDATE member SET city = '上海'") == "UPDATE 2"
    assert (
        psql_ok(team, organiser, f"UPDATE event SET venue = 'y' WHERE id = {events['south']}") == "UPDATE 1"
    )
    assert psql_ok(team, organiser, "UPDATE unit SET notes = 'o'") == "UPDATE 2"
    assert psql_ok(team, organiser, f"DELETE FROM event WHERE id = {events['south']}") == "DELETE 1"
    assert name_of(team, members["south"]) == "李四"


def test_beehive_writes_a_leads_own_member_and_does_not_change_anothers(led):
    team, lead, members, _events = led
    as_lead = Database(team.url_of(lead))
    try:
        writes = MemberWrites(as_lead)
        writes.update(
            members["north"], MemberDraft(name="张三丰", identities=(("phone", team.phones["north"]),))
        )
        assert name_of(team, members["north"]) == "张三丰"
        # another unit's member: the server changes nothing (today the step is not refused: see the report)
        try:
            writes.update(members["south"], MemberDraft(name="李四改"))
        except Exception:  # noqa: BLE001  a refusal is fine too; what matters is the row
            pass
        assert name_of(team, members["south"]) == "李四"
    finally:
        as_lead.close()


def test_beehive_refuses_a_leads_write_to_another_units_rows_with_a_clear_message(led):
    team, lead, members, events = led
    as_lead = Database(team.url_of(lead))
    try:
        with pytest.raises(DomainError) as e:
            MemberWrites(as_lead).update(members["south"], MemberDraft(name="李四改"))
        assert e.value.code == "team_row_not_yours" and "only your units'" in message(e.value)
        with pytest.raises(DomainError), as_lead.write("Delete an event") as uow:
            uow.delete("event", [events["south"]])
    finally:
        as_lead.close()
    assert name_of(team, members["south"]) == "李四"
    assert team.db.query(f"SELECT count(*) FROM event WHERE id = {events['south']}") == [(1,)]


def test_a_lead_attaches_only_their_own_or_unattached_people_to_their_units(led):
    team, lead, members, _events = led
    north, south = team.units["north"], team.units["south"]
    # another unit's member put into theirs would show the lead that member's phone: refused
    taken = run_psql(team.url, lead, "INSERT INTO unit_member (id, uuid, unit_id, member_id, is_primary) VALUES"
                     f" (nextval(pg_get_serial_sequence('unit_member', 'id')), 'um-x', {north}, {members['south']}, false)")  # fmt: skip
    assert taken.returncode != 0 and "row-level security" in taken.stderr
    moved = run_psql(
        team.url, lead, f"UPDATE unit_member SET member_id = {members['south']} WHERE unit_id = {north}"
    )
    assert moved.returncode != 0 and "row-level security" in moved.stderr
    assert psql_ok(team, lead, f"DELETE FROM unit_member WHERE unit_id = {south}") == "DELETE 0"
    assert [r[0] for r in team.read_as(lead, PHONES)] == [team.phones["north"]]
    # someone in no unit yet (a walk-in) may join their unit
    cid = team.db.query("SELECT id FROM community")[0][0]
    with team.db.write("a walk-in") as uow:
        walk_in = uow.insert_one("member", community_id=cid, name="孙八", sort_key="9")
    out = psql_ok(team, lead, "INSERT INTO unit_member (id, uuid, unit_id, member_id, is_primary) VALUES"
                              f" (nextval(pg_get_serial_sequence('unit_member', 'id')), 'um-w', {north}, {walk_in}, true)")  # fmt: skip
    assert out == "INSERT 0 1"


def test_a_write_the_server_refuses_outright_is_a_clear_message_not_a_traceback(led):
    """A viewer has no right to write at all; a lead may not add phones for people outside their units:
    PostgreSQL refuses (permission denied, or a row-level security check), Beehive says so."""
    team, lead, members, _events = led
    viewer = team.login("viewer")
    team.team.add(viewer, "viewer", "赵六")
    for login, write in ((viewer, lambda w: w.update(members["north"], MemberDraft(name="改名"))),
                         (lead, lambda w: w.create(team.db.query("SELECT id FROM community")[0][0],
                                                   MemberDraft(name="路人", identities=(("phone", "13700001111"),))))):  # fmt: skip
        db = Database(team.url_of(login))
        try:
            with pytest.raises(DomainError) as e:
                write(MemberWrites(db))
            assert e.value.code == "team_role_refused" and "does not allow this change" in message(e.value)
        finally:
            db.close()
    assert name_of(team, members["north"]) != "改名"
    assert team.db.query("SELECT count(*) FROM member WHERE name = '路人'") == [(0,)]
