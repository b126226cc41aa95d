"""Turning one import row into clean member values (pass 1 of a member import)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.contact import normalise_identity, region_of_country
from models.dates import parse_date
from models.errors import ValidationError
from models.lists import join_list, normalise_list, split_list
from models.phones import region_from_row

SYNONYMS: dict[str, tuple[str, ...]] = {
    "uuid": ("id", "编号"),
    "name": ("姓名", "名字", "display name", "full name"),
    "nickname": ("昵称", "群昵称", "wechat nickname", "微信昵称"),
    "email": ("邮箱", "电子邮件", "e-mail", "mail", "email address", "电子邮件地址", "邮箱地址", "e-mail address"),
    "phone": ("mobile", "手机", "电话", "手机号", "手机号码", "电话号码", "联系电话", "联系方式", "phone number", "tel",
              "mobile number", "cell"),
    "wechat": ("微信", "微信号", "wechat id", "weixin"),
    "qq": ("qq号",),
    "city": ("城市", "所在城市", "所在的城市", "所在地", "常住城市", "所在地区"),
    "country": ("国家", "国家/地区", "country/region", "home country", "business country/region"),
    "organisation": ("organization", "company", "公司", "单位", "org", "公司/单位", "工作单位", "公司名称"),
    "title": ("职位", "职务", "头衔", "职业", "job title"),
    "interests": ("兴趣", "interest", "爱好", "兴趣爱好", "感兴趣的方向", "感兴趣的话题", "兴趣方向", "topics"),
    "specialties": ("专长", "特长", "specialty", "speciality", "specialities"),
    "tags": ("标签", "tag"),
    "joined": ("加入时间", "入群时间", "joined on", "join date", "加入日期"),
    "inviter": ("邀请人", "推荐人", "invited by"),
    "status": ("状态",),
    "status_date": ("状态日期", "status on"),
    "status_reason": ("原因", "状态原因", "reason"),
    "notes": ("备注", "note"),
    # read, not stored: the name is built from given + family name, the phone region from the postcode
    "given_name": ("first name", "given name", "名", "firstname"),
    "family_name": ("last name", "surname", "family name", "姓", "lastname"),
    "postcode": ("zip", "zip code", "postal code", "post code", "邮编", "邮政编码"),
    "remark": (),  # WeChat's 备注 (presets.py), the name when a row has none
    "group_nickname": (),  # WeChat's 群昵称 (presets.py)
}
IDENTITY_COLUMNS = {
    "email": "email",
    "phone": "phone",
    "wechat": "wechat_id",
    "qq": "qq",
    "nickname": "wechat_nickname",
    "group_nickname": "wechat_nickname",
}
STATUS_WORDS = {
    "active": "active",
    "活跃": "active",
    "在群": "active",
    "正常": "active",
    "left": "left",
    "退出": "left",
    "已退出": "left",
    "离开": "left",
    "退群": "left",
    "removed": "removed",
    "移除": "removed",
    "已移除": "removed",
    "踢出": "removed",
    "清退": "removed",
}
_MULTI = re.compile(r"[;；,，、|/]+|:::")  # ::: joins values in a Google Contacts cell
_UUID = re.compile(r"^[0-9a-f]{32}$")


@dataclass
class ParsedRow:
    line: int
    values: dict  # member columns (scalars and lists)
    identities: list[tuple[str, str]]
    uuid: str
    inviter: str
    name_from: str = "name"  # the field the display name was built from (the preview says so)


@dataclass(frozen=True)
class RowLayout:
    """A file's column mapping split once: plain (index, field) pairs, and the repeated identity
    columns ("phone+7") whose values add to their field's."""

    plain: tuple[tuple[int, str], ...]
    extra: tuple[tuple[int, str], ...]


def layout_of(mapping: dict[int, str]) -> RowLayout:
    return RowLayout(tuple((i, f) for i, f in mapping.items() if "+" not in f),
                     tuple((i, f.partition("+")[0]) for i, f in mapping.items() if "+" in f))  # fmt: skip


def row_cells(cells: list[str], layout: RowLayout) -> dict[str, str]:
    """Field → trimmed cell; a repeated identity column adds its values to the field's."""
    n = len(cells)
    raw = {f: cells[i].strip() for i, f in layout.plain if i < n}
    for i, base in layout.extra:
        cell = cells[i].strip() if i < n else ""
        if cell:
            raw[base] = f"{raw[base]};{cell}" if raw.get(base) else cell
    return raw


_CJK = re.compile(r"[\u3400-\u9fff]")
NAME_SOURCES = ("remark", "group_nickname", "nickname", "email")  # when a file has no name: 备注, 群昵称, 昵称, email


def display_name(raw: dict[str, str]) -> tuple[str, str]:
    """The member's name and the field it came from: the name column, else given + family name in the
    order of their language (张 + 伟 → 张伟, Ada + Lovelace → Ada Lovelace), else the first of
    NAME_SOURCES that the row fills."""
    name = " ".join(raw.get("name", "").split())
    if name:
        return name, "name"
    given, family = (" ".join(raw.get(f, "").split()) for f in ("given_name", "family_name"))
    if given or family:
        joined = family + given if _CJK.search(given + family) else " ".join(p for p in (given, family) if p)
        return joined, "given_name"
    for source in NAME_SOURCES:
        value = " ".join(raw.get(source, "").split())
        if value:
            return (value.partition("@")[0] if source == "email" else value), source
    return "", "name"


_REMARK_PARTS = re.compile(r"\s*[-—–_|/·]\s*")
_SYSTEM_LABELS = {"mycontacts", "my contacts", "starred"}  # Google Contacts' own groups, not tags


def split_remark(name: str) -> tuple[str, str, str] | None:
    """(city, name, occupation) from a WeChat remark written 城市-姓名-职业 (北京-赵丽-设计师)."""
    parts = _REMARK_PARTS.split(name.strip())
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 and all(parts) else None


def _tags(text: str) -> str:
    if "*" not in text:  # Google's own groups are written "* myContacts"; other files go the quick way
        return normalise_list(text)
    items = [t.removeprefix("*").strip() for t in split_list(text)]
    return join_list([t for t in items if t and t.casefold() not in _SYSTEM_LABELS])


def parse_row(
    line: int, cells: list[str], layout: RowLayout, region: str, day_first: bool,
    split_remarks: bool = False,
) -> ParsedRow:
    raw = row_cells(cells, layout)
    name, name_from = display_name(raw)
    if split_remarks and name_from in ("remark", "group_nickname") and (parts := split_remark(name)):
        city, name, occupation = parts  # only when the organiser asks: 上海-王磊 is a group's nickname
        raw["city"], raw["title"] = raw.get("city") or city, raw.get("title") or occupation
    if not name:
        raise ValidationError("name_required", "name", "")
    region_of_country(raw.get("country", ""))  # an unknown country is refused, not read as the default
    row_region = region_from_row(raw.get("country", ""), raw.get("city", ""), raw.get("postcode", ""))
    identities: list[tuple[str, str]] = []
    for column, kind in IDENTITY_COLUMNS.items():
        cell = raw.get(column, "")
        if not cell:
            continue
        parts = [cell.strip()] if kind == "wechat_nickname" else _MULTI.split(cell)
        for part in parts:
            if part:
                pair = (kind, normalise_identity(kind, part, region, row_region))
                if pair not in identities:
                    identities.append(pair)
    status = raw.get("status", "")
    if status:
        status = STATUS_WORDS.get(status.casefold(), "")
        if not status:
            raise ValidationError("bad_status", "status", raw["status"])
    values = {
        "name": name,
        "city": raw.get("city", ""),
        "organisation": raw.get("organisation", ""),
        "title": raw.get("title", ""),
        "interests": normalise_list(raw.get("interests")),
        "specialties": normalise_list(raw.get("specialties")),
        "tags": _tags(raw.get("tags", "")),
        "joined_on": parse_date(raw.get("joined"), day_first, "joined"),
        "status": status,
        "status_on": parse_date(raw.get("status_date"), day_first, "status_date"),
        "status_reason": raw.get("status_reason", ""),
        "notes": raw.get("notes", ""),
    }
    if raw.get("remark") and name_from != "remark":  # a WeChat remark not used as the name is a note
        values["notes"] = "\n".join(n for n in (values["notes"], raw["remark"]) if n)
    uuid = raw.get("uuid", "").lower()
    uuid = uuid if _UUID.match(uuid) else ""
    return ParsedRow(line, values, identities, uuid, raw.get("inviter", ""), name_from)
