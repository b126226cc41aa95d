"""The members view's type-to-filter on a team server (issue 15): a pg_trgm GIN index on member.search_text,
so `search_text LIKE '%wang%'` (names, pinyin, initials, contacts, tags) is an index scan at 1,000,000
members instead of reading every row. pg_trgm ships with PostgreSQL and is a trusted extension (a
database owner may create it); where it cannot be created the filter still works, only slower."""

from __future__ import annotations

INDEX = "ix_member_search_trgm"  # not in the models: PostgreSQL's own (tests/models compare without it)


def install(connection) -> None:
    connection.exec_driver_sql("SAVEPOINT pg_search")
    try:
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        connection.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON member USING gin (search_text gin_trgm_ops)"
        )
    except Exception as e:  # no right to create the extension: the filter scans instead
        import logging

        connection.exec_driver_sql("ROLLBACK TO SAVEPOINT pg_search")
        logging.getLogger(__name__).warning("no trigram index for the filter: %s", type(e).__name__)
    else:
        connection.exec_driver_sql("RELEASE SAVEPOINT pg_search")
