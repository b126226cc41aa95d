"""Email and phone checks with a strict fast path; the libraries decide what the pattern can't.

email-validator and phonenumbers each cost seconds per 100k calls, so the common, clearly valid
spellings are accepted by a pattern and only the rest reach the library.
"""

from __future__ import annotations

import re
from functools import lru_cache

from models.errors import ValidationError

_EMAIL_FAST = re.compile(
    r"^[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$"
)
_CN_MOBILE = re.compile(r"^(?:\+?86)?(1[3-9]\d{9})$")
_PHONE_JUNK = re.compile(r"[\s\-().]")


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
    """E.164 form (+8613812345678); raise ValidationError("bad_phone") for an invalid number."""
    v = _PHONE_JUNK.sub("", value.strip())
    if v.startswith("00"):
        v = "+" + v[2:]
    if region == "CN" and (m := _CN_MOBILE.match(v)) and (v.startswith("+86") or not v.startswith("+")):
        return "+86" + m.group(1)
    return _library_phone(v, region)


@lru_cache(maxsize=4096)
def _library_phone(v: str, region: str) -> str:
    import phonenumbers

    try:
        number = phonenumbers.parse(v, region)
    except phonenumbers.NumberParseException:
        raise ValidationError("bad_phone", "phone", v) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError("bad_phone", "phone", v)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalise_identity(kind: str, value: str, region: str = "CN") -> str:
    if kind == "email":
        return normalise_email(value)
    if kind == "phone":
        return normalise_phone(value, region)
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
