"""Email and phone checks with a strict fast path; the libraries decide what the pattern can't.

email-validator and phonenumbers each cost seconds per 100k calls, so the common, clearly valid
spellings are accepted by a pattern and only the rest reach the library. Phones are read in
models.phones (by the row's country, never a guessed one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from models.errors import ValidationError
from models.phones import COUNTRIES, country_region, read_phone

__all__ = ["COUNTRIES", "normalise_email", "normalise_identity", "normalise_phone", "reference_keys",
           "region_of_country"]  # fmt: skip

_EMAIL_FAST = re.compile(
    r"^[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$"
)


def normalise_email(value: str) -> str:
    v = value.strip()
    if _EMAIL_FAST.match(v) and ".." not in v:
        return v.lower()
    return _library_email(v)


@lru_cache(maxsize=4096)
def _library_email(v: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(v, check_deliverability=False).normalized.lower()
    except EmailNotValidError:
        raise ValidationError("bad_email", "email", v) from None


def normalise_phone(value: str, region: str = "CN") -> str:
    """E.164 form (+8613812345678) read in the community's region; see models.phones.read_phone."""
    return read_phone(value, None, region)


def normalise_identity(kind: str, value: str, region: str = "CN", row_region: str | None = None) -> str:
    """The stored form of one identity. A phone is read in the row's own region when the import found
    one (models.phones.region_from_row), else in the community's `region` without guessing."""
    if kind == "email":
        return normalise_email(value)
    if kind == "phone":
        return read_phone(value, row_region, region)
    return value.strip()


def reference_keys(text: str, region: str = "CN") -> list[tuple[str, str]]:
    """Identity keys a member reference could be: a WeChat ID, and an email or a phone number."""
    keys = [("wechat_id", text)]
    try:
        if "@" in text:
            keys.append(("email", normalise_email(text)))
        elif sum(ch.isdigit() for ch in text) >= 5:
            keys.append(("phone", normalise_phone(text, region)))
    except ValidationError:
        pass
    return keys


def region_of_country(text: str) -> str:
    """ISO region of a country cell ("" when blank); ValidationError("unknown_country") otherwise."""
    if not text.strip():
        return ""
    code = country_region(text)
    if not code:
        raise ValidationError("unknown_country", "country", text)
    return code
