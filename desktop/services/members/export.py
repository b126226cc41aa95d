"""Member export to CSV (UTF-8 with BOM, for Excel and WPS) or XLSX; cells guarded against injection.

The columns are the import's own headers, so an export imports back without change.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.services.core.database import Database
from desktop.services.transfer.tabular import write_table
from models.schema import Member, MemberIdentity

M = Member.__table__
I = MemberIdentity.__table__  # noqa: E741

HEADERS = [
    "uuid",
    "name",
    "nickname",
    "wechat",
    "qq",
    "phone",
    "email",
    "city",
    "organisation",
    "title",
    "interests",
    "specialties",
    "tags",
    "joined",
    "inviter",
    "status",
    "status_date",
    "status_reason",
    "notes",
]
KIND_COLUMN = {
    "wechat_nickname": "nickname",
    "wechat_id": "wechat",
    "qq": "qq",
    "phone": "phone",
    "email": "email",
}
INVITER_KEYS = ("email", "phone", "wechat_id")


def member_table(db: Database, community_id: int) -> list[list[str]]:
    with db.read() as conn:
        members = (
            conn.execute(select(M).where(M.c.community_id == community_id).order_by(M.c.sort_key, M.c.id))
            .mappings()
            .all()
        )
        idents: dict[int, dict[str, list[str]]] = {}
        stmt = (
            select(I.c.member_id, I.c.kind, I.c.value)
            .join(M, M.c.id == I.c.member_id)
            .where(M.c.community_id == community_id)
            .order_by(I.c.id)
        )
        for mid, kind, value in conn.execute(stmt):
            idents.setdefault(mid, {}).setdefault(kind, []).append(value)
    names = {m["id"]: m["name"] for m in members}
    out = []
    for m in members:
        own = idents.get(m["id"], {})
        row = {
            "uuid": m["uuid"],
            "name": m["name"],
            "city": m["city"],
            "organisation": m["organisation"],
            "title": m["title"],
            "interests": m["interests"],
            "specialties": m["specialties"],
            "tags": m["tags"],
            "joined": m["joined_on"],
            "status": m["status"],
            "status_date": m["status_on"],
            "status_reason": m["status_reason"],
            "notes": m["notes"],
            "inviter": "",
        }
        for kind, column in KIND_COLUMN.items():
            row[column] = "; ".join(own.get(kind, []))
        if (inv := m["inviter_id"]) is not None:
            inv_idents = idents.get(inv, {})
            ref = next((inv_idents[k][0] for k in INVITER_KEYS if inv_idents.get(k)), None)
            row["inviter"] = ref or names.get(inv, "")
        out.append([row[h] for h in HEADERS])
    return out


def export_members(db: Database, community_id: int, path: Path) -> int:
    return write_table(path, HEADERS, member_table(db, community_id), "members")
