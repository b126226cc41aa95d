"""Members as vCards (3.0 by default, 4.0 by option) that phones, Google Contacts and Outlook import.

Written by hand rather than with vobject: vobject only knows vCard 3.0 (it stamps VERSION:3.0 on
everything) and cannot write the 4.0 parameters. Tests parse the output back with vobject.

What each member becomes:
- FN the display name; N family;given, split the way the name is written (张三 → 张 / 三, compound
  surnames such as 欧阳 kept whole; "Alice Smith" → Smith / Alice).
- A Chinese name's pinyin as its phonetic name: X-PHONETIC-LAST-NAME / X-PHONETIC-FIRST-NAME, which
  iOS, macOS and Google Contacts read and write, in both versions. In 4.0 also N;SORT-AS="Zhang,San"
  (RFC 6350 §5.9), so address books sort 张三 under Z. No second N;ALTID=…;PHONETIC=piny line (RFC 9554):
  readers that ignore ALTID take two N lines as two names and may keep the pinyin one.
- Every email (EMAIL, the first one preferred) and phone (TEL: CELL for mobiles; in 4.0 a tel: URI).
- NICKNAME from the WeChat nicknames; WeChat IDs as X-WECHAT and as IMPP;X-SERVICE-TYPE=WeChat (the
  way iOS stores a custom messenger), QQ numbers as X-QQ and IMPP;X-SERVICE-TYPE=QQ.
- ORG, TITLE, NOTE, ADR (city only), CATEGORIES from the tags, UID the member's uuid.
Every value is escaped (transfer.content_lines: \\ ; , and each line break as \n, N and ADR per
component, EMAIL and the IMPP handles too; a control character written as its picture, NUL → ␀).
Lines are folded at 75 octets without splitting a UTF-8 character (RFC 6350 §3.2), ended by CRLF.
"""

from __future__ import annotations

import re
from pathlib import Path

import phonenumbers

from desktop.services.transfer.content_lines import escape_text, escape_uri, exportable, fold
from models.errors import ValidationError
from models.lists import split_list
from models.phones import international
from models.pinyin import syllables

VERSIONS = ("3.0", "4.0")
_HAN = re.compile(r"[\u3400-\u9fff]")
# Two-character surnames (复姓) common enough to appear in a member list.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 百里 呼延 南宫 独孤 西门 "
    "万俟 闻人 澹台 公冶 濮阳 太史 申屠 钟离 第五".split()
)


def split_name(name: str) -> tuple[str, str]:
    """(family, given) of a display name as people write it."""
    name = " ".join(name.split())
    if _HAN.match(name[:1]) and " " not in name:
        if len(name) <= 1:
            return "", name
        n = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
        return name[:n], name[n:]
    if " " in name:
        given, _, family = name.rpartition(" ")
        return family, given
    return "", name


def phonetic(part: str) -> str:
    """张 → Zhang, 小明 → Xiaoming (as iOS shows pinyin); "" for a part with no Chinese."""
    if not _HAN.search(part):
        return ""
    return "".join(syllables(part)).capitalize()


def _parts(value: str) -> list[str]:
    """The values of a multi-valued identity column (the export joins them with "; ")."""
    parts = (exportable(p).strip() for p in (value or "").split("; "))  # trimmed as written (U+FEFF left out)
    return [p for p in parts if p]


def _is_mobile(e164: str) -> bool:
    try:
        kind = phonenumbers.number_type(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return False
    return kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _tel(e164: str, version: str) -> str:
    spelled = international(e164)
    kind = "CELL" if _is_mobile(e164) else "VOICE"
    if version == "3.0":
        return f"TEL;TYPE={kind}:{escape_text(spelled)}"
    return f"TEL;VALUE=uri;TYPE={kind.lower()}:tel:{escape_uri(spelled.replace(' ', '-'))}"  # RFC 3966 global number


def card_lines(member: dict, version: str = "3.0") -> list[str]:
    """The unfolded lines of one member's vCard. `member` holds the member export's columns
    (desktop.services.members.export.HEADERS), multi-valued ones joined by "; "."""
    name = member["name"]
    family, given = split_name(name)
    lines = ["BEGIN:VCARD", f"VERSION:{version}", "PRODID:-//Beehive//社群蜂巢//ZH"]
    if version == "4.0":
        lines.append("KIND:individual")
    uid = escape_text(member["uuid"])
    lines.append(f"UID:{uid}" if version == "3.0" else f"UID:urn:uuid:{uid}")
    lines.append(f"FN:{escape_text(name)}")
    ph_family, ph_given = phonetic(family), phonetic(given)
    sort_as = ""
    if version == "4.0" and (ph_family or ph_given):
        sort_as = ';SORT-AS="' + ",".join(x for x in (ph_family, ph_given) if x) + '"'
    lines.append(f"N{sort_as}:{escape_text(family)};{escape_text(given)};;;")
    if ph_family:
        lines.append(f"X-PHONETIC-LAST-NAME:{escape_text(ph_family)}")
    if ph_given:
        lines.append(f"X-PHONETIC-FIRST-NAME:{escape_text(ph_given)}")
    if nicknames := _parts(member.get("nickname", "")):
        lines.append("NICKNAME:" + ",".join(escape_text(n) for n in nicknames))
    for i, email in enumerate(_parts(member.get("email", ""))):
        pref = (";TYPE=INTERNET,PREF" if i == 0 else ";TYPE=INTERNET") if version == "3.0" else (
            ";PREF=1" if i == 0 else "")  # fmt: skip
        lines.append(f"EMAIL{pref}:{escape_text(email)}")
    for phone in _parts(member.get("phone", "")):
        lines.append(_tel(phone, version))
    for wechat in _parts(member.get("wechat", "")):
        lines += [
            f"X-WECHAT:{escape_text(wechat)}",
            f"IMPP;X-SERVICE-TYPE=WeChat:x-apple:{escape_text(wechat)}",
        ]
    for qq in _parts(member.get("qq", "")):
        lines += [f"X-QQ:{escape_text(qq)}", f"IMPP;X-SERVICE-TYPE=QQ:x-apple:{escape_text(qq)}"]
    if member.get("organisation"):
        lines.append(f"ORG:{escape_text(member['organisation'])}")
    if member.get("title"):
        lines.append(f"TITLE:{escape_text(member['title'])}")
    if member.get("city"):
        lines.append(f"ADR:;;;{escape_text(member['city'])};;;")
    if tags := [t for t in split_list(member.get("tags", "")) if exportable(t).strip()]:
        lines.append("CATEGORIES:" + ",".join(escape_text(t) for t in tags))
    if member.get("notes"):
        lines.append(f"NOTE:{escape_text(member['notes'])}")
    lines.append("END:VCARD")
    return lines


def vcard_text(members: list[dict], version: str = "3.0") -> str:
    if version not in VERSIONS:
        raise ValidationError("bad_vcard_version", "version", version)
    return "".join(fold(line) + "\r\n" for m in members for line in card_lines(m, version))


def write_vcards(path: Path, members: list[dict], version: str = "3.0") -> int:
    """The members (dicts of the member export's columns) as one .vcf file (UTF-8, no BOM)."""
    Path(path).write_bytes(vcard_text(members, version or "3.0").encode("utf-8"))
    return len(members)
