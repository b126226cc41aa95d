"""Read side of members: ordered id lists for big tables, block row fetches, full records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from desktop.services.database import Database
from models.schema import Member, MemberIdentity

M = Member.__table__
I = MemberIdentity.__table__  # noqa: E741

SORT_COLUMNS = {
    "name": M.c.sort_key,
    "city": M.c.city,
    "organisation": M.c.organisation,
    "joined": M.c.joined_on,
    "status": M.c.status,
}


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    nickname: str
    wechat_id: str
    phone: str
    email: str
    city: str
    organisation: str
    tags: str
    joined_on: str
    status: str
    inviter: str


@dataclass(frozen=True)
class MemberRecord:
    id: int
    uuid: str
    name: str
    identities: tuple[tuple[str, str], ...]
    city: str
    organisation: str
    title: str
    interests: str
    specialties: str
    tags: str
    joined_on: str
    status: str
    status_on: str
    status_reason: str
    inviter_id: int | None
    inviter_name: str
    invitees: tuple[str, ...]
    notes: str


def like_pattern(word: str) -> str:
    escaped = word.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filter_clause(community_id: int, text: str):
    clauses = [M.c.community_id == community_id]
    clauses += [M.c.search_text.like(like_pattern(w), escape="\\") for w in text.split()]
    return and_(*clauses)


class MemberQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    def ordered_ids(
        self, community_id: int, text: str = "", sort: str = "name", descending: bool = False
    ) -> list[int]:
        col = SORT_COLUMNS.get(sort, M.c.sort_key)
        order = [col.desc(), M.c.id.desc()] if descending else [col, M.c.id]
        stmt = select(M.c.id).where(filter_clause(community_id, text)).order_by(*order)
        with self.db.read() as conn:
            return list(conn.execute(stmt).scalars())

    def count(self, community_id: int) -> int:
        with self.db.read() as conn:
            return conn.execute(select(func.count()).where(M.c.community_id == community_id)).scalar_one()

    def rows(self, ids: Sequence[int]) -> dict[int, MemberRow]:
        if not ids:
            return {}
        inv = aliased(M)
        stmt = (
            select(
                M.c.id, M.c.name, M.c.city, M.c.organisation, M.c.tags, M.c.joined_on, M.c.status, inv.c.name
            )
            .select_from(M.outerjoin(inv, inv.c.id == M.c.inviter_id))
            .where(M.c.id.in_(list(ids)))
        )
        with self.db.read() as conn:
            base = conn.execute(stmt).all()
            idents = self._identities(conn, ids)
        out = {}
        for mid, name, city, org, tags, joined, status, inviter in base:
            first = {}
            for kind, value in idents.get(mid, ()):
                first.setdefault(kind, value)
            out[mid] = MemberRow(
                mid,
                name,
                first.get("wechat_nickname", ""),
                first.get("wechat_id", ""),
                first.get("phone", ""),
                first.get("email", ""),
                city,
                org,
                tags,
                joined,
                status,
                inviter or "",
            )
        return out

    @staticmethod
    def _identities(conn, ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
        out: dict[int, list[tuple[str, str]]] = {}
        stmt = select(I.c.member_id, I.c.kind, I.c.value).where(I.c.member_id.in_(list(ids))).order_by(I.c.id)
        for mid, kind, value in conn.execute(stmt):
            out.setdefault(mid, []).append((kind, value))
        return out

    def get(self, member_id: int) -> MemberRecord | None:
        inv = aliased(M)
        with self.db.read() as conn:
            row = (
                conn.execute(
                    select(M, inv.c.name.label("inviter_name"))
                    .select_from(M.outerjoin(inv, inv.c.id == M.c.inviter_id))
                    .where(M.c.id == member_id)
                )
                .mappings()
                .first()
            )
            if row is None:
                return None
            idents = self._identities(conn, [member_id]).get(member_id, [])
            invitees = (
                conn.execute(select(M.c.name).where(M.c.inviter_id == member_id).order_by(M.c.sort_key))
                .scalars()
                .all()
            )
        return MemberRecord(
            row["id"],
            row["uuid"],
            row["name"],
            tuple(idents),
            row["city"],
            row["organisation"],
            row["title"],
            row["interests"],
            row["specialties"],
            row["tags"],
            row["joined_on"],
            row["status"],
            row["status_on"],
            row["status_reason"],
            row["inviter_id"],
            row["inviter_name"] or "",
            tuple(invitees),
            row["notes"],
        )

    def find(self, community_id: int, text: str, limit: int = 20) -> list[tuple[int, str]]:
        """(id, name) of members matching `text`, for pickers such as the inviter field."""
        if not text.strip():
            return []
        stmt = (
            select(M.c.id, M.c.name)
            .where(filter_clause(community_id, text))
            .order_by(M.c.sort_key, M.c.id)
            .limit(limit)
        )
        with self.db.read() as conn:
            return [tuple(r) for r in conn.execute(stmt)]

    def invitee_count(self, ids: Sequence[int]) -> int:
        with self.db.read() as conn:
            return conn.execute(
                select(func.count()).where(M.c.inviter_id.in_(list(ids)), M.c.id.not_in(list(ids)))
            ).scalar_one()

    def inviter_of(self, conn, member_id: int) -> int | None:
        return conn.execute(select(M.c.inviter_id).where(M.c.id == member_id)).scalar()
