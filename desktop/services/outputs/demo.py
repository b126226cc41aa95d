"""Demo outputs: a book written by eight members, talks given at the meetups, articles and homework."""

from __future__ import annotations

import datetime as dt

from desktop.services.core.database import Database
from desktop.services.outputs.writes import OutputWrites
from models.output_draft import OutputDraft

WORKS = [
    ("《晨读十二周》合集", "book", "drafting", 8, "八位成员合写的共读笔记，按周整理，附每周书单。"),
    ("如何带好一个分群", "talk", "published", 1, "分群负责人的经验分享：节奏、规则与复制。"),
    ("共读打卡第一期作业", "homework", "published", 3, "每人一篇读书笔记，互相点评。"),
    ("社群表情包", "sticker_pack", "review", 2, "以社群明星成员为主角的一套表情包。"),
    ("晨读会新人指南", "article", "idea", 2, "新成员的第一周：群规、打卡与如何参加活动。"),
    ("写作入门课", "course", "drafting", 3, "四节课：选题、结构、修改与发布。"),
]
ROLES = ("author", "co_author", "editor", "designer", "reviewer", "co_author", "co_author", "co_author")


def create_demo_outputs(db: Database, community_id: int) -> None:
    members = [
        r[0] for r in db.query("SELECT id FROM member WHERE community_id = ? ORDER BY id", (community_id,))
    ]
    if len(members) < 12:
        return
    talk_at = db.query(
        "SELECT id FROM event WHERE community_id = ? AND title = '线上分享：如何带好一个分群'",
        (community_id,),
    )
    writes = OutputWrites(db)
    start = dt.date.today() - dt.timedelta(days=70)
    for n, (title, kind, status, people, text) in enumerate(WORKS):
        who = members[n + 1 : n + 1 + people]
        roles = ("speaker",) if kind == "talk" else ROLES
        published = (start + dt.timedelta(days=30 + n * 5)).isoformat() if status == "published" else ""
        writes.create(community_id, OutputDraft(
            title=title, kind=kind, status=status, description=text, created_on=(start + dt.timedelta(days=n * 4)).isoformat(),
            published_on=published, event_id=talk_at[0][0] if kind == "talk" and talk_at else None,
            contributors=tuple(zip(who, roles, strict=False))))  # fmt: skip
