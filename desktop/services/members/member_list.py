"""What the printed members list holds: the rows of the list as shown (its filter and order), Qt-free.
For the "members" audience (privacy.py) its private columns and the members not in the directory are
left out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from desktop.services.communities import Communities
from desktop.services.core.database import Database
from desktop.services.members.privacy import Privacy
from desktop.services.members.queries import CHUNK, MemberQueries


@dataclass(frozen=True)
class MemberLine:
    name: str
    phone: str
    wechat_id: str
    city: str
    tags: str
    joined_on: str
    status: str  # a status code


@dataclass(frozen=True)
class MemberList:
    community: str
    members: tuple[MemberLine, ...]  # in the order asked for
    hidden: frozenset[str] = frozenset()  # MemberLine fields the audience may not see: no such column


class MemberLists:
    def __init__(self, db: Database) -> None:
        self.members = MemberQueries(db)
        self.communities = Communities(db)
        self.privacy = Privacy(db)

    def member_list(self, community_id: int, ids: Sequence[int], audience: str = "organisers") -> MemberList:
        """These members in this order, fetched in blocks (a long list is tens of thousands)."""
        shown = self.privacy.audience(community_id, audience)
        ids = [i for i in ids if shown.lists(i)]
        hidden = frozenset(
            c for c, f in (("phone", "phone"), ("wechat_id", "wechat_id")) if not shown.shows(f)
        )
        lines: list[MemberLine] = []
        for start in range(0, len(ids), CHUNK):
            part = list(ids[start : start + CHUNK])
            got = self.members.rows(part)
            lines.extend(MemberLine(r.name, r.phone, r.wechat_id, r.city, r.tags, r.joined_on, r.status)
                         for r in (got[i] for i in part if i in got))  # fmt: skip
        if hidden:  # nothing private stays in the record either
            lines = [replace(line, **dict.fromkeys(hidden, "")) for line in lines]
        return MemberList(self.communities.get(community_id).name, tuple(lines), hidden)
