"""Email and phone checks with a strict fast path; the libraries decide what the pattern can't.

email-validator and phonenumbers each cost seconds per 100k calls, so the common, clearly valid
spellings are accepted by a pattern and only the rest reach the library.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from models.errors import ValidationError

_EMAIL_FAST = re.compile(
    r"^[A-Za-z0-9](?:[A-Za-z0-9._+-]{0,62}[A-Za-z0-9])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$"
)
_CN_MOBILE = re.compile(r"^(?:\+?86)?(1[3-9]\d{9})$")
_PHONE_JUNK = re.compile(r"[\s\-().]")
_SCIENTIFIC = re.compile(r"^[+-]?\d(?:\.\d+)?[eE]\+?\d+$")  # 1.38001E+10: Excel dropped the digits
_FLOAT_DIGITS = re.compile(r"^(\d{5,})\.0+$")  # 13800138000.0: a number cell read as a float
# Where a number invalid in the default region is valid, the row needs a country: never guess one.
OTHER_REGIONS = ("CN", "US", "GB", "HK", "TW", "SG", "AU")


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
    v = value.strip()
    if not v.isascii():
        v = unicodedata.normalize("NFKC", v)  # full-width digits and brackets, as IMEs type them
    if _SCIENTIFIC.match(v):
        raise ValidationError("phone_digits_lost", "phone", v)
    v = _PHONE_JUNK.sub("", _FLOAT_DIGITS.sub(r"\1", v))
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
    valid = phonenumbers.is_valid_number(number)
    # A number written without a trunk 0 or a + may be another country's: (415) 555-0132 is also a
    # Chinese landline. Store neither reading without a country; a mobile of the region is no doubt.
    national = not v.startswith(("+", "0"))
    sure = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    doubt = national and (not valid or phonenumbers.number_type(number) not in sure)
    if region == "CN" and v.startswith("1"):
        doubt = False  # a Chinese mobile with a digit too many or too few is a typo, not a foreigner
    elsewhere = doubt and any(_valid_in(v, r) for r in OTHER_REGIONS if r != region)
    if not valid:
        raise ValidationError("phone_needs_country" if elsewhere else "bad_phone", "phone", v)
    if elsewhere:
        raise ValidationError("phone_ambiguous", "phone", v)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _valid_in(v: str, region: str) -> bool:
    import phonenumbers

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(v, region))
    except phonenumbers.NumberParseException:
        return False


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


# A row's country column, as platforms and people write it → the region its phones are read in.
COUNTRIES = {
    "CN": ("china", "中国", "cn", "prc", "people's republic of china", "中华人民共和国", "mainland china", "中国大陆"),
    "HK": ("hong kong", "香港", "hk", "中国香港", "hong kong sar"),
    "TW": ("taiwan", "台湾", "臺灣", "tw", "中国台湾"),
    "MO": ("macau", "macao", "澳门", "mo"),
    "US": ("united states", "usa", "us", "united states of america", "美国", "u.s.", "u.s.a."),
    "CA": ("canada", "加拿大", "ca"),
    "GB": ("united kingdom", "uk", "gb", "great britain", "england", "scotland", "wales", "英国"),
    "AU": ("australia", "澳大利亚", "澳洲", "au"),
    "SG": ("singapore", "新加坡", "sg"),
    "JP": ("japan", "日本", "jp"),
    "DE": ("germany", "deutschland", "德国", "de"),
    "FR": ("france", "法国", "fr"),
    "MY": ("malaysia", "马来西亚", "my"),
}
_COUNTRY_LOOKUP = {name: code for code, names in COUNTRIES.items() for name in names}


def region_of_country(text: str) -> str:
    """ISO region of a country cell ("" when blank); ValidationError("unknown_country") otherwise."""
    key = " ".join(text.split()).casefold()
    if not key:
        return ""
    code = _COUNTRY_LOOKUP.get(key) or (key.upper() if len(key) == 2 and key.isalpha() else "")
    if not code:
        raise ValidationError("unknown_country", "country", text)
    return code
