"""Numbers as people read them, in the interface language's locale: counts with digit grouping
(12,345), shares as percents (2.0%, not 0.019737), other fractions to three significant figures."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def _locale() -> QLocale:
    from desktop.i18n import current_language

    return QLocale(current_language())


def count(n: int) -> str:
    """A whole number with the locale's grouping: 100,000."""
    return _locale().toString(int(n))


def percent(share: float, decimals: int = 0) -> str:
    """A share (0…1) as a percent: 0.019737 → 2.0% with one decimal, 0.5 → 50%."""
    return f"{_locale().toString(float(share) * 100, 'f', decimals)}%"


def figure(value: float) -> str:
    """A fraction to three significant figures (1.33, 0.0197), a whole number grouped."""
    if abs(value) >= 1000:  # 12,346 rather than 1.23e+04
        return count(round(value))
    return _locale().toString(float(value), "g", 3)


def number(value: float | int) -> str:
    """Any figure of a chart or table: ints grouped, floats to three significant figures."""
    return count(value) if isinstance(value, int) or float(value).is_integer() else figure(value)
