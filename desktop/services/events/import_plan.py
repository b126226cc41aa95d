"""Importing events and attendance (CSV/XLSX, English or Chinese headers); nothing is written by plan().

Events match stored ones by title and start (a re-import updates, never duplicates). Attendance rows
name an event by title (and event_start when titles repeat) and a member by name, email, phone or
WeChat ID; a row naming an unknown event or member is rejected with its line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.events.queries import EventQueries
from desktop.services.structure.resolver import Resolver
from desktop.services.transfer.import_rows import RowsPlan, read_rows
from models.errors import ValidationError
from models.event_times import check_span, parse_local, to_local, to_utc, zone

KINDS = {"线上分享": "online", "线下活动": "offline", "作业打卡": "homework", "私董会": "board", "课程": "course",
         "其他": "other", "online": "online", "offline": "offline", "homework": "homework", "board": "board",
         "course": "course", "other": "other"}  # fmt: skip
RSVP = {"invited": "invited", "已邀请": "invited", "邀请": "invited", "going": "going", "参加": "going", "报名": "going",
        "yes": "going", "maybe": "maybe", "可能": "maybe", "待定": "maybe", "declined": "declined", "不参加": "declined",
        "拒绝": "declined", "no": "declined", "waitlisted": "waitlisted", "候补": "waitlisted"}  # fmt: skip
YES, NO = {"yes", "y", "1", "true", "是", "√", "✓", "已到"}, {"no", "n", "0", "false", "否", "未到", ""}
SYNONYMS = {
    "events": {"title": ("标题", "活动", "活动名称", "name"), "kind": ("类型", "活动类型"), "start": ("开始", "开始时间"),
               "end": ("结束", "结束时间"), "venue": ("地点", "场地"), "capacity": ("人数上限", "容量", "名额"),
               "unit": ("小组", "分群"), "series": ("系列",), "tz": ("时区", "timezone")},
    "attendance": {"event": ("活动", "活动名称"), "event_start": ("活动时间", "活动开始", "event start"),
                   "member": ("成员", "姓名", "name"), "rsvp": ("报名", "回复", "状态"), "attended": ("到场", "签到", "出席"),
                   "checked_in_at": ("签到时间", "checked in at")},
}  # fmt: skip
REQUIRED = {"events": "title", "attendance": "event"}


def _utc(text: str, tz: str, field: str) -> str:
    return to_utc(parse_local(text, field), tz)


def _event_row(raw: dict, r: Resolver, tz: str) -> dict:
    if not raw.get("title"):
        raise ValidationError("event_title_required", "title", "")
    tz = raw.get("tz") or tz
    zone(tz)
    if not raw.get("start"):
        raise ValidationError("bad_datetime", "start", "")
    start = _utc(raw["start"], tz, "start")
    end = (
        _utc(raw["end"], tz, "end")
        if raw.get("end")
        else to_utc(parse_local(raw["start"]) + dt.timedelta(hours=2), tz)
    )
    check_span(start, end)
    capacity = raw.get("capacity", "") or "0"
    if not capacity.isdigit():
        raise ValidationError("bad_capacity", "capacity", capacity)
    kind = raw.get("kind", "").strip()
    return {"title": raw["title"], "kind": KINDS.get(kind.casefold(), kind) or "offline", "start_utc": start,
            "end_utc": end, "tz": tz, "venue": raw.get("venue", ""), "capacity": int(capacity),
            "unit_id": r.unit(raw["unit"]) if raw.get("unit") else None, "series": raw.get("series", "")}  # fmt: skip


class EventFinder:
    def __init__(self, db: Database, community_id: int) -> None:
        self.by_title: dict[str, list] = {}
        for e in EventQueries(db).events(community_id):
            self.by_title.setdefault(e.title, []).append(e)

    def find(self, title: str, start: str) -> int:
        found = self.by_title.get(title, [])
        if start:
            when = parse_local(start, "event_start")
            found = [e for e in found if _same(e, when)]
        if not found:
            raise ValidationError("unknown_event", "event", f"{title} {start}".strip())
        if len(found) > 1:
            raise ValidationError("ambiguous_event", "event", title)
        return found[0].id


def _same(e, when: dt.datetime) -> bool:
    local = to_local(e.start_utc, e.tz)
    if when.tzinfo is not None:
        return local == when
    if when.time() == dt.time(0) and len(str(when)) >= 10:
        return local.date() == when.date() or local.replace(tzinfo=None) == when
    return local.replace(tzinfo=None) == when


def _attendance_row(raw: dict, r: Resolver, events: EventFinder, tz: str) -> dict:
    event_id = events.find(raw.get("event", ""), raw.get("event_start", ""))
    member_id = r.member(raw.get("member", ""), "member")
    rsvp_text = raw.get("rsvp", "").strip().casefold()
    if rsvp_text and rsvp_text not in RSVP:
        raise ValidationError("bad_rsvp", "rsvp", raw["rsvp"])
    attended_text = raw.get("attended", "").strip().casefold()
    if attended_text not in YES | NO:
        raise ValidationError("bad_attended", "attended", raw["attended"])
    came = attended_text in YES or bool(raw.get("checked_in_at"))
    at = _utc(raw["checked_in_at"], tz, "checked_in_at") if raw.get("checked_in_at") else ""
    rsvp = RSVP.get(rsvp_text, "going" if came else "invited")
    return {"event_id": event_id, "member_id": member_id, "rsvp": "going" if came else rsvp, "came": came,
            "checked_in_at": at, "no_show": attended_text in NO - {""} and rsvp == "going"}  # fmt: skip


def plan(
    db: Database, community_id: int, path: Path, progress=None, *, kind: str, tz: str = "", **_options
) -> RowsPlan:
    from desktop.services.events.local_zone import local_zone

    tz = tz or local_zone()
    with gc_paused():
        resolver = Resolver(db, community_id)
        if kind == "events":
            return read_rows(path, community_id, kind, SYNONYMS[kind], REQUIRED[kind],
                             lambda raw: _event_row(raw, resolver, tz))  # fmt: skip
        events = EventFinder(db, community_id)
        return read_rows(path, community_id, kind, SYNONYMS[kind], REQUIRED[kind],
                         lambda raw: _attendance_row(raw, resolver, events, tz))  # fmt: skip
