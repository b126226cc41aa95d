import pytest

from models.contact import normalise_email, normalise_phone
from models.errors import ValidationError


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("13812345678", "+8613812345678"),
        ("+86 138 1234 5678", "+8613812345678"),
        ("138-1234-5678", "+8613812345678"),
        ("008613812345678", "+8613812345678"),
        ("+44 20 7946 0958", "+442079460958"),
        ("010 6552 9988", "+861065529988"),
    ],
)
def test_valid_phones_are_normalised_to_e164(raw, expected):
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["12345", "1381234567", "abc", "+86 238 1234 5678"])
def test_invalid_phones_are_refused(raw):
    with pytest.raises(ValidationError) as e:
        normalise_phone(raw)
    assert e.value.code == "bad_phone"


def test_phone_region_is_configurable():
    assert normalise_phone("020 7946 0958", region="GB") == "+442079460958"


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("Zs@Example.COM", "zs@example.com"),
        ("user.name+tag@mail.example.cn", "user.name+tag@mail.example.cn"),
        ("用户@例子.中国", "用户@例子.中国"),
    ],
)
def test_valid_emails(raw, expected):
    assert normalise_email(raw) == expected


@pytest.mark.parametrize("raw", ["notanemail", "a@b", "a..b@example.com", "a@@example.com", "x@example..com"])
def test_invalid_emails_are_refused(raw):
    with pytest.raises(ValidationError) as e:
        normalise_email(raw)
    assert e.value.code == "bad_email"
