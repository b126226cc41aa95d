"""Community ▸ Team…: who of the server's logins may do what in a team workspace (issue 15).

Each change is one write (`db.write`, one undo step) of the `team_member` rows, and in the same
transaction the GRANT or REVOKE of the database's group role to the login (policies.py): PostgreSQL
grants are transactional, so both happen or neither. Only the workspace's owner (the tables' owner)
may change the team: the group roles hold no write right on team_member. A workspace file has no
team and refuses (team_needs_server).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from desktop.services.core.pg_policies import GROUPS, group_role, ident, install, installed
from models.errors import DomainError, ValidationError
from models.team_schema import TEAM_ROLES


@dataclass(frozen=True)
class TeamMemberRow:
    id: int
    login: str
    name: str
    role: str
    unit_ids: tuple[int, ...]


class TeamService:
    def __init__(self, db) -> None:
        self.db = db

    def _refuse_on_file(self) -> None:
        if not self.db.is_server:
            raise DomainError("team_needs_server", "workspace", self.db.location)

    def members(self) -> list[TeamMemberRow]:
        """Every team member, by login, with the units a lead leads."""
        if not self.db.is_server:
            return []
        units: dict[int, list[int]] = {}
        for member_id, unit_id in self.db.query(
            "SELECT team_member_id, unit_id FROM team_member_unit ORDER BY unit_id"
        ):
            units.setdefault(member_id, []).append(unit_id)
        rows = self.db.query("SELECT id, login, name, role FROM team_member ORDER BY login")
        return [TeamMemberRow(i, login, name, role, tuple(units.get(i, ()))) for i, login, name, role in rows]

    def add(self, login: str, role: str, name: str = "", unit_ids: Sequence[int] = ()) -> int:
        """A server login made a team member with `role` (and, for a lead, the units they lead)."""
        self._refuse_on_file()
        login = login.strip()
        _check_role(role)
        with self._writing("Add a team member") as uow:
            conn = uow.conn
            if (
                conn.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = {_literal(login)}").first()
                is None
            ):
                raise DomainError("team_login_unknown", "login", login)
            taken = conn.exec_driver_sql(f"SELECT 1 FROM team_member WHERE login = {_literal(login)}").first()
            if taken is not None:
                raise DomainError("team_login_taken", "login", login)
            key = uow.insert_one("team_member", login=login, name=name.strip(), role=role)
            for unit_id in unit_ids if role == "lead" else ():
                uow.insert_one("team_member_unit", team_member_id=key, unit_id=unit_id)
            _grant(conn, login, role)
        return key

    def change_role(self, member_id: int, role: str, unit_ids: Sequence[int] | None = None) -> None:
        """A new role (and, for a lead, units: None keeps them); the login's group role follows."""
        self._refuse_on_file()
        _check_role(role)
        with self._writing("Change a team member's role") as uow:
            login, _old = self._row(uow.conn, member_id)
            uow.update("team_member", {member_id: {"role": role}})
            if role != "lead" or unit_ids is not None:
                self._set_units(uow, member_id, unit_ids if role == "lead" else ())
            _revoke(uow.conn, login)
            _grant(uow.conn, login, role)

    def remove(self, member_id: int) -> None:
        """Off the team: the row goes and the login keeps no group role of this workspace."""
        self._refuse_on_file()
        with self._writing("Remove a team member") as uow:
            login, _role = self._row(uow.conn, member_id)
            self._set_units(uow, member_id, ())
            uow.delete("team_member", [member_id])
            _revoke(uow.conn, login)

    # --- helpers -------------------------------------------------------------------------------------
    def _writing(self, label: str):
        return _writing(self.db, label)

    @staticmethod
    def _row(conn, member_id: int) -> tuple[str, str]:
        row = conn.exec_driver_sql(f"SELECT login, role FROM team_member WHERE id = {int(member_id)}").first()
        if row is None:
            raise DomainError("team_member_missing", "team_member", str(member_id))
        return row[0], row[1]

    @staticmethod
    def _set_units(uow, member_id: int, unit_ids: Sequence[int]) -> None:
        have = dict(uow.conn.exec_driver_sql(
            f"SELECT unit_id, id FROM team_member_unit WHERE team_member_id = {int(member_id)}").all())  # fmt: skip
        gone = [key for unit_id, key in have.items() if unit_id not in set(unit_ids)]
        if gone:
            uow.delete("team_member_unit", gone)
        for unit_id in unit_ids:
            if unit_id not in have:
                uow.insert_one("team_member_unit", team_member_id=member_id, unit_id=unit_id)


@contextmanager
def _writing(db, label: str) -> Iterator:
    """db.write(label) with the server's "permission denied" (a login that is not the owner) turned
    into team_not_allowed; the group roles made first if this database has none yet (a copy of one)."""
    try:
        with db.write(label) as uow:
            if not installed(uow.conn):
                install(uow.conn)
            yield uow
    except Exception as e:
        refusal = _refusal(e, db)
        if refusal is e:
            raise
        raise refusal from None


def _refusal(error: BaseException, db) -> BaseException:
    orig = getattr(error, "orig", error)
    refused = getattr(orig, "sqlstate", None) == "42501" or getattr(error, "code", "") == "team_role_refused"
    if refused:  # insufficient_privilege (db.write names it team_role_refused): here, the team's own rule
        return DomainError("team_not_allowed", "workspace", db.location)
    return error


def _check_role(role: str) -> None:
    if role not in TEAM_ROLES:
        raise ValidationError("team_role_unknown", "role", role)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _database(conn) -> str:
    return conn.exec_driver_sql("SELECT current_database()").scalar()


def _table_owner(conn) -> str:
    return conn.exec_driver_sql(
        "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'member'"
    ).scalar()


def _grant(conn, login: str, role: str) -> None:
    """The login joins its role's group; an owner joins the tables' owner role (migrations, everything)
    and may grant the groups to others (WITH ADMIN OPTION on each)."""
    database = _database(conn)
    if role != "owner":
        conn.exec_driver_sql(f"GRANT {ident(group_role(database, role))} TO {ident(login)}")
        return
    for group in GROUPS:
        conn.exec_driver_sql(
            f"GRANT {ident(group_role(database, group))} TO {ident(login)} WITH ADMIN OPTION"
        )
    owner = _table_owner(conn)
    if owner != login:
        conn.exec_driver_sql(f"GRANT {ident(owner)} TO {ident(login)}")


def _revoke(conn, login: str) -> None:
    database = _database(conn)
    for group in GROUPS:
        conn.exec_driver_sql(f"REVOKE {ident(group_role(database, group))} FROM {ident(login)}")
    owner = _table_owner(conn)
    if owner != login:
        conn.exec_driver_sql(f"REVOKE {ident(owner)} FROM {ident(login)}")
