import datetime as dt

import pytest

from models.dates import parse_date
from models.errors import ValidationError


@pytest.mark.parametrize(
    "raw", ["2024-03-05", "2024/3/5", "2024年3月5日", "2024.3.5", "20240305", "2024-03-05 10:30"]
)
def test_usual_spellings(raw):
    assert parse_date(raw) == "2024-03-05"


def test_slash_dates_are_month_first_unless_day_first():
    assert parse_date("05/03/2024") == "2024-05-03"
    assert parse_date("05/03/2024", day_first=True) == "2024-03-05"


def test_blank_and_date_objects():
    assert parse_date("  ") == ""
    assert parse_date(None) == ""
    assert parse_date(dt.datetime(2024, 3, 5, 9, 0)) == "2024-03-05"


@pytest.mark.parametrize("raw", ["2024-13-01", "2024-02-30", "next tuesday", "31/31/2024"])
def test_bad_dates_are_refused(raw):
    with pytest.raises(ValidationError) as e:
        parse_date(raw)
    assert e.value.code == "bad_date"
