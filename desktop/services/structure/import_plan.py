"""Importing units, memberships, roles and connections (CSV/XLSX, English or Chinese headers).

plan() reads and resolves every row (nothing written); apply() writes the plan as one undo step.
A member reference (name, email, phone or WeChat ID) that matches nobody, or several, rejects its row.
"""

from __future__ import annotations

from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.structure.resolver import Resolver
from desktop.services.transfer.import_rows import RowsPlan, read_rows
from desktop.services.transfer.limits import whole_number
from desktop.services.transfer.results import Rejected
from models.dates import parse_date
from models.errors import ValidationError
from models.trees import would_cycle
from models.vocabulary import DEFAULT_CAP

YES = {"yes", "y", "true", "1", "是", "主要", "√"}
WORDS = {
    "kind": {"pyramid": "pyramid", "金字塔": "pyramid", "ring": "ring", "环形": "ring"},
    "mode": {"centralised": "centralised", "centralized": "centralised", "集中管理": "centralised",
             "subgroups": "subgroups", "分群管理": "subgroups", "self_governing": "self_governing",
             "自治管理": "self_governing", "unmanaged": "unmanaged", "不管理": "unmanaged"},
    "source": {"introduced": "introduced", "介绍": "introduced", "event": "event", "活动": "event",
               "manual": "manual", "手动": "manual"},
}  # fmt: skip
SYNONYMS = {
    "units": {"name": ("名称", "小组", "分群", "unit"), "parent": ("上级", "父级", "上级小组"), "kind": ("类型",),
              "lead": ("负责人", "群主", "组长"), "cap": ("上限", "人数上限"), "mode": ("管理模式", "management mode"),
              "notes": ("备注",)},
    "memberships": {"member": ("成员", "姓名", "name"), "unit": ("小组", "分群", "群"), "primary": ("主要", "是否主要")},
    "roles": {"member": ("成员", "姓名", "name"), "unit": ("小组", "分群"), "role": ("角色",), "specialty": ("专长",),
              "start": ("开始", "开始日期", "start date"), "end": ("结束", "结束日期", "end date")},
    "connections": {"a": ("成员a", "甲", "member a"), "b": ("成员b", "乙", "member b"), "strength": ("强度",),
                    "since": ("起始", "认识时间"), "source": ("来源",)},
}  # fmt: skip
REQUIRED = {"units": "name", "memberships": "member", "roles": "role", "connections": "a"}


def _word(kind: str, text: str, default: str) -> str:
    if not text:
        return default
    value = WORDS[kind].get(text.strip().casefold())
    if value is None:
        raise ValidationError(f"bad_{kind}" if kind != "mode" else "bad_mode", kind, text)
    return value


def plan(db: Database, community_id: int, path: Path, progress=None, *, kind: str, **_options) -> RowsPlan:
    with gc_paused():
        resolver = Resolver(db, community_id)
        parse = PARSERS[kind]
        result = read_rows(
            path, community_id, kind, SYNONYMS[kind], REQUIRED[kind], lambda raw: parse(raw, resolver)
        )
        if kind == "units":
            _check_unit_parents(result, resolver)
        elif kind == "connections":
            _merge_duplicate_ties(result)
        return result


def _unit_row(raw: dict, r: Resolver) -> dict:
    if not raw.get("name"):
        raise ValidationError("unit_name_required", "name", "")
    cap = whole_number(raw["cap"], "cap", "bad_cap", least=1) if raw.get("cap") else DEFAULT_CAP
    lead = r.member(raw["lead"], "lead") if raw.get("lead") else None
    return {"name": raw["name"], "parent": raw.get("parent", ""), "kind": _word("kind", raw.get("kind", ""), "pyramid"),
            "lead_id": lead, "cap": cap, "management_mode": _word("mode", raw.get("mode", ""), "centralised"),
            "notes": raw.get("notes", "")}  # fmt: skip


def _membership_row(raw: dict, r: Resolver) -> dict:
    return {"member_id": r.member(raw.get("member", ""), "member"), "unit_id": r.unit(raw.get("unit", "")),
            "primary": raw.get("primary", "").casefold() in YES}  # fmt: skip


def _role_row(raw: dict, r: Resolver) -> dict:
    if not raw.get("role"):
        raise ValidationError("role_required", "role", "")
    start, end = parse_date(raw.get("start"), field="start"), parse_date(raw.get("end"), field="end")
    if start and end and end < start:
        raise ValidationError("end_before_start", "end", end)
    return {"member_id": r.member(raw.get("member", ""), "member"),
            "unit_id": r.unit(raw["unit"]) if raw.get("unit") else None, "role": raw["role"],
            "specialty": raw.get("specialty", ""), "start_on": start, "end_on": end}  # fmt: skip


def _connection_row(raw: dict, r: Resolver) -> dict:
    a, b = r.member(raw.get("a", ""), "a"), r.member(raw.get("b", ""), "b")
    if a == b:
        raise ValidationError("self_tie", "b", raw.get("b", ""))
    strength = whole_number(raw["strength"], "strength", "bad_strength", 10, 1) if raw.get("strength") else 5
    return {"a_id": min(a, b), "b_id": max(a, b), "strength": strength,
            "since": parse_date(raw.get("since"), field="since"), "source": _word("source", raw.get("source", ""), "manual")}  # fmt: skip


PARSERS = {
    "units": _unit_row,
    "memberships": _membership_row,
    "roles": _role_row,
    "connections": _connection_row,
}


def _check_unit_parents(result: RowsPlan, r: Resolver) -> None:
    """A parent may be an existing unit or one named anywhere in the file; no cycles."""
    parent_of = {
        u.name: next((p.name for p in r.units.values() if p.id == u.parent_id), None)
        for u in r.units.values()
    }
    named = {row["name"] for row in result.rows}
    for row in result.rows:
        parent_of[row["name"]] = row["parent"] or None
    kept = []
    for row in result.rows:
        if row["parent"] and row["parent"] not in named and row["parent"] not in r.units:
            result.rejected.append(Rejected(row["line"], "unknown_unit", "parent", row["parent"]))
        elif would_cycle(row["name"], row["parent"] or None, parent_of.get):
            result.rejected.append(Rejected(row["line"], "unit_cycle", "parent", row["parent"]))
        else:
            kept.append(row)
    result.rows = kept
    result.rejected.sort(key=lambda x: x.line)


def _merge_duplicate_ties(result: RowsPlan) -> None:
    """The same pair twice in one file is one tie, at the stronger of the two strengths."""
    best: dict[tuple[int, int], dict] = {}
    for row in result.rows:
        key = (row["a_id"], row["b_id"])
        if key not in best or row["strength"] > best[key]["strength"]:
            best[key] = row
    result.rows = list(best.values())
