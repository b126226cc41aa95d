"""Importing events and attendance (CSV/XLSX, English or Chinese headers); nothing is written by plan().

Events match stored ones by title and start (a re-import updates, never duplicates). Attendance rows
name an event by title (and event_start when titles repeat) and a member by name, email, phone or
WeChat ID; a row naming an unknown event or member is rejected with its line.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.events.attendance_words import read_word
from desktop.services.events.queries import EventQueries
from desktop.services.structure.resolver import Resolver
from desktop.services.transfer.import_rows import RowsPlan, read_rows
from desktop.services.transfer.limits import whole_number
from models.errors import ValidationError
from models.event_times import check_span, parse_local, to_local, to_utc, zone
from models.events import own_words
from models.recurrence import Rule

KINDS = {"线上分享": "online", "线下活动": "offline", "作业打卡": "homework", "私董会": "board", "课程": "course",
         "其他": "other", "online": "online", "offline": "offline", "homework": "homework", "board": "board",
         "course": "course", "other": "other"}  # fmt: skip
SYNONYMS = {
    "events": {"title": ("标题", "活动", "活动名称", "name"), "kind": ("类型", "活动类型"), "start": ("开始", "开始时间"),
               "end": ("结束", "结束时间"), "venue": ("地点", "场地"), "capacity": ("人数上限", "容量", "名额"),
               "unit": ("小组", "分群"), "series": ("系列",), "tz": ("时区", "timezone"),
               "description": ("说明", "描述", "活动介绍", "details"), "online_link": ("链接", "会议链接", "online link"),
               "series_on": (), "series_rule": ()},
    "attendance": {"event": ("活动", "活动名称"), "event_start": ("活动时间", "活动开始", "event start"),
                   "member": ("成员", "姓名", "name"), "rsvp": ("报名", "回复", "状态", "attendee status", "approval_status", "rsvp status"),
                   "attended": ("到场", "签到", "出席", "checked in", "attendance"),
                   "checked_in_at": ("签到时间", "checked in at", "check-in date", "checked_in_at"),
                   "guests": ("带人", "带人数", "同行人数", "携带人数", "guests", "additional guests")},
}  # fmt: skip
REQUIRED = {"events": "title", "attendance": "event"}


@dataclass(frozen=True)
class SeriesRule:
    rule: Rule
    skipped: tuple[str, ...]


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
    capacity = whole_number(raw.get("capacity", "") or "0", "capacity", "bad_capacity")
    kind = raw.get("kind", "").strip()
    return {"title": raw["title"], "kind": KINDS.get(kind.casefold(), kind) or "offline", "start_utc": start,
            "end_utc": end, "tz": tz, "venue": raw.get("venue", ""), "capacity": capacity,
            "unit_id": r.unit(raw["unit"]) if raw.get("unit") else None, "series": raw.get("series", ""),
            "series_on": raw.get("series_on", ""), "series_rule": _series_rule(raw.get("series_rule", "")),
            **{k: raw[k] for k in ("description", "online_link") if k in raw}}  # fmt: skip


def _series_rule(text: str) -> SeriesRule | None:
    """A calendar file's series rule (ics_read.py), with its skipped dates; checked like a new series."""
    if not text:
        return None
    try:
        data = json.loads(text)
        rule = Rule(data["freq"], dt.date.fromisoformat(data["first_on"]), int(data["interval"]),
                    dt.date.fromisoformat(data["until_on"]) if data["until_on"] else None, int(data["count"]))  # fmt: skip
        rule.check()
        return SeriesRule(rule, tuple(x for x in data["skipped"].split("; ") if x))
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError("bad_series_rule", "series_rule", text[:80]) from exc


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


def _guests(text: str) -> int:
    text = text.strip().lstrip("+")
    return whole_number(text, "guests", "bad_guests", 999) if text else 0


def _attendance_row(raw: dict, r: Resolver, events: EventFinder, tz: str, event: tuple[str, str],
                    own: dict) -> dict:  # fmt: skip
    event_id = events.find(raw.get("event") or event[0], raw.get("event_start") or event[1])
    member_id = r.member(raw.get("member", ""), "member")
    said = {}
    for column, code in (("rsvp", "bad_rsvp"), ("attended", "bad_attended")):
        word = read_word(raw.get(column, ""), own)
        if word is None:
            raise ValidationError(code, column, raw[column])
        if column == "attended" and word[1] is None and word[0] in ("going", "declined"):
            word = (None, word[0] == "going")  # yes / no under 到场: came or not
        said[column] = word
    rsvp = said["rsvp"][0] or said["attended"][0]
    came_word = said["attended"][1] if said["attended"][1] is not None else said["rsvp"][1]
    came = bool(came_word) or bool(raw.get("checked_in_at"))
    at = _utc(raw["checked_in_at"], tz, "checked_in_at") if raw.get("checked_in_at") else ""
    rsvp = "going" if came else (rsvp or "invited")
    return {"event_id": event_id, "member_id": member_id, "rsvp": rsvp, "came": came,
            "checked_in_at": at, "no_show": came_word is False and rsvp == "going",
            **({"guests": _guests(raw["guests"])} if "guests" in raw else {})}  # fmt: skip


def plan(
    db: Database, community_id: int, path: Path, progress=None, *, kind: str, tz: str = "", event: str = "",
    event_date: str = "", **_options,
) -> RowsPlan:
    """`event` (and `event_date`) names the event of an attendance file that has no event column."""
    from desktop.services.events.local_zone import local_zone

    tz = tz or local_zone()
    with gc_paused():
        resolver = Resolver(db, community_id)
        if kind == "events":
            return read_rows(path, community_id, kind, SYNONYMS[kind], REQUIRED[kind],
                             lambda raw: _event_row(raw, resolver, tz))  # fmt: skip
        events = EventFinder(db, community_id)
        (own,) = db.query("SELECT attendance_words FROM community WHERE id = ?", (community_id,))[0]
        own = own_words(own)
        required = "member" if event else REQUIRED[kind]  # the chosen event stands in for the column
        return read_rows(path, community_id, kind, SYNONYMS[kind], required,
                         lambda raw: _attendance_row(raw, resolver, events, tz, (event, event_date), own))  # fmt: skip
