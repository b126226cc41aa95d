"""Reading an outputs file into a plan (CSV/XLSX, English or Chinese headers and words).

A row matches a stored output by title (a re-import updates, never duplicates). Contributors are
written `张三:author; Li Wei:editor`; one who is not a member rejects the row, as do an unknown status,
event or unit, and a published date before the idea date. Moving a status backwards is allowed and
recorded in the history.
"""

from __future__ import annotations

from pathlib import Path

from desktop.services.core.database import Database
from desktop.services.core.gc_pause import gc_paused
from desktop.services.events.import_plan import EventFinder
from desktop.services.structure.resolver import Resolver
from desktop.services.transfer.import_rows import RowsPlan, read_rows
from models.output_draft import OutputDraft
from models.outputs import parse_contributors

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
