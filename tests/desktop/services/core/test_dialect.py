"""The portable SQL helpers give the dates and counts the charts rely on, and no SQLite-only date or
string function is written anywhere else in the services."""

import re
import sqlite3
from pathlib import Path

import pytest

from desktop.services.core.dialect import SQLITE, any_of, count_if

SERVICES = Path(__file__).resolve().parents[4] / "desktop" / "services"
ALLOWED = {"core/dialect.py", "core/storage.py"}  # the engine's own spellings live here only
SQLITE_ONLY = re.compile(r"\b(strftime|julianday|datetime|group_concat|ifnull|printf)\s*\(|\bdate\s*\(\s*'")


def one(sql: str, **params):
    with sqlite3.connect(":memory:") as conn:
        return conn.execute(f"SELECT {sql}", params).fetchone()[0]


@pytest.mark.parametrize(
    ("day", "monday"),
    [("2026-12-03", "2026-11-30"), ("2026-11-30", "2026-11-30"), ("2026-12-06", "2026-11-30"),
     ("2027-01-01", "2026-12-28"), ("2024-03-01T19:30:00+00:00", "2024-02-26")],
)  # fmt: skip
def test_week_start_is_the_monday(day, monday):
    assert one(SQLITE.week_start(":d"), d=day) == monday


def test_day_month_and_days_between():
    assert one(SQLITE.day(":d"), d="2026-12-03T19:30:00Z") == "2026-12-03"
    assert one(SQLITE.month_start(":d"), d="2026-12-03") == "2026-12-01"
    assert one(SQLITE.year_month(":d"), d="2026-12-03") == "2026-12"
    assert one(SQLITE.days_between(":a", ":b"), a="2026-03-01", b="2026-02-01") == 28
    assert one(SQLITE.days_between(":a", ":b"), a="2026-12-03", b="2026-12-03") == 0


def test_boolean_aggregates_are_numbers():
    with sqlite3.connect(":memory:") as conn:
        conn.execute("CREATE TABLE t (kind TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", [("a",), ("b",), ("a",)])
        a, c = count_if("kind = 'a'"), any_of("kind = 'c'")
        sql = f"SELECT {a}, {c} FROM t"
        assert conn.execute(sql).fetchone() == (2, 0)


def test_no_sqlite_only_sql_outside_the_dialect_module():
    offenders = [str(p.relative_to(SERVICES)) for p in SERVICES.rglob("*.py")
                 if str(p.relative_to(SERVICES)) not in ALLOWED and SQLITE_ONLY.search(p.read_text(encoding="utf-8"))]  # fmt: skip
    assert offenders == []
    assert SQLITE_ONLY.search("x = \"SELECT strftime('%Y', d)\"")  # the check itself can fail


def test_postgresql_spellings_give_the_same_answers(pg_url):
    """On the run's throwaway server (tests/pg_server.py), or BEEHIVE_TEST_PG's."""
    import psycopg

    from desktop.services.core.dialect import POSTGRESQL

    def pg(sql: str) -> str:
        with psycopg.connect(pg_url, autocommit=True) as con:
            return str(con.execute(f"SELECT {sql}").fetchone()[0])

    for day in ("2026-12-03", "2027-01-01", "2024-03-01T19:30:00+00:00"):
        assert pg(POSTGRESQL.week_start(f"'{day}'")) == one(SQLITE.week_start(":d"), d=day)
    assert pg(POSTGRESQL.days_between("'2026-03-01'", "'2026-02-01'")) == "28"
    assert pg(POSTGRESQL.month_start("'2026-12-03'")) == "2026-12-01"
