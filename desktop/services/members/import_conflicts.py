"""Rows that share an email, phone or WeChat ID with another row or member but carry another name.

They are never merged silently: a family shares one phone, an assistant signs up her boss with her own
email. Each such row is listed in the plan as a Conflict with a decision the organiser can change in
the preview (or with --on-conflict): merge into the other, keep as a separate member (the default: a
wrong merge overwrites someone, a wrong keep only leaves a pair for Find duplicates), or skip the row.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from models.duplicates import name_keys, name_reason
from models.schema import Member

MERGE, KEEP, SKIP = "merge", "keep", "skip"
DECISIONS = (KEEP, MERGE, SKIP)


@dataclass(frozen=True)
class Conflict:
    line: int
    name: str  # the row's name
    other: str  # the name of the row or member it shares the identity with
    other_line: int  # that row's line in the file; 0 for a member already in the workspace
    shared: tuple[str, str]  # (kind, value) they share
    decision: str


class Decisions(dict):
    """The organiser's decision per conflicting line, and the one for the lines not decided."""

    def __init__(self, chosen: dict[int, str], default: str) -> None:
        super().__init__(chosen)
        self.default = default

    def of(self, line: int) -> str:
        return super().get(line, self.default)


def same_person(a: str, b: str) -> bool:
    """Names one person writes differently: equal, the same in pinyin, nearly equal, or one the other's
    shorter form (Amy and Amy Chen; 张伟 and Zhang Wei)."""
    if name_reason(a, b) is not None:
        return True
    ta, tb = (set(name_keys(n).fuzzy.split()) for n in (a, b))
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def member_names(conn, community_id: int) -> dict[int, str]:
    m = Member.__table__
    return dict(conn.execute(select(m.c.id, m.c.name).where(m.c.community_id == community_id)).all())
