"""How an export names a member, so that an import of the file finds the same member again."""

from __future__ import annotations

from desktop.services.core.database import Database


def member_refs(db: Database, community_id: int) -> dict[int, str]:
    """How an export names a member: an email, phone or WeChat ID (unique), else the name."""
    refs = {
        mid: name
        for mid, name in db.query("SELECT id, name FROM member WHERE community_id = ?", (community_id,))
    }
    rank = {"wechat_id": 3, "phone": 2, "email": 1}
    best: dict[int, tuple[int, str]] = {}
    for mid, kind, value in db.query(
        "SELECT i.member_id, i.kind, i.value FROM member_identity i JOIN member m ON m.id = i.member_id"
        " WHERE m.community_id = ? AND i.kind IN ('email', 'phone', 'wechat_id') ORDER BY i.id", (community_id,)
    ):  # fmt: skip
        if mid not in best or rank[kind] < best[mid][0]:
            best[mid] = (rank[kind], value)
    refs.update({mid: value for mid, (_, value) in best.items()})
    return refs
