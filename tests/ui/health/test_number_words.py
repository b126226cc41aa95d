"""Health numbers formatted for people: density as a percent with one decimal (2.0%, not 0.019737),
shares as percents, other fractions to three figures (issue 14, part 5)."""

from __future__ import annotations

import pytest

from ui.health.fill import shown


@pytest.mark.parametrize(("key", "value", "text"), [
    ("density", 0.019737, "2.0%"), ("retention", 0.5, "50%"), ("top_share", 0.71, "71%"),
    ("members", 60, "60"), ("published_per_month", 1.3333333, "1.33"), ("drifting", None, "—"),
])  # fmt: skip
def test_numbers_are_shown_as_people_read_them(key, value, text):
    assert shown(key, value) == text
