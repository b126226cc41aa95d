"""Health numbers formatted for people: density as a percent with one decimal (2.0%, not 0.019737),
shares as percents, other fractions to three figures, large counts with the locale's grouping, in the
dashboard's tables and lists as well as its buttons (issue 14, part 5)."""

from __future__ import annotations

import pytest

from desktop.services.health.report_types import UnitRow
from ui.health.fill import shown, unit_cells
from ui.health.numbers import count, figure, percent


@pytest.mark.parametrize(("key", "value", "text"), [
    ("density", 0.019737, "2.0%"), ("retention", 0.5, "50%"), ("top_share", 0.71, "71%"),
    ("members", 60, "60"), ("members", 123456, "123,456"), ("published_per_month", 1.3333333, "1.33"),
    ("drifting", None, "—"), ("absence_factor", 3, "3"), ("events_per_month", 2.0, "2"),
])  # fmt: skip
def test_numbers_are_shown_as_people_read_them(key, value, text):
    assert shown(key, value) == text


def test_figures_and_counts():
    assert count(1_000_000) == "1,000,000"
    assert figure(0.019737) == "0.0197" and figure(12345.6) == "12,346"
    assert percent(0.019737, 1) == "2.0%" and percent(1.0) == "100%"


def test_the_units_table_groups_large_counts():
    row = UnitRow(name="总群", size=12000, cap=15000, over_cap=False, absence_factor=2)
    assert unit_cells(row) == ("总群", "12,000", "15,000", "", "2")


def test_chinese_uses_its_own_locale(qapp):
    from desktop import i18n

    i18n.install(qapp, "zh_CN")
    try:
        assert count(123456) == "123,456" and shown("density", 0.019737) == "2.0%"
    finally:
        i18n.install(qapp, "en")
