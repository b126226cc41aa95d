"""models.phones.national: the national format at home, the international one for other countries."""

from __future__ import annotations

import pytest

from models.phones import national


@pytest.mark.parametrize(
    ("stored", "home", "shown"),
    [
        ("+8615043483954", "CN", "150 4348 3954"),
        ("+8615043483954", "US", "+86 150 4348 3954"),
        ("+8614000000001", "CN", "140 0000 0001"),  # a range phonenumbers may not list yet
        ("+861065529988", "CN", "010 6552 9988"),  # a Beijing landline with its trunk 0
        ("+14155550132", "US", "(415) 555-0132"),
        ("+14165550100", "US", "(416) 555-0100"),  # Canada shares +1: national in a US community too
        ("+14155550132", "CN", "+1 415-555-0132"),
        ("+442079460958", "GB", "020 7946 0958"),
        ("+85291234567", "CN", "+852 9123 4567"),
        ("13800138000", "CN", "13800138000"),  # not E.164: as stored
        ("+999", "CN", "+999"),
        ("", "CN", ""),
    ],
)
def test_national(stored, home, shown):
    assert national(stored, home) == shown
