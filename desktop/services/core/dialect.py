"""SQL expressions that differ between SQLite and PostgreSQL, in one place.

Dates are stored as ISO text ('2026-12-03', '2026-12-03T19:30:00+00:00'), so a day or a month is a prefix
(`substr` is the same in both); only date arithmetic needs each engine's own spelling. Boolean
aggregates are written as CASE so they hold on PostgreSQL, which cannot sum or max a boolean.
Services ask `db.dialect` for the engine-specific parts; the helpers below it are the same everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    name: str  # SQLAlchemy's dialect name: "sqlite" or "postgresql"

    def day(self, column: str) -> str:
        """'YYYY-MM-DD' of an ISO date or timestamp."""
        return f"substr({column}, 1, 10)"

    def month_start(self, column: str) -> str:
        """'YYYY-MM-01': the first day of the month."""
        return f"(substr({column}, 1, 7) || '-01')"

    def year_month(self, column: str) -> str:
        """'YYYY-MM'."""
        return f"substr({column}, 1, 7)"

    def week_start(self, column: str) -> str:
        """'YYYY-MM-DD' of the Monday of the ISO week."""
        if self.name == "postgresql":
            return f"to_char(date_trunc('week', CAST(substr({column}, 1, 10) AS date)), 'YYYY-MM-DD')"
        return f"date({column}, '-' || ((CAST(strftime('%w', {column}) AS INTEGER) + 6) % 7) || ' days')"

    def days_between(self, later: str, earlier: str) -> str:
        """Whole days from `earlier` to `later` (both ISO dates)."""
        if self.name == "postgresql":
            return f"(CAST(substr({later}, 1, 10) AS date) - CAST(substr({earlier}, 1, 10) AS date))"
        return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


SQLITE = Dialect("sqlite")
POSTGRESQL = Dialect("postgresql")


def count_if(condition: str) -> str:
    """How many rows meet the condition (SQLite sums booleans; PostgreSQL does not)."""
    return f"sum(CASE WHEN {condition} THEN 1 ELSE 0 END)"


def any_of(condition: str) -> str:
    """1 if any row meets the condition, else 0."""
    return f"max(CASE WHEN {condition} THEN 1 ELSE 0 END)"
