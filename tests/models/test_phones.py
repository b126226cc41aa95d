"""Phones read by the row's own country (issue 12): never stored under a country guessed for the file."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.contact import normalise_identity, normalise_phone, region_of_country
from models.errors import ValidationError
from models.phones import read_phone, region_from_row


@pytest.mark.parametrize(
    "text,region,default,e164",
    [
        ("138 0013 8000", None, "CN", "+8613800138000"),
        ("138-0013-8000", None, "CN", "+8613800138000"),
        ("+86 138 0013 8000", None, "CN", "+8613800138000"),
        ("0086-13800138000", None, "CN", "+8613800138000"),
        ("(+86)13800138000", None, "CN", "+8613800138000"),
        ("（+86）138 0013 8000", None, "CN", "+8613800138000"),  # full-width brackets
        ("13800138000.0", None, "CN", "+8613800138000"),  # a number cell read as a float
        ("１３８００１３８０００", None, "CN", "+8613800138000"),  # full-width digits
        ("010 6552 9988", None, "CN", "+861065529988"),  # a Beijing landline with its trunk 0
        ("+86 (0)10 6552 9988", None, "US", "+861065529988"),
        ("(415) 555-0132", "US", "CN", "+14155550132"),  # the row says US: read as US
        ("(415) 555-0132", None, "US", "+14155550132"),
        ("+1 415 555 0132 ext. 12", None, "CN", "+14155550132"),  # E.164 has no extension
        ("(604) 555-0123", "CA", "CN", "+16045550123"),
        ("07700 900123", "GB", "CN", "+447700900123"),  # Ofcom's drama range, see phones._FICTIONAL
        ("+44 7700 900123", None, "CN", "+447700900123"),
        ("07911 123456", "GB", "CN", "+447911123456"),
        ("020 7946 0958", None, "GB", "+442079460958"),
        ("9123 4567", "HK", "CN", "+85291234567"),
        ("0912 345 678", "TW", "CN", "+886912345678"),
        ("9123 4567", "SG", "CN", "+6591234567"),
        ("0412 345 678", "AU", "CN", "+61412345678"),
        ("13800138000", None, "CN", "+8613800138000"),
        ("+86 140 0000 0119", None, "CN", "+8614000000119"),  # a range phonenumbers doesn't list yet
        ("14000000119", None, "CN", "+8614000000119"),  # … and no other region reads it
        ("+8613800138000", "US", "CN", "+8613800138000"),  # the + decides over the row's country
    ],
)
def test_phones_are_read_into_e164(text, region, default, e164):
    assert read_phone(text, region, default) == e164


@pytest.mark.parametrize(
    "text,region,default,code,regions",
    [
        ("(415) 555-0132", None, "CN", "phone_ambiguous", ("CN", "US")),  # also a Dandong landline
        ("415-555-0132", None, "GB", "phone_needs_country", ("CN", "US")),
        ("07911 123456", None, "CN", "phone_needs_country", ("GB",)),
        ("9123 4567", None, "CN", "phone_needs_country", ("HK", "SG")),
        ("1 415 555 0132", None, "CN", "phone_needs_country", ("US",)),  # not a Chinese mobile
        ("13800138000", "US", "CN", "phone_other_country", ("CN",)),
        ("13800138000", None, "US", "phone_needs_country", ("CN",)),
    ],
)
def test_a_number_another_country_reads_is_refused_with_the_regions_that_fit(
    text, region, default, code, regions
):
    with pytest.raises(ValidationError) as e:
        read_phone(text, region, default)
    assert (e.value.code, e.value.field, e.value.value) == (code, "phone", text)
    assert e.value.extra["regions"] == regions


@pytest.mark.parametrize("default", ["CN", "US", "GB", "HK"])
def test_415_555_0132_never_becomes_chinese(default):
    try:
        assert not read_phone("(415) 555-0132", None, default).startswith("+86")
    except ValidationError as e:
        assert e.code in ("phone_ambiguous", "phone_needs_country")


@pytest.mark.parametrize("text", ["1.38001E+10", "1.38E+10", "1,38E+10", "1.38001e10"])
def test_scientific_notation_is_digits_lost(text):
    with pytest.raises(ValidationError) as e:
        read_phone(text, None, "CN")
    assert (e.value.code, e.value.value) == ("phone_digits_lost", text)


@pytest.mark.parametrize(
    "text,region", [("1381234567", None), ("138123456789", None), ("abc", None), ("", None), ("12345", "US")]
)
def test_invalid_numbers_are_bad_phone(text, region):
    with pytest.raises(ValidationError) as e:
        read_phone(text, region, "CN")
    assert e.value.code == "bad_phone"


@pytest.mark.parametrize(
    "row,region",
    [
        ({"country": "China"}, "CN"),
        ({"country": "中国"}, "CN"),
        ({"country": "PRC"}, "CN"),
        ({"country": "cn"}, "CN"),
        ({"country": "Hong Kong"}, "HK"),
        ({"country": "香港"}, "HK"),
        ({"country": "台湾"}, "TW"),
        ({"country": "United States"}, "US"),
        ({"country": "U.S.A."}, "US"),
        ({"country": "美国"}, "US"),
        ({"country": "ＵＳＡ"}, "US"),
        ({"country": "England"}, "GB"),
        ({"country": "UK"}, "GB"),
        ({"country": "英国"}, "GB"),
        ({"country": "Canada"}, "CA"),
        ({"country": "Australia"}, "AU"),
        ({"country": "新加坡"}, "SG"),
        ({"country": "Germany"}, "DE"),
        ({"country": "ES"}, "ES"),  # any ISO code phonenumbers knows
        ({"country": "日本"}, "JP"),
        ({"city": "北京市"}, "CN"),
        ({"city": "Shanghai"}, "CN"),
        ({"city": "London"}, "GB"),
        ({"city": "New York City"}, "US"),
        ({"city": "San Francisco"}, "US"),
        ({"country": "Narnia", "city": "深圳"}, "CN"),  # an unknown country leaves the city to decide
        ({"postcode": "SW1A 1AA"}, "GB"),
        ({"postcode": "94105-1234"}, "US"),
        ({"postcode": "CA 94105"}, "US"),
        ({"postcode": "M5V 3L9"}, "CA"),
        ({"postcode": "94105"}, None),  # five digits alone: Germany, France and Malaysia write them too
        ({"postcode": "100080"}, "CN"),
        ({"postcode": "100080", "preset_region": "SG"}, "SG"),  # six digits are CN only when nothing else
        ({"preset_region": "us"}, "US"),
        ({"country": "United Kingdom", "city": "Beijing", "preset_region": "US"}, "GB"),  # country first
        ({}, None),
    ],
)
def test_region_from_row(row, region):
    assert region_from_row(**row) == region


MIXED = [
    # name, phone as typed, country, city, postcode, expected
    ("张伟", "13800138000", "", "", "", "+8613800138000"),
    ("王芳", "139-1234-5678", "中国", "上海", "200000", "+8613912345678"),
    ("Amy Chen", "(415) 555-0132", "United States", "", "", "+14155550132"),
    ("Jacob Miller", "212-736-5000", "", "New York", "", "+12127365000"),
    ("Emma Davis", "(650) 253-0000", "", "", "CA 94043", "+16502530000"),
    ("Oliver Smith", "07911 123456", "UK", "", "", "+447911123456"),
    ("Amelia Jones", "020 7946 0958", "", "London", "", "+442079460958"),
    ("Harry Brown", "07700 900123", "", "", "EC1A 1BB", "+447700900123"),
    ("陈嘉欣", "9123 4567", "香港", "", "", "+85291234567"),
    ("Li Ming", "+86 139 1234 5678", "China", "", "", "+8613912345678"),
    ("Sophie Taylor", "+44 20 7946 0958", "", "", "", "+442079460958"),
]


def test_a_mixed_chinese_us_uk_list_with_default_cn_lands_every_row_in_its_country():
    stored = []
    for _name, phone, country, city, postcode, _e164 in MIXED:
        row_region = region_from_row(country, city, postcode)
        stored.append(normalise_identity("phone", phone, "CN", row_region))
    assert stored == [row[-1] for row in MIXED]


def test_normalise_identity_keeps_its_old_call_and_reads_in_the_community_region():
    assert normalise_identity("phone", "138 0013 8000", "CN") == "+8613800138000"
    assert normalise_identity("phone", "020 7946 0958", "GB") == "+442079460958"
    assert normalise_phone("(415) 555-0132", "US") == "+14155550132"
    with pytest.raises(ValidationError) as e:
        normalise_identity("phone", "(415) 555-0132", "CN")
    assert e.value.code == "phone_ambiguous"
    assert normalise_identity("email", "Zs@Example.COM", "CN") == "zs@example.com"


def test_region_of_country_still_refuses_an_unknown_country():
    assert region_of_country("United States") == "US" and region_of_country(" ") == ""
    with pytest.raises(ValidationError) as e:
        region_of_country("Narnia")
    assert e.value.code == "unknown_country"


_PHONEISH = st.text(alphabet="0123456789+-() .eE,１３８／#xt", max_size=25)
_REGIONS = st.sampled_from([None, "CN", "US", "GB", "HK", "TW", "SG", "AU", "CA", "XX", ""])


@given(text=st.one_of(st.text(max_size=40), _PHONEISH), region=_REGIONS, default=_REGIONS)
def test_random_text_never_raises_anything_but_validation_error(text, region, default):
    try:
        out = read_phone(text, region, default or "CN")
    except ValidationError:
        return
    assert out.startswith("+") and out[1:].isdigit()


@given(country=st.text(max_size=20), city=st.text(max_size=20), postcode=st.text(max_size=12))
def test_region_from_row_never_raises(country, city, postcode):
    found = region_from_row(country, city, postcode)
    assert found is None or (len(found) == 2 and found.isupper())
