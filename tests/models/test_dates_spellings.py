"""Dates and date-times in the spellings the platforms write (issue 12), read into ISO or local wall time."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.dates import parse_date, parse_datetime
from models.errors import ValidationError
from models.event_times import parse_local

SPELLINGS = [
    # (as written, day_first, the date, the local time in Asia/Shanghai)
    ("2024/3/19 19:00", False, "2024-03-19", "2024-03-19 19:00"),  # 问卷星, Excel in Chinese
    ("2024/3/19 19:00:00", False, "2024-03-19", "2024-03-19 19:00"),
    ("2024年3月26日 19:00", False, "2024-03-26", "2024-03-26 19:00"),
    ("2024年3月26日", False, "2024-03-26", "2024-03-26"),
    ("2024年3月26日19点30分", False, "2024-03-26", "2024-03-26 19:30"),
    ("2024/3/19 下午7:00", False, "2024-03-19", "2024-03-19 19:00"),
    ("２０２４年３月２６日 １９：００", False, "2024-03-26", "2024-03-26 19:00"),  # full-width, as IMEs type
    ("2024.3.26", False, "2024-03-26", "2024-03-26"),
    ("3/28/2024 6:30 PM", False, "2024-03-28", "2024-03-28 18:30"),  # Google Forms, Eventbrite US
    ("3/28/2024 12:15 AM", False, "2024-03-28", "2024-03-28 00:15"),
    ("28/03/2024 10:00", True, "2024-03-28", "2024-03-28 10:00"),  # Eventbrite UK
    ("28/03/2024 10:00", False, "2024-03-28", "2024-03-28 10:00"),  # 28 cannot be a month
    ("05/03/2024 10:00", True, "2024-03-05", "2024-03-05 10:00"),
    ("05/03/2024 10:00", False, "2024-05-03", "2024-05-03 10:00"),  # as the US platforms write
    ("28.03.2024 18:30", False, "2024-03-28", "2024-03-28 18:30"),
    ("Mar 28, 2024 6:30 PM", False, "2024-03-28", "2024-03-28 18:30"),  # Meetup
    ("Thursday, March 28, 2024 6:30 PM", False, "2024-03-28", "2024-03-28 18:30"),
    ("March 28, 2024 at 6 PM", False, "2024-03-28", "2024-03-28 18:00"),
    ("March 28th, 2024 6:30pm", False, "2024-03-28", "2024-03-28 18:30"),
    ("28 March 2024", False, "2024-03-28", "2024-03-28"),
    ("28-Mar-2024", False, "2024-03-28", "2024-03-28"),
    ("Thu, 28 Mar 2024 10:30:00 +0000", False, "2024-03-28", "2024-03-28 18:30"),  # RFC 2822
    ("2024-03-28T10:30:00Z", False, "2024-03-28", "2024-03-28 18:30"),
    ("2024-03-28T10:30:00.000Z", False, "2024-03-28", "2024-03-28 18:30"),  # Luma, JavaScript
    ("2024-03-28T18:30:00+08:00", False, "2024-03-28", "2024-03-28 18:30"),
    ("2024-03-28 03:30:00-07:00", False, "2024-03-28", "2024-03-28 18:30"),  # Eventbrite order dates
    ("2024/3/28 18:30 GMT+8", False, "2024-03-28", "2024-03-28 18:30"),  # GMT+8 is UTC+8, not POSIX's
    ("2024-03-28 18:30:00", False, "2024-03-28", "2024-03-28 18:30"),
    ("2024-03-28 18:30", False, "2024-03-28", "2024-03-28 18:30"),
    ("2024-03-28", False, "2024-03-28", "2024-03-28"),
    ("20240328", False, "2024-03-28", "2024-03-28"),
    ("2024 Mar 28 6:30 PM", False, "2024-03-28", "2024-03-28 18:30"),  # only dateutil reads this one
]


@pytest.mark.parametrize("text,day_first,date,local", SPELLINGS)
def test_every_spelling_gives_its_date(text, day_first, date, local):
    assert parse_date(text, day_first, "joined") == date


@pytest.mark.parametrize("text,day_first,date,local", SPELLINGS)
def test_every_spelling_gives_its_local_time_in_the_zone(text, day_first, date, local):
    assert parse_datetime(text, day_first, "Asia/Shanghai") == local


@pytest.mark.parametrize("text,day_first,date,local", SPELLINGS)
def test_the_local_time_is_what_the_event_import_reads(text, day_first, date, local):
    assert parse_local(parse_datetime(text, day_first)).date().isoformat() == date


def test_a_date_time_gives_the_date_as_written_not_converted():
    assert parse_date("2024-03-28T23:30:00Z") == "2024-03-28"
    assert parse_datetime("2024-03-28T23:30:00Z", zone="Asia/Shanghai") == "2024-03-29 07:30"


@pytest.mark.parametrize(
    "text,zone,local",
    [
        ("2024-03-28T10:30:00Z", "Europe/London", "2024-03-28 10:30"),
        ("2024-04-02T10:30:00Z", "Europe/London", "2024-04-02 11:30"),  # BST began on 31 March
        ("2024-03-28T18:30:00+08:00", "America/New_York", "2024-03-28 06:30"),
        ("3/10/2024 7:30 AM UTC", "America/New_York", "2024-03-10 03:30"),  # just after the gap
        ("2024-03-28 18:30", "America/New_York", "2024-03-28 18:30"),  # naive: already local
    ],
)
def test_offsets_are_converted_into_the_zone(text, zone, local):
    assert parse_datetime(text, zone=zone) == local


@pytest.mark.parametrize(
    "text,day_first,zone",
    [
        ("2024-03-10 02:30", False, "America/New_York"),
        ("3/10/2024 2:30 AM", False, "America/New_York"),
        ("2024-03-31 01:30", True, "Europe/London"),  # London skips 01:00-02:00
        ("31/03/2024 02:30", True, "Europe/Berlin"),  # Berlin skips 02:00-03:00
    ],
)
def test_a_time_in_the_dst_gap_is_refused_not_shifted(text, day_first, zone):
    with pytest.raises(ValidationError) as e:
        parse_datetime(text, day_first=day_first, zone=zone, field="start")
    assert (e.value.code, e.value.field, e.value.value) == ("time_in_dst_gap", "start", text)


def test_the_same_wall_time_outside_the_gap_is_kept():
    assert parse_datetime("2024-03-31 02:30", zone="Europe/London") == "2024-03-31 02:30"
    assert parse_datetime("2024-03-10 02:30", zone="Asia/Shanghai") == "2024-03-10 02:30"


def test_the_repeated_hour_when_clocks_go_back_is_accepted():
    assert parse_datetime("2024-11-03 01:30", zone="America/New_York") == "2024-11-03 01:30"
    assert parse_datetime("2024-10-27 01:30", zone="Europe/London") == "2024-10-27 01:30"


def test_datetime_objects_from_spreadsheet_cells():
    assert parse_datetime(dt.datetime(2024, 3, 19, 19, 0)) == "2024-03-19 19:00"
    assert parse_datetime(dt.date(2024, 3, 19)) == "2024-03-19"
    aware = dt.datetime(2024, 3, 28, 10, 30, tzinfo=dt.UTC)
    assert parse_datetime(aware, zone="Asia/Shanghai") == "2024-03-28 18:30"


def test_blank_is_empty():
    assert parse_date("") == "" and parse_datetime("  ") == "" and parse_datetime(None) == ""


@pytest.mark.parametrize("text", ["0001-01-01T00:30:00+08:00", "9999-12-31T23:30:00-08:00"])
def test_a_conversion_past_the_calendar_is_refused(text):
    with pytest.raises(ValidationError) as e:
        parse_datetime(text, zone="America/New_York")
    assert e.value.code == "bad_datetime"


def test_years_outside_1900_to_2200_are_refused():
    for text in ("0999-01-01 10:00", "9999-12-31 23:59", "1899-12-31 10:00"):
        with pytest.raises(ValidationError) as e:
            parse_datetime(text, zone="UTC")
        assert e.value.code == "date_out_of_range"
    assert parse_datetime("1900-01-01 10:00", zone="UTC") == "1900-01-01 10:00"


def test_an_unknown_zone_is_refused():
    with pytest.raises(ValidationError) as e:
        parse_datetime("2024-03-28 18:30", zone="Mars/Olympus")
    assert e.value.code == "bad_zone"


def test_a_date_column_still_reads_a_clear_date_followed_by_other_words():
    assert parse_date("2024年3月26日 星期二") == "2024-03-26"
    assert parse_date("2024/3/19 9:00-10:00") == "2024-03-19"


@pytest.mark.parametrize(
    "text",
    [
        "next tuesday",
        "March 5",  # no year: dateutil would take this year's
        "March 2024",  # no day
        "2024",
        "1 2 2024",
        "Friday, March 28, 2024",  # 28 March 2024 is a Thursday: one of the two is wrong
        "2024-03-28 25:00",
        "13:00 PM 3/28/2024",
        "3/28/2024 0:30 AM",
        "2024-03-28T18:30:00+25:00",
        "2024/3/19 9:00-10:00",  # a time range, not a start with zone -10:00
        "2024 Mar 28 6:30 PM GMT+8",  # dateutil would read GMT+8 the POSIX way, as UTC-8
        "2024-03-28 18:30 PDT",  # a zone abbreviation nobody can read for sure
        "2024/3/19 7",
        "31/31/2024",
    ],
)
def test_what_cannot_be_read_for_sure_is_refused(text):
    with pytest.raises(ValidationError) as e:
        parse_datetime(text, field="start")
    assert (e.value.code, e.value.field) == ("bad_datetime", "start")


@pytest.mark.parametrize(
    "text", ["next tuesday", "March 5", "1 2 2024", "Friday, March 28, 2024", "31/31/2024"]
)
def test_bad_dates_say_bad_date_with_field_and_text(text):
    with pytest.raises(ValidationError) as e:
        parse_date(text, field="joined")
    assert (e.value.code, e.value.field, e.value.value) == ("bad_date", "joined", text)


_DATEISH = st.text(alphabet="0123456789/-.:年月日点分 TZAPMapm+上下午", max_size=30)
_ISO_WITH_OFFSET = st.builds(
    lambda m, h: m.strftime("%Y-%m-%dT%H:%M:%S") + f"{h:+03d}:00",
    st.datetimes(min_value=dt.datetime(1000, 1, 1)),
    st.integers(-14, 14),
)


@given(text=st.one_of(st.text(max_size=40), _DATEISH, _ISO_WITH_OFFSET), day_first=st.booleans())
def test_random_text_never_raises_anything_but_validation_error(text, day_first):
    for read in (
        lambda: parse_date(text, day_first),
        lambda: parse_datetime(text, day_first, "Europe/London"),
    ):
        try:
            out = read()
        except ValidationError:
            continue
        assert out == "" or out[:4].isdigit()


@given(moment=st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 12, 31)))
def test_what_we_write_reads_back(moment):
    text = moment.strftime("%Y-%m-%d %H:%M")
    assert parse_datetime(text, zone="UTC") == text
    assert parse_date(moment.strftime("%m/%d/%Y %I:%M %p")) == moment.date().isoformat()
