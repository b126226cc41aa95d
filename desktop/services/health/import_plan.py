"""Importing and exporting hand-entered and chat activity: member, date, kind, count, note.

A row is rejected (with its line) when it names no member, is dated in the future or has a negative
count. A row matching a stored one on (member, date, kind, note) updates its count, so importing the
same export twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.core.step_labels import LABELS
from desktop.services.structure.resolver import Resolver
from desktop.services.transfer.import_rows import RowsPlan, read_rows
from desktop.services.transfer.member_refs import member_refs
from desktop.services.transfer.results import ImportResult
from desktop.services.transfer.tabular import write_table
from models.dates import parse_date
from models.errors import ValidationError
from models.schema import TABLES

SYNONYMS = {"member": ("成员", "姓名", "name"), "date": ("日期",), "kind": ("类型",), "count": ("次数", "数量", "消息数"),
            "note": ("备注", "说明")}  # fmt: skip


def _row(raw: dict, r: Resolver, today: str, day_first: bool) -> dict:
    member = r.member(raw.get("member", ""), "member")
    on = parse_date(raw.get("date"), day_first, field="date")
    if not on:
        raise ValidationError("bad_date", "date", "")
    if on > today:
        raise ValidationError("future_date", "date", on)
    count = raw.get("count", "") or "1"
    if not count.lstrip("-").isdigit() or int(count) < 0:
        raise ValidationError("bad_count", "count", count)
    return {"member_id": member, "on_date": on, "kind": raw.get("kind", "") or "chat", "count": int(count),
            "note": raw.get("note", "")}  # fmt: skip


def plan(
    db: Database, community_id: int, path: Path, progress=None, day_first: bool = False, **_options
) -> RowsPlan:
    with gc_paused():
        resolver, today = Resolver(db, community_id), dt.date.today().isoformat()
        return read_rows(path, community_id, "activity", SYNONYMS, "member",
                         lambda raw: _row(raw, resolver, today, day_first))  # fmt: skip


def apply(db: Database, plan_: RowsPlan, progress=None) -> ImportResult:
    A = TABLES["activity"]
    with gc_paused(), db.write(LABELS.import_kind("activity")) as uow:
        stored = {(m, d, k, n): (i, c) for i, m, d, k, n, c in uow.conn.execute(
            select(A.c.id, A.c.member_id, A.c.on_date, A.c.kind, A.c.note, A.c.count)
            .where(A.c.community_id == plan_.community_id))}  # fmt: skip
        created = updated = 0
        for row in plan_.rows:
            key = (row["member_id"], row["on_date"], row["kind"], row["note"])
            if key in stored:
                if stored[key][1] != row["count"]:
                    uow.update("activity", {stored[key][0]: {"count": row["count"]}})
                    updated += 1
                continue
            stored[key] = (uow.insert_one("activity", community_id=plan_.community_id, weight=1.0, source="import",
                                          **{k: row[k] for k in ("member_id", "on_date", "kind", "count", "note")}),
                           row["count"])  # fmt: skip
            created += 1
    return ImportResult(created, updated, len(plan_.rows) - created - updated)


def export(db: Database, community_id: int, path: Path) -> int:
    ref = member_refs(db, community_id)
    rows = db.query("SELECT member_id, on_date, kind, count, note FROM activity WHERE community_id = ?"
                    " ORDER BY on_date, id", (community_id,))  # fmt: skip
    return write_table(path, ["member", "date", "kind", "count", "note"],
                       [[ref[m], d, k, c, n] for m, d, k, c, n in rows], "activity")  # fmt: skip
