"""Importing and exporting outputs (CSV/XLSX, English or Chinese headers and words).

A row matches a stored output by title (a re-import updates, never duplicates). Contributors are
written `张三:author; Li Wei:editor`; one who is not a member rejects the row, as do an unknown status,
event or unit, and a published date before the idea date. Moving a status backwards is allowed and
recorded in the history.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.core.step_labels import LABELS
from desktop.services.events.import_plan import EventFinder
from desktop.services.outputs.writes import OutputWrites
from desktop.services.structure.resolver import Resolver
from desktop.services.transfer.import_rows import RowsPlan, read_rows
from desktop.services.transfer.member_refs import member_refs
from desktop.services.transfer.results import ImportResult
from desktop.services.transfer.tabular import write_table
from models.event_times import to_local
from models.output_draft import OutputDraft
from models.outputs import parse_contributors
from models.schema import TABLES

KINDS = {"文章": "article", "课程": "course", "演讲": "talk", "分享": "talk", "书": "book", "书籍": "book", "视频": "video",
         "作业": "homework", "表情包": "sticker_pack", "其他": "other", "sticker pack": "sticker_pack"}  # fmt: skip
STATUSES = {"想法": "idea", "点子": "idea", "撰写中": "drafting", "草稿": "drafting", "审阅": "review", "审核": "review",
            "已发布": "published", "发布": "published", "放弃": "dropped", "已放弃": "dropped"}  # fmt: skip
ROLES = {"作者": "author", "合著": "co_author", "co-author": "co_author", "编辑": "editor", "讲者": "speaker",
         "主讲": "speaker", "设计": "designer", "审稿": "reviewer"}  # fmt: skip
SYNONYMS = {"title": ("标题", "作品", "名称"), "kind": ("类型",), "status": ("状态",), "contributors": ("贡献者", "作者"),
            "event": ("活动",), "event_start": ("活动时间", "event start"), "published": ("发布日期", "发布时间"),
            "link": ("链接", "文件"), "unit": ("小组", "分群"), "created": ("想法日期", "idea date"),
            "description": ("简介", "描述")}  # fmt: skip
# Stored column -> the file's field that fills it (a column whose field is blank or absent is kept).
FIELD_OF = {"published_on": "published", "created_on": "created", "unit_id": "unit", "event_id": "event",
            "reads": "-", "sales": "-", "revenue": "-"}  # fmt: skip


def _row(raw: dict, r: Resolver, events: EventFinder) -> dict:
    contributors = tuple((r.member(who, "contributors"), ROLES.get(role.casefold(), role))
                         for who, role in parse_contributors(raw.get("contributors", "")))  # fmt: skip
    status = raw.get("status", "").strip()
    draft = OutputDraft(
        title=raw.get("title", ""), kind=KINDS.get(raw.get("kind", "").casefold(), raw.get("kind", "")) or "article",
        status=STATUSES.get(status, status.casefold()) or "idea", description=raw.get("description", ""),
        created_on=raw.get("created", ""), published_on=raw.get("published", ""), link=raw.get("link", ""),
        unit_id=r.unit(raw["unit"]) if raw.get("unit") else None,
        event_id=events.find(raw["event"], raw.get("event_start", "")) if raw.get("event") else None,
        contributors=contributors)  # fmt: skip
    return {"draft": draft, "values": draft.columns()}


def plan(db: Database, community_id: int, path: Path, progress=None, **_options) -> RowsPlan:
    with gc_paused():
        resolver, events = Resolver(db, community_id), EventFinder(db, community_id)
        return read_rows(path, community_id, "outputs", SYNONYMS, "title",
                         lambda raw: {"present": {f for f, v in raw.items() if v}, **_row(raw, resolver, events)})  # fmt: skip


def apply(db: Database, plan_: RowsPlan, progress=None) -> ImportResult:
    OUT = TABLES["output"]
    writes = OutputWrites(db)
    with gc_paused(), db.write(LABELS.import_kind("outputs")) as uow:
        cid = plan_.community_id
        stored = {t: (i, dict(r)) for i, t, r in ((r["id"], r["title"], r) for r in uow.conn.execute(
            select(OUT).where(OUT.c.community_id == cid)).mappings())}  # fmt: skip
        created = 0
        for row in plan_.rows:
            values, draft = dict(row["values"]), row["draft"]
            found = stored.get(values["title"])
            if found is None:
                stored[values["title"]] = (writes.create_in(uow, cid, values, draft.contributors), values)
                created += 1
                continue
            key, old = found
            present = row["present"]
            values = {
                c: v for c, v in values.items() if FIELD_OF.get(c, c) in present
            }  # a blank never overwrites
            if "status" in values:
                writes.move_in(uow, {**old, "id": key}, values.pop("status"), values.get("published_on", ""))
            uow.update("output", {key: values})
            if "contributors" in present:
                writes.sync_contributors(uow, key, values.get("kind", old["kind"]), draft.contributors)
        touched = {
            c.key for c in uow.changes if c.table == "output" and c.before is not None and c.after is not None
        }
        touched |= {
            (c.after or c.before)["output_id"]
            for c in uow.changes
            if c.table in ("contribution", "output_status")
        }
        new = {c.key for c in uow.changes if c.table == "output" and c.before is None}
        updated = len(touched - new)
    return ImportResult(created, updated, max(0, len(plan_.rows) - created - updated))


HEADERS = [
    "title",
    "kind",
    "status",
    "contributors",
    "event",
    "event_start",
    "published",
    "link",
    "unit",
    "created",
]


def export(db: Database, community_id: int, path: Path) -> int:
    from desktop.services.outputs.queries import OutputQueries

    ref = member_refs(db, community_id)
    rows = []
    for o in reversed(OutputQueries(db).outputs(community_id)):
        start = (
            to_local(o.event_start_utc, o.event_tz).isoformat(timespec="minutes") if o.event_start_utc else ""
        )
        people = "; ".join(f"{ref[m]}:{role}" for m, _, role in o.contributors)
        rows.append(
            [o.title, o.kind, o.status, people, o.event, start, o.published_on, o.link, o.unit, o.created_on]
        )
    return write_table(path, HEADERS, rows, "outputs")
