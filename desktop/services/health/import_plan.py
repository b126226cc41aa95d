"""Reading a file of hand-entered and chat activity: member, date, kind, count, note.

A row is rejected (with its line) when it names no member, is dated in the future or has a negative
count. A row matching a stored one on (member, date, kind, note) updates its count, so importing the
same export twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.structure.resolver import Resolver
from desktop.services.transfer.import_rows import RowsPlan, read_rows
from desktop.services.transfer.limits import whole_number
from models.dates import parse_date
from models.errors import ValidationError

SYNONYMS = {"member": ("成员", "姓名", "name"), "date": ("日期",), "kind": ("类型",), "count": ("次数", "数量", "消息数"),
            "note": ("备注", "说明")}  # fmt: skip


def _row(raw: dict, r: Resolver, today: str, day_first: bool) -> dict:
    member = r.member(raw.get("member", ""), "member")
    on = parse_date(raw.get("date"), day_first, field="date")
    if not on:
        raise ValidationError("bad_date", "date", "")
    if on > today:
        raise ValidationError("future_date", "date", on)
    count = whole_number(raw.get("count", "") or "1", "count", "bad_count")
    return {"member_id": member, "on_date": on, "kind": raw.get("kind", "") or "chat", "count": count,
            "note": raw.get("note", "")}  # fmt: skip


def plan(
    db: Database, community_id: int, path: Path, progress=None, day_first: bool = False, **_options
) -> RowsPlan:
    with gc_paused():
        resolver, today = Resolver(db, community_id), dt.date.today().isoformat()
        return read_rows(path, community_id, "activity", SYNONYMS, "member",
                         lambda raw: _row(raw, resolver, today, day_first))  # fmt: skip
