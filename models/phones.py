"""Phones read by the row's own country, never stored under a country guessed for the whole file.

A number written with `+` or `00` names its country. Otherwise the row's region decides (from its
country, city or postcode column, or the file's platform), and only without one the community's
default region. A national number the default region cannot read, or reads as a landline written
without its trunk 0 while another common region reads it too, is refused with the regions that fit:
(415) 555-0132 is both a Dandong landline and a San Francisco number, and must never silently become
+86 415….

phonenumbers costs microseconds per call on 100k rows, so Chinese mobiles take a pattern and the rest
a cached library call.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from models.errors import ValidationError

# The regions the community's members mostly come from: where a number is read when in doubt.
COMMON_REGIONS = ("CN", "US", "GB", "HK", "TW", "SG", "AU", "CA")

# Chinese mobiles: 1[3-9] and nine digits. phonenumbers knows the ranges in use; its metadata lags
# new ones (and IoT ranges such as 140…), so a number it doesn't know is still Chinese with +86 before
# it, or when no other region reads it. Without +86 only known ranges take the fast path: "14155550132"
# is a US number written with its leading 1 and must not become +86.
_CN_MOBILE = re.compile(r"^(?:\+?86)?(1[3-9]\d{9})$")
_CN_KNOWN = re.compile(r"^1(?:3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$")
# A Chinese mobile a digit short or long is a typo, not a foreign number; 11 digits from 1 may be a US
# number written with its leading 1 (1 415 555 0132), which is left to the readings.
_CN_MOBILE_TYPO = re.compile(r"^1[3-9](?:\d{8}|\d{10})$")
_PHONE_JUNK = re.compile(r"[\s\-().\u00a0/]")
_SCIENTIFIC = re.compile(r"^[+-]?\d(?:[.,]\d+)?[eE][+-]?\d+$")  # 1.38001E+10: Excel dropped the digits
_FLOAT_DIGITS = re.compile(r"^(\+?\d{5,})\.0+$")  # 13800138000.0: a number cell read as a float
# Numbers set aside for drama and examples that phonenumbers calls invalid, though fixtures and
# training lists use them: Ofcom's mobile range 07700 900000–900999 and area 01632 960xxx.
_FICTIONAL = re.compile(r"^\+44(?:7700900\d{3}|1632960\d{3})$")


def read_phone(text: str, region: str | None, default_region: str) -> str:
    """E.164 ("+8613800138000") of one phone cell.

    `region` is the row's own (region_from_row), trusted as the row's; `default_region` the
    community's, used only when it reads the number without doubt. Refusals (ValidationError with
    field "phone" and the cell as written; `extra["regions"]` lists the regions that fit):
    phone_digits_lost (1.38E+10), phone_needs_country (invalid in the default region, valid elsewhere),
    phone_ambiguous (a landline written without trunk 0 that another region reads as valid too),
    phone_other_country (invalid in the row's region, valid elsewhere), bad_phone.
    Extensions are dropped (E.164 has none)."""
    written = str(text).strip()
    v = written if written.isascii() else unicodedata.normalize("NFKC", written)  # full-width digits
    if ("e" in v or "E" in v) and _SCIENTIFIC.match(v.replace(" ", "")):
        raise ValidationError("phone_digits_lost", "phone", written)
    v = _PHONE_JUNK.sub("", _FLOAT_DIGITS.sub(r"\1", v) if "." in v else v)
    if v.startswith("00"):
        v = "+" + v[2:]
    reading = (region or default_region or "").upper() or None
    if reading == "CN" and (m := _CN_MOBILE.match(v)) and (v.startswith("+86") or _CN_KNOWN.match(m[1])):
        return "+86" + m[1]  # the fast path: most rows of a Chinese community
    if v.startswith("+86") and (m := _CN_MOBILE.match(v)):
        return "+86" + m[1]
    return _library(v, (region or "").upper() or None, (default_region or "").upper() or None, written)


@lru_cache(maxsize=8192)
def _library(v: str, region: str | None, default_region: str | None, written: str) -> str:
    if v.startswith("+"):
        found = _e164(v, None)
        if found is None:
            raise ValidationError("bad_phone", "phone", written)
        return found
    if region:
        found = _e164(v, region) or _cn_unlisted(v, region)
        if found is None:
            fits = _readings(v, exclude=region)
            raise ValidationError(
                "phone_other_country" if fits else "bad_phone", "phone", written, regions=fits
            )
        return found
    found = _e164(v, default_region)
    if found is None and default_region == "CN" and _CN_MOBILE_TYPO.match(v):
        raise ValidationError("bad_phone", "phone", written)  # not 01381 234567 in Britain: a digit lost
    others = tuple(r for r, e in _readings(v, exclude=default_region, all_of=True) if e != found)
    if found is None and not others:
        found = _cn_unlisted(v, default_region)
    if found is None:
        raise ValidationError(
            "phone_needs_country" if others else "bad_phone", "phone", written, regions=others
        )
    # Written without its trunk 0, a landline of the default region may be another country's number:
    # (415) 555-0132 is Dandong and San Francisco. With the trunk 0 (010 6552 9988, 020 7946 0958 in a
    # British community) it is written the default region's way; a mobile of the region is no doubt.
    if others and not v.startswith("0") and not _is_mobile(v, default_region):
        raise ValidationError("phone_ambiguous", "phone", written, regions=(default_region, *others))
    return found


def _cn_unlisted(v: str, region: str | None) -> str | None:
    """A Chinese mobile in a range phonenumbers doesn't list yet (the caller checked no other region
    reads it)."""
    m = _CN_MOBILE.match(v) if region == "CN" and not v.startswith("+") else None
    return "+86" + m[1] if m else None


def _e164(v: str, region: str | None) -> str | None:
    import phonenumbers

    try:
        number = phonenumbers.parse(v, region)
    except phonenumbers.NumberParseException:
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164 if phonenumbers.is_valid_number(number) or _FICTIONAL.match(e164) else None


def _is_mobile(v: str, region: str | None) -> bool:
    import phonenumbers

    kind = phonenumbers.number_type(phonenumbers.parse(v, region))
    return kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _readings(v: str, exclude: str | None, all_of: bool = False):
    """The common regions (other than `exclude`) that read `v` as a valid number: their codes, or
    with all_of (region, E.164) pairs, one per distinct number (US and CA share +1)."""
    seen: dict[str, str] = {}
    for r in COMMON_REGIONS:
        if r != exclude and (e := _e164(v, r)) is not None and e not in seen:
            seen[e] = r
    pairs = tuple((r, e) for e, r in seen.items())
    return pairs if all_of else tuple(r for r, _e in pairs)


# A row's country cell, as platforms and people write it → its ISO region (names split on |).
COUNTRIES = {
    "CN": (
        "china|中国|cn|prc|people's republic of china|中华人民共和国|mainland china|中国大陆|china mainland"
        "|china (mainland)|大陆|chn"
    ),
    "HK": "hong kong|香港|hk|中国香港|hong kong sar|hong kong sar china|hongkong|hkg",
    "TW": "taiwan|台湾|臺灣|tw|中国台湾|taiwan, province of china|twn",
    "MO": "macau|macao|澳门|澳門|mo|中国澳门",
    "US": "united states|usa|us|united states of america|美国|美國|u.s.|u.s.a.|america",
    "CA": "canada|加拿大|ca|can",
    "GB": "united kingdom|uk|gb|great britain|england|scotland|wales|northern ireland|英国|英國|u.k.|gbr|britain",
    "AU": "australia|澳大利亚|澳洲|au|aus",
    "NZ": "new zealand|新西兰|nz",
    "SG": "singapore|新加坡|sg|sgp",
    "MY": "malaysia|马来西亚|my",
    "JP": "japan|日本|jp|jpn",
    "KR": "south korea|korea|republic of korea|韩国|kr",
    "DE": "germany|deutschland|德国|de|deu",
    "FR": "france|法国|fr|fra",
    "NL": "netherlands|the netherlands|荷兰|nl",
    "IE": "ireland|爱尔兰|ie",
    "CH": "switzerland|瑞士|ch",
    "IN": "india|印度|in",
    "TH": "thailand|泰国|th",
    "AE": "united arab emirates|uae|阿联酋|ae",
}
_COUNTRY = {name: code for code, names in COUNTRIES.items() for name in names.split("|")}

# Big cities members write in a city column, where the country column is missing.
CITIES = {
    "CN": (
        "北京|上海|深圳|广州|杭州|成都|南京|武汉|西安|重庆|天津|苏州|厦门|长沙|青岛|beijing|shanghai|shenzhen"
        "|guangzhou|hangzhou|chengdu|nanjing|wuhan|xi'an|xian|chongqing|tianjin|suzhou|xiamen|changsha|qingdao"
    ),
    "HK": "香港|hong kong|kowloon|九龙",
    "TW": "台北|臺北|taipei|新北|台中|高雄|kaohsiung|taichung",
    "SG": "singapore|新加坡",
    "GB": "london|伦敦|manchester|birmingham|edinburgh|glasgow|bristol|leeds|cambridge|oxford|liverpool",
    "US": (
        "new york|new york city|nyc|纽约|san francisco|旧金山|los angeles|洛杉矶|seattle|西雅图|boston|波士顿"
        "|chicago|芝加哥|san jose|austin|washington, dc|washington dc|palo alto|mountain view"
    ),
    "CA": "toronto|多伦多|vancouver|温哥华|montreal|蒙特利尔",
    "AU": "sydney|悉尼|melbourne|墨尔本|brisbane|perth",
    "JP": "tokyo|东京|osaka|大阪",
}
_CITY = {name: code for code, names in CITIES.items() for name in names.split("|")}
_CITY_SUFFIX = re.compile(r"(?:市|\s+city)$")
_US_STATES = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK "
    "OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR"
)
_UK_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$")
_CA_POSTCODE = re.compile(r"^[A-Z]\d[A-Z]\s*\d[A-Z]\d$")
_ZIP4 = re.compile(r"^\d{5}-\d{4}$")
_STATE_ZIP = re.compile(rf"^(?:(?:{'|'.join(_US_STATES.split())})[\s,]+\d{{5}}(?:-\d{{4}})?|\d{{5}}(?:-\d{{4}})?[\s,]+(?:{'|'.join(_US_STATES.split())}))$")  # fmt: skip
_SIX_DIGITS = re.compile(r"^\d{6}$")


def country_region(text: str) -> str | None:
    """ISO region of a country cell (names and codes in English and Chinese), None when unknown."""
    key = " ".join(str(text).split()).casefold()
    if not key:
        return None
    key = unicodedata.normalize("NFKC", key) if not key.isascii() else key
    if found := _COUNTRY.get(key) or _COUNTRY.get(key.replace(".", "")):
        return found
    if len(key) == 2 and key.isascii() and key.isalpha():  # any other ISO code phonenumbers knows: "ES"
        import phonenumbers

        return key.upper() if key.upper() in phonenumbers.SUPPORTED_REGIONS else None
    return None


def region_from_row(
    country: str = "", city: str = "", postcode: str = "", preset_region: str = ""
) -> str | None:
    """The region a row's phones are read in: its country, else its city, else its postcode's shape,
    else the platform's (preset_region), else None (the caller then uses the community's default).

    A 6-digit postcode says CN only when nothing else does: Singapore and India write six digits too."""
    if found := country_region(country):
        return found
    c = _CITY_SUFFIX.sub("", " ".join(str(city).split()).casefold())
    if found := _CITY.get(c):
        return found
    p = " ".join(str(postcode).split()).upper()
    if _UK_POSTCODE.match(p):
        return "GB"
    if _CA_POSTCODE.match(p):
        return "CA"
    if _ZIP4.match(p) or _STATE_ZIP.match(p):
        return "US"
    if preset_region:
        return preset_region.upper()
    return "CN" if _SIX_DIGITS.match(p) else None


def _parsed(e164: str):
    """The phonenumbers number of a stored E.164 value, or None (imported lazily: its metadata loads in
    ~0.2 s)."""
    if not e164.startswith("+"):
        return None
    import phonenumbers

    try:
        return phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None


def _international(number, e164: str) -> str:
    import phonenumbers

    spelled = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    code = f"+{number.country_code}"
    return spelled if spelled != e164 else f"{code} {e164[len(code):]}"  # a range with no grouping known


def international(e164: str) -> str:
    """+8613800138000 → "+86 138 0013 8000": the international format, grouped as the country does
    (what phones and address books show); a value that is no E.164 number is returned as it is."""
    number = _parsed(e164)
    return e164 if number is None else _international(number, e164)


_CN_MOBILE_E164 = re.compile(r"^\+86(1\d{2})(\d{4})(\d{4})$")


@lru_cache(maxsize=65536)
def national(e164: str, home_region: str = "CN") -> str:
    """How a stored phone is shown: in the national format of its country when that is the community's
    home region ("+8615043483954" → "150 4348 3954"; "+14155550132" in a US community → "(415) 555-0132"),
    otherwise in the international format, its country code in front ("+1 415-555-0132" in a Chinese
    community, never a bare "(415) 555-0132" that reads as a Chinese number). Storage, sorting, filters
    and exports keep the E.164 value; anything that is no E.164 number is returned as it is.

    Chinese mobiles take a pattern (no phonenumbers import at first paint for a Chinese community);
    phonenumbers loads the metadata of only the regions it meets; each answer is cached."""
    home = (home_region or "").upper()
    if m := _CN_MOBILE_E164.match(e164):
        spelled = " ".join(m.groups())
        return spelled if home == "CN" else "+86 " + spelled
    number = _parsed(e164)
    if number is None:
        return e164
    import phonenumbers

    if not phonenumbers.is_possible_number(number):
        return e164
    if home and number.country_code == phonenumbers.country_code_for_region(home):
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return _international(number, e164)
