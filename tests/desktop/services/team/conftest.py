"""A team workspace with two units, each with a member and a phone, and server logins to try them with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from desktop.services.core.database import Database
from desktop.services.team.service import TeamService

PASSWORD = "door-4711"


@dataclass
class Team:
    url: str  # the owner's (the superuser who migrated)
    db: Database
    team: TeamService
    units: dict[str, int]  # "north", "south"
    phones: dict[str, str]  # unit name: its member's phone

    def login(self, role: str, name: str = "") -> str:
        """A new LOGIN role with a password (cluster-wide: a unique name), not yet on the team."""
        login = f"{role}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(self.url, autocommit=True) as con:
            con.execute(f"CREATE ROLE \"{login}\" LOGIN PASSWORD '{PASSWORD}'")
        self._logins.append(login)
        return login

    def url_of(self, login: str) -> str:
        parts = urlsplit(self.url)
        netloc = f"{login}:{PASSWORD}@{parts.netloc.split('@', 1)[1]}"
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))

    def read_as(self, login: str, sql: str) -> list[tuple]:
        with psycopg.connect(self.url_of(login), autocommit=True) as con:
            return con.execute(sql).fetchall()

    _logins: list


@pytest.fixture
def team(pg_database):
    db = Database(pg_database)
    units, phones = {}, {}
    with db.write("set up") as uow:
        cid = uow.insert_one("community", name="晨读会")
        for n, (unit, person, phone) in enumerate(
            [("north", "张三", "13800000001"), ("south", "李四", "13900000002")]
        ):
            uid = units[unit] = uow.insert_one("unit", community_id=cid, name=unit)
            mid = uow.insert_one("member", community_id=cid, name=person, sort_key=str(n))
            uow.insert_one("unit_member", unit_id=uid, member_id=mid, is_primary=True)
            uow.insert_one("member_identity", member_id=mid, kind="phone", value=phone)
            phones[unit] = phone
    made = Team(pg_database, db, TeamService(db), units, phones, [])
    yield made
    db.close()
    with psycopg.connect(pg_database, autocommit=True) as con:
        con.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = ANY(%s)", [made._logins]
        )
    # the database goes with pg_database; the logins are the cluster's, dropped once it is
