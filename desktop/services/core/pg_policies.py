"""Permissions a PostgreSQL server enforces for a team workspace (issue 15), not only the window.

`install(connection)` runs after the migrations (pg_store.upgrade) and again whenever asked; it is
idempotent. Per database it makes three NOLOGIN group roles, `beehive_<db>_organiser`, `_lead` and
`_viewer`, which carry the table privileges (a login is granted one of them: TeamService):

- viewer: SELECT on every table; organiser and lead: SELECT, INSERT, UPDATE, DELETE and the sequences.
- No group may write `team_member` / `team_member_unit`: who may do what is the owner's to change.

Which private rows (a member's contacts, custom field values, consents) a login sees is row-level
security on those tables, decided by the login's row in `team_member` (so a database copied with
CREATE DATABASE … TEMPLATE keeps working): an owner or organiser sees every row; a lead the rows of
members of the units they lead (`team_member_unit`, through `unit_member`); a viewer, or a login
without a row, none. The database owner (who migrates) owns the tables and so bypasses row-level
security (no FORCE): migrations, copies and the owner's own work see everything.

A lead works on their units' members and events only (LEAD_TABLES): every team role reads every
`member`, `event`, `unit` and `unit_member` row and may add new members, events and units (a lead
adds people at their events), but a lead's UPDATE or DELETE reaches only the members of the units
they lead, the events whose unit_id is one of those units, those units themselves and their
`unit_member` rows; other rows are filtered out (0 rows changed, no error). A lead may put into
their units only their own members or people in no unit yet, never another unit's member (whose
private rows that would show them). Owners and organisers change any row; viewers write nothing.
"""

from __future__ import annotations

import hashlib

GROUPS = ("organiser", "lead", "viewer")
PRIVATE_TABLES = ("member_identity", "member_field_value", "member_consent")  # each has member_id
TEAM_TABLES = ("team_member", "team_member_unit")
POLICY = "beehive_team_sees"

IS_ORGANISER = (
    "EXISTS (SELECT 1 FROM team_member t WHERE t.login = current_user AND t.role IN ('owner', 'organiser'))"
)
LEADS_UNIT = """{column} IN (
    SELECT tu.unit_id FROM team_member_unit tu JOIN team_member t ON t.id = tu.team_member_id
    WHERE t.login = current_user AND t.role = 'lead')"""
LEADS_MEMBER = """{column} IN (
    SELECT um.member_id FROM unit_member um
    JOIN team_member_unit tu ON tu.unit_id = um.unit_id
    JOIN team_member t ON t.id = tu.team_member_id
    WHERE t.login = current_user AND t.role = 'lead')"""
# A lead may attach to a unit they lead only their own members or people in no unit yet (a walk-in),
# never another unit's member (whose private rows that would show them).
ATTACHES = f"""{LEADS_UNIT.format(column="unit_id")} AND ({LEADS_MEMBER.format(column="member_id")}
  OR NOT EXISTS (SELECT 1 FROM unit_member x WHERE x.member_id = unit_member.member_id AND x.id <> unit_member.id))"""
# table: (which of its rows a lead may UPDATE or DELETE, which new rows they may write); reading stays open
LEAD_TABLES = {
    "member": (LEADS_MEMBER.format(column="id"), "true"),
    "event": (LEADS_UNIT.format(column="unit_id"), "true"),
    "unit": (LEADS_UNIT.format(column="id"), "true"),
    "unit_member": (LEADS_UNIT.format(column="unit_id"), ATTACHES),
}
LEAD_POLICIES = {  # policy name: (command, clause)
    "beehive_team_reads": ("SELECT", "USING (true)"),
    "beehive_team_adds": ("INSERT", "WITH CHECK ({adds})"),
    "beehive_team_changes": ("UPDATE", "USING ({may}) WITH CHECK ({may} AND {adds})"),
    "beehive_team_removes": ("DELETE", "USING ({may})"),
}

SEES_MEMBER = """(
  EXISTS (SELECT 1 FROM team_member t WHERE t.login = current_user AND t.role IN ('owner', 'organiser'))
  OR member_id IN (
    SELECT um.member_id FROM unit_member um
    JOIN team_member_unit tu ON tu.unit_id = um.unit_id
    JOIN team_member t ON t.id = tu.team_member_id
    WHERE t.login = current_user AND t.role = 'lead'))"""


def ident(name: str) -> str:
    """`name` as a quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def group_role(database: str, group: str) -> str:
    """The group role of `group` for `database` (a long database name: a digest of it, 63 bytes max)."""
    name = f"beehive_{database}_{group}"
    if len(name.encode()) <= 63:
        return name
    return f"beehive_{hashlib.sha1(database.encode()).hexdigest()[:16]}_{group}"


def _run(connection, sql: str) -> None:
    """Plain SQL on a SQLAlchemy connection or a psycopg one (no parameters: no placeholders parsed)."""
    run = getattr(connection, "exec_driver_sql", None)
    (run or connection.execute)(sql)


def _one(connection, sql: str):
    run = getattr(connection, "exec_driver_sql", None)
    return (run or connection.execute)(sql).fetchone()


def _all(connection, sql: str) -> list:
    run = getattr(connection, "exec_driver_sql", None)
    return (run or connection.execute)(sql).fetchall()


def can_install(connection) -> bool:
    """The group roles exist already, or the migrating login may create them."""
    row = _one(connection, "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    return bool(row and row[0]) or installed(connection)


def installed(connection) -> bool:
    """This database's group roles exist (a database copied from another one has the other's)."""
    database = _one(connection, "SELECT current_database()")[0]
    names = ", ".join(literal(group_role(database, g)) for g in GROUPS)
    return _one(connection, f"SELECT count(*) FROM pg_roles WHERE rolname IN ({names})")[0] == len(GROUPS)


def current(connection) -> bool:
    """This database has every policy this version installs (a server migrated by an older Beehive
    has the roles but not the lead's policies on member, event and unit: install again)."""
    wanted = {(t, POLICY) for t in PRIVATE_TABLES} | {(t, p) for t in LEAD_TABLES for p in LEAD_POLICIES}
    tables = ", ".join(literal(t) for t in {t for t, _p in wanted})
    have = _all(connection, f"SELECT tablename, policyname FROM pg_policies"
                            f" WHERE schemaname = current_schema() AND tablename IN ({tables})")  # fmt: skip
    return installed(connection) and wanted <= {tuple(r) for r in have}


def install(connection) -> bool:
    """Group roles, grants and row-level security for this database; False (nothing done) when the
    login may not create roles and they do not exist yet (the next owner's upgrade makes them)."""
    if not can_install(connection):
        return False
    database, schema = _one(connection, "SELECT current_database(), current_schema()")
    roles = {g: group_role(database, g) for g in GROUPS}
    for role in roles.values():
        _run(
            connection,
            f"""DO $beehive$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {literal(role)}) THEN
    CREATE ROLE {ident(role)} NOLOGIN;
  END IF;
END $beehive$""",
        )
    everyone = ", ".join(ident(r) for r in roles.values())
    writers = ", ".join(ident(roles[g]) for g in ("organiser", "lead"))
    on_schema = ident(schema)
    _run(connection, f"GRANT CONNECT ON DATABASE {ident(database)} TO {everyone}")
    _run(connection, f"GRANT USAGE ON SCHEMA {on_schema} TO {everyone}")
    _run(connection, f"GRANT SELECT ON ALL TABLES IN SCHEMA {on_schema} TO {everyone}")
    _run(connection, f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {on_schema} TO {writers}")
    _run(connection, f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {on_schema} TO {writers}")
    for table in (*TEAM_TABLES, "alembic_version"):
        _run(connection, f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {ident(table)} FROM {everyone}")
    _max_id_function(connection, schema, everyone)
    for table in PRIVATE_TABLES:
        _run(connection, f"ALTER TABLE {ident(table)} ENABLE ROW LEVEL SECURITY")
        _run(connection, f"DROP POLICY IF EXISTS {POLICY} ON {ident(table)}")
        _run(connection, f"CREATE POLICY {POLICY} ON {ident(table)} FOR ALL TO PUBLIC"
                         f" USING {SEES_MEMBER} WITH CHECK {SEES_MEMBER}")  # fmt: skip
    _lead_policies(connection)
    return True


def _lead_policies(connection) -> None:
    """Row-level security on member, event and unit: every case (SELECT, INSERT, UPDATE, DELETE) has a
    policy, since with row-level security on a command without one reaches no row at all."""
    for table, (leads, attaches) in LEAD_TABLES.items():
        may, adds = f"({IS_ORGANISER} OR {leads})", f"({IS_ORGANISER} OR {attaches})"
        _run(connection, f"ALTER TABLE {ident(table)} ENABLE ROW LEVEL SECURITY")
        for name, (command, clause) in LEAD_POLICIES.items():
            _run(connection, f"DROP POLICY IF EXISTS {name} ON {ident(table)}")
            _run(connection, f"CREATE POLICY {name} ON {ident(table)} FOR {command} TO PUBLIC"
                             f" {clause.format(may=may, adds=adds)}")  # fmt: skip


def _max_id_function(connection, schema: str, everyone: str) -> None:
    """beehive_max_id(table): the largest id of a table counting rows hidden from the caller, for a new
    row's key (UnitOfWork.new_ids reads max(id), which under row-level security is only the rows a lead
    sees: a hidden row's key would be taken again). Runs as the tables' owner; says nothing but a number."""
    _run(
        connection,
        f"""CREATE OR REPLACE FUNCTION {ident(schema)}.beehive_max_id(table_name text) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {ident(schema)} AS $beehive$
DECLARE result bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = {literal(schema)} AND tablename = table_name) THEN
    RAISE EXCEPTION 'no such table';
  END IF;
  EXECUTE 'SELECT max(id) FROM ' || quote_ident(table_name) INTO result;
  RETURN result;
END $beehive$""",
    )
    _run(connection, f"REVOKE ALL ON FUNCTION {ident(schema)}.beehive_max_id(text) FROM PUBLIC")
    _run(connection, f"GRANT EXECUTE ON FUNCTION {ident(schema)}.beehive_max_id(text) TO {everyone}")
