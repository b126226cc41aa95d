"""Turning one import row into clean member values (pass 1 of a member import)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.contact import normalise_identity, region_of_country
from models.dates import parse_date
from models.errors import ValidationError
from models.lists import normalise_list
from models.phones import region_from_row

SYNONYMS: dict[str, tuple[str, ...]] = {
    "uuid": ("id", "编号"),
    "name": ("姓名", "名字", "display name", "full name"),
    "nickname": ("昵称", "群昵称", "wechat nickname", "微信昵称"),
    "email": ("邮箱", "电子邮件", "e-mail", "mail"),
    "phone": ("mobile", "手机", "电话", "手机号", "phone number", "tel"),
    "wechat": ("微信", "微信号", "wechat id", "weixin"),
    "qq": ("qq号",),
    "city": ("城市",),
    "country": ("国家", "国家/地区", "country/region", "home country", "business country/region"),
    "organisation": ("organization", "company", "公司", "单位", "org"),
    "title": ("职位", "职务", "头衔"),
    "interests": ("兴趣", "interest", "爱好"),
    "specialties": ("专长", "特长", "specialty", "speciality", "specialities"),
    "tags": ("标签", "tag"),
    "joined": ("加入时间", "入群时间", "joined on", "join date", "加入日期"),
    "inviter": ("邀请人", "推荐人", "invited by"),
    "status": ("状态",),
    "status_date": ("状态日期", "status on"),
    "status_reason": ("原因", "状态原因", "reason"),
    "notes": ("备注", "note"),
}
IDENTITY_COLUMNS = {
    "email": "email",
    "phone": "phone",
    "wechat": "wechat_id",
    "qq": "qq",
    "nickname": "wechat_nickname",
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
_MULTI = re.compile(r"[;；,，、|/]+")
_UUID = re.compile(r"^[0-9a-f]{32}$")


@dataclass
class ParsedRow:
    line: int
    values: dict  # member columns (scalars and lists)
    identities: list[tuple[str, str]]
    uuid: str
    inviter: str


def parse_row(
    line: int, cells: list[str], mapping: dict[int, str], region: str, day_first: bool
) -> ParsedRow:
    raw = {f: cells[i].strip() for i, f in mapping.items() if i < len(cells)}
    name = " ".join(raw.get("name", "").split())
    if not name:
        raise ValidationError("name_required", "name", "")
    region_of_country(raw.get("country", ""))  # an unknown country is refused, not read as the default
    row_region = region_from_row(raw.get("country", ""), raw.get("city", ""))  # the row's own, else None
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
        "tags": normalise_list(raw.get("tags")),
        "joined_on": parse_date(raw.get("joined"), day_first, "joined"),
        "status": status,
        "status_on": parse_date(raw.get("status_date"), day_first, "status_date"),
        "status_reason": raw.get("status_reason", ""),
        "notes": raw.get("notes", ""),
    }
    uuid = raw.get("uuid", "").lower()
    return ParsedRow(line, values, identities, uuid if _UUID.match(uuid) else "", raw.get("inviter", ""))
